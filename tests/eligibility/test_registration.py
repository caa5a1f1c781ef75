"""Registration: the holder only, idempotent, exactly one link under concurrency, audited."""

from __future__ import annotations

import threading

import pytest
from sqlalchemy import func, select

from kiosk.eligibility.errors import LinkedToAnotherPerson, NoInsuranceRecord
from kiosk.eligibility.registration import register_certificate
from kiosk.eligibility.service import Terminal
from kiosk.storage.models import AuditEvent, Person, Registration
from tests.cards import MY_NUMBER
from tests.eligibility.world import CLINIC, NOW, build_world

BOOTH = Terminal("booth-7")


@pytest.fixture
def world(database, card_factory):
    return build_world(database, card_factory)


def _registrations(world) -> list[tuple[int, int]]:
    with world.database.session() as session:
        return list(session.execute(select(Registration.certificate_id, Registration.person_id)))


def test_registers_the_holder_once(world):
    first = world.service.register(world.der, BOOTH)
    assert (first.created, first.person_id) == (True, world.person_id)
    again = world.service.register(world.der, CLINIC)
    assert (again.created, again.person_id) == (False, world.person_id)
    assert _registrations(world) == [(world.certificate_id, world.person_id)]
    assert world.service.registered(world.der, Terminal("portal"))


def test_a_holder_without_insurance_record_is_refused_and_audited(database, card_factory):
    world = build_world(database, card_factory, enrol=False)
    with pytest.raises(NoInsuranceRecord):
        world.service.register(world.der, BOOTH)
    assert _registrations(world) == []
    with world.database.session() as session:
        outcomes = list(session.scalars(select(AuditEvent.outcome)))
    assert outcomes == ["refused: NoInsuranceRecord"]


def test_a_card_linked_to_someone_else_is_never_relinked(world):
    with world.database.session() as session, session.begin():
        other = Person(individual_code="f" * 64)
        session.add(other)
        session.flush()
        session.add(Registration(certificate_id=world.certificate_id, person_id=other.id,
                                 registered_at=NOW, terminal="somewhere"))
        other_id = other.id
    with pytest.raises(LinkedToAnotherPerson):
        world.service.register(world.der, BOOTH)
    assert _registrations(world) == [(world.certificate_id, other_id)]
    with world.database.session() as session:
        refused = session.scalar(select(func.count()).select_from(AuditEvent).where(
            AuditEvent.outcome == "refused: LinkedToAnotherPerson"))
    assert refused == 1


def test_two_terminals_registering_the_same_card_at_once_make_one_link(world):
    start = threading.Barrier(8)
    outcomes, errors = [], []

    def terminal(number: int) -> None:
        start.wait()
        try:
            with world.database.session() as session, session.begin():
                outcome = register_certificate(session, world.certificate_id,
                                               f"terminal-{number}", NOW)
            outcomes.append(outcome.created)
        except Exception as error:
            errors.append(error)

    threads = [threading.Thread(target=terminal, args=(n,)) for n in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert errors == []
    assert sorted(outcomes) == [False] * 7 + [True]
    assert _registrations(world) == [(world.certificate_id, world.person_id)]


def test_the_audit_trail_holds_ids_only(world):
    world.service.register(world.der, BOOTH)
    world.service.lookup(world.der, CLINIC)
    with world.database.session() as session:
        events = list(session.scalars(select(AuditEvent)))
    assert [e.action for e in events] == ["file-enrolment", "register", "lookup"]
    text = " ".join(f"{e.actor} {e.action} {e.outcome} {e.detail} {e.facility_code}"
                    for e in events)
    for personal in ("山田", "花子", "ヤマダ", MY_NUMBER, "1985", "1234"):
        assert personal not in text
    assert events[1].certificate_id == world.certificate_id
    assert events[2].person_id == world.person_id
