"""The start-up self-test finds a face model that does not work, and says so in the log."""

from __future__ import annotations

import logging
import shutil

import numpy as np

from kiosk import paths
from kiosk.face import FaceEngine, self_test
from kiosk.face.decision import MATCH_THRESHOLD


class SameAnswerEngine:
    """A model that finds faces but encodes every one the same: it would match anybody."""

    def __init__(self, engine: FaceEngine) -> None:
        self._engine = engine

    def find_faces(self, image, upsample=0):
        return self._engine.find_faces(image, upsample)

    def encode(self, image, face, jitters=1):
        return np.ones(128)

    def encode_mirrored(self, image, face):
        return np.ones(128)


class BlindEngine(SameAnswerEngine):
    """A model that never finds a face."""

    def find_faces(self, image, upsample=0):
        return []


def test_a_working_model_passes_and_the_log_says_so(engine, caplog):
    with caplog.at_level(logging.INFO, logger="kiosk.face.self_test"):
        result = self_test.run_self_test(engine)
    assert result.passed, result.problem
    assert result.distance is not None and result.distance < MATCH_THRESHOLD / 2
    assert result.seconds > 0
    assert "face self-test passed" in caplog.text


def test_a_model_that_matches_everybody_fails(engine, caplog):
    result = self_test.run_self_test(SameAnswerEngine(engine))
    assert not result.passed
    assert "two people measured 0.000 apart" in result.problem
    assert "face self-test FAILED" in caplog.text
    assert "PIN and staff confirmation are not affected" in caplog.text


def test_a_model_that_finds_no_face_fails():
    result = self_test.run_self_test(BlindEngine(FaceEngine()))
    assert not result.passed
    assert "no face" in result.problem


def test_missing_test_photos_fail_with_the_reason_and_raise_nothing(engine, tmp_path):
    shutil.copytree(paths.assets_dir() / "faces", tmp_path / "faces")
    (tmp_path / self_test.CAMERA_PHOTO).unlink()
    result = self_test.run_self_test(engine, assets=tmp_path)
    assert not result.passed and "smiling.jpg" in result.problem


def test_the_engine_is_ready_once_loaded_and_checked(caplog):
    engine = FaceEngine()
    try:
        assert not engine.ready
        with caplog.at_level(logging.INFO, logger="kiosk.face.self_test"):
            self_test.prepare(engine)
            # The first call waits behind the load and the check.
            engine.run(int, timeout=engine.load_timeout_s)
        assert engine.ready and engine.loaded
        assert "face self-test passed" in caplog.text
    finally:
        engine.close()


def test_a_failing_check_still_leaves_the_engine_ready_for_calls():
    engine = FaceEngine()
    try:
        engine.preload(check=lambda: 1 / 0)
        engine.run(int, timeout=engine.load_timeout_s)
        assert engine.ready and engine.loaded
    finally:
        engine.close()
