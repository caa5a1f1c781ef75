"""Reception records (ids and codes only, the coverage joined for the staff view), and the
staff password that enables visual confirmation, audited without the password."""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging

import pytest
from sqlalchemy import func, inspect, select

from kiosk.eligibility import admin
from kiosk.eligibility.errors import InvalidRequest, UnknownFacility
from kiosk.eligibility.facilities import add_facility
from kiosk.eligibility.lookup import lookup_by_insured_number
from kiosk.eligibility.receptions import (
    ReceptionResult,
    list_receptions,
    record_reception,
)
from kiosk.eligibility.records import Validity
from kiosk.eligibility.service import Terminal
from kiosk.storage.models import AuditEvent, Coverage, Person, Reception
from tests.eligibility.world import CLINIC, FACILITY, NOW, PASSWORD, build_world, enrolment

PHARMACY = "1310000002"
PHARMACY_PASSWORD = "pharmacy-password"


@pytest.fixture
def world(database, card_factory):
    """The standard world, its card registered, and a pharmacy without visual confirmation."""
    built = build_world(database, card_factory)
    built.service.register(built.der, CLINIC)
    with database.session() as session, session.begin():
        add_facility(session, PHARMACY, "さくら薬局", ["medical"], True, PHARMACY_PASSWORD)
    built.service.update_facility_settings(PHARMACY, visual_confirmation_allowed=False)
    return built


def _result(world, **changes) -> ReceptionResult:
    """A completed face reception of the world's card holder; keywords replace fields."""
    found = world.service.lookup(world.der, CLINIC)
    fields = dict(identity_method="face", certificate_id=found.certificate_id,
                  person_id=found.person_id, coverage_id=found.coverage_id,
                  validity=int(found.validity), consents=("medical",), prescription="electronic",
                  warnings=())
    return ReceptionResult(**(fields | changes))


def _audit(database, action: str) -> list[AuditEvent]:
    with database.session() as session:
        return list(session.scalars(select(AuditEvent).where(AuditEvent.action == action)
                                    .order_by(AuditEvent.id)))


def test_a_lookup_names_the_coverage_it_shows(world):
    found = world.service.lookup(world.der, CLINIC)
    with world.database.session() as session:
        coverage = session.get(Coverage, found.coverage_id)
        assert (coverage.person_id, coverage.number) == (world.person_id, "3456")
        by_number = lookup_by_insured_number(session, "06139921", "1201", "3456", "01", NOW)
    assert by_number.coverage_id == found.coverage_id


def test_receptions_are_listed_newest_first_with_their_coverage(world):
    first = world.service.record_reception(CLINIC, _result(world))
    world.clock.moment = NOW + dt.timedelta(minutes=5)
    second = world.service.record_reception(
        Terminal("clinic-reader-2", FACILITY),
        _result(world, identity_method="pin", consents=(), prescription=None,
                warnings=("renewal_alert", "elderly_copay")))
    world.clock.moment = NOW + dt.timedelta(minutes=9)
    third = world.service.record_reception(CLINIC, ReceptionResult(
        "visual", None, None, None, None, (), None, ("card_unreadable",), "cancelled"))
    assert first < second < third

    listed = world.service.receptions(FACILITY)
    assert [r.id for r in listed] == [third, second, first]
    newest, middle, oldest = listed
    assert oldest.at == NOW and middle.at == NOW + dt.timedelta(minutes=5)
    assert (oldest.terminal_id, oldest.identity_method, oldest.validity, oldest.consents,
            oldest.prescription, oldest.warnings, oldest.outcome) == (
        "clinic-reader-1", "face", 1, ("medical",), "electronic", (), "completed")
    assert oldest.coverage is not None
    assert (oldest.coverage.insurer_name, oldest.coverage.family_name,
            oldest.coverage.number) == ("架空商事健康保険組合", "山田", "3456")
    assert middle.terminal_id == "clinic-reader-2"
    assert middle.warnings == ("renewal_alert", "elderly_copay") and middle.consents == ()
    assert (newest.identity_method, newest.coverage, newest.validity, newest.outcome) == (
        "visual", None, None, "cancelled")

    # A staff screen polls with the newest id it has seen.
    assert [r.id for r in world.service.receptions(FACILITY, after_id=first)] == [third, second]
    assert world.service.receptions(FACILITY, after_id=third) == []
    assert [r.id for r in world.service.receptions(FACILITY, limit=2)] == [third, second]
    # Another facility's screen sees none of them.
    assert world.service.receptions(PHARMACY) == []


def test_receptions_are_frozen_and_hold_no_personal_data(world):
    reception_id = world.service.record_reception(CLINIC, _result(world))
    listed = world.service.receptions(FACILITY)[0]
    with pytest.raises(dataclasses.FrozenInstanceError):
        listed.outcome = "x"  # type: ignore[misc]
    columns = {c["name"] for c in inspect(world.database.engine).get_columns(
        "reception_records")}
    assert columns == {"id", "at", "facility_code", "terminal_id", "identity_method",
                       "certificate_id", "person_id", "coverage_id", "validity", "consents",
                       "prescription", "warnings", "outcome"}
    with world.database.session() as session:
        stored = session.get(Reception, reception_id)
        assert (stored.certificate_id, stored.person_id, stored.consents, stored.warnings) == (
            world.certificate_id, world.person_id, "medical", "")


def test_consents_are_stored_once_in_their_canonical_order(world):
    world.service.record_reception(CLINIC, _result(world, consents=("checkup", "medical",
                                                                     "checkup")))
    assert world.service.receptions(FACILITY)[0].consents == ("medical", "checkup")


def test_a_reception_is_audited_with_ids_only(world):
    reception_id = world.service.record_reception(CLINIC, _result(world))
    world.service.record_reception(CLINIC, _result(world, identity_method="pin",
                                                   validity=Validity.INVALID))
    world.service.record_reception(CLINIC, ReceptionResult("pin", None, None, None, None, (),
                                                           None, (), "timed_out"))
    events = _audit(world.database, "reception")
    assert [e.outcome for e in events] == ["face/validity 1", "pin/validity 2",
                                           "pin/no lookup/timed_out"]
    first = events[0]
    assert (first.actor, first.facility_code, first.certificate_id, first.person_id,
            first.detail) == ("clinic-reader-1", FACILITY, world.certificate_id,
                              world.person_id, f"reception {reception_id}")


@pytest.mark.parametrize(("changes", "message"), [
    ({"identity_method": "fingerprint"}, r"identity_method must be one of face, pin, visual"),
    ({"validity": 0}, r"validity must be a code from 1 to 5"),
    ({"validity": 6}, r"validity must be a code from 1 to 5"),
    ({"validity": "1"}, r"validity must be a code from 1 to 5"),
    ({"consents": ("genome",)}, r"unknown consent categories \['genome'\]"),
    ({"consents": "medical"}, r"consents must be a tuple"),
    ({"prescription": "fax"}, r"prescription must be electronic, paper or None"),
    ({"warnings": ("a,b",)}, r"warning codes are"),
    ({"warnings": ("",)}, r"warning codes are"),
    ({"warnings": "renewal_alert"}, r"warnings must be a tuple"),
    ({"warnings": tuple(f"warning_{n:02}" for n in range(20))}, r"more than 200 characters"),
    ({"outcome": ""}, r"an outcome is 1 to 30"),
    ({"outcome": "x" * 31}, r"an outcome is 1 to 30"),
    ({"certificate_id": 999_999}, r"no certificate has the id 999999"),
    ({"person_id": 999_999}, r"no person has the id 999999"),
    ({"coverage_id": 999_999}, r"no coverage has the id 999999"),
    ({"person_id": "1"}, r"person_id must be an id or None"),
])
def test_bad_results_are_refused_and_nothing_is_written(world, changes, message):
    result = _result(world, **changes)
    with pytest.raises(InvalidRequest, match=message):
        world.service.record_reception(CLINIC, result)
    assert world.service.receptions(FACILITY) == []
    assert _audit(world.database, "reception")[-1].outcome == "refused: InvalidRequest"


def test_a_coverage_must_be_the_persons_own(world):
    with world.database.session() as session, session.begin():
        other = Person(individual_code="o" * 64)
        session.add(other)
        session.flush()
        coverage = admin.file_enrolment(session, other, enrolment(branch="02"), "insurer", NOW)
        other_coverage = coverage.id
    with pytest.raises(InvalidRequest, match=f"coverage {other_coverage} is not person"):
        world.service.record_reception(CLINIC, _result(world, coverage_id=other_coverage))


def test_visual_confirmation_only_where_the_facility_allows_it(world):
    pharmacy = Terminal("pharmacy-reader-1", PHARMACY)
    with pytest.raises(InvalidRequest, match="does not allow visual confirmation"):
        world.service.record_reception(pharmacy, _result(world, identity_method="visual"))
    assert world.service.record_reception(pharmacy, _result(world, identity_method="pin")) > 0
    assert world.service.record_reception(CLINIC, _result(world, identity_method="visual")) > 0


def test_receptions_need_a_known_facility(world):
    with pytest.raises(ValueError, match="at a facility"):
        world.service.record_reception(Terminal("booth-1"), _result(world))
    with pytest.raises(UnknownFacility):
        world.service.record_reception(Terminal("x", "9999999999"), _result(world))
    with pytest.raises(UnknownFacility):
        world.service.receptions("9999999999")
    with pytest.raises(InvalidRequest, match="limit must be from 1 to 1000"):
        world.service.receptions(FACILITY, limit=0)
    with pytest.raises(InvalidRequest, match="after_id"):
        world.service.receptions(FACILITY, after_id=-1)
    with world.database.session() as session:
        assert session.scalar(select(func.count()).select_from(Reception)) == 0


def test_the_functions_work_in_the_callers_transaction(world):
    with world.database.session() as session:
        reception_id = record_reception(session, NOW, "clinic-reader-1", FACILITY,
                                        _result(world))
        assert [r.id for r in list_receptions(session, FACILITY)] == [reception_id]
        session.rollback()
        assert list_receptions(session, FACILITY) == []


def test_the_staff_password_enables_visual_confirmation(world, caplog):
    caplog.set_level(logging.DEBUG)
    assert world.service.check_staff_password(CLINIC, PASSWORD) is True
    assert world.service.check_staff_password(CLINIC, "wrong-password-1") is False
    pharmacy = Terminal("pharmacy-reader-1", PHARMACY)
    # Not allowed at the pharmacy, even with its right password.
    assert world.service.check_staff_password(pharmacy, PHARMACY_PASSWORD) is False
    with pytest.raises(UnknownFacility):
        world.service.check_staff_password(Terminal("x", "9999999999"), PASSWORD)
    with pytest.raises(ValueError, match="at a facility"):
        world.service.check_staff_password(Terminal("booth-1"), PASSWORD)

    events = _audit(world.database, "visual_confirmation")
    assert [(e.actor, e.facility_code, e.outcome) for e in events] == [
        ("clinic-reader-1", FACILITY, "enabled"),
        ("clinic-reader-1", FACILITY, "refused: wrong password"),
        ("pharmacy-reader-1", PHARMACY, "refused: not allowed"),
        ("x", "9999999999", "refused: UnknownFacility"),
    ]
    with world.database.session() as session:
        every_value = " ".join(str(value) for event in session.scalars(select(AuditEvent))
                               for value in vars(event).values())
    for password in (PASSWORD, "wrong-password-1", PHARMACY_PASSWORD):
        assert password not in every_value
        assert password not in caplog.text
