"""Answers to each kind of request: golden files, schemas, the consumers' rules, Shift_JIS."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from lxml import etree

from kiosk.oqs.encoding import FileEncoding
from kiosk.oqs.requests import state
from kiosk.oqs.requests.handlers import Answerer, RequestKind
from kiosk.oqs.requests.refusals import Reason, RequestRefused
from kiosk.storage.database import Database
from tests.oqs import requests_data as data
from tests.oqs.consumer import read_face

GOLDEN = Path(__file__).parent / "golden" / "requests"
SCHEMAS = Path(__file__).resolve().parents[2] / "kiosk" / "oqs" / "schema"


def validate(document: bytes, schema: str) -> None:
    """AssertionError unless `document` follows kiosk/oqs/schema/`schema`."""
    checker = etree.XMLSchema(etree.parse(str(SCHEMAS / schema)))
    assert checker.validate(etree.fromstring(document)), checker.error_log


@pytest.fixture(scope="module")
def template(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("requests-db") / "eligibility.db"
    database = Database.open(f"sqlite:///{path}")
    data.seed(database)
    database.close()
    return path


@pytest.fixture
def answerer(template, tmp_path, monkeypatch):
    # Reception numbers end in 6 random digits: fixed here so that answers are golden.
    monkeypatch.setattr(state.secrets, "randbelow", lambda _n: 42)
    database = Database.open(data.seeded_copy(template, tmp_path), migrate=False)
    (tmp_path / "oqs").mkdir()

    def make(encoding: FileEncoding = FileEncoding.UTF8) -> Answerer:
        return Answerer(database, tmp_path / "oqs", encoding, now=lambda: data.NOW)

    yield make
    database.close()


def check_golden(name: str, produced: bytes) -> None:
    """Compare with the golden file (OQS_WRITE_GOLDEN=1 writes it instead, to review)."""
    if os.environ.get("OQS_WRITE_GOLDEN") == "1":
        (GOLDEN / name).write_bytes(produced)
    assert produced == (GOLDEN / name).read_bytes()


def _identifier_bytes(document: bytes) -> bytes:
    match = re.search(rb"<ArbitraryFileIdentifier>.*?</ArbitraryFileIdentifier>", document)
    assert match
    return match.group(0)


def test_inquiry_answers_the_valid_person(answerer):
    request = data.inquiry()
    produced = answerer().answer(RequestKind.INQUIRY, request).data
    check_golden("inquiry-valid-utf8.xml", produced)
    validate(produced, "inquiry_result.xsd")
    face = read_face(produced, "utf-8")
    assert face.valid
    assert face.values["ReferenceClassification"] == "2"
    assert face.values["ArbitraryIdentifier"] == "PT0001_1"
    # Smartkarte looks for the request's own text, entity reference and all.
    assert _identifier_bytes(request) == _identifier_bytes(produced)
    assert _identifier_bytes(request) in produced


@pytest.mark.parametrize(("info", "validity"), [
    (data.search(birth="19850413"), "4"),  # the numbers are someone else's
    (data.search(number="9901", branch="00", birth="19880808"), "2"),  # left the insurer
    (data.search(branch=None), "5"),  # mother and daughter share the numbers
    (data.search(number="0000"), "4"),
    # A 6-digit 国保 number zero-padded to 8 is the same insurer.
    (data.search(insurer="00138057", symbol="千代田", number="200777", branch="00",
                 birth="19540310"), "1"),
])
def test_inquiry_gives_the_eligibility_systems_validity(answerer, info, validity):
    produced = answerer().answer(RequestKind.INQUIRY, data.inquiry(info)).data
    validate(produced, "inquiry_result.xsd")
    face = read_face(produced, "utf-8")
    assert face.values["QualificationValidity"] == validity
    assert face.valid == (validity == "1")
    assert face.results == (1 if validity in ("1", "2") else 0)


def test_nobody_found_is_golden(answerer):
    produced = answerer().answer(RequestKind.INQUIRY,
                                 data.inquiry(data.search(birth="19850413"))).data
    check_golden("inquiry-nobody-utf8.xml", produced)


def test_shift_jis_request_and_answer_round_trip(answerer):
    info = data.search(insurer="  138057", symbol="千代田", number="200777", branch="00",
                       birth="19540310", identifier="髙橋_1")
    request = data.inquiry(info, file_id="受付&lt;7&gt;", encoding="Shift_JIS")
    produced = answerer(FileEncoding.SHIFT_JIS).answer(RequestKind.INQUIRY, request).data
    check_golden("inquiry-elderly-sjis.xml", produced)
    validate(produced, "inquiry_result.xsd")
    produced.decode("cp932", errors="strict")
    face = read_face(produced, "cp932")
    assert face.valid
    assert face.values["Name"] == "髙橋\u3000﨑子"  # 髙 and 﨑 travel as references
    assert face.values["InsurerNumber"] == "  138057"
    assert face.values["InsuredCardSymbol"] == "千代田"
    assert face.values["ArbitraryIdentifier"] == "髙橋_1"
    assert _identifier_bytes(request) == _identifier_bytes(produced)


def test_bulk_upload_then_download_by_reception_number(answerer):
    serving = answerer()
    upload = data.bulk_upload(data.search(identifier="PT0001_1"),
                              data.search(branch=None, identifier="PT0002_1"),
                              data.search(birth="1985-04-12", identifier="PT0003_1"),
                              data.search(number="9901", branch="00", birth="19880808",
                                          identifier="PT0004_1"))
    accepted = serving.answer(RequestKind.BULK_UPLOAD, upload).data
    check_golden("bulk-acceptance-utf8.xml", accepted)
    validate(accepted, "bulk_acceptance.xsd")
    number = re.search(rb"<ReceptionNumber>([0-9]+)</ReceptionNumber>", accepted)
    assert number and number.group(1) == b"20260929160112000042"
    results = serving.answer(RequestKind.BULK_DOWNLOAD,
                             data.bulk_download(number.group(1).decode())).data
    check_golden("bulk-result-utf8.xml", results)
    validate(results, "bulk_result.xsd")
    root = etree.fromstring(results)
    assert root.findtext("MessageHeader/ReceptionNumber") == number.group(1).decode()
    units = root.findall("MessageBody/BulkConfirmUnit")
    assert [u.findtext("QualificationConfirmSearchInfo/ArbitraryIdentifier") for u in units] \
        == ["PT0001_1", "PT0002_1", "PT0003_1", "PT0004_1"]
    assert [u.findtext("QualificationValidity") for u in units] == ["1", "5", None, "2"]
    assert [u.findtext("ProcessingResultStatus") for u in units] == ["1", "1", "2", "1"]
    assert root.findtext("MessageHeader/NumberOfError") == "1"
    assert _identifier_bytes(upload) == _identifier_bytes(results)


def test_unknown_or_foreign_reception_number_is_refused(answerer):
    with pytest.raises(RequestRefused) as refused:
        answerer().answer(RequestKind.BULK_DOWNLOAD, data.bulk_download("2" * 20))
    assert refused.value.reason is Reason.UNKNOWN_RECEPTION
    with pytest.raises(RequestRefused) as refused:
        answerer().answer(RequestKind.BULK_DOWNLOAD, data.bulk_download("../../etc/passwd"))
    assert refused.value.reason is Reason.UNKNOWN_RECEPTION


def test_registration_then_inquiries_carry_the_reference_number(answerer):
    serving = answerer(FileEncoding.SHIFT_JIS)
    request = data.registration()
    produced = serving.answer(RequestKind.REGISTRATION, request).data
    check_golden("registration-sjis.xml", produced)
    validate(produced, "reference_registration.xsd")
    root = etree.fromstring(produced)
    # MynaReception: each exactly once anywhere, equal to the request's.
    assert [e.text for e in root.iter("MedicalInstitutionCode")] == [data.INSTITUTION]
    assert [e.text for e in root.iter("ArbitraryFileIdentifier")] == \
        ["20260929160112123-9f8e7d6c"]
    assert [e.text for e in root.iter("ReferenceNumber")] == ["P000123"]
    assert root.findtext("MessageHeader/SegmentOfResult") == "1"
    assert root.findtext("MessageBody/ProcessingResultStatus") == "1"
    assert root.find("MessageHeader/ErrorCode") is None
    answer = serving.answer(RequestKind.INQUIRY, data.inquiry()).data
    assert read_face(answer, "cp932").values["ReferenceNumber"] == "P000123"


def test_registration_of_nobody_says_why(answerer):
    produced = answerer().answer(RequestKind.REGISTRATION,
                                 data.registration(branch="07", encoding="UTF-8")).data
    validate(produced, "reference_registration.xsd")
    root = etree.fromstring(produced)
    assert root.findtext("MessageBody/ProcessingResultStatus") == "2"
    assert root.findtext("MessageBody/ProcessingResultCode") == "SIM1001"


def test_refusal_file_echoes_what_it_can(answerer):
    serving = answerer()
    request = data.inquiry(institution=data.OTHER_INSTITUTION)
    with pytest.raises(RequestRefused) as refused:
        serving.answer(RequestKind.INQUIRY, request)
    produced = serving.refusal(request, refused.value)
    check_golden("refused-facility-utf8.err", produced)
    validate(produced, "request_error.xsd")
    assert _identifier_bytes(request) == _identifier_bytes(produced)
    hostile = serving.refusal(b"\xff\xfe<", RequestRefused(Reason.ENCODING))
    validate(hostile, "request_error.xsd")


@pytest.mark.parametrize("written", [
    "<![CDATA[A&B]]>",  # a CDATA section is answered as text
    "A&#x26;B",  # a character reference is copied as written
])
def test_identifier_markup_is_copied_only_when_it_is_plain_text(answerer, written):
    request = data.inquiry(file_id=written)
    produced = answerer().answer(RequestKind.INQUIRY, request).data
    validate(produced, "inquiry_result.xsd")
    assert etree.fromstring(produced).findtext("MessageHeader/ArbitraryFileIdentifier") == "A&B"
    copied = f"<ArbitraryFileIdentifier>{written}</ArbitraryFileIdentifier>".encode()
    assert (copied in produced) == ("CDATA" not in written)


def test_a_comment_mimicking_the_identifier_is_not_copied(answerer):
    request = data.inquiry().replace(
        b"<MessageHeader>", b"<MessageHeader><!-- <ArbitraryFileIdentifier> -->")
    produced = answerer().answer(RequestKind.INQUIRY, request).data
    validate(produced, "inquiry_result.xsd")
    assert b"<!--" not in produced
    assert etree.fromstring(produced).findtext("MessageHeader/ArbitraryFileIdentifier") == \
        "clinic_11906&A"


def test_bulk_units_carry_a_registered_reference_number_once(answerer):
    serving = answerer()
    serving.answer(RequestKind.REGISTRATION, data.registration("40017"))
    accepted = serving.answer(RequestKind.BULK_UPLOAD, data.bulk_upload(data.search())).data
    number = etree.fromstring(accepted).findtext("MessageBody/ReceptionNumber")
    results = serving.answer(RequestKind.BULK_DOWNLOAD, data.bulk_download(number)).data
    validate(results, "bulk_result.xsd")
    unit = etree.fromstring(results).find("MessageBody/BulkConfirmUnit")
    assert [e.text for e in unit.iter("ReferenceNumber")] == ["40017"]
    assert unit.findtext("ReferenceNumber") == "40017"  # Smartkarte reads it here, as a number
