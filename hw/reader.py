"""The card-reader interface every backend implements, and the errors it raises.

A reader carries APDU bytes and nothing else: it knows no card application. All calls
block the calling thread (never the GUI thread) for at most the timeout they are given.
"""

from __future__ import annotations

from typing import Protocol, runtime_checkable

DEFAULT_TIMEOUT_S = 5.0


class ReaderError(Exception):
    """Base class of every error a card reader raises."""


class ReaderUnavailableError(ReaderError):
    """The reader (or the service behind it) is missing, unplugged or not answering."""


class NoCardError(ReaderError):
    """No card is in the reader."""


class CardRemovedError(ReaderError):
    """The card left the reader before or during a command; its answer is lost."""


class CardMuteError(ReaderError):
    """A card is present but gives no answer (a destroyed chip, or a timeout)."""


@runtime_checkable
class CardReader(Protocol):
    """One slot that holds at most one card.

    Every method blocks for at most its timeout; a reader is used by one thread at a time.
    """

    name: str

    def wait_for_card(self, timeout: float) -> bool:
        """Block until a card is present or `timeout` seconds pass; True if one is present."""
        ...

    def wait_for_removal(self, timeout: float) -> bool:
        """Block until the slot is empty or `timeout` seconds pass; True if it is empty."""
        ...

    def connect(self) -> bytes:
        """Power the card on and return its ATR; raises NoCardError or CardMuteError."""
        ...

    def transmit(self, apdu: bytes, timeout: float = DEFAULT_TIMEOUT_S) -> bytes:
        """Send one command APDU and return the whole response APDU (data, SW1, SW2)."""
        ...

    def disconnect(self) -> None:
        """Power the card off; safe to call when not connected or when the card is gone."""
        ...
