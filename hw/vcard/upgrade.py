"""Upgrading a card from an earlier file layout: the same card, laid out as a real one.

Everything that identifies the card is kept (JPKI keys, certificates and PINs with their
counters, My Number, personal details, photo, printed images, chip state, kind, notes);
what version 1 lacked (application keys, certificates of the card-verifiable hierarchy,
internal files) is made new.
"""

from __future__ import annotations

import datetime as dt

from hw.vcard import tlv
from hw.vcard.authority import TestAuthority
from hw.vcard.card_layout import lay_out
from hw.vcard.images import ImageError, jp2_file
from hw.vcard.local_government import municipality_code
from hw.vcard.model import Application, BinaryFile, CardFile, CardImage, PinFile
from hw.vcard.particulars import CardParticulars, random_serial

# The files of a version-1 card that carry over unchanged.
_JPKI_CREDENTIALS = (0x0001, 0x0002, 0x000A, 0x000B, 0x0017, 0x0018, 0x001A, 0x001B)
_CARD_INFO_PINS = (0x0011, 0x0014, 0x0015)
_CARD_FACE_PINS = (0x0012, 0x0013)


class UpgradeError(Exception):
    """A version-1 card image lacks something the new layout needs; the message says what."""


def upgrade_image(old: CardImage, authority: TestAuthority) -> CardImage:
    """The card in `old` (version-1 layout) laid out anew."""
    try:
        particulars = _particulars(old)
    except (KeyError, ValueError, ImageError, UnicodeDecodeError) as error:
        raise UpgradeError(f"not a card of the earlier layout: {error}") from None
    return lay_out(particulars, authority, old.kind, old.chip, dict(old.notes))


def _particulars(old: CardImage) -> CardParticulars:
    jpki = old.application_named("jpki")
    info = old.application_named("card-info")
    face_app = old.application_named("card-face")
    number = _binary(info, 0x0001)
    basic = tlv.parse(tlv.parse(_binary(info, 0x0002))[0xFF20])
    face = tlv.parse(tlv.parse(_binary(face_app, 0x0002))[0xFF20])
    info_pins = _pins(info, _CARD_INFO_PINS)
    address = basic[0xDF23].decode("utf-8")
    return CardParticulars(
        serial=random_serial(),
        municipality_code=municipality_code(address),
        my_number=number[3:15].decode("ascii"),  # FF 10 0C + 12 digits
        full_name=basic[0xDF22].decode("utf-8"),
        address=address,
        birth_date=_date(basic[0xDF24]),
        sex=basic[0xDF25].decode("ascii"),
        expires_on=_date(face[0xDF29]),
        photo=jp2_file(face[0xDF27]),  # the same codestream, in the JP2 container
        name_image=face[0xDF25],
        address_image=face[0xDF26],
        security_code_image=face[0xDF2A],
        number_image=tlv.parse(_binary(face_app, 0x0005))[0xFF40],
        jpki_files=_kept(jpki, _JPKI_CREDENTIALS),
        card_info_pins=info_pins,
        card_face_pins=_pins(face_app, _CARD_FACE_PINS),
        # The 住基/共通 PIN did not exist: it takes the card-info PIN's value, as at issue.
        resident_pin=info_pins[0x0011].secret,
    )


def _binary(app: Application, fid: int) -> bytes:
    ef = app.files[fid]
    if not isinstance(ef, BinaryFile):
        raise ValueError(f"{app.name} EF {fid:04X} is not a binary file")
    return ef.data


def _pins(app: Application, fids: tuple[int, ...]) -> dict[int, PinFile]:
    pins = {}
    for fid in fids:
        ef = app.files[fid]
        if not isinstance(ef, PinFile):
            raise ValueError(f"{app.name} EF {fid:04X} is not a PIN")
        pins[fid] = ef
    return pins


def _kept(app: Application, fids: tuple[int, ...]) -> dict[int, CardFile]:
    return {fid: app.files[fid] for fid in fids if fid in app.files}


def _date(value: bytes) -> dt.date:
    return dt.datetime.strptime(value.decode("ascii"), "%Y%m%d").date()
