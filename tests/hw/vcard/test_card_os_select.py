"""SELECT answers as the real My Number card does."""

from __future__ import annotations

import pytest

from tests.hw.vcard.card_os_kit import (
    COMMON_AID,
    ISD_AID,
    JPKI_AID,
    JUKI_AID,
    SURFACE_AID,
    TEXT_AID,
    Talk,
    select,
    select_ef,
)


@pytest.fixture
def talk() -> Talk:
    return Talk()


@pytest.mark.parametrize("aid", [JPKI_AID, TEXT_AID, SURFACE_AID, COMMON_AID, JUKI_AID,
                                 ISD_AID])
def test_every_application_and_the_isd_can_be_selected(talk, aid):
    assert talk(select(aid)) == "9000"


def test_p2_00_with_le_also_answers_9000_without_an_fci(talk):
    # A probe sends P2 00 with Le; the card answers 9000 (no FCI is recorded from it).
    assert talk("00A404000A" + JPKI_AID + "00") == "9000"
    assert talk(select_ef(0x0008), "00B0000003") == "8F8F009000"
    assert talk("00A4020002000800") == "9000"


def test_a_prefix_of_an_aid_selects_the_application(talk):
    # JICSAP partial selection: a probe enumerates applications this way.
    assert talk(select("D392F000")) == "9000"
    assert talk(select_ef(0x0008), "00B0000003") == "8F8F009000"
    assert talk(select("D3921000310001010401")) == "9000"  # a whole AID wins
    assert talk(select_ef(0x0002), "00B0000001") == "6982"  # 住基's protected EF


def test_a_longer_or_unknown_name_is_6a82(talk):
    assert talk(select(JPKI_AID + "00")) == "6A82"
    assert talk(select("D392F000260100000099")) == "6A82"
    assert talk("00A4040C00") == "6700"


def test_select_mf_after_reset_is_6a86_then_a_no_op(talk):
    assert talk("00A40000") == "6A86"
    assert talk("00A4000C023F00") == "6A86"
    talk(select(JPKI_AID), select_ef(0x0008))
    assert talk("00A40000") == "9000"
    assert talk("00B0000003") == "8F8F009000"  # nothing changed


def test_select_mf_after_selecting_the_isd_is_a_no_op(talk):
    assert talk(select(ISD_AID), "00A40000") == "9000"


def test_select_ef(talk):
    talk(select(JPKI_AID))
    assert talk(select_ef(0x000A)) == "9000"
    assert talk(select_ef(0x0016)) == "9000"  # key IEFs are found too
    assert talk(select_ef(0x1234)) == "6A82"
    assert talk(select_ef(0x3F00)) == "6A82"
    assert talk("00A4020C03000A00") == "6700"


def test_no_ef_at_card_level(talk):
    assert talk(select_ef(0x000A)) == "6A82"
    assert talk(select(ISD_AID), select_ef(0x0001)) == "6A82"
    assert talk(select_ef(0x2F10)) == "6A82"


def test_selecting_the_isd_leaves_the_application(talk):
    talk(select(JPKI_AID), select_ef(0x0008), select(ISD_AID))
    assert talk("00B0000003") == "6986"
    assert talk(select_ef(0x0008)) == "6A82"


def test_other_p1_p2_are_6a86(talk):
    assert talk("00A4080C0A" + JPKI_AID) == "6A86"
    assert talk("00A404040A" + JPKI_AID) == "6A86"
    assert talk("00A401000100") == "6A86"


def test_a_logical_channel_other_than_0_is_6881(talk):
    assert talk("01A4040C0A" + JPKI_AID) == "6881"
    assert talk("03A4040C0A" + JPKI_AID) == "6881"
    assert talk("41A4040C0A" + JPKI_AID) == "6881"
    assert talk("81A4040C0A" + JPKI_AID) == "6881"
