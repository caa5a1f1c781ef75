"""Reception records: what each reception at a facility's terminal ended with.

A record holds ids and codes only (no name, My Number, PIN or photo); the staff view joins
the coverage the lookup returned for the insurance details.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

from kiosk.eligibility.errors import InvalidRequest
from kiosk.eligibility.facilities import get_facility
from kiosk.eligibility.records import CONSENT_CATEGORIES, CoverageView
from kiosk.storage.models import Certificate, Coverage, Insurer, Person, Reception

# "none": the session failed (a device, the system) before identity was confirmed.
IDENTITY_METHODS = ("face", "pin", "visual", "none")
PRESCRIPTIONS = ("electronic", "paper")
MAX_LIMIT = 1000
_WARNING = re.compile(r"[A-Za-z0-9_.:-]{1,40}")
_OUTCOME = re.compile(r"[A-Za-z0-9_.:-]{1,30}")
_TERMINAL_MAX = 50
_WARNINGS_MAX = 200


@dataclass(frozen=True)
class ReceptionResult:
    """What a terminal's reception ended with, as the flow hands it over."""

    identity_method: str  # face | pin | visual | none
    certificate_id: int | None
    person_id: int | None
    coverage_id: int | None  # the coverage the lookup returned (Lookup.coverage_id)
    validity: int | None  # the validity code, 1-5
    consents: tuple[str, ...]  # categories consented to, possibly none
    prescription: str | None  # electronic | paper
    warnings: tuple[str, ...]  # warning codes
    outcome: str = "completed"


@dataclass(frozen=True)
class ReceptionRecord:
    """A stored reception as the staff screen shows it."""

    id: int
    at: dt.datetime
    terminal_id: str
    identity_method: str
    validity: int | None
    consents: tuple[str, ...]
    prescription: str | None
    warnings: tuple[str, ...]
    outcome: str
    coverage: CoverageView | None


def _optional_id(name: str, value: object) -> int | None:
    if value is None:
        return None
    if not isinstance(value, int) or isinstance(value, bool):
        raise InvalidRequest(f"{name} must be an id or None, not {value!r}")
    return value


def _check(session: Session, terminal_id: str, facility_code: str,
           result: ReceptionResult) -> None:
    """InvalidRequest (UnknownFacility) unless every value of the result can be stored."""
    facility = get_facility(session, facility_code)
    if not terminal_id or len(terminal_id) > _TERMINAL_MAX:
        raise InvalidRequest(f"a terminal id has 1 to {_TERMINAL_MAX} characters")
    if result.identity_method not in IDENTITY_METHODS:
        raise InvalidRequest(f"identity_method must be one of {', '.join(IDENTITY_METHODS)}, "
                             f"not {result.identity_method!r}")
    if result.identity_method == "visual" and not facility.visual_confirmation_allowed:
        raise InvalidRequest(f"facility {facility_code} does not allow visual confirmation")
    if result.validity is not None and (
            not isinstance(result.validity, int) or isinstance(result.validity, bool)
            or not 1 <= result.validity <= 5):
        raise InvalidRequest(f"validity must be a code from 1 to 5 or None, not "
                             f"{result.validity!r}")
    if isinstance(result.consents, str):
        raise InvalidRequest("consents must be a tuple of category names")
    unknown = [c for c in result.consents if c not in CONSENT_CATEGORIES]
    if unknown:
        raise InvalidRequest(f"unknown consent categories {unknown}; known: "
                             f"{', '.join(CONSENT_CATEGORIES)}")
    if result.prescription not in (None, *PRESCRIPTIONS):
        raise InvalidRequest(f"prescription must be electronic, paper or None, not "
                             f"{result.prescription!r}")
    if isinstance(result.warnings, str):
        raise InvalidRequest("warnings must be a tuple of warning codes")
    bad = [w for w in result.warnings if not isinstance(w, str) or not _WARNING.fullmatch(w)]
    if bad:
        raise InvalidRequest(f"warning codes are 1 to 40 letters, digits or _.:- ; not {bad}")
    if len(",".join(result.warnings)) > _WARNINGS_MAX:
        raise InvalidRequest(f"the warning codes take more than {_WARNINGS_MAX} characters")
    if not isinstance(result.outcome, str) or not _OUTCOME.fullmatch(result.outcome):
        raise InvalidRequest(f"an outcome is 1 to 30 letters, digits or _.:- ; not "
                             f"{result.outcome!r}")
    certificate_id = _optional_id("certificate_id", result.certificate_id)
    person_id = _optional_id("person_id", result.person_id)
    coverage_id = _optional_id("coverage_id", result.coverage_id)
    if certificate_id is not None and session.get(Certificate, certificate_id) is None:
        raise InvalidRequest(f"no certificate has the id {certificate_id}")
    if person_id is not None and session.get(Person, person_id) is None:
        raise InvalidRequest(f"no person has the id {person_id}")
    if coverage_id is not None:
        coverage = session.get(Coverage, coverage_id)
        if coverage is None:
            raise InvalidRequest(f"no coverage has the id {coverage_id}")
        if person_id is not None and coverage.person_id != person_id:
            raise InvalidRequest(f"coverage {coverage_id} is not person {person_id}'s")


def record_reception(session: Session, moment: dt.datetime, terminal_id: str,
                     facility_code: str, result: ReceptionResult) -> int:
    """Store a reception; its id. The caller commits (and audits).

    InvalidRequest for a value that cannot be stored (an unknown method, a visual
    confirmation where the facility does not allow it, a coverage of someone else...);
    UnknownFacility for an unknown facility.
    """
    _check(session, terminal_id, facility_code, result)
    record = Reception(
        at=moment, facility_code=facility_code, terminal_id=terminal_id,
        identity_method=result.identity_method, certificate_id=result.certificate_id,
        person_id=result.person_id, coverage_id=result.coverage_id,
        validity=None if result.validity is None else int(result.validity),
        consents=",".join(c for c in CONSENT_CATEGORIES if c in result.consents),
        prescription=result.prescription, warnings=",".join(result.warnings),
        outcome=result.outcome)
    session.add(record)
    session.flush()
    return record.id


def _split(text: str) -> tuple[str, ...]:
    return tuple(item for item in text.split(",") if item)


def list_receptions(session: Session, facility_code: str, after_id: int = 0,
                    limit: int = 100) -> list[ReceptionRecord]:
    """The facility's receptions with an id above `after_id`, newest first, at most `limit`.

    A staff screen polls with the highest id it has seen to get only the new ones.
    """
    get_facility(session, facility_code)
    if not isinstance(limit, int) or isinstance(limit, bool) or not 1 <= limit <= MAX_LIMIT:
        raise InvalidRequest(f"limit must be from 1 to {MAX_LIMIT}, not {limit!r}")
    if not isinstance(after_id, int) or isinstance(after_id, bool) or after_id < 0:
        raise InvalidRequest(f"after_id must be a reception id or 0, not {after_id!r}")
    return _records(session, (Reception.facility_code == facility_code,
                              Reception.id > after_id), limit)


def get_reception(session: Session, facility_code: str, reception_id: int) -> ReceptionRecord:
    """One of the facility's receptions; InvalidRequest if it has none with this id."""
    found = _records(session, (Reception.facility_code == facility_code,
                               Reception.id == reception_id), 1)
    if not found:
        raise InvalidRequest(f"facility {facility_code} has no reception {reception_id}")
    return found[0]


def _records(session: Session, where: tuple[ColumnElement[bool], ...],
             limit: int) -> list[ReceptionRecord]:
    rows = session.execute(
        select(Reception, Coverage, Insurer.name)
        .outerjoin(Coverage, Coverage.id == Reception.coverage_id)
        .outerjoin(Insurer, Insurer.number == Coverage.insurer_number)
        .where(*where)
        .order_by(Reception.id.desc())
        .limit(limit))
    return [
        ReceptionRecord(
            id=record.id, at=record.at, terminal_id=record.terminal_id,
            identity_method=record.identity_method, validity=record.validity,
            consents=_split(record.consents), prescription=record.prescription,
            warnings=_split(record.warnings), outcome=record.outcome,
            coverage=None if coverage is None else CoverageView.of(coverage, insurer or ""))
        for record, coverage, insurer in rows
    ]
