"""The virtual card answers each command byte for byte as docs/card-behaviour.md says."""

from __future__ import annotations

import hashlib

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding, utils

from hw.memory_reader import MemoryCardReader
from hw.reader import CardMuteError
from hw.vcard.card import VirtualCard
from hw.vcard.model import ChipState
from tests.cards import AUTH_PIN, CARD_INFO_PIN, MY_NUMBER, SIGNATURE_PASSWORD

SELECT_JPKI = "00A4040C0AD392F000260100000001"
SELECT_CARD_INFO = "00A4040C0AD3921000310001010408"
SELECT_CARD_FACE = "00A4040C0AD3921000310001010402"
SELECT_RESIDENT = "00A4040C0AD3921000310001010401"
SELECT_COMMON = "00A4040C0AD3921000310001010100"
SHA256_PREFIX = bytes.fromhex("3031300D060960864801650304020105000420")


def _ascii(text: str) -> str:
    return f"{len(text):02X}" + text.encode("ascii").hex().upper()


class Talk:
    """Sends hex APDUs to a connected card and returns hex answers."""

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


@pytest.fixture
def issued(card_factory):
    return card_factory.issued("standard")


@pytest.fixture
def talk(issued):
    return Talk(VirtualCard(issued.image))


def test_atr_is_the_contact_atr_of_real_cards(issued):
    reader = MemoryCardReader()
    reader.insert(VirtualCard(issued.image))
    assert reader.connect().hex().upper() == "3BE000FF8131FE4514"


@pytest.mark.parametrize("select", [SELECT_JPKI, SELECT_CARD_INFO, SELECT_CARD_FACE,
                                    SELECT_RESIDENT, SELECT_COMMON])
def test_every_application_can_be_selected(talk, select):
    assert talk(select) == "9000"


def test_select_unknown_application_or_file(talk):
    assert talk("00A4040C0AD392F000260100000099") == "6A82"
    assert talk("00A4020C02000A") == "6A82"  # no application selected
    assert talk(SELECT_JPKI, "00A4020C021234") == "6A82"
    assert talk(SELECT_RESIDENT, "00A4020C020001") == "6A82"


def test_malformed_commands(talk):
    assert talk("00A4040C0AD392F0") == "6700"  # Lc says 10, 4 bytes follow
    assert talk("A0A4040C0AD392F000260100000001") == "6E00"
    assert talk("00CA000000") == "6D00"
    assert talk("00A4080C0AD392F000260100000001") == "6A86"
    assert talk(SELECT_JPKI, "00A4020C03000A00") == "6700"


def test_read_certificate_header_then_rest_with_extended_le(talk):
    assert talk(SELECT_JPKI, "00A4020C02000A") == "9000"
    header = talk.data("00B0000004")
    assert header[:2] == b"\x30\x82"
    total = int.from_bytes(header[2:4], "big") + 4
    rest = talk.data(f"00B0000400{total - 4:04X}")  # extended Le: 00 HH LL
    certificate = x509.load_der_x509_certificate(header + rest)
    assert certificate.subject.rfc4514_string().endswith("C=JP")


def test_read_short_le_zero_means_256_bytes(talk):
    talk(SELECT_JPKI, "00A4020C02000A")
    assert len(talk.data("00B0000000")) == 256


def test_read_past_the_end(talk):
    talk(SELECT_JPKI, "00A4020C020008")
    assert talk("00B0000003") == "0101009000"
    assert talk("00B0000010") == "0101006282"  # fewer bytes left than asked
    assert talk("00B0000301") == "6B00"
    assert talk("00B0800001") == "6A86"  # SFI reads are not offered


def test_read_without_a_current_file_or_on_a_pin(talk):
    assert talk(SELECT_JPKI, "00B0000004") == "6986"
    assert talk("00A4020C020018", "00B0000004") == "6981"


def test_token_and_certificate_presence(talk):
    talk(SELECT_JPKI, "00A4020C020006")
    assert talk.data("00B0000020") == b"JPKIAPICCTOKEN2".ljust(32, b" ")


def test_protected_file_needs_its_pin(talk):
    assert talk(SELECT_CARD_INFO, "00A4020C020002", "00B0000005") == "6982"
    assert talk("00A4020C020011", "0020008004" + _ascii(CARD_INFO_PIN)[2:]) == "9000"
    assert talk("00A4020C020001", "00B000000F") == ("FF100C" + MY_NUMBER.encode().hex()
                                                   ).upper() + "9000"


def test_collation_numbers_open_only_their_files(talk, issued):
    talk(SELECT_CARD_INFO, "00A4020C020014")
    assert talk("002000800C" + MY_NUMBER.encode().hex()) == "9000"
    assert talk("00A4020C020001", "00B0000003") == "FF100C9000"
    assert talk("00A4020C020002", "00B0000003") == "6982"
    talk(SELECT_CARD_FACE, "00A4020C020012")
    assert talk("002000800E" + issued.collation_b.encode().hex()) == "9000"
    assert talk("00A4020C020002", "00B0000002") == "FF209000"
    assert talk("00A4020C020005", "00B0000002") == "6982"


def test_verify_counts_down_and_locks(talk):
    talk(SELECT_JPKI, "00A4020C020018")
    assert talk("00200080") == "63C3"
    assert talk("00200080" + _ascii("0000")) == "63C2"
    assert talk("00200080") == "63C2"  # reading the counter uses no try
    assert talk("00200080" + _ascii("0000")) == "63C1"
    assert talk("00200080" + _ascii("0000")) == "63C0"  # the try that locks
    assert talk("00200080" + _ascii("0000")) == "6984"
    assert talk("00200080" + _ascii(AUTH_PIN)) == "6984"  # even the right PIN
    assert talk("00200080") == "63C0"


def test_a_correct_pin_resets_the_counter(talk):
    talk(SELECT_JPKI, "00A4020C020018", "00200080" + _ascii("9999"))
    assert talk("00200080" + _ascii(AUTH_PIN)) == "9000"
    assert talk("00200080") == "9000"  # already verified in this session
    talk(SELECT_JPKI, "00A4020C020018")
    assert talk("00200080") == "63C3"


def test_verify_by_short_file_id(talk):
    assert talk(SELECT_JPKI, "00200098") == "63C3"  # 80 | 18
    assert talk("00200098" + _ascii(AUTH_PIN)) == "9000"
    assert talk("0020009F") == "6A82"


def test_a_wrong_pin_drops_an_earlier_verification(talk):
    talk(SELECT_CARD_INFO, "00A4020C020011", "00200080" + _ascii(CARD_INFO_PIN))
    talk("00200080" + _ascii("0000"))
    assert talk("00A4020C020002", "00B0000003") == "6982"


def test_selecting_an_application_drops_verification(talk):
    talk(SELECT_CARD_INFO, "00A4020C020011", "00200080" + _ascii(CARD_INFO_PIN))
    assert talk("00A4020C020002", "00B0000003")[-4:] == "9000"
    assert talk(SELECT_CARD_INFO, "00A4020C020002", "00B0000003") == "6982"


def test_power_off_drops_verification(talk):
    talk(SELECT_CARD_INFO, "00A4020C020011", "00200080" + _ascii(CARD_INFO_PIN))
    talk.reader.disconnect()
    talk.reader.connect()
    assert talk(SELECT_CARD_INFO, "00A4020C020002", "00B0000003") == "6982"


def _auth_certificate(talk: Talk) -> x509.Certificate:
    talk(SELECT_JPKI, "00A4020C02000A")
    header = talk.data("00B0000004")
    size = int.from_bytes(header[2:4], "big")
    return x509.load_der_x509_certificate(header + talk.data(f"00B0000400{size:04X}"))


def test_signature_needs_the_pin_and_verifies_with_the_certificate(talk):
    certificate = _auth_certificate(talk)
    digest = hashlib.sha256(b"challenge from the eligibility system").digest()
    digest_info = SHA256_PREFIX + digest
    sign = "802A0080" + f"{len(digest_info):02X}" + digest_info.hex() + "00"
    assert talk("00A4020C020017", sign) == "6982"
    talk("00A4020C020018", "00200080" + _ascii(AUTH_PIN), "00A4020C020017")
    signature = talk.data(sign)
    assert len(signature) == 256
    certificate.public_key().verify(signature, digest, padding.PKCS1v15(),
                                    utils.Prehashed(hashes.SHA256()))


def test_signature_rejects_bad_input(talk):
    talk(SELECT_JPKI, "00A4020C020018", "00200080" + _ascii(AUTH_PIN), "00A4020C020017")
    assert talk("802A0080F6" + "00" * 246 + "00") == "6700"  # no room for the padding
    assert talk("802A0081" + "0401020304") == "6A86"
    assert talk("00A4020C02000A", "802A0080" + "0401020304") == "6981"


def test_signature_key_needs_the_signature_password(talk):
    talk(SELECT_JPKI, "00A4020C020018", "00200080" + _ascii(AUTH_PIN))
    assert talk("00A4020C02001A", "802A00800401020304") == "6982"
    assert talk("00A4020C020001", "00B0000004") == "6982"
    talk("00A4020C02001B", "00200080" + _ascii(SIGNATURE_PASSWORD))
    assert talk("00A4020C020001", "00B0000002") == "30829000"
    assert talk("00A4020C02001A") == "9000"
    assert len(talk.data("802A00800401020304")) == 256


def test_change_reference_data(talk, issued):
    talk(SELECT_JPKI, "00A4020C020018")
    assert talk("0024018004" + "39393939") == "6982"
    talk("00200080" + _ascii(AUTH_PIN))
    assert talk("0024018005" + "3939393939") == "6A80"  # five digits
    assert talk("0024008004" + "39393939") == "6A86"
    assert talk("0024018004" + "39393939") == "9000"
    talk(SELECT_JPKI, "00A4020C020018")
    assert talk("00200080" + _ascii(AUTH_PIN)) == "63C2"
    assert talk("00200080" + _ascii("9999")) == "9000"
    talk(SELECT_CARD_FACE, "00A4020C020012", "002000800E" + issued.collation_b.encode().hex())
    assert talk("002401800E" + "3" * 28) == "6985"


def test_signature_password_format_on_change(talk):
    talk(SELECT_JPKI, "00A4020C02001B", "00200080" + _ascii(SIGNATURE_PASSWORD))
    assert talk("00240180" + _ascii("ABCDEF")) == "6A80"  # no digit
    assert talk("00240180" + _ascii("abc123")) == "6A80"  # lower case
    assert talk("00240180" + _ascii("XYZ789")) == "9000"


def test_destroyed_chip_never_answers(issued):
    issued.image.chip = ChipState.DESTROYED
    reader = MemoryCardReader()
    reader.insert(VirtualCard(issued.image))
    with pytest.raises(CardMuteError):
        reader.connect()
