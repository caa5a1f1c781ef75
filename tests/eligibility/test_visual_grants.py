"""Visual confirmation grants from the staff screen: granted with the facility password, taken
once by the reader they name, lapsing after 5 minutes, audited with ids only; migration 0003
up and down, on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
import logging
import threading

import pytest
from sqlalchemy import inspect, select, text

from kiosk.eligibility.errors import InvalidRequest, UnknownFacility
from kiosk.eligibility.facilities import add_facility
from kiosk.eligibility.service import Terminal
from kiosk.eligibility.visual_grants import GRANT_LIFETIME
from kiosk.storage.database import (
    Database,
    DatabaseError,
    current_revision,
    make_engine,
)
from kiosk.storage.models import AuditEvent, VisualConfirmationGrant
from tests.eligibility.world import FACILITY, NOW, PASSWORD, build_world
from tests.migrating import migrate

PHARMACY = "1310000002"
PHARMACY_PASSWORD = "pharmacy-password"
STAFF = Terminal("staff-desk-1", FACILITY)
READER = Terminal("clinic-reader-1", FACILITY)


@pytest.fixture
def world(database, card_factory):
    """The standard world and a pharmacy that does not allow visual confirmation."""
    built = build_world(database, card_factory)
    with database.session() as session, session.begin():
        add_facility(session, PHARMACY, "さくら薬局", ["medical"], True, PHARMACY_PASSWORD)
    built.service.update_facility_settings(PHARMACY, visual_confirmation_allowed=False)
    return built


def _grants(database) -> list[VisualConfirmationGrant]:
    with database.session() as session:
        return list(session.scalars(select(VisualConfirmationGrant)
                                    .order_by(VisualConfirmationGrant.id)))


def _audit(database, action: str) -> list[tuple]:
    with database.session() as session:
        events = session.scalars(select(AuditEvent).where(AuditEvent.action == action)
                                 .order_by(AuditEvent.id))
        return [(e.actor, e.facility_code, e.outcome, e.detail) for e in events]


def test_the_facility_password_grants_five_minutes_at_one_reader(world, caplog):
    caplog.set_level(logging.DEBUG)
    assert world.service.grant_visual_confirmation(STAFF, READER.terminal_id, PASSWORD)
    [grant] = _grants(world.database)
    assert (grant.facility_code, grant.terminal_id, grant.used_at) == (
        FACILITY, "clinic-reader-1", None)
    assert grant.granted_at == NOW and grant.expires_at - grant.granted_at == GRANT_LIFETIME
    assert _audit(world.database, "visual_confirmation_grant") == [
        ("staff-desk-1", FACILITY, "granted", f"reader clinic-reader-1 grant {grant.id}")]
    assert PASSWORD not in caplog.text


def test_a_wrong_password_or_a_facility_without_visual_confirmation_stores_nothing(
        world, caplog):
    caplog.set_level(logging.DEBUG)
    assert not world.service.grant_visual_confirmation(STAFF, "clinic-reader-1",
                                                       "wrong-password-1")
    pharmacy = Terminal("staff-desk-9", PHARMACY)
    assert not world.service.grant_visual_confirmation(pharmacy, "pharmacy-reader-1",
                                                       PHARMACY_PASSWORD)
    assert _grants(world.database) == []
    events = _audit(world.database, "visual_confirmation_grant")
    assert [e[2] for e in events] == ["refused: wrong password", "refused: not allowed"]
    every_value = repr(events) + caplog.text
    for password in ("wrong-password-1", PHARMACY_PASSWORD):
        assert password not in every_value


@pytest.mark.parametrize("reader", ["", "   ", "r" * 51, None])
def test_a_reader_id_must_be_a_terminal_id(world, reader):
    with pytest.raises(InvalidRequest, match="terminal id"):
        world.service.grant_visual_confirmation(STAFF, reader, PASSWORD)
    assert _grants(world.database) == []


def test_grants_happen_at_a_known_facility(world):
    with pytest.raises(UnknownFacility):
        world.service.grant_visual_confirmation(Terminal("s", "9999999999"), "r", PASSWORD)
    with pytest.raises(ValueError, match="facility"):
        world.service.grant_visual_confirmation(Terminal("booth-1"), "r", PASSWORD)
    with pytest.raises(ValueError, match="facility"):
        world.service.take_visual_confirmation_grant(Terminal("booth-1"))


def test_the_reader_takes_its_newest_grant_once(world):
    take = world.service.take_visual_confirmation_grant
    assert take(READER) is False
    for _ in range(2):
        world.service.grant_visual_confirmation(STAFF, "clinic-reader-1", PASSWORD)
    assert take(READER) is True
    first, second = _grants(world.database)
    assert first.used_at is None and second.used_at == NOW
    assert take(READER) is True  # the older one is still valid
    assert take(READER) is False
    assert [e[2] for e in _audit(world.database, "visual_confirmation")] == [
        "enabled: staff screen", "enabled: staff screen"]


def test_a_grant_lapses_after_five_minutes(world):
    world.service.grant_visual_confirmation(STAFF, "clinic-reader-1", PASSWORD)
    world.clock.moment = NOW + GRANT_LIFETIME
    assert world.service.take_visual_confirmation_grant(READER) is False
    world.clock.moment = NOW + GRANT_LIFETIME - dt.timedelta(seconds=1)
    assert world.service.take_visual_confirmation_grant(READER) is True


def test_a_grant_belongs_to_one_reader_of_one_facility(world):
    world.service.grant_visual_confirmation(STAFF, "clinic-reader-1", PASSWORD)
    take = world.service.take_visual_confirmation_grant
    assert take(Terminal("clinic-reader-2", FACILITY)) is False
    assert take(Terminal("clinic-reader-1", PHARMACY)) is False
    assert take(READER) is True


def test_a_facility_that_stopped_allowing_it_leaves_its_grants_unused(world):
    world.service.grant_visual_confirmation(STAFF, "clinic-reader-1", PASSWORD)
    world.service.update_facility_settings(FACILITY, visual_confirmation_allowed=False)
    assert world.service.take_visual_confirmation_grant(READER) is False
    assert _grants(world.database)[0].used_at is None


def test_readers_racing_for_one_grant_get_it_once(world):
    world.service.grant_visual_confirmation(STAFF, "clinic-reader-1", PASSWORD)
    results: list[object] = []
    start = threading.Barrier(6)

    def taker() -> None:
        start.wait()
        try:
            results.append(world.service.take_visual_confirmation_grant(READER))
        except DatabaseError as error:  # SQLite may answer "busy": the reader asks again
            results.append(error)

    threads = [threading.Thread(target=taker) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert results.count(True) == 1
    assert all(r is False or isinstance(r, DatabaseError) for r in results if r is not True)


# -- migration 0003 ----------------------------------------------------------------------


def test_0003_adds_the_grants_table_and_downgrades_keeping_the_rest(empty_url):
    engine = make_engine(empty_url)
    try:
        migrate(engine, "0002")
        with engine.begin() as connection:
            connection.execute(text(
                "INSERT INTO facilities (code, name, consent_categories, "
                "electronic_prescriptions, password_hash) VALUES "
                "('1310000001', 'みなと内科クリニック', 'medical', :yes, 'scrypt$x')"),
                {"yes": True})
        migrate(engine, "0003")
        assert current_revision(engine) == "0003"
        with engine.begin() as connection:
            connection.execute(text(
                "INSERT INTO visual_confirmation_grants (facility_code, terminal_id, "
                "granted_at, expires_at) VALUES ('1310000001', 'r1', :at, :until)"),
                {"at": NOW, "until": NOW + GRANT_LIFETIME})
            assert connection.scalar(text(
                "SELECT count(*) FROM visual_confirmation_grants WHERE used_at IS NULL")) == 1
        migrate(engine, "0002", down=True)
        assert current_revision(engine) == "0002"
        assert "visual_confirmation_grants" not in inspect(engine).get_table_names()
        with engine.connect() as connection:
            assert connection.scalar(text("SELECT count(*) FROM facilities")) == 1
    finally:
        engine.dispose()
    Database.open(empty_url).close()  # opening migrates to the head again, as the kiosk does


def test_a_grant_names_a_known_facility(database):
    with pytest.raises(Exception, match=r"(?i)foreign key"), database.engine.begin() as c:
        c.execute(text("INSERT INTO visual_confirmation_grants (facility_code, terminal_id, "
                       "granted_at, expires_at) VALUES ('9999999999', 'r1', :at, :at)"),
                  {"at": NOW})
