"""What identifies one card: the input from which its applications are laid out.

Issuing a card and upgrading an older card file both produce these, so a card comes out
with the same layout either way.
"""

from __future__ import annotations

import datetime as dt
import secrets
from dataclasses import dataclass

from hw.vcard.model import CardFile, PinFile
from hw.vcard.pin_secret import PinSecret

SERIAL_DIGITS = 15


@dataclass
class CardParticulars:
    """The holder's details, the printed images, and the secrets a card keeps."""

    serial: str  # 15 digits: the card's number (共通AP EF 0001, GET DATA 0045)
    municipality_code: str  # 5 digits: the issuing local government
    my_number: str
    full_name: str  # family and given name separated by U+3000
    address: str
    birth_date: dt.date
    sex: str  # JIS X 0303: 1, 2 or 9
    expires_on: dt.date
    photo: bytes  # JPEG 2000 in the JP2 container
    name_image: bytes  # PNG
    address_image: bytes  # PNG
    security_code_image: bytes  # PNG
    number_image: bytes  # PNG of the My Number (券面事項確認AP EF 0005)
    jpki_files: dict[int, CardFile]  # certificates, private keys and PINs of the JPKI AP
    card_info_pins: dict[int, PinFile]  # 0011 PIN, 0014 照合番号A, 0015 照合番号B
    card_face_pins: dict[int, PinFile]  # 0012 照合番号B, 0013 照合番号A
    # The 住基 and 共通 PIN: set to the card-info PIN's value (None: a card without PINs).
    resident_pin: PinSecret | None


def random_serial() -> str:
    """A random 15-digit card number."""
    return str(secrets.randbelow(9) + 1) + "".join(
        str(secrets.randbelow(10)) for _ in range(SERIAL_DIGITS - 1))
