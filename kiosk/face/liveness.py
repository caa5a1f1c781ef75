"""Whether a living face is in front of the camera: a blink, or landmarks moving non-rigidly,
and no screen's pixel grid over the face.

A printed photo held up to the camera can be moved, turned and tilted, but its landmarks
then move together, as one flat picture; it cannot blink or change expression. A video on
a phone's screen can: the screen's own texture gives it away (kiosk/face/screen_pattern.py).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from kiosk.face import geometry
from kiosk.face.screen_pattern import SCREEN_PATTERN_LIMIT


@dataclass(frozen=True)
class LivenessLimits:
    """Where liveness evidence starts; measured as in docs/face-thresholds.md."""

    # A blink: the eye opening falls to (1 - blink_drop) of the opening before and after.
    # Emulated prints of 102 people never fell by more than 0.30; emulated blinks by 0.42-0.80.
    blink_drop: float = 0.35
    # Non-rigid motion, in eye distances, after the best similarity fit. Landmark noise on an
    # emulated print (eyes 52-59 px apart) reached 0.070, while a real change from a neutral
    # face to a smile measures 0.017-0.077 (median 0.042): only a large change of expression
    # counts on its own, and the blink does the everyday work.
    min_motion: float = 0.08
    # Frames up to this much above the match threshold still count as the card's face for
    # liveness: shut eyes move the distance up (on the emulated holder by up to 0.1 in the
    # earlier plain distances; scaled as the threshold was, 0.53 to 0.37 for the same false
    # accepts on news photos).
    distance_margin: float = 0.07
    # A face on a phone's screen (kiosk/face/screen_pattern.py): this many frames of the
    # card's face scoring above the limit refuse liveness, whatever else they show; one
    # odd frame does not.
    screen_pattern: float = SCREEN_PATTERN_LIMIT
    screen_frames: int = 2


@dataclass(frozen=True)
class LivenessEvidence:
    """What the good frames showed; `shown` when either sign of life is there."""

    blink: bool
    motion: float  # largest non-rigid residual between two good frames, in eye distances
    min_motion: float
    screen: bool = False  # the face was seen on a screen (a replayed video)

    @property
    def shown(self) -> bool:
        """A blink, or enough non-rigid motion, from a face that is not on a screen."""
        return (self.blink or self.motion >= self.min_motion) and not self.screen


class LivenessTracker:
    """Collects the landmarks of good, matching frames and weighs the evidence."""

    def __init__(self, limits: LivenessLimits) -> None:
        self._limits = limits
        self._openings: list[float] = []
        self._first: np.ndarray | None = None
        self._previous: np.ndarray | None = None
        self._motion = 0.0
        self._screen_frames = 0

    def add(self, landmarks: np.ndarray, screen_pattern: float = 0.0) -> None:
        """Take one frame's 68 landmarks and its face's screen pattern score into account
        (landmarks are not kept beyond two frames)."""
        if screen_pattern >= self._limits.screen_pattern:
            self._screen_frames += 1
        self._openings.append(geometry.eye_aspect_ratio(landmarks))
        if self._first is None:
            self._first = landmarks.copy()
        else:
            # Against the first frame catches slow changes of expression, against the
            # previous one a quick blink; both keep the work linear in the frame count.
            assert self._previous is not None
            self._motion = max(self._motion,
                               geometry.non_rigid_residual(self._first, landmarks),
                               geometry.non_rigid_residual(self._previous, landmarks))
        self._previous = landmarks.copy()

    def evidence(self) -> LivenessEvidence:
        """The evidence so far."""
        return LivenessEvidence(blinked(self._openings, self._limits.blink_drop),
                                self._motion, self._limits.min_motion,
                                self._screen_frames >= self._limits.screen_frames)

    def clear(self) -> None:
        """Drop every landmark and measure."""
        self._openings.clear()
        self._first = self._previous = None
        self._motion = 0.0
        self._screen_frames = 0


def blinked(openings: list[float], drop: float) -> bool:
    """Whether the eye opening fell by `drop` below the opening both before and after."""
    for index in range(1, len(openings) - 1):
        before = max(openings[:index])
        after = max(openings[index + 1:])
        if openings[index] <= (1.0 - drop) * min(before, after):
            return True
    return False
