"""A session that ends with a message says it in the person's language, then the terminal's."""

from __future__ import annotations

from kiosk.flows import inputs as ev
from kiosk.flows.base import FAREWELL_S
from kiosk.flows.names import ScreenName as S
from kiosk.flows.reasons import Reason

CLINIC = "1310000001"


def test_a_card_pulled_mid_session_is_told_in_english_then_standby_is_japanese(world):
    clinic = world.clinic(CLINIC)
    world.insert("yamada-hanako")
    clinic.handle(ev.CardPlaced())
    clinic.handle(ev.SetLanguage("en"))
    assert (clinic.screen.name, clinic.screen.language) == (S.CHOOSE_METHOD, "en")
    world.remove()
    clinic.handle(ev.CardRemoved())
    assert (clinic.screen.name, clinic.screen.reason, clinic.screen.language) == (
        S.STANDBY, Reason.CARD_REMOVED, "en")
    assert clinic.language == "ja", "the next person starts in the terminal's language"
    clinic.handle(ev.Tick())
    assert clinic.screen.language == "en"
    world.clock.advance(FAREWELL_S)
    clinic.handle(ev.Tick())
    assert (clinic.screen.name, clinic.screen.language) == (S.STANDBY, "ja")


def test_the_next_card_within_the_farewell_starts_in_the_terminals_language(world):
    clinic = world.clinic(CLINIC)
    world.insert("yamada-hanako")
    clinic.handle(ev.CardPlaced())
    clinic.handle(ev.SetLanguage("ko"))
    world.remove()
    clinic.handle(ev.CardRemoved())
    assert clinic.screen.language == "ko"
    world.insert("matsumoto-kazuko")
    clinic.handle(ev.CardPlaced())
    assert (clinic.screen.name, clinic.screen.language) == (S.CHOOSE_METHOD, "ja")
    world.clock.advance(FAREWELL_S)
    clinic.handle(ev.Tick())
    assert (clinic.screen.name, clinic.screen.language) == (S.CHOOSE_METHOD, "ja")


def test_a_cancelled_booth_session_says_so_in_english_then_asks_the_next_person(world):
    booth = world.flow("booth")
    booth.handle(ev.ChooseLanguage("en"))
    booth.handle(ev.Cancel())
    assert (booth.screen.name, booth.screen.reason, booth.screen.language) == (
        S.LANGUAGE, Reason.CANCELLED, "en")
    world.clock.advance(FAREWELL_S)
    booth.handle(ev.Tick())
    assert (booth.screen.name, booth.screen.language) == (S.LANGUAGE, "ja")
