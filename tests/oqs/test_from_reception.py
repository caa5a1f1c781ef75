"""From a stored reception to a face result: the mapping of codes, ratios and consents."""

from __future__ import annotations

import datetime as dt

from kiosk.oqs.codes import LimitCategory, PreschoolClassification, QualificationValidity
from kiosk.oqs.from_reception import face_result, is_preschool
from tests.oqs import samples


def _one(record, **options):
    result = face_result(record, samples.INSTITUTION, samples.FILE_ID, **options)
    assert result is not None
    return result


def test_reception_that_confirmed_nobody_gives_no_file():
    assert face_result(samples.record(identity_method="none", validity=None),
                       samples.INSTITUTION, samples.FILE_ID) is None


def test_no_coverage_has_no_result():
    result = _one(samples.record(validity=4, coverage=None))
    assert result.body.validity is QualificationValidity.NO_COVERAGE
    assert result.body.results == ()


def test_late_elderly_ratio_and_general_category_split():
    coverage = samples.coverage(insurer_number="39131015", birth_date=dt.date(1945, 1, 1),
                                copay_ratio=10, high_cost_category="一般")
    q = _one(samples.record(coverage=coverage)).body.results[0]
    assert q.partial_ratio_percent == 10 and q.elderly is None
    assert q.limit is not None and q.limit.category is LimitCategory.GENERAL_I


def test_seventy_to_seventy_four_get_the_elderly_recipient_dates():
    q = _one(samples.ELDERLY_SJIS).body.results[0]
    assert q.elderly is not None and q.elderly.ratio_percent == 20
    assert (q.elderly.valid_from, q.elderly.valid_until) == (dt.date(2024, 4, 1),
                                                             dt.date(2029, 3, 9))
    assert q.limit is not None and q.limit.category is LimitCategory.GENERAL


def test_without_limit_consent_no_limit_information():
    q = _one(samples.record(), limit_consent=False).body.results[0]
    assert q.limit is None and q.limit_consent_at is None


def test_preschool_until_the_april_after_the_sixth_birthday():
    assert is_preschool(dt.date(2020, 4, 2), dt.date(2027, 3, 31))
    assert not is_preschool(dt.date(2020, 4, 2), dt.date(2027, 4, 1))
    assert not is_preschool(dt.date(2020, 4, 1), dt.date(2026, 4, 1))
    child = samples.coverage(birth_date=dt.date(2022, 6, 15), relationship="dependent")
    q = _one(samples.record(coverage=child)).body.results[0]
    assert q.preschool is PreschoolClassification.PRESCHOOL and q.insured_name == ""
