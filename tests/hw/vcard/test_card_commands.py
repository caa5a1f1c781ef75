"""Whole client conversations, as real-card software sends them, through the memory reader."""

from __future__ import annotations

import hashlib

import pytest
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding

from hw.memory_reader import MemoryCardReader
from hw.reader import CardMuteError
from hw.vcard.card import VirtualCard
from hw.vcard.model import ChipState
from tests.hw.vcard.card_os_kit import (
    AUTH_CERT_EF,
    AUTH_PIN,
    COLLATION_A,
    COMMON_AID,
    COMMON_RECORD,
    JPKI_AID,
    MY_NUMBER_EF,
    SURFACE_AID,
    TEXT_AID,
    ascii_data,
    private_key,
    select,
    select_ef,
    standard_image,
)

SHA256_PREFIX = bytes.fromhex("3031300D060960864801650304020105000420")
# Shared with test_card_kinds (issued cards).
SELECT_JPKI = select(JPKI_AID)
SELECT_CARD_INFO = select(TEXT_AID)
SELECT_CARD_FACE = select(SURFACE_AID)


def _ascii(text: str) -> str:
    """Lc and the ASCII bytes of `text`, in hex (shared with test_card_kinds)."""
    return ascii_data(text)


class Talk:
    """Sends hex APDUs to a connected card through the memory reader; hex answers."""

    def __init__(self, card: VirtualCard) -> None:
        self.reader = MemoryCardReader()
        self.reader.insert(card)
        self.reader.connect()

    def __call__(self, *apdus: str) -> str:
        answer = ""
        for apdu in apdus:
            answer = self.reader.transmit(bytes.fromhex(apdu)).hex().upper()
        return answer

    def data(self, apdu: str) -> bytes:
        response = self.reader.transmit(bytes.fromhex(apdu))
        assert response[-2:] == b"\x90\x00", response[-2:].hex()
        return response[:-2]


class Reader:
    """A memory reader holding the hand-built card; hex in, hex out."""

    def __init__(self) -> None:
        self.reader = MemoryCardReader()
        self.reader.insert(VirtualCard(standard_image()))
        self.atr = self.reader.connect()

    def __call__(self, apdu: str) -> str:
        return self.reader.transmit(bytes.fromhex(apdu)).hex().upper()

    def data(self, apdu: str) -> bytes:
        response = self.reader.transmit(bytes.fromhex(apdu))
        assert response[-2:] == b"\x90\x00", response[-2:].hex()
        return response[:-2]


@pytest.fixture
def reader() -> Reader:
    return Reader()


def test_atr_is_the_contact_atr_of_real_cards(reader):
    assert reader.atr.hex().upper() == "3BE000FF8131FE4514"


def test_opensc_jpki_conversation(reader):
    # OpenSC's driver: SELECT AP, SELECT 000A, header of 4, body with extended Le; VERIFY;
    # GET_INFO as an empty VERIFY which must stay 63xx after login; SELECT 0017 and sign.
    assert reader(select(JPKI_AID)) == "9000"
    assert reader(select_ef(0x000A)) == "9000"
    header = reader.data("00B0000004")
    size = int.from_bytes(header[2:], "big")
    body = reader.data(f"00B0000400{size:04X}")
    assert header + body == AUTH_CERT_EF[: size + 4]
    assert reader(select_ef(0x0018)) == "9000"
    assert reader("00200080") == "63C3"
    assert reader("00200080" + ascii_data(AUTH_PIN)) == "9000"
    assert reader("00200080") == "63C3"
    assert reader(select_ef(0x0017)) == "9000"
    digest_info = SHA256_PREFIX + hashlib.sha256(b"login").digest()
    signature = reader.data(f"802A0080{len(digest_info):02X}{digest_info.hex()}00")
    private_key("auth").public_key().verify(signature, b"login", padding.PKCS1v15(),
                                            hashes.SHA256())


def test_text_application_by_sfi_conversation(reader):
    # A browser extension: VERIFY `00 20 00 91`, then `00 B0 81 03 0C` for the digits.
    assert reader(select(TEXT_AID)) == "9000"
    assert reader("00200094" + ascii_data(COLLATION_A)) == "9000"
    assert reader.data("00B081030C") == MY_NUMBER_EF[3:15]
    assert reader.data("00B08100000000") == MY_NUMBER_EF


def test_common_application_record(reader):
    assert reader(select(COMMON_AID)) == "9000"
    assert reader.data("00B2010C00") == COMMON_RECORD


def test_reconnecting_drops_verification(reader):
    reader(select(JPKI_AID))
    reader("00200098" + ascii_data(AUTH_PIN))
    reader.reader.disconnect()
    reader.reader.connect()
    assert reader(select(JPKI_AID)) == "9000"
    assert reader("802A0097" + "0401020304" + "00") == "6982"


def test_destroyed_chip_never_answers():
    image = standard_image()
    image.chip = ChipState.DESTROYED
    reader = MemoryCardReader()
    reader.insert(VirtualCard(image))
    with pytest.raises(CardMuteError):
        reader.connect()
