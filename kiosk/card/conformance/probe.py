"""Sending APDUs for a check and recording them, with credentials and My Numbers masked."""

from __future__ import annotations

from dataclasses import dataclass, field

from hw.reader import CardReader

SW_OK = 0x9000
# Long answers (certificates, photos) are shown cut to this many bytes.
SHOWN_BYTES = 24


class Mismatch(Exception):
    """The card answered other than the reference; the message says how (never a secret)."""


@dataclass(frozen=True)
class Answer:
    """A response APDU split into data and status word."""

    data: bytes
    sw: int

    @property
    def sw1(self) -> int:
        """The first status byte."""
        return self.sw >> 8


@dataclass(frozen=True)
class Exchange:
    """One command and its answer as sent and received, and what of them must not be shown."""

    command: bytes
    response: bytes
    secret_data: bool = False
    secret_answer: bool = False

    def shown(self) -> list[str]:
        """Two display lines, `>> command` and `<< answer`, secrets as `**`."""
        return [f">> {_command_text(self.command, self.secret_data)}",
                f"<< {_answer_text(self.response, self.secret_answer)}"]


def hexed(data: bytes) -> str:
    """Bytes as spaced upper-case hex."""
    return data.hex(" ").upper()


def _command_text(command: bytes, secret: bool) -> str:
    if not secret or len(command) <= 5:
        return _cut(command)
    length = command[4]
    # Header and Lc stay visible; each credential byte is a `**`.
    hidden = " ".join(["**"] * length)
    tail = command[5 + length:]
    return " ".join(part for part in (hexed(command[:5]), hidden, hexed(tail)) if part)


def _answer_text(response: bytes, secret: bool) -> str:
    data, sw = response[:-2], response[-2:]
    if secret and data:
        return f"<{len(data)} bytes not shown> {hexed(sw)}"
    return _cut(data, sw)


def _cut(data: bytes, sw: bytes = b"") -> str:
    if len(data) <= SHOWN_BYTES:
        return hexed(data + sw)
    return f"{hexed(data[:SHOWN_BYTES])} … ({len(data)} bytes) {hexed(sw)}".rstrip()


@dataclass
class Probe:
    """A connected reader plus the exchanges of the check being run."""

    reader: CardReader
    atr: bytes = b""
    log: list[Exchange] = field(default_factory=list)

    def power_on(self) -> bytes:
        """(Re)connect the card: a reset, back to the card level; returns the ATR."""
        self.reader.disconnect()
        self.atr = self.reader.connect()
        return self.atr

    def send(self, command: bytes, secret_data: bool = False,
             secret_answer: bool = False) -> Answer:
        """Send one APDU, record it, and split the answer."""
        response = self.reader.transmit(command)
        if len(response) < 2:
            raise Mismatch(f"answer shorter than a status word: {hexed(response)}")
        self.log.append(Exchange(command, response, secret_data, secret_answer))
        return Answer(response[:-2], (response[-2] << 8) | response[-1])

    def take_log(self) -> list[Exchange]:
        """The exchanges since the last call."""
        taken, self.log = self.log, []
        return taken


def expect_sw(answer: Answer, sw: int, what: str) -> Answer:
    """Mismatch unless `answer` has status word `sw`."""
    if answer.sw != sw:
        raise Mismatch(f"{what}: status {answer.sw:04X}, expected {sw:04X}")
    return answer


def expect_ok(answer: Answer, what: str) -> bytes:
    """The data of a `9000` answer; Mismatch otherwise."""
    return expect_sw(answer, SW_OK, what).data


def expect(condition: bool, message: str) -> None:
    """Mismatch with `message` unless `condition` holds."""
    if not condition:
        raise Mismatch(message)


def tries_left(answer: Answer, what: str) -> int:
    """The x of a `63Cx` answer; Mismatch for any other status."""
    if answer.sw & 0xFFF0 != 0x63C0:
        raise Mismatch(f"{what}: status {answer.sw:04X}, expected 63Cx (tries left)")
    return answer.sw & 0x0F
