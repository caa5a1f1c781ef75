"""The photo booth that takes a card application's photo and sends the application.

Standby → the application form's 23-digit ID (typed, or its QR code held to the camera) →
the photo rules → live preview with the framing guide → 3-2-1 → automatic checks (each
failure with its reason, then a retake) → the photo to confirm → contact e-mail → confirm
→ submit → receipt number, shown once. Cancel or a timeout anywhere keeps nothing: the
photo lives in memory until it is submitted, and only a submitted application is stored.

The camera runs while the preview (or the QR scan) shows, across calls: each `tick()`
captures frames for a moment (BURST_S of the flow's clock) and returns, so that the
shutter, cancel and touches, queued behind it on the flow's thread, are taken within a
second. A terminal ticks every second; a test calls `tick()` itself.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import numpy as np

from hw.camera import Camera, CameraError, Frame
from hw.memory_reader import MemoryCardReader
from kiosk.eligibility.service import Terminal
from kiosk.face import FaceEngine
from kiosk.flows.base import Devices, Flow
from kiosk.flows.inactivity import Idle
from kiosk.flows.names import ScreenName
from kiosk.flows.reasons import Reason
from kiosk.flows.screen import Screen
from kiosk.photo import application_id as ids
from kiosk.photo.applications import (
    InvalidEmail,
    NoFaceForCrop,
    PhotoApplications,
    application_photo,
    format_receipt,
    to_jpeg,
    validate_email,
)
from kiosk.photo.checks import PhotoLimits, PhotoReport, check_photo
from kiosk.photo.qr import QrReader
from kiosk.storage.database import DatabaseError

log = logging.getLogger(__name__)
S = ScreenName

COUNTDOWN = (3, 2, 1)  # seconds shown before the shot, one second each
BURST_S = 0.8  # camera time per tick while the preview or the QR scan shows
QR_SCAN_S = 20.0  # how long the camera looks for the form's QR code
FRAME_PERIOD_S = 1 / 15  # waited between frames of a camera that does not pace itself
FRAME_TIMEOUT_S = 2.0

# What checks a photo: check_photo (kiosk/photo/checks.py), or a stand-in in tests.
PhotoCheck = Callable[[np.ndarray, FaceEngine, PhotoLimits | None], PhotoReport]


class PhotoBoothFlow(Flow):
    """One photo booth; one applicant at a time. It has no card reader: card events are
    ignored."""

    terminal_kind = "photo"

    def __init__(self, open_camera: Callable[[], Camera] | None, engine: FaceEngine,
                 applications: PhotoApplications, terminal: Terminal,
                 now: Callable[[], float], *, sleep: Callable[[float], None] = time.sleep,
                 check: PhotoCheck = check_photo, limits: PhotoLimits | None = None,
                 language: str = "ja",
                 timeout_s: float = 90.0, warning_s: float = 15.0) -> None:
        # The base flow's card reader stays empty: the booth reads no card.
        devices = Devices(MemoryCardReader("photo booth (no card reader)"), None, open_camera)
        super().__init__(devices, None, terminal, now,  # type: ignore[arg-type]
                         timeout_s=timeout_s, warning_s=warning_s, language=language)
        self.engine = engine
        self.applications = applications
        self._sleep = sleep
        self._check = check
        self._limits = limits
        self._qr = QrReader()
        self._camera: Camera | None = None
        self._clear()
        self._go(S.STANDBY)

    # -- the application form's ID -----------------------------------------------------

    def start(self) -> None:
        """Begin an application: ask for the form's ID."""
        if self._input(S.STANDBY):
            self._clear()
            self._go(S.APPLICATION_ID)

    def enter_application_id(self, text: str) -> None:
        """The ID as typed; a wrong one is refused with what is wrong (characters first)."""
        if not self._input(S.APPLICATION_ID):
            return
        try:
            application_id = ids.validate(text)
        except ids.InvalidApplicationId as invalid:
            reason = (Reason.APPLICATION_ID_CHARACTERS
                      if invalid.problem is ids.Problem.CHARACTERS
                      else Reason.APPLICATION_ID_LENGTH)
            self._go(S.APPLICATION_ID, reason, length=invalid.length,
                     positions=invalid.positions, required=ids.LENGTH)
            return
        self._to_guidance(application_id)

    def scan_qr(self) -> None:
        """Read the ID from the form's QR code held to the camera (for up to QR_SCAN_S)."""
        if not self._input(S.APPLICATION_ID):
            return
        if not self._open_camera(S.APPLICATION_ID):
            return
        self._scan_until = self._now() + QR_SCAN_S
        self._go(S.QR_SCAN, seconds=round(QR_SCAN_S))
        self._scan_burst()

    def stop_scan(self) -> None:
        """Stop looking for the QR code: back to typing the ID."""
        if self._input(S.QR_SCAN):
            self._close_camera()
            self._go(S.APPLICATION_ID)

    def back(self) -> None:
        """From the photo rules back to the ID (to correct it)."""
        if self._input(S.PHOTO_GUIDANCE):
            entered, self._application_id = self._application_id, None
            self._go(S.APPLICATION_ID, entered=entered)

    # -- the photo ---------------------------------------------------------------------

    def start_preview(self) -> None:
        """The rules were read: open the camera and show the live preview."""
        if self._input(S.PHOTO_GUIDANCE) and self._open_camera(S.PHOTO_GUIDANCE):
            self._shots += 1
            self._go(S.PHOTO_PREVIEW, attempt=self._shots)
            self._preview_burst()

    def take_photo(self) -> None:
        """The shutter: count down 3-2-1 on the live preview, take the photo, check it."""
        if not self._input(S.PHOTO_PREVIEW):
            return
        with self._camera_guard(S.PHOTO_GUIDANCE):
            for seconds in COUNTDOWN:
                self._go(S.PHOTO_COUNTDOWN, seconds=seconds, attempt=self._shots)
                self._frames(1.0)
            shot = self._capture()  # the last frame on screen is the photo taken
            self._close_camera()
            self._timer.touch()
            self._go(S.PHOTO_CHECKING, attempt=self._shots)
            self._examine(shot.image)

    def retake(self) -> None:
        """Take the photo again (after a failed check, or when the person prefers)."""
        if not self._input(S.PHOTO_FAILED, S.PHOTO_CONFIRM):
            return
        self._photo = None
        self._jpeg = None
        if self._open_camera(S.PHOTO_GUIDANCE):
            self._shots += 1
            self._go(S.PHOTO_PREVIEW, attempt=self._shots)
            self._preview_burst()

    def accept_photo(self) -> None:
        """This photo: on to the contact e-mail."""
        if self._input(S.PHOTO_CONFIRM) and self._jpeg is not None:
            self._go(S.EMAIL_ENTRY)

    # -- contact, confirmation, submission -----------------------------------------------

    def enter_email(self, text: str) -> None:
        """The contact e-mail (the issuing office writes when the card is ready)."""
        if not self._input(S.EMAIL_ENTRY):
            return
        try:
            self._email = validate_email(text)
        except InvalidEmail as invalid:
            self._go(S.EMAIL_ENTRY, Reason.EMAIL_INVALID, problem=invalid.problem.value)
            return
        finally:
            del text
        self._show_confirmation()

    def change_email(self) -> None:
        """Correct the e-mail from the confirmation."""
        if self._input(S.APPLICATION_CONFIRM):
            self._go(S.EMAIL_ENTRY, email=self._email)

    def submit(self) -> None:
        """Send the application; the receipt number is shown once. A failure of the system
        keeps the application on the booth for another try (or until cancel or timeout)."""
        if not self._input(S.APPLICATION_CONFIRM, S.SYSTEM_ERROR) or self._jpeg is None:
            return
        assert self._application_id is not None and self._email is not None
        self._go(S.SUBMITTING)
        try:
            receipt = self.applications.submit(self._application_id, self._jpeg, self._email)
        except DatabaseError as error:
            log.error("photo: the application could not be stored: %s", error)
            self._go(S.SYSTEM_ERROR, Reason.SYSTEM_ERROR)
            return
        log.info("photo %s: application submitted", self.terminal.terminal_id)
        self._clear()  # stored: the booth keeps nothing of it
        self._final(S.RECEIPT, receipt_number=format_receipt(receipt))

    def finish(self) -> None:
        """Done with the receipt: back to standby."""
        if self._input(S.RECEIPT):
            self._end_session(None)

    # -- every screen ------------------------------------------------------------------

    def cancel(self) -> None:
        """Cancel (or close the receipt): standby, nothing kept."""
        self._end_session(None if self._session_over else Reason.CANCELLED)

    def tick(self) -> None:
        """Run the camera a moment while the preview or the QR scan shows; then inactivity
        as every flow (a finished session goes back to standby without a notice)."""
        if self.screen.name == S.PHOTO_PREVIEW:
            self._preview_burst()
        elif self.screen.name == S.QR_SCAN:
            self._scan_burst()
        if self._session_over and self._timer.state() is Idle.EXPIRED:
            self._end_session(None)
            return
        super().tick()

    def card_placed(self) -> None:
        """The booth has no card reader: nothing to do."""

    def card_removed(self) -> None:
        """The booth has no card reader: nothing to do."""

    def personal_data_held(self) -> list[str]:
        """What of the applicant the booth holds now (names only): empty after a reset."""
        held = {"application_id": self._application_id, "photo": self._photo,
                "jpeg": self._jpeg, "email": self._email, "camera": self._camera}
        return [name for name, value in held.items() if value is not None]

    # -- internals ---------------------------------------------------------------------

    def _clear(self) -> None:
        self._close_camera()
        self._application_id: str | None = None
        self._photo: np.ndarray | None = None
        self._jpeg: bytes | None = None
        self._email: str | None = None
        self._shots = 0
        self._scan_until = 0.0

    def _forget(self) -> None:
        super()._forget()
        self._clear()

    def _go(self, name: ScreenName, reason: Reason | None = None, **details: Any) -> Screen:
        if name == S.INACTIVITY_WARNING and self._resume is not None:
            # The preview under the warning keeps its picture when the screen knows this.
            details["covers"] = str(self._resume.name)
        return super()._go(name, reason, **details)

    def _to_guidance(self, application_id: str) -> None:
        self._application_id = application_id
        self._go(S.PHOTO_GUIDANCE, application_id=ids.grouped(application_id))

    def _show_confirmation(self) -> None:
        assert self._application_id is not None
        self._go(S.APPLICATION_CONFIRM, application_id=ids.grouped(self._application_id),
                 email=self._email)

    def _open_camera(self, fallback: ScreenName) -> bool:
        """Open the camera; False (and `fallback` with the reason shown) if it cannot."""
        self._close_camera()
        if self.devices.open_camera is None:
            self._go(fallback, Reason.CAMERA_UNAVAILABLE, **self._fallback_details(fallback))
            return False
        try:
            camera = self.devices.open_camera()
            camera.open()
        except CameraError as error:
            log.warning("photo: camera unavailable: %s", type(error).__name__)
            self._go(fallback, Reason.CAMERA_UNAVAILABLE, **self._fallback_details(fallback))
            return False
        self._camera = camera
        return True

    def _close_camera(self) -> None:
        camera, self._camera = getattr(self, "_camera", None), None
        if camera is not None:
            try:
                camera.close()
            except CameraError:
                log.warning("photo: the camera failed to close")

    def _fallback_details(self, name: ScreenName) -> dict[str, Any]:
        if name == S.PHOTO_GUIDANCE and self._application_id is not None:
            return {"application_id": ids.grouped(self._application_id)}
        return {}

    @contextmanager
    def _camera_guard(self, fallback: ScreenName) -> Iterator[None]:
        """A camera failing mid-step closes it and says so on `fallback`."""
        try:
            yield
        except CameraError as error:
            log.warning("photo: camera failed: %s", type(error).__name__)
            self._close_camera()
            self._go(fallback, Reason.CAMERA_UNAVAILABLE, **self._fallback_details(fallback))

    def _capture(self) -> Frame:
        if self._camera is None:
            raise CameraError("the camera is closed")
        return self._camera.capture(FRAME_TIMEOUT_S)

    def _frames(self, seconds: float,
                on_frame: Callable[[Frame], bool] | None = None) -> bool:
        """Capture for `seconds` of the flow's clock (the preview shows each frame); True
        as soon as `on_frame` says it has what it wanted."""
        end = self._now() + seconds
        while self._now() < end:
            before = self._now()
            frame = self._capture()
            if on_frame is not None and on_frame(frame):
                return True
            if self._now() <= before:  # a camera that does not pace itself
                self._sleep(FRAME_PERIOD_S)
        return False

    def _preview_burst(self) -> None:
        with self._camera_guard(S.PHOTO_GUIDANCE):
            self._frames(BURST_S)

    def _scan_burst(self) -> None:
        found: list[str] = []

        def look(frame: Frame) -> bool:
            text = self._qr.read(frame.image)
            if text is not None:
                found.append(text)
            return text is not None

        with self._camera_guard(S.APPLICATION_ID):
            left = self._scan_until - self._now()
            if left > 0 and self._frames(min(BURST_S, left), look):
                self._close_camera()
                try:
                    application_id = ids.from_qr_payload(found[0])
                except ids.InvalidApplicationId:
                    log.info("photo: a QR code was read, not an application form's")
                    self._go(S.APPLICATION_ID, Reason.QR_NOT_APPLICATION_ID)
                    return
                log.info("photo: application ID read from its QR code")
                self._to_guidance(application_id)
            elif self._scan_until <= self._now():
                self._close_camera()
                self._go(S.APPLICATION_ID, Reason.QR_NOT_FOUND)

    def _examine(self, image: np.ndarray) -> None:
        """Run the photo checks; a failure shows every reason, a pass the photo to confirm."""
        report = self._check(image, self.engine, self._limits)
        if report.passed:
            try:
                self._photo = application_photo(image, self.engine)
            except NoFaceForCrop:
                log.warning("photo: the checks passed a photo without a face to frame")
            else:
                self._jpeg = to_jpeg(self._photo)
                self._go(S.PHOTO_CONFIRM, attempt=self._shots)
                return
        failures = tuple({"name": r.name, "value": r.value, "limit": r.limit}
                         for r in report.failures) or (
            {"name": "one_face", "value": 0.0, "limit": "1"},)
        faces = [f for f in failures if f["name"] == "one_face"]
        if faces:  # with no face, or several, nothing else could be measured
            failures = tuple(faces)
        log.info("photo: checks failed: %s", ", ".join(f["name"] for f in failures))
        self._go(S.PHOTO_FAILED, Reason.PHOTO_REJECTED, failures=failures,
                 attempt=self._shots)

