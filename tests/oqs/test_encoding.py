"""UTF-8 and Shift_JIS output: the declaration and header agree, every character comes back."""

from __future__ import annotations

import dataclasses

import pytest
from lxml import etree

from kiosk.eligibility.settings import OQS_ENCODINGS
from kiosk.oqs.encoding import (
    SETTING_ENCODINGS,
    FileEncoding,
    Unencodable,
    encode_markup,
    setting_encoding,
    sjis_bytes,
    unencodable,
)
from kiosk.oqs.errors import InvalidResult, UnencodableText
from kiosk.oqs.from_reception import face_result
from kiosk.oqs.kana import half_width_kana, kana_name
from kiosk.oqs.xml_writer import render
from tests.oqs import samples
from tests.oqs.consumer import read_face, validate

HARD = "髙﨑𠮷～〜−－\\~¥‾①ⅰ"


def _with_name(family: str, encoding: FileEncoding, policy=Unencodable.REFERENCE) -> bytes:
    record = samples.record(coverage=samples.coverage(family_name=family))
    result = face_result(record, samples.INSTITUTION, samples.FILE_ID)
    assert result is not None
    return render(result, encoding, policy)


@pytest.mark.parametrize(("encoding", "codec", "declared", "code"), [
    (FileEncoding.UTF8, "utf-8", b'encoding="UTF-8"', "0"),
    (FileEncoding.SHIFT_JIS, "cp932", b'encoding="Shift_JIS"', "1")])
def test_declaration_and_character_code_agree(encoding, codec, declared, code):
    data = _with_name("山田", encoding)
    assert declared in data.split(b"\r\n")[0]
    face = read_face(data, codec)
    assert face.values["CharacterCodeIdentifier"] == code


@pytest.mark.parametrize("text", ["山田", "ｼﾝﾘｮｳ", "髙橋", "𠮷野", HARD, "A&B<C>", "渡邊"])
def test_shift_jis_round_trip(text):
    data = _with_name(text, FileEncoding.SHIFT_JIS)
    validate(data)
    # The same characters whichever Shift_JIS table the reader decodes with.
    assert data.decode("shift_jis") == data.decode("cp932")
    assert etree.fromstring(data).findtext(".//Name") == f"{text}\u3000花子"


def test_characters_outside_the_common_table_become_references():
    assert unencodable(HARD) == list(HARD)
    assert encode_markup("<a>髙</a>", FileEncoding.SHIFT_JIS) == b"<a>&#x9AD9;</a>"
    assert sjis_bytes("ｱ") == b"\xb1" and sjis_bytes("山") == "山".encode("cp932")


def test_utf8_carries_everything_as_itself():
    data = _with_name(HARD, FileEncoding.UTF8)
    assert "髙﨑𠮷".encode() in data and b"&#x" not in data


def test_a_facility_may_refuse_such_text_naming_only_the_element():
    with pytest.raises(UnencodableText, match=r"^InsuredName holds 1 character") as caught:
        _with_name("髙橋", FileEncoding.SHIFT_JIS, Unencodable.REFUSE)
    assert "髙" not in str(caught.value)
    _with_name("髙橋", FileEncoding.UTF8, Unencodable.REFUSE)


def test_control_characters_are_refused_by_element_name():
    with pytest.raises(InvalidResult, match="Name holds a control character"):
        _with_name("山\x07田", FileEncoding.UTF8)


def test_half_width_kana():
    assert kana_name("ヤマダ", "ハナコ") == "ﾔﾏﾀﾞ ﾊﾅｺ"
    assert half_width_kana("ガパヴァーッ　ヰヱ") == "ｶﾞﾊﾟｳﾞｧｰｯ ｲｴ"
    assert half_width_kana("しんりょう") == "ｼﾝﾘｮｳ"


def test_result_is_frozen():
    result = face_result(samples.record(), samples.INSTITUTION, samples.FILE_ID)
    assert result is not None
    with pytest.raises(dataclasses.FrozenInstanceError):
        result.header.institution_code = "x"  # type: ignore[misc]


def test_every_encoding_a_facility_can_choose_names_a_file_encoding():
    assert set(SETTING_ENCODINGS) == set(OQS_ENCODINGS)
    assert setting_encoding("shift_jis") is FileEncoding.SHIFT_JIS
    assert setting_encoding("utf-8") is FileEncoding.UTF8
