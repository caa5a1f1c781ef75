"""Face-authentication cards, children's cards and what every card's files contain."""

from __future__ import annotations

import hashlib
import io

import pytest
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding
from PIL import Image

from hw.memory_reader import MemoryCardReader
from hw.vcard.card import VirtualCard
from tests.hw.vcard.test_card_commands import (
    SELECT_CARD_FACE,
    SELECT_CARD_INFO,
    SELECT_JPKI,
    Talk,
    _ascii,
)


def _parse(value: bytes) -> dict[int, bytes]:
    """A test-side TLV reader, just enough for the card's own files."""
    items, i = {}, 0
    while i < len(value):
        tag = value[i]
        i += 1
        if tag & 0x1F == 0x1F:
            tag = (tag << 8) | value[i]
            i += 1
        length = value[i]
        i += 1
        if length & 0x80:
            count = length & 0x7F
            length = int.from_bytes(value[i:i + count], "big")
            i += count
        items[tag] = value[i:i + length]
        i += length
    return items


@pytest.fixture
def face_auth(card_factory):
    return Talk(VirtualCard(card_factory.issued("face-auth").image))


def test_face_auth_card_refuses_every_pin_path(face_auth):
    assert face_auth(SELECT_JPKI, "00A4020C020018") == "9000"
    assert face_auth("00200080") == "6984"
    assert face_auth("00200080" + _ascii("1234")) == "6984"
    assert face_auth("00A4020C020017", "802A00800401020304") == "6982"
    assert face_auth(SELECT_CARD_INFO, "00A4020C020011", "00200080") == "6984"


def test_face_auth_card_has_no_signature_certificate(face_auth):
    face_auth(SELECT_JPKI)
    for fid in ("0001", "0002", "001A", "001B"):
        assert face_auth(f"00A4020C02{fid}") == "6A82"
    face_auth("00A4020C020008")
    assert face_auth("00B0000003") == "0100009000"


def test_face_auth_card_still_gives_its_certificate_and_photo(face_auth, card_factory):
    assert face_auth(SELECT_JPKI, "00A4020C02000A", "00B0000002") == "30829000"
    collation_b = card_factory.issued("face-auth").collation_b
    face_auth(SELECT_CARD_FACE, "00A4020C020012")
    assert face_auth("002000800E" + collation_b.encode().hex()) == "9000"


def test_child_card_has_no_signature_certificate(card_factory):
    talk = Talk(VirtualCard(card_factory.issued("child").image))
    assert talk(SELECT_JPKI, "00A4020C02001B") == "6A82"
    assert talk("00A4020C020018", "00200080") == "63C3"


def _read_tlv_file(talk: Talk) -> bytes:
    """The TLV at the start of the current EF (two-byte tag), read as a terminal would."""
    head = talk.reader.transmit(bytes.fromhex("00B0000005"))[:-2]
    first = head[2]
    header_size = 3 if first < 0x80 else 3 + (first & 0x7F)
    length = first if first < 0x80 else int.from_bytes(head[3:header_size], "big")
    total = header_size + length
    rest = talk.data(f"00B0000500{total - 5:04X}")
    return (head + rest)[:total]


def test_card_face_holds_a_greyscale_jpeg2000_photo_signed_by_the_authority(card_factory):
    issued = card_factory.issued("standard")
    talk = Talk(VirtualCard(issued.image))
    talk(SELECT_CARD_FACE, "00A4020C020012", "002000800E" + issued.collation_b.encode().hex())
    talk("00A4020C020002")
    outer = _parse(_read_tlv_file(talk))
    face = _parse(outer[0xFF20])
    assert face[0xDF22] == b"19850412" and face[0xDF23] == b"2"
    assert face[0xDF29] == issued.expires_on.strftime("%Y%m%d").encode()
    photo = Image.open(io.BytesIO(face[0xDF27]))
    assert (photo.format, photo.mode, photo.size) == ("JPEG2000", "L", (300, 400))
    assert len(face[0xDF27]) < 12_000
    for tag in (0xDF25, 0xDF26, 0xDF2A):
        assert Image.open(io.BytesIO(face[tag])).format == "PNG"
    signed = outer[0xFF20][len(face[0xDF21]) + 3:].split(b"\xdf\x28", 1)[0]
    card_factory.authority.card_data_public_key.verify(
        face[0xDF28], signed, padding.PKCS1v15(), hashes.SHA256())
    offsets = [int.from_bytes(face[0xDF21][i:i + 2], "big") for i in range(0, 18, 2)]
    assert outer[0xFF20][offsets[0]:offsets[0] + 2] == b"\xdf\x22"
    assert outer[0xFF20][offsets[-1]:offsets[-1] + 2] == b"\xdf\x2a"


def test_basic_four_items_and_their_hashes(card_factory):
    issued = card_factory.issued("standard")
    talk = Talk(VirtualCard(issued.image))
    talk(SELECT_CARD_INFO, "00A4020C020015", "002000800E" + issued.collation_b.encode().hex())
    talk("00A4020C020002")
    whole = _read_tlv_file(talk)
    assert whole[:2] == b"\xff\x20"
    items = _parse(_parse(whole)[0xFF20])
    assert items[0xDF22].decode() == "山田\u3000花子"
    assert items[0xDF23].decode() == "東京都千代田区霞が関一丁目2番2号"
    assert (items[0xDF24], items[0xDF25]) == (b"19850412", b"2")
    talk("00A4020C020003")
    signed = _parse(_parse(_read_tlv_file(talk))[0xFF30])
    assert signed[0xDF32] == hashlib.sha256(whole).digest()
    card_factory.authority.card_data_public_key.verify(
        signed[0xDF33], whole_tlv(0xDF31, signed) + whole_tlv(0xDF32, signed),
        padding.PKCS1v15(), hashes.SHA256())


def whole_tlv(tag: int, items: dict[int, bytes]) -> bytes:
    return tag.to_bytes(2, "big") + bytes([len(items[tag])]) + items[tag]


def test_memory_reader_holds_one_card_at_a_time(card_factory):
    reader = MemoryCardReader()
    assert not reader.wait_for_card(0.01)
    reader.insert(VirtualCard(card_factory.issued().image))
    assert reader.wait_for_card(0.01)
    with pytest.raises(ValueError, match="already holds a card"):
        reader.insert(VirtualCard(card_factory.issued().image))
    assert reader.remove() is not None
    assert reader.wait_for_removal(0.01)
