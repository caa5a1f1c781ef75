"""The portal app on a phone, end to end on the emulated world (no camera, no Qt)."""

from __future__ import annotations

import pytest

from kiosk.flows.names import ScreenName as S
from kiosk.flows.portal import MENU_ENTRIES
from kiosk.flows.reasons import NextStep, Reason


@pytest.fixture
def portal(world):
    return world.portal()


def holds(flow, secret: str) -> bool:
    """Whether any attribute of the flow still holds `secret` (the PIN)."""
    return any(value == secret for value in vars(flow).values())


def type_pin(portal, pin: str) -> None:
    portal.start_registration()
    portal.agree()
    assert portal.screen.name == S.PIN_ENTRY
    portal.enter_pin(pin)


def hold_card(world, portal, persona: str) -> None:
    """The card held to the phone, 読み取り開始, then taken away again."""
    world.insert(persona)
    portal.card_placed()
    world.remove()


def register(world, portal, persona: str, pin: str) -> None:
    type_pin(portal, pin)
    hold_card(world, portal, persona)


def test_menu_is_the_standby_screen(portal):
    assert (portal.screen.name, portal.screen.details["entries"]) == (S.MENU, MENU_ENTRIES)


def test_registers_with_the_pin_typed_before_the_card_is_held(world, portal):
    type_pin(portal, "2468")
    assert (portal.screen.name, portal.screen.details["purpose"]) == (S.PLACE_CARD, "register")
    assert "2468" not in repr(dict(portal.screen.details))
    hold_card(world, portal, "sasaki-sho")
    assert (portal.screen.name, portal.screen.reason) == (S.DONE, Reason.REGISTERED)
    assert world.is_registered("sasaki-sho")
    assert not holds(portal, "2468")
    portal.card_removed()
    assert (portal.screen.name, portal.screen.reason) == (S.MENU, None)


def test_a_registered_card_changes_nothing(world, portal):
    register(world, portal, "yamada-hanako", "1234")
    assert (portal.screen.name, portal.screen.reason) == (S.DONE, Reason.ALREADY_REGISTERED)
    portal.cancel()  # closing the result is not a cancellation
    assert (portal.screen.name, portal.screen.reason) == (S.MENU, None)


def test_wrong_pin_goes_back_to_pin_entry_then_the_right_one_registers(world, portal):
    register(world, portal, "sasaki-sho", "0000")
    assert (portal.screen.name, portal.screen.reason) == (S.PIN_ENTRY, Reason.WRONG_PIN)
    assert portal.screen.details["tries_left"] == 2
    assert not holds(portal, "0000")
    portal.card_removed()  # the phone lets go of the card between reads: not an incident
    assert portal.screen.name == S.PIN_ENTRY
    portal.enter_pin("24x8")
    assert (portal.screen.reason, portal.screen.details["tries_left"]) == (Reason.PIN_FORMAT, 2)
    portal.enter_pin("2468")
    hold_card(world, portal, "sasaki-sho")
    assert (portal.screen.name, portal.screen.reason) == (S.DONE, Reason.REGISTERED)


def test_third_wrong_pin_locks(world, portal):
    type_pin(portal, "0000")
    for _ in range(3):
        hold_card(world, portal, "sasaki-sho")
        portal.enter_pin("0000")
    assert (portal.screen.name, portal.screen.reason) == (S.CANNOT_SERVE,
                                                          Reason.PIN_JUST_LOCKED)
    assert world.pin_tries_left("sasaki-sho") == 0
    assert not world.is_registered("sasaki-sho")


@pytest.mark.parametrize(("persona", "pin", "reason", "step"), [
    ("suzuki-ichiro", "1111", Reason.PIN_LOCKED, NextStep.MUNICIPAL_OFFICE),
    ("sato-kenta", "1234", Reason.FACE_AUTH_CARD, NextStep.CLINIC_FACE_READER),
    ("watanabe-miho", "3690", Reason.CERTIFICATE_ON_HOLD, NextStep.HOTLINE),
    ("nakamura-daisuke", "8080", Reason.CERTIFICATE_REVOKED, NextStep.MUNICIPAL_OFFICE),
    ("kato-makoto", "5555", Reason.CERTIFICATE_EXPIRED, NextStep.MUNICIPAL_OFFICE),
])
def test_cards_the_portal_cannot_serve(world, portal, persona, pin, reason, step):
    register(world, portal, persona, pin)
    assert (portal.screen.name, portal.screen.reason) == (S.CANNOT_SERVE, reason)
    assert step in portal.screen.next_steps
    assert not holds(portal, pin)


def test_locked_card_uses_no_try(world, portal):
    register(world, portal, "suzuki-ichiro", "1111")
    assert world.pin_tries_left("suzuki-ichiro") == 0


@pytest.mark.parametrize(("card", "reason"), [
    # A phone reads the chip over NFC and sees nothing of the printed face.
    ("insurance-card", Reason.UNREADABLE_CARD),
    ("transit-card", Reason.NOT_MY_NUMBER_CARD),
])
def test_other_cards(world, portal, card, reason):
    register(world, portal, card, "2468")
    assert (portal.screen.name, portal.screen.reason) == (S.CARD_PROBLEM, reason)


def test_card_pulled_during_the_read_registers_nothing_and_drops_the_pin(world, portal):
    type_pin(portal, "2468")
    world.insert("sasaki-sho")
    world.reader.pull_during_next_command()
    portal.card_placed()
    assert (portal.screen.name, portal.screen.reason) == (S.MENU, Reason.CARD_REMOVED)
    assert not holds(portal, "2468")
    assert not world.is_registered("sasaki-sho")
    assert world.pin_tries_left("sasaki-sho") == 3


def test_inactivity_with_a_pin_waiting_drops_it(world, portal):
    type_pin(portal, "2468")
    world.clock.advance(101)
    portal.tick()
    assert portal.screen.name == S.INACTIVITY_WARNING
    world.clock.advance(20)
    portal.tick()
    assert (portal.screen.name, portal.screen.reason) == (S.MENU, Reason.TIMED_OUT)
    assert not holds(portal, "2468")


def show_status(world, portal, persona: str) -> None:
    portal.show_status()
    assert (portal.screen.name, portal.screen.details["purpose"]) == (S.PLACE_CARD, "status")
    world.insert(persona)
    portal.card_placed()


def test_status_before_and_after_a_registration_at_the_booth(world, portal):
    show_status(world, portal, "sasaki-sho")
    assert (portal.screen.name, portal.screen.details["registered"]) == (S.STATUS, False)
    world.remove()
    portal.card_removed()
    assert (portal.screen.name, portal.screen.reason) == (S.MENU, None)

    booth = world.booth()
    booth.choose_language("ja")
    booth.apply()
    booth.agree()
    world.insert("sasaki-sho")
    booth.card_placed()
    booth.enter_pin("2468")
    booth.confirm()
    assert booth.screen.reason is Reason.REGISTERED
    world.remove()
    booth.card_removed()

    show_status(world, portal, "sasaki-sho")
    assert (portal.screen.name, portal.screen.details["registered"]) == (S.STATUS, True)
    portal.cancel()
    assert (portal.screen.name, portal.screen.reason) == (S.MENU, None)


@pytest.mark.parametrize("persona", ["yamada-hanako", "sato-kenta", "suzuki-ichiro"])
def test_status_needs_no_pin(world, portal, persona):
    show_status(world, portal, persona)
    assert (portal.screen.name, portal.screen.details["registered"]) == (S.STATUS, True)


def test_status_of_a_card_on_hold_is_refused(world, portal):
    show_status(world, portal, "watanabe-miho")
    assert (portal.screen.name, portal.screen.reason) == (S.CANNOT_SERVE,
                                                          Reason.CERTIFICATE_ON_HOLD)
