"""OpenCV cameras: a missing device, a video file played as a camera, failing devices."""

from __future__ import annotations

import itertools
import threading
import time

import cv2
import numpy as np
import pytest

from hw.camera import BadFrameError, CameraTimeoutError, CameraUnavailableError
from hw.opencv_camera import OpenCvCamera, VideoFileCamera, to_rgb

VIDEO_FPS = 40
VIDEO_FRAMES = 8


def _write_video(path, frames=VIDEO_FRAMES, fps=VIDEO_FPS):
    """A short MJPG clip whose frame i is red with blue level 20 + 25 * i (RGB)."""
    writer = cv2.VideoWriter(str(path), cv2.VideoWriter_fourcc(*"MJPG"), fps, (64, 48))
    assert writer.isOpened()
    for i in range(frames):
        writer.write(np.full((48, 64, 3), (20 + 25 * i, 30, 200), np.uint8))  # BGR
    writer.release()
    return path


class _ScriptedCapture:
    """Stands in for cv2.VideoCapture: returns the scripted reads, then repeats the last."""

    def __init__(self, reads, pause=0.005, opened=True):
        self.reads = list(reads)
        self.pause = pause
        self.opened = opened
        self.released = threading.Event()
        self.unblock = threading.Event()

    def isOpened(self):
        return self.opened

    def read(self):
        time.sleep(self.pause)
        answer = self.reads.pop(0) if len(self.reads) > 1 else self.reads[0]
        if answer == "block":  # a driver stuck in read
            self.unblock.wait(10)
            return False, None
        return answer

    def set(self, prop, value):
        return True

    def get(self, prop):
        return 0.0

    def release(self):
        self.released.set()


def _good():
    return True, np.full((48, 64, 3), (0, 0, 255), np.uint8)  # red, in BGR


def test_a_missing_device_is_unavailable_quickly():
    camera = OpenCvCamera(7)
    started = time.monotonic()
    with pytest.raises(CameraUnavailableError, match="camera 7 cannot be opened"):
        camera.open()
    assert time.monotonic() - started < 2.0
    with pytest.raises(CameraUnavailableError, match="not open"):
        camera.capture(0.1)
    camera.close()


def test_a_video_file_plays_as_a_looping_camera_at_its_own_rate(tmp_path):
    camera = VideoFileCamera(_write_video(tmp_path / "clip.avi"))
    camera.open()
    try:
        assert camera.fps == pytest.approx(VIDEO_FPS)
        started = time.monotonic()
        frames = [camera.capture(1.0) for _ in range(2 * VIDEO_FRAMES)]
        elapsed = time.monotonic() - started
    finally:
        camera.close()
    image = frames[0].image
    assert image.shape == (48, 64, 3) and image[..., 0].mean() > 150  # RGB: red comes first
    numbers = [round((frame.image[..., 2].mean() - 20) / 25) for frame in frames]
    assert numbers[0] == 0 and set(numbers) <= set(range(VIDEO_FRAMES))
    assert any(later < earlier for earlier, later in itertools.pairwise(numbers))
    # Paced by the file's rate: 16 frames at 40 fps take about 0.4 s, never much less.
    assert 0.8 * (len(frames) - 1) / VIDEO_FPS <= elapsed < 3.0
    times = [frame.timestamp for frame in frames]
    assert times == sorted(times)


def test_a_missing_or_broken_video_file_is_unavailable(tmp_path):
    with pytest.raises(CameraUnavailableError, match="no video file"):
        VideoFileCamera(tmp_path / "absent.avi").open()
    junk = tmp_path / "junk.avi"
    junk.write_bytes(b"this is not a video" * 100)
    with pytest.raises(CameraUnavailableError, match="not a video OpenCV can play"):
        VideoFileCamera(junk).open()


def test_a_camera_unplugged_mid_capture_becomes_unavailable():
    capture = _ScriptedCapture([_good(), _good(), _good(), (False, None)])
    camera = OpenCvCamera(0, capture_factory=lambda index: capture)
    camera.open()
    assert camera.capture(1.0).image[0, 0].tolist() == [255, 0, 0]
    deadline = time.monotonic() + 3.0
    with pytest.raises(CameraUnavailableError, match="disconnected"):
        while time.monotonic() < deadline:
            camera.capture(1.0)
    with pytest.raises(CameraUnavailableError, match="disconnected"):
        camera.capture(1.0)  # and stays so, at once
    assert capture.released.wait(2.0)
    camera.close()
    camera.close()


def test_garbage_from_the_device_is_a_bad_frame_not_a_crash():
    capture = _ScriptedCapture([(True, np.zeros((0, 0, 3), np.uint8))])
    camera = OpenCvCamera(0, capture_factory=lambda index: capture)
    camera.open()
    try:
        with pytest.raises(BadFrameError, match="empty"):
            camera.capture(1.0)
        with pytest.raises(BadFrameError):
            camera.capture(1.0)
    finally:
        camera.close()


def test_a_read_stuck_in_the_driver_times_out_and_close_still_returns():
    capture = _ScriptedCapture(["block"])
    camera = OpenCvCamera(0, capture_factory=lambda index: capture)
    camera.open()
    started = time.monotonic()
    with pytest.raises(CameraTimeoutError):
        camera.capture(0.2)
    assert 0.15 < time.monotonic() - started < 1.0
    capture.unblock.set()
    camera.close()
    assert capture.released.wait(2.0)


def test_a_device_that_does_not_open_is_released():
    capture = _ScriptedCapture([_good()], opened=False)
    with pytest.raises(CameraUnavailableError, match="another program"):
        OpenCvCamera(3, capture_factory=lambda index: capture).open()
    assert capture.released.is_set()


@pytest.mark.parametrize(
    ("image", "first_pixel"),
    [
        (np.full((20, 20, 3), (1, 2, 3), np.uint8), [3, 2, 1]),
        (np.full((20, 20, 4), (1, 2, 3, 9), np.uint8), [3, 2, 1]),
        (np.full((20, 20), 5, np.uint8), [5, 5, 5]),
    ],
)
def test_opencv_images_become_rgb(image, first_pixel):
    assert to_rgb(image)[0, 0].tolist() == first_pixel


@pytest.mark.parametrize(
    "image",
    [None, np.zeros((0, 0, 3), np.uint8), np.zeros((20, 20, 3), np.float32),
     np.zeros((20, 20, 2), np.uint8), np.zeros((2, 20, 20, 3), np.uint8)],
)
def test_odd_images_are_bad_frames(image):
    with pytest.raises(BadFrameError):
        to_rgb(image)
