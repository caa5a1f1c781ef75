"""GET CHALLENGE and GET DATA answer as the real My Number card does."""

from __future__ import annotations

import pytest

from tests.hw.vcard.card_os_kit import (
    COMMON_AID,
    CVC_OBJECT,
    ISD_AID,
    JPKI_AID,
    Talk,
    select,
)


@pytest.fixture
def talk() -> Talk:
    return Talk()


@pytest.mark.parametrize(("le", "size"), [("01", 1), ("08", 8), ("FF", 255), ("00", 256)])
def test_get_challenge_gives_exactly_le_random_bytes(talk, le, size):
    first, second = talk.data("00840000" + le), talk.data("00840000" + le)
    assert len(first) == len(second) == size
    if size >= 8:
        assert first != second


def test_get_challenge_works_in_applications(talk):
    talk(select(JPKI_AID))
    assert len(talk.data("0084000008")) == 8
    talk(select(COMMON_AID))
    assert len(talk.data("0084000008")) == 8


def test_get_challenge_refusals(talk):
    assert talk("0084010008") == "6A86"
    assert talk("0084000108") == "6A86"
    assert talk("00840000000008") == "6985"  # extended Le
    assert talk("00840000") == "6700"  # no Le


def test_get_data_reads_card_level_objects(talk):
    assert talk.data("00CA004500") == b"CARD0000000001"
    assert talk.data("00CA5F5100") == bytes.fromhex("E000FF8131FE4514")
    assert talk(select(ISD_AID)) == "9000"
    assert talk.data("00CA004500") == b"CARD0000000001"


def test_get_data_big_object_needs_an_extended_le(talk):
    # The certificate object (558 B) does not fit a short Le: 6700; extended Le works.
    assert talk("00CA7F2100") == "6700"
    assert talk.data("00CA7F21000000") == CVC_OBJECT
    assert talk("00CA7F210000FF") == "6700"


def test_get_data_short_le_smaller_than_the_object_is_6700(talk):
    assert talk("00CA004504") == "6700"
    assert talk.data("00CA004520") == b"CARD0000000001"


def test_get_data_absent_object_is_6a88(talk):
    assert talk("00CA00F700") == "6A88"


def test_get_data_inside_an_application_is_6a88(talk):
    # Chosen answer: an application holds no card-level objects.
    assert talk(select(JPKI_AID), "00CA004500") == "6A88"
