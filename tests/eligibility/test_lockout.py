"""Staff password lockout: 5 wrong within 15 minutes lock the terminal, for longer at each
lock in a row; the count is in the database (a new service, session or card changes
nothing); the right password is refused while locked; staff unlock it at the staff screen,
or it unlocks when the delay runs out; audited with ids only (migration 0006)."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from kiosk.eligibility.lockout import FIRST_LOCK, MAX_FAILURES, lock_delay
from kiosk.eligibility.password_checks import ACCEPTED, LOCKED, WRONG
from kiosk.eligibility.service import EligibilityService, Terminal
from kiosk.storage.models import AuditEvent
from tests.eligibility.world import FACILITY, PASSWORD, build_world

READER = Terminal("clinic-reader-1", FACILITY)
STAFF = Terminal("staff-desk-1", FACILITY)


@pytest.fixture
def world(database, card_factory):
    return build_world(database, card_factory)


def _wrong(service, terminal=READER, times=1):
    return [service.staff_password_check(terminal, f"guess-{n}").outcome for n in range(times)]


def _audit(database, action):
    with database.session() as session:
        return [(e.actor, e.outcome, e.detail) for e in session.scalars(
            select(AuditEvent).where(AuditEvent.action == action).order_by(AuditEvent.id))]


def test_five_wrong_passwords_lock_the_terminal_even_against_the_right_one(world):
    assert _wrong(world.service, times=MAX_FAILURES) == [WRONG] * 4 + [LOCKED]
    checked = world.service.staff_password_check(READER, PASSWORD)
    assert checked.outcome == LOCKED
    assert checked.locked_until == world.clock.moment + FIRST_LOCK
    # Another terminal of the facility is not locked.
    assert world.service.staff_password_check(Terminal("clinic-reader-2", FACILITY),
                                              PASSWORD).accepted
    [(actor, outcome, _detail)] = _audit(world.database, "password_lockout")
    assert (actor, outcome) == ("clinic-reader-1", "locked")
    assert PASSWORD not in repr(_audit(world.database, "visual_confirmation"))


def test_a_new_service_does_not_reset_the_count(world):
    _wrong(world.service, times=3)
    restarted = EligibilityService(world.database, world.service._anchor, world.clock)
    assert _wrong(restarted, times=2) == [WRONG, LOCKED]


def test_failures_spread_over_more_than_15_minutes_do_not_lock(world):
    for _ in range(8):
        assert _wrong(world.service) == [WRONG]
        world.clock.moment += dt.timedelta(minutes=4)


def test_the_lock_runs_out_and_each_lock_in_a_row_lasts_longer(world):
    _wrong(world.service, times=MAX_FAILURES)
    world.clock.moment += FIRST_LOCK
    assert _wrong(world.service, times=MAX_FAILURES)[-1] == LOCKED
    until = world.service.password_locked_until(READER)
    assert until == world.clock.moment + lock_delay(2) and lock_delay(2) == 2 * FIRST_LOCK
    world.clock.moment = until
    assert world.service.staff_password_check(READER, PASSWORD).outcome == ACCEPTED
    # The right password clears the count: the next lock is the first again.
    _wrong(world.service, times=MAX_FAILURES)
    assert world.service.password_locked_until(READER) == world.clock.moment + FIRST_LOCK


def test_staff_unlock_it_at_the_staff_screen_with_the_password(world):
    _wrong(world.service, times=MAX_FAILURES)
    [lock] = world.service.password_locks(FACILITY)
    assert lock.scope == "clinic-reader-1"
    assert world.service.unlock_password(STAFF, "clinic-reader-1", "nope").outcome == WRONG
    assert world.service.password_locks(FACILITY) == [lock]
    assert world.service.unlock_password(STAFF, "clinic-reader-1", PASSWORD).accepted
    assert world.service.password_locks(FACILITY) == []
    assert world.service.staff_password_check(READER, PASSWORD).accepted
    assert [o for _, o, _ in _audit(world.database, "password_unlock")] == [
        "refused: wrong password", "unlocked"]


def test_the_staff_screen_has_the_same_limit(world):
    outcomes = [world.service.visual_confirmation_grant(STAFF, "clinic-reader-1",
                                                        f"guess-{n}").outcome
                for n in range(MAX_FAILURES)]
    assert outcomes == [WRONG] * 4 + [LOCKED]
    assert world.service.visual_confirmation_grant(STAFF, "clinic-reader-1",
                                                   PASSWORD).outcome == LOCKED
    assert world.service.unlock_password(STAFF, "clinic-reader-1", PASSWORD).locked
