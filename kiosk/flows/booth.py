"""The ATM-style self-service booth (like a Seven Bank ATM) that registers a card.

Language → menu → 健康保険証利用の申込み → terms → place card → PIN → certificate checks →
confirm → registered → remove the card → language again. It cannot serve a
face-authentication card or a locked PIN: the screen says where to go instead.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from typing import Any

from kiosk.card import InvalidPinFormat, PinLocked, PinNotUsable, WrongPin
from kiosk.eligibility.certificates import CertificateState
from kiosk.eligibility.errors import EligibilityError
from kiosk.eligibility.service import EligibilityService, Terminal
from kiosk.flows.base import LANGUAGES, Devices, Flow, SessionEnded
from kiosk.flows.inactivity import Idle
from kiosk.flows.names import ScreenName
from kiosk.flows.placed_card import CardProblem, PlacedCard, read_placed_card
from kiosk.flows.reasons import Reason
from kiosk.flows.refusals import refusal_reason
from kiosk.flows.screen import Screen

log = logging.getLogger(__name__)

CHALLENGE_SIZE = 32
S = ScreenName


class SelfServiceFlow(Flow):
    """What the booth and the portal app share: their own first screen, check, register."""

    # The screen a session ends on; the base's STANDBY is shown as this one.
    first_screen: ScreenName = S.LANGUAGE
    # Inactivity before the reset, and how long the warning shows before it.
    default_timeout_s = 60.0
    default_warning_s = 15.0

    def __init__(self, devices: Devices, service: EligibilityService, terminal: Terminal,
                 now: Callable[[], float], *, language: str = "ja",
                 timeout_s: float | None = None, warning_s: float | None = None) -> None:
        super().__init__(devices, service, terminal, now,
                         timeout_s=timeout_s or self.default_timeout_s,
                         warning_s=warning_s or self.default_warning_s, language=language)
        self._forget()  # the session state starts as a reset leaves it
        self._go(S.STANDBY, **self._standby_details())

    def cancel(self) -> None:
        """Cancel, or close a screen that ended the session: back to the first screen."""
        self._end_session(None if self._session_over else Reason.CANCELLED)

    def _go(self, name: ScreenName, reason: Reason | None = None, **details: Any) -> Screen:
        # The base resets to STANDBY (keeping its guarantees); these terminals have no such
        # screen: their first screen is where a person starts and where a session ends.
        if name == S.STANDBY:
            name = self.first_screen
        return super()._go(name, reason, **details)

    def _cannot_serve(self, error: EligibilityError) -> None:
        reason = refusal_reason(error)
        if reason is None:
            raise error  # not the card's fault: the guard shows the system error
        log.info("%s: cannot serve: %s", self.terminal_kind, reason.value)
        self._final(S.CANNOT_SERVE, reason)

    def _registrable(self, der: bytes) -> bool:
        """Check the certificate; False when a final screen already says how it ended
        (refused, or registered before: nothing changes)."""
        self._go(S.CHECKING)
        try:
            check = self.service.check(der, self.terminal)
        except EligibilityError as error:
            self._cannot_serve(error)
            return False
        if self.service.registered(der, self.terminal):
            self._final(S.DONE, Reason.ALREADY_REGISTERED, renewal_due=check.renewal_alert)
            return False
        if check.state is not CertificateState.VALID:
            # Within the grace period it still confirms insurance, but the system refuses
            # to register it: say so now rather than after the person confirms.
            self._final(S.CANNOT_SERVE, Reason.CERTIFICATE_EXPIRED)
            return False
        return True

    def _register(self, der: bytes) -> None:
        self._go(S.CHECKING)
        try:
            outcome = self.service.register(der, self.terminal)
        except EligibilityError as error:
            self._cannot_serve(error)
            return
        reason = Reason.REGISTERED if outcome.created else Reason.ALREADY_REGISTERED
        self._final(S.DONE, reason)


class BoothFlow(SelfServiceFlow):
    """One self-service booth; one person at a time."""

    terminal_kind = "booth"
    first_screen = S.LANGUAGE
    _card: PlacedCard | None

    def choose_language(self, code: str) -> None:
        """Pick the language of every screen (one of base.LANGUAGES), then the menu."""
        if not self._input(S.LANGUAGE):
            return
        self.set_language(code)
        self._go(S.MENU, entries=("apply",))

    def apply(self) -> None:
        """健康保険証利用の申込み: on to the terms."""
        if self._input(S.MENU):
            self._go(S.TERMS)

    def agree(self) -> None:
        """Agree to the terms: ask for the card."""
        if self._input(S.TERMS):
            self._go(S.PLACE_CARD)

    def card_placed(self) -> None:
        """A card was put in the booth's reader: read it, refuse what the booth cannot serve."""
        if not self._input(S.PLACE_CARD):
            return
        self._go(S.READING)
        with self._guard():
            try:
                card = read_placed_card(self.protocol, self.devices.surface)
            except CardProblem as problem:
                if problem.reason is Reason.CARD_REMOVED:
                    raise SessionEnded(Reason.CARD_REMOVED) from None
                self._final(S.CARD_PROBLEM, problem.reason)
                return
            self._card = card
            if card.face_auth_card:
                self._final(S.CANNOT_SERVE, Reason.FACE_AUTH_CARD)
            elif card.pin_locked:
                self._final(S.CANNOT_SERVE, Reason.PIN_LOCKED)
            else:
                self._go(S.PIN_ENTRY, tries_left=card.auth_tries_left)

    def enter_pin(self, pin: str) -> None:
        """Check the PIN on the card (used for this one command, never kept), then the
        certificate, then offer the registration."""
        if not self._input(S.PIN_ENTRY):
            return
        with self._guard():
            card = self._placed()
            tries_left = self.screen.details.get("tries_left")  # the latest count shown
            try:
                authentication = self.protocol.authenticate(pin, os.urandom(CHALLENGE_SIZE))
            except InvalidPinFormat:
                self._go(S.PIN_ENTRY, Reason.PIN_FORMAT, tries_left=tries_left)
                return
            except WrongPin as wrong:
                self._go(S.PIN_ENTRY, Reason.WRONG_PIN, tries_left=wrong.tries_left)
                return
            except PinLocked as locked:
                reason = Reason.PIN_JUST_LOCKED if locked.just_locked else Reason.PIN_LOCKED
                self._final(S.CANNOT_SERVE, reason)
                return
            except PinNotUsable:
                self._final(S.CANNOT_SERVE, Reason.FACE_AUTH_CARD)
                return
            finally:
                del pin
            if authentication.certificate.der != card.certificate.der:
                # Another card was slipped in between placement and the PIN.
                raise SessionEnded(Reason.CARD_REMOVED)
            if self._registrable(card.certificate.der):
                self._go(S.CONFIRM)

    def confirm(self) -> None:
        """Register the card for insurance use."""
        if not self._input(S.CONFIRM):
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
        if self.screen.name == S.MENU:
            # The base never times out a menu; here it shows the last person's language.
            if self._timer.state() is Idle.EXPIRED:
                self._end_session(Reason.TIMED_OUT)
            return
        super().tick()

    def _placed(self) -> PlacedCard:
        if self._card is None:
            raise SessionEnded(Reason.CARD_REMOVED)
        return self._card

    def _standby_details(self) -> dict[str, Any]:
        return {"languages": LANGUAGES}

    def _forget(self) -> None:
        super()._forget()
        self._card = None
