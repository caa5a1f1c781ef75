"""READ BINARY and READ RECORD answer as the real My Number card does, byte for byte."""

from __future__ import annotations

import pytest

from tests.hw.vcard.card_os_kit import (
    AUTH_CERT_EF,
    AUTH_PIN,
    CARD_FACE_EF,
    COLLATION_A,
    COMMON_AID,
    COMMON_RECORD,
    JPKI_AID,
    MY_NUMBER_EF,
    SURFACE_AID,
    TEXT_AID,
    TEXT_PIN,
    Talk,
    ascii_data,
    select,
    select_ef,
)


@pytest.fixture
def talk() -> Talk:
    return Talk()


def test_short_le_beyond_the_end_gives_the_rest_with_9000(talk):
    # Real cards answer reads past the end with the bytes left and 9000, never 6282:
    # clients read EF0008 (3 B) and text EF0001 (17 B) with Le 00 and require 9000.
    talk(select(JPKI_AID), select_ef(0x0008))
    assert talk("00B0000000") == "8F8F009000"
    assert talk("00B0000010") == "8F8F009000"
    assert talk("00B0000201") == "009000"


def test_my_number_is_read_whole_with_its_filler(talk):
    # EF0001 is 17 bytes, FF FF filler included; clients hash all 17.
    talk(select(TEXT_AID), "00200091" + ascii_data(TEXT_PIN), select_ef(0x0001))
    assert talk.data("00B0000000") == MY_NUMBER_EF


def test_le_zero_means_256_bytes(talk):
    talk(select(JPKI_AID), select_ef(0x000A))
    assert talk.data("00B0000000") == AUTH_CERT_EF[:256]


def test_extended_le_zero_returns_the_whole_remainder(talk):
    # `00 00 00` asks for 65536 bytes: a multi-KB card face comes in one response.
    talk(select(SURFACE_AID), "00200093" + ascii_data(COLLATION_A), select_ef(0x0002))
    assert talk.data("00B0000000" + "0000") == CARD_FACE_EF
    assert talk.data("00B00100000000") == CARD_FACE_EF[0x100:]


def test_extended_le_with_offset_reads_the_certificate_body(talk):
    # OpenSC-style: 4-byte header, then the body at offset 4 with an extended Le.
    talk(select(JPKI_AID), select_ef(0x000A))
    header = talk.data("00B0000004")
    size = int.from_bytes(header[2:], "big")
    assert talk.data(f"00B0000400{size:04X}") == AUTH_CERT_EF[4 : 4 + size]


def test_offset_at_or_past_the_end_is_6b00(talk):
    talk(select(JPKI_AID), select_ef(0x0008))
    assert talk("00B0000301") == "6B00"
    assert talk("00B07F0001") == "6B00"
    assert talk("00B0880301") == "6B00"  # SFI 08, offset 3


def test_sfi_read_uses_p2_as_offset(talk):
    # Text AP clients: `00 B0 81 03 0C` reads the 12 digits of EF0001 after the PIN.
    talk(select(TEXT_AID), "00200091" + ascii_data(TEXT_PIN))
    assert talk("00B081030C") == b"123456789018".hex().upper() + "9000"
    assert talk.data("00B08100000000") == MY_NUMBER_EF


def test_sfi_read_makes_the_ef_current(talk):
    talk(select(JPKI_AID), select_ef(0x000A))
    assert talk("00B0880000") == "8F8F009000"
    assert talk("00B0000100") == "8F009000"  # current EF is now 0008


def test_jpki_certificate_by_sfi_with_extended_le(talk):
    # A browser extension reads `00 B0 8A 00 04` then `00 B0 8A 04 00 HH LL`.
    talk(select(JPKI_AID))
    header = talk.data("00B08A0004")
    size = int.from_bytes(header[2:], "big")
    assert talk.data(f"00B08A0400{size:04X}") == AUTH_CERT_EF[4 : 4 + size]


def test_sfi_of_a_missing_ef_or_a_bad_p1(talk):
    talk(select(JPKI_AID))
    assert talk("00B0830000") == "6A82"
    assert talk("00B0C80000") == "6A86"  # bits 7-6 of an SFI P1 must be 0
    assert talk("00B0800000") == "6A82"  # SFI 0 names no EF


def test_reading_pins_and_keys_conflicts_with_the_file_structure(talk):
    # PIN EFs and key IEFs answer 6981 to a read (IEF 001E of the real MF does).
    talk(select(JPKI_AID))
    assert talk(select_ef(0x0018), "00B0000004") == "6981"
    assert talk(select_ef(0x0017), "00B0000004") == "6981"
    assert talk("00B0960004") == "6981"  # key IEF 0016


def test_protected_internal_ef_is_6982(talk):
    talk(select(JPKI_AID))
    assert talk("00B0890000") == "6982"


def test_pin_gated_ef_without_its_credential(talk):
    talk(select(TEXT_AID))
    assert talk("00B0810000") == "6982"
    assert talk(select(JPKI_AID), "00B0810004") == "6982"


def test_read_without_a_current_ef(talk):
    assert talk("00B0000004") == "6986"  # card level: no EF at all
    assert talk(select(JPKI_AID), "00B0000004") == "6986"


def test_read_with_a_data_field_is_6700(talk):
    talk(select(JPKI_AID), select_ef(0x0008))
    assert talk("00B000000101") == "6700"


def test_read_record_by_sfi_and_current_ef(talk):
    # 共通 EF0001: `00 B2 01 0C 00` (SFI 1) and `00 B2 01 04 00` (current EF).
    talk(select(COMMON_AID))
    assert talk.data("00B2010C00") == COMMON_RECORD
    assert talk.data("00B2010400") == COMMON_RECORD  # EF0001 became current
    assert talk.data("00B2011400") == bytes(range(16))  # SFI 2


def test_read_record_errors(talk):
    talk(select(COMMON_AID))
    assert talk("00B2010D00") == "6A81"  # P2 05: several records
    assert talk("00B2010E00") == "6A81"  # P2 06: records P1 to the last
    assert talk("00B2020C00") == "6A83"  # no record 2
    assert talk("00B2000C00") == "6A83"  # no current record
    assert talk("00B201C800") == "6A86"  # P2 mode 000 is not "record number P1"
    assert talk("00B201FC00") == "6A86"  # SFI 31 is reserved
    assert talk("00B2011C00") == "6A82"  # SFI 3 absent


def test_read_record_of_a_non_record_ef_is_6981(talk):
    talk(select(COMMON_AID))
    assert talk("00B201CC00") == "6981"  # SFI 19: the internal-authentication key
    assert talk("00B201E400") == "6981"  # SFI 1C: the PIN
    talk(select(JPKI_AID), select_ef(0x000A))
    assert talk("00B2010400") == "6981"
    assert talk("00B2014C00") == "6982"  # SFI 09: protected internal EF


def test_read_binary_of_a_record_ef_is_6981(talk):
    assert talk(select(COMMON_AID), "00B0810000") == "6981"


def test_auth_pin_opens_nothing_in_other_applications(talk):
    talk(select(JPKI_AID), "00200098" + ascii_data(AUTH_PIN))
    assert talk(select(TEXT_AID), "00B0810000") == "6982"
