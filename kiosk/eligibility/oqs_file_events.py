"""The OQS files a facility's terminals wrote, or failed to write, as audit events.

Each reception that confirmed someone's insurance leaves one event (action oqs_face_file):
"written" with the file's name, or "failed: <reason>" with what went wrong (never a value
of the reception). The staff screen lists them; they hold no personal data.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from kiosk.eligibility import audit
from kiosk.eligibility.clock import aware
from kiosk.storage.models import AuditEvent

ACTION = "oqs_face_file"
WRITTEN = "written"
FAILED = "failed"
# Why a file was not written (kiosk.oqs.errors and what else can happen).
REASONS = ("folder_missing", "write_failed", "invalid_result", "unexpected")
_DETAIL = re.compile(r"reception (\d+) ?(.*)", re.DOTALL)


@dataclass(frozen=True)
class OqsFileEvent:
    """One file written (its name) or not written (the reason and message), as staff see it."""

    id: int
    at: dt.datetime
    terminal_id: str
    reception_id: int | None
    written: bool
    name: str  # the file's name when written
    reason: str  # one of REASONS when not written
    message: str  # what went wrong, when not written


def record_written(session: Session, moment: dt.datetime, terminal_id: str,
                   facility_code: str, reception_id: int, name: str) -> None:
    """A face file named `name` was written for the reception."""
    audit.record(session, moment, terminal_id, ACTION, WRITTEN, facility_code=facility_code,
                 detail=f"reception {reception_id} {name}")


def record_failed(session: Session, moment: dt.datetime, terminal_id: str,
                  facility_code: str, reception_id: int, reason: str, message: str) -> None:
    """No face file could be written for the reception, for `reason` (one of REASONS)."""
    if reason not in REASONS:
        raise ValueError(f"reason is one of {REASONS}, not {reason!r}")
    audit.record(session, moment, terminal_id, ACTION, f"{FAILED}: {reason}",
                 facility_code=facility_code, detail=f"reception {reception_id} {message}")


def list_events(session: Session, facility_code: str, after_id: int = 0,
                limit: int = 100) -> list[OqsFileEvent]:
    """The facility's file events with an id above `after_id`, newest first."""
    rows = session.scalars(select(AuditEvent).where(
        AuditEvent.action == ACTION, AuditEvent.facility_code == facility_code,
        AuditEvent.id > after_id).order_by(AuditEvent.id.desc()).limit(limit))
    return [_event(row) for row in rows]


def _event(row: AuditEvent) -> OqsFileEvent:
    match = _DETAIL.fullmatch(row.detail or "")
    reception_id = int(match.group(1)) if match else None
    rest = match.group(2) if match else ""
    written = row.outcome == WRITTEN
    reason = "" if written else row.outcome.removeprefix(f"{FAILED}: ")
    return OqsFileEvent(row.id, aware(row.at), row.actor, reception_id, written,
                        rest if written else "", reason, "" if written else rest)
