"""The self-service booth, end to end on the emulated world (no camera, no Qt)."""

from __future__ import annotations

import pytest
from sqlalchemy import delete, update

from kiosk.eligibility.certificates import find_certificate
from kiosk.flows.base import LANGUAGES
from kiosk.flows.names import ScreenName as S
from kiosk.flows.reasons import NextStep, Reason
from kiosk.storage.database import DatabaseError
from kiosk.storage.models import Certificate, Person, Registration


@pytest.fixture
def booth(world):
    booth = world.booth()
    booth.screens = []
    booth.add_listener(booth.screens.append)
    return booth


def place(world, booth, persona: str) -> None:
    """Language, menu, terms, then the card in the reader."""
    booth.choose_language("ja")
    booth.apply()
    booth.agree()
    assert booth.screen.name == S.PLACE_CARD
    world.insert(persona)
    booth.card_placed()


def take_card(world, booth) -> None:
    world.remove()
    booth.card_removed()


def certificate_record(world, session, persona: str) -> Certificate:
    return find_certificate(session, world.certificate_of(persona))


def test_standby_is_the_language_screen_and_the_choice_sticks_for_the_session(world, booth):
    assert booth.screen.name == S.LANGUAGE
    assert booth.screen.details["languages"] == LANGUAGES
    with pytest.raises(ValueError):
        booth.choose_language("fr")
    booth.choose_language("en")
    assert (booth.screen.name, booth.screen.language) == (S.MENU, "en")
    booth.apply()
    booth.agree()
    assert (booth.screen.name, booth.screen.language) == (S.PLACE_CARD, "en")


def test_registers_a_new_card_then_the_card_taken_ends_the_session(world, booth):
    place(world, booth, "sasaki-sho")
    assert (booth.screen.name, booth.screen.details["tries_left"]) == (S.PIN_ENTRY, 3)
    booth.enter_pin("2468")
    assert booth.screen.name == S.CONFIRM
    assert not world.is_registered("sasaki-sho")
    booth.confirm()
    assert (booth.screen.name, booth.screen.reason) == (S.DONE, Reason.REGISTERED)
    assert world.is_registered("sasaki-sho")
    take_card(world, booth)
    assert (booth.screen.name, booth.screen.reason) == (S.LANGUAGE, None)
    # The PIN never reached a screen.
    assert all("2468" not in repr(dict(s.details)) for s in booth.screens)


def test_a_registered_card_changes_nothing(world, booth):
    place(world, booth, "yamada-hanako")
    booth.enter_pin("1234")
    assert (booth.screen.name, booth.screen.reason) == (S.DONE, Reason.ALREADY_REGISTERED)
    booth.confirm()  # not on this screen: ignored
    assert booth.screen.reason is Reason.ALREADY_REGISTERED


def test_cancel_at_confirmation_registers_nothing(world, booth):
    place(world, booth, "sasaki-sho")
    booth.enter_pin("2468")
    booth.cancel()
    assert (booth.screen.name, booth.screen.reason) == (S.LANGUAGE, Reason.CANCELLED)
    assert not world.is_registered("sasaki-sho")


def test_wrong_pin_shows_tries_left_then_the_right_one_goes_on(world, booth):
    place(world, booth, "sasaki-sho")
    booth.enter_pin("0000")
    assert (booth.screen.name, booth.screen.reason) == (S.PIN_ENTRY, Reason.WRONG_PIN)
    assert booth.screen.details["tries_left"] == 2
    booth.enter_pin("12a")
    assert (booth.screen.reason, booth.screen.details["tries_left"]) == (Reason.PIN_FORMAT, 2)
    booth.enter_pin("2468")
    assert booth.screen.name == S.CONFIRM


def test_third_wrong_pin_locks_and_the_locked_card_is_refused_at_placement(world, booth):
    place(world, booth, "sasaki-sho")
    for _ in range(3):
        booth.enter_pin("0000")
    assert (booth.screen.name, booth.screen.reason) == (S.CANNOT_SERVE, Reason.PIN_JUST_LOCKED)
    assert booth.screen.next_steps == (NextStep.MUNICIPAL_OFFICE,)
    take_card(world, booth)
    assert world.pin_tries_left("sasaki-sho") == 0
    place(world, booth, "sasaki-sho")
    assert (booth.screen.name, booth.screen.reason) == (S.CANNOT_SERVE, Reason.PIN_LOCKED)


@pytest.mark.parametrize(("persona", "reason", "step"), [
    ("suzuki-ichiro", Reason.PIN_LOCKED, NextStep.MUNICIPAL_OFFICE),
    ("sato-kenta", Reason.FACE_AUTH_CARD, NextStep.CLINIC_FACE_READER),
])
def test_cards_the_booth_cannot_serve_are_refused_at_placement(world, booth, persona, reason,
                                                               step):
    place(world, booth, persona)
    assert (booth.screen.name, booth.screen.reason) == (S.CANNOT_SERVE, reason)
    assert step in booth.screen.next_steps
    take_card(world, booth)
    assert (booth.screen.name, booth.screen.reason) == (S.LANGUAGE, None)


@pytest.mark.parametrize(("persona", "pin", "reason", "step"), [
    ("watanabe-miho", "3690", Reason.CERTIFICATE_ON_HOLD, NextStep.HOTLINE),
    ("nakamura-daisuke", "8080", Reason.CERTIFICATE_REVOKED, NextStep.MUNICIPAL_OFFICE),
    ("kato-makoto", "5555", Reason.CERTIFICATE_EXPIRED, NextStep.MUNICIPAL_OFFICE),
])
def test_refused_certificates(world, booth, persona, pin, reason, step):
    place(world, booth, persona)
    booth.enter_pin(pin)
    assert (booth.screen.name, booth.screen.reason) == (S.CANNOT_SERVE, reason)
    assert step in booth.screen.next_steps


def test_unknown_certificate(world, booth):
    with world.database.session() as session, session.begin():
        session.delete(certificate_record(world, session, "sasaki-sho"))
    place(world, booth, "sasaki-sho")
    booth.enter_pin("2468")
    assert (booth.screen.name, booth.screen.reason) == (S.CANNOT_SERVE,
                                                        Reason.CERTIFICATE_UNKNOWN)


def test_expired_within_grace_registered_is_done_unregistered_is_refused(world, booth):
    place(world, booth, "kobayashi-megumi")
    booth.enter_pin("4321")
    assert (booth.screen.name, booth.screen.reason) == (S.DONE, Reason.ALREADY_REGISTERED)
    assert booth.screen.details["renewal_due"] is True
    take_card(world, booth)
    with world.database.session() as session, session.begin():
        record = certificate_record(world, session, "kobayashi-megumi")
        session.execute(delete(Registration).where(Registration.certificate_id == record.id))
    place(world, booth, "kobayashi-megumi")
    booth.enter_pin("4321")
    assert (booth.screen.name, booth.screen.reason) == (S.CANNOT_SERVE,
                                                        Reason.CERTIFICATE_EXPIRED)


def test_no_insurance_record_is_refused_before_the_confirmation(world, booth):
    with world.database.session() as session, session.begin():
        code = certificate_record(world, session, "sasaki-sho").individual_code
        session.execute(update(Person).where(Person.individual_code == code)
                        .values(individual_code="nobody"))
    place(world, booth, "sasaki-sho")
    booth.enter_pin("2468")  # said before the person confirms anything
    assert (booth.screen.name, booth.screen.reason) == (S.CANNOT_SERVE,
                                                        Reason.NO_INSURANCE_RECORD)
    assert booth.screen.next_steps == (NextStep.INSURER,)


@pytest.mark.parametrize(("card", "reason"), [
    ("insurance-card", Reason.INSURANCE_CARD),
    ("transit-card", Reason.NOT_MY_NUMBER_CARD),
    ("ito-sakura", Reason.CHIP_DESTROYED),
])
def test_cards_that_are_not_usable_my_number_cards(world, booth, card, reason):
    place(world, booth, card)
    assert (booth.screen.name, booth.screen.reason) == (S.CARD_PROBLEM, reason)
    take_card(world, booth)
    assert (booth.screen.name, booth.screen.reason) == (S.LANGUAGE, None)


def test_card_removed_at_pin_entry_ends_the_session(world, booth):
    place(world, booth, "sasaki-sho")
    take_card(world, booth)
    assert (booth.screen.name, booth.screen.reason) == (S.LANGUAGE, Reason.CARD_REMOVED)
    booth.enter_pin("2468")  # too late: ignored
    assert booth.screen.name == S.LANGUAGE
    assert not world.is_registered("sasaki-sho")


def test_card_pulled_during_the_pin_check_registers_nothing(world, booth):
    place(world, booth, "sasaki-sho")
    world.reader.pull_during_next_command()
    booth.enter_pin("2468")
    assert (booth.screen.name, booth.screen.reason) == (S.LANGUAGE, Reason.CARD_REMOVED)
    booth.card_removed()  # the driver's notice arrives after the reset: nothing more happens
    assert (booth.screen.name, booth.screen.reason) == (S.LANGUAGE, Reason.CARD_REMOVED)
    assert not world.is_registered("sasaki-sho")


def test_card_removed_at_confirmation_registers_nothing(world, booth):
    place(world, booth, "sasaki-sho")
    booth.enter_pin("2468")
    take_card(world, booth)
    booth.confirm()
    assert (booth.screen.name, booth.screen.reason) == (S.LANGUAGE, Reason.CARD_REMOVED)
    assert not world.is_registered("sasaki-sho")


def test_inactivity_warns_resumes_then_resets_to_the_language_screen(world, booth):
    booth.choose_language("en")
    place(world, booth, "sasaki-sho")
    world.clock.advance(46)
    booth.tick()
    assert (booth.screen.name, booth.screen.details["seconds_left"]) == (
        S.INACTIVITY_WARNING, 14)
    booth.touch()
    assert booth.screen.name == S.PIN_ENTRY
    world.clock.advance(46)
    booth.tick()
    world.clock.advance(15)
    booth.tick()
    assert (booth.screen.name, booth.screen.reason) == (S.LANGUAGE, Reason.TIMED_OUT)
    assert booth.language == "ja"


def test_a_menu_left_alone_goes_back_to_the_language_screen(world, booth):
    booth.choose_language("ko")
    world.clock.advance(30)
    booth.tick()
    assert booth.screen.name == S.MENU
    world.clock.advance(31)
    booth.tick()
    assert (booth.screen.name, booth.screen.reason, booth.language) == (
        S.LANGUAGE, Reason.TIMED_OUT, "ja")


def test_a_card_taken_before_placement_is_ignored(world, booth):
    booth.choose_language("ja")
    booth.card_removed()
    assert (booth.screen.name, booth.screen.reason) == (S.MENU, None)


def test_database_failure_shows_the_system_error(world, booth, monkeypatch):
    def unavailable(*_args):
        raise DatabaseError("the eligibility database cannot be reached")

    monkeypatch.setattr(world.service, "registration_status", unavailable)
    place(world, booth, "sasaki-sho")
    booth.enter_pin("2468")
    assert (booth.screen.name, booth.screen.reason) == (S.SYSTEM_ERROR, Reason.SYSTEM_ERROR)
    take_card(world, booth)
    assert booth.screen.name == S.LANGUAGE
