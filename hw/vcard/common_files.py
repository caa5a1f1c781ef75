"""The 共通AP and 住基AP, and the card level's GET DATA objects."""

from __future__ import annotations

from hw.vcard import tlv
from hw.vcard.authority import TestAuthority, new_rsa_key
from hw.vcard.card_keys import key_file
from hw.vcard.cvc import ROOT_NUMBER, key_id, template_contents
from hw.vcard.model import (
    CONTACT_ATR,
    Application,
    InternalFile,
    InternalKind,
    KeyUse,
    PinFile,
    RecordFile,
)
from hw.vcard.particulars import CardParticulars
from hw.vcard.pin_rules import PinFormat

AID_COMMON = bytes.fromhex("D3921000310001010100")
AID_RESIDENT = bytes.fromhex("D3921000310001010401")
# The key reference in 共通AP EF 0002: a real card's value is not public; this one follows
# the 16-byte key identifier format with a number of this simulator's test hierarchy.
COMMON_KEY_NUMBER = "6000011"
# GlobalPlatform card recognition data (GP 2.1.1, SCP02 i=15), as the content of tag 0066.
_GP = bytes.fromhex("2A864886FC6B")
CARD_RECOGNITION = tlv.encode(0x73, b"".join((
    tlv.encode(0x06, _GP + b"\x01"),
    tlv.encode(0x60, tlv.encode(0x06, _GP + bytes.fromhex("02020101"))),
    tlv.encode(0x63, tlv.encode(0x06, _GP + b"\x03")),
    tlv.encode(0x64, tlv.encode(0x06, _GP + bytes.fromhex("040215"))),
)))


def card_record(p: CardParticulars) -> bytes:
    """共通AP EF 0001's record: `01 1C` + serial (15) + 団体コード (5) + expiry (8)."""
    digits = p.serial + p.municipality_code + p.expires_on.strftime("%Y%m%d")
    return bytes([0x01, len(digits)]) + digits.encode("ascii")


def common_application(p: CardParticulars) -> Application:
    """The 共通AP: the card record, a key reference, the internal-authentication key."""
    return Application("common", AID_COMMON, {
        0x0001: RecordFile([card_record(p)]),
        0x0002: RecordFile([key_id(COMMON_KEY_NUMBER)]),
        0x0019: key_file(new_rsa_key(), KeyUse.INTERNAL_AUTHENTICATION),
        0x001C: _resident_pin(p),
        0x001E: InternalFile(InternalKind.KEY),
    })


def resident_application(p: CardParticulars) -> Application:
    """The 住基AP: its content is not public; only its PIN answers."""
    return Application("resident", AID_RESIDENT, {
        0x0002: InternalFile(InternalKind.PROTECTED),
        0x001C: _resident_pin(p),
    })


def _resident_pin(p: CardParticulars) -> PinFile:
    # Each application keeps its own counter, as on a real card.
    return PinFile(PinFormat.DIGITS_4, 3, 3, p.resident_pin)


def card_objects(p: CardParticulars, authority: TestAuthority) -> dict[int, bytes]:
    """GET DATA objects of the card level (7F21, the lower chain certificate, is absent)."""
    chain = authority.card_level_chain
    return {
        0x0042: key_id(ROOT_NUMBER),
        0x0045: p.serial.encode("ascii"),
        0x0066: CARD_RECOGNITION,
        0x00F0: p.municipality_code.encode("ascii"),
        0x00F2: p.expires_on.strftime("%Y%m%d").encode("ascii"),
        0x00F7: chain.key_id,
        0x00F8: template_contents(chain.certificate),
        0x5F51: CONTACT_ATR[1:],  # the contact ATR without TS
    }
