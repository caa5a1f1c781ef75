"""Facilities (clinics, pharmacies): what their terminals ask and who may enable staff checks."""

from __future__ import annotations

import re

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from kiosk.eligibility.errors import DuplicateFacility, InvalidRequest, UnknownFacility
from kiosk.eligibility.passwords import hash_password, verify_password
from kiosk.eligibility.records import CONSENT_CATEGORIES
from kiosk.storage.models import Facility

_CODE = re.compile(r"[0-9]{10}")
MIN_PASSWORD = 8


def check_categories(categories: list[str]) -> str:
    """The categories as stored; InvalidRequest for an unknown one."""
    unknown = [c for c in categories if c not in CONSENT_CATEGORIES]
    if unknown:
        raise InvalidRequest(f"unknown consent categories {unknown}; known: "
                             f"{', '.join(CONSENT_CATEGORIES)}")
    return ",".join(c for c in CONSENT_CATEGORIES if c in categories)


def _check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD:
        raise InvalidRequest(f"the staff password needs at least {MIN_PASSWORD} characters")


def add_facility(session: Session, code: str, name: str, categories: list[str],
                 electronic_prescriptions: bool, password: str) -> Facility:
    """Add a facility; DuplicateFacility if the code is taken. The caller commits."""
    if not _CODE.fullmatch(code):
        raise InvalidRequest("a facility code (医療機関コード) is 10 digits")
    if not name.strip():
        raise InvalidRequest("the facility name is empty")
    _check_password(password)
    if session.get(Facility, code) is not None:
        raise DuplicateFacility(f"a facility with the code {code} exists already")
    facility = Facility(code=code, name=name, consent_categories=check_categories(categories),
                        electronic_prescriptions=electronic_prescriptions,
                        password_hash=hash_password(password))
    try:
        with session.begin_nested():
            session.add(facility)
    except IntegrityError:
        raise DuplicateFacility(f"a facility with the code {code} exists already") from None
    return facility


def get_facility(session: Session, code: str) -> Facility:
    """The facility with this code; UnknownFacility otherwise."""
    facility = session.get(Facility, code)
    if facility is None:
        raise UnknownFacility(f"no facility has the code {code}")
    return facility


def set_consent_categories(session: Session, code: str, categories: list[str]) -> Facility:
    """Choose which consent categories the facility's terminals ask."""
    facility = get_facility(session, code)
    facility.consent_categories = check_categories(categories)
    return facility


def set_staff_password(session: Session, code: str, password: str) -> None:
    """Replace the facility's staff password (stored hashed)."""
    _check_password(password)
    get_facility(session, code).password_hash = hash_password(password)


def staff_password_matches(session: Session, code: str, password: str) -> bool:
    """True when `password` is the facility's staff password."""
    return verify_password(password, get_facility(session, code).password_hash)
