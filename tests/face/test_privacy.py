"""A verification keeps faces in memory only: no file, temp file or log line is written."""

from __future__ import annotations

import builtins
import logging
import tempfile
from pathlib import Path

import cv2

from hw.emulated_camera import EmulatedCamera
from hw.fake_camera import FakeClock
from kiosk.face.decision import DecisionPolicy
from kiosk.face.verification import FaceVerifier
from tests.face.conftest import probe_path


def _listing(*folders: Path) -> set[str]:
    return {str(path) for folder in folders for path in folder.rglob("*")}


def test_a_verification_writes_nothing(engine, photos, tmp_path, monkeypatch, caplog):
    home, work, temp = (tmp_path / name for name in ("home", "work", "tmp"))
    for folder in (home, work, temp):
        folder.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("TMPDIR", str(temp))
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    monkeypatch.chdir(work)
    writes = []
    real_open = builtins.open

    def watching_open(file, mode="r", *args, **kwargs):
        if any(flag in mode for flag in "wax+"):
            writes.append(str(file))
        return real_open(file, mode, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", watching_open)
    monkeypatch.setattr(cv2, "imwrite", lambda *args, **kwargs: writes.append(args[0]))
    caplog.set_level(logging.DEBUG)
    before = _listing(home, work, temp)

    clock = FakeClock()
    verifier = FaceVerifier(engine, DecisionPolicy(max_frames=8), clock=clock)
    verifier.load_reference(photos.chip("030"))
    camera = EmulatedCamera("live", probe_path("030"), seed=1, clock=clock, sleep=clock.sleep)
    camera.open()
    verdict = verifier.verify(camera)
    camera.close()
    verifier.forget()

    assert verdict.frames == 8
    assert writes == []
    assert _listing(home, work, temp) == before
    assert [record for record in caplog.records if record.name.startswith("kiosk")] == []
