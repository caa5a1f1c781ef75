"""The 券面事項入力補助AP as issued: every file byte for byte as on a real card."""

from __future__ import annotations

import hashlib

import pytest
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa

from hw.vcard import tlv
from hw.vcard.model import BinaryFile, InternalFile, KeyFile, KeyUse, PinFile
from tests.cards import MY_NUMBER

TEXT_ISSUER_ID = b"6000033\x08\x05001\x00\x00\x00\x00"
TEXT_SIGNER_ID = b"6000034\x08\x05001\x00\x00\x00\x00"


def files(card_factory, kind="standard"):
    return card_factory.issued(kind).image.application_named("card-info").files


def data(app_files, fid: int) -> bytes:
    ef = app_files[fid]
    assert isinstance(ef, BinaryFile)
    return ef.data


def cvc_key(certificate: bytes) -> rsa.RSAPublicKey:
    """The key a 568-byte CVC certifies: modulus at body bytes 32+9 onwards."""
    body = certificate[10:10 + 297]
    assert body[32:41] == bytes.fromhex("90030100019182010 0".replace(" ", ""))
    modulus = int.from_bytes(body[41:297], "big")
    return rsa.RSAPublicNumbers(65537, modulus).public_key()


def test_my_number_file_is_exactly_17_bytes(card_factory):
    number = data(files(card_factory), 0x0001)
    assert number == b"\xff\x10\x0c" + MY_NUMBER.encode() + b"\xff\xff"
    assert len(number) == 17


def test_basic_four_offsets_are_absolute_and_point_at_tags(card_factory):
    basic = data(files(card_factory), 0x0002)
    assert basic[:2] == b"\xff\x20"
    header = 3 if basic[2] < 0x80 else 5
    assert basic[header:header + 3] == b"\xdf\x21\x08"
    table = basic[header + 3:header + 11]
    offsets = [int.from_bytes(table[i:i + 2], "big") for i in range(0, 8, 2)]
    assert offsets[0] == header + 11  # right after the table
    assert [basic[o:o + 2] for o in offsets] == [b"\xdf\x22", b"\xdf\x23", b"\xdf\x24",
                                                 b"\xdf\x25"]
    name = "山田\u3000花子".encode()
    assert basic[offsets[0]:offsets[1]] == b"\xdf\x22" + bytes([len(name)]) + name
    assert basic[offsets[2]:] == b"\xdf\x24\x0819850412\xdf\x25\x012"


@pytest.mark.parametrize(("length", "encoded"), [
    (0x7F, "7F"), (0x80, "820080"), (0x9F, "82009F"), (0xFF, "8200FF"), (0x100, "820100")])
def test_lengths_are_short_or_82_never_81(length, encoded):
    assert tlv.encode_length(length).hex().upper() == encoded


def test_worked_example_of_the_offset_table():
    # The reference's test card: 15-byte name, 54-byte address -> 00 0E 00 20 00 59 00 64.
    whole = tlv.with_offsets(0xFF20, 0xDF21, [
        tlv.encode(0xDF22, b"n" * 15), tlv.encode(0xDF23, b"a" * 54),
        tlv.encode(0xDF24, b"19800217"), tlv.encode(0xDF25, b"1")])
    assert whole[:14].hex().upper() == "FF2065DF210800" "0E0020005900 64".replace(" ", "")


def test_integrity_file_digests_and_signature(card_factory):
    app = files(card_factory)
    integrity = data(app, 0x0003)
    assert len(integrity) == 336
    assert integrity[:5] == bytes.fromhex("FF3082014B")
    assert integrity[5:8] == b"\xdf\x31\x20" and integrity[40:43] == b"\xdf\x32\x20"
    assert integrity[75:80] == bytes.fromhex("DF33820100")
    number, basic = data(app, 0x0001), data(app, 0x0002)
    assert integrity[8:40] == hashlib.sha256(number).digest()  # all 17 bytes
    fields_start = 3 + 11 if basic[2] < 0x80 else 5 + 11
    assert integrity[43:75] == hashlib.sha256(basic[fields_start:]).digest()
    key = cvc_key(data(app, 0x0004))
    key.verify(integrity[80:], integrity[5:75], padding.PKCS1v15(), hashes.SHA256())


def test_certificate_is_issued_by_the_test_text_ca(card_factory):
    certificate = data(files(card_factory), 0x0004)
    assert len(certificate) == 568
    assert certificate[:10] == bytes.fromhex("7F21820233 5F4E820129".replace(" ", ""))
    assert certificate[10:26] == TEXT_ISSUER_ID and certificate[26:42] == TEXT_SIGNER_ID
    assert certificate[307:312] == bytes.fromhex("5F37820100")
    ca = card_factory.authority.cvc_public_key("cvc-card-info-ca")
    ca.verify(certificate[312:], certificate[10:307], padding.PKCS1v15(), hashes.SHA256())


def test_basic_info_file(card_factory):
    info = data(files(card_factory), 0x0005)
    assert len(info) == 256
    assert info[:5] == bytes.fromhex("FF4082009F")
    assert info[5:12] == bytes.fromhex("DF410401030E01")
    assert info[12:15] == b"\xdf\x42\x10" and info[15:31] == TEXT_SIGNER_ID
    assert info[31:36] == bytes.fromhex("DF43820080")
    assert info[68:164] == b"\xff" * 96 and info[164:] == b"\xff" * 92


def test_application_key_file_is_signed_and_matches_the_key(card_factory):
    app = files(card_factory)
    signed = data(app, 0x0007)
    assert signed[:5] == bytes.fromhex("FF50820213") and len(signed) == 536
    assert signed[5:19] == bytes.fromhex("DF51820109 9003010001 91820100".replace(" ", ""))
    key_file = app[0x0013]
    assert isinstance(key_file, KeyFile)
    assert key_file.use is KeyUse.APPLICATION and key_file.use_pins == ()
    private = serialization.load_der_private_key(key_file.pkcs8, None)
    assert signed[19:275] == private.public_key().public_numbers().n.to_bytes(256, "big")
    assert signed[275:280] == bytes.fromhex("DF52820100")
    cvc_key(data(app, 0x0004)).verify(signed[280:], signed[5:275], padding.PKCS1v15(),
                                      hashes.SHA256())


def test_session_key_file_and_filler(card_factory):
    app = files(card_factory)
    assert data(app, 0x0006)[:9] == bytes.fromhex("A1820109 90030100 01".replace(" ", ""))
    assert data(app, 0x0008) == b"\xff" * 16


def test_access_rules(card_factory):
    app = files(card_factory)
    expected = {0x0001: (0x0011, 0x0014), 0x0002: (0x0011, 0x0015),
                0x0003: (0x0011, 0x0014, 0x0015), 0x0004: (), 0x0005: (),
                0x0006: (0x0011, 0x0014, 0x0015), 0x0007: (0x0011, 0x0014, 0x0015),
                0x0008: ()}
    assert {fid: app[fid].read_pins for fid in expected} == expected


def test_inventory_and_the_key_issued_blocked(card_factory):
    app = files(card_factory)
    assert sorted(app) == [*range(0x0001, 0x0009), *range(0x0010, 0x0016), 0x001C, 0x001E]
    blocked = app[0x0012]
    assert isinstance(blocked, PinFile) and blocked.tries_left == 0 and blocked.locked
    assert app[0x0011].max_tries == 3
    assert all(isinstance(app[fid], InternalFile) for fid in (0x0010, 0x001C, 0x001E))
