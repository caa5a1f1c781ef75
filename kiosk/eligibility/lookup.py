"""Eligibility lookups: by a registered certificate, or by the numbers on an insurance card."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from kiosk.eligibility.certificates import check_record
from kiosk.eligibility.clock import aware, japan_date
from kiosk.eligibility.errors import NotRegistered, UnknownCertificate, UnknownFacility
from kiosk.eligibility.records import ConsentFlag, CoverageView, Lookup, Validity
from kiosk.storage.models import Certificate, Consent, Coverage, Facility, Insurer, Registration

MESSAGES = {
    Validity.VALID: "資格有効",
    Validity.INVALID: "資格無効: no coverage is valid today (after a job change, the new "
                      "insurer may not have filed the enrolment yet)",
    Validity.INVALID_NEWER_EXISTS: "資格無効（新しい資格あり）: this coverage has ended; a "
                                   "newer one exists",
    Validity.NO_COVERAGE: "該当資格なし: no coverage on record",
    Validity.SEVERAL_MATCHES: "複数該当: several people match; give the branch number",
}


def _is_valid_on(coverage: Coverage, day: dt.date) -> bool:
    return coverage.valid_from <= day and (coverage.valid_until is None
                                           or day <= coverage.valid_until)


def _view(session: Session, coverage: Coverage) -> CoverageView:
    insurer = session.get(Insurer, coverage.insurer_number)
    return CoverageView.of(coverage, insurer.name if insurer else "")


def coverage_validity(coverages: list[Coverage], day: dt.date) -> tuple[Validity, Coverage | None]:
    """The validity code of a person's coverages on `day`, and the coverage to show."""
    if not coverages:
        return Validity.NO_COVERAGE, None
    newest_first = sorted(coverages, key=lambda c: c.valid_from, reverse=True)
    valid = [c for c in newest_first if _is_valid_on(c, day)]
    if valid:
        return Validity.VALID, valid[0]
    started = [c for c in newest_first if c.valid_from <= day]
    if len(started) < len(newest_first):
        # A coverage starting later has been filed: the current one is over but not the story.
        return Validity.INVALID_NEWER_EXISTS, started[0] if started else newest_first[-1]
    return Validity.INVALID, newest_first[0]


def consent_flags(session: Session, facility: Facility, person_id: int, moment: dt.datetime,
                  sharing_allowed: bool) -> dict[str, ConsentFlag]:
    """Per category the facility asks, what the person's latest consent allows now."""
    asked = [c for c in facility.consent_categories.split(",") if c]
    if not sharing_allowed:
        return dict.fromkeys(asked, ConsentFlag.NOT_OBTAINABLE)
    latest = session.scalar(select(Consent).where(
        Consent.facility_code == facility.code, Consent.person_id == person_id,
    ).order_by(Consent.given_at.desc(), Consent.id.desc()).limit(1))
    if latest is None:
        return dict.fromkeys(asked, ConsentFlag.NONE)
    given = set(latest.categories.split(","))
    expired = aware(latest.expires_at) <= aware(moment)
    return {
        category: (ConsentFlag.NONE if category not in given
                   else ConsentFlag.EXPIRED if expired else ConsentFlag.CONSENTED)
        for category in asked
    }


def lookup_by_certificate_id(session: Session, certificate_id: int, facility_code: str | None,
                             now: dt.datetime) -> Lookup:
    """Look up the person a registered certificate belongs to; raises if it cannot be used."""
    certificate = session.get(Certificate, certificate_id)
    if certificate is None:
        raise UnknownCertificate("this card is not recognised by the certificate authority")
    check = check_record(certificate, now)
    registration = session.scalar(
        select(Registration).where(Registration.certificate_id == certificate_id))
    if registration is None:
        raise NotRegistered("this card is not registered for use as a health-insurance card")
    coverages = list(session.scalars(
        select(Coverage).where(Coverage.person_id == registration.person_id)))
    validity, shown = coverage_validity(coverages, japan_date(now))
    consents: dict[str, ConsentFlag] = {}
    if facility_code is not None:
        facility = session.get(Facility, facility_code)
        if facility is None:
            raise UnknownFacility(f"no facility has the code {facility_code}")
        consents = consent_flags(session, facility, registration.person_id, now,
                                 check.sharing_allowed)
    return Lookup(
        validity=validity,
        message=MESSAGES[validity],
        coverage=_view(session, shown) if shown is not None else None,
        matches=1 if shown is not None else 0,
        person_id=registration.person_id,
        certificate_id=certificate_id,
        sharing_allowed=check.sharing_allowed,
        renewal_alert=check.renewal_alert,
        consents=consents,
        coverage_id=shown.id if shown is not None else None,
    )


def lookup_by_insured_number(session: Session, insurer_number: str, symbol: str, number: str,
                             branch: str | None, now: dt.datetime) -> Lookup:
    """Look up by the numbers printed on an insurance card (branch optional)."""
    query = select(Coverage).where(Coverage.insurer_number == insurer_number,
                                   Coverage.symbol == symbol, Coverage.number == number)
    if branch is not None:
        query = query.where(Coverage.branch == branch)
    matches = list(session.scalars(query))
    if not matches:
        return Lookup(Validity.NO_COVERAGE, MESSAGES[Validity.NO_COVERAGE])
    people = {coverage.person_id for coverage in matches}
    if len(people) > 1:
        return Lookup(Validity.SEVERAL_MATCHES, MESSAGES[Validity.SEVERAL_MATCHES],
                      matches=len(people))
    record = matches[0]
    today = japan_date(now)
    if _is_valid_on(record, today):
        validity = Validity.VALID
    else:
        others = session.scalars(select(Coverage).where(
            Coverage.person_id == record.person_id, Coverage.id != record.id))
        newer = any(c.valid_from > record.valid_from for c in others)
        validity = Validity.INVALID_NEWER_EXISTS if newer else Validity.INVALID
    return Lookup(validity, MESSAGES[validity], _view(session, record), matches=1,
                  person_id=record.person_id, coverage_id=record.id)
