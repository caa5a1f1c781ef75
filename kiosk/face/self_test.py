"""The face check's start-up self-test: one bundled face, checked as a patient's would be.

A terminal checks its face matching before the first patient arrives: the card photo's path
(a greyscale JPEG 2000 as a chip holds it, decoded and encoded), then a few camera-sized
frames of the same person smiling (detection, landmarks, quality, encoding, distance). A
model that does not load or answers nonsense is found here, in the log, not at a patient's
face; and what a first face check pays once (libraries' code paged in, the model's working
buffers, the heaps they grow) is paid while standby shows, so the first patient of the day
waits no longer than the next (bench/soak.py: 18 MB and about a second at the first face).

The face is a volunteer's from the Face Research Lab London Set (assets/faces/ATTRIBUTION.md),
never a patient's; nothing of it is kept.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from pathlib import Path

import cv2
import numpy as np

from hw.camera import Frame
from hw.still_camera import load_rgb
from hw.vcard.images import ImageError, chip_photo
from kiosk import paths
from kiosk.face.decision import DecisionPolicy
from kiosk.face.engine import FaceEngine
from kiosk.face.model_process import FaceModelError
from kiosk.face.reference import CardPhotoError
from kiosk.face.verification import FaceVerifier

log = logging.getLogger(__name__)

# The same volunteer twice, the neutral photo as the card's and the smiling one as the
# camera's (0.08 apart; the match threshold is 0.37); and another volunteer, who must not
# match (a model that answers the same for every face would match both).
CARD_PHOTO = Path("faces/london/003/neutral.jpg")
CAMERA_PHOTO = Path("faces/london/003/smiling.jpg")
OTHER_PERSON = Path("faces/london/005/smiling.jpg")
FRAME_SIZE = (640, 480)  # the emulated and the usual USB camera's
FRAMES = 3
FRAME_INTERVAL_S = 1 / 15


@dataclass(frozen=True)
class SelfTestResult:
    """How the self-test went: matched or not, the distance, and how long it took."""

    passed: bool
    seconds: float
    distance: float | None = None
    problem: str = ""


def camera_frame(photo: np.ndarray, size: tuple[int, int] = FRAME_SIZE) -> np.ndarray:
    """`photo` scaled into a camera-sized RGB frame (centred, grey around it)."""
    width, height = size
    scale = min(width / photo.shape[1], height / photo.shape[0])
    fitted = cv2.resize(photo, (round(photo.shape[1] * scale), round(photo.shape[0] * scale)),
                        interpolation=cv2.INTER_AREA)
    frame = np.full((height, width, 3), 128, np.uint8)
    top, left = (height - fitted.shape[0]) // 2, (width - fitted.shape[1]) // 2
    frame[top:top + fitted.shape[0], left:left + fitted.shape[1]] = fitted
    return frame


def run_self_test(engine: FaceEngine, policy: DecisionPolicy | None = None,
                  assets: Path | None = None) -> SelfTestResult:
    """Check the bundled face against its own card photo, as a face session would; logged.
    Blocks for about a second (run it on a worker, never the GUI thread)."""
    started = time.perf_counter()
    folder = assets or paths.assets_dir()
    verifier = FaceVerifier(engine, policy)
    try:
        verifier.load_reference(chip_photo(folder / CARD_PHOTO))
        frame = camera_frame(load_rgb(folder / CAMERA_PHOTO))
        attempt = verifier.start(0.0)
        for number in range(FRAMES):
            attempt.add(Frame(frame, number * FRAME_INTERVAL_S))
        distance = attempt.verdict().distance
        other = verifier.compare_still(camera_frame(load_rgb(folder / OTHER_PERSON)))
    except (ImageError, OSError, CardPhotoError, FaceModelError, ValueError) as error:
        result = SelfTestResult(False, time.perf_counter() - started, problem=str(error))
    else:
        result = _judge(distance, other.distance, verifier.policy.threshold,
                        time.perf_counter() - started)
    finally:
        verifier.forget()
    _log(result)
    return result


def _judge(same: float | None, other: float | None, threshold: float,
           seconds: float) -> SelfTestResult:
    if same is None or other is None:
        return SelfTestResult(False, seconds, same, "no face found in the test frames")
    if same > threshold:
        return SelfTestResult(False, seconds, same, f"the same person measured {same:.3f} "
                              f"apart (threshold {threshold})")
    if other <= threshold:
        return SelfTestResult(False, seconds, same, f"two people measured {other:.3f} apart "
                              f"(threshold {threshold})")
    return SelfTestResult(True, seconds, same)


def _log(result: SelfTestResult) -> None:
    if result.passed:
        log.info("face self-test passed in %.2f s (distance %.3f)", result.seconds,
                 result.distance)
    else:
        log.error("face self-test FAILED in %.2f s: %s; face authentication may refuse "
                  "patients (PIN and staff confirmation are not affected)", result.seconds,
                  result.problem)


def prepare(engine: FaceEngine) -> None:
    """Load the model in the background, then run the self-test on it; returns at once.
    `engine.ready` tells when both are done."""
    engine.preload(check=lambda: run_self_test(engine))
