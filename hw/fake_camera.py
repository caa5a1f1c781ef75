"""A camera that plays a given list of frames and errors, and a clock tests can advance.

Tests and the emulator use these to script exactly what a camera delivers, without
waiting for wall time.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable

import numpy as np

from hw.camera import (
    DEFAULT_FRAME_TIMEOUT_S,
    CameraError,
    CameraTimeoutError,
    CameraUnavailableError,
    Frame,
)

Shot = np.ndarray | Frame | CameraError


class FakeClock:
    """A monotonic clock that only moves when something sleeps on it or calls `advance`."""

    def __init__(self, start: float = 1000.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        """Advance the clock instead of waiting."""
        self.advance(seconds)

    def advance(self, seconds: float) -> None:
        """Move the clock forward by `seconds` (never backward)."""
        self.now += max(seconds, 0.0)


class FakeCamera:
    """A camera that returns the given images, frames or errors in order, one per capture.

    When the list runs out, `capture` raises CameraTimeoutError at once (or starts over
    with `loop=True`). `open_error` makes `open` fail as a missing device does.
    """

    def __init__(
        self,
        shots: Iterable[Shot] = (),
        *,
        name: str = "Fake camera",
        loop: bool = False,
        open_error: CameraError | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.name = name
        self.loop = loop
        self.open_error = open_error
        self.is_open = False
        self.open_count = 0
        self.captured = 0
        self._shots: list[Shot] = list(shots)
        self._clock = clock
        self._position = 0

    def extend(self, shots: Iterable[Shot]) -> None:
        """Append more images, frames or errors to play."""
        self._shots.extend(shots)

    def open(self) -> None:
        """Start playing from the first shot, or raise `open_error`."""
        if self.open_error is not None:
            raise self.open_error
        self.is_open = True
        self.open_count += 1
        self._position = 0

    def capture(self, timeout: float = DEFAULT_FRAME_TIMEOUT_S) -> Frame:
        """The next scripted shot, at once: a Frame, or the scripted error raised."""
        if not self.is_open:
            raise CameraUnavailableError(f"{self.name} is not open")
        if self._position >= len(self._shots):
            if not (self.loop and self._shots):
                raise CameraTimeoutError(f"{self.name} has no more frames")
            self._position = 0
        shot = self._shots[self._position]
        self._position += 1
        self.captured += 1
        if isinstance(shot, CameraError):
            raise shot
        if isinstance(shot, Frame):
            return shot
        return Frame(shot, self._clock())

    def close(self) -> None:
        """Stop playing; safe to call twice."""
        self.is_open = False
