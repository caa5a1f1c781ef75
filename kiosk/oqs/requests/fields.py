"""The values of a request, checked: the institution, insurance-card numbers, dates.

A value is refused with the element's name, never with the value (it may be personal).
Insurer numbers may come space-padded to 8 characters (`"  138057"`); the lookup uses the
digits. Everything else is taken as written, untrimmed, as consumers compare it.
"""

from __future__ import annotations

import datetime as dt
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass

from kiosk.oqs.requests.refusals import Reason, RequestRefused

_INSTITUTION = re.compile(r"[0-9]{10}")
_INSURER = re.compile(r" {0,2}[0-9]{6}|[0-9]{8}")
_BRANCH = re.compile(r"[0-9]{2}")
_DATE = re.compile(r"[0-9]{8}")
# Echoed back in this order, each when the request has it.
SEARCH_FIELDS = ("InsurerNumber", "InsuredCardSymbol", "InsuredIdentificationNumber",
                 "InsuredBranchNumber", "Birthdate", "LimitApplicationCertificateRelatedConsFlg",
                 "ArbitraryIdentifier")
TEXT_MAX = 50


@dataclass(frozen=True)
class InsuredNumbers:
    """The numbers printed on an insurance card."""

    insurer_number: str  # 6 or 8 digits, no padding
    symbol: str
    number: str
    branch: str | None  # None: not given (several family members may match)


@dataclass(frozen=True)
class SearchInfo:
    """QualificationConfirmSearchInfo of a 個別照会 or of one unit of a 一括照会."""

    insured: InsuredNumbers
    birth_date: dt.date
    limit_consent: bool
    echo: tuple[tuple[str, str], ...]  # (element, text) as the request wrote them


def leaf(parent: ET.Element, name: str, required: bool = True,
         limit: int = TEXT_MAX) -> str | None:
    """The text of one child element; RequestRefused when it is repeated, nested, too long,
    or missing (and `required`)."""
    found = parent.findall(name)
    if len(found) > 1 or (found and len(found[0])):
        raise RequestRefused(Reason.LAYOUT, f"{name} is repeated or holds elements")
    if not found or not (found[0].text or "").strip():
        if required:
            raise RequestRefused(Reason.VALUE, f"{name} is missing")
        return None
    text = found[0].text or ""
    if len(text) > limit:
        raise RequestRefused(Reason.VALUE, f"{name} is longer than {limit} characters")
    return text


def institution(header: ET.Element) -> str:
    """MedicalInstitutionCode: 10 digits."""
    code = leaf(header, "MedicalInstitutionCode") or ""
    if not _INSTITUTION.fullmatch(code):
        raise RequestRefused(Reason.VALUE, "MedicalInstitutionCode is not 10 digits")
    return code


def date_value(parent: ET.Element, name: str, required: bool = True) -> dt.date | None:
    """A YYYYMMDD date."""
    text = leaf(parent, name, required)
    if text is None:
        return None
    try:
        if not _DATE.fullmatch(text):
            raise ValueError
        return dt.date(int(text[:4]), int(text[4:6]), int(text[6:]))
    except ValueError:
        raise RequestRefused(Reason.VALUE, f"{name} is not a date YYYYMMDD") from None


def insured_numbers(parent: ET.Element, branch_required: bool = False) -> InsuredNumbers:
    """InsurerNumber, InsuredCardSymbol, InsuredIdentificationNumber, InsuredBranchNumber."""
    insurer = leaf(parent, "InsurerNumber") or ""
    if not _INSURER.fullmatch(insurer):
        raise RequestRefused(Reason.VALUE, "InsurerNumber is not 8 characters of digits "
                             "(a 6-digit number padded with spaces)")
    symbol = leaf(parent, "InsuredCardSymbol", required=False, limit=20) or ""
    number = leaf(parent, "InsuredIdentificationNumber", limit=20) or ""
    branch = leaf(parent, "InsuredBranchNumber", required=branch_required)
    if branch is not None and not _BRANCH.fullmatch(branch):
        raise RequestRefused(Reason.VALUE, "InsuredBranchNumber is not 2 digits")
    return InsuredNumbers(insurer.strip(), symbol, number, branch)


def search_info(info: ET.Element) -> SearchInfo:
    """A QualificationConfirmSearchInfo element, checked."""
    insured = insured_numbers(info)
    birth = date_value(info, "Birthdate")
    assert birth is not None
    flag = leaf(info, "LimitApplicationCertificateRelatedConsFlg")
    if flag not in ("0", "1"):
        raise RequestRefused(Reason.VALUE, "LimitApplicationCertificateRelatedConsFlg is "
                             "not 0 or 1")
    leaf(info, "ArbitraryIdentifier", required=False)
    echo = tuple((name, element.text or "") for name in SEARCH_FIELDS
                 for element in info.findall(name))
    return SearchInfo(insured, birth, flag == "1", echo)
