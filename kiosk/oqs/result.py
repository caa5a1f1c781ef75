"""A qualification-confirmation result (資格確認結果) as the terminal hands it to clinic software.

Typed values only: the writer turns dates, times, ratios and codes into the interface's text.
Times are aware datetimes (naive ones are taken as UTC, as elsewhere in the project).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from kiosk.oqs.codes import (
    InsuredCardClassification,
    LimitCategory,
    LimitClassification,
    LimitConsent,
    PersonalFamily,
    PreschoolClassification,
    PrescriptionIssue,
    ProcessingResultStatus,
    QualificationValidity,
    ReasonOfLoss,
    ReferenceClassification,
    SegmentOfResult,
    Sex,
    ViewingConsent,
)


@dataclass(frozen=True)
class ElderlyRecipient:
    """高齢受給者証 information (70 to 74): the co-payment ratio and its dates."""

    ratio_percent: int
    certificate_date: dt.date | None = None
    valid_from: dt.date | None = None
    valid_until: dt.date | None = None


@dataclass(frozen=True)
class LimitInfo:
    """限度額適用認定証 information: which certificate, which category and its dates."""

    classification: LimitClassification
    category: LimitCategory
    certificate_date: dt.date | None = None
    valid_from: dt.date | None = None
    valid_until: dt.date | None = None
    long_term_date: dt.date | None = None


@dataclass(frozen=True)
class SpecificDisease:
    """One 特定疾病療養受療証 entry."""

    category: str  # OQSCD013: 1, 2 or 3
    certificate_date: dt.date | None = None
    valid_from: dt.date | None = None
    valid_until: dt.date | None = None
    self_pay_yen: int | None = None


@dataclass(frozen=True)
class Consent:
    """One viewing consent: the flag, and when given the time and the end of its availability."""

    flag: ViewingConsent = ViewingConsent.NONE
    given_at: dt.datetime | None = None
    available_until: dt.datetime | None = None


@dataclass(frozen=True)
class Qualification:
    """ResultOfQualificationConfirmation: one insured status and what goes with it."""

    card_classification: InsuredCardClassification
    name: str  # full width, family and given names split by an ideographic space
    name_kana: str  # half-width katakana, split by an ASCII space
    sex: Sex
    birth_date: dt.date
    insurer_name: str
    insurer_number: str = ""
    card_symbol: str = ""
    card_number: str = ""
    branch: str = ""
    personal_family: PersonalFamily | None = None
    insured_name: str = ""
    name_of_other: str = ""
    name_of_other_kana: str = ""
    sex2: Sex | None = None
    address: str = ""
    post_number: str = ""
    qualification_date: dt.date | None = None
    disqualification_date: dt.date | None = None
    certificate_issued: dt.date | None = None
    card_valid_from: dt.date | None = None
    card_valid_until: dt.date | None = None
    partial_ratio_percent: int | None = None  # 後期高齢 only
    preschool: PreschoolClassification | None = None
    reason_of_loss: ReasonOfLoss | None = None
    elderly: ElderlyRecipient | None = None
    limit_consent: LimitConsent = LimitConsent.NOT_GIVEN
    limit_consent_at: dt.datetime | None = None
    limit: LimitInfo | None = None
    specific_diseases_consent: ViewingConsent = ViewingConsent.NONE
    specific_diseases_consent_at: dt.datetime | None = None
    specific_diseases: tuple[SpecificDisease, ...] = ()
    checkups: Consent = field(default_factory=Consent)  # SpecificHealthCheckupsInfo
    pharmacists: Consent = field(default_factory=Consent)  # PharmacistsInfo
    diagnosis: Consent = field(default_factory=Consent)  # DiagnosisInfo
    operation: Consent = field(default_factory=Consent)  # OperationInfo
    reference_number: str = ""  # 照会番号, when the clinic registered one


@dataclass(frozen=True)
class Header:
    """MessageHeader. The character code is the writer's: it follows the chosen encoding."""

    processed_at: dt.datetime
    institution_code: str
    file_identifier: str = ""
    reference: ReferenceClassification = ReferenceClassification.MY_NUMBER_CARD
    segment: SegmentOfResult = SegmentOfResult.NORMAL
    error_code: str = ""
    error_message: str = ""


@dataclass(frozen=True)
class Body:
    """MessageBody: the processing outcome, the validity and the results found."""

    status: ProcessingResultStatus = ProcessingResultStatus.NORMAL
    result_code: str = ""
    result_message: str = ""
    validity: QualificationValidity | None = None
    prescription: PrescriptionIssue | None = None
    results: tuple[Qualification, ...] = ()


@dataclass(frozen=True)
class QualificationResult:
    """A whole OQSsiquc01res document (a face file has the same tree)."""

    header: Header
    body: Body

