"""The answers' XML: 個別照会 results, 一括照会 acceptance and results, 照会番号登録 results,
and the .err of a refused request.

Built with the face files' writer and its value formats (kiosk/oqs/xml_writer.py), so that
a 個別照会 result has the face file's tree; each kind's tree is in its schema under
kiosk/oqs/schema/. ArbitraryFileIdentifier is copied from the request as written (Smartkarte
looks for the request's exact text in the answer, entity references and all).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from xml.sax.saxutils import escape

from kiosk.oqs.codes import ProcessingResultStatus, QualificationValidity, SegmentOfResult
from kiosk.oqs.encoding import FileEncoding, Unencodable, encode_markup
from kiosk.oqs.result import Qualification, QualificationResult
from kiosk.oqs.values import date_text, ratio_text, time_text

# The face files' line builder: one way of writing elements for every file the terminal
# writes (escaping, value checks, Shift_JIS references).
from kiosk.oqs.xml_writer import XmlTree, card_fields, render

_NEWLINE = "\r\n"
_AFI = "ArbitraryFileIdentifier"
_PYTHON_CODEC = {FileEncoding.UTF8: "utf-8", FileEncoding.SHIFT_JIS: "cp932"}


@dataclass(frozen=True)
class FileIdentifier:
    """The request's ArbitraryFileIdentifier: its markup as written, or its text."""

    markup: str | None = None
    text: str | None = None

    def write(self, tree: XmlTree) -> None:
        """Add the element to `tree` (nothing when the request had none)."""
        if self.markup is not None:
            tree.lines.append(f"{chr(9) * tree.depth}<{_AFI}>{self.markup}</{_AFI}>")
        elif self.text:
            tree.lines.append(f"{chr(9) * tree.depth}<{_AFI}>{escape(self.text)}</{_AFI}>")


@dataclass(frozen=True)
class Outcome:
    """ProcessingResultStatus with its code and message (an error, or extra information)."""

    status: ProcessingResultStatus = ProcessingResultStatus.NORMAL
    code: str = ""
    message: str = ""


def _tree(encoding: FileEncoding) -> XmlTree:
    return XmlTree(encoding, Unencodable.REFERENCE)


def _bytes(tree: XmlTree, encoding: FileEncoding) -> bytes:
    declaration = f'<?xml version="1.0" encoding="{encoding.declared}" standalone="no"?>'
    return encode_markup(_NEWLINE.join([declaration, *tree.lines, ""]), encoding)


def _echo(tree: XmlTree, echo: tuple[tuple[str, str], ...]) -> None:
    tree.open("QualificationConfirmSearchInfo")
    for name, text in echo:
        # Echoed untrimmed: a reader compares it with what it sent.
        tree.lines.append(f"{chr(9) * tree.depth}<{name}>{escape(text)}</{name}>")
    tree.close("QualificationConfirmSearchInfo")


def _outcome(tree: XmlTree, outcome: Outcome) -> None:
    tree.leaf("ProcessingResultStatus", outcome.status)
    tree.leaf("ProcessingResultCode", outcome.code)
    tree.leaf("ProcessingResultMessage", outcome.message, limit=1000)


def inquiry_result(result: QualificationResult, identifier: FileIdentifier,
                   echo: tuple[tuple[str, str], ...], encoding: FileEncoding) -> bytes:
    """OQSsiquc01res: the face file's tree, the request's identifier and search echoed."""
    codec = _PYTHON_CODEC[encoding]
    # The writer's own document, with the identifier and the echo put in as the request
    # wrote them (the writer would escape the identifier its own way).
    text = render(result, encoding).decode(codec)
    lines = text.split(_NEWLINE)
    institution = next(i for i, line in enumerate(lines)
                       if line.lstrip("\t").startswith("<MedicalInstitutionCode>"))
    extra = _tree(encoding)
    extra.depth = 2
    identifier.write(extra)
    lines[institution + 1:institution + 1] = extra.lines
    body_end = lines.index("\t</MessageBody>")
    search = _tree(encoding)
    search.depth = 2
    _echo(search, echo)
    lines[body_end:body_end] = search.lines
    return encode_markup(_NEWLINE.join(lines), encoding)


def _header_start(processed_at: dt.datetime, institution: str | None,
                  identifier: FileIdentifier, encoding: FileEncoding) -> XmlTree:
    """A document opened up to its header's time, institution and file identifier, which
    every answer but the 一括照会 result starts with."""
    tree = _tree(encoding)
    tree.open("XmlMsg")
    tree.open("MessageHeader")
    tree.leaf("ProcessExecutionTime", time_text(processed_at))
    tree.leaf("MedicalInstitutionCode", institution)
    identifier.write(tree)
    return tree


def bulk_acceptance(processed_at: dt.datetime, institution: str, identifier: FileIdentifier,
                    reception_number: str, encoding: FileEncoding) -> bytes:
    """OQSmuquc01res: the reception number under which the results will be fetched."""
    tree = _header_start(processed_at, institution, identifier, encoding)
    tree.leaf("CharacterCodeIdentifier", encoding.code)
    tree.close("MessageHeader")
    tree.open("MessageBody")
    tree.leaf("ReceptionNumber", reception_number, limit=100)
    tree.leaf("ReceptionDateTime", time_text(processed_at))
    tree.close("MessageBody")
    tree.close("XmlMsg")
    return _bytes(tree, encoding)


@dataclass(frozen=True)
class BulkUnit:
    """One person's answer in a 一括照会 result."""

    echo: tuple[tuple[str, str], ...]
    outcome: Outcome
    validity: QualificationValidity | None = None
    result: Qualification | None = None
    reference_number: str = ""


def _unit_result(tree: XmlTree, q: Qualification) -> None:
    """The 一括照会 result of one person: the basic fields up to InsurerName, and the
    elderly recipient's certificate (the reference's section 3.3)."""
    tree.open("ResultOfQualificationConfirmation")
    card_fields(tree, q)
    tree.leaf("Name", q.name)
    tree.leaf("NameKana", q.name_kana)
    tree.leaf("Sex1", q.sex)
    tree.leaf("Birthdate", date_text(q.birth_date))
    tree.leaf("Address", q.address)
    for name, day in (("QualificationDate", q.qualification_date),
                      ("DisqualificationDate", q.disqualification_date),
                      ("InsuredCertificateIssuanceDate", q.certificate_issued),
                      ("InsuredCardValidDate", q.card_valid_from),
                      ("InsuredCardExpirationDate", q.card_valid_until)):
        if day is not None:
            tree.leaf(name, date_text(day))
    if q.partial_ratio_percent is not None:
        tree.leaf("InsuredPartialContributionRatio",
                  ratio_text("InsuredPartialContributionRatio", q.partial_ratio_percent))
    tree.leaf("PreschoolClassification", q.preschool)
    tree.leaf("ReasonOfLoss", q.reason_of_loss)
    tree.leaf("InsurerName", q.insurer_name)
    if q.elderly is not None:
        tree.open("ElderlyRecipientCertificateInfo")
        for name, day in (("ElderlyRecipientValidStartDate", q.elderly.valid_from),
                          ("ElderlyRecipientValidEndDate", q.elderly.valid_until)):
            if day is not None:
                tree.leaf(name, date_text(day))
        tree.leaf("ElderlyRecipientContributionRatio",
                  ratio_text("ElderlyRecipientContributionRatio", q.elderly.ratio_percent))
        tree.close("ElderlyRecipientCertificateInfo")
    tree.close("ResultOfQualificationConfirmation")


def bulk_result(processed_at: dt.datetime, institution: str, identifier: FileIdentifier,
                reception_number: str, units: tuple[BulkUnit, ...],
                encoding: FileEncoding) -> bytes:
    """OQSmuquc02res: every person of the upload, in its order, with counts."""
    tree = _tree(encoding)
    tree.open("XmlMsg")
    tree.open("MessageHeader")
    tree.leaf("ProcessExecutionTime", time_text(processed_at))
    tree.leaf("QualificationConfirmationDate", time_text(processed_at)[:8])
    tree.leaf("MedicalInstitutionCode", institution)
    identifier.write(tree)
    tree.leaf("ReceptionNumber", reception_number, limit=100)
    tree.leaf("SegmentOfResult", SegmentOfResult.NORMAL)
    errors = sum(unit.outcome.status is ProcessingResultStatus.ERROR for unit in units)
    tree.leaf("NumberOfProcessingResult", str(len(units)))
    tree.leaf("NumberOfNormalProcessing", str(len(units) - errors))
    tree.leaf("NumberOfError", str(errors))
    tree.leaf("CharacterCodeIdentifier", encoding.code)
    tree.close("MessageHeader")
    tree.open("MessageBody")
    for unit in units:
        tree.open("BulkConfirmUnit")
        _echo(tree, unit.echo)
        _outcome(tree, unit.outcome)
        tree.leaf("QualificationValidity", unit.validity)
        if unit.result is not None:
            _unit_result(tree, unit.result)
        tree.leaf("ReferenceNumber", unit.reference_number, limit=50)
        tree.close("BulkConfirmUnit")
    tree.close("MessageBody")
    tree.close("XmlMsg")
    return _bytes(tree, encoding)


def registration_result(processed_at: dt.datetime, institution: str,
                        identifier: FileIdentifier, reference_number: str, outcome: Outcome,
                        encoding: FileEncoding) -> bytes:
    """OQSsiimm01res: MedicalInstitutionCode and ArbitraryFileIdentifier once each in the
    whole document, as MynaReception requires (the reference's section 11, item 7)."""
    tree = _header_start(processed_at, institution, identifier, encoding)
    tree.leaf("SegmentOfResult", SegmentOfResult.NORMAL)
    tree.leaf("CharacterCodeIdentifier", encoding.code)
    tree.close("MessageHeader")
    tree.open("MessageBody")
    _outcome(tree, outcome)
    tree.leaf("ReferenceNumber", reference_number, limit=50)
    tree.close("MessageBody")
    tree.close("XmlMsg")
    return _bytes(tree, encoding)


def error_file(processed_at: dt.datetime, institution: str | None,
               identifier: FileIdentifier, code: str, message: str,
               encoding: FileEncoding) -> bytes:
    """The .err of a refused request: an answer header that ended abnormally (9)."""
    tree = _header_start(processed_at, institution, identifier, encoding)
    tree.leaf("SegmentOfResult", SegmentOfResult.ABNORMAL)
    tree.leaf("ErrorCode", code)
    tree.leaf("ErrorMessage", message, limit=1000)
    tree.leaf("CharacterCodeIdentifier", encoding.code)
    tree.close("MessageHeader")
    tree.close("XmlMsg")
    return _bytes(tree, encoding)
