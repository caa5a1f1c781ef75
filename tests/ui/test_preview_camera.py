"""The preview camera: captures on its own thread, shows every frame, hands on the newest."""

from __future__ import annotations

import threading

import numpy as np
import pytest

from hw.camera import (
    MAX_BAD_FRAMES_IN_A_ROW,
    BadFrameError,
    CameraTimeoutError,
    CameraUnavailableError,
)
from hw.fake_camera import FakeCamera
from ui.preview_camera import PreviewCamera

DEADLINE_S = 10.0  # a wait's deadline, never a measure of speed


def _numbered(count):
    return [np.full((48, 64, 3), number, np.uint8) for number in range(count)]


class _Screen:
    """Stands in for the preview widget: remembers the number of every frame shown."""

    def __init__(self):
        self.shown = []
        self.changed = threading.Condition()

    def __call__(self, image):
        with self.changed:
            self.shown.append(image.pixelColor(0, 0).red())
            self.changed.notify_all()

    def wait_for(self, count):
        with self.changed:
            assert self.changed.wait_for(lambda: len(self.shown) >= count, DEADLINE_S)


class _GatedCamera(FakeCamera):
    """Numbered frames that come only as the test lets them (`let(n)`), as from a camera
    that is faster than the recogniser."""

    def __init__(self):
        super().__init__(_numbered(200))
        self._gate = threading.Semaphore(0)

    def let(self, count):
        self._gate.release(count)

    def capture(self, timeout=2.0):
        if not self._gate.acquire(timeout=timeout):
            raise CameraTimeoutError("not let through")
        return super().capture(timeout)


def test_every_frame_is_shown_and_the_caller_gets_only_the_newest():
    camera = _GatedCamera()
    screen = _Screen()
    preview = PreviewCamera(camera, screen, min_period_s=0.0)
    preview.open()
    taken = []
    try:
        for _ in range(5):
            # The camera delivers three frames while the recogniser works on one.
            camera.let(3)
            screen.wait_for(len(taken) * 3 + 3)
            taken.append(int(preview.capture(DEADLINE_S).image[0, 0, 0]))
    finally:
        preview.close()
    assert screen.shown == list(range(15))  # the screen saw every frame, in order
    assert taken == [2, 5, 8, 11, 14]  # the recogniser got the newest, the rest dropped
    assert (preview.shown, preview.taken) == (15, 5)
    assert not camera.is_open


def test_a_frame_is_never_handed_on_twice():
    camera = FakeCamera(_numbered(1))
    preview = PreviewCamera(camera, _Screen(), min_period_s=0.0)
    preview.open()
    try:
        assert int(preview.capture(DEADLINE_S).image[0, 0, 0]) == 0
        with pytest.raises(CameraTimeoutError):
            preview.capture(0.05)  # the camera has no more: the caller's deadline ends it
    finally:
        preview.close()


def test_a_camera_failing_reaches_the_caller_after_the_frames_it_gave():
    camera = FakeCamera([*_numbered(1), CameraUnavailableError("unplugged")])
    screen = _Screen()
    preview = PreviewCamera(camera, screen, min_period_s=0.0)
    preview.open()
    try:
        screen.wait_for(1)
        assert int(preview.capture(DEADLINE_S).image[0, 0, 0]) == 0
        with pytest.raises(CameraUnavailableError, match="unplugged"):
            preview.capture(DEADLINE_S)
    finally:
        preview.close()
    assert not camera.is_open


def test_closing_stops_capturing_and_closes_the_camera():
    camera = FakeCamera(_numbered(3), loop=True)
    screen = _Screen()
    preview = PreviewCamera(camera, screen, min_period_s=0.0)
    preview.open()
    screen.wait_for(5)
    preview.close()
    preview.close()  # twice is harmless
    count = len(screen.shown)
    assert not camera.is_open and camera.captured >= count
    with pytest.raises(CameraUnavailableError):
        preview.capture(0.0)
    assert len(screen.shown) == count  # nothing more reached the screen


def test_a_camera_that_cannot_open_starts_no_thread():
    camera = FakeCamera(open_error=CameraUnavailableError("no device"))
    preview = PreviewCamera(camera, _Screen())
    with pytest.raises(CameraUnavailableError):
        preview.open()
    with pytest.raises(CameraUnavailableError):
        preview.capture(0.0)


def test_a_bad_frame_now_and_then_is_skipped_but_a_run_of_them_is_a_broken_camera():
    glitchy = [*_numbered(2), BadFrameError("torn"), *_numbered(1)]
    broken = [BadFrameError("torn")] * MAX_BAD_FRAMES_IN_A_ROW
    camera = FakeCamera([*glitchy, *broken])
    screen = _Screen()
    preview = PreviewCamera(camera, screen, min_period_s=0.0)
    preview.open()
    try:
        screen.wait_for(3)  # the frame after the glitch is shown too
        with pytest.raises(BadFrameError, match="torn"):
            while True:
                preview.capture(DEADLINE_S)
    finally:
        preview.close()
    assert screen.shown == [0, 1, 0]
