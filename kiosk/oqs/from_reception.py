"""A face result built from what a clinic reception stored (its record and the lookup's flags).

The mapping, and the choices where the project holds less than the interface carries, are in
docs/oqs-interface.md ("From a reception to a face file").
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from kiosk.eligibility.consent import CONSENT_LIFETIME
from kiosk.eligibility.receptions import ReceptionRecord
from kiosk.eligibility.records import ConsentFlag, CoverageView
from kiosk.oqs.codes import (
    InsuredCardClassification,
    LimitCategory,
    LimitClassification,
    LimitConsent,
    PersonalFamily,
    PreschoolClassification,
    PrescriptionIssue,
    QualificationValidity,
    ReasonOfLoss,
    Sex,
    ViewingConsent,
)
from kiosk.oqs.errors import InvalidResult
from kiosk.oqs.kana import full_name, kana_name
from kiosk.oqs.result import (
    Body,
    Consent,
    ElderlyRecipient,
    Header,
    LimitInfo,
    Qualification,
    QualificationResult,
)
from kiosk.oqs.values import local_time

LATE_ELDERLY_PREFIX = "39"  # 後期高齢者医療 insurer numbers
_UNDER_70 = {"ア": LimitCategory.A, "イ": LimitCategory.I, "ウ": LimitCategory.U,
             "エ": LimitCategory.E, "オ": LimitCategory.O, "オ（境）": LimitCategory.O_BORDER}
_70_AND_OVER = {"現役並みⅢ": LimitCategory.ACTIVE_III, "現役並みⅡ": LimitCategory.ACTIVE_II,
                "現役並みⅠ": LimitCategory.ACTIVE_I, "一般": LimitCategory.GENERAL,
                "一般Ⅱ": LimitCategory.GENERAL_II, "一般Ⅰ": LimitCategory.GENERAL_I,
                "低所得Ⅱ": LimitCategory.LOW_INCOME_II, "低所得Ⅰ": LimitCategory.LOW_INCOME_I}
# Categories whose certificate also reduces the hospital meal charge.
_MEAL_REDUCTION = {LimitCategory.O, LimitCategory.O_BORDER, LimitCategory.LOW_INCOME_II,
                   LimitCategory.LOW_INCOME_I}
_LOOKUP_FLAGS = {ConsentFlag.NONE: ViewingConsent.NONE,
                 ConsentFlag.CONSENTED: ViewingConsent.GIVEN,
                 ConsentFlag.EXPIRED: ViewingConsent.EXPIRED,
                 ConsentFlag.NOT_OBTAINABLE: ViewingConsent.NOT_OBTAINABLE}
_LOSS_WORDS = (("死亡", ReasonOfLoss.DEATH), ("生活保護", ReasonOfLoss.PUBLIC_ASSISTANCE),
               ("資格取得", ReasonOfLoss.OTHER_INSURANCE))


def _birthday(birth: dt.date, age: int) -> dt.date:
    if (birth.month, birth.day) == (2, 29):
        return dt.date(birth.year + age, 3, 1)
    return birth.replace(year=birth.year + age)


def age_on(birth: dt.date, day: dt.date) -> int:
    """Completed years of age on `day`."""
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))


def is_preschool(birth: dt.date, day: dt.date) -> bool:
    """未就学: before the April 1 on which the child starts school (born April 1: a year early)."""
    starts = birth.year + (7 if (birth.month, birth.day) > (4, 1) else 6)
    return day < dt.date(starts, 4, 1)


def _elderly(coverage: CoverageView) -> ElderlyRecipient | None:
    """高齢受給者証 (70-74): from the month after the 70th birthday to the day before the 75th."""
    if coverage.elderly_copay_ratio is None or coverage.insurer_number.startswith(
            LATE_ELDERLY_PREFIX):
        return None
    seventieth = _birthday(coverage.birth_date, 70)
    start = seventieth if seventieth.day == 1 else (
        seventieth.replace(day=1) + dt.timedelta(days=32)).replace(day=1)
    end = _birthday(coverage.birth_date, 75) - dt.timedelta(days=1)
    return ElderlyRecipient(coverage.elderly_copay_ratio, valid_from=start, valid_until=end)


def _limit(coverage: CoverageView, day: dt.date) -> LimitInfo | None:
    text = (coverage.high_cost_category or "").strip()
    late = coverage.insurer_number.startswith(LATE_ELDERLY_PREFIX)
    category: LimitCategory | None
    if late or age_on(coverage.birth_date, day) >= 70:
        category = _70_AND_OVER.get(text)
        if late and category is LimitCategory.GENERAL:
            # 後期高齢 splits 一般 by its co-payment since October 2022.
            category = (LimitCategory.GENERAL_II if coverage.copay_ratio >= 20
                        else LimitCategory.GENERAL_I)
    else:
        category = _UNDER_70.get(text)
    if category is None:
        return None
    classification = (LimitClassification.LIMIT_AND_MEAL_REDUCTION
                      if category in _MEAL_REDUCTION else LimitClassification.LIMIT)
    return LimitInfo(classification, category)


def _sex(value: str) -> Sex:
    try:
        return Sex(value)
    except ValueError:
        raise InvalidResult("Sex1 must be 1, 2 or 3") from None


def _reason(text: str | None) -> ReasonOfLoss | None:
    if not text:
        return None
    return next((code for word, code in _LOSS_WORDS if word in text), ReasonOfLoss.OTHER)


def _consent(record: ReceptionRecord, category: str,
             earlier: Mapping[str, ConsentFlag]) -> Consent:
    if category in record.consents:
        return Consent(ViewingConsent.GIVEN, record.at, record.at + CONSENT_LIFETIME)
    flag = _LOOKUP_FLAGS[earlier.get(category, ConsentFlag.NONE)]
    # An earlier consent still running: its time is not in the record, so none is invented.
    return Consent(flag)


def qualification(record: ReceptionRecord, coverage: CoverageView,
                  earlier: Mapping[str, ConsentFlag], reference_number: str,
                  limit_consent: bool) -> Qualification:
    """ResultOfQualificationConfirmation for one coverage seen at a reception."""
    day = local_time(record.at).date()
    principal = coverage.relationship == "principal"
    late = coverage.insurer_number.startswith(LATE_ELDERLY_PREFIX)
    name = full_name(coverage.family_name, coverage.given_name)
    ended = coverage.valid_until is not None and coverage.loss_reason is not None
    medical = _consent(record, "medical", earlier)
    return Qualification(
        card_classification=InsuredCardClassification.GENERAL,
        insurer_number=coverage.insurer_number, card_symbol=coverage.symbol,
        card_number=coverage.number, branch=coverage.branch,
        personal_family=PersonalFamily.PRINCIPAL if principal else PersonalFamily.FAMILY,
        # The principal's name of a dependent's coverage is not in the record.
        insured_name=name if principal else "",
        name=name, name_kana=kana_name(coverage.family_kana, coverage.given_kana),
        sex=_sex(coverage.sex), birth_date=coverage.birth_date, address=coverage.address,
        qualification_date=coverage.valid_from,
        disqualification_date=(coverage.valid_until + dt.timedelta(days=1)
                               if ended and coverage.valid_until else None),
        certificate_issued=coverage.valid_from, card_valid_from=coverage.valid_from,
        card_valid_until=coverage.valid_until,
        partial_ratio_percent=coverage.copay_ratio if late else None,
        preschool=(PreschoolClassification.PRESCHOOL
                   if is_preschool(coverage.birth_date, day) else None),
        reason_of_loss=_reason(coverage.loss_reason) if ended else None,
        insurer_name=coverage.insurer_name,
        elderly=_elderly(coverage),
        limit_consent=LimitConsent.GIVEN if limit_consent else LimitConsent.NOT_GIVEN,
        limit_consent_at=record.at if limit_consent else None,
        limit=_limit(coverage, day) if limit_consent else None,
        checkups=_consent(record, "checkup", earlier),
        pharmacists=medical, diagnosis=medical,
        operation=_consent(record, "surgery", earlier),
        reference_number=reference_number)


def face_result(record: ReceptionRecord, institution_code: str, file_identifier: str, *,
                earlier_consents: Mapping[str, ConsentFlag] | None = None,
                reference_number: str = "", limit_consent: bool = True,
                ) -> QualificationResult | None:
    """The face result of a stored reception; None when it confirmed nobody (no file then).

    `earlier_consents` are the lookup's flags (Lookup.consents) for categories not consented
    at this reception; `limit_consent` the answer to the 限度額 question (the clinic flow
    does not ask it yet and shows the category to the staff).
    """
    if record.validity is None or record.identity_method == "none":
        return None
    try:
        validity = QualificationValidity(str(record.validity))
    except ValueError:
        raise InvalidResult("QualificationValidity must be a code from 1 to 6") from None
    results = () if record.coverage is None else (qualification(
        record, record.coverage, earlier_consents or {}, reference_number, limit_consent),)
    prescription = {"electronic": PrescriptionIssue.ELECTRONIC,
                    "paper": PrescriptionIssue.PAPER}.get(record.prescription or "")
    return QualificationResult(
        Header(processed_at=record.at, institution_code=institution_code,
               file_identifier=file_identifier),
        Body(validity=validity, prescription=prescription, results=results))
