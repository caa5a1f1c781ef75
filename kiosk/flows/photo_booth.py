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
from typing import ClassVar

import numpy as np

from hw.camera import Camera, CameraError, Frame
from kiosk.eligibility.service import Terminal
from kiosk.face import FaceEngine
from kiosk.flows import inputs as ev
from kiosk.flows import screens as sc
from kiosk.flows.base import Flow, Screens
from kiosk.flows.inactivity import Idle
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

COUNTDOWN = (3, 2, 1)  # seconds shown before the shot, one second each
BURST_S = 0.8  # camera time per tick while the preview or the QR scan shows
QR_SCAN_S = 20.0  # how long the camera looks for the form's QR code
FRAME_PERIOD_S = 1 / 15  # waited between frames of a camera that does not pace itself
FRAME_TIMEOUT_S = 2.0

# What checks a photo: check_photo (kiosk/photo/checks.py), or a stand-in in tests.
PhotoCheck = Callable[[np.ndarray, FaceEngine, PhotoLimits | None], PhotoReport]
# Where the booth goes back to when the camera cannot be used.
Fallback = Callable[[Reason], Screen]
# Under the inactivity warning, these screens keep their camera picture.
_CAMERA_SCREENS: Screens = (sc.PhotoPreview, sc.PhotoFailed, sc.PhotoConfirm)


class PhotoBoothFlow(Flow):
    """One photo booth; one applicant at a time. It has no card reader."""

    terminal_kind = "photo"
    SCREENS: ClassVar[Screens] = (
        sc.Standby, sc.ApplicationId, sc.QrScan, sc.PhotoGuidance, sc.PhotoPreview,
        sc.PhotoCountdown, sc.PhotoChecking, sc.PhotoFailed, sc.PhotoConfirm, sc.EmailEntry,
        sc.ApplicationConfirm, sc.Submitting, sc.Receipt, sc.InactivityWarning,
        sc.SystemError)
    ACCEPTS: ClassVar[dict[type[ev.FlowInput], Screens]] = {
        ev.Start: (sc.Standby,),
        ev.EnterApplicationId: (sc.ApplicationId,),
        ev.ScanQr: (sc.ApplicationId,),
        ev.StopScan: (sc.QrScan,),
        ev.Back: (sc.PhotoGuidance,),
        ev.StartPreview: (sc.PhotoGuidance,),
        ev.TakePhoto: (sc.PhotoPreview,),
        ev.Retake: (sc.PhotoFailed, sc.PhotoConfirm),
        ev.AcceptPhoto: (sc.PhotoConfirm,),
        ev.EnterEmail: (sc.EmailEntry,),
        ev.ChangeEmail: (sc.ApplicationConfirm,),
        ev.Submit: (sc.ApplicationConfirm, sc.SystemError),
        ev.Finish: (sc.Receipt,),
    }

    # The application in progress (see _clear()): nothing of it outlives the session.
    _application_id: str | None
    _photo: np.ndarray | None
    _jpeg: bytes | None
    _email: str | None
    _shots: int
    _scan_until: float

    def __init__(self, open_camera: Callable[[], Camera] | None, engine: FaceEngine,
                 applications: PhotoApplications, terminal: Terminal,
                 now: Callable[[], float], *, sleep: Callable[[float], None] = time.sleep,
                 check: PhotoCheck = check_photo, limits: PhotoLimits | None = None,
                 language: str = "ja",
                 timeout_s: float = 90.0, warning_s: float = 15.0) -> None:
        super().__init__(terminal, now, timeout_s=timeout_s, warning_s=warning_s,
                         language=language)
        self.open_camera = open_camera
        self.engine = engine
        self.applications = applications
        self._sleep = sleep
        self._check = check
        self._limits = limits
        self._qr = QrReader()
        self._camera: Camera | None = None
        self._clear()
        self._show(sc.Standby())

    def handle(self, event: ev.FlowInput) -> None:
        """The booth's inputs, then every flow's."""
        match event:
            case ev.Start():
                self.start()
            case ev.EnterApplicationId(text=text):
                self.enter_application_id(text)
            case ev.ScanQr():
                self.scan_qr()
            case ev.StopScan():
                self.stop_scan()
            case ev.Back():
                self.back()
            case ev.StartPreview():
                self.start_preview()
            case ev.TakePhoto():
                self.take_photo()
            case ev.Retake():
                self.retake()
            case ev.AcceptPhoto():
                self.accept_photo()
            case ev.EnterEmail(text=text):
                self.enter_email(text)
            case ev.ChangeEmail():
                self.change_email()
            case ev.Submit():
                self.submit()
            case ev.Finish():
                self.finish()
            case _:
                super().handle(event)

    # -- the application form's ID -----------------------------------------------------

    def watch_camera(self, wrap: Callable[[Camera], Camera]) -> None:
        """Pass every camera this flow opens through `wrap` (a terminal's live preview)."""
        opener = self.open_camera
        if opener is not None:
            self.open_camera = lambda: wrap(opener())

    def start(self) -> None:
        """Begin an application: ask for the form's ID."""
        if self._input(ev.Start):
            self._clear()
            self._show(sc.ApplicationId())

    def enter_application_id(self, text: str) -> None:
        """The ID as typed; a wrong one is refused with what is wrong (characters first)."""
        if not self._input(ev.EnterApplicationId):
            return
        try:
            application_id = ids.validate(text)
        except ids.InvalidApplicationId as invalid:
            reason = (Reason.APPLICATION_ID_CHARACTERS
                      if invalid.problem is ids.Problem.CHARACTERS
                      else Reason.APPLICATION_ID_LENGTH)
            self._show(sc.ApplicationId(reason=reason, length=invalid.length,
                                        positions=tuple(invalid.positions),
                                        required=ids.LENGTH))
            return
        self._to_guidance(application_id)

    def scan_qr(self) -> None:
        """Read the ID from the form's QR code held to the camera (for up to QR_SCAN_S)."""
        if not self._input(ev.ScanQr):
            return
        if not self._open_camera(self._id_screen):
            return
        self._scan_until = self._now() + QR_SCAN_S
        self._show(sc.QrScan(seconds=round(QR_SCAN_S)))
        self._scan_burst()

    def stop_scan(self) -> None:
        """Stop looking for the QR code: back to typing the ID."""
        if self._input(ev.StopScan):
            self._close_camera()
            self._show(sc.ApplicationId())

    def back(self) -> None:
        """From the photo rules back to the ID (to correct it)."""
        if self._input(ev.Back):
            entered, self._application_id = self._application_id, None
            self._show(sc.ApplicationId(entered=entered))

    # -- the photo ---------------------------------------------------------------------

    def start_preview(self) -> None:
        """The rules were read: open the camera and show the live preview."""
        if self._input(ev.StartPreview) and self._open_camera(self._guidance_screen):
            self._shots += 1
            self._show(sc.PhotoPreview(attempt=self._shots))
            self._preview_burst()

    def take_photo(self) -> None:
        """The shutter: count down 3-2-1 on the live preview, take the photo, check it."""
        if not self._input(ev.TakePhoto):
            return
        with self._camera_guard(self._guidance_screen):
            for seconds in COUNTDOWN:
                self._show(sc.PhotoCountdown(seconds=seconds, attempt=self._shots))
                self._frames(1.0)
            shot = self._capture()  # the last frame on screen is the photo taken
            self._close_camera()
            self._timer.touch()
            self._show(sc.PhotoChecking(attempt=self._shots))
            self._examine(shot.image)

    def retake(self) -> None:
        """Take the photo again (after a failed check, or when the person prefers)."""
        if not self._input(ev.Retake):
            return
        self._photo = None
        self._jpeg = None
        if self._open_camera(self._guidance_screen):
            self._shots += 1
            self._show(sc.PhotoPreview(attempt=self._shots))
            self._preview_burst()

    def accept_photo(self) -> None:
        """This photo: on to the contact e-mail."""
        if self._input(ev.AcceptPhoto) and self._jpeg is not None:
            self._show(sc.EmailEntry())

    # -- contact, confirmation, submission -----------------------------------------------

    def enter_email(self, text: str) -> None:
        """The contact e-mail (the issuing office writes when the card is ready)."""
        if not self._input(ev.EnterEmail):
            return
        try:
            self._email = validate_email(text)
        except InvalidEmail as invalid:
            self._show(sc.EmailEntry(reason=Reason.EMAIL_INVALID, problem=invalid.problem.value))
            return
        finally:
            del text
        self._show_confirmation()

    def change_email(self) -> None:
        """Correct the e-mail from the confirmation."""
        if self._input(ev.ChangeEmail):
            self._show(sc.EmailEntry(email=self._email))

    def submit(self) -> None:
        """Send the application; the receipt number is shown once. A failure of the system
        keeps the application on the booth for another try (or until cancel or timeout)."""
        if not self._input(ev.Submit) or self._jpeg is None:
            return
        assert self._application_id is not None and self._email is not None
        self._show(sc.Submitting())
        try:
            receipt = self.applications.submit(self._application_id, self._jpeg, self._email)
        except DatabaseError as error:
            log.error("photo: the application could not be stored: %s", error)
            self._show(sc.SystemError(reason=Reason.SYSTEM_ERROR))
            return
        log.info("photo %s: application submitted", self.terminal.terminal_id)
        self._clear()  # stored: the booth keeps nothing of it
        self._final(sc.Receipt(receipt_number=format_receipt(receipt)))

    def finish(self) -> None:
        """Done with the receipt: back to standby."""
        if self._input(ev.Finish):
            self._end_session(None)

    # -- every screen ------------------------------------------------------------------

    def cancel(self) -> None:
        """Cancel (or close the receipt): standby, nothing kept."""
        self._end_session(None if self._session_over else Reason.CANCELLED)

    def tick(self) -> None:
        """Run the camera a moment while the preview or the QR scan shows; then inactivity
        as every flow (a finished session goes back to standby without a notice)."""
        if isinstance(self.screen, sc.PhotoPreview):
            self._preview_burst()
        elif isinstance(self.screen, sc.QrScan):
            self._scan_burst()
        if self._session_over and self._timer.state() is Idle.EXPIRED:
            self._end_session(None)
            return
        super().tick()

    def personal_data_held(self) -> list[str]:
        """What of the applicant the booth holds now (names only): empty after a reset."""
        held = {"application_id": self._application_id, "photo": self._photo,
                "jpeg": self._jpeg, "email": self._email, "camera": self._camera}
        return [name for name, value in held.items() if value is not None]

    # -- internals ---------------------------------------------------------------------

    def _clear(self) -> None:
        self._close_camera()
        self._application_id = None
        self._photo = None
        self._jpeg = None
        self._email = None
        self._shots = 0
        self._scan_until = 0.0

    def _forget(self) -> None:
        super()._forget()
        self._clear()

    def _warning(self, seconds_left: int) -> Screen:
        # The preview under the warning keeps its picture when the screen knows this.
        covers = self._resume.name if self._resume is not None else None
        return sc.InactivityWarning(seconds_left=seconds_left, covers=covers)

    def _to_guidance(self, application_id: str) -> None:
        self._application_id = application_id
        self._show(sc.PhotoGuidance(application_id=ids.grouped(application_id)))

    def _show_confirmation(self) -> None:
        assert self._application_id is not None
        assert self._email is not None
        self._show(sc.ApplicationConfirm(application_id=ids.grouped(self._application_id),
                                         email=self._email))

    def _open_camera(self, fallback: Fallback) -> bool:
        """Open the camera; False (and `fallback` with the reason shown) if it cannot."""
        self._close_camera()
        if self.open_camera is None:
            self._show(fallback(Reason.CAMERA_UNAVAILABLE))
            return False
        try:
            camera = self.open_camera()
            camera.open()
        except CameraError as error:
            log.warning("photo: camera unavailable: %s", type(error).__name__)
            self._show(fallback(Reason.CAMERA_UNAVAILABLE))
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

    def _id_screen(self, reason: Reason) -> Screen:
        return sc.ApplicationId(reason=reason)

    def _guidance_screen(self, reason: Reason) -> Screen:
        grouped = ids.grouped(self._application_id) if self._application_id else None
        return sc.PhotoGuidance(reason=reason, application_id=grouped)

    @contextmanager
    def _camera_guard(self, fallback: Fallback) -> Iterator[None]:
        """A camera failing mid-step closes it and says so on `fallback`."""
        try:
            yield
        except CameraError as error:
            log.warning("photo: camera failed: %s", type(error).__name__)
            self._close_camera()
            self._show(fallback(Reason.CAMERA_UNAVAILABLE))

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
        with self._camera_guard(self._guidance_screen):
            self._frames(BURST_S)

    def _scan_burst(self) -> None:
        found: list[str] = []

        def look(frame: Frame) -> bool:
            text = self._qr.read(frame.image)
            if text is not None:
                found.append(text)
            return text is not None

        with self._camera_guard(self._id_screen):
            left = self._scan_until - self._now()
            if left > 0 and self._frames(min(BURST_S, left), look):
                self._close_camera()
                try:
                    application_id = ids.from_qr_payload(found[0])
                except ids.InvalidApplicationId:
                    log.info("photo: a QR code was read, not an application form's")
                    self._show(sc.ApplicationId(reason=Reason.QR_NOT_APPLICATION_ID))
                    return
                log.info("photo: application ID read from its QR code")
                self._to_guidance(application_id)
            elif self._scan_until <= self._now():
                self._close_camera()
                self._show(sc.ApplicationId(reason=Reason.QR_NOT_FOUND))

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
                self._show(sc.PhotoConfirm(attempt=self._shots))
                return
        failures = tuple(sc.CheckFailure(r.name, r.value, r.limit)
                         for r in report.failures) or (sc.CheckFailure("one_face", 0.0, "1"),)
        faces = tuple(f for f in failures if f.name == "one_face")
        if faces:  # with no face, or several, nothing else could be measured
            failures = faces
        log.info("photo: checks failed: %s", ", ".join(f.name for f in failures))
        self._show(sc.PhotoFailed(reason=Reason.PHOTO_REJECTED, failures=failures,
                                  attempt=self._shots))

