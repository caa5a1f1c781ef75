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
from typing import ClassVar

from kiosk.card import InvalidPinFormat, PinKind
from kiosk.eligibility.errors import EligibilityError
from kiosk.flows import inputs as ev
from kiosk.flows import screens as sc
from kiosk.flows.base import Screens
from kiosk.flows.booth import SELF_SERVICE_SCREENS, SelfServiceFlow
from kiosk.flows.placed_card import PlacedCard
from kiosk.flows.reasons import Reason
from kiosk.flows.screen import Screen

log = logging.getLogger(__name__)

REGISTER, STATUS = "register", "status"
MENU_ENTRIES = (REGISTER, STATUS)


class PortalFlow(SelfServiceFlow):
    """The portal app on one phone; one person at a time."""

    terminal_kind = "portal"
    SCREENS: ClassVar[Screens] = (sc.Menu, sc.Status, *SELF_SERVICE_SCREENS)
    ACCEPTS: ClassVar[dict[type[ev.FlowInput], Screens]] = {
        ev.StartRegistration: (sc.Menu,),
        ev.ShowStatus: (sc.Menu,),
        ev.Agree: (sc.Terms,),
        ev.EnterPin: (sc.PinEntry,),
        ev.CardPlaced: (sc.PlaceCard,),
    }

    default_timeout_s = 120.0
    default_warning_s = 20.0
    _purpose: str | None
    _pin: str | None

    def handle(self, event: ev.FlowInput) -> None:
        """The app's inputs, then the card terminals'."""
        match event:
            case ev.StartRegistration():
                self.start_registration()
            case ev.ShowStatus():
                self.show_status()
            case ev.Agree():
                self.agree()
            case ev.EnterPin(pin=pin):
                self.enter_pin(pin)
            case _:
                super().handle(event)

    def start_registration(self) -> None:
        """健康保険証利用の申込: on to the terms."""
        if self._input(ev.StartRegistration):
            self._purpose = REGISTER
            self._show(sc.Terms())

    def show_status(self) -> None:
        """The registration status: hold the card to the phone (no PIN needed)."""
        if self._input(ev.ShowStatus):
            self._purpose = STATUS
            self._show(sc.PlaceCard(purpose=STATUS))

    def agree(self) -> None:
        """Agree to the terms: ask for the PIN."""
        if self._input(ev.Agree):
            self._show(sc.PinEntry(tries_left=None))

    def enter_pin(self, pin: str) -> None:
        """Take the PIN for the coming read; kept in memory only until that read."""
        if not self._input(ev.EnterPin):
            return
        try:
            PinKind.AUTH.encode(pin)  # a malformed PIN is refused before the card is held
        except InvalidPinFormat:
            self._show(sc.PinEntry(reason=Reason.PIN_FORMAT, tries_left=self._tries_left))
            return
        self._pin = pin
        self._show(sc.PlaceCard(purpose=REGISTER, tries_left=self._tries_left))

    def card_placed(self) -> None:
        """読み取り開始: read the card held to the phone, then register or show the status."""
        if not self._input(ev.CardPlaced):
            return
        # Taken out before anything else: the PIN is used for this one read at most.
        pin, self._pin = self._pin, None
        self._show(sc.Reading(purpose=self._purpose))
        with self._guard():
            card = self._read_card()
            if card is None:
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
        self._show(sc.Checking())
        try:
            registered = self.service.registered(card.certificate.der, self.terminal)
        except EligibilityError as error:
            self._cannot_serve(error)
            return
        self._final(sc.Status(registered=registered))

    def _authenticate_and_register(self, card: PlacedCard, pin: str) -> None:
        if card.face_auth_card:
            self._final(sc.CannotServe(reason=Reason.FACE_AUTH_CARD))
            return
        if card.pin_locked:
            self._final(sc.CannotServe(reason=Reason.PIN_LOCKED))
            return
        outcome = self._check_pin(pin)
        del pin
        if not outcome.confirmed:
            # A wrong PIN: the person types it again, then holds the card again.
            self._refuse_pin(outcome)
            return
        der = card.certificate.der
        if self._registrable(der) is not None:
            self._register(der)

    def _standby(self, reason: Reason | None) -> Screen:
        # The app's standby is its menu.
        return sc.Menu(reason=reason, entries=MENU_ENTRIES)

    def _forget(self) -> None:
        super()._forget()
        self._purpose = None
        self._pin = None
