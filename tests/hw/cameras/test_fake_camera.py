"""The scripted camera used by tests and the emulator."""

from __future__ import annotations

import numpy as np
import pytest

from hw.camera import BadFrameError, Camera, CameraTimeoutError, CameraUnavailableError, Frame
from hw.fake_camera import FakeCamera, FakeClock


def _image(value: int) -> np.ndarray:
    return np.full((32, 32, 3), value, np.uint8)


def test_plays_images_frames_and_errors_in_order():
    clock = FakeClock(5.0)
    given = Frame(_image(7), 1.0)
    camera = FakeCamera([_image(1), BadFrameError("smudge"), given], clock=clock)
    assert isinstance(camera, Camera)
    camera.open()
    first = camera.capture()
    assert first.image[0, 0, 0] == 1 and first.timestamp == 5.0
    with pytest.raises(BadFrameError, match="smudge"):
        camera.capture()
    assert camera.capture() is given
    with pytest.raises(CameraTimeoutError):
        camera.capture()
    assert camera.captured == 3  # shots played; running out plays none


def test_loops_and_fails_to_open_when_told():
    camera = FakeCamera([_image(1), _image(2)], loop=True)
    camera.open()
    assert [camera.capture().image[0, 0, 0] for _ in range(5)] == [1, 2, 1, 2, 1]
    camera.close()
    camera.close()
    with pytest.raises(CameraUnavailableError):
        camera.capture()
    missing = FakeCamera(open_error=CameraUnavailableError("unplugged"))
    with pytest.raises(CameraUnavailableError, match="unplugged"):
        missing.open()
