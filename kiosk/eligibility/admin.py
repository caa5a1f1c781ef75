"""What the hotline, municipal offices, insurers and J-LIS do to the records."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from cryptography import x509
from sqlalchemy import select
from sqlalchemy.orm import Session

from kiosk.eligibility import audit
from kiosk.eligibility.certificates import serial_text
from kiosk.eligibility.errors import InvalidRequest, UnknownCertificate, UnknownPerson
from kiosk.storage.models import Certificate, Coverage, Insurer, Person

# Which status change each action makes, from which states.
_TRANSITIONS = {
    "hold": ({"active"}, "on_hold"),
    "lift-hold": ({"on_hold"}, "active"),
    "revoke": ({"active", "on_hold"}, "revoked"),
}


def record_certificate(session: Session, certificate: x509.Certificate,
                       individual_code: str) -> Certificate:
    """J-LIS records a certificate it issued and whose it is (idempotent)."""
    issuer, serial = certificate.issuer.rfc4514_string(), serial_text(certificate)
    record = session.scalar(select(Certificate).where(Certificate.issuer == issuer,
                                                      Certificate.serial == serial))
    if record is None:
        record = Certificate(issuer=issuer, serial=serial,
                             not_before=certificate.not_valid_before_utc,
                             not_after=certificate.not_valid_after_utc, status="active",
                             individual_code=individual_code)
        session.add(record)
        session.flush()
    return record


def person_for(session: Session, individual_code: str) -> Person:
    """The person with this individual code, created on first enrolment."""
    person = session.scalar(select(Person).where(Person.individual_code == individual_code))
    if person is None:
        person = Person(individual_code=individual_code)
        session.add(person)
        session.flush()
    return person


def find_certificate_by_serial(session: Session, serial: str) -> Certificate:
    """The certificate with this serial (hex, any case); UnknownCertificate otherwise."""
    matches = list(session.scalars(select(Certificate).where(
        Certificate.serial == serial.strip().upper().removeprefix("0X"))))
    if len(matches) != 1:
        raise UnknownCertificate(f"no single certificate has the serial {serial}")
    return matches[0]


def change_certificate_status(session: Session, serial: str, action: str, actor: str,
                              now: dt.datetime) -> Certificate:
    """hold (the lost/stolen hotline), lift-hold (municipal office) or revoke."""
    allowed_from, new_status = _TRANSITIONS[action]
    certificate = find_certificate_by_serial(session, serial)
    if certificate.status not in allowed_from:
        raise InvalidRequest(f"cannot {action} a certificate that is {certificate.status}")
    certificate.status = new_status
    certificate.status_changed_at = now
    audit.record(session, now, actor, action, new_status, certificate_id=certificate.id)
    return certificate


@dataclass(frozen=True)
class Enrolment:
    """An insurer's filing of a person's coverage."""

    insurer_number: str
    symbol: str
    number: str
    branch: str
    relationship: str
    family_name: str
    given_name: str
    family_kana: str
    given_kana: str
    sex: str
    birth_date: dt.date
    address: str
    valid_from: dt.date
    copay_ratio: int
    valid_until: dt.date | None = None
    loss_reason: str | None = None
    elderly_copay_ratio: int | None = None
    high_cost_category: str | None = None


def file_enrolment(session: Session, person: Person, enrolment: Enrolment, actor: str,
                   now: dt.datetime) -> Coverage:
    """An insurer files a coverage for the person; the caller commits."""
    if session.get(Insurer, enrolment.insurer_number) is None:
        raise InvalidRequest(f"no insurer has the number {enrolment.insurer_number}")
    if enrolment.relationship not in ("principal", "dependent"):
        raise InvalidRequest("relationship must be principal or dependent")
    if enrolment.copay_ratio not in (10, 20, 30):
        raise InvalidRequest("the co-payment ratio is 10, 20 or 30 percent")
    coverage = Coverage(person_id=person.id, filed_at=now, **enrolment.__dict__)
    session.add(coverage)
    session.flush()
    audit.record(session, now, actor, "file-enrolment", "filed", person_id=person.id,
                 detail=f"coverage {coverage.id}")
    return coverage


def end_coverage(session: Session, person_id: int, last_day: dt.date, reason: str,
                 actor: str, now: dt.datetime) -> list[Coverage]:
    """The person leaves their insurer (a job change): coverage open on `last_day` ends."""
    open_ones = [c for c in session.scalars(select(Coverage).where(
        Coverage.person_id == person_id)) if c.valid_until is None or c.valid_until > last_day]
    open_ones = [c for c in open_ones if c.valid_from <= last_day]
    if not open_ones:
        raise UnknownPerson(f"person {person_id} has no coverage open on {last_day}")
    for coverage in open_ones:
        coverage.valid_until = last_day
        coverage.loss_reason = reason
    audit.record(session, now, actor, "end-coverage", "ended", person_id=person_id,
                 detail=f"last day {last_day.isoformat()}")
    return open_ones


def latest_coverage(session: Session, person_id: int) -> Coverage:
    """The person's most recent coverage (to copy personal details from)."""
    coverage = session.scalar(select(Coverage).where(Coverage.person_id == person_id)
                              .order_by(Coverage.valid_from.desc()).limit(1))
    if coverage is None:
        raise UnknownPerson(f"person {person_id} has no coverage on record")
    return coverage
