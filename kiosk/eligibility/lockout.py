"""Password lockout: 5 wrong facility passwords within 15 minutes lock the place they were
typed at, for longer at each lock in a row.

The count is a database row per scope (a terminal's id, an API client), so a new session,
a card put back or a restarted kiosk does not reset it. A right password or staff unlocking
it at the staff screen clears it; otherwise it unlocks when its delay runs out.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from kiosk.eligibility.clock import aware
from kiosk.storage.models import PasswordLockout

MAX_FAILURES = 5
FAILURE_WINDOW = dt.timedelta(minutes=15)
FIRST_LOCK = dt.timedelta(minutes=5)
LONGEST_LOCK = dt.timedelta(hours=2)
SCOPE_MAX = 80


@dataclass(frozen=True)
class Lock:
    """A scope locked until a moment (what the staff screen lists)."""

    scope: str
    facility_code: str | None
    locked_until: dt.datetime


def lock_delay(lock_count: int) -> dt.timedelta:
    """How long the `lock_count`-th lock in a row lasts: 5, 10, 20... minutes, at most 2 h."""
    return min(FIRST_LOCK * 2 ** max(0, lock_count - 1), LONGEST_LOCK)


def check_scope(scope: str) -> str:
    """`scope` as stored; ValueError if it cannot be one."""
    if not scope or len(scope) > SCOPE_MAX:
        raise ValueError(f"a lockout scope has 1 to {SCOPE_MAX} characters")
    return scope


def locked_until(session: Session, scope: str, moment: dt.datetime) -> dt.datetime | None:
    """When the lock on `scope` ends, or None if it is not locked at `moment`."""
    row = session.get(PasswordLockout, scope)
    if row is None or row.locked_until is None or aware(row.locked_until) <= moment:
        return None
    return aware(row.locked_until)


def record_failure(session: Session, scope: str, facility_code: str | None,
                   moment: dt.datetime) -> dt.datetime | None:
    """Count one wrong password at `scope`; the end of the lock if this one locked it."""
    row = session.get(PasswordLockout, check_scope(scope))
    if row is None:
        row = PasswordLockout(scope=scope, facility_code=facility_code, failures=0,
                              lock_count=0)
        session.add(row)
    started = aware(row.window_started_at) if row.window_started_at else None
    if started is None or moment - started > FAILURE_WINDOW:
        row.failures, row.window_started_at = 0, moment
    row.failures += 1
    row.facility_code = facility_code
    if row.failures < MAX_FAILURES:
        session.flush()
        return None
    row.lock_count += 1
    row.locked_until = moment + lock_delay(row.lock_count)
    row.failures, row.window_started_at = 0, None
    session.flush()
    return row.locked_until


def clear(session: Session, scope: str, facility_code: str | None = None) -> bool:
    """Forget `scope`'s failures and lock (a right password, or staff unlocking it; only
    their own facility's when `facility_code` is given); whether there was anything."""
    row = session.get(PasswordLockout, scope)
    if row is None or (facility_code is not None and row.facility_code != facility_code):
        return False
    session.delete(row)
    session.flush()
    return True


def active_locks(session: Session, facility_code: str, moment: dt.datetime) -> list[Lock]:
    """The facility's scopes locked at `moment`, the longest-locked first."""
    rows = session.scalars(select(PasswordLockout)
                           .where(PasswordLockout.facility_code == facility_code,
                                  PasswordLockout.locked_until.is_not(None))
                           .order_by(PasswordLockout.scope))
    locks = [Lock(row.scope, row.facility_code, aware(row.locked_until))
             for row in rows if row.locked_until is not None
             and aware(row.locked_until) > moment]
    return sorted(locks, key=lambda lock: lock.locked_until, reverse=True)
