"""One patient's face checked against one card: frames in, a verdict out, nothing kept.

Blocking and single-threaded: run it on the face worker thread. Frames, landmarks and
encodings live only in memory and only until the verdict; the reference encoding stays for
the card's session, until `forget()`.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

import cv2
import numpy as np

from hw.camera import (
    MAX_BAD_FRAMES_IN_A_ROW,
    PROMPT_BLINK,
    BadFrameError,
    Camera,
    CameraTimeoutError,
    Frame,
    prompt_camera,
)
from kiosk.face import decision, quality
from kiosk.face.decision import DecisionPolicy, Verdict
from kiosk.face.engine import FaceEngine, FoundFace
from kiosk.face.liveness import LivenessLimits, LivenessTracker
from kiosk.face.messages import BLINK_PROMPT, Message, QualityIssue
from kiosk.face.quality import FrameQuality, QualityLimits
from kiosk.face.reference import Reference, make_reference
from kiosk.face.screen_pattern import screen_pattern


@dataclass(frozen=True)
class FrameReport:
    """What one frame showed: its quality, and its distance to the card photo when good."""

    quality: FrameQuality
    distance: float | None
    counted: bool = True  # False for a frame that came after the attempt had ended
    asks_blink: bool = False  # the card's face is in view and has not shown life yet

    @property
    def guidance(self) -> Message | None:
        """What the person should do now, if anything."""
        if self.quality.issues:
            return self.quality.issues[0].message
        return BLINK_PROMPT if self.asks_blink else None


@dataclass(frozen=True)
class StillComparison:
    """One image against the card photo: by distance alone, without any liveness check."""

    quality: FrameQuality
    distance: float | None
    matched: bool | None  # None when the image has no single face to compare


class FaceVerifier:
    """Verifies faces against the card currently in the terminal."""

    def __init__(self, engine: FaceEngine, policy: DecisionPolicy | None = None,
                 limits: QualityLimits | None = None, liveness: LivenessLimits | None = None,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.engine = engine
        self.policy = policy or DecisionPolicy()
        self.limits = limits or QualityLimits()
        self.liveness = liveness or LivenessLimits()
        self._clock = clock
        self._reference: Reference | None = None

    @property
    def has_reference(self) -> bool:
        """Whether a card photo is loaded."""
        return self._reference is not None

    def load_reference(self, chip_photo: bytes) -> None:
        """Encode the card's chip photo once for this card; CardPhotoError if unusable."""
        self._reference = None
        self._reference = make_reference(self.engine, chip_photo)

    def forget(self) -> None:
        """Drop the card's reference encoding (the card was removed or the session ended)."""
        self._reference = None

    def start(self, started_at: float | None = None,
              prompt: Callable[[str], None] | None = None) -> VerificationAttempt:
        """A new attempt; its time budget runs from `started_at` (or its first frame).
        `prompt` is told what the screen asks of the person (hw.camera.PROMPT_BLINK)."""
        if self._reference is None:
            raise RuntimeError("load_reference() first: there is no card photo to compare with")
        return VerificationAttempt(self, self._reference, started_at, prompt)

    def verify(self, camera: Camera,
               on_frame: Callable[[FrameReport], None] | None = None) -> Verdict:
        """Capture from an open camera until a verdict, within the policy's time budget."""
        started = self._clock()
        attempt = self.start(started, lambda action: prompt_camera(camera, action))
        deadline = started + self.policy.time_budget_s
        bad_in_a_row = 0
        while not attempt.done:
            remaining = deadline - self._clock()
            if remaining <= 0:
                break
            try:
                frame = camera.capture(timeout=remaining)
            except CameraTimeoutError:
                break
            except BadFrameError:
                bad_in_a_row += 1
                if bad_in_a_row >= MAX_BAD_FRAMES_IN_A_ROW:
                    raise  # not a glitch: the camera is broken (the caller offers the PIN)
                continue
            bad_in_a_row = 0
            report = attempt.add(frame)
            del frame  # a frame is personal data: no reference outlives its use
            if on_frame is not None:
                on_frame(report)
        return attempt.verdict()

    def compare_still(self, image: np.ndarray) -> StillComparison:
        """Compare one RGB image with the card photo (no liveness: for tools, not the kiosk)."""
        if self._reference is None:
            raise RuntimeError("load_reference() first: there is no card photo to compare with")
        found = examine(self.engine, image, self.limits)
        if len(found.faces) != 1:
            return StillComparison(found.quality, None, None)
        distance = _distance(self, self._reference, found.grey, found.faces[0])
        return StillComparison(found.quality, distance, distance <= self.policy.threshold)


# Seconds after which the blink is asked for again if no sign of life came.
REPROMPT_S = 1.5


class VerificationAttempt:
    """Frames of one attempt, added one by one until `done`; then `verdict()`."""

    def __init__(self, verifier: FaceVerifier, reference: Reference,
                 started_at: float | None, prompt: Callable[[str], None] | None = None) -> None:
        self._verifier = verifier
        self._prompt = prompt
        self._asked_to_blink = False
        self._prompted_at: float | None = None
        self._reference: Reference | None = reference
        self._started_at = started_at
        self._frames = 0
        self._distances: list[float] = []
        self._issues: Counter[QualityIssue] = Counter()
        self._liveness = LivenessTracker(verifier.liveness)
        self._ended = False

    @property
    def done(self) -> bool:
        """Whether the verdict is ready: a MATCH came, or frames or time ran out."""
        policy = self._verifier.policy
        return (self._ended or self._frames >= policy.max_frames
                or decision.can_stop_early(self._distances, self._liveness.evidence().shown,
                                           policy))

    def add(self, frame: Frame) -> FrameReport:
        """Check one frame and count it if it is good; frames after the budget are ignored."""
        if self._started_at is None:
            self._started_at = frame.timestamp
        policy = self._verifier.policy
        if self.done or frame.timestamp - self._started_at > policy.time_budget_s:
            self._ended = True
            return FrameReport(quality.FrameQuality(()), None, counted=False)
        self._frames += 1
        found = examine(self._verifier.engine, frame.image, self._verifier.limits)
        self._issues.update(found.quality.issues)
        if not found.quality.good:
            return FrameReport(found.quality, None)
        face = found.faces[0]
        assert self._reference is not None  # set until the verdict, which ends the attempt
        distance = _distance(self._verifier, self._reference, found.grey, face)
        self._distances.append(distance)
        # Only frames of the card's face count as signs of life: otherwise someone could
        # blink at the camera, then hold up the holder's photo.
        if distance <= policy.threshold + self._verifier.liveness.distance_margin:
            self._liveness.add(face.landmarks, screen_pattern(found.grey, face.box))
            self._ask_to_blink(frame.timestamp)
        asks = self._asked_to_blink and not self._liveness.evidence().shown
        return FrameReport(found.quality, distance, asks_blink=asks)

    def _ask_to_blink(self, now: float) -> None:
        """From the first frame of the card's face on, the screen asks for a blink: a
        spontaneous one comes every 2-5 s, an asked one within about a second."""
        self._asked_to_blink = True
        if self._liveness.evidence().shown:
            return
        # Asked again while no life is seen: a blink lasts about 0.15 s, and when the model
        # is slow (a busy machine) it can fall between the frames it takes.
        if self._prompted_at is None or now - self._prompted_at >= REPROMPT_S:
            self._prompted_at = now
            if self._prompt is not None:
                self._prompt(PROMPT_BLINK)

    def verdict(self) -> Verdict:
        """End the attempt and decide; landmarks and the reference are dropped."""
        self._ended = True
        result = decision.decide(self._distances, self._frames, self._liveness.evidence(),
                                 dict(self._issues), self._verifier.policy)
        self._liveness.clear()
        self._reference = None
        return result


@dataclass(frozen=True, eq=False)
class ExaminedImage:
    """An image made greyscale, the faces found in it, and its quality."""

    grey: np.ndarray = field(repr=False)
    faces: list[FoundFace] = field(repr=False)
    quality: FrameQuality


def examine(engine: FaceEngine, image: np.ndarray, limits: QualityLimits) -> ExaminedImage:
    """Find the faces in an RGB image and check its quality."""
    # The card photo is greyscale: comparing greyscale with greyscale removes a difference
    # that is not the face's (London genuine pairs: mean distance 0.26 in colour, 0.24 grey).
    grey = cv2.cvtColor(image, cv2.COLOR_RGB2GRAY)
    faces = engine.find_faces(grey)  # a third of the bytes to the model's process
    return ExaminedImage(grey, faces, quality.assess(grey, faces, limits))


def _distance(verifier: FaceVerifier, reference: Reference, image: np.ndarray,
              face: FoundFace) -> float:
    # Only the card photo is encoded with its mirror (kiosk/face/reference.py): a frame
    # encoded twice cost the live holder half the frame rate, too few frames to see a blink
    # within the budget (docs/face-thresholds.md).
    encoding = verifier.engine.encode(image, face)
    return float(reference.distances(encoding)[0])
