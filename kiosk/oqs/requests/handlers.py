"""Answering each kind of request from the simulated eligibility system.

A request is refused (RequestRefused, answered with a .err) when its form or its header is
wrong, or its facility is not served. Who is looked up and what is found is an answer, never
a refusal: nobody found is QualificationValidity 4, a family's shared numbers without the
branch 5, exactly as the eligibility system decides (kiosk/eligibility/lookup.py).
"""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET
from collections.abc import Callable
from dataclasses import dataclass, replace
from enum import Enum
from pathlib import Path

from sqlalchemy.orm import Session

from kiosk.eligibility import audit, clock
from kiosk.eligibility.lookup import lookup_by_insured_number
from kiosk.eligibility.receptions import ReceptionRecord
from kiosk.eligibility.records import Lookup, Validity
from kiosk.oqs.codes import (
    ProcessingResultStatus,
    QualificationValidity,
    ReferenceClassification,
)
from kiosk.oqs.encoding import FileEncoding
from kiosk.oqs.from_reception import qualification
from kiosk.oqs.requests import answers, fields
from kiosk.oqs.requests.answers import BulkUnit, FileIdentifier, Outcome
from kiosk.oqs.requests.parsing import ParsedRequest, parse
from kiosk.oqs.requests.refusals import Reason, RequestRefused
from kiosk.oqs.requests.state import BulkInquiries, ReferenceNumbers
from kiosk.oqs.result import Body, Header, Qualification, QualificationResult
from kiosk.storage.database import Database
from kiosk.storage.models import Facility

ACTOR = "oqs-folder"
MAX_UNITS = 10_000
# The simulator's own result codes for a registration that found nobody to register.
NOBODY = ("SIM1001", "該当資格なし: no insured person has these numbers")
SEVERAL = ("SIM1002", "複数該当: several people have these numbers; give the branch number")


class RequestKind(Enum):
    """A request file's kind: its name prefix and the prefix of its answer."""

    INQUIRY = "OQSsiquc01req_"  # 個別照会
    BULK_UPLOAD = "OQSmuquc01req_"  # 一括照会: the list of people
    BULK_DOWNLOAD = "OQSmuquc02req_"  # 一括照会: the results, by reception number
    REGISTRATION = "OQSsiimm01req_"  # 照会番号登録

    @property
    def answer_prefix(self) -> str:
        """The answer's prefix: req_ becomes res_."""
        return self.value.replace("req_", "res_")


@dataclass(frozen=True)
class Answer:
    """An answer's bytes, and what happened in words fit for the log (ids and codes only)."""

    data: bytes
    event: str


@dataclass(frozen=True)
class _Request:
    data: bytes
    parsed: ParsedRequest
    header: ET.Element
    body: ET.Element
    institution: str
    identifier: FileIdentifier


class Answerer:
    """Answers requests for the facilities of one OQS folder. Blocks on the database."""

    def __init__(self, database: Database, oqs_dir: Path, encoding: FileEncoding,
                 facility: str | None = None,
                 now: Callable[[], dt.datetime] = clock.now) -> None:
        self._database = database
        self._encoding = encoding
        self._facility = facility
        self._now = now
        self._bulk = BulkInquiries(oqs_dir)
        self._references = ReferenceNumbers(oqs_dir)

    @property
    def encoding(self) -> FileEncoding:
        """The encoding of every answer and .err."""
        return self._encoding

    def answer(self, kind: RequestKind, data: bytes) -> Answer:
        """The answer to a request; RequestRefused when it gets a .err instead."""
        request = self._request(data, parse(data))
        handler = {RequestKind.INQUIRY: self._inquiry,
                   RequestKind.BULK_UPLOAD: self._bulk_upload,
                   RequestKind.BULK_DOWNLOAD: self._bulk_download,
                   RequestKind.REGISTRATION: self._registration}[kind]
        return handler(request)

    def refusal(self, data: bytes | None, refused: RequestRefused) -> bytes:
        """The .err of a refused request, echoing what of its header can be read."""
        institution, identifier = None, FileIdentifier()
        if data is not None and refused.reason not in (Reason.TOO_LARGE, Reason.ENCODING,
                                                        Reason.NOT_XML, Reason.TOO_DEEP,
                                                        Reason.FORBIDDEN_MARKUP):
            try:
                parsed = parse(data)
                identifier = _identifier(parsed, checked=False)
                code = parsed.header("MedicalInstitutionCode")
                institution = code if code is not None and code.isascii() \
                    and code.isdigit() and len(code) == 10 else None
            except RequestRefused:
                pass
        return answers.error_file(self._now(), institution, identifier, refused.reason.code,
                                  str(refused), self._encoding)

    def _request(self, data: bytes, parsed: ParsedRequest) -> _Request:
        header = parsed.root.find("MessageHeader")
        body = parsed.root.find("MessageBody")
        assert header is not None and body is not None  # parse() checked them
        institution = fields.institution(header)
        if self._facility is not None and institution != self._facility:
            raise RequestRefused(Reason.FACILITY, "MedicalInstitutionCode")
        with self._database.session() as session:
            if session.get(Facility, institution) is None:
                raise RequestRefused(Reason.FACILITY, "MedicalInstitutionCode")
        return _Request(data, parsed, header, body, institution, _identifier(parsed))

    def _lookup(self, session: Session, insured: fields.InsuredNumbers,
                moment: dt.datetime) -> Lookup:
        found = lookup_by_insured_number(session, insured.insurer_number, insured.symbol,
                                         insured.number, insured.branch, moment)
        number = insured.insurer_number
        # A 6-digit 国保 number zero-padded to 8 (as some clients send it; no 8-digit insurer
        # number starts 00) is tried as 6 too, as the Web API does.
        if found.validity is Validity.NO_COVERAGE and len(number) == 8 \
                and number.startswith("00"):
            found = lookup_by_insured_number(session, number[2:], insured.symbol,
                                             insured.number, insured.branch, moment)
        return found

    def _found(self, session: Session, institution: str, info: fields.SearchInfo,
               moment: dt.datetime) -> tuple[QualificationValidity, Qualification | None, str]:
        found = self._lookup(session, info.insured, moment)
        coverage = found.coverage
        if coverage is not None and coverage.birth_date != info.birth_date:
            # The numbers are someone else's: the real system finds nobody either.
            found = Lookup(Validity.NO_COVERAGE, "", None)
            coverage = None
        audit.record(session, moment, ACTOR, "oqs_inquiry", f"validity {int(found.validity)}",
                     facility_code=institution, person_id=found.person_id)
        validity = QualificationValidity(str(int(found.validity)))
        if coverage is None:
            return validity, None, ""
        numbers = fields.InsuredNumbers(coverage.insurer_number, coverage.symbol,
                                        coverage.number, coverage.branch)
        reference = self._references.find(institution, numbers)
        record = ReceptionRecord(id=0, at=moment, terminal_id=ACTOR, identity_method="none",
                                 validity=int(found.validity), consents=(), prescription=None,
                                 warnings=(), outcome="completed", coverage=coverage)
        return validity, qualification(record, coverage, {}, reference, info.limit_consent), \
            reference

    def _inquiry(self, request: _Request) -> Answer:
        fields.date_value(request.header, "QualificationConfirmationDate")
        infos = request.body.findall("QualificationConfirmSearchInfo")
        if len(infos) != 1:
            raise RequestRefused(Reason.LAYOUT, "not exactly one QualificationConfirmSearchInfo")
        info = fields.search_info(infos[0])
        moment = self._now()
        with self._database.session() as session, session.begin():
            validity, result, _reference = self._found(session, request.institution, info,
                                                       moment)
        document = QualificationResult(
            Header(processed_at=moment, institution_code=request.institution,
                   reference=ReferenceClassification.INSURANCE_CARD),
            Body(validity=validity, results=() if result is None else (result,)))
        data = answers.inquiry_result(document, request.identifier, info.echo, self._encoding)
        return Answer(data, f"validity {validity.value}")

    def _bulk_upload(self, request: _Request) -> Answer:
        units = request.body.findall("QualificationConfirmSearchInfo")
        if not 1 <= len(units) <= MAX_UNITS:
            raise RequestRefused(Reason.LAYOUT, f"QualificationConfirmSearchInfo must appear "
                                 f"1 to {MAX_UNITS} times")
        moment = self._now()
        number = self._bulk.accept(request.data, moment)
        data = answers.bulk_acceptance(moment, request.institution, request.identifier,
                                       number, self._encoding)
        return Answer(data, f"{len(units)} people accepted")

    def _bulk_download(self, request: _Request) -> Answer:
        number = fields.leaf(request.body, "ReceptionNumber", limit=100) or ""
        upload = self._bulk.upload(number)
        if upload is None:
            raise RequestRefused(Reason.UNKNOWN_RECEPTION, "ReceptionNumber")
        accepted = parse(upload)
        # Another facility's reception number is as unknown as a wrong one.
        if accepted.header("MedicalInstitutionCode") != request.institution:
            raise RequestRefused(Reason.UNKNOWN_RECEPTION, "ReceptionNumber")
        moment = self._now()
        units: list[BulkUnit] = []
        with self._database.session() as session, session.begin():
            for element in accepted.root.findall("MessageBody/QualificationConfirmSearchInfo"):
                units.append(self._unit(session, request.institution, element, moment))
        data = answers.bulk_result(moment, request.institution,
                                   _identifier(accepted, checked=False), number,
                                   tuple(units), self._encoding)
        errors = sum(unit.outcome.status is ProcessingResultStatus.ERROR for unit in units)
        return Answer(data, f"{len(units)} results, {errors} errors")

    def _unit(self, session: Session, institution: str, element: ET.Element,
              moment: dt.datetime) -> BulkUnit:
        try:
            info = fields.search_info(element)
        except RequestRefused as refused:
            echo = tuple((name, found.text or "") for name in fields.SEARCH_FIELDS
                         for found in element.findall(name))
            return BulkUnit(echo, Outcome(ProcessingResultStatus.ERROR, refused.reason.code,
                                          str(refused)))
        validity, result, reference = self._found(session, institution, info, moment)
        if result is not None:
            result = replace(result, reference_number="")  # the unit carries it itself
        return BulkUnit(info.echo, Outcome(), validity, result, reference)

    def _registration(self, request: _Request) -> Answer:
        infos = request.body.findall("ReferenceNumberRegistrationInfo")
        if len(infos) != 1:
            raise RequestRefused(Reason.LAYOUT, "not exactly one ReferenceNumberRegistrationInfo")
        reference = fields.leaf(infos[0], "ReferenceNumber") or ""
        insured = fields.insured_numbers(infos[0])
        moment = self._now()
        with self._database.session() as session, session.begin():
            found = self._lookup(session, insured, moment)
            audit.record(session, moment, ACTOR, "oqs_reference_registration",
                         f"validity {int(found.validity)}", facility_code=request.institution,
                         person_id=found.person_id)
        coverage = found.coverage
        if coverage is None:
            code, message = SEVERAL if found.validity is Validity.SEVERAL_MATCHES else NOBODY
            outcome = Outcome(ProcessingResultStatus.ERROR, code, message)
        else:
            self._references.register(request.institution, fields.InsuredNumbers(
                coverage.insurer_number, coverage.symbol, coverage.number, coverage.branch),
                reference)
            outcome = Outcome()
        data = answers.registration_result(moment, request.institution, request.identifier,
                                           reference, outcome, self._encoding)
        return Answer(data, "registered" if coverage is not None else "nobody to register")


def _identifier(parsed: ParsedRequest, checked: bool = True) -> FileIdentifier:
    text = parsed.header("ArbitraryFileIdentifier")
    if checked and text is not None and len(text) > fields.TEXT_MAX:
        raise RequestRefused(Reason.VALUE, f"ArbitraryFileIdentifier is longer than "
                             f"{fields.TEXT_MAX} characters")
    return FileIdentifier(parsed.file_identifier_markup, text)

