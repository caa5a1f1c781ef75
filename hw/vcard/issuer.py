"""Issuing a virtual card: the applications and files a municipal office writes to a chip."""

from __future__ import annotations

import datetime as dt
import hashlib
import secrets
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

from hw.vcard import tlv
from hw.vcard.authority import SignatureHolder, TestAuthority, new_rsa_key
from hw.vcard.holder import (
    ChosenPins,
    Holder,
    check_holder,
    check_my_number,
    check_pins,
)
from hw.vcard.images import chip_photo, text_image
from hw.vcard.lifetimes import card_expiry, certificate_expiry, era_yymmdd
from hw.vcard.model import (
    CONTACT_ATR,
    Application,
    BinaryFile,
    CardImage,
    CardKind,
    ChipState,
    KeyFile,
    PinFile,
)
from hw.vcard.my_number import random_my_number
from hw.vcard.pin_rules import PinFormat
from hw.vcard.pin_secret import PinSecret

AID_JPKI = bytes.fromhex("D392F000260100000001")
AID_CARD_INFO = bytes.fromhex("D3921000310001010408")
AID_CARD_FACE = bytes.fromhex("D3921000310001010402")
AID_RESIDENT = bytes.fromhex("D3921000310001010401")
AID_COMMON = bytes.fromhex("D3921000310001010100")

CERTIFICATE_FILE_SIZE = 2048
TOKEN = b"JPKIAPICCTOKEN2".ljust(32, b" ")


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
    face_auth = kind is CardKind.FACE_AUTHENTICATION
    check_holder(holder, issued_on)
    check_pins(pins, holder, issued_on, face_auth)
    if my_number is None:
        my_number = random_my_number()
    check_my_number(my_number)
    photo = chip_photo(holder.photo)

    expires_on = card_expiry(holder.birth_date, issued_on)
    certs_expire_on = certificate_expiry(holder.birth_date, issued_on)
    security_code = f"{secrets.randbelow(10_000):04d}"
    collation_b = era_yymmdd(holder.birth_date) + f"{expires_on.year:04d}" + security_code

    jpki = _jpki(holder, pins, authority, issued_on, certs_expire_on)
    card_info = _card_info(holder, pins, authority, my_number, collation_b)
    card_face = _card_face(holder, authority, font, photo, my_number, collation_b,
                           expires_on, security_code)
    image = CardImage(
        kind=kind,
        chip=ChipState.WORKING,
        atr=CONTACT_ATR,
        applications=[jpki, card_info, card_face, Application("resident", AID_RESIDENT),
                      Application("common", AID_COMMON)],
        notes={
            "family_kana": holder.family_kana,
            "given_kana": holder.given_kana,
            "issued_on": issued_on.isoformat(),
            "expires_on": expires_on.isoformat(),
        },
    )
    return IssuedCard(image, my_number, collation_b, security_code, expires_on,
                      certs_expire_on)


def _pin(fmt: PinFormat, tries: int, value: str | None, changeable: bool = True) -> PinFile:
    secret = PinSecret.create(value) if value is not None else None
    return PinFile(fmt, tries, tries, secret, changeable)


def _pkcs8(key: rsa.RSAPrivateKey) -> bytes:
    return key.private_bytes(serialization.Encoding.DER, serialization.PrivateFormat.PKCS8,
                             serialization.NoEncryption())


def _padded(data: bytes, size: int) -> bytes:
    if len(data) > size:
        raise ValueError(f"{len(data)} bytes do not fit a {size}-byte file")
    return data.ljust(size, b"\xff")


def _der(certificate) -> bytes:
    return certificate.public_bytes(serialization.Encoding.DER)


def _jpki(holder: Holder, pins: ChosenPins, authority: TestAuthority, issued_on: dt.date,
          expires_on: dt.date) -> Application:
    auth_key = new_rsa_key()
    auth_cert = authority.issue_auth_certificate(auth_key.public_key(), issued_on, expires_on)
    files = {
        0x000A: BinaryFile(_padded(_der(auth_cert), CERTIFICATE_FILE_SIZE)),
        0x000B: BinaryFile(_padded(_der(authority.auth_ca_certificate), CERTIFICATE_FILE_SIZE)),
        0x0017: KeyFile(_pkcs8(auth_key), use_pins=(0x0018,)),
        0x0018: _pin(PinFormat.DIGITS_4, 3, pins.auth_pin),
        0x0006: BinaryFile(TOKEN),
    }
    has_signature = pins.signature_password is not None
    if has_signature:
        sign_key = new_rsa_key()
        sign_cert = authority.issue_signature_certificate(
            sign_key.public_key(),
            SignatureHolder(holder.full_name, holder.birth_date, holder.sex, holder.address,
                            holder.prefecture, holder.municipality),
            issued_on, expires_on)
        files |= {
            0x0001: BinaryFile(_padded(_der(sign_cert), CERTIFICATE_FILE_SIZE),
                               read_pins=(0x001B,)),
            0x0002: BinaryFile(_padded(_der(authority.sign_ca_certificate),
                                       CERTIFICATE_FILE_SIZE)),
            0x001A: KeyFile(_pkcs8(sign_key), use_pins=(0x001B,)),
            0x001B: _pin(PinFormat.SIGNATURE_PASSWORD, 5, pins.signature_password),
        }
    files[0x0008] = BinaryFile(bytes([1, 1 if has_signature else 0, 0]))
    return Application("jpki", AID_JPKI, files)


def _card_info(holder: Holder, pins: ChosenPins, authority: TestAuthority, my_number: str,
               collation_b: str) -> Application:
    number_tlv = tlv.encode(0xFF10, my_number.encode("ascii"))
    basic_four = tlv.with_offsets(0xFF20, 0xDF21, [
        tlv.encode(0xDF22, holder.full_name.encode("utf-8")),
        tlv.encode(0xDF23, holder.address.encode("utf-8")),
        tlv.encode(0xDF24, holder.birth_date.strftime("%Y%m%d").encode("ascii")),
        tlv.encode(0xDF25, holder.sex.encode("ascii")),
    ])
    hashes = (tlv.encode(0xDF31, hashlib.sha256(number_tlv).digest())
              + tlv.encode(0xDF32, hashlib.sha256(basic_four).digest()))
    signed = tlv.encode(0xFF30, hashes + tlv.encode(0xDF33, authority.sign_card_data(hashes)))
    return Application("card-info", AID_CARD_INFO, {
        0x0001: BinaryFile(number_tlv + b"\xff", read_pins=(0x0011, 0x0014)),
        0x0002: BinaryFile(basic_four, read_pins=(0x0011, 0x0015)),
        0x0003: BinaryFile(signed),
        0x0011: _pin(PinFormat.DIGITS_4, 3, pins.card_info_pin),
        0x0014: _pin(PinFormat.DIGITS_12, 10, my_number, changeable=False),
        0x0015: _pin(PinFormat.DIGITS_14, 10, collation_b, changeable=False),
    })


def _card_face(holder: Holder, authority: TestAuthority, font: Path, photo: bytes,
               my_number: str, collation_b: str, expires_on: dt.date,
               security_code: str) -> Application:
    public_key = authority.card_data_public_key.public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo)
    signed_items = [
        tlv.encode(0xDF22, holder.birth_date.strftime("%Y%m%d").encode("ascii")),
        tlv.encode(0xDF23, holder.sex.encode("ascii")),
        tlv.encode(0xDF24, public_key),
        tlv.encode(0xDF25, text_image(holder.full_name, font)),
        tlv.encode(0xDF26, text_image(holder.address, font)),
        tlv.encode(0xDF27, photo),
    ]
    signature = authority.sign_card_data(b"".join(signed_items))
    face = tlv.with_offsets(0xFF20, 0xDF21, [
        *signed_items,
        tlv.encode(0xDF28, signature),
        tlv.encode(0xDF29, expires_on.strftime("%Y%m%d").encode("ascii")),
        tlv.encode(0xDF2A, text_image(security_code, font, width=160)),
    ])
    number_image = tlv.encode(0xFF40, text_image(my_number, font, width=320))
    return Application("card-face", AID_CARD_FACE, {
        0x0002: BinaryFile(face, read_pins=(0x0012, 0x0013)),
        0x0005: BinaryFile(number_image, read_pins=(0x0013,)),
        0x0012: _pin(PinFormat.DIGITS_14, 10, collation_b, changeable=False),
        0x0013: _pin(PinFormat.DIGITS_12, 10, my_number, changeable=False),
    })
