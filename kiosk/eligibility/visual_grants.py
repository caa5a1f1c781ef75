"""Visual confirmation grants: staff allow 目視確認 at one reader from the staff screen.

The old procedure took three trips between the reader and the staff terminal. Now staff
type the facility password once, at the staff screen, for a reader; the reader whose patient
waits for staff takes the grant on its next tick. A grant is used once and lapses after
GRANT_LIFETIME, so a grant nobody took cannot confirm a later patient.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import CursorResult, select, update
from sqlalchemy.orm import Session

from kiosk.eligibility.errors import InvalidRequest
from kiosk.eligibility.facilities import get_facility, staff_password_matches
from kiosk.storage.models import VisualConfirmationGrant

GRANT_LIFETIME = dt.timedelta(minutes=5)
TERMINAL_MAX = 50
ENABLED = "enabled"
NOT_ALLOWED = "refused: not allowed"
WRONG_PASSWORD = "refused: wrong password"


def password_outcome(session: Session, facility_code: str, password: str) -> str:
    """ENABLED, NOT_ALLOWED or WRONG_PASSWORD (the audit outcome; never the password).

    The same rule as the reader's own password screen: the facility must allow visual
    confirmation, and the password must be its staff password.
    """
    if not get_facility(session, facility_code).visual_confirmation_allowed:
        return NOT_ALLOWED
    if staff_password_matches(session, facility_code, password):
        return ENABLED
    return WRONG_PASSWORD


def check_reader_id(terminal_id: object) -> str:
    """The reader's terminal id as stored; InvalidRequest if it cannot be one."""
    if not isinstance(terminal_id, str) or not terminal_id.strip() \
            or len(terminal_id) > TERMINAL_MAX:
        raise InvalidRequest(f"a reader's terminal id has 1 to {TERMINAL_MAX} characters")
    return terminal_id


def add_grant(session: Session, moment: dt.datetime, facility_code: str,
              terminal_id: str) -> int:
    """Store a grant for the reader `terminal_id`, valid from `moment`; its id.

    The caller has checked the password and commits (and audits).
    """
    grant = VisualConfirmationGrant(facility_code=facility_code,
                                    terminal_id=check_reader_id(terminal_id),
                                    granted_at=moment, expires_at=moment + GRANT_LIFETIME)
    session.add(grant)
    session.flush()
    return grant.id


def take_grant(session: Session, moment: dt.datetime, facility_code: str,
               terminal_id: str) -> int | None:
    """Mark the reader's newest unexpired, unused grant as used at `moment`; its id, or None.

    Reading first keeps the usual answer (no grant) a plain read, not a write every second.
    The update re-checks used_at, so two takers racing for one grant cannot both have it.
    """
    newest = session.scalar(
        select(VisualConfirmationGrant.id)
        .where(VisualConfirmationGrant.facility_code == facility_code,
               VisualConfirmationGrant.terminal_id == terminal_id,
               VisualConfirmationGrant.used_at.is_(None),
               VisualConfirmationGrant.expires_at > moment)
        .order_by(VisualConfirmationGrant.id.desc())
        .limit(1))
    if newest is None:
        return None
    taken = session.execute(
        update(VisualConfirmationGrant)
        .where(VisualConfirmationGrant.id == newest,
               VisualConfirmationGrant.used_at.is_(None))
        .values(used_at=moment))
    # An UPDATE without RETURNING gives a cursor's result, which alone has the row count.
    assert isinstance(taken, CursorResult)
    return newest if taken.rowcount == 1 else None
