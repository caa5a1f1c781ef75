"""Issuing a virtual card: the applications and files a municipal office writes to a chip."""

from __future__ import annotations

import datetime as dt
import secrets
from dataclasses import dataclass
from pathlib import Path

from hw.vcard.authority import TestAuthority
from hw.vcard.card_face_files import COLLATION_A as FACE_COLLATION_A
from hw.vcard.card_face_files import COLLATION_B as FACE_COLLATION_B
from hw.vcard.card_info_files import COLLATION_A as INFO_COLLATION_A
from hw.vcard.card_info_files import COLLATION_B as INFO_COLLATION_B
from hw.vcard.card_info_files import PIN as INFO_PIN
from hw.vcard.card_layout import lay_out
from hw.vcard.holder import (
    ChosenPins,
    Holder,
    check_holder,
    check_my_number,
    check_pins,
)
from hw.vcard.images import chip_photo, text_image
from hw.vcard.jpki_files import new_credentials, new_pin
from hw.vcard.lifetimes import card_expiry, certificate_expiry, era_yymmdd
from hw.vcard.local_government import municipality_code
from hw.vcard.model import CardImage, CardKind, ChipState, PinFile
from hw.vcard.my_number import random_my_number
from hw.vcard.particulars import CardParticulars, random_serial
from hw.vcard.pin_rules import PinFormat
from hw.vcard.pin_secret import PinSecret

# Collation numbers are not chosen by the holder: a real card reports 10 tries.
_COLLATION_TRIES = 10


@dataclass(frozen=True)
class IssuedCard:
    """A new card and what is printed on its face (needed to use it, never on the chip)."""

    image: CardImage
    my_number: str
    collation_b: str
    security_code: str
    expires_on: dt.date
    certificates_expire_on: dt.date


def issue_card(holder: Holder, pins: ChosenPins, authority: TestAuthority, font: Path,
               *, kind: CardKind = CardKind.STANDARD, issued_on: dt.date | None = None,
               my_number: str | None = None) -> IssuedCard:
    """Check the details and build the card; raises IssuanceError or ImageError."""
    issued_on = issued_on or dt.date.today()
    check_holder(holder, issued_on)
    check_pins(pins, holder, issued_on, kind is CardKind.FACE_AUTHENTICATION)
    if my_number is None:
        my_number = random_my_number()
    check_my_number(my_number)
    photo = chip_photo(holder.photo)

    expires_on = card_expiry(holder.birth_date, issued_on)
    certs_expire_on = certificate_expiry(holder.birth_date, issued_on)
    security_code = f"{secrets.randbelow(10_000):04d}"
    collation_b = era_yymmdd(holder.birth_date) + f"{expires_on.year:04d}" + security_code
    particulars = CardParticulars(
        serial=random_serial(),
        municipality_code=municipality_code(holder.address),
        my_number=my_number,
        full_name=holder.full_name,
        address=holder.address,
        birth_date=holder.birth_date,
        sex=holder.sex,
        expires_on=expires_on,
        photo=photo,
        name_image=text_image(holder.full_name, font),
        address_image=text_image(holder.address, font),
        security_code_image=text_image(security_code, font, width=160),
        number_image=text_image(my_number, font, width=320),
        jpki_files=new_credentials(holder, pins, authority, issued_on, certs_expire_on),
        card_info_pins=_card_info_pins(pins, my_number, collation_b),
        card_face_pins=_card_face_pins(my_number, collation_b),
        resident_pin=(PinSecret.create(pins.card_info_pin)
                      if pins.card_info_pin is not None else None),
    )
    notes = {
        "family_kana": holder.family_kana,
        "given_kana": holder.given_kana,
        "issued_on": issued_on.isoformat(),
        "expires_on": expires_on.isoformat(),
    }
    image = lay_out(particulars, authority, kind, ChipState.WORKING, notes)
    return IssuedCard(image, my_number, collation_b, security_code, expires_on,
                      certs_expire_on)


def _card_info_pins(pins: ChosenPins, my_number: str, collation_b: str) -> dict[int, PinFile]:
    return {
        INFO_PIN: new_pin(PinFormat.DIGITS_4, 3, pins.card_info_pin),
        INFO_COLLATION_A: new_pin(PinFormat.DIGITS_12, _COLLATION_TRIES, my_number,
                                  changeable=False),
        INFO_COLLATION_B: new_pin(PinFormat.DIGITS_14, _COLLATION_TRIES, collation_b,
                                  changeable=False),
    }


def _card_face_pins(my_number: str, collation_b: str) -> dict[int, PinFile]:
    return {
        FACE_COLLATION_B: new_pin(PinFormat.DIGITS_14, _COLLATION_TRIES, collation_b,
                                  changeable=False),
        FACE_COLLATION_A: new_pin(PinFormat.DIGITS_12, _COLLATION_TRIES, my_number,
                                  changeable=False),
    }
