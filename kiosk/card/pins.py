"""The card's PINs: where each lives, its retry limit and its format."""

from __future__ import annotations

import re
from enum import Enum

from kiosk.card import applications as ap
from kiosk.card.applications import Application, FileId
from kiosk.card.errors import InvalidPinFormat

_FOUR_DIGITS = re.compile(r"[0-9]{4}")
_TWELVE_DIGITS = re.compile(r"[0-9]{12}")
_FOURTEEN_DIGITS = re.compile(r"[0-9]{14}")
# 6-16 of A-Z 0-9 with at least one letter and one digit; lowercase is refused, not folded,
# so the card sees exactly what the user typed.
_SIGNATURE_PASSWORD = re.compile(r"(?=[A-Z0-9]*[A-Z])(?=[A-Z0-9]*[0-9])[A-Z0-9]{6,16}")


class PinKind(Enum):
    """A PIN of the card: its application, PIN EF, maximum tries and format."""

    AUTH = (Application.JPKI, ap.AUTH_PIN, 3, _FOUR_DIGITS, "4 digits")
    SIGNATURE = (
        Application.JPKI,
        ap.SIGNATURE_PASSWORD,
        5,
        _SIGNATURE_PASSWORD,
        "6-16 of A-Z and 0-9 with a letter and a digit",
    )
    INPUT_SUPPORT = (Application.INPUT_SUPPORT, ap.INPUT_SUPPORT_PIN, 3, _FOUR_DIGITS, "4 digits")
    INPUT_SUPPORT_COLLATION_A = (
        Application.INPUT_SUPPORT,
        ap.INPUT_SUPPORT_COLLATION_A,
        10,
        _TWELVE_DIGITS,
        "12 digits",
    )
    INPUT_SUPPORT_COLLATION_B = (
        Application.INPUT_SUPPORT,
        ap.INPUT_SUPPORT_COLLATION_B,
        10,
        _FOURTEEN_DIGITS,
        "14 digits",
    )
    CARD_FACE_COLLATION_A = (
        Application.CARD_FACE,
        ap.CARD_FACE_COLLATION_A,
        10,
        _TWELVE_DIGITS,
        "12 digits",
    )
    CARD_FACE_COLLATION_B = (
        Application.CARD_FACE,
        ap.CARD_FACE_COLLATION_B,
        10,
        _FOURTEEN_DIGITS,
        "14 digits",
    )

    def __init__(
        self,
        application: Application,
        ef: FileId,
        max_tries: int,
        pattern: re.Pattern[str],
        shape: str,
    ) -> None:
        self.application = application
        self.ef = ef
        self.max_tries = max_tries
        self._pattern = pattern
        self._shape = shape

    def encode(self, value: str) -> bytes:
        """The PIN as sent in VERIFY; InvalidPinFormat when it has the wrong shape."""
        if not isinstance(value, str) or not self._pattern.fullmatch(value):
            # The message names the expected shape only, never the value.
            raise InvalidPinFormat(f"{self.name} PIN must be {self._shape}")
        return value.encode("ascii")
