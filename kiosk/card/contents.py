"""Decoding the card's data files (My Number, basic four, card face) into records."""

from __future__ import annotations

import datetime
import re

from kiosk.card.errors import MalformedAnswer
from kiosk.card.records import BasicFour, CardFace, Sex
from kiosk.card.tlv import parse_all, parse_one, unique_values

MY_NUMBER_READ_SIZE = 15  # FF 10 0C + 12 digits
MAX_BASIC_FOUR_SIZE = 4096
MAX_CARD_FACE_SIZE = 0x8000
WRAPPER_TAG = 0xFF20

_MY_NUMBER_TAG = 0xFF10
_TWELVE_DIGITS = re.compile(rb"[0-9]{12}")
_DATE = re.compile(rb"[0-9]{8}")
# Card face photo: a JPEG 2000 codestream (SOC, SIZ) or, tolerated, a JP2 file.
_J2K_CODESTREAM = b"\xff\x4f\xff\x51"
_JP2_SIGNATURE = b"\x00\x00\x00\x0cjP  \r\n\x87\n"


def parse_my_number(data: bytes) -> str:
    """The 12 digits of a `FF 10 0C` My Number TLV."""
    tlv = parse_one(data)
    if tlv.tag != _MY_NUMBER_TAG or not _TWELVE_DIGITS.fullmatch(tlv.value):
        raise MalformedAnswer("My Number file has the wrong layout")
    number = tlv.value.decode("ascii")
    if _check_digit(number[:11]) != int(number[11]):
        raise MalformedAnswer("My Number check digit does not match")
    return number


def _check_digit(first_eleven: str) -> int:
    """The check digit of the individual number (weights 2-7 then 2-6, from the right)."""
    total = sum(int(digit) * (n + 1 if n <= 6 else n - 5)
                for n, digit in enumerate(reversed(first_eleven), start=1))
    remainder = total % 11
    return 0 if remainder <= 1 else 11 - remainder


def parse_basic_four(value: bytes) -> BasicFour:
    """The basic four items from the value of the `FF 20` wrapper."""
    items = unique_values(parse_all(value), (0xDF21, 0xDF22, 0xDF23, 0xDF24, 0xDF25))
    return BasicFour(
        name=_text(items[0xDF22]),
        address=_text(items[0xDF23]),
        birth_date=_date(items[0xDF24]),
        sex=_sex(items[0xDF25]),
    )


def parse_card_face(value: bytes) -> CardFace:
    """The card face from the value of the `FF 20` wrapper."""
    tags = (0xDF21, 0xDF22, 0xDF23, 0xDF25, 0xDF26, 0xDF27, 0xDF29)
    items = unique_values(parse_all(value), tags)
    photo = items[0xDF27]
    if not photo.startswith((_J2K_CODESTREAM, _JP2_SIGNATURE)):
        raise MalformedAnswer("card face photo is not JPEG 2000")
    return CardFace(
        birth_date=_date(items[0xDF22]),
        sex=_sex(items[0xDF23]),
        expiry=_date(items[0xDF29]),
        photo=photo,
        name_image=items[0xDF25],
        address_image=items[0xDF26],
    )


def _text(value: bytes) -> str:
    try:
        return value.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise MalformedAnswer("text item is not UTF-8") from exc


def _date(value: bytes) -> datetime.date:
    if not _DATE.fullmatch(value):
        raise MalformedAnswer("date item is not YYYYMMDD")
    try:
        return datetime.date(int(value[:4]), int(value[4:6]), int(value[6:]))
    except ValueError as exc:
        raise MalformedAnswer("date item is not a real date") from exc


def _sex(value: bytes) -> Sex:
    try:
        return Sex(value.decode("ascii"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise MalformedAnswer("sex item is not 1, 2 or 9") from exc
