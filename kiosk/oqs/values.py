"""Value formats of the interface: dates, local times, ratios, numbers, checked text."""

from __future__ import annotations

import datetime as dt
import re

from kiosk.eligibility.clock import JST, aware
from kiosk.oqs.errors import InvalidResult

_INSTITUTION = re.compile(r"[0-9]{10}")
_INSURER = re.compile(r"[0-9]{6}|[0-9]{8}")
_BRANCH = re.compile(r"[0-9]{2}")
# XML 1.0 forbids most C0 controls; tab and newlines have no place in a value either.
_CONTROL = re.compile(r"[\x00-\x1f\x7f\ufffe\uffff]")


def date_text(day: dt.date) -> str:
    """YYYYMMDD."""
    return day.strftime("%Y%m%d")


def local_time(moment: dt.datetime) -> dt.datetime:
    """`moment` in the facility's local time: Japan (naive datetimes are taken as UTC)."""
    return aware(moment).astimezone(JST)


def time_text(moment: dt.datetime) -> str:
    """YYYYMMDDHHMMSS in the facility's local time, never UTC."""
    return local_time(moment).strftime("%Y%m%d%H%M%S")


def ratio_text(element: str, percent: int) -> str:
    """A co-payment ratio as 3 digits of percent ("010" = 1割)."""
    if isinstance(percent, bool) or not isinstance(percent, int) or not 0 <= percent <= 100:
        raise InvalidResult(f"{element} must be a percentage from 0 to 100")
    return f"{percent:03d}"


def insurer_text(number: str) -> str:
    """The insurer number as 8 characters: a 6-digit 国保 number left-padded with spaces."""
    if not _INSURER.fullmatch(number):
        raise InvalidResult("InsurerNumber must have 6 or 8 digits")
    return number.rjust(8)


def institution_text(code: str) -> str:
    """The 10-digit 医療機関コード, checked."""
    if not _INSTITUTION.fullmatch(code):
        raise InvalidResult("MedicalInstitutionCode must have 10 digits")
    return code


def branch_text(branch: str) -> str:
    """The 2-digit branch number (枝番), checked; kept as text ("01")."""
    if not _BRANCH.fullmatch(branch):
        raise InvalidResult("InsuredBranchNumber must have 2 digits")
    return branch


def checked_text(element: str, text: str, limit: int = 200) -> str:
    """Free text that XML can carry, at most `limit` characters (the value is never quoted)."""
    if _CONTROL.search(text):
        raise InvalidResult(f"{element} holds a control character")
    if len(text) > limit:
        raise InvalidResult(f"{element} is longer than {limit} characters")
    return text
