"""Registering a card for insurance use: one certificate, exactly one person, never another."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from kiosk.eligibility import audit
from kiosk.eligibility.certificates import CertificateCheck, CertificateState, check_record
from kiosk.eligibility.errors import (
    CertificateRefused,
    LinkedToAnotherPerson,
    NoInsuranceRecord,
    UnknownCertificate,
)
from kiosk.storage.models import Certificate, Person, Registration


@dataclass(frozen=True)
class RegistrationOutcome:
    """`created` is False when the card was already registered to the same person."""

    created: bool
    certificate_id: int
    person_id: int


@dataclass(frozen=True)
class RegistrationStatus:
    """What a terminal needs before offering registration: the certificate's check, whether
    it is registered, and whether an insurer has filed a record for its holder."""

    check: CertificateCheck
    registered: bool
    holder_known: bool


def holder_known(session: Session, certificate_id: int) -> bool:
    """Whether an insurer has filed a record for the certificate's holder: without one the
    registration would be refused, so a terminal says so before the person confirms."""
    certificate = session.get(Certificate, certificate_id)
    return certificate is not None and session.scalar(
        select(Person.id).where(Person.individual_code == certificate.individual_code)) \
        is not None


def is_registered(session: Session, certificate_id: int) -> bool:
    """True when the certificate is linked to a person (whichever terminal did it)."""
    return session.scalar(select(Registration.id).where(
        Registration.certificate_id == certificate_id)) is not None


def register_certificate(session: Session, certificate_id: int, terminal: str,
                         now: dt.datetime) -> RegistrationOutcome:
    """Link the certificate to its holder; idempotent, safe against a concurrent terminal.

    The holder is the person J-LIS issued the certificate to: the caller cannot choose
    whom to link. Adds to the session; the caller commits (and audits refusals).
    """
    certificate = session.get(Certificate, certificate_id)
    if certificate is None:
        raise UnknownCertificate("this card is not recognised by the certificate authority")
    if check_record(certificate, now).state is not CertificateState.VALID:
        raise CertificateRefused("expired", "an expired certificate cannot be registered; "
                                 "renew it at the municipal office")
    person = session.scalar(
        select(Person).where(Person.individual_code == certificate.individual_code))
    if person is None:
        raise NoInsuranceRecord("no insurer has filed coverage for this card's holder; ask "
                                "the insurer")
    existing = _registration(session, certificate_id)
    if existing is None:
        try:
            # A savepoint: a concurrent terminal's insert makes ours fail alone, not the
            # caller's whole transaction.
            with session.begin_nested():
                session.add(Registration(certificate_id=certificate_id, person_id=person.id,
                                         registered_at=now, terminal=terminal))
        except IntegrityError:
            existing = _registration(session, certificate_id)
            if existing is None:
                raise
        else:
            audit.record(session, now, terminal, "register", "registered",
                         certificate_id=certificate_id, person_id=person.id)
            return RegistrationOutcome(True, certificate_id, person.id)
    if existing.person_id != person.id:
        raise LinkedToAnotherPerson("this card is registered to another person; the "
                                    "registration was not changed")
    audit.record(session, now, terminal, "register", "already registered",
                 certificate_id=certificate_id, person_id=person.id)
    return RegistrationOutcome(False, certificate_id, person.id)


def _registration(session: Session, certificate_id: int) -> Registration | None:
    return session.scalar(
        select(Registration).where(Registration.certificate_id == certificate_id))
