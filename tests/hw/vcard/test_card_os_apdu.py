"""Command APDU parsing, classes and the proprietary commands the card only refuses."""

from __future__ import annotations

import pytest

from hw.vcard.command import MalformedCommand, parse_command
from tests.hw.vcard.card_os_kit import (
    COMMON_AID,
    JPKI_AID,
    JUKI_AID,
    SURFACE_AID,
    TEXT_AID,
    Talk,
    select,
)


@pytest.mark.parametrize(("apdu", "data", "le", "extended"), [
    ("00B00000", "", None, False),  # case 1
    ("00B0000000", "", 256, False),  # case 2 short, Le 00 = 256
    ("00B0000004", "", 4, False),
    ("00B00000000000", "", 65536, True),  # case 2 extended, 00 00 00 = 65536
    ("00B0000000023C", "", 0x023C, True),
    ("002000800431323334", "31323334", None, False),  # case 3 short
    ("0020008000000431323334", "31323334", None, True),  # case 3 extended
    ("802A0080040102030400", "01020304", 256, False),  # case 4 short, as OpenSC signs
    ("802A0080000004010203040000", "01020304", 65536, True),  # case 4 extended
    ("802A00800000040102030401F4", "01020304", 500, True),
])
def test_short_and_extended_cases(apdu, data, le, extended):
    command = parse_command(bytes.fromhex(apdu))
    assert (command.data.hex().upper(), command.le, command.extended) == (data, le, extended)


@pytest.mark.parametrize("apdu", [
    "00B000",  # shorter than a header
    "0020008004313233",  # Lc 4, 3 bytes
    "002000800431323334353637",  # Lc 4, 7 bytes
    "00B000000012",  # truncated extended length (00 then one byte)
    "00B00000000000" + "00",  # extended Le with a byte too many
    "00A4040C00000001",  # extended Lc of zero
    "802A008000000401020304" + "00",  # extended Lc with a one-byte Le
])
def test_malformed_lengths(apdu):
    with pytest.raises(MalformedCommand):
        parse_command(bytes.fromhex(apdu))


def test_truncated_and_mismatched_apdus_are_6700():
    talk = Talk()
    assert talk("00A4") == "6700"
    assert talk("00A4040C0AD392F0") == "6700"  # Lc says 10, 4 bytes follow
    assert talk("00A4040C00000001") == "6700"  # extended Lc of zero
    assert talk("00A4040C00000AD392F0") == "6700"


def test_unknown_class_and_instruction():
    talk = Talk()
    assert talk("A0A4040C0A" + JPKI_AID) == "6E00"
    assert talk("08A4040C0A" + JPKI_AID) == "6E00"  # secure messaging is not offered
    assert talk("00EE0000") == "6D00"
    assert talk("80EE0000") == "6D00"


def test_80_fc_is_6700_on_a_plastic_card():
    assert Talk()("80FC000000") == "6700"
    assert Talk()(select(JPKI_AID), "80FC0000") == "6700"


def test_80_a2_is_6a86():
    assert Talk()(select(JPKI_AID), "80A2000000") == "6A86"


@pytest.mark.parametrize(("aid", "answer"), [
    (COMMON_AID, "66F1"), (SURFACE_AID, "66F1"), (JPKI_AID, "6982"), (JUKI_AID, "6982"),
    (TEXT_AID, "6982"),
])
def test_set_session_key_refusals(aid, answer):
    assert Talk()(select(aid), "80AE0000") == answer
