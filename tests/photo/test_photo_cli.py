"""`kiosk photo check` as an operator or QA uses it, including unreadable input."""

from __future__ import annotations

import json

import cv2
import pytest

from kiosk.cli.main import main
from kiosk.photo.checks import CHECK_NAMES
from tests.photo import spoil
from tests.photo.conftest import LONDON


def _run(capsys, *args: object) -> tuple[int, str, str]:
    status = main(["photo", "check", *map(str, args)])
    out, err = capsys.readouterr()
    return status, out, err


def _save(path, rgb) -> None:
    cv2.imwrite(str(path), cv2.cvtColor(rgb, cv2.COLOR_RGB2BGR))


def test_a_good_photo_passes_every_check(capsys):
    status, out, _ = _run(capsys, LONDON / "030" / "neutral.jpg")
    assert status == 0
    assert "PASS: the photo meets every rule" in out
    for name in CHECK_NAMES:
        assert f"  {name} " in out
    assert "limit: head tilt" not in out  # a passing check shows its first measure
    assert "limit: head height (crown to chin) 0.4-0.8 of the photo's height" in out


def test_a_blurred_photo_fails_with_the_reason_in_both_languages(capsys, london, tmp_path):
    path = tmp_path / "blurred.png"
    _save(path, spoil.blurred(london.photo("030")))
    status, out, _ = _run(capsys, path)
    assert status == 1
    assert "FAIL: 1 of 8 checks failed" in out
    assert "sharp             FAIL" in out
    assert "写真がぼやけています。" in out and "The photo is blurred." in out


def test_json_gives_every_check_with_value_limit_and_messages(capsys, london, tmp_path):
    path = tmp_path / "striped.png"
    _save(path, spoil.striped_background(london.photo("030"), london.landmarks("030")))
    status, out, _ = _run(capsys, path, "--json")
    result = json.loads(out)
    assert status == 1
    assert result["image"] == str(path) and result["passed"] is False
    assert result["failed"] == ["plain_background"]
    assert [check["name"] for check in result["checks"]] == list(CHECK_NAMES)
    background = result["checks"][CHECK_NAMES.index("plain_background")]
    assert set(background) == {"name", "passed", "value", "limit", "message_ja", "message_en"}
    assert background["value"] > 0.02 and background["limit"].endswith("<= 0.02")


def test_no_face_prints_dashes_for_what_could_not_be_measured(capsys, tmp_path):
    path = tmp_path / "wall.png"
    cv2.imwrite(str(path), cv2.UMat(480, 400, cv2.CV_8UC3, (200, 200, 200)))
    status, out, _ = _run(capsys, path)
    assert status == 1
    assert "FAIL: 8 of 8 checks failed" in out
    assert "顔が見つからないため確認できません。" in out
    assert out.count("     -  limit:") == 7


@pytest.mark.parametrize("name, content", [("missing.jpg", None), ("notes.jpg", b"not a jpeg")])
def test_an_unreadable_image_exits_2(capsys, tmp_path, name, content):
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    status, out, err = _run(capsys, path)
    assert status == 2 and out == ""
    assert str(path) in err
