"""A camera wrapper that shows every frame at the camera's rate and hands on only the newest.

Face recognition takes longer per frame than a camera takes to deliver one: captured in
step with it, the preview ran at recognition's rate (about 8 frames a second). Here a
thread of the wrapper's own captures at the camera's rate and sends each frame to the
screen; `capture` returns the newest frame not yet taken and the rest are dropped, as a
real camera drops frames nobody asked for in time.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable

import numpy as np
from PySide6.QtGui import QImage

from hw.camera import (
    DEFAULT_FRAME_TIMEOUT_S,
    MAX_BAD_FRAMES_IN_A_ROW,
    BadFrameError,
    Camera,
    CameraError,
    CameraTimeoutError,
    CameraUnavailableError,
    Frame,
    prompt_camera,
)

log = logging.getLogger(__name__)

# The preview shows at most 15 frames a second: smooth to the eye, while each frame shown
# costs the GUI thread a conversion and a paint that recognition needs more (two cores).
# A camera that answers at once (stills; an emulation on a fake clock, whose time then
# runs at the real rate) is read no faster either.
MIN_PERIOD_S = 1 / 15
# How long `close` waits for the capturing thread; its capture has a deadline of its own.
_JOIN_TIMEOUT_S = DEFAULT_FRAME_TIMEOUT_S + 0.5


class PreviewCamera:
    """Delegates to `camera`, captured on a thread of its own; each frame is converted for
    display and handed to `show` (on that thread), then dropped unless `capture` takes it.

    `open`, `capture` and `close` are for one caller thread (the flow's), as any Camera.
    """

    def __init__(self, camera: Camera, show: Callable[[QImage], None], *,
                 frame_timeout_s: float = DEFAULT_FRAME_TIMEOUT_S,
                 min_period_s: float = MIN_PERIOD_S, shown_per_take: int = 1) -> None:
        self._camera = camera
        self._show = show
        self._frame_timeout_s = frame_timeout_s
        self._min_period_s = min_period_s
        self._shown_per_take = shown_per_take
        self._shown_at_take = 0
        self.name = camera.name
        self._changed = threading.Condition()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._latest: Frame | None = None
        self._error: CameraError | None = None
        self.shown = 0  # frames sent to the screen
        self.taken = 0  # frames handed to the caller

    def open(self) -> None:
        """Open the real camera and start capturing; CameraUnavailableError if it cannot."""
        if self._thread is not None:
            return
        self._camera.open()
        self._stop = threading.Event()
        self._latest, self._error = None, None
        self._thread = threading.Thread(target=self._run, args=(self._stop,),
                                        name=f"{self.name} preview", daemon=True)
        self._thread.start()

    def capture(self, timeout: float = DEFAULT_FRAME_TIMEOUT_S) -> Frame:
        """The newest frame not yet taken; blocks up to `timeout` seconds."""
        with self._changed:
            if self._thread is None:
                raise CameraUnavailableError(f"{self.name} is not open")
            if not self._changed.wait_for(
                    lambda: (self._latest is not None
                             and self.shown - self._shown_at_take >= self._shown_per_take)
                    or self._error is not None,
                    timeout=max(timeout, 0.0)):
                raise CameraTimeoutError(f"{self.name}: no frame within {timeout:.2f} s")
            frame, self._latest = self._latest, None
            if frame is None:
                assert self._error is not None
                raise self._error
            self.taken += 1
            self._shown_at_take = self.shown
            return frame

    def prompt(self, action: str) -> None:
        """Pass what the screen asks on to the camera's subject (an emulated person)."""
        prompt_camera(self._camera, action)

    def close(self) -> None:
        """Stop capturing and close the real camera; safe to call twice."""
        thread, self._thread = self._thread, None
        if thread is None:
            return
        self._stop.set()
        thread.join(_JOIN_TIMEOUT_S)
        if thread.is_alive():  # a driver stuck past its deadline: the thread closes it later
            log.warning("%s: still capturing after %.1f s; left to finish", self.name,
                        _JOIN_TIMEOUT_S)
        with self._changed:
            self._latest = None  # a frame is personal data: none outlives the session

    def _run(self, stop: threading.Event) -> None:
        """Capture until stopped or the camera fails; the camera is closed here, so that it
        is only ever used by one thread at a time."""
        bad_in_a_row = 0
        try:
            while not stop.is_set():
                started = time.monotonic()
                try:
                    frame = self._camera.capture(self._frame_timeout_s)
                    bad_in_a_row = 0
                except CameraTimeoutError:
                    continue  # the caller's own deadline decides when waiting is over
                except CameraError as error:
                    if isinstance(error, BadFrameError):
                        bad_in_a_row += 1
                        if bad_in_a_row < MAX_BAD_FRAMES_IN_A_ROW:
                            log.info("%s: a bad frame skipped", self.name)
                            continue
                    with self._changed:
                        self._error = error
                        self._changed.notify_all()
                    return
                if stop.is_set():
                    return
                image = to_qimage(frame.image)
                # Offered to the recogniser before it is painted: once a frame is on the
                # screen, a capture() returns it or a newer one, never an older one.
                with self._changed:
                    self._latest = frame
                    self.shown += 1
                    self._changed.notify_all()
                del frame
                self._show(image)
                del image
                stop.wait(self._min_period_s - (time.monotonic() - started))
        finally:
            try:
                self._camera.close()
            except CameraError:
                log.warning("%s: the camera failed to close", self.name)


def to_qimage(image: np.ndarray) -> QImage:
    """An RGB frame as a QImage that owns its pixels."""
    rgb = np.ascontiguousarray(image)
    height, width = rgb.shape[:2]
    return QImage(rgb.data, width, height, 3 * width, QImage.Format.Format_RGB888).copy()
