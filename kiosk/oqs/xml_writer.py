"""The XML text of a qualification-confirmation result, as a 資格確認端末 writes it.

Element names and their order follow the reference's response tree (docs/oqs-interface.md):
no namespaces, no attributes, root XmlMsg, every value text. Lines are indented with tabs and
end in CRLF, like the Windows terminal's files; whitespace between elements means nothing.
"""

from __future__ import annotations

from xml.sax.saxutils import escape

from kiosk.oqs.codes import SegmentOfResult
from kiosk.oqs.encoding import FileEncoding, Unencodable, check_encodable, encode_markup
from kiosk.oqs.result import Consent, Header, Qualification, QualificationResult
from kiosk.oqs.values import (
    branch_text,
    checked_text,
    date_text,
    institution_text,
    insurer_text,
    ratio_text,
    time_text,
)

_NEWLINE = "\r\n"
_TAB = "\t"


class XmlTree:
    """Lines of nested elements; empty values are left out (an absent element, not <X/>)."""

    def __init__(self, encoding: FileEncoding, policy: Unencodable) -> None:
        self.encoding = encoding
        self.policy = policy
        self.lines: list[str] = []
        self.depth = 0

    def open(self, name: str) -> None:
        self.lines.append(f"{_TAB * self.depth}<{name}>")
        self.depth += 1

    def close(self, name: str) -> None:
        self.depth -= 1
        self.lines.append(f"{_TAB * self.depth}</{name}>")

    def leaf(self, name: str, value: str | None, limit: int = 200) -> None:
        if not value:
            return
        text = checked_text(name, value, limit)
        check_encodable(name, text, self.policy, self.encoding)
        self.lines.append(f"{_TAB * self.depth}<{name}>{escape(text)}</{name}>")


def _header(tree: XmlTree, header: Header, encoding: FileEncoding) -> None:
    tree.open("MessageHeader")
    tree.leaf("ProcessExecutionTime", time_text(header.processed_at))
    tree.leaf("QualificationConfirmationDate", time_text(header.processed_at)[:8])
    tree.leaf("MedicalInstitutionCode", institution_text(header.institution_code))
    tree.leaf("ArbitraryFileIdentifier", header.file_identifier, limit=50)
    tree.leaf("ReferenceClassification", header.reference)
    tree.leaf("SegmentOfResult", header.segment)
    # ErrorCode and ErrorMessage only explain a segment other than 正常終了.
    if header.segment is not SegmentOfResult.NORMAL:
        tree.leaf("ErrorCode", header.error_code)
        tree.leaf("ErrorMessage", header.error_message, limit=1000)
    tree.leaf("CharacterCodeIdentifier", encoding.code)
    tree.close("MessageHeader")


def _consent(tree: XmlTree, prefix: str, consent: Consent) -> None:
    tree.leaf(f"{prefix}ConsFlg", consent.flag)
    if consent.given_at is not None:
        tree.leaf(f"{prefix}ConsTime", time_text(consent.given_at))
    if consent.available_until is not None:
        tree.leaf(f"{prefix}AvailableTime", time_text(consent.available_until))


def _limits(tree: XmlTree, q: Qualification) -> None:
    tree.leaf("LimitApplicationCertificateRelatedConsFlg", q.limit_consent)
    if q.limit_consent_at is not None:
        tree.leaf("LimitApplicationCertificateRelatedConsTime", time_text(q.limit_consent_at))
    if q.limit is not None:
        limit = q.limit
        tree.open("LimitApplicationCertificateRelatedInfo")
        tree.leaf("LimitApplicationCertificateClassification", limit.classification)
        tree.leaf("LimitApplicationCertificateClassificationFlag", limit.category)
        for suffix, day in (("Date", limit.certificate_date), ("ValidStartDate", limit.valid_from),
                            ("ValidEndDate", limit.valid_until),
                            ("LongTermDate", limit.long_term_date)):
            if day is not None:
                tree.leaf(f"LimitApplicationCertificate{suffix}", date_text(day))
        tree.close("LimitApplicationCertificateRelatedInfo")


def _specific_diseases(tree: XmlTree, q: Qualification) -> None:
    tree.leaf("SpecificDiseasesCertificateRelatedConsFlg", q.specific_diseases_consent)
    if q.specific_diseases_consent_at is not None:
        tree.leaf("SpecificDiseasesCertificateRelatedConsTime",
                  time_text(q.specific_diseases_consent_at))
    if not q.specific_diseases:
        return
    tree.open("SpecificDiseasesCertificateList")
    for disease in q.specific_diseases:
        tree.open("SpecificDiseasesCertificateInfo")
        tree.leaf("SpecificDiseasesDiseaseCategory", disease.category)
        for suffix, day in (("CertificateDate", disease.certificate_date),
                            ("ValidStartDate", disease.valid_from),
                            ("ValidEndDate", disease.valid_until)):
            if day is not None:
                tree.leaf(f"SpecificDiseases{suffix}", date_text(day))
        if disease.self_pay_yen is not None:
            tree.leaf("SpecificDiseasesSelfPay", str(disease.self_pay_yen))
        tree.close("SpecificDiseasesCertificateInfo")
    tree.close("SpecificDiseasesCertificateList")


def card_fields(tree: XmlTree, q: Qualification) -> None:
    """The insurance card's fields that open every result, up to the insured's name."""
    tree.leaf("InsuredCardClassification", q.card_classification)
    if q.insurer_number:
        tree.leaf("InsurerNumber", insurer_text(q.insurer_number))
    tree.leaf("InsuredCardSymbol", q.card_symbol, limit=20)
    tree.leaf("InsuredIdentificationNumber", q.card_number, limit=20)
    if q.branch:
        tree.leaf("InsuredBranchNumber", branch_text(q.branch))
    tree.leaf("PersonalFamilyClassification", q.personal_family)
    tree.leaf("InsuredName", q.insured_name)


def _qualification(tree: XmlTree, q: Qualification) -> None:
    tree.open("ResultOfQualificationConfirmation")
    card_fields(tree, q)
    tree.leaf("Name", q.name)
    tree.leaf("NameOfOther", q.name_of_other)
    tree.leaf("NameKana", q.name_kana)
    tree.leaf("NameOfOtherKana", q.name_of_other_kana)
    tree.leaf("Sex1", q.sex)
    tree.leaf("Sex2", q.sex2)
    tree.leaf("Birthdate", date_text(q.birth_date))
    tree.leaf("Address", q.address)
    tree.leaf("PostNumber", q.post_number, limit=8)
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
        elderly = q.elderly
        tree.open("ElderlyRecipientCertificateInfo")
        for name, day in (("ElderlyRecipientCertificateDate", elderly.certificate_date),
                          ("ElderlyRecipientValidStartDate", elderly.valid_from),
                          ("ElderlyRecipientValidEndDate", elderly.valid_until)):
            if day is not None:
                tree.leaf(name, date_text(day))
        tree.leaf("ElderlyRecipientContributionRatio",
                  ratio_text("ElderlyRecipientContributionRatio", elderly.ratio_percent))
        tree.close("ElderlyRecipientCertificateInfo")
    _limits(tree, q)
    _specific_diseases(tree, q)
    _consent(tree, "SpecificHealthCheckupsInfo", q.checkups)
    _consent(tree, "PharmacistsInfo", q.pharmacists)
    _consent(tree, "DiagnosisInfo", q.diagnosis)
    _consent(tree, "OperationInfo", q.operation)
    tree.leaf("ReferenceNumber", q.reference_number, limit=50)
    tree.close("ResultOfQualificationConfirmation")


def render(result: QualificationResult, encoding: FileEncoding,
           policy: Unencodable = Unencodable.REFERENCE) -> bytes:
    """The file's bytes; InvalidResult (naming the element, never its value) for a bad value."""
    tree = XmlTree(encoding, policy)
    tree.open("XmlMsg")
    _header(tree, result.header, encoding)
    body = result.body
    tree.open("MessageBody")
    tree.leaf("ProcessingResultStatus", body.status)
    tree.leaf("ProcessingResultCode", body.result_code)
    tree.leaf("ProcessingResultMessage", body.result_message, limit=1000)
    tree.leaf("QualificationValidity", body.validity)
    tree.leaf("PrescriptionIssueSelect", body.prescription)
    if body.results:
        tree.open("ResultList")
        for qualification in body.results:
            _qualification(tree, qualification)
        tree.close("ResultList")
    tree.close("MessageBody")
    tree.close("XmlMsg")
    declaration = f'<?xml version="1.0" encoding="{encoding.declared}" standalone="no"?>'
    return encode_markup(_NEWLINE.join([declaration, *tree.lines, ""]), encoding)
