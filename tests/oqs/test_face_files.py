"""Face files in <OQS>/face: names, local stamps, one-step appearance, clean failures."""

from __future__ import annotations

import errno
import os
import re

import pytest

from kiosk.oqs import face_files
from kiosk.oqs.encoding import FileEncoding
from kiosk.oqs.errors import InvalidResult, OqsFolderMissing, OqsWriteFailed
from kiosk.oqs.face_files import FaceFileSettings, Placement, new_file_identifier, write_face_file
from kiosk.oqs.from_reception import face_result
from kiosk.oqs.xml_writer import render
from tests.oqs import samples
from tests.oqs.consumer import FACE_NAME, read_face, validate


def _result(record=None):
    result = face_result(record or samples.record(), samples.INSTITUTION, samples.FILE_ID)
    assert result is not None
    return result


def _leftovers(oqs):
    return sorted(p.relative_to(oqs).as_posix() for p in oqs.rglob("*") if p.is_file())


def test_name_has_code_20_hex_and_the_japan_time_stamp(tmp_path):
    path = write_face_file(_result(), FaceFileSettings(tmp_path), samples.counting_bytes())
    assert path.parent == tmp_path / "face"
    assert path.name == ("OQSsiquc01res_face_1310000001" + bytes(range(10)).hex()
                         + "_20260929160112.xml")
    match = FACE_NAME.fullmatch(path.name)
    assert match and match.group(1)[:8] == samples.AT_JST.strftime("%Y%m%d")


def test_file_appears_whole_and_staging_is_left_empty(tmp_path):
    settings = FaceFileSettings(tmp_path, FileEncoding.SHIFT_JIS)
    path = write_face_file(_result(samples.ELDERLY_SJIS), settings)
    assert path.read_bytes() == render(_result(samples.ELDERLY_SJIS), FileEncoding.SHIFT_JIS)
    assert _leftovers(tmp_path) == [f"face/{path.name}"]
    assert read_face(path.read_bytes(), "cp932").valid


def test_in_place_placement_writes_the_same_bytes(tmp_path):
    settings = FaceFileSettings(tmp_path, placement=Placement.IN_PLACE)
    path = write_face_file(_result(), settings)
    validate(path.read_bytes())
    assert _leftovers(tmp_path) == [f"face/{path.name}"]


def test_two_files_in_one_second_get_different_names(tmp_path):
    first = write_face_file(_result(), FaceFileSettings(tmp_path))
    second = write_face_file(_result(), FaceFileSettings(tmp_path))
    assert first != second and first.exists() and second.exists()


def test_missing_oqs_folder_is_a_clear_error_and_creates_nothing(tmp_path):
    missing = tmp_path / "not-mounted"
    with pytest.raises(OqsFolderMissing, match="does not exist"):
        write_face_file(_result(), FaceFileSettings(missing))
    assert not missing.exists()


@pytest.mark.parametrize("placement", list(Placement))
def test_full_disk_leaves_no_partial_file(tmp_path, monkeypatch, placement):
    real_write = os.write

    def half_then_full(fd, data):
        if len(data) > 100:
            real_write(fd, bytes(data[:100]))
            return 100
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(face_files.os, "write", half_then_full)
    with pytest.raises(OqsWriteFailed, match="the disk is full"):
        write_face_file(_result(), FaceFileSettings(tmp_path, placement=placement))
    monkeypatch.undo()
    assert _leftovers(tmp_path) == []


def test_unwritable_face_folder_is_a_clear_error(tmp_path):
    (tmp_path / "face").write_text("a file where the folder should be")
    with pytest.raises(OqsWriteFailed, match="no face file was left behind"):
        write_face_file(_result(), FaceFileSettings(tmp_path))


def test_bad_value_is_refused_before_any_file_exists(tmp_path):
    result = face_result(samples.record(coverage=samples.coverage(insurer_number="1234")),
                         samples.INSTITUTION, samples.FILE_ID)
    assert result is not None
    with pytest.raises(InvalidResult, match="InsurerNumber must have 6 or 8 digits"):
        write_face_file(result, FaceFileSettings(tmp_path))
    assert _leftovers(tmp_path) == []


def test_file_identifier_looks_like_the_terminals():
    identifier = new_file_identifier(samples.counting_bytes())
    assert re.fullmatch(r"[A-Za-z0-9_-]{15}=", identifier)
