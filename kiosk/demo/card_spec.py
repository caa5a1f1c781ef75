"""A description of a card to make, from command-line options or a persona file."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from hw.vcard.authority import TestAuthority
from hw.vcard.holder import ChosenPins, Holder, IssuanceError
from hw.vcard.issuer import IssuedCard, issue_card
from hw.vcard.model import CardKind, ChipState, PinFile

SEX_WORDS = {"1": "1", "male": "1", "m": "1", "2": "2", "female": "2", "f": "2",
             "9": "9", "other": "9", "not-applicable": "9"}
_AUTH_PIN_FID = 0x0018


@dataclass(frozen=True)
class CardSpec:
    """Everything needed to issue one virtual card."""

    name: str
    kana: str
    birth_date: dt.date
    sex: str
    address: str
    photo: Path
    auth_pin: str | None = None
    card_info_pin: str | None = None
    signature_password: str | None = None
    face_auth: bool = False
    issued_on: dt.date | None = None
    my_number: str | None = None
    destroyed_chip: bool = False
    locked_auth_pin: bool = False

    @classmethod
    def from_persona(cls, persona: dict[str, Any], assets: Path) -> CardSpec:
        """A spec from one entry of a persona file (photo paths relative to `assets`)."""
        try:
            return cls(
                name=persona["name"],
                kana=persona["kana"],
                birth_date=dt.date.fromisoformat(persona["birth_date"]),
                sex=persona["sex"],
                address=persona["address"],
                photo=assets / persona["photo"],
                auth_pin=persona.get("pin"),
                card_info_pin=persona.get("pin"),
                signature_password=persona.get("signature_password"),
                face_auth=persona.get("face_auth", False),
                issued_on=_optional_date(persona.get("issued_on")),
                destroyed_chip=persona.get("destroyed_chip", False),
                locked_auth_pin=persona.get("locked_auth_pin", False),
            )
        except (KeyError, TypeError, ValueError) as error:
            raise IssuanceError(f"persona {persona.get('file', '?')}: {error!r}") from None


def _optional_date(text: str | None) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


def split_name(text: str, label: str) -> tuple[str, str]:
    """Family and given name from 'FAMILY GIVEN' (ASCII or ideographic space)."""
    parts = text.replace("\u3000", " ").split(maxsplit=1)
    if len(parts) != 2:
        raise IssuanceError(f"the {label} needs the family and the given name, separated by "
                            "a space")
    return parts[0], parts[1]


def issue_from_spec(spec: CardSpec, authority: TestAuthority, font: Path) -> IssuedCard:
    """Issue the card a spec describes; raises IssuanceError or ImageError."""
    sex = SEX_WORDS.get(spec.sex.lower())
    if sex is None:
        raise IssuanceError("the sex must be male, female or not-applicable (1, 2 or 9)")
    family, given = split_name(spec.name, "name")
    family_kana, given_kana = split_name(spec.kana, "kana")
    holder = Holder(family, given, family_kana, given_kana, spec.birth_date, sex,
                    spec.address, spec.photo)
    # PINs given for a face-authentication card reach the issuer, which refuses them.
    pins = ChosenPins(spec.auth_pin, spec.card_info_pin, spec.signature_password)
    kind = CardKind.FACE_AUTHENTICATION if spec.face_auth else CardKind.STANDARD
    issued = issue_card(holder, pins, authority, font, kind=kind, issued_on=spec.issued_on,
                        my_number=spec.my_number)
    image = issued.image
    # The card face is printed, so a face reader can read 照合番号B optically; the emulator
    # takes it from here. It is never reachable through an APDU.
    image.notes["collation_b"] = issued.collation_b
    if spec.destroyed_chip:
        image.chip = ChipState.DESTROYED
    if spec.locked_auth_pin:
        pin = image.application_named("jpki").files[_AUTH_PIN_FID]
        assert isinstance(pin, PinFile)
        pin.tries_left = 0
    return issued
