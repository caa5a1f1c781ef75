"""`kiosk face compare|evaluate` as QA uses them, including bad inputs."""

from __future__ import annotations

import json
import shutil

import cv2
import pytest

from hw.emulated_camera import EmulatedCamera
from hw.fake_camera import FakeClock
from hw.vcard.card_file import write_image
from kiosk.cli.main import main
from tests.face.conftest import LONDON, PEOPLE, card_photo_path, probe_path


@pytest.fixture(scope="module")
def card_file(card_factory, tmp_path_factory):
    """A card file of London person 030, with its 照合番号B noted as `card new` does."""
    issued = card_factory.issued()
    issued.image.notes["collation_b"] = issued.collation_b
    path = tmp_path_factory.mktemp("cards") / "card.json"
    write_image(path, issued.image)
    return path


def _run(capsys, *args: str) -> tuple[int, str, str]:
    status = main(["face", *map(str, args)])
    out, err = capsys.readouterr()
    return status, out, err


def test_compare_reads_the_photo_from_the_card_and_matches_its_holder(capsys, card_file):
    status, out, _ = _run(capsys, "compare", card_file, probe_path("030"))
    assert status == 0
    assert "opened with 照合番号B" in out and "decision: MATCH" in out
    assert "liveness: not checked" in out


def test_compare_an_impostor_photo_as_json(capsys):
    status, out, _ = _run(capsys, "compare", card_photo_path("030"), probe_path("001"), "--json")
    result = json.loads(out)
    assert status == 1
    assert result["decision"] == "no_match" and result["distance"] > result["threshold"]
    assert result["reference_source"] == "photo converted to chip form"


def test_compare_a_photo_without_a_face_names_the_problem(capsys, tmp_path):
    blank = tmp_path / "wall.png"
    cv2.imwrite(str(blank), cv2.UMat(480, 640, cv2.CV_8UC3, (200, 200, 200)))
    status, out, _ = _run(capsys, "compare", card_photo_path("030"), blank)
    assert status == 1
    assert "decision: UNDECIDED (no_face)" in out and "顔が見つかりません" in out


def test_compare_a_video_of_a_printed_photo_is_undecided(capsys, tmp_path):
    video = tmp_path / "printed.avi"
    clock = FakeClock()
    camera = EmulatedCamera("printed", probe_path("030"), clock=clock, sleep=clock.sleep)
    camera.open()
    writer = cv2.VideoWriter(str(video), cv2.VideoWriter_fourcc(*"MJPG"), 15, (640, 480))
    for _ in range(8):
        writer.write(cv2.cvtColor(camera.capture().image, cv2.COLOR_RGB2BGR))
    writer.release()
    camera.close()
    status, out, _ = _run(capsys, "compare", card_photo_path("030"), video, "--json")
    result = json.loads(out)
    assert status == 1
    assert (result["decision"], result["reason"]) == ("undecided", "liveness_not_shown")
    assert result["frames"] == 8 and result["good_frames"] == 8
    assert result["message"]["en"].startswith("We could not confirm a person is present")


@pytest.mark.parametrize(
    ("reference", "probe", "message"),
    [
        ("missing-card.json", None, "card file not found"),
        ("missing.jpg", None, "photo not found"),
        (None, "missing.jpg", "file not found"),
        (None, "missing.mp4", "file not found"),
        (None, "notes.txt", "cannot read"),
        ("bad-card.json", None, "malformed"),
    ],
)
def test_bad_paths_give_a_clear_message_and_exit_2(capsys, tmp_path, reference, probe,
                                                   message):
    """A name is a file in tmp_path; None stands for a good photo of person 030."""
    (tmp_path / "notes.txt").write_text("not a picture")
    (tmp_path / "bad-card.json").write_text("{}")
    status, _, err = _run(capsys, "compare",
                          tmp_path / reference if reference else card_photo_path("030"),
                          tmp_path / probe if probe else probe_path("030"))
    assert status == 2
    assert message in err


def test_a_card_file_without_collation_b_is_refused(capsys, card_factory, tmp_path):
    path = tmp_path / "card.json"
    write_image(path, card_factory.issued().image)
    status, _, err = _run(capsys, "compare", path, probe_path("030"))
    assert status == 2 and "照合番号B" in err


@pytest.fixture(scope="module")
def three_people(tmp_path_factory):
    folder = tmp_path_factory.mktemp("people")
    for person in PEOPLE:
        shutil.copytree(LONDON / person, folder / person)
    (folder / "lonely").mkdir()
    shutil.copy(probe_path("001"), folder / "lonely" / "only.jpg")
    return folder


def test_evaluate_a_small_folder(capsys, three_people):
    status, out, _ = _run(capsys, "evaluate", three_people, "--json")
    result = json.loads(out)
    assert status == 0
    # Each of the 6 photos is a card in turn: 1 genuine and 4 impostor probes each.
    assert (result["people"], result["genuine_pairs"], result["impostor_pairs"]) == (3, 6, 24)
    assert result["skipped_folders"] == ["lonely"]
    assert result["far"] == 0 and result["frr"] == 0
    assert result["cards_without_face"] == [] and result["probes_without_face"] == []
    assert result["genuine"]["p100"] < result["threshold"] < result["impostor"]["min"]
    assert result["encode_ms"] > 0
    half_a, half_b = result["held_out"]
    assert (half_a["half"], half_a["people"], half_b["people"]) == ("A", 2, 1)
    # Half A: 001 and 030; each of their 4 photos is an attempt with the other one as frame.
    assert (half_a["shipped"]["attempts"], half_a["shipped"]["accepted"]) == (4, 4)
    assert half_a["shipped"]["impostor_accepted"] == 0


def test_evaluate_prints_rates_and_times(capsys, three_people):
    status, out, _ = _run(capsys, "evaluate", three_people)
    assert status == 0
    assert "pairs: 6 genuine, 24 impostor" in out
    assert "FAR 0.000% (0 of 24), FRR 0.000% (0 of 6)" in out
    assert "half A (2 people), threshold chosen on the other half" in out
    assert "EER:" in out and "ms to find and encode one face" in out


def test_evaluate_needs_a_folder_of_people(capsys, tmp_path):
    status, _, err = _run(capsys, "evaluate", tmp_path / "missing")
    assert status == 2 and "not a folder" in err
    (tmp_path / "one").mkdir()
    status, _, err = _run(capsys, "evaluate", tmp_path)
    assert status == 2 and "at least two folders" in err
