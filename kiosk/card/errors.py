"""Typed errors of the card protocol; every one is a CardError.

Messages are short English sentences that never carry a PIN or personal data.
"""

from __future__ import annotations


class CardError(Exception):
    """Base class of every error the card protocol raises."""


class WrongPin(CardError):
    """The card rejected the PIN; `tries_left` more tries remain before it locks."""

    def __init__(self, tries_left: int) -> None:
        super().__init__(f"wrong PIN, {tries_left} tries left")
        self.tries_left = tries_left


class PinLocked(CardError):
    """The PIN is locked; `just_locked` is True when this very try locked it."""

    def __init__(self, just_locked: bool = False) -> None:
        reason = "wrong PIN, now locked" if just_locked else "PIN is locked"
        super().__init__(reason)
        self.just_locked = just_locked


class PinNotUsable(CardError):
    """The PIN was never set (a face-authentication card): it cannot be verified at all."""

    def __init__(self) -> None:
        super().__init__("this card has no usable PIN here")


class NotVerified(CardError):
    """The file or key needs a PIN that is not verified (6982)."""

    def __init__(self) -> None:
        super().__init__("security status not satisfied")


class FileNotFound(CardError):
    """The card has no such application or file (6A82)."""

    def __init__(self) -> None:
        super().__init__("application or file not found")


class CardRemoved(CardError):
    """The card is not in the reader, or left it during a command."""


class CardUnresponsive(CardError):
    """A card is present but gives no answer."""


class ReaderFailure(CardError):
    """The reader itself is missing or failing."""


class MalformedAnswer(CardError):
    """The card's answer has a bad length, bad TLV/DER or unexpected data."""


class UnexpectedStatus(CardError):
    """The card answered a status word this operation does not expect."""

    def __init__(self, sw: int) -> None:
        super().__init__(f"unexpected status word {sw:04X}")
        self.sw = sw


class InvalidPinFormat(CardError):
    """The PIN has the wrong shape for its kind; nothing was sent to the card."""


class SignatureMismatch(CardError):
    """The card's signature does not verify against its own certificate."""

    def __init__(self) -> None:
        super().__init__("the card's signature does not match its certificate")
