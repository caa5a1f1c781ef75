"""Laying out a whole card from its particulars: every application and GET DATA object."""

from __future__ import annotations

from hw.vcard.authority import TestAuthority
from hw.vcard.card_face_files import card_face_application
from hw.vcard.card_info_files import card_info_application
from hw.vcard.common_files import card_objects, common_application, resident_application
from hw.vcard.jpki_files import jpki_application
from hw.vcard.model import CONTACT_ATR, CardImage, CardKind, ChipState
from hw.vcard.particulars import CardParticulars


def lay_out(p: CardParticulars, authority: TestAuthority, kind: CardKind, chip: ChipState,
            notes: dict[str, str]) -> CardImage:
    """The card image; new application keys are made, the particulars' secrets kept."""
    return CardImage(
        kind=kind,
        chip=chip,
        atr=CONTACT_ATR,
        applications=[
            jpki_application(p.jpki_files, p.serial),
            card_info_application(p, authority.card_info_signer),
            card_face_application(p, authority.card_face_signer),
            resident_application(p),
            common_application(p),
        ],
        card_objects=card_objects(p, authority),
        notes=notes,
    )
