"""Hostile cards never hang the terminal: a chip that says `61xx` for ever, claims a file
far beyond its end, declares a 4 GiB TLV or answers more than asked gets the card-error
screen within its deadline (tests/ui/test_hostile_card_window.py: on the real window)."""

from __future__ import annotations

import time

import pytest

from hw.hostile_card import TAMPERS, HostileCard
from hw.vcard.card_file import load_card
from kiosk.flows import inputs as ev
from kiosk.flows import screens as sc
from kiosk.flows.names import ScreenName as S
from kiosk.flows.reasons import Reason

CLINIC = "1310000001"
DEADLINE_S = 5.0  # the card-error screen comes within this, whatever the card says


def _place_hostile(world, persona: str, tamper: str) -> None:
    world.slot.insert(HostileCard(load_card(world.card_file(persona)), TAMPERS[tamper]), None)


@pytest.mark.parametrize("tamper", sorted(TAMPERS))
def test_a_hostile_card_gets_the_card_error_screen_in_time(world, tamper):
    flow = world.clinic(CLINIC)
    _place_hostile(world, "yamada-hanako", tamper)
    started = time.monotonic()
    flow.handle(ev.CardPlaced())
    assert time.monotonic() - started < DEADLINE_S
    assert isinstance(flow.screen, sc.CardProblem), flow.screen
    assert flow.screen.reason is Reason.UNREADABLE_CARD
    # The next patient is served as usual.
    world.remove()
    flow.handle(ev.CardRemoved())
    world.insert("yamada-hanako")
    flow.handle(ev.CardPlaced())
    assert flow.screen.name == S.CHOOSE_METHOD

