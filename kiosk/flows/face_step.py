"""One face attempt at the clinic reader: the chip photo, the camera, the verifier's verdict."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

from hw.camera import CameraError
from kiosk.card import MyNumberCardProtocol
from kiosk.face import CardPhotoError, Decision, FrameReport, UndecidedReason
from kiosk.flows.card_flow import Devices
from kiosk.flows.reasons import Reason

log = logging.getLogger(__name__)


class FaceStopped(Exception):
    """The person pressed 中止 during the attempt: raised by a callback to end it at once."""


@dataclass(frozen=True)
class FaceOutcome:
    """How an attempt ended: matched, stopped, or the reason it did not match (and the
    code behind it)."""

    matched: bool
    reason: Reason | None = None
    detail: str | None = None  # the verifier's undecided reason or quality issue code
    stopped: bool = False  # the person stopped it before a verdict


def run_face_attempt(devices: Devices, protocol: MyNumberCardProtocol, collation_b: str,
                     on_frame: Callable[[FrameReport], None],
                     on_ready: Callable[[], None] = lambda: None) -> FaceOutcome:
    """Open the camera, load the card photo (once per card), capture until a verdict, close
    the camera. `on_ready` is called when capture starts; either callback may raise
    FaceStopped to end the attempt (the outcome says so) or end the session.

    Card errors propagate (the caller turns them into screens); camera and photo problems
    come back as an outcome so the person can be offered the PIN instead.
    """
    verifier = devices.verifier
    if verifier is None or devices.open_camera is None:
        return FaceOutcome(False, Reason.CAMERA_UNAVAILABLE)
    try:
        # The camera first: its preview shows the person while the card photo loads.
        camera = devices.open_camera()
        camera.open()
    except CameraError as error:
        log.warning("face: camera unavailable: %s", type(error).__name__)
        return FaceOutcome(False, Reason.CAMERA_UNAVAILABLE)
    try:
        if not verifier.has_reference:
            photo = protocol.read_card_face(collation_b).photo
            try:
                verifier.load_reference(photo)
            except CardPhotoError:
                log.warning("face: the card's chip photo cannot be used")
                return FaceOutcome(False, Reason.CARD_PHOTO_UNUSABLE)
            finally:
                del photo  # the photo is personal data: only its encoding stays, in memory
        on_ready()
        verdict = verifier.verify(camera, on_frame)
    except FaceStopped:
        log.info("face: stopped by the person before a verdict")
        return FaceOutcome(False, stopped=True)
    except CameraError as error:
        log.warning("face: camera failed during capture: %s", type(error).__name__)
        return FaceOutcome(False, Reason.CAMERA_UNAVAILABLE)
    finally:
        camera.close()
    log.info("face: %s (%s) over %d good of %d frames", verdict.decision.value,
             verdict.reason.value if verdict.reason else "-", verdict.good_frames,
             verdict.frames)
    if verdict.decision is Decision.MATCH:
        return FaceOutcome(True)
    if verdict.decision is Decision.NO_MATCH:
        return FaceOutcome(False, Reason.FACE_NO_MATCH)
    detail = verdict.reason.value if verdict.reason else None
    if verdict.reason is UndecidedReason.NO_GOOD_FRAMES and verdict.issues:
        detail = verdict.issues[0][0].value  # the most frequent problem says what to fix
    return FaceOutcome(False, Reason.FACE_UNDECIDED, detail)

