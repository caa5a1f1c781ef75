"""The formats a card accepts for each kind of PIN, as the issuing office enforces them."""

from __future__ import annotations

import re
from enum import StrEnum


class PinFormat(StrEnum):
    """The shape of a PIN or collation number."""

    DIGITS_4 = "digits4"
    DIGITS_6 = "digits6"  # the 券面事項確認AP's birth-date key: Japanese-era YYMMDD
    SIGNATURE_PASSWORD = "signature-password"
    DIGITS_12 = "digits12"
    DIGITS_14 = "digits14"


_PATTERNS = {
    PinFormat.DIGITS_4: re.compile(r"[0-9]{4}"),
    PinFormat.DIGITS_6: re.compile(r"[0-9]{6}"),
    PinFormat.DIGITS_12: re.compile(r"[0-9]{12}"),
    PinFormat.DIGITS_14: re.compile(r"[0-9]{14}"),
    PinFormat.SIGNATURE_PASSWORD: re.compile(r"(?=.*[A-Z])(?=.*[0-9])[A-Z0-9]{6,16}"),
}

_DESCRIPTIONS = {
    PinFormat.DIGITS_4: "4 digits",
    PinFormat.DIGITS_6: "6 digits",
    PinFormat.DIGITS_12: "12 digits",
    PinFormat.DIGITS_14: "14 digits",
    PinFormat.SIGNATURE_PASSWORD: (
        "6 to 16 characters of upper-case letters A-Z and digits 0-9, "
        "with at least one letter and one digit"
    ),
}


def is_valid(fmt: PinFormat, value: str) -> bool:
    """True when `value` has the shape `fmt` requires."""
    return _PATTERNS[fmt].fullmatch(value) is not None


def describe(fmt: PinFormat) -> str:
    """A human description of the format, for error messages."""
    return _DESCRIPTIONS[fmt]
