"""A phone's screen shows in the face's finest texture; real faces and prints do not."""

from __future__ import annotations

import cv2
import numpy as np
import pytest

from hw.emulated_camera import EmulatedCamera
from hw.fake_camera import FakeClock
from kiosk import paths
from kiosk.face.media import read_image
from kiosk.face.screen_pattern import SCREEN_PATTERN_LIMIT, screen_pattern
from tests.face.conftest import probe_path

FACES = paths.assets_dir() / "faces"


def _scores(engine, images):
    scores = []
    for image in images:
        grey = image if image.ndim == 2 else cv2.cvtColor(image, cv2.COLOR_RGB2GRAY)
        if grey.shape[1] > 640:  # as large as a camera frame
            grey = cv2.resize(grey, (640, round(grey.shape[0] * 640 / grey.shape[1])),
                              interpolation=cv2.INTER_AREA)
        faces = engine.find_faces(grey)
        assert faces
        scores.append(screen_pattern(grey, faces[0].box))
    return scores


def _emulated(mode, person, frames=3):
    clock = FakeClock()
    camera = EmulatedCamera(mode, probe_path(person), seed=3, clock=clock, sleep=clock.sleep)
    camera.open()
    try:
        return [camera.capture().image for _ in range(frames)]
    finally:
        camera.close()


def test_real_photos_show_no_screen(engine):
    # Every tenth bundled photo of the London set and the varied photos (other cameras,
    # light and compression): a real face's texture is not a screen's.
    photos = sorted(FACES.glob("london/*/*.jpg"))[::10] + sorted(FACES.glob("variation/*/*.jpg"))
    scores = _scores(engine, [read_image(path) for path in photos])
    assert len(scores) >= 25 and max(scores) < SCREEN_PATTERN_LIMIT


@pytest.mark.parametrize("mode", ["live", "printed", "dark"])
def test_emulated_people_and_prints_show_no_screen(engine, mode):
    if mode == "dark":  # too dark for a verification, but its noise must not look like a grid
        frames = [cv2.convertScaleAbs(frame, alpha=3.0) for frame in _emulated(mode, "019")]
    else:
        frames = _emulated(mode, "019")
    assert max(_scores(engine, frames)) < SCREEN_PATTERN_LIMIT


@pytest.mark.parametrize("person", ["001", "019", "030"])
def test_a_face_on_a_phone_screen_shows_the_screen(engine, person):
    assert min(_scores(engine, _emulated("replay", person))) > SCREEN_PATTERN_LIMIT


def test_a_face_too_small_to_tell_scores_nothing():
    grey = np.random.default_rng(1).integers(0, 255, (100, 100), dtype=np.uint8)
    assert screen_pattern(grey, (40, 40, 60, 60)) == 0.0
