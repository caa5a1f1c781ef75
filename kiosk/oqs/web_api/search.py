"""個別照会 through the Web API: the request's JSON in, the result tree as JSON out.

The answer is the face file's tree (kiosk/oqs/xml_writer.py renders it; the same element
names, order and value formats) turned into JSON with every value a string, `ResultList` an
array of `{"ResultOfQualificationConfirmation": {...}}`, no ArbitraryFileIdentifier,
ReferenceClassification 2 (an insurance card's numbers), CharacterCodeIdentifier "0", and the
request's QualificationConfirmSearchInfo echoed in MessageBody (reference section 7).
"""

from __future__ import annotations

import datetime as dt
import re
import xml.etree.ElementTree as ElementTree
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from kiosk.eligibility import audit
from kiosk.eligibility.lookup import lookup_by_insured_number
from kiosk.eligibility.receptions import ReceptionRecord
from kiosk.eligibility.records import Lookup, Validity
from kiosk.oqs.codes import QualificationValidity, ReferenceClassification
from kiosk.oqs.encoding import FileEncoding
from kiosk.oqs.from_reception import qualification
from kiosk.oqs.result import Body, Header, Qualification, QualificationResult
from kiosk.oqs.xml_writer import render

SEARCH_ACTION = "web_api_search"
# The fields of QualificationConfirmSearchInfo (reference 3.1) that the answer echoes.
ECHOED = ("InsurerNumber", "InsuredCardSymbol", "InsuredIdentificationNumber",
          "InsuredBranchNumber", "Birthdate", "LimitApplicationCertificateRelatedConsFlg",
          "ArbitraryIdentifier")
_DATE = re.compile(r"[0-9]{8}")
_INSTITUTION = re.compile(r"[0-9]{10}")
_INSURER = re.compile(r"[0-9]{6}|[0-9]{8}")
_BRANCH = re.compile(r"[0-9]{2}")
_NUMBER = re.compile(r"[0-9A-Za-z\-０-９ぁ-んァ-ヶ一-龥・]{1,20}")


class InvalidSearch(ValueError):
    """A search request the API cannot answer; the message names the field, never its value."""


@dataclass(frozen=True)
class SearchRequest:
    """QualificationConfirmSearchInfo and the header's institution, checked (the header's
    date too, though answers are as of the moment they are given)."""

    institution_code: str
    confirmation_date: dt.date
    insurer_number: str  # 6 or 8 digits, padding removed
    symbol: str
    number: str
    branch: str | None
    birth_date: dt.date
    limit_consent: bool
    echo: dict[str, str]  # the search info as sent, echoed in the answer


def _object(value: Any, name: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise InvalidSearch(f"{name} must be a JSON object")
    return value


def _text(fields: dict[str, Any], name: str, required: bool = True) -> str:
    value = fields.get(name)
    if value is None or value == "":
        if required:
            raise InvalidSearch(f"{name} is missing")
        return ""
    if not isinstance(value, str):
        raise InvalidSearch(f"{name} must be a string")
    return value


def _date(fields: dict[str, Any], name: str) -> dt.date:
    text = _text(fields, name)
    try:
        if not _DATE.fullmatch(text):
            raise ValueError
        return dt.datetime.strptime(text, "%Y%m%d").date()
    except ValueError:
        raise InvalidSearch(f"{name} must be a date as YYYYMMDD") from None


def institution_of(document: Any) -> str:
    """XmlMsg/MessageHeader/MedicalInstitutionCode, checked (the token is checked for it)."""
    header = _object(_object(_object(document, "the body").get("XmlMsg"), "XmlMsg")
                     .get("MessageHeader"), "MessageHeader")
    code = _text(header, "MedicalInstitutionCode")
    if not _INSTITUTION.fullmatch(code):
        raise InvalidSearch("MedicalInstitutionCode must have 10 digits")
    return code


def parse_search(document: Any) -> SearchRequest:
    """The search request in `document`; InvalidSearch naming the first bad field."""
    code = institution_of(document)
    message = document["XmlMsg"]
    header = message["MessageHeader"]
    info = _object(_object(message.get("MessageBody"), "MessageBody")
                   .get("QualificationConfirmSearchInfo"), "QualificationConfirmSearchInfo")
    insurer = _text(info, "InsurerNumber").strip()
    if not _INSURER.fullmatch(insurer):
        raise InvalidSearch("InsurerNumber must have 6 or 8 digits (space-padded to 8)")
    symbol = _text(info, "InsuredCardSymbol", required=False)
    number = _text(info, "InsuredIdentificationNumber")
    for name, value in (("InsuredCardSymbol", symbol), ("InsuredIdentificationNumber", number)):
        if value and not _NUMBER.fullmatch(value):
            raise InvalidSearch(f"{name} must be 1 to 20 letters or digits")
    branch = _text(info, "InsuredBranchNumber", required=False) or None
    if branch is not None and not _BRANCH.fullmatch(branch):
        raise InvalidSearch("InsuredBranchNumber must have 2 digits")
    consent = _text(info, "LimitApplicationCertificateRelatedConsFlg")
    if consent not in ("0", "1"):
        raise InvalidSearch("LimitApplicationCertificateRelatedConsFlg must be 0 or 1")
    echo = {name: info[name] for name in ECHOED
            if isinstance(info.get(name), str) and len(info[name]) <= 60}
    return SearchRequest(code, _date(header, "QualificationConfirmationDate"), insurer, symbol,
                         number, branch, _date(info, "Birthdate"), consent == "1", echo)


def _candidates(request: SearchRequest) -> list[str]:
    # A 6-digit 国保 number zero-padded to 8 (as some clients send it) is tried as 6 too.
    numbers = [request.insurer_number]
    if len(request.insurer_number) == 8 and request.insurer_number.startswith("00"):
        numbers.append(request.insurer_number[2:])
    return numbers


def _look_up(session: Session, request: SearchRequest, moment: dt.datetime) -> Lookup:
    lookup = Lookup(Validity.NO_COVERAGE, "")
    for insurer in _candidates(request):
        lookup = lookup_by_insured_number(session, insurer, request.symbol, request.number,
                                          request.branch, moment)
        if lookup.validity is not Validity.NO_COVERAGE:
            break
    if lookup.coverage is not None and lookup.coverage.birth_date != request.birth_date:
        # The numbers are someone else's: nobody is found, as through the folder.
        return Lookup(Validity.NO_COVERAGE, "")
    return lookup


def _tree(element: ElementTree.Element) -> Any:
    if len(element) == 0:
        return element.text or ""
    if element.tag.endswith("List"):
        return [{child.tag: _tree(child)} for child in element]
    return {child.tag: _tree(child) for child in element}


def search(session: Session, request: SearchRequest, moment: dt.datetime) -> dict[str, Any]:
    """The answer to `request` at `moment`, as JSON (audited with ids only).

    The same answer as the folder's 個別照会 (kiosk/oqs/requests): as of `moment`, no
    viewing consent (only a card at the reader gives one), no reference number.
    """
    lookup = _look_up(session, request, moment)
    results: tuple[Qualification, ...] = ()
    if lookup.coverage is not None:
        # qualification() reads the moment and the consents given at a reception: none here.
        seen = ReceptionRecord(id=0, at=moment, terminal_id="web-api", identity_method="none",
                               validity=int(lookup.validity), consents=(), prescription=None,
                               warnings=(), outcome="completed", coverage=lookup.coverage)
        results = (qualification(seen, lookup.coverage, {}, "", request.limit_consent),)
    result = QualificationResult(
        Header(processed_at=moment, institution_code=request.institution_code,
               reference=ReferenceClassification.INSURANCE_CARD),
        Body(validity=QualificationValidity(str(int(lookup.validity))), results=results))
    audit.record(session, moment, f"web-api:{request.institution_code}", SEARCH_ACTION,
                 f"validity {int(lookup.validity)}", facility_code=request.institution_code,
                 person_id=lookup.person_id)
    # Our own rendering, parsed back: the JSON has exactly the file's elements and values.
    message = _tree(ElementTree.fromstring(render(result, FileEncoding.UTF8)))
    message["MessageBody"] = {"QualificationConfirmSearchInfo": request.echo,
                              **message["MessageBody"]}
    return {"XmlMsg": message}
