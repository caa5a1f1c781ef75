"""The 券面事項確認AP as issued: the card face, its signatures and the files around it."""

from __future__ import annotations

import hashlib
import io

import pytest
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from PIL import Image

from hw.vcard.model import BinaryFile, InternalFile, KeyFile, KeyUse, PinFile
from hw.vcard.pin_rules import PinFormat
from hw.vcard.pin_secret import PinSecret

FACE_ISSUER_ID = b"6000023\x08\x05001\x00\x00\x00\x00"
FACE_SIGNER_ID = b"6000024\x08\x05001\x00\x00\x00\x00"
DIGEST_INFO_HEADER = bytes.fromhex("3071300D060960864801650304020105000460")
TAGS = [0xDF22, 0xDF23, 0xDF24, 0xDF25, 0xDF26, 0xDF27, 0xDF28, 0xDF29, 0xDF2A]


def files(card_factory):
    return card_factory.issued("standard").image.application_named("card-face").files


def data(app_files, fid: int) -> bytes:
    ef = app_files[fid]
    assert isinstance(ef, BinaryFile)
    return ef.data


def signing_key(app_files) -> rsa.RSAPublicKey:
    certificate = data(app_files, 0x0004)
    modulus = int.from_bytes(certificate[10 + 41:10 + 297], "big")
    return rsa.RSAPublicNumbers(65537, modulus).public_key()


def card_key(app_files) -> rsa.RSAPublicKey:
    key_file = app_files[0x001A]
    assert isinstance(key_file, KeyFile)
    return serialization.load_der_private_key(key_file.pkcs8, None).public_key()


def fields(face: bytes) -> dict[int, tuple[int, bytes]]:
    """Each field's tag offset and TLV, cut with the file's own offset table."""
    assert face[:3] == b"\xff\x20\x82" and face[5:8] == b"\xdf\x21\x12"
    offsets = [int.from_bytes(face[8 + 2 * i:10 + 2 * i], "big") for i in range(9)]
    ends = [*offsets[1:], len(face)]
    spans = zip(TAGS, offsets, ends, strict=True)
    return {tag: (start, face[start:end]) for tag, start, end in spans}


@pytest.fixture
def face(card_factory):
    app = files(card_factory)
    return app, data(app, 0x0002)


def test_offset_table_points_at_each_tag_in_order(face):
    _, whole = face
    assert int.from_bytes(whole[3:5], "big") == len(whole) - 5
    items = fields(whole)
    assert items[0xDF22][0] == 0x1A  # 5-byte header + 21-byte table
    for tag, (_, item) in items.items():
        assert item[:2] == tag.to_bytes(2, "big")
    assert items[0xDF22][1] == b"\xdf\x22\x0819850412"
    assert items[0xDF23][1] == b"\xdf\x23\x012"


def test_card_key_field_is_the_applications_own_key(face):
    app, whole = face
    key = fields(whole)[0xDF24][1]
    assert key[:14] == bytes.fromhex("DF24820109 9003010001 91820100".replace(" ", ""))
    assert len(key) == 5 + 265
    assert key[14:] == card_key(app).public_numbers().n.to_bytes(256, "big")
    assert app[0x001A].use is KeyUse.APPLICATION and app[0x001A].use_pins == ()


def test_photo_is_greyscale_jpeg2000_in_a_jp2_file(face):
    photo = fields(face[1])[0xDF27][1][5:]  # DF 27 82 HH LL
    assert photo[:12] == bytes.fromhex("0000000C6A5020200D0A870A")
    image = Image.open(io.BytesIO(photo))
    assert (image.format, image.mode, image.size) == ("JPEG2000", "L", (300, 400))
    for tag in (0xDF25, 0xDF26, 0xDF2A):
        png = fields(face[1])[tag][1][5:]
        assert png.startswith(b"\x89PNG\r\n\x1a\n")
        assert Image.open(io.BytesIO(png)).mode == "1"


def test_face_signature_covers_three_digests_and_verifies_under_the_cvc_key(face):
    app, whole = face
    items = {tag: item for tag, (_, item) in fields(whole).items()}
    groups = ((items[0xDF22], items[0xDF23], items[0xDF24]), (items[0xDF25], items[0xDF26]),
              (items[0xDF27],))
    expected = DIGEST_INFO_HEADER + b"".join(
        hashlib.sha256(b"".join(group)).digest() for group in groups)
    assert len(expected) == 115
    assert items[0xDF28][:5] == bytes.fromhex("DF28820100")
    signature = items[0xDF28][5:]
    recovered = signing_key(app).recover_data_from_signature(
        signature, padding.PKCS1v15(), None)
    assert recovered == expected
    with pytest.raises(InvalidSignature):
        card_key(app).recover_data_from_signature(signature, padding.PKCS1v15(), None)


def test_expiry_and_security_code_follow_the_signature(face, card_factory):
    items = fields(face[1])
    expires = card_factory.issued("standard").expires_on.strftime("%Y%m%d").encode()
    assert items[0xDF29][1] == b"\xdf\x29\x08" + expires
    assert items[0xDF28][0] < items[0xDF29][0] < items[0xDF2A][0]


def test_birth_date_file_is_signed_by_the_cvc_key(card_factory):
    app = files(card_factory)
    birth = data(app, 0x0001)
    assert birth[:5] == bytes.fromhex("FF1082021E") and len(birth) == 547
    assert birth[5:16] == b"\xdf\x11\x0819850412"
    assert birth[16:21] == bytes.fromhex("DF12820109")
    assert birth[286:291] == bytes.fromhex("DF13820100")
    signing_key(app).verify(birth[291:], birth[5:286], padding.PKCS1v15(), hashes.SHA256())
    assert birth[21:286] == fields(data(app, 0x0002))[0xDF24][1][5:]


def test_number_image_file_is_signed_by_the_cvc_key(card_factory):
    app = files(card_factory)
    number = data(app, 0x0005)
    assert number[:3] == b"\xff\x40\x82"
    assert number[5:7] == b"\xdf\x41" and number[10:18] == b"\x89PNG\r\n\x1a\n"
    signed, signature = number[5:-261], number[-256:]
    assert number[-261:-256] == bytes.fromhex("DF43820100")
    assert signed[-270:-265] == bytes.fromhex("DF42820109")
    signing_key(app).verify(signature, signed, padding.PKCS1v15(), hashes.SHA256())


def test_certificate_and_basic_info(card_factory):
    app = files(card_factory)
    certificate = data(app, 0x0004)
    assert len(certificate) == 568
    assert certificate[10:26] == FACE_ISSUER_ID and certificate[26:42] == FACE_SIGNER_ID
    card_factory.authority.cvc_public_key("cvc-card-face-ca").verify(
        certificate[312:], certificate[10:307], padding.PKCS1v15(), hashes.SHA256())
    info = data(app, 0x0003)
    assert info[:2] == b"\xff\x30"
    body = info[5:] if info[2] == 0x82 else info[3:]
    assert body[:7] == bytes.fromhex("DF310406030E01")
    assert body[7:10] == b"\xdf\x32\x10" and body[10:26] == FACE_SIGNER_ID
    assert body[26:30] == b"\xdf\x33\x01\x01"
    assert body[30:38] == b"\xdf\x34\x0513000"  # 東京都
    assert body[38:43] == bytes.fromhex("DF35820110") and len(body) == 43 + 272
    assert data(app, 0x0006) == b"\xff" * 16


def test_access_rules_and_inventory(card_factory):
    app = files(card_factory)
    assert sorted(app) == [*range(0x0001, 0x0007), 0x0011, 0x0012, 0x0013, 0x001A, 0x001C,
                           0x001E]
    assert {fid: app[fid].read_pins for fid in range(1, 7)} == {
        1: (0x0011,), 2: (0x0012, 0x0013), 3: (), 4: (), 5: (0x0013,), 6: (0x0012, 0x0013)}
    birth_key = app[0x0011]
    assert isinstance(birth_key, PinFile) and birth_key.format is PinFormat.DIGITS_6
    assert isinstance(birth_key.secret, PinSecret) and birth_key.secret.matches("600412")
    assert isinstance(app[0x001E], InternalFile)
