"""Consent to share medical information with a facility, valid for 24 hours."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from kiosk.eligibility.errors import InvalidRequest
from kiosk.eligibility.facilities import get_facility
from kiosk.storage.models import Consent

CONSENT_LIFETIME = dt.timedelta(hours=24)


def record_consent(session: Session, facility_code: str, person_id: int,
                   categories: list[str], now: dt.datetime) -> Consent:
    """Record what the person agreed to (possibly nothing); the caller commits."""
    facility = get_facility(session, facility_code)
    asked = set(filter(None, facility.consent_categories.split(",")))
    extra = set(categories) - asked
    if extra:
        raise InvalidRequest(f"the facility does not ask consent for {sorted(extra)}")
    consent = Consent(facility_code=facility_code, person_id=person_id,
                      categories=",".join(sorted(set(categories))), given_at=now,
                      expires_at=now + CONSENT_LIFETIME)
    session.add(consent)
    return consent
