"""A hostile card on the real window: the card-error screen within its deadline."""

from __future__ import annotations

from hw.hostile_card import TAMPERS, HostileCard
from hw.vcard.card_file import load_card
from kiosk.flows.names import ScreenName as S
from kiosk.flows.reasons import Reason

DEADLINE_MS = 5000


def test_a_card_saying_61xx_for_ever_shows_the_card_error(clinic):
    world = clinic.world
    world.slot.insert(HostileCard(load_card(world.card_file("yamada-hanako")),
                                  TAMPERS["endless_61xx"]), None)
    clinic.wait_for(S.CARD_PROBLEM, timeout=DEADLINE_MS)
    assert clinic.screen.reason is Reason.UNREADABLE_CARD
