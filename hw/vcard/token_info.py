"""JPKI EF 0006: a PKCS#11 CK_TOKEN_INFO, 160 bytes with big-endian integers."""

from __future__ import annotations

import struct

TOKEN_INFO_SIZE = 160
LABEL = b"JPKIAPICCTOKEN2"  # a plastic card's; other media use other labels
_MANUFACTURER = b"Virtual card (kiosk simulator)"
_MODEL = b"E16R01NJ"
_FLAGS = 0x0000040D  # as read from real cards
_UNAVAILABLE = 0xFFFFFFFF  # memory sizes a card does not report


def token_info(serial: str) -> bytes:
    """The token information of a plastic card with this serial number."""
    fields = (
        _text(LABEL, 32),
        _text(_MANUFACTURER, 32),
        _text(_MODEL, 16),
        _text(serial.encode("ascii"), 16),
        # flags; max / current sessions; max / current read-write sessions; PIN max / min
        struct.pack(">IIIIIII", _FLAGS, 1, 0, 1, 0, 16, 6),
        struct.pack(">IIII", *[_UNAVAILABLE] * 4),
        b"03", b"01",  # hardware and firmware versions, ASCII as on a real card
        # utcTime: blank, as PKCS#11 allows for a token without a clock.
        b" " * 16,
    )
    data = b"".join(fields)
    assert len(data) == TOKEN_INFO_SIZE
    return data


def _text(value: bytes, size: int) -> bytes:
    """A PKCS#11 fixed-size text field: padded with spaces."""
    if len(value) > size:
        raise ValueError(f"{value!r} does not fit {size} bytes")
    return value.ljust(size, b" ")
