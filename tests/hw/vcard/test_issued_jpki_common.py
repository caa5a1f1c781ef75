"""The JPKI AP's token and flag files, the 共通AP and 住基AP, and the card level's GET DATA
objects, as issued."""

from __future__ import annotations

import struct

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding

from hw.vcard.model import BinaryFile, InternalFile, InternalKind, KeyFile, KeyUse, PinFile
from tests.cards import CARD_INFO_PIN

ROOT_ID = b"6000020\x08\x05001\x00\x00\x00\x00"
INTERMEDIATE_ID = b"6000021\x08\x05001\x00\x00\x00\x00"


def app_files(card_factory, name, kind="standard"):
    return card_factory.issued(kind).image.application_named(name).files


def data(files, fid: int) -> bytes:
    ef = files[fid]
    assert isinstance(ef, BinaryFile)
    return ef.data


def test_token_info_is_a_160_byte_ck_token_info(card_factory):
    info = data(app_files(card_factory, "jpki"), 0x0006)
    assert len(info) == 160
    assert info[:32] == b"JPKIAPICCTOKEN2" + b" " * 17
    assert info[64:80] == b"E16R01NJ" + b" " * 8
    serial = card_factory.issued().image.card_objects[0x0045]
    assert info[80:96] == serial.ljust(16, b" ")
    assert struct.unpack(">IIIIIII", info[96:124]) == (0x040D, 1, 0, 1, 0, 16, 6)
    assert info[124:140] == b"\xff" * 16
    assert info[140:144] == b"0301"


@pytest.mark.parametrize(("kind", "flags"), [
    ("standard", "8F8F00"), ("face-auth", "008F00"), ("child", "008F00")])
def test_certificate_flags_are_three_bytes(card_factory, kind, flags):
    assert data(app_files(card_factory, "jpki", kind), 0x0008).hex().upper() == flags


def test_certificates_are_der_then_filler_with_their_access(card_factory):
    files = app_files(card_factory, "jpki")
    for fid in (0x0001, 0x0002, 0x000A, 0x000B):
        raw = data(files, fid)
        length = int.from_bytes(raw[2:4], "big") + 4
        assert raw[:2] == b"\x30\x82" and set(raw[length:]) == {0xFF}
        x509.load_der_x509_certificate(raw[:length])
    assert {fid: files[fid].read_pins for fid in (1, 2, 6, 8, 10, 11)} == {
        1: (0x001B,), 2: (), 6: (), 8: (), 10: (), 11: ()}


def test_jpki_inventory(card_factory):
    files = app_files(card_factory, "jpki")
    assert sorted(files) == [0x0001, 0x0002, 0x0005, 0x0006, 0x0008, 0x0009, 0x000A,
                             0x000B, 0x0010, 0x0016, 0x0017, 0x0018, 0x0019, 0x001A,
                             0x001B, 0x001C, 0x001E]
    assert files[0x0009] == InternalFile(InternalKind.PROTECTED)
    assert files[0x0016] == InternalFile(InternalKind.KEY)
    assert all(files[fid].use is KeyUse.SIGNATURE for fid in (0x0017, 0x001A))
    face_auth = app_files(card_factory, "jpki", "face-auth")
    assert not {0x0001, 0x0002, 0x001A, 0x001B} & set(face_auth)


def test_common_application_records_and_keys(card_factory):
    issued = card_factory.issued()
    files = issued.image.application_named("common").files
    record = files[0x0001].records
    serial = issued.image.card_objects[0x0045]
    assert record == [b"\x01\x1c" + serial + b"13000" + b"20360412"]
    assert len(serial) == 15 and serial.isdigit()
    key_ref = files[0x0002].records
    assert len(key_ref) == 1 and len(key_ref[0]) == 16 and key_ref[0][7:9] == b"\x08\x05"
    key = files[0x0019]
    assert isinstance(key, KeyFile) and key.use is KeyUse.INTERNAL_AUTHENTICATION
    assert key.use_pins == ()
    assert sorted(files) == [0x0001, 0x0002, 0x0019, 0x001C, 0x001E]


def test_resident_and_common_pins_take_the_card_info_pin(card_factory):
    image = card_factory.issued().image
    for name in ("common", "resident"):
        pin = image.application_named(name).files[0x001C]
        assert isinstance(pin, PinFile) and pin.secret.matches(CARD_INFO_PIN)
        assert pin.tries_left == pin.max_tries == 3
    assert sorted(image.application_named("resident").files) == [0x0002, 0x001C]
    face_auth = card_factory.issued("face-auth").image
    assert face_auth.application_named("common").files[0x001C].secret is None


def test_card_level_objects(card_factory):
    objects = card_factory.issued().image.card_objects
    assert set(objects) == {0x0042, 0x0045, 0x0066, 0x00F0, 0x00F2, 0x00F7, 0x00F8, 0x5F51}
    assert objects[0x5F51] == bytes.fromhex("E000FF8131FE4514")
    assert objects[0x0042] == ROOT_ID and objects[0x00F7] == INTERMEDIATE_ID
    assert (objects[0x00F0], objects[0x00F2]) == (b"13000", b"20360412")
    assert objects[0x0066][:2] == b"\x73\x2f"
    chain = objects[0x00F8]
    assert len(chain) == 563 and chain[:5] == bytes.fromhex("5F4E820129")
    assert chain[5:21] == ROOT_ID and chain[21:37] == INTERMEDIATE_ID
    card_factory.authority.cvc_public_key("cvc-root").verify(
        chain[307:], chain[5:302], padding.PKCS1v15(), hashes.SHA256())
