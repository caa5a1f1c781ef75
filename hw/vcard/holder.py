"""Who a card is issued to and the PINs they chose, checked as the municipal office would."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path

from hw.vcard.lifetimes import age_on
from hw.vcard.my_number import is_valid_my_number
from hw.vcard.pin_rules import PinFormat, describe, is_valid

SEX_CODES = {"1": "male", "2": "female", "9": "not applicable"}
_PREFECTURE = re.compile(r"^(.{2,3}?[都道府県])")
_MUNICIPALITY = re.compile(r"^(.+?[市区町村])")
SIGNATURE_MIN_AGE = 15


class IssuanceError(Exception):
    """The details given for a new card are not acceptable; the message says why."""


@dataclass(frozen=True)
class Holder:
    """The card holder's details as registered at the municipal office."""

    family_name: str
    given_name: str
    family_kana: str
    given_kana: str
    birth_date: dt.date
    sex: str
    address: str
    photo: Path

    @property
    def full_name(self) -> str:
        """Family and given name separated by an ideographic space, as the card stores it."""
        return f"{self.family_name}\u3000{self.given_name}"

    @property
    def prefecture(self) -> str:
        """The prefecture at the start of the address."""
        match = _PREFECTURE.match(self.address)
        return match.group(1) if match else self.address

    @property
    def municipality(self) -> str:
        """The city, ward, town or village after the prefecture."""
        match = _MUNICIPALITY.match(self.address[len(self.prefecture):])
        return match.group(1) if match else ""


@dataclass(frozen=True)
class ChosenPins:
    """The PINs set at issue; all None for a face-authentication card."""

    auth_pin: str | None = None
    card_info_pin: str | None = None
    signature_password: str | None = None

    @property
    def any(self) -> bool:
        """True when at least one PIN was chosen."""
        return any((self.auth_pin, self.card_info_pin, self.signature_password))


def check_holder(holder: Holder, issued_on: dt.date) -> None:
    """Raise IssuanceError when the holder's details cannot be on a card."""
    for label, value in (("family name", holder.family_name), ("given name", holder.given_name),
                         ("address", holder.address)):
        if not value.strip():
            raise IssuanceError(f"the {label} is empty")
        if len(value.encode("utf-8")) > 200:
            raise IssuanceError(f"the {label} is too long (at most 200 bytes of UTF-8)")
    if "\u3000" in holder.family_name or "\u3000" in holder.given_name:
        raise IssuanceError("a name part may not contain an ideographic space (U+3000)")
    if holder.sex not in SEX_CODES:
        raise IssuanceError("sex must be 1 (male), 2 (female) or 9 (not applicable)")
    if holder.birth_date > issued_on:
        raise IssuanceError("the birth date is after the issue date")
    if holder.birth_date.year < 1912:
        raise IssuanceError("birth dates before 1912 cannot be printed in 照合番号B")


def check_pins(pins: ChosenPins, holder: Holder, issued_on: dt.date,
               face_authentication: bool) -> None:
    """Raise IssuanceError when the PINs do not fit the card kind or their formats."""
    if face_authentication:
        if pins.any:
            raise IssuanceError("a face-authentication card has no PINs; give none")
        return
    for label, value, fmt in (
        ("user-authentication PIN", pins.auth_pin, PinFormat.DIGITS_4),
        ("card-info PIN", pins.card_info_pin, PinFormat.DIGITS_4),
    ):
        if value is None:
            raise IssuanceError(f"the {label} is required (4 digits)")
        if not is_valid(fmt, value):
            raise IssuanceError(f"the {label} must be {describe(fmt)}")
    password = pins.signature_password
    if password is None:
        return
    if age_on(holder.birth_date, issued_on) < SIGNATURE_MIN_AGE:
        raise IssuanceError("no signature certificate is issued to a holder under 15")
    if not is_valid(PinFormat.SIGNATURE_PASSWORD, password):
        raise IssuanceError(
            f"the signature password must be {describe(PinFormat.SIGNATURE_PASSWORD)}")


def check_my_number(value: str) -> None:
    """Raise IssuanceError unless `value` is a well-formed individual number."""
    if not is_valid_my_number(value):
        raise IssuanceError("the My Number must be 12 digits with a valid check digit")
