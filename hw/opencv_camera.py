"""Cameras read through OpenCV's VideoCapture: a capture device, or a video file played as one.

`VideoCapture.read` blocks as long as the device takes (for ever, with some drivers, once
the camera is unplugged), so each open camera reads on a thread of its own and `capture`
waits for that thread's newest frame with a timeout. Like a real camera, frames nobody
asked for in time are dropped, never queued.
"""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import cv2
import numpy as np

from hw.camera import (
    DEFAULT_FRAME_TIMEOUT_S,
    BadFrameError,
    CameraError,
    CameraTimeoutError,
    CameraUnavailableError,
    Frame,
    FramePacer,
)

DEFAULT_VIDEO_FPS = 25.0
# A single failed read can be a dropped USB packet; several in a row are an unplugged camera.
FAILED_READS_BEFORE_UNAVAILABLE = 3
_RETRY_PAUSE_S = 0.05
_JOIN_TIMEOUT_S = 1.0

# cv2.VideoCapture, or a test's stand-in with isOpened, read, set, get and release.
CaptureFactory = Callable[[Any], Any]


def to_rgb(image: Any) -> np.ndarray:
    """An RGB copy of an OpenCV image (BGR, BGRA or grey, 8-bit); BadFrameError otherwise."""
    if not isinstance(image, np.ndarray) or image.size == 0:
        raise BadFrameError("the camera delivered an empty image")
    if image.dtype != np.uint8:
        raise BadFrameError(f"the camera delivered {image.dtype} pixels, not 8-bit ones")
    channels = 1 if image.ndim == 2 else image.shape[2] if image.ndim == 3 else 0
    conversions = {1: cv2.COLOR_GRAY2RGB, 3: cv2.COLOR_BGR2RGB, 4: cv2.COLOR_BGRA2RGB}
    if channels not in conversions:
        raise BadFrameError(f"the camera delivered an image of shape {image.shape}")
    return cv2.cvtColor(image, conversions[channels])


def _read(capture: Any) -> tuple[bool, Any]:
    try:
        ok, image = capture.read()
    except cv2.error:  # some backends raise instead of returning False
        return False, None
    return bool(ok), image


class _CaptureCamera:
    """The reading thread and the hand-over of its newest frame, shared by both cameras."""

    def __init__(self, name: str, capture_factory: CaptureFactory | None) -> None:
        self.name = name
        self._factory: CaptureFactory = capture_factory or cv2.VideoCapture
        self._changed = threading.Condition()
        self._thread: threading.Thread | None = None
        self._stop = threading.Event()
        self._latest: Frame | CameraError | None = None
        self._sequence = 0
        self._taken = 0
        self._fatal: CameraUnavailableError | None = None

    def _open_capture(self) -> Any:
        raise NotImplementedError

    def _reading_starts(self, stop: threading.Event) -> None:
        """Called before each opening's reader thread starts; `stop` is set by close()."""

    def _next_image(self, capture: Any, stop: threading.Event) -> Any:
        """The next raw image (None once stopped); CameraUnavailableError when gone."""
        raise NotImplementedError

    def open(self) -> None:
        """Open the device and start reading it; CameraUnavailableError if it cannot."""
        if self._thread is not None:
            return
        capture = self._open_capture()
        with self._changed:
            self._stop = threading.Event()
            self._latest, self._sequence, self._taken, self._fatal = None, 0, 0, None
            self._reading_starts(self._stop)
            self._thread = threading.Thread(
                target=self._run, args=(capture, self._stop), name=f"{self.name} reader",
                daemon=True,  # a read stuck in a dead driver must not keep the process alive
            )
            self._thread.start()

    def capture(self, timeout: float = DEFAULT_FRAME_TIMEOUT_S) -> Frame:
        """The newest frame not yet returned; blocks up to `timeout` seconds."""
        with self._changed:
            if self._thread is None:
                raise CameraUnavailableError(f"{self.name} is not open")
            if not self._changed.wait_for(
                lambda: self._sequence > self._taken or self._fatal is not None,
                timeout=max(timeout, 0.0),
            ):
                raise CameraTimeoutError(f"{self.name}: no frame within {timeout:.2f} s")
            if self._sequence == self._taken:
                assert self._fatal is not None
                raise CameraUnavailableError(str(self._fatal))
            self._taken = self._sequence
            item = self._latest
        if isinstance(item, CameraError):
            raise item
        assert item is not None
        return item

    def close(self) -> None:
        """Stop reading and release the device; safe to call twice."""
        with self._changed:
            thread, self._thread = self._thread, None
            self._stop.set()
        if thread is not None:
            # A read blocked in the driver cannot be interrupted; the thread releases the
            # device itself when the read returns.
            thread.join(_JOIN_TIMEOUT_S)

    def _publish(self, item: Frame | CameraError, stop: threading.Event) -> None:
        with self._changed:
            if stop.is_set():  # a reader left over from before close() hands nothing over
                return
            self._latest = item
            self._sequence += 1
            if isinstance(item, CameraUnavailableError):
                self._fatal = item
            self._changed.notify_all()

    def _run(self, capture: Any, stop: threading.Event) -> None:
        try:
            while not stop.is_set():
                try:
                    image = self._next_image(capture, stop)
                    if image is None:
                        return
                    self._publish(Frame(to_rgb(image), time.monotonic()), stop)
                except BadFrameError as error:
                    self._publish(BadFrameError(f"{self.name}: {error}"), stop)
                except CameraUnavailableError as error:
                    self._publish(error, stop)
                    return
                except Exception as error:  # never leave capture() waiting on a dead thread
                    self._publish(CameraUnavailableError(f"{self.name} failed: {error!r}"), stop)
                    return
        finally:
            capture.release()


class OpenCvCamera(_CaptureCamera):
    """A capture device (webcam) by its OpenCV index; frames arrive at the device's rate."""

    def __init__(self, index: int = 0, *, capture_factory: CaptureFactory | None = None) -> None:
        super().__init__(f"Camera {index}", capture_factory)
        self.index = index

    def _open_capture(self) -> Any:
        capture = self._factory(self.index)
        if not capture.isOpened():
            capture.release()
            raise CameraUnavailableError(
                f"camera {self.index} cannot be opened: no such device, or another program"
                " is using it"
            )
        return capture

    def _next_image(self, capture: Any, stop: threading.Event) -> Any:
        for _ in range(FAILED_READS_BEFORE_UNAVAILABLE):
            ok, image = _read(capture)
            if ok:
                return image
            if stop.wait(_RETRY_PAUSE_S):
                return None
        raise CameraUnavailableError(
            f"camera {self.index} stopped delivering frames (disconnected?)"
        )


class VideoFileCamera(_CaptureCamera):
    """A video file played as a camera: at the file's frame rate, starting over at its end."""

    def __init__(self, path: Path, *, capture_factory: CaptureFactory | None = None) -> None:
        super().__init__(f"Video {Path(path).name}", capture_factory)
        self.path = Path(path)
        self.fps = DEFAULT_VIDEO_FPS
        self._pacer = FramePacer(self.fps)

    def _open_capture(self) -> Any:
        if not self.path.is_file():
            raise CameraUnavailableError(f"no video file at {self.path}")
        capture = self._factory(str(self.path))
        ok = capture.isOpened() and _read(capture)[0]
        if not ok:  # a file may open and still hold no frame that decodes
            capture.release()
            raise CameraUnavailableError(f"{self.path} is not a video OpenCV can play")
        capture.set(cv2.CAP_PROP_POS_FRAMES, 0)
        fps = capture.get(cv2.CAP_PROP_FPS)
        # Containers without a rate report 0, NaN or nonsense such as 90000.
        self.fps = fps if math.isfinite(fps) and 1 <= fps <= 240 else DEFAULT_VIDEO_FPS
        return capture

    def _reading_starts(self, stop: threading.Event) -> None:
        # Sleeping on the stop event lets close() end the wait for the next frame time.
        self._pacer = FramePacer(self.fps, sleep=stop.wait)

    def _next_image(self, capture: Any, stop: threading.Event) -> Any:
        ok, image = _read(capture)
        if not ok:  # the end of the file: play it again
            capture.set(cv2.CAP_PROP_POS_FRAMES, 0)
            ok, image = _read(capture)
            if not ok:
                raise CameraUnavailableError(f"{self.path} can no longer be read")
        self._pacer.wait(math.inf)
        return None if stop.is_set() else image
