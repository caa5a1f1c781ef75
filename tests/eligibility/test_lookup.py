"""Lookups: validity codes, what a reception sees, job changes, consent flags."""

from __future__ import annotations

import datetime as dt

import pytest

from kiosk.eligibility import admin
from kiosk.eligibility.clock import JST
from kiosk.eligibility.errors import InvalidRequest, NotRegistered
from kiosk.eligibility.lookup import lookup_by_insured_number
from kiosk.eligibility.records import ConsentFlag, Validity
from kiosk.storage.models import Person
from tests.eligibility.world import CLINIC, NOW, build_world, enrolment


@pytest.fixture
def world(database, card_factory):
    made = build_world(database, card_factory)
    made.service.register(made.der, CLINIC)
    return made


def test_valid_coverage_with_what_a_reception_needs(world):
    result = world.service.lookup(world.der, CLINIC)
    assert result.validity is Validity.VALID and result.message.startswith("資格有効")
    view = result.coverage
    assert (view.insurer_number, view.insurer_name) == ("06139921", "架空商事健康保険組合")
    assert (view.symbol, view.number, view.branch, view.relationship) == (
        "1201", "3456", "01", "principal")
    assert (view.family_kana, view.copay_ratio, view.high_cost_category) == ("ヤマダ", 30, "ウ")
    assert result.sharing_allowed
    assert result.consents == dict.fromkeys(["medical", "surgery", "checkup"], ConsentFlag.NONE)


def test_an_unregistered_card(database, card_factory):
    world = build_world(database, card_factory)
    with pytest.raises(NotRegistered):
        world.service.lookup(world.der, CLINIC)


def _change_job(world, last_day: dt.date, new_from: dt.date | None = None) -> None:
    """End the current coverage; with `new_from`, the new insurer files one from that day."""
    with world.database.session() as session, session.begin():
        admin.end_coverage(session, world.person_id, last_day, "退職", "insurer", NOW)
        if new_from is not None:
            admin.file_enrolment(session, session.get(Person, world.person_id), enrolment(
                insurer_number="06271234", symbol="77", number="1001", branch="00",
                valid_from=new_from), "insurer", NOW)


def test_job_change_until_and_after_the_new_insurer_files(world):
    _change_job(world, dt.date(2026, 10, 31))
    result = world.service.lookup(world.der, CLINIC)
    assert result.validity is Validity.INVALID
    assert "new insurer may not have filed" in result.message
    assert result.coverage.loss_reason == "退職"
    with world.database.session() as session, session.begin():
        admin.file_enrolment(session, session.get(Person, world.person_id), enrolment(
            insurer_number="06271234", symbol="77", number="1001", branch="00",
            valid_from=dt.date(2026, 11, 1)), "insurer", NOW)
    result = world.service.lookup(world.der, CLINIC)  # no new registration needed
    assert result.validity is Validity.VALID
    assert result.coverage.insurer_number == "06271234"


def test_a_coverage_filed_to_start_later(world):
    _change_job(world, dt.date(2026, 11, 20), dt.date(2026, 12, 1))
    assert world.service.lookup(world.der, CLINIC).validity is Validity.INVALID_NEWER_EXISTS


def test_lookup_by_the_numbers_on_an_insurance_card(world):
    with world.database.session() as session, session.begin():
        dependent = Person(individual_code="d" * 64)
        session.add(dependent)
        session.flush()
        admin.file_enrolment(session, dependent, enrolment(
            branch="02", relationship="dependent", given_name="陽菜", given_kana="ヒナ",
            birth_date=dt.date(2009, 11, 2)), "insurer", NOW)
    with world.database.session() as session:
        several = lookup_by_insured_number(session, "06139921", "1201", "3456", None, NOW)
        one = lookup_by_insured_number(session, "06139921", "1201", "3456", "02", NOW)
        none = lookup_by_insured_number(session, "06139921", "1201", "9999", None, NOW)
    assert (several.validity, several.matches) == (Validity.SEVERAL_MATCHES, 2)
    assert one.validity is Validity.VALID and one.coverage.relationship == "dependent"
    assert none.validity is Validity.NO_COVERAGE


def test_an_old_insurance_card_after_a_job_change(world):
    _change_job(world, dt.date(2026, 10, 31), dt.date(2026, 11, 1))
    with world.database.session() as session:
        old = lookup_by_insured_number(session, "06139921", "1201", "3456", "01", NOW)
    assert old.validity is Validity.INVALID_NEWER_EXISTS


def test_consent_lasts_24_hours(world):
    world.service.give_consent(world.der, CLINIC, ["medical", "checkup"])
    flags = world.service.lookup(world.der, CLINIC).consents
    assert flags == {"medical": ConsentFlag.CONSENTED, "surgery": ConsentFlag.NONE,
                     "checkup": ConsentFlag.CONSENTED}
    world.clock.moment = NOW + dt.timedelta(hours=24, seconds=1)
    flags = world.service.lookup(world.der, CLINIC).consents
    assert flags["medical"] is ConsentFlag.EXPIRED


def test_consent_only_for_categories_the_facility_asks(world):
    with pytest.raises(InvalidRequest, match="does not ask"):
        world.service.give_consent(world.der, CLINIC, ["genome"])


def test_within_grace_insurance_only_and_no_sharing(world):
    world.clock.moment = dt.datetime(2031, 5, 1, tzinfo=JST)
    result = world.service.lookup(world.der, CLINIC)
    assert result.validity is Validity.VALID
    assert not result.sharing_allowed and result.renewal_alert
    assert set(result.consents.values()) == {ConsentFlag.NOT_OBTAINABLE}
