"""The scripted reader itself: exact matching, scripted errors, removal."""

from __future__ import annotations

import pytest

from hw.reader import CardMuteError, CardReader, CardRemovedError
from hw.scripted_reader import CONTACT_ATR, ScriptedCardReader


def test_is_a_card_reader() -> None:
    assert isinstance(ScriptedCardReader(), CardReader)


def test_plays_the_script() -> None:
    reader = ScriptedCardReader(
        [("00 A4 04 0C", "90 00"), (b"\x00\xb0\x00\x00\x01", b"\x01\x90\x00")]
    )
    assert reader.connect() == CONTACT_ATR
    assert reader.transmit(bytes.fromhex("00A4040C")) == b"\x90\x00"
    assert reader.remaining == 1
    with pytest.raises(AssertionError, match="unplayed"):
        reader.assert_done()
    assert reader.transmit(bytes.fromhex("00B0000001")) == b"\x01\x90\x00"
    reader.assert_done()
    with pytest.raises(AssertionError, match="unscripted command 00 20"):
        reader.transmit(b"\x00\x20\x00\x80")


def test_wrong_command_names_both_in_hex() -> None:
    reader = ScriptedCardReader([("00 A4 04 0C", "90 00")])
    with pytest.raises(AssertionError, match="expected 00 A4 04 0C, got 00 A4 02 0C"):
        reader.transmit(bytes.fromhex("00A4020C"))


def test_raises_scripted_reader_errors() -> None:
    reader = ScriptedCardReader([("00", "9000"), ("01", "9000"), ("02", CardMuteError("mute"))])
    reader.fail_at(1, CardRemovedError("pulled"))
    reader.transmit(b"\x00")
    with pytest.raises(CardRemovedError):
        reader.transmit(b"\x01")
    assert not reader.wait_for_card(0)
    assert reader.wait_for_removal(0)
    with pytest.raises(CardRemovedError):
        reader.transmit(b"\x02")
    reader.card_present = True
    with pytest.raises(CardMuteError):
        reader.transmit(b"\x02")
