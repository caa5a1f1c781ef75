"""A card reader that plays a fixed script of exact commands and answers, for tests.

Each step names the command APDU the reader must receive and either the response it
returns or the reader error it raises. Any other command fails the test at once with
both APDUs in hex.
"""

from __future__ import annotations

from collections.abc import Iterable

from hw.reader import DEFAULT_TIMEOUT_S, CardRemovedError, NoCardError, ReaderError

CONTACT_ATR = bytes.fromhex("3BE000FF8131FE4514")

Answer = bytes | str | ReaderError
Step = tuple[bytes | str, Answer]


def _to_bytes(value: bytes | str) -> bytes:
    # Hex strings may carry spaces, as APDUs are usually written.
    return bytes.fromhex(value) if isinstance(value, str) else bytes(value)


class ScriptedCardReader:
    """A reader that checks each command against a script and plays its answer."""

    def __init__(
        self,
        steps: Iterable[Step] = (),
        *,
        name: str = "Scripted reader",
        atr: bytes = CONTACT_ATR,
        card_present: bool = True,
    ) -> None:
        self.name = name
        self.atr = atr
        self.card_present = card_present
        self.connected = False
        self.sent: list[bytes] = []
        self._steps: list[tuple[bytes, bytes | ReaderError]] = []
        self.extend(steps)

    def extend(self, steps: Iterable[Step]) -> None:
        """Append steps to the script."""
        for expected, answer in steps:
            reply = answer if isinstance(answer, ReaderError) else _to_bytes(answer)
            self._steps.append((_to_bytes(expected), reply))

    def fail_at(self, step: int, error: ReaderError) -> None:
        """Make step `step` (0-based, counting every transmit) raise `error` instead."""
        expected, _ = self._steps[step]
        self._steps[step] = (expected, error)

    @property
    def remaining(self) -> int:
        """How many scripted steps are still unplayed."""
        return len(self._steps) - len(self.sent)

    def assert_done(self) -> None:
        """Fail unless every scripted step was played."""
        if self.remaining:
            left = self._steps[len(self.sent)][0].hex(" ").upper()
            raise AssertionError(f"{self.remaining} scripted steps unplayed; next: {left}")

    def wait_for_card(self, timeout: float) -> bool:
        """Return at once whether the scripted card is present."""
        return self.card_present

    def wait_for_removal(self, timeout: float) -> bool:
        """Return at once whether the slot is empty."""
        return not self.card_present

    def connect(self) -> bytes:
        """Return the ATR, or NoCardError when no card is present."""
        if not self.card_present:
            raise NoCardError("no card in the reader")
        self.connected = True
        return self.atr

    def transmit(self, apdu: bytes, timeout: float = DEFAULT_TIMEOUT_S) -> bytes:
        """Check `apdu` against the next step and return (or raise) its answer."""
        if not self.card_present:
            raise CardRemovedError("no card in the reader")
        apdu = bytes(apdu)
        index = len(self.sent)
        if index >= len(self._steps):
            raise AssertionError(f"unscripted command {apdu.hex(' ').upper()}")
        expected, answer = self._steps[index]
        if apdu != expected:
            raise AssertionError(
                f"step {index}: expected {expected.hex(' ').upper()}, got {apdu.hex(' ').upper()}"
            )
        self.sent.append(apdu)
        if isinstance(answer, ReaderError):
            if isinstance(answer, CardRemovedError | NoCardError):
                self.card_present = False
                self.connected = False
            raise answer
        return answer

    def disconnect(self) -> None:
        """Mark the card powered off."""
        self.connected = False
