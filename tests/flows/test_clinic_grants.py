"""Visual confirmation granted at the staff screen: the waiting reader takes it on a tick."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from kiosk.eligibility import clock, visual_grants
from kiosk.eligibility.service import Terminal
from kiosk.flows.names import ScreenName as S
from kiosk.storage.database import DatabaseError
from kiosk.storage.models import AuditEvent, VisualConfirmationGrant

CLINIC = "1310000001"
PASSWORD = "minato-staff-2026"
STAFF = Terminal("staff-desk-1", CLINIC)
READER = "clinic-reader-1"


@pytest.fixture
def clinic(world):
    """みなと内科クリニック's reader clinic-reader-1, with 山田 花子 waiting for staff."""
    flow = world.clinic(CLINIC, READER)
    world.insert("yamada-hanako")
    flow.card_placed()
    flow.ask_staff()
    assert flow.screen.name == S.STAFF_PASSWORD
    return flow


def grant(world, reader: str = READER) -> None:
    assert world.service.grant_visual_confirmation(STAFF, reader, PASSWORD) is True


def unused_grants(world) -> list[str]:
    with world.database.session() as session:
        return list(session.scalars(select(VisualConfirmationGrant.terminal_id)
                                    .where(VisualConfirmationGrant.used_at.is_(None))))


def test_a_grant_for_the_reader_confirms_identity_on_the_next_tick(world, clinic):
    grant(world)
    clinic.tick()
    assert clinic.screen.name == S.CONSENT
    assert unused_grants(world) == []
    clinic.consent_all()
    clinic.choose_prescription("paper")
    assert clinic.screen.details["identity"] == "visual"
    assert world.service.receptions(CLINIC)[0].identity_method == "visual"
    with world.database.session() as session:
        taken = session.scalars(select(AuditEvent).where(
            AuditEvent.actor == READER, AuditEvent.action == "visual_confirmation")).all()
    assert [e.outcome for e in taken] == ["enabled: staff screen"]


def test_without_a_grant_the_tick_only_counts_inactivity(world, clinic):
    clinic.tick()
    assert clinic.screen.name == S.STAFF_PASSWORD
    world.clock.advance(46)  # the demo clinic warns 15 s before its 60 s timeout
    clinic.tick()
    assert clinic.screen.name == S.INACTIVITY_WARNING
    world.clock.advance(15)
    clinic.tick()
    assert clinic.screen.name == S.STANDBY


def test_a_grant_while_the_warning_covers_the_password_screen_still_counts(world, clinic):
    world.clock.advance(46)
    clinic.tick()
    assert clinic.screen.name == S.INACTIVITY_WARNING
    grant(world)
    clinic.tick()
    assert clinic.screen.name == S.CONSENT
    world.clock.advance(46)  # the consent screen starts a fresh inactivity count
    clinic.tick()
    assert clinic.screen.name == S.INACTIVITY_WARNING
    clinic.touch()
    assert clinic.screen.name == S.CONSENT


def test_an_expired_grant_does_not_confirm(world, clinic):
    long_ago = clock.now() - visual_grants.GRANT_LIFETIME - dt.timedelta(seconds=1)
    with world.database.session() as session, session.begin():
        visual_grants.add_grant(session, long_ago, CLINIC, READER)
    clinic.tick()
    assert clinic.screen.name == S.STAFF_PASSWORD
    assert unused_grants(world) == [READER]


def test_a_used_grant_does_not_confirm_twice(world, clinic):
    grant(world)
    assert world.service.take_visual_confirmation_grant(Terminal(READER, CLINIC)) is True
    clinic.tick()
    assert clinic.screen.name == S.STAFF_PASSWORD


def test_a_grant_for_another_reader_does_not_confirm(world, clinic):
    grant(world, "clinic-reader-2")
    clinic.tick()
    assert clinic.screen.name == S.STAFF_PASSWORD
    assert unused_grants(world) == ["clinic-reader-2"]


def test_a_grant_waits_until_the_patient_asks_for_staff(world):
    flow = world.clinic(CLINIC, READER)
    world.insert("yamada-hanako")
    flow.card_placed()
    grant(world)
    flow.tick()
    assert flow.screen.name == S.CHOOSE_METHOD
    assert unused_grants(world) == [READER]
    flow.ask_staff()
    flow.tick()
    assert flow.screen.name == S.CONSENT


def test_a_card_taken_away_leaves_the_grant_unused(world, clinic):
    grant(world)
    world.remove()
    clinic.interrupt()  # what the card watcher does before card_removed() arrives
    clinic.tick()
    assert unused_grants(world) == [READER]
    clinic.card_removed()
    assert clinic.screen.name == S.STANDBY


def test_grants_failing_to_load_leave_the_patient_waiting(world, clinic, monkeypatch):
    def unavailable(terminal):
        raise DatabaseError("the eligibility database cannot be reached; nothing was written")

    monkeypatch.setattr(world.service, "take_visual_confirmation_grant", unavailable)
    clinic.tick()
    assert clinic.screen.name == S.STAFF_PASSWORD
    monkeypatch.undo()
    grant(world)
    clinic.tick()
    assert clinic.screen.name == S.CONSENT
