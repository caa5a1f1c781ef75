"""The camera interface every backend implements, the frames it delivers, and its errors.

A camera is used by one thread at a time (never the GUI thread): `open`, then `capture`
frames (each call blocks for at most its timeout), then `close`.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol, runtime_checkable

import numpy as np

DEFAULT_FRAME_TIMEOUT_S = 2.0


class CameraError(Exception):
    """Base class of every error a camera raises."""


class CameraUnavailableError(CameraError):
    """The camera is missing, cannot be opened, or was disconnected."""


class CameraTimeoutError(CameraError):
    """No frame arrived within the timeout."""


class BadFrameError(CameraError):
    """The device delivered something that is not a usable image."""


# A device that glitches drops a frame now and then (a USB hiccup, a torn JPEG): such a
# frame is skipped. This many in a row (a second at 15 frames a second) is a broken camera.
MAX_BAD_FRAMES_IN_A_ROW = 15


@dataclass(frozen=True, eq=False)
class Frame:
    """One RGB image (height x width x 3, uint8) and when it was taken (monotonic seconds).

    Frames are personal data: keep them in memory only, and drop them after use.
    """

    image: np.ndarray
    timestamp: float

    def __post_init__(self) -> None:
        image = self.image
        if (not isinstance(image, np.ndarray) or image.dtype != np.uint8 or image.ndim != 3
                or image.shape[2] != 3 or min(image.shape[:2]) < 16):
            raise BadFrameError("a frame must be an RGB uint8 image of at least 16x16 pixels")

    @property
    def width(self) -> int:
        """Pixels across."""
        return int(self.image.shape[1])

    @property
    def height(self) -> int:
        """Pixels down."""
        return int(self.image.shape[0])


@runtime_checkable
class Camera(Protocol):
    """A source of frames: a device, a video file, still images, or an emulation."""

    name: str

    def open(self) -> None:
        """Start delivering frames; CameraUnavailableError if it cannot."""
        ...

    def capture(self, timeout: float = DEFAULT_FRAME_TIMEOUT_S) -> Frame:
        """The next frame; blocks up to `timeout` seconds (CameraTimeoutError after)."""
        ...

    def close(self) -> None:
        """Stop and release the device; safe to call twice."""
        ...


# What a terminal can ask of the person in front of the camera (see `PromptableCamera`).
PROMPT_BLINK = "blink"


@runtime_checkable
class PromptableCamera(Protocol):
    """A camera whose subject responds to what the screen asks: an emulated person reads the
    screen as a patient would. Real cameras do not implement it; their people read it."""

    def prompt(self, action: str) -> None:
        """The screen now asks the person for `action` (PROMPT_BLINK)."""
        ...


def prompt_camera(camera: object, action: str) -> None:
    """Tell `camera`'s subject what the screen asks, if the camera can (else nothing)."""
    if isinstance(camera, PromptableCamera):
        camera.prompt(action)


class FramePacer:
    """Spaces frames `1/fps` apart on a monotonic clock, never waiting beyond a timeout.

    Backends that produce frames on demand (stills, emulation) use it so that they run at
    a camera's rate; `clock` and `sleep` can be fakes so tests need not wait. What `sleep`
    returns is ignored, so an event's `wait` will do.
    """

    def __init__(self, fps: float, clock: Callable[[], float] = time.monotonic,
                 sleep: Callable[[float], object] = time.sleep) -> None:
        if not fps > 0:
            raise ValueError(f"frames per second must be positive, not {fps}")
        self.period = 1.0 / fps
        self._clock = clock
        self._sleep = sleep
        self._next: float | None = None

    def restart(self) -> None:
        """Make the next frame due at once."""
        self._next = None

    def wait(self, timeout: float) -> float:
        """Block until the next frame is due; its time. CameraTimeoutError after `timeout`."""
        now = self._clock()
        due = now if self._next is None else self._next
        if due - now > timeout:
            self._sleep(max(timeout, 0.0))
            raise CameraTimeoutError(f"no frame within {timeout:.2f} s")
        if due > now:
            self._sleep(due - now)
            now = self._clock()
        # A consumer more than a frame late gets a frame at once and the schedule restarts
        # from now: a camera does not deliver a burst of the frames nobody asked for.
        self._next = (due if now - due < self.period else now) + self.period
        return now
