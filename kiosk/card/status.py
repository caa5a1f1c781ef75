"""Status word to typed error mapping."""

from __future__ import annotations

from kiosk.card.apdu import SW_OK
from kiosk.card.errors import (
    CardError,
    FileNotFound,
    NotVerified,
    PinLocked,
    UnexpectedStatus,
    WrongPin,
)

SW_END_OF_FILE = 0x6282
SW_WRONG_LENGTH = 0x6700
SW_NOT_VERIFIED = 0x6982
SW_PIN_BLOCKED = 0x6984
SW_NOT_FOUND = 0x6A82
SW_WRONG_P1P2 = 0x6A86
SW_OFFSET_BEYOND_FILE = 0x6B00


def is_pin_counter(sw: int) -> bool:
    """True for `63Cx`, the status word that carries a PIN's tries left."""
    return sw & 0xFFF0 == 0x63C0


def error_for(sw: int) -> CardError:
    """The typed error a non-9000 status word means, in a VERIFY-with-data sense for 63Cx."""
    if is_pin_counter(sw):
        tries = sw & 0x0F
        # 63C0 answers the wrong try that used the last one; later tries answer 6984.
        return WrongPin(tries) if tries else PinLocked(just_locked=True)
    if sw == SW_PIN_BLOCKED:
        return PinLocked(just_locked=False)
    if sw == SW_NOT_VERIFIED:
        return NotVerified()
    if sw == SW_NOT_FOUND:
        return FileNotFound()
    return UnexpectedStatus(sw)


def check(sw: int) -> None:
    """Raise the typed error for `sw` unless it is 9000."""
    if sw != SW_OK:
        raise error_for(sw)
