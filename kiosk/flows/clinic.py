"""The clinic / pharmacy reception flow of a face-authentication card reader.

Standby → card placed → face, PIN or staff visual confirmation → certificate checks →
registration on the spot if needed → consent → prescription → eligibility lookup → result,
which also goes to the staff side. See docs/terminal-flows.md.
"""

from __future__ import annotations

import dataclasses
import logging
import threading
from collections.abc import Callable
from pathlib import Path
from typing import ClassVar, TypeVar

from kiosk.eligibility.certificates import CertificateCheck, CertificateState
from kiosk.eligibility.errors import EligibilityError
from kiosk.eligibility.receptions import ReceptionResult
from kiosk.eligibility.records import Validity
from kiosk.eligibility.service import EligibilityService, Terminal
from kiosk.eligibility.settings import FacilitySettings
from kiosk.face import FrameReport
from kiosk.flows import inputs as ev
from kiosk.flows import screens as sc
from kiosk.flows.base import Screens
from kiosk.flows.card_flow import CardFlow, Devices
from kiosk.flows.face_step import FaceStopped, run_face_attempt
from kiosk.flows.reasons import Reason
from kiosk.flows.refusals import VALIDITY_REASONS, refusal_reason
from kiosk.flows.screen import Screen
from kiosk.oqs.file_writer import write_in_background
from kiosk.oqs.reception_files import write_reception_file
from kiosk.storage.database import DatabaseError

log = logging.getLogger(__name__)

FACE, PIN, VISUAL = "face", "pin", "visual"
NO_IDENTITY = "none"  # a record of a session that failed before identity was confirmed
PRESCRIPTION_KINDS = ("electronic", "paper")
Options = TypeVar("Options", bound=sc.MethodOptions)
_IDENTITY_ASKED: Screens = (sc.ChooseMethod, sc.FaceFailed)


class ClinicFlow(CardFlow):
    """One reception terminal; one patient session at a time."""

    terminal_kind = "clinic"
    SCREENS: ClassVar[Screens] = (
        sc.Standby, sc.OutOfService, sc.Reading, sc.CardProblem, sc.ChooseMethod,
        sc.FaceCapture, sc.FaceMatched, sc.FaceFailed, sc.PinEntry, sc.PinLocked,
        sc.StaffPassword,
        sc.Checking, sc.CertificateRefused, sc.RegistrationOffer, sc.RegistrationTerms,
        sc.Consent,
        sc.ConsentIndividual, sc.Prescription, sc.Result, sc.InactivityWarning,
        sc.SystemError)
    ACCEPTS: ClassVar[dict[type[ev.FlowInput], Screens]] = {
        ev.CardPlaced: (sc.Standby,),
        ev.ChooseFace: _IDENTITY_ASKED,
        ev.StopFace: (sc.FaceCapture,),
        ev.ChoosePin: _IDENTITY_ASKED,
        ev.EnterPin: (sc.PinEntry,),
        ev.AskStaff: (*_IDENTITY_ASKED, sc.PinEntry, sc.PinLocked),
        ev.StaffPassword: (sc.StaffPassword,),
        ev.Back: (sc.PinEntry, sc.StaffPassword, sc.FaceFailed, sc.PinLocked),
        ev.AcceptRegistration: (sc.RegistrationOffer,),
        ev.Agree: (sc.RegistrationTerms,),
        ev.DeclineRegistration: (sc.RegistrationOffer, sc.RegistrationTerms),
        ev.ConsentAll: (sc.Consent,),
        ev.ConsentIndividually: (sc.Consent,),
        ev.SetConsent: (sc.ConsentIndividual,),
        ev.ConfirmConsent: (sc.ConsentIndividual,),
        ev.ChoosePrescription: (sc.Prescription,),
    }

    # The session's state: what it learnt and what the patient chose (see _clear()).
    _tries_left: int | None
    _method: str | None
    _face_attempts: int
    _capture: sc.FaceCapture  # the face capture screen as last shown
    _good_frames: int
    _staff_failures: int
    _check: CertificateCheck | None
    _registered_now: bool
    _consents: tuple[str, ...]
    _choices: dict[str, bool]
    _prescription: str | None
    _recorded: bool

    def __init__(self, devices: Devices, service: EligibilityService, terminal: Terminal,
                 settings: FacilitySettings, now: Callable[[], float],
                 oqs_folder: Path | None = None) -> None:
        super().__init__(devices, service, terminal, now,
                         timeout_s=settings.inactivity_timeout_s,
                         warning_s=settings.inactivity_warning_s,
                         language=settings.default_language)
        self.settings = settings
        # Where face files go when the facility names no OQS folder (None: the data
        # directory's oqs/); see kiosk/oqs/reception_files.py.
        self._oqs_folder = oqs_folder
        self._face_stop = threading.Event()  # 中止 pressed during face capture
        self._clear()
        self._show(self._standby(None))

    def handle(self, event: ev.FlowInput) -> None:
        """The reception's inputs, then the card terminals'."""
        match event:
            case ev.ChooseFace():
                self.choose_face()
            case ev.StopFace():
                self.stop_face()
            case ev.ChoosePin():
                self.choose_pin()
            case ev.EnterPin(pin=pin):
                self.enter_pin(pin)
            case ev.AskStaff():
                self.ask_staff()
            case ev.StaffPassword(password=password):
                self.staff_password(password)
            case ev.Back():
                self.back()
            case ev.AcceptRegistration():
                self.accept_registration()
            case ev.Agree():
                self.agree_registration()
            case ev.DeclineRegistration():
                self.decline_registration()
            case ev.ConsentAll():
                self.consent_all()
            case ev.ConsentIndividually():
                self.consent_individually()
            case ev.SetConsent(category=category, agree=agree):
                self.set_consent(category, agree)
            case ev.ConfirmConsent():
                self.confirm_consent()
            case ev.ChoosePrescription(kind=kind):
                self.choose_prescription(kind)
            case _:
                super().handle(event)

    # -- card placement and the choice of method -------------------------------------

    def card_placed(self) -> None:
        """A card was put on the reader: find out what it is and what it allows."""
        if not self._input(ev.CardPlaced):
            return
        self._clear()
        self._show(sc.Reading())
        with self._guard():
            card = self._read_card()
            if card is not None:
                self._tries_left = card.auth_tries_left
                self._show_methods()

    def choose_face(self) -> None:
        """Confirm identity with the camera (blocks for one attempt)."""
        if not self._input(ev.ChooseFace) or FACE not in self._methods():
            return
        card = self._placed()
        assert card.collation_b is not None  # FACE is offered only with it
        self._face_attempts += 1
        self._face_stop.clear()
        self._capture = sc.FaceCapture(attempt=self._face_attempts, attempts=self._max_face(),
                                       preparing=True)
        self._good_frames = 0
        self._show(self._capture)
        with self._guard():
            outcome = run_face_attempt(self.devices, self.protocol, card.collation_b,
                                       self._on_frame, self._on_capture_ready)
            self._timer.touch()
            if outcome.stopped:
                # Stopped before any verdict: the attempt is not counted against them.
                self._face_attempts -= 1
                self._show_methods()
                return
            if outcome.matched:
                self._show(sc.FaceMatched())
                self._identity_confirmed(FACE)
                return
            failed = self._options(sc.FaceFailed, outcome.reason)
            self._show(dataclasses.replace(failed, detail=outcome.detail))

    def stop_face(self) -> None:
        """中止 during face capture: back to the choice of method (the running attempt
        stops at its next frame, see preempt())."""
        if self._input(ev.StopFace):
            self._show_methods()

    def preempt(self, event: ev.FlowInput) -> None:
        """中止 reaches a running face attempt at once (any thread)."""
        if isinstance(event, ev.StopFace):
            self._face_stop.set()

    def choose_pin(self) -> None:
        """Confirm identity with the 4-digit user-authentication PIN."""
        if not self._input(ev.ChoosePin) or PIN not in self._methods():
            return
        self._show(sc.PinEntry(tries_left=self._tries_left))

    def enter_pin(self, pin: str) -> None:
        """Check the PIN on the card; it is used for this one command and never kept."""
        if not self._input(ev.EnterPin):
            return
        with self._guard():
            outcome = self._check_pin(pin)
            del pin
            if outcome.confirmed:
                self._tries_left = self._placed().auth_tries_left
                self._identity_confirmed(PIN)
            elif outcome.reason is Reason.PIN_FORMAT:
                self._show(sc.PinEntry(reason=outcome.reason, tries_left=self._tries_left))
            elif outcome.reason is Reason.WRONG_PIN:
                self._tries_left = outcome.tries_left
                self._show(sc.PinEntry(reason=outcome.reason, tries_left=outcome.tries_left))
            elif outcome.reason is Reason.FACE_AUTH_CARD:
                self._tries_left = None
                self._show_methods()
            else:  # locked, by this try or before
                self._tries_left = 0
                self._show(self._options(sc.PinLocked, outcome.reason))

    def ask_staff(self) -> None:
        """Ask for staff visual confirmation (目視確認); staff enable it with their password."""
        if not self._input(ev.AskStaff):
            return
        if not self.settings.visual_confirmation_allowed:
            self._show(dataclasses.replace(
                self.screen, reason=Reason.VISUAL_CONFIRMATION_NOT_ALLOWED))
            return
        self._staff_failures = 0
        with self._guard():
            if self.service.password_locked_until(self.terminal) is not None:
                self._show(sc.StaffPassword(reason=Reason.STAFF_PASSWORD_LOCKED))
                return
            self._show(sc.StaffPassword(failures=0))

    def staff_password(self, password: str) -> None:
        """Staff type the facility password; it never touches the card's PIN counter. Five
        wrong at this terminal within 15 minutes lock its password screen (whatever the
        session), and the patient is asked to call staff."""
        if not self._input(ev.StaffPassword):
            return
        with self._guard():
            checked = self.service.staff_password_check(self.terminal, password)
            del password
            if checked.locked:
                log.warning("clinic %s: staff password locked", self.terminal.terminal_id)
                self._show(sc.StaffPassword(reason=Reason.STAFF_PASSWORD_LOCKED))
            elif not checked.accepted:
                self._staff_failures += 1
                self._show(sc.StaffPassword(reason=Reason.WRONG_STAFF_PASSWORD,
                                            failures=self._staff_failures))
            else:
                self._identity_confirmed(VISUAL)

    def tick(self) -> None:
        """Inactivity as every flow; and while the patient waits for staff, a grant made at
        the staff screen for this reader confirms identity by sight, as the password does."""
        if self._waiting_for_staff() and self._staff_screen_granted():
            self._timer.touch()
            self._resume = None  # the warning over the password screen is over too
            with self._guard():
                self._identity_confirmed(VISUAL)
            return
        super().tick()

    def back(self) -> None:
        """Back to the choice of method."""
        if self._input(ev.Back):
            self._show_methods()

    # -- after identity: certificate, registration, consent, prescription, lookup ----

    def accept_registration(self) -> None:
        """登録する: the terms and what will be registered, to agree to first."""
        if not self._input(ev.AcceptRegistration):
            return
        assert self._check is not None and self._method is not None
        self._show(sc.RegistrationTerms(identity=self._method,
                                        expires_on=self._check.expires_on))

    def agree_registration(self) -> None:
        """Agree to the terms: register the card for insurance use, then go through consent."""
        if not self._input(ev.Agree):
            return
        with self._guard():
            self._show(sc.Checking())
            try:
                self.service.register(self._placed().certificate.der, self.terminal)
            except EligibilityError as error:
                reason = refusal_reason(error)
                if reason is None:
                    raise
                self._record("registration_failed", warnings=(reason,))
                self._final(sc.Result(reason=reason, identity=self._method))
                return
            self._registered_now = True
            self._to_consent()

    def decline_registration(self) -> None:
        """Not now: the patient shows staff another proof of insurance."""
        if not self._input(ev.DeclineRegistration):
            return
        with self._guard():
            self._record("not_registered", warnings=(Reason.NOT_REGISTERED,))
            self._final(sc.Result(reason=Reason.NOT_REGISTERED, identity=self._method))

    def consent_all(self) -> None:
        """全て同意する: every category this facility asks."""
        if self._input(ev.ConsentAll):
            with self._guard():
                self._give_consent(self.settings.consent_categories)

    def consent_individually(self) -> None:
        """個別に同意する: one answer per category, all 'no' until chosen."""
        if self._input(ev.ConsentIndividually):
            self._choices = dict.fromkeys(self.settings.consent_categories, False)
            self._show(sc.ConsentIndividual(choices=dict(self._choices)))

    def set_consent(self, category: str, agree: bool) -> None:
        """Answer one category on the one-by-one screen."""
        if not self._input(ev.SetConsent):
            return
        if category not in self._choices:
            raise ValueError(f"this facility does not ask about {category!r}")
        self._choices[category] = agree
        self._show(sc.ConsentIndividual(choices=dict(self._choices)))

    def confirm_consent(self) -> None:
        """Send the one-by-one answers (none agreed means consent declined)."""
        if self._input(ev.ConfirmConsent):
            with self._guard():
                self._give_consent(tuple(c for c, agreed in self._choices.items() if agreed))

    def choose_prescription(self, kind: str) -> None:
        """電子処方箋 or paper."""
        if not self._input(ev.ChoosePrescription):
            return
        if kind not in PRESCRIPTION_KINDS:
            raise ValueError(f"prescription is one of {PRESCRIPTION_KINDS}, not {kind!r}")
        self._prescription = kind
        with self._guard():
            self._look_up()

    # -- internals -------------------------------------------------------------------

    def _clear(self) -> None:
        self._card = None
        self._tries_left = None
        self._method = None
        self._face_attempts = 0
        self._capture = sc.FaceCapture(attempt=0, attempts=0)
        self._good_frames = 0
        self._staff_failures = 0
        self._check = None
        self._registered_now = False
        self._consents = ()
        self._choices = {}
        self._prescription = None
        self._recorded = False

    def _forget(self) -> None:
        if self._method is not None and not self._recorded:
            # Identity was confirmed, then the session ended early: staff should know.
            self._record("abandoned", warnings=(Reason.CARD_REMOVED,))
        super()._forget()
        self._clear()

    def _standby(self, reason: Reason | None) -> Screen:
        return sc.Standby(reason=reason, facility_name=self.settings.name,
                          take_card=self._asking_for_card)

    def _max_face(self) -> int:
        return 1 + self.settings.face_retries

    def _methods(self) -> tuple[str, ...]:
        card = self._placed()
        methods = []
        devices = self.devices
        if (card.collation_b and devices.verifier is not None and devices.open_camera is not None
                and self._face_attempts < self._max_face()):
            methods.append(FACE)
        if self._tries_left:  # None for a face-authentication card, 0 when locked
            methods.append(PIN)
        return tuple(methods)

    def _options(self, screen: type[Options], reason: Reason | None) -> Options:
        """`screen` with the ways left to confirm identity."""
        return screen(reason=reason, methods=self._methods(),
                      visual_confirmation=self.settings.visual_confirmation_allowed,
                      face_auth_card=self._placed().face_auth_card,
                      pin_locked=self._tries_left == 0, tries_left=self._tries_left,
                      face_attempts_left=self._max_face() - self._face_attempts)

    def _show_methods(self) -> None:
        if not self._methods() and not self.settings.visual_confirmation_allowed:
            self._final(sc.CardProblem(reason=Reason.CAMERA_UNAVAILABLE))
            return
        reason = None
        if self._placed().face_auth_card:
            reason = Reason.FACE_AUTH_CARD
        elif self._tries_left == 0:
            reason = Reason.PIN_LOCKED
        self._show(self._options(sc.ChooseMethod, reason))

    def _on_capture_ready(self) -> None:
        self._check_face_stop()
        self._capture = dataclasses.replace(self._capture, preparing=False)
        self._show(self._capture)

    def _on_frame(self, report: FrameReport) -> None:
        self._check_face_stop()
        if not report.counted:
            return
        if report.distance is not None:
            self._good_frames += 1
        needed = self.devices.verifier.policy.min_good_frames if self.devices.verifier else 1
        issue = (report.quality.issues[0].value if report.quality.issues
                 else sc.BLINK_GUIDANCE if report.asks_blink else None)
        # Shown again only when something on screen changes, not at every frame.
        capture = dataclasses.replace(self._capture, guidance=issue,
                                      progress=min(1.0, self._good_frames / needed))
        if capture != self._capture:
            self._capture = capture
            self._show(capture)

    def _check_face_stop(self) -> None:
        self._check_interrupt()  # a card removed ends the session, before any 中止
        if self._face_stop.is_set():
            raise FaceStopped()

    def _waiting_for_staff(self) -> bool:
        if self._interrupted.is_set():  # the card left: card_removed() follows
            return False
        # The inactivity warning may cover the password screen while staff are on their way.
        shown = self._resume if isinstance(self.screen, sc.InactivityWarning) else self.screen
        return isinstance(shown, sc.StaffPassword)

    def _staff_screen_granted(self) -> bool:
        try:
            return self.service.take_visual_confirmation_grant(self.terminal)
        except (DatabaseError, EligibilityError) as error:
            # Asked again on the next tick: a passing failure must not end the session.
            log.warning("clinic: visual confirmation grants unavailable: %s",
                        type(error).__name__)
            return False

    def _identity_confirmed(self, method: str) -> None:
        self._method = method
        log.info("clinic: identity confirmed by %s", method)
        self._show(sc.Checking())
        der = self._placed().certificate.der
        try:
            status = self.service.registration_status(der, self.terminal)
        except EligibilityError as error:
            reason = refusal_reason(error)
            if reason is None:
                raise
            self._record("certificate_refused", warnings=(reason,))
            self._final(sc.CertificateRefused(reason=reason, identity=method))
            return
        self._check = status.check
        if status.registered:
            self._to_consent()
        elif status.holder_known:
            self._show(sc.RegistrationOffer(identity=method))
        else:
            # No insurer has filed the holder's record: registering would be refused, so
            # the patient is not asked to; staff check another proof of insurance.
            self._record("registration_failed", warnings=(Reason.NO_INSURANCE_RECORD,))
            self._final(sc.Result(reason=Reason.NO_INSURANCE_RECORD, identity=method))

    def _to_consent(self) -> None:
        assert self._check is not None
        categories = self.settings.consent_categories
        if not self._check.sharing_allowed or not categories:
            self._to_prescription()
            return
        self._show(sc.Consent(categories=categories, registered_now=self._registered_now))

    def _give_consent(self, categories: tuple[str, ...]) -> None:
        self.service.give_consent(self._placed().certificate.der, self.terminal,
                                  list(categories))
        self._consents = tuple(categories)
        self._to_prescription()

    def _to_prescription(self) -> None:
        if self.settings.electronic_prescriptions:
            self._show(sc.Prescription())
        else:
            self._look_up()

    def _look_up(self) -> None:
        self._show(sc.Checking())
        lookup = self.service.lookup(self._placed().certificate.der, self.terminal)
        warnings = self._warnings()
        if lookup.validity is not Validity.VALID:
            warnings.append(VALIDITY_REASONS[lookup.validity])
        reception_id = self._record("completed", validity=int(lookup.validity),
                                    person_id=lookup.person_id,
                                    coverage_id=lookup.coverage_id, warnings=tuple(warnings))
        self._final(sc.Result(reason=VALIDITY_REASONS[lookup.validity], identity=self._method,
                              warnings=tuple(w.value for w in warnings),
                              consents=self._consents, prescription=self._prescription,
                              registered_now=self._registered_now))
        if reception_id is not None:
            # On the face-file thread: the patient never waits for the clinic's share (which
            # may hang), and a failure only reaches the staff screen.
            service, terminal, settings = self.service, self.terminal, self.settings
            consents, folder = lookup.consents, self._oqs_folder
            write_in_background(lambda: write_reception_file(
                service, terminal, settings, reception_id, consents, folder))

    def _warnings(self) -> list[Reason]:
        warnings = []
        if self._check is not None and self._check.state is CertificateState.GRACE:
            warnings.append(Reason.GRACE_PERIOD)
        if self._check is not None and self._check.renewal_alert:
            warnings.append(Reason.RENEWAL_DUE)
        if self._registered_now:
            warnings.append(Reason.REGISTERED)
        return warnings

    def _record_failure(self, code: str) -> None:
        """A device or the system failed mid-session: the staff side gets a record (with
        the method, if identity was confirmed), as far as the database allows."""
        if self._recorded:
            return
        result = ReceptionResult(
            identity_method=self._method or NO_IDENTITY,
            certificate_id=self._check.certificate_id if self._check else None,
            person_id=None, coverage_id=None, validity=None, consents=self._consents,
            prescription=self._prescription, warnings=(code,), outcome="system_error")
        try:
            self.service.record_reception(self.terminal, result)
        except (DatabaseError, EligibilityError) as error:
            log.error("clinic: the failure could not be recorded: %s", type(error).__name__)
            return
        self._recorded = True

    def _record(self, outcome: str, *, validity: int | None = None,
                person_id: int | None = None, coverage_id: int | None = None,
                warnings: tuple[Reason, ...] = ()) -> int | None:
        """Send the session's result to the staff side (ids and codes only); its id."""
        if self._method is None:
            return None
        self._recorded = True
        result = ReceptionResult(
            identity_method=self._method,
            certificate_id=self._check.certificate_id if self._check else None,
            person_id=person_id, coverage_id=coverage_id, validity=validity,
            consents=self._consents, prescription=self._prescription,
            warnings=tuple(w.value for w in warnings), outcome=outcome)
        return self.service.record_reception(self.terminal, result)
