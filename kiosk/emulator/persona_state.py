"""What a persona's card and records allow now, as the QA panel describes each persona.

The persona file says what each persona was seeded as; this reads what is true now, after
the sessions and QA operations since (a registration, a locked PIN, a hold, a new insurer).
Blocking (card file and database): call it off the GUI thread.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session

from kiosk.card import CardError
from kiosk.eligibility import clock
from kiosk.eligibility.certificates import CertificateState, check_record, find_certificate
from kiosk.eligibility.errors import CertificateRefused, UnknownCertificate
from kiosk.eligibility.lookup import coverage_validity
from kiosk.eligibility.records import Validity
from kiosk.emulator.world import EmulatedWorld
from kiosk.storage.models import Certificate, Coverage, Person, Registration


class CertificateStatus(StrEnum):
    """What the card's user-authentication certificate allows now."""

    VALID = "valid"
    GRACE = "grace"  # expired within the grace period: insurance only
    EXPIRED = "expired"
    NOT_YET_VALID = "not_yet_valid"
    ON_HOLD = "on_hold"
    REVOKED = "revoked"
    UNKNOWN = "unknown"  # no record of it (or not issued by the trusted authority)


@dataclass(frozen=True)
class PersonaState:
    """One persona's card and records as a terminal would find them now."""

    chip_readable: bool
    pin_tries_left: int | None  # None: no PIN (a face-authentication card) or no chip
    certificate: CertificateStatus | None  # None: the chip cannot be read
    registered: bool
    coverage: Validity  # NO_COVERAGE when no insurer has filed a record
    dependent: bool  # the coverage shown is a family member's (被扶養者)
    age: int | None  # on the coverage's birth date; None without one

    @property
    def pin_locked(self) -> bool:
        """The user-authentication PIN is locked (the municipal office resets it)."""
        return self.pin_tries_left == 0


UNREADABLE = PersonaState(chip_readable=False, pin_tries_left=None, certificate=None,
                          registered=False, coverage=Validity.NO_COVERAGE, dependent=False,
                          age=None)


def persona_state(world: EmulatedWorld, persona: str,
                  moment: dt.datetime | None = None) -> PersonaState:
    """The persona's state now (or at `moment`), read from its card file and the database."""
    moment = moment or clock.now()
    try:
        certificate = world.certificate_of(persona)
        tries = world.pin_tries_left(persona)
    except CardError:
        return UNREADABLE  # a destroyed chip: no terminal gets further
    with world.database.session() as session:
        try:
            record = find_certificate(session, certificate)
        except UnknownCertificate:
            return PersonaState(True, tries, CertificateStatus.UNKNOWN, False,
                                Validity.NO_COVERAGE, False, None)
        registered = session.scalar(select(Registration.id).where(
            Registration.certificate_id == record.id)) is not None
        validity, coverage = _coverage(session, record.individual_code, moment)
        dependent = coverage is not None and coverage.relationship == "dependent"
        age = _age(coverage.birth_date, clock.japan_date(moment)) if coverage else None
        return PersonaState(True, tries, _certificate_status(record, moment), registered,
                            validity, dependent, age)


def persona_states(world: EmulatedWorld, personas: Iterable[str], deadline_s: float,
                   now: Callable[[], float] = time.monotonic) -> dict[str, PersonaState]:
    """Each persona's state, until `deadline_s` has passed: the ones read by then."""
    deadline = now() + deadline_s
    states: dict[str, PersonaState] = {}
    for persona in personas:
        if now() > deadline:
            break
        states[persona] = persona_state(world, persona)
    return states


def _certificate_status(record: Certificate, moment: dt.datetime) -> CertificateStatus:
    try:
        check = check_record(record, moment)
    except CertificateRefused as refusal:
        try:
            return CertificateStatus(refusal.reason)
        except ValueError:
            return CertificateStatus.UNKNOWN
    return (CertificateStatus.VALID if check.state is CertificateState.VALID
            else CertificateStatus.GRACE)


def _coverage(session: Session, individual_code: str,
              moment: dt.datetime) -> tuple[Validity, Coverage | None]:
    person_id = session.scalar(select(Person.id).where(
        Person.individual_code == individual_code))
    if person_id is None:
        return Validity.NO_COVERAGE, None
    coverages = list(session.scalars(select(Coverage).where(Coverage.person_id == person_id)))
    return coverage_validity(coverages, clock.japan_date(moment))


def _age(birth: dt.date, today: dt.date) -> int:
    return today.year - birth.year - ((today.month, today.day) < (birth.month, birth.day))
