"""Face files compared byte for byte with golden files, each valid against the schema."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.eligibility.records import ConsentFlag
from kiosk.oqs.encoding import FileEncoding
from kiosk.oqs.from_reception import face_result
from kiosk.oqs.xml_writer import render
from tests.oqs import samples
from tests.oqs.consumer import read_face, validate

GOLDEN = Path(__file__).parent / "golden"

CASES = {
    "valid-consents-utf8.xml": (samples.record(), FileEncoding.UTF8, {}),
    "invalid-utf8.xml": (samples.INVALID, FileEncoding.UTF8,
                         {"reference_number": ""}),
    "elderly-outside-jis0208-sjis.xml": (
        samples.ELDERLY_SJIS, FileEncoding.SHIFT_JIS,
        {"reference_number": "P000123",
         "earlier_consents": {"medical": ConsentFlag.EXPIRED,
                              "checkup": ConsentFlag.NOT_OBTAINABLE}}),
}


def produce(name: str) -> bytes:
    """The bytes the writer gives for a golden case."""
    record, encoding, options = CASES[name]
    result = face_result(record, samples.INSTITUTION, samples.FILE_ID, **options)
    assert result is not None
    return render(result, encoding)


@pytest.mark.parametrize("name", sorted(CASES))
def test_output_matches_golden_file(name):
    assert produce(name) == (GOLDEN / name).read_bytes()


@pytest.mark.parametrize("name", sorted(CASES))
def test_golden_file_follows_schema(name):
    validate((GOLDEN / name).read_bytes())


def test_consumers_take_the_valid_reception_as_valid():
    face = read_face((GOLDEN / "valid-consents-utf8.xml").read_bytes(), "utf-8")
    assert face.valid
    assert face.values["InsurerNumber"] == "06139921"
    assert face.values["NameKana"] == "ﾔﾏﾀﾞ ﾊﾅｺ"
    assert face.values["Name"] == "山田\u3000花子"
    assert face.values["ProcessExecutionTime"] == "20260929160112"


def test_consumers_take_the_invalid_reception_as_invalid():
    face = read_face((GOLDEN / "invalid-utf8.xml").read_bytes(), "utf-8")
    assert not face.valid
    assert face.values["QualificationValidity"] == "2"
    assert face.values["SegmentOfResult"] == "1" and face.results == 1
    assert face.values["DisqualificationDate"] == "20260910"
    assert face.values["ReasonOfLoss"] == "99"


def test_shift_jis_file_reads_back_every_character():
    face = read_face((GOLDEN / "elderly-outside-jis0208-sjis.xml").read_bytes(), "cp932")
    assert face.valid
    assert face.values["Name"] == "髙橋\u3000﨑子"
    assert face.values["Address"] == "東京都世田谷区世田谷四丁目21番27号～2"
    assert face.values["InsuredCardSymbol"] == "千代田"
    assert face.values["InsurerNumber"] == "  138057"
    assert face.values["ReferenceNumber"] == "P000123"
