"""The JPKI AP (公的個人認証): certificates, keys and PINs, and the files around them that
a real card also has (token information, the certificate flags, internal EFs)."""

from __future__ import annotations

import datetime as dt

from cryptography import x509
from cryptography.hazmat.primitives import serialization

from hw.vcard.authority import SignatureHolder, TestAuthority, new_rsa_key
from hw.vcard.card_keys import key_file
from hw.vcard.holder import ChosenPins, Holder
from hw.vcard.model import (
    Application,
    BinaryFile,
    CardFile,
    InternalFile,
    InternalKind,
    KeyUse,
    PinFile,
)
from hw.vcard.pin_rules import PinFormat
from hw.vcard.pin_secret import PinSecret
from hw.vcard.token_info import token_info

AID_JPKI = bytes.fromhex("D392F000260100000001")
SIGN_CERTIFICATE = 0x0001
AUTH_CERTIFICATE = 0x000A
CERTIFICATE_FILE_SIZE = 2048
CERTIFICATE_PRESENT = 0x8F
# EFs of a real card's JPKI AP whose content no client reads: data EFs are protected,
# IEFs (0010 and above) are keys (IEF 0016: the terminal CA's key for `80 A2`).
_INTERNAL = {
    0x0005: InternalKind.PROTECTED,
    0x0009: InternalKind.PROTECTED,
    0x0010: InternalKind.KEY,
    0x0016: InternalKind.KEY,
    0x0019: InternalKind.KEY,
    0x001C: InternalKind.KEY,
    0x001E: InternalKind.KEY,
}


def jpki_application(credentials: dict[int, CardFile], serial: str) -> Application:
    """The application around its certificates, keys and PINs (`credentials`)."""
    files: dict[int, CardFile] = {fid: InternalFile(kind) for fid, kind in _INTERNAL.items()}
    files |= credentials
    files[0x0006] = BinaryFile(token_info(serial))
    files[0x0008] = BinaryFile(certificate_flags(credentials))
    return Application("jpki", AID_JPKI, dict(sorted(files.items())))


def certificate_flags(credentials: dict[int, CardFile]) -> bytes:
    """EF 0008, exactly 3 bytes: signature certificate, authentication certificate, 00.

    A real card with both reads `8F 8F 00`; a card without a signature certificate (a
    face-authentication or a child's card) has `00` in its place.
    """
    def flag(fid: int) -> int:
        return CERTIFICATE_PRESENT if fid in credentials else 0x00
    return bytes([flag(SIGN_CERTIFICATE), flag(AUTH_CERTIFICATE), 0x00])


def new_credentials(holder: Holder, pins: ChosenPins, authority: TestAuthority,
                    issued_on: dt.date, expires_on: dt.date) -> dict[int, CardFile]:
    """Fresh keys and certificates, and the holder's PINs."""
    auth_key = new_rsa_key()
    auth_cert = authority.issue_auth_certificate(auth_key.public_key(), issued_on, expires_on)
    files: dict[int, CardFile] = {
        AUTH_CERTIFICATE: BinaryFile(_certificate_file(auth_cert)),
        0x000B: BinaryFile(_certificate_file(authority.auth_ca_certificate)),
        0x0017: key_file(auth_key, KeyUse.SIGNATURE, (0x0018,)),
        0x0018: new_pin(PinFormat.DIGITS_4, 3, pins.auth_pin),
    }
    if pins.signature_password is None:
        return files
    sign_key = new_rsa_key()
    sign_cert = authority.issue_signature_certificate(
        sign_key.public_key(),
        SignatureHolder(holder.full_name, holder.birth_date, holder.sex, holder.address,
                        holder.prefecture, holder.municipality),
        issued_on, expires_on)
    return files | {
        SIGN_CERTIFICATE: BinaryFile(_certificate_file(sign_cert), read_pins=(0x001B,)),
        0x0002: BinaryFile(_certificate_file(authority.sign_ca_certificate)),
        0x001A: key_file(sign_key, KeyUse.SIGNATURE, (0x001B,)),
        0x001B: new_pin(PinFormat.SIGNATURE_PASSWORD, 5, pins.signature_password),
    }


def new_pin(fmt: PinFormat, tries: int, value: str | None, changeable: bool = True) -> PinFile:
    """A PIN file with a full counter; `value` None: never set (every VERIFY answers 6984)."""
    secret = PinSecret.create(value) if value is not None else None
    return PinFile(fmt, tries, tries, secret, changeable)


def _certificate_file(certificate: x509.Certificate) -> bytes:
    """DER (`30 82 HH LL ...`) followed by FF filler up to the EF's size."""
    der = certificate.public_bytes(serialization.Encoding.DER)
    if len(der) > CERTIFICATE_FILE_SIZE:
        raise ValueError(f"a {len(der)}-byte certificate does not fit its EF")
    return der.ljust(CERTIFICATE_FILE_SIZE, b"\xff")
