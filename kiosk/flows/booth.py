"""The ATM-style self-service booth (like a Seven Bank ATM) that registers a card.

Language → menu → 健康保険証利用の申込み → terms → place card → PIN → certificate checks →
confirm → registered → remove the card → language again. It cannot serve a
face-authentication card or a locked PIN: the screen says where to go instead.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import ClassVar

from kiosk.eligibility.certificates import CertificateCheck, CertificateState
from kiosk.eligibility.errors import EligibilityError
from kiosk.eligibility.service import EligibilityService, Terminal
from kiosk.eligibility.settings import LANGUAGES
from kiosk.flows import inputs as ev
from kiosk.flows import screens as sc
from kiosk.flows.base import Screens
from kiosk.flows.card_flow import CardFlow, Devices
from kiosk.flows.inactivity import Idle
from kiosk.flows.pin_step import PinOutcome
from kiosk.flows.reasons import Reason
from kiosk.flows.refusals import refusal_reason
from kiosk.flows.screen import Screen

log = logging.getLogger(__name__)

# What the booth and the portal app show either way.
SELF_SERVICE_SCREENS: Screens = (
    sc.Terms, sc.PlaceCard, sc.Reading, sc.CardProblem, sc.PinEntry, sc.Checking,
    sc.CannotServe, sc.Done, sc.InactivityWarning, sc.SystemError, sc.OutOfService)


class SelfServiceFlow(CardFlow):
    """What the booth and the portal app share: their own first screen, check, register."""

    # Inactivity before the reset, and how long the warning shows before it.
    default_timeout_s = 60.0
    _tries_left: int | None  # as the card last said
    default_warning_s = 15.0

    def __init__(self, devices: Devices, service: EligibilityService, terminal: Terminal,
                 now: Callable[[], float], *, language: str = "ja",
                 timeout_s: float | None = None, warning_s: float | None = None) -> None:
        super().__init__(devices, service, terminal, now,
                         timeout_s=timeout_s or self.default_timeout_s,
                         warning_s=warning_s or self.default_warning_s, language=language)
        self._forget()  # the session state starts as a reset leaves it
        self._show(self._standby(None))

    def cancel(self) -> None:
        """Cancel, or close a screen that ended the session: back to the first screen."""
        self._end_session(None if self._session_over else Reason.CANCELLED)

    def _refuse_pin(self, outcome: PinOutcome) -> None:
        """A PIN that did not confirm: type it again, or where to go instead."""
        if outcome.reason in (Reason.PIN_FORMAT, Reason.WRONG_PIN):
            tries_left = self._tries_left if outcome.tries_left is None else outcome.tries_left
            self._tries_left = tries_left
            self._show(sc.PinEntry(reason=outcome.reason, tries_left=tries_left))
        else:  # locked, or no PIN on the card
            self._final(sc.CannotServe(reason=outcome.reason))

    def _cannot_serve(self, error: EligibilityError) -> None:
        reason = refusal_reason(error)
        if reason is None:
            raise error  # not the card's fault: the guard shows the system error
        log.info("%s: cannot serve: %s", self.terminal_kind, reason.value)
        self._final(sc.CannotServe(reason=reason))

    def _registrable(self, der: bytes) -> CertificateCheck | None:
        """Check the certificate and its holder; None when a final screen already says how
        it ended (refused, or registered before: nothing changes)."""
        self._show(sc.Checking())
        try:
            status = self.service.registration_status(der, self.terminal)
        except EligibilityError as error:
            self._cannot_serve(error)
            return None
        if status.registered:
            self._final(sc.Done(reason=Reason.ALREADY_REGISTERED,
                                renewal_due=status.check.renewal_alert))
            return None
        if status.check.state is not CertificateState.VALID:
            # Within the grace period it still confirms insurance, but the system refuses
            # to register it: say so now rather than after the person confirms.
            self._final(sc.CannotServe(reason=Reason.CERTIFICATE_EXPIRED))
            return None
        if not status.holder_known:
            # No insurer has filed the holder's record: registering would be refused.
            log.info("%s: cannot serve: %s", self.terminal_kind, Reason.NO_INSURANCE_RECORD.value)
            self._final(sc.CannotServe(reason=Reason.NO_INSURANCE_RECORD))
            return None
        return status.check

    def _register(self, der: bytes) -> None:
        self._show(sc.Checking())
        try:
            outcome = self.service.register(der, self.terminal)
        except EligibilityError as error:
            self._cannot_serve(error)
            return
        reason = Reason.REGISTERED if outcome.created else Reason.ALREADY_REGISTERED
        self._final(sc.Done(reason=reason))

    def _forget(self) -> None:
        super()._forget()
        self._tries_left = None


class BoothFlow(SelfServiceFlow):
    """One self-service booth; one person at a time."""

    terminal_kind = "booth"
    SCREENS: ClassVar[Screens] = (sc.Language, sc.Menu, sc.Confirm, *SELF_SERVICE_SCREENS)
    ACCEPTS: ClassVar[dict[type[ev.FlowInput], Screens]] = {
        ev.ChooseLanguage: (sc.Language,),
        ev.Apply: (sc.Menu,),
        ev.Agree: (sc.Terms,),
        ev.CardPlaced: (sc.PlaceCard,),
        ev.EnterPin: (sc.PinEntry,),
        ev.Confirm: (sc.Confirm,),
    }

    def handle(self, event: ev.FlowInput) -> None:
        """The booth's inputs, then the card terminals'."""
        match event:
            case ev.ChooseLanguage(code=code):
                self.choose_language(code)
            case ev.Apply():
                self.apply()
            case ev.Agree():
                self.agree()
            case ev.EnterPin(pin=pin):
                self.enter_pin(pin)
            case ev.Confirm():
                self.confirm()
            case _:
                super().handle(event)

    def choose_language(self, code: str) -> None:
        """Pick the language of every screen (one of LANGUAGES), then the menu."""
        if not self._input(ev.ChooseLanguage):
            return
        self.set_language(code)
        self._show(sc.Menu(entries=("apply",)))

    def apply(self) -> None:
        """健康保険証利用の申込み: on to the terms."""
        if self._input(ev.Apply):
            self._show(sc.Terms())

    def agree(self) -> None:
        """Agree to the terms: ask for the card."""
        if self._input(ev.Agree):
            self._show(sc.PlaceCard())

    def card_placed(self) -> None:
        """A card was put in the booth's reader: read it, refuse what the booth cannot serve."""
        if not self._input(ev.CardPlaced):
            return
        self._show(sc.Reading())
        with self._guard():
            card = self._read_card()
            if card is None:
                return
            if card.face_auth_card:
                self._final(sc.CannotServe(reason=Reason.FACE_AUTH_CARD))
            elif card.pin_locked:
                self._final(sc.CannotServe(reason=Reason.PIN_LOCKED))
            else:
                self._tries_left = card.auth_tries_left
                self._show(sc.PinEntry(tries_left=card.auth_tries_left))

    def enter_pin(self, pin: str) -> None:
        """Check the PIN on the card (used for this one command, never kept), then the
        certificate, then offer the registration."""
        if not self._input(ev.EnterPin):
            return
        with self._guard():
            outcome = self._check_pin(pin)
            del pin
            if not outcome.confirmed:
                self._refuse_pin(outcome)
            elif (check := self._registrable(self._placed().certificate.der)) is not None:
                self._show(sc.Confirm(expires_on=check.expires_on))

    def confirm(self) -> None:
        """Register the card for insurance use."""
        if not self._input(ev.Confirm):
            return
        with self._guard():
            self._register(self._placed().certificate.der)

    def card_removed(self) -> None:
        """The card left: ignored before one was read, else the session ends cleanly."""
        if self._card is None and not self._session_over:
            return  # nothing of a card is in this session (language, menu, terms, waiting)
        super().card_removed()

    def tick(self) -> None:
        """Check inactivity; the menu also goes back to the language screen when left."""
        if isinstance(self.screen, sc.Menu):
            # The base never times out a menu; here it shows the last person's language.
            if self._timer.state() is Idle.EXPIRED:
                self._end_session(Reason.TIMED_OUT)
            return
        super().tick()

    def _standby(self, reason: Reason | None) -> Screen:
        # The booth's standby is its language screen.
        return sc.Language(reason=reason, languages=LANGUAGES, take_card=self._asking_for_card)
