"""The マイナポータル app on a phone: registration for insurance use, and its status.

Registration: menu → 健康保険証利用の申込 → terms → 4-digit PIN → hold the card to the
phone → 読み取り開始 → done. The PIN is typed before the card is read, so it waits in
memory until that one read and is dropped then, whatever happens. Status: hold the card →
registered or not, whichever terminal registered it.

The phone touches the card only while reading it: a card taken away from the phone
between reads is not an incident.
"""

from __future__ import annotations

import logging
import os
from typing import Any

from kiosk.card import InvalidPinFormat, PinKind, PinLocked, PinNotUsable, WrongPin
from kiosk.eligibility.errors import EligibilityError
from kiosk.flows.base import SessionEnded
from kiosk.flows.booth import CHALLENGE_SIZE, SelfServiceFlow
from kiosk.flows.names import ScreenName
from kiosk.flows.placed_card import CardProblem, PlacedCard, read_placed_card
from kiosk.flows.reasons import Reason

log = logging.getLogger(__name__)

REGISTER, STATUS = "register", "status"
MENU_ENTRIES = (REGISTER, STATUS)
S = ScreenName


class PortalFlow(SelfServiceFlow):
    """The portal app on one phone; one person at a time."""

    terminal_kind = "portal"
    first_screen = S.MENU

    default_timeout_s = 120.0
    default_warning_s = 20.0
    _purpose: str | None
    _pin: str | None

    def start_registration(self) -> None:
        """健康保険証利用の申込: on to the terms."""
        if self._input(S.MENU):
            self._purpose = REGISTER
            self._go(S.TERMS)

    def show_status(self) -> None:
        """The registration status: hold the card to the phone (no PIN needed)."""
        if self._input(S.MENU):
            self._purpose = STATUS
            self._go(S.PLACE_CARD, purpose=STATUS)

    def agree(self) -> None:
        """Agree to the terms: ask for the PIN."""
        if self._input(S.TERMS):
            self._go(S.PIN_ENTRY, tries_left=None)

    def enter_pin(self, pin: str) -> None:
        """Take the PIN for the coming read; kept in memory only until that read."""
        if not self._input(S.PIN_ENTRY):
            return
        tries_left = self.screen.details.get("tries_left")
        try:
            PinKind.AUTH.encode(pin)  # a malformed PIN is refused before the card is held
        except InvalidPinFormat:
            self._go(S.PIN_ENTRY, Reason.PIN_FORMAT, tries_left=tries_left)
            return
        self._pin = pin
        self._go(S.PLACE_CARD, purpose=REGISTER, tries_left=tries_left)

    def card_placed(self) -> None:
        """読み取り開始: read the card held to the phone, then register or show the status."""
        if not self._input(S.PLACE_CARD):
            return
        # Taken out before anything else: the PIN is used for this one read at most.
        pin, self._pin = self._pin, None
        self._go(S.READING, purpose=self._purpose)
        with self._guard():
            try:
                card = read_placed_card(self.protocol, self.devices.surface)
            except CardProblem as problem:
                if problem.reason is Reason.CARD_REMOVED:
                    raise SessionEnded(Reason.CARD_REMOVED) from None
                self._final(S.CARD_PROBLEM, problem.reason)
                return
            if self._purpose == STATUS:
                self._show_status(card)
                return
            assert pin is not None  # PLACE_CARD for registration is reached only by enter_pin
            self._authenticate_and_register(card, pin)

    def card_removed(self) -> None:
        """The card left the phone: closes a final screen (status, done); else nothing."""
        if self._session_over:
            super().card_removed()

    def _show_status(self, card: PlacedCard) -> None:
        self._go(S.CHECKING)
        try:
            registered = self.service.registered(card.certificate.der, self.terminal)
        except EligibilityError as error:
            self._cannot_serve(error)
            return
        self._final(S.STATUS, registered=registered)

    def _authenticate_and_register(self, card: PlacedCard, pin: str) -> None:
        if card.face_auth_card:
            self._final(S.CANNOT_SERVE, Reason.FACE_AUTH_CARD)
            return
        if card.pin_locked:
            self._final(S.CANNOT_SERVE, Reason.PIN_LOCKED)
            return
        try:
            authentication = self.protocol.authenticate(pin, os.urandom(CHALLENGE_SIZE))
        except WrongPin as wrong:
            # The person types the PIN again, then holds the card again.
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
        der = authentication.certificate.der
        if der != card.certificate.der:
            raise SessionEnded(Reason.CARD_REMOVED)  # another card between the two reads
        if self._registrable(der):
            self._register(der)

    def _standby_details(self) -> dict[str, Any]:
        return {"entries": MENU_ENTRIES}

    def _forget(self) -> None:
        super()._forget()
        self._purpose = None
        self._pin = None
