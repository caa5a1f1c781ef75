"""The 券面事項入力補助AP (card-info): My Number and the basic four items as text, with the
integrity record that lets a client check them, laid out byte for byte as on a real card."""

from __future__ import annotations

import hashlib
import secrets

from hw.vcard import tlv
from hw.vcard.authority import new_rsa_key
from hw.vcard.card_keys import key_file
from hw.vcard.cvc import CvcSigner, public_key_object
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

AID_CARD_INFO = bytes.fromhex("D3921000310001010408")
PIN = 0x0011
BLOCKED_KEY = 0x0012  # issued blocked on every card
AP_KEY = 0x0013  # the application's own key: `80 2A 00 00`, no credential
COLLATION_A = 0x0014
COLLATION_B = 0x0015
_ANY_CREDENTIAL = (PIN, COLLATION_A, COLLATION_B)
NUMBER_FILE_SIZE = 17
INTEGRITY_FILE_SIZE = 336
BASIC_INFO_FILE_SIZE = 256
# Card data: byte 1 = 03 says extended Lc/Le are supported (clients read whole files at once).
_CARD_DATA = bytes.fromhex("01030E01")


def card_info_application(p: CardParticulars, signer: CvcSigner) -> Application:
    """The whole application; `signer` is the key certified in its EF 0004."""
    number = number_file(p.my_number)
    basic_four = basic_four_file(p)
    ap_key = new_rsa_key()
    files: dict[int, CardFile] = {
        0x0001: BinaryFile(number, read_pins=(PIN, COLLATION_A)),
        0x0002: BinaryFile(basic_four, read_pins=(PIN, COLLATION_B)),
        0x0003: BinaryFile(integrity_file(number, basic_four, signer),
                           read_pins=_ANY_CREDENTIAL),
        0x0004: BinaryFile(signer.certificate),
        0x0005: BinaryFile(basic_info_file(signer)),
        0x0006: BinaryFile(session_key_file(), read_pins=_ANY_CREDENTIAL),
        0x0007: BinaryFile(signing_key_file(public_key_object(ap_key.public_key()), signer),
                           read_pins=_ANY_CREDENTIAL),
        0x0008: BinaryFile(b"\xff" * 16),
        0x0010: InternalFile(InternalKind.KEY),
        BLOCKED_KEY: PinFile(PinFormat.DIGITS_4, 3, 0, None, changeable=False),
        AP_KEY: key_file(ap_key, KeyUse.APPLICATION),
        0x001C: InternalFile(InternalKind.KEY),
        0x001E: InternalFile(InternalKind.KEY),
    }
    files |= p.card_info_pins
    return Application("card-info", AID_CARD_INFO, dict(sorted(files.items())))


def number_file(my_number: str) -> bytes:
    """EF 0001: exactly `FF 10 0C <12 digits> FF FF` (17 bytes, filler included)."""
    return tlv.encode(0xFF10, my_number.encode("ascii")) + b"\xff\xff"


def basic_four_file(p: CardParticulars) -> bytes:
    """EF 0002: `FF 20` with the DF21 offset table, name, address, birth date, sex."""
    return tlv.with_offsets(0xFF20, 0xDF21, [
        tlv.encode(0xDF22, p.full_name.encode("utf-8")),
        tlv.encode(0xDF23, p.address.encode("utf-8")),
        tlv.encode(0xDF24, p.birth_date.strftime("%Y%m%d").encode("ascii")),
        tlv.encode(0xDF25, p.sex.encode("ascii")),
    ])


def signed_part_of_basic_four(basic_four: bytes) -> bytes:
    """DF22 to the end of the FF20 value: what DF32 digests (no header, no offset table)."""
    table_length = basic_four[tlv_header_size(basic_four) + 2]
    return basic_four[tlv_header_size(basic_four) + 3 + table_length:]


def tlv_header_size(data: bytes) -> int:
    """Size of a 2-byte-tag TLV header in the card's length form."""
    return 3 if data[2] < 0x80 else 5


def integrity_file(number: bytes, basic_four: bytes, signer: CvcSigner) -> bytes:
    """EF 0003 (336 bytes): DF31 digests the 17 bytes of EF 0001, DF32 the fields of
    EF 0002, DF33 signs the two TLVs with the key of EF 0004."""
    digests = (tlv.encode(0xDF31, hashlib.sha256(number).digest())
               + tlv.encode(0xDF32, hashlib.sha256(signed_part_of_basic_four(basic_four))
                            .digest()))
    data = tlv.encode(0xFF30, digests + tlv.encode(0xDF33, signer.sign(digests)))
    assert len(data) == INTEGRITY_FILE_SIZE
    return data


def basic_info_file(signer: CvcSigner) -> bytes:
    """EF 0005: card data, the signing key's identifier and an opaque value, in 256 bytes."""
    # 32 bytes of unknown meaning then 96 FF on a real card: random here.
    opaque = secrets.token_bytes(32) + b"\xff" * 96
    value = (tlv.encode(0xDF41, _CARD_DATA) + tlv.encode(0xDF42, signer.key_id)
             + tlv.encode(0xDF43, opaque))
    return tlv.encode(0xFF40, value).ljust(BASIC_INFO_FILE_SIZE, b"\xff")


def session_key_file() -> bytes:
    """EF 0006: the public key that encrypts secure-messaging session keys (`A1 {90, 91}`).

    Secure messaging is not simulated, so the private half is not kept (IEF 0010 stands in
    for it); a client that only reads the key gets a well-formed one.
    """
    return tlv.encode(0xA1, public_key_object(new_rsa_key().public_key()))


def signing_key_file(key_object: bytes, signer: CvcSigner) -> bytes:
    """EF 0007: the application key's public half (DF51), signed by EF 0004's key (DF52)."""
    key = tlv.encode(0xDF51, key_object)
    return tlv.encode(0xFF50, key + tlv.encode(0xDF52, signer.sign(key)))
