"""Face-authentication cards, children's cards, and reading the issued files through APDUs."""

from __future__ import annotations

import pytest

from hw.memory_reader import MemoryCardReader
from hw.vcard.card import VirtualCard
from hw.vcard.model import BinaryFile

SELECT_JPKI = "00A4040C0AD392F000260100000001"
SELECT_CARD_INFO = "00A4040C0AD3921000310001010408"
SELECT_CARD_FACE = "00A4040C0AD3921000310001010402"


def _ascii(text: str) -> str:
    return f"{len(text):02X}" + text.encode("ascii").hex().upper()


class Talk:
    """A memory reader holding one card: send hex APDUs, get the last status word."""

    def __init__(self, card: VirtualCard) -> None:
        self.reader = MemoryCardReader()
        self.reader.insert(card)
        self.reader.connect()

    def __call__(self, *apdus: str) -> str:
        answer = b""
        for apdu in apdus:
            answer = self.reader.transmit(bytes.fromhex(apdu))
        return answer[-2:].hex().upper()

    def data(self, apdu: str) -> bytes:
        answer = self.reader.transmit(bytes.fromhex(apdu))
        assert answer[-2:] == b"\x90\x00", answer[-2:].hex()
        return answer[:-2]


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
    assert face_auth.data("00B0000003") == bytes.fromhex("008F00")


def test_face_auth_card_still_gives_its_certificate_and_photo(face_auth, card_factory):
    face_auth(SELECT_JPKI, "00A4020C02000A")
    assert face_auth.data("00B0000002") == b"\x30\x82"
    collation_b = card_factory.issued("face-auth").collation_b
    face_auth(SELECT_CARD_FACE, "00A4020C020012")
    assert face_auth("00200080" + _ascii(collation_b)) == "9000"


def test_child_card_has_no_signature_certificate(card_factory):
    talk = Talk(VirtualCard(card_factory.issued("child").image))
    assert talk(SELECT_JPKI, "00A4020C02001B") == "6A82"
    assert talk("00A4020C020018", "00200080") == "63C3"


def _whole_file(image, app: str, fid: int) -> bytes:
    ef = image.application_named(app).files[fid]
    assert isinstance(ef, BinaryFile)
    return ef.data


def test_card_face_reads_whole_in_one_extended_read_after_collation_b(card_factory):
    issued = card_factory.issued("standard")
    talk = Talk(VirtualCard(issued.image))
    talk(SELECT_CARD_FACE, "00A4020C020012")
    assert talk("00200080" + _ascii(issued.collation_b)) == "9000"
    talk("00A4020C020002")
    assert talk.data("00B00000000000") == _whole_file(issued.image, "card-face", 0x0002)


def test_text_files_read_as_real_clients_read_them(card_factory):
    issued = card_factory.issued("standard")
    talk = Talk(VirtualCard(issued.image))
    talk(SELECT_CARD_INFO, "00A4020C020011")
    assert talk("00200080" + _ascii("5678")) == "9000"
    assert talk.data("00B08100000000") == b"\xff\x10\x0c" + issued.my_number.encode() + b"\xff\xff"
    assert talk.data("00B08300000000") == _whole_file(issued.image, "card-info", 0x0003)


def test_memory_reader_holds_one_card_at_a_time(card_factory):
    reader = MemoryCardReader()
    assert not reader.wait_for_card(0.01)
    reader.insert(VirtualCard(card_factory.issued().image))
    assert reader.wait_for_card(0.01)
    with pytest.raises(ValueError, match="already holds a card"):
        reader.insert(VirtualCard(card_factory.issued().image))
    assert reader.remove() is not None
    assert reader.wait_for_removal(0.01)
