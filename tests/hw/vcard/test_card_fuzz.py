"""Whatever bytes a terminal sends, the virtual card answers with a status word."""

from __future__ import annotations

import copy

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hw.vcard.card import VirtualCard

HEADERS = [bytes.fromhex(h) for h in (
    "00A4040C", "00A4020C", "00B00000", "00B00004", "00200080", "00200098", "00240180",
    "802A0080", "00CA0000", "80A40000",
)]
SELECTS = [bytes.fromhex(h) for h in (
    "00A4040C0AD392F000260100000001", "00A4040C0AD3921000310001010408",
    "00A4020C020018", "00A4020C02000A", "00A4020C020017", "00A4020C020002",
)]

apdus = st.one_of(
    st.binary(max_size=300),
    st.builds(lambda h, body: h + body, st.sampled_from(HEADERS), st.binary(max_size=270)),
    st.sampled_from(SELECTS),
)


@pytest.fixture(scope="module")
def image(card_factory):
    return card_factory.issued("standard").image


@settings(max_examples=300, deadline=None, database=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(commands=st.lists(apdus, min_size=1, max_size=12))
def test_every_command_gets_a_status_word(image, commands):
    card = VirtualCard(copy.deepcopy(image))
    card.power_on()
    for command in commands:
        response = card.process(command)
        assert response is not None and len(response) >= 2
        sw = response[-2:]
        assert sw[0] in (0x90, 0x62, 0x63, 0x65, 0x67, 0x69, 0x6A, 0x6B, 0x6D, 0x6E)
        if sw != b"\x90\x00" and sw != b"\x62\x82":
            assert len(response) == 2  # only successful commands return data
