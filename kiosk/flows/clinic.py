"""The clinic / pharmacy reception flow of a face-authentication card reader.

Standby → card placed → face, PIN or staff visual confirmation → certificate checks →
registration on the spot if needed → consent → prescription → eligibility lookup → result,
which also goes to the staff side. See docs/terminal-flows.md.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from typing import Any

from kiosk.card import InvalidPinFormat, PinLocked, PinNotUsable, WrongPin
from kiosk.eligibility.certificates import CertificateCheck, CertificateState
from kiosk.eligibility.errors import EligibilityError
from kiosk.eligibility.receptions import ReceptionResult
from kiosk.eligibility.records import Validity
from kiosk.eligibility.service import EligibilityService, Terminal
from kiosk.eligibility.settings import FacilitySettings
from kiosk.face import FrameReport
from kiosk.flows.base import Devices, Flow, SessionEnded
from kiosk.flows.face_step import run_face_attempt
from kiosk.flows.names import ScreenName
from kiosk.flows.placed_card import CardProblem, PlacedCard, read_placed_card
from kiosk.flows.reasons import Reason
from kiosk.flows.refusals import VALIDITY_REASONS, refusal_reason
from kiosk.storage.database import DatabaseError

log = logging.getLogger(__name__)

FACE, PIN, VISUAL = "face", "pin", "visual"
NO_IDENTITY = "none"  # a record of a session that failed before identity was confirmed
PRESCRIPTION_KINDS = ("electronic", "paper")
_CHALLENGE_SIZE = 32
S = ScreenName


class ClinicFlow(Flow):
    """One reception terminal; one patient session at a time."""

    terminal_kind = "clinic"

    def __init__(self, devices: Devices, service: EligibilityService, terminal: Terminal,
                 settings: FacilitySettings, now: Callable[[], float]) -> None:
        super().__init__(devices, service, terminal, now,
                         timeout_s=settings.inactivity_timeout_s,
                         warning_s=settings.inactivity_warning_s,
                         language=settings.default_language)
        self.settings = settings
        self._clear()
        self._go(S.STANDBY, **self._standby_details())

    # -- card placement and the choice of method -------------------------------------

    def card_placed(self) -> None:
        """A card was put on the reader: find out what it is and what it allows."""
        if not self._input(S.STANDBY):
            return
        self._clear()
        self._go(S.READING)
        with self._guard():
            try:
                self._card = read_placed_card(self.protocol, self.devices.surface)
            except CardProblem as problem:
                if problem.reason is Reason.CARD_REMOVED:
                    raise SessionEnded(Reason.CARD_REMOVED) from None
                log.info("clinic: card refused at placement: %s", problem.reason.value)
                self._final(S.CARD_PROBLEM, problem.reason)
                return
            self._tries_left = self._card.auth_tries_left
            self._show_methods()

    def choose_face(self) -> None:
        """Confirm identity with the camera (blocks for one attempt)."""
        if not self._input(S.CHOOSE_METHOD, S.FACE_FAILED) or FACE not in self._methods():
            return
        card = self._placed()
        assert card.collation_b is not None  # FACE is offered only with it
        self._face_attempts += 1
        self._last_guidance: str | None = None
        self._go(S.FACE_CAPTURE, attempt=self._face_attempts, attempts=self._max_face(),
                 guidance=None)
        with self._guard():
            outcome = run_face_attempt(self.devices, self.protocol, card.collation_b,
                                       self._on_frame)
            self._timer.touch()
            if outcome.matched:
                self._identity_confirmed(FACE)
                return
            self._go(S.FACE_FAILED, outcome.reason, detail=outcome.detail,
                     **self._method_details())

    def choose_pin(self) -> None:
        """Confirm identity with the 4-digit user-authentication PIN."""
        if not self._input(S.CHOOSE_METHOD, S.FACE_FAILED) or PIN not in self._methods():
            return
        self._go(S.PIN_ENTRY, tries_left=self._tries_left)

    def enter_pin(self, pin: str) -> None:
        """Check the PIN on the card; it is used for this one command and never kept."""
        if not self._input(S.PIN_ENTRY):
            return
        card = self._placed()
        with self._guard():
            try:
                authentication = self.protocol.authenticate(pin, os.urandom(_CHALLENGE_SIZE))
            except InvalidPinFormat:
                self._go(S.PIN_ENTRY, Reason.PIN_FORMAT, tries_left=self._tries_left)
                return
            except WrongPin as wrong:
                self._tries_left = wrong.tries_left
                self._go(S.PIN_ENTRY, Reason.WRONG_PIN, tries_left=wrong.tries_left)
                return
            except PinLocked as locked:
                self._tries_left = 0
                reason = Reason.PIN_JUST_LOCKED if locked.just_locked else Reason.PIN_LOCKED
                self._go(S.PIN_LOCKED, reason, **self._method_details())
                return
            except PinNotUsable:
                self._tries_left = None
                self._show_methods()
                return
            finally:
                del pin
            if authentication.certificate.der != card.certificate.der:
                # Another card was slipped in between placement and the PIN.
                raise SessionEnded(Reason.CARD_REMOVED)
            self._tries_left = self._card.auth_tries_left if self._card else None
            self._identity_confirmed(PIN)

    def ask_staff(self) -> None:
        """Ask for staff visual confirmation (目視確認); staff enable it with their password."""
        if not self._input(S.CHOOSE_METHOD, S.FACE_FAILED, S.PIN_ENTRY, S.PIN_LOCKED):
            return
        if not self.settings.visual_confirmation_allowed:
            self._go(self.screen.name, Reason.VISUAL_CONFIRMATION_NOT_ALLOWED,
                     **self.screen.details)
            return
        self._go(S.STAFF_PASSWORD, failures=0)

    def staff_password(self, password: str) -> None:
        """Staff type the facility password; it never touches the card's PIN counter."""
        if not self._input(S.STAFF_PASSWORD):
            return
        with self._guard():
            allowed = self.service.check_staff_password(self.terminal, password)
            del password
            if not allowed:
                failures = int(self.screen.details.get("failures", 0)) + 1
                self._go(S.STAFF_PASSWORD, Reason.WRONG_STAFF_PASSWORD, failures=failures)
                return
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
        if self._input(S.PIN_ENTRY, S.STAFF_PASSWORD, S.FACE_FAILED, S.PIN_LOCKED):
            self._show_methods()

    # -- after identity: certificate, registration, consent, prescription, lookup ----

    def accept_registration(self) -> None:
        """Register the card for insurance use now, then go through consent."""
        if not self._input(S.REGISTRATION_OFFER):
            return
        with self._guard():
            self._go(S.CHECKING)
            try:
                self.service.register(self._placed().certificate.der, self.terminal)
            except EligibilityError as error:
                reason = refusal_reason(error)
                if reason is None:
                    raise
                self._record("registration_failed", warnings=(reason,))
                self._final(S.RESULT, reason, identity=self._method)
                return
            self._registered_now = True
            self._to_consent()

    def decline_registration(self) -> None:
        """Not now: the patient shows staff another proof of insurance."""
        if not self._input(S.REGISTRATION_OFFER):
            return
        with self._guard():
            self._record("not_registered", warnings=(Reason.NOT_REGISTERED,))
            self._final(S.RESULT, Reason.NOT_REGISTERED, identity=self._method)

    def consent_all(self) -> None:
        """全て同意する: every category this facility asks."""
        if self._input(S.CONSENT):
            with self._guard():
                self._give_consent(self.settings.consent_categories)

    def consent_individually(self) -> None:
        """個別に同意する: one answer per category, all 'no' until chosen."""
        if self._input(S.CONSENT):
            self._choices = dict.fromkeys(self.settings.consent_categories, False)
            self._go(S.CONSENT_INDIVIDUAL, choices=dict(self._choices))

    def set_consent(self, category: str, agree: bool) -> None:
        """Answer one category on the one-by-one screen."""
        if not self._input(S.CONSENT_INDIVIDUAL):
            return
        if category not in self._choices:
            raise ValueError(f"this facility does not ask about {category!r}")
        self._choices[category] = agree
        self._go(S.CONSENT_INDIVIDUAL, choices=dict(self._choices))

    def confirm_consent(self) -> None:
        """Send the one-by-one answers (none agreed means consent declined)."""
        if self._input(S.CONSENT_INDIVIDUAL):
            with self._guard():
                self._give_consent(tuple(c for c, agreed in self._choices.items() if agreed))

    def choose_prescription(self, kind: str) -> None:
        """電子処方箋 or paper."""
        if not self._input(S.PRESCRIPTION):
            return
        if kind not in PRESCRIPTION_KINDS:
            raise ValueError(f"prescription is one of {PRESCRIPTION_KINDS}, not {kind!r}")
        self._prescription = kind
        with self._guard():
            self._look_up()

    # -- internals -------------------------------------------------------------------

    def _clear(self) -> None:
        self._card: PlacedCard | None = None
        self._tries_left: int | None = None
        self._method: str | None = None
        self._face_attempts = 0
        self._check: CertificateCheck | None = None
        self._registered_now = False
        self._consents: tuple[str, ...] = ()
        self._choices: dict[str, bool] = {}
        self._prescription: str | None = None
        self._recorded = False

    def _forget(self) -> None:
        if self._method is not None and not self._recorded:
            # Identity was confirmed, then the session ended early: staff should know.
            self._record("abandoned", warnings=(Reason.CARD_REMOVED,))
        super()._forget()
        self._clear()

    def _standby_details(self) -> dict[str, Any]:
        return {"facility_name": self.settings.name}

    def _placed(self) -> PlacedCard:
        if self._card is None:
            raise SessionEnded(Reason.CARD_REMOVED)
        return self._card

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

    def _method_details(self) -> dict[str, Any]:
        card = self._placed()
        return {"methods": self._methods(),
                "visual_confirmation": self.settings.visual_confirmation_allowed,
                "face_auth_card": card.face_auth_card,
                "pin_locked": self._tries_left == 0,
                "tries_left": self._tries_left,
                "face_attempts_left": self._max_face() - self._face_attempts}

    def _show_methods(self) -> None:
        details = self._method_details()
        if not details["methods"] and not details["visual_confirmation"]:
            self._final(S.CARD_PROBLEM, Reason.CAMERA_UNAVAILABLE)
            return
        reason = None
        if self._placed().face_auth_card:
            reason = Reason.FACE_AUTH_CARD
        elif self._tries_left == 0:
            reason = Reason.PIN_LOCKED
        self._go(S.CHOOSE_METHOD, reason, **details)

    def _on_frame(self, report: FrameReport) -> None:
        self._check_interrupt()
        issue = report.quality.issues[0].value if report.quality.issues else None
        if report.counted and issue != self._last_guidance:
            self._last_guidance = issue
            self._go(S.FACE_CAPTURE, attempt=self._face_attempts, attempts=self._max_face(),
                     guidance=issue)

    def _waiting_for_staff(self) -> bool:
        if self._interrupted.is_set():  # the card left: card_removed() follows
            return False
        # The inactivity warning may cover the password screen while staff are on their way.
        shown = self._resume if self.screen.name == S.INACTIVITY_WARNING else self.screen
        return shown is not None and shown.name == S.STAFF_PASSWORD

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
        self._go(S.CHECKING)
        der = self._placed().certificate.der
        try:
            self._check = self.service.check(der, self.terminal)
        except EligibilityError as error:
            reason = refusal_reason(error)
            if reason is None:
                raise
            self._record("certificate_refused", warnings=(reason,))
            self._final(S.CERTIFICATE_REFUSED, reason, identity=method)
            return
        if not self.service.registered(der, self.terminal):
            self._go(S.REGISTRATION_OFFER, identity=method)
            return
        self._to_consent()

    def _to_consent(self) -> None:
        assert self._check is not None
        categories = self.settings.consent_categories
        if not self._check.sharing_allowed or not categories:
            self._to_prescription()
            return
        self._go(S.CONSENT, categories=categories, registered_now=self._registered_now)

    def _give_consent(self, categories: tuple[str, ...]) -> None:
        self.service.give_consent(self._placed().certificate.der, self.terminal,
                                  list(categories))
        self._consents = tuple(categories)
        self._to_prescription()

    def _to_prescription(self) -> None:
        if self.settings.electronic_prescriptions:
            self._go(S.PRESCRIPTION)
        else:
            self._look_up()

    def _look_up(self) -> None:
        self._go(S.CHECKING)
        lookup = self.service.lookup(self._placed().certificate.der, self.terminal)
        warnings = self._warnings()
        if lookup.validity is not Validity.VALID:
            warnings.append(VALIDITY_REASONS[lookup.validity])
        self._record("completed", validity=int(lookup.validity), person_id=lookup.person_id,
                     coverage_id=lookup.coverage_id, warnings=tuple(warnings))
        self._final(S.RESULT, VALIDITY_REASONS[lookup.validity], identity=self._method,
                    warnings=tuple(w.value for w in warnings), consents=self._consents,
                    prescription=self._prescription, registered_now=self._registered_now)

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
                warnings: tuple[Reason, ...] = ()) -> None:
        """Send the session's result to the staff side (ids and codes only)."""
        if self._method is None:
            return
        self._recorded = True
        result = ReceptionResult(
            identity_method=self._method,
            certificate_id=self._check.certificate_id if self._check else None,
            person_id=person_id, coverage_id=coverage_id, validity=validity,
            consents=self._consents, prescription=self._prescription,
            warnings=tuple(w.value for w in warnings), outcome=outcome)
        self.service.record_reception(self.terminal, result)
