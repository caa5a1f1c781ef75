"""The 券面事項確認AP (card-face): the card face as data, signed so that a client can check
it, laid out byte for byte as on a real card."""

from __future__ import annotations

import hashlib
import secrets

from hw.vcard import tlv
from hw.vcard.authority import new_rsa_key
from hw.vcard.card_keys import key_file
from hw.vcard.cvc import CvcSigner, public_key_object
from hw.vcard.lifetimes import era_yymmdd
from hw.vcard.model import (
    Application,
    BinaryFile,
    CardFile,
    InternalFile,
    InternalKind,
    KeyUse,
    PinFile,
)
from hw.vcard.particulars import CardParticulars
from hw.vcard.pin_rules import PinFormat
from hw.vcard.pin_secret import PinSecret

AID_CARD_FACE = bytes.fromhex("D3921000310001010402")
BIRTH_DATE_KEY = 0x0011  # opens EF 0001: Japanese-era YYMMDD
COLLATION_B = 0x0012
COLLATION_A = 0x0013
AP_KEY = 0x001A  # the card key (DF24): `80 2A 00 00`, no credential
# DigestInfo header for SHA-256 with a 96-byte digest: three SHA-256 digests side by side.
FACE_DIGEST_INFO_HEADER = bytes.fromhex("3071300D060960864801650304020105000460")
_CARD_DATA = bytes.fromhex("06030E01")  # byte 1 = 03: extended Lc/Le supported
_BASIC_INFO_VERSION = b"\x01"


def card_face_application(p: CardParticulars, signer: CvcSigner) -> Application:
    """The whole application; `signer` is the key certified in its EF 0004."""
    card_key = new_rsa_key()
    key_object = public_key_object(card_key.public_key())
    files: dict[int, CardFile] = {
        0x0001: BinaryFile(birth_date_file(p, key_object, signer), read_pins=(BIRTH_DATE_KEY,)),
        0x0002: BinaryFile(face_file(p, key_object, signer),
                           read_pins=(COLLATION_B, COLLATION_A)),
        0x0003: BinaryFile(basic_info_file(p, signer)),
        0x0004: BinaryFile(signer.certificate),
        0x0005: BinaryFile(number_file(p, key_object, signer), read_pins=(COLLATION_A,)),
        0x0006: BinaryFile(b"\xff" * 16, read_pins=(COLLATION_B, COLLATION_A)),
        BIRTH_DATE_KEY: PinFile(PinFormat.DIGITS_6, 10, 10,
                                PinSecret.create(era_yymmdd(p.birth_date)), changeable=False),
        AP_KEY: key_file(card_key, KeyUse.APPLICATION),
        0x001C: InternalFile(InternalKind.KEY),
        0x001E: InternalFile(InternalKind.KEY),
    }
    files |= p.card_face_pins
    return Application("card-face", AID_CARD_FACE, dict(sorted(files.items())))


def face_items(p: CardParticulars, key_object: bytes) -> list[bytes]:
    """DF22 to DF27, the fields the signature DF28 covers, as TLVs."""
    return [
        tlv.encode(0xDF22, p.birth_date.strftime("%Y%m%d").encode("ascii")),
        tlv.encode(0xDF23, p.sex.encode("ascii")),
        tlv.encode(0xDF24, key_object),
        tlv.encode(0xDF25, p.name_image),
        tlv.encode(0xDF26, p.address_image),
        tlv.encode(0xDF27, p.photo),
    ]


def face_digest_info(items: list[bytes]) -> bytes:
    """The 115-byte DigestInfo DF28 signs: SHA-256 of DF22-DF24, of DF25-DF26, of DF27."""
    groups = (items[0:3], items[3:5], items[5:6])
    return FACE_DIGEST_INFO_HEADER + b"".join(
        hashlib.sha256(b"".join(group)).digest() for group in groups)


def face_file(p: CardParticulars, key_object: bytes, signer: CvcSigner) -> bytes:
    """EF 0002: `FF 20 82 HH LL` with the offset table, the signed fields, DF28, then the
    expiry and the security code, which the signature does not cover."""
    items = face_items(p, key_object)
    return tlv.with_offsets(0xFF20, 0xDF21, [
        *items,
        tlv.encode(0xDF28, signer.sign_digest_info(face_digest_info(items))),
        tlv.encode(0xDF29, p.expires_on.strftime("%Y%m%d").encode("ascii")),
        tlv.encode(0xDF2A, p.security_code_image),
    ])


def birth_date_file(p: CardParticulars, key_object: bytes, signer: CvcSigner) -> bytes:
    """EF 0001: `FF 10` with DF11 birth date, DF12 card key, DF13 signature over both."""
    signed = (tlv.encode(0xDF11, p.birth_date.strftime("%Y%m%d").encode("ascii"))
              + tlv.encode(0xDF12, key_object))
    return tlv.encode(0xFF10, signed + tlv.encode(0xDF13, signer.sign(signed)))


def number_file(p: CardParticulars, key_object: bytes, signer: CvcSigner) -> bytes:
    """EF 0005: `FF 40` with DF41 the My Number as an image, DF42 card key, DF43 signature."""
    signed = tlv.encode(0xDF41, p.number_image) + tlv.encode(0xDF42, key_object)
    return tlv.encode(0xFF40, signed + tlv.encode(0xDF43, signer.sign(signed)))


def basic_info_file(p: CardParticulars, signer: CvcSigner) -> bytes:
    """EF 0003: card data, signing key identifier, version, issuing local government."""
    # DF35: a key identifier and 256 bytes of unknown meaning; random here.
    opaque = signer.ca_key_id + secrets.token_bytes(256)
    return tlv.encode(0xFF30, b"".join((
        tlv.encode(0xDF31, _CARD_DATA),
        tlv.encode(0xDF32, signer.key_id),
        tlv.encode(0xDF33, _BASIC_INFO_VERSION),
        tlv.encode(0xDF34, p.municipality_code.encode("ascii")),
        tlv.encode(0xDF35, opaque),
    )))
