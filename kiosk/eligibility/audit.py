"""The audit trail: who did what, where and when, with ids only."""

from __future__ import annotations

import datetime as dt
import logging

from sqlalchemy import select
from sqlalchemy.orm import Session

from kiosk.storage.models import AuditEvent

log = logging.getLogger(__name__)


def record(session: Session, moment: dt.datetime, actor: str, action: str, outcome: str, *,
           facility_code: str | None = None, certificate_id: int | None = None,
           person_id: int | None = None, detail: str = "") -> None:
    """Add one event to the session (committed with the work it describes)."""
    session.add(AuditEvent(at=moment, actor=actor, action=action, outcome=outcome,
                           facility_code=facility_code, certificate_id=certificate_id,
                           person_id=person_id, detail=detail[:200]))
    log.info("audit: %s %s %s facility=%s certificate=%s person=%s %s", actor, action,
             outcome, facility_code, certificate_id, person_id, detail)


def trail(session: Session, limit: int = 100) -> list[AuditEvent]:
    """The newest events first."""
    return list(session.scalars(select(AuditEvent).order_by(AuditEvent.id.desc()).limit(limit)))
