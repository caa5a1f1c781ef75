"""Checking a facility's staff password at one place, under the lockout (lockout.py).

Every place a staff password is typed goes through `check_password`: the reader's own
password screen (visual confirmation), its staff exit, and the staff screen. A locked place
is refused before the password is even hashed. Audited with ids only, never the password.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy.orm import Session

from kiosk.eligibility import audit, lockout
from kiosk.eligibility.facilities import get_facility, staff_password_matches

ACCEPTED, WRONG, LOCKED, NOT_ALLOWED = "accepted", "wrong", "locked", "not_allowed"
LOCKOUT_ACTION = "password_lockout"


@dataclass(frozen=True)
class PasswordCheck:
    """How a password check went; `locked_until` when the place is locked."""

    outcome: str
    locked_until: dt.datetime | None = None

    @property
    def accepted(self) -> bool:
        """The password was right and the place not locked."""
        return self.outcome == ACCEPTED

    @property
    def locked(self) -> bool:
        """The place is locked (by this try or before)."""
        return self.outcome == LOCKED


@dataclass(frozen=True)
class PasswordRequest:
    """Where a password is typed (`scope`, usually the terminal's id) and for what."""

    scope: str
    facility_code: str
    action: str  # the audit action: visual_confirmation, staff_exit, ...
    needs_visual_confirmation: bool = False
    accepted_outcome: str | None = "enabled"  # audit outcome of a right password (None:
    # the caller audits it, with what it did)
    detail: str = ""


def check_password(session: Session, moment: dt.datetime, request: PasswordRequest,
                   password: str) -> PasswordCheck:
    """Check `password` for `request` at `moment`, counting a wrong one (in `session`)."""
    scope, facility = request.scope, request.facility_code
    until = lockout.locked_until(session, scope, moment)
    if until is not None:
        _audit(session, moment, request, "refused: locked")
        return PasswordCheck(LOCKED, until)
    if request.needs_visual_confirmation \
            and not get_facility(session, facility).visual_confirmation_allowed:
        _audit(session, moment, request, "refused: not allowed")
        return PasswordCheck(NOT_ALLOWED)
    if staff_password_matches(session, facility, password):
        lockout.clear(session, scope)
        if request.accepted_outcome is not None:
            _audit(session, moment, request, request.accepted_outcome)
        return PasswordCheck(ACCEPTED)
    _audit(session, moment, request, "refused: wrong password")
    until = lockout.record_failure(session, scope, facility, moment)
    if until is None:
        return PasswordCheck(WRONG)
    audit.record(session, moment, scope, LOCKOUT_ACTION, "locked", facility_code=facility,
                 detail=f"{lockout.MAX_FAILURES} wrong passwords; until "
                        f"{until.isoformat(timespec='seconds')}")
    return PasswordCheck(LOCKED, until)


def _audit(session: Session, moment: dt.datetime, request: PasswordRequest,
           outcome: str) -> None:
    audit.record(session, moment, request.scope, request.action, outcome,
                 facility_code=request.facility_code, detail=request.detail)
