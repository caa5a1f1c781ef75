"""The OQS business codes (業務コード, OQSCD) that a face result carries, as written in XML."""

from __future__ import annotations

from enum import StrEnum


class ReferenceClassification(StrEnum):
    """OQSCD002: what the confirmation was made with."""

    MY_NUMBER_CARD = "1"
    INSURANCE_CARD = "2"


class SegmentOfResult(StrEnum):
    """OQSCD003: how the processing ended."""

    NORMAL = "1"
    IN_PROGRESS = "2"
    ABNORMAL = "9"


class ProcessingResultStatus(StrEnum):
    """OQSCD004: the body's processing outcome."""

    NORMAL = "1"
    ERROR = "2"


class CharacterCode(StrEnum):
    """OQSCD005: the file's encoding as the header reports it."""

    UTF8 = "0"
    SHIFT_JIS = "1"


class QualificationValidity(StrEnum):
    """OQSCD006: the validity of the insured status found."""

    VALID = "1"
    INVALID = "2"
    INVALID_NEWER_EXISTS = "3"
    NO_COVERAGE = "4"
    SEVERAL_MATCHES = "5"
    VALID_UNREGISTERED = "6"  # 医療扶助 only


class Sex(StrEnum):
    """OQSCD007."""

    MALE = "1"
    FEMALE = "2"
    UNSET = "3"


class ReasonOfLoss(StrEnum):
    """OQSCD008: why a coverage was lost."""

    DEATH = "01"
    PUBLIC_ASSISTANCE = "02"
    OTHER_INSURANCE = "03"
    OTHER = "99"


class PersonalFamily(StrEnum):
    """OQSCD009: the insured person or a family member (本人 / 家族)."""

    PRINCIPAL = "1"
    FAMILY = "2"


class InsuredCardClassification(StrEnum):
    """OQSCD010: the kind of insured status (被保険者証区分)."""

    GENERAL = "01"
    RETIRED = "02"
    SHORT_TERM_GENERAL = "03"
    SHORT_TERM_RETIRED = "04"
    QUALIFICATION_CERTIFICATE = "05"
    SPECIAL_RETIRED = "06"
    SELF_DEFENSE = "07"
    MEDICAL_ASSISTANCE = "A1"


class LimitClassification(StrEnum):
    """OQSCD011: the kind of high-cost limit certificate."""

    LIMIT = "01"
    LIMIT_AND_MEAL_REDUCTION = "02"
    MEAL_REDUCTION = "03"


class LimitCategory(StrEnum):
    """OQSCD012: the high-cost limit category (A: under 70, B: 70 and over)."""

    A = "A01"  # ア
    I = "A02"  # noqa: E741 (the category's own letter) イ
    U = "A03"  # ウ
    E = "A04"  # エ
    O = "A05"  # noqa: E741 オ
    O_BORDER = "A06"  # オ（境）
    ACTIVE_III = "B01"  # 現役並みⅢ
    ACTIVE_II = "B02"  # 現役並みⅡ
    ACTIVE_I = "B03"  # 現役並みⅠ
    GENERAL = "B04"  # 一般 (70-74)
    LOW_INCOME_II = "B05"  # 低所得Ⅱ
    LOW_INCOME_I = "B06"  # 低所得Ⅰ
    LOW_INCOME_I_WELFARE = "B07"  # 低所得Ⅰ（老福）
    LOW_INCOME_I_BORDER = "B08"  # 低所得Ⅰ（境）
    GENERAL_II = "B09"  # 一般Ⅱ (後期高齢)
    GENERAL_I = "B10"  # 一般Ⅰ (後期高齢)


class LimitConsent(StrEnum):
    """OQSCD001: consent to hand the high-cost limit information over."""

    NOT_GIVEN = "0"
    GIVEN = "1"


class ViewingConsent(StrEnum):
    """OQSCD016: consent to view medical information (and 特定疾病 information)."""

    NONE = "0"
    GIVEN = "1"
    EXPIRED = "2"
    NOT_OBTAINABLE = "3"


class PrescriptionIssue(StrEnum):
    """OQSCD017: the prescription form the patient chose."""

    ELECTRONIC = "1"
    PAPER = "2"


class PreschoolClassification(StrEnum):
    """OQSCD015: only "1" (未就学) exists; the element is left out otherwise."""

    PRESCHOOL = "1"
