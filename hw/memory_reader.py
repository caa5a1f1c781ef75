"""The in-process reader (`memory:`): one slot, a virtual card inserted and removed by code."""

from __future__ import annotations

import threading

from hw.card_surface import CardSurface
from hw.other_cards import ChiplessCard, surface_of
from hw.reader import (
    DEFAULT_TIMEOUT_S,
    CardMuteError,
    CardRemovedError,
    NoCardError,
    ReaderUnavailableError,
)
from hw.vcard.card import VirtualCard

# How long a command made to hang (hang_during_next_command) waits at most for the card to
# leave: far beyond any terminal's patience, yet not for ever.
HANG_LIMIT_S = 600.0


class MemoryCardReader:
    """A reader whose card is a VirtualCard in this process; safe to insert from any thread."""

    def __init__(self, name: str = "Virtual reader (memory)") -> None:
        self.name = name
        self._card: VirtualCard | ChiplessCard | None = None
        self._connected = False
        self._pull_during_next_command = False
        self._hang_during_next_command = False
        self._unavailable = False
        self._changed = threading.Condition()

    @property
    def card(self) -> VirtualCard | ChiplessCard | None:
        """The card in the slot, if any."""
        return self._card

    def insert(self, card: VirtualCard | ChiplessCard) -> None:
        """Put a card in the slot; raises ValueError if one is already there."""
        with self._changed:
            if self._card is not None:
                raise ValueError("the reader already holds a card; remove it first")
            self._card = card
            self._connected = False
            self._changed.notify_all()

    def remove(self) -> VirtualCard | ChiplessCard | None:
        """Take the card out (it loses power); returns it."""
        with self._changed:
            card, self._card = self._card, None
            self._connected = False
            self._pull_during_next_command = False
            self._hang_during_next_command = False
            if card is not None:
                card.power_off()
            self._changed.notify_all()
            return card

    def scan_surface(self) -> CardSurface | None:
        """The printed face of the card in the slot (as a tray camera reads it)."""
        card = self._card
        return None if card is None else surface_of(card)

    def pull_during_next_command(self) -> None:
        """Make the next command reach the card, then the card leave before it answers."""
        self._pull_during_next_command = True

    def hang_during_next_command(self) -> None:
        """Make the next command get no answer until the card leaves the slot, whatever its
        timeout (a reader driver that hangs): what a terminal's last-resort watchdog is for."""
        self._hang_during_next_command = True

    def set_unavailable(self, unavailable: bool) -> None:
        """Unplug the reader (True: every call raises ReaderUnavailableError) or plug it
        back in (False)."""
        with self._changed:
            self._unavailable = unavailable
            self._connected = False
            self._changed.notify_all()

    def _check_available(self) -> None:
        if self._unavailable:
            raise ReaderUnavailableError(f"{self.name} is unplugged")

    def wait_for_card(self, timeout: float) -> bool:
        """Block until a card is present or `timeout` seconds pass."""
        with self._changed:
            self._check_available()
            found = self._changed.wait_for(
                lambda: self._card is not None or self._unavailable, timeout)
            self._check_available()
            return found

    def wait_for_removal(self, timeout: float) -> bool:
        """Block until the slot is empty or `timeout` seconds pass."""
        with self._changed:
            self._check_available()
            gone = self._changed.wait_for(lambda: self._card is None or self._unavailable,
                                          timeout)
            self._check_available()
            return gone

    def connect(self) -> bytes:
        """Power the card on; its ATR, or CardMuteError for a chip that does not answer."""
        self._check_available()
        card = self._card
        if card is None:
            raise NoCardError("no card in the reader")
        atr = card.power_on()
        if atr is None:
            raise CardMuteError("the card does not answer (no ATR)")
        self._connected = True
        return atr

    def transmit(self, apdu: bytes, timeout: float = DEFAULT_TIMEOUT_S) -> bytes:
        """Send one APDU to the card and return its response."""
        self._check_available()
        card = self._card
        if card is None:
            raise CardRemovedError("the card was removed")
        if not self._connected:
            raise NoCardError("the card is not connected")
        if self._hang_during_next_command:
            with self._changed:
                self._changed.wait_for(lambda: self._card is not card, HANG_LIMIT_S)
            raise CardRemovedError("the card was removed while the reader hung")
        response = card.process(apdu)
        if self._pull_during_next_command:
            self.remove()
            raise CardRemovedError("the card was removed during the command")
        if response is None:
            raise CardMuteError(f"the card did not answer within {timeout:.1f} s")
        return response

    def disconnect(self) -> None:
        """Power the card off; nothing happens when it is already gone."""
        card = self._card
        if card is not None:
            card.power_off()
        self._connected = False
