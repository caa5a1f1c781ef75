"""What the three card terminals share: the reader, the card placed, the PIN, card removal.

The clinic reader, the booth and the portal app read a My Number card; each reads it at
placement the same way (`_read_card`) and checks its PIN the same way (`_check_pin`), then
decides for itself what each outcome shows.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from hw.camera import Camera
from hw.card_surface import SurfaceScanner
from hw.reader import CardReader, ReaderError
from kiosk.card import CardError, MyNumberCardProtocol
from kiosk.eligibility.service import EligibilityService, Terminal
from kiosk.face import FaceVerifier
from kiosk.flows import inputs as ev
from kiosk.flows import screens as sc
from kiosk.flows.base import Flow, SessionEnded
from kiosk.flows.gated_reader import GatedReader
from kiosk.flows.pin_step import PinOutcome, verify_pin
from kiosk.flows.placed_card import CardRefused, PlacedCard, problem_for, read_placed_card
from kiosk.flows.reasons import Reason

log = logging.getLogger(__name__)


@dataclass
class Devices:
    """The hardware a flow drives; camera and face verifier only where faces are matched."""

    reader: CardReader
    surface: SurfaceScanner | None = None
    open_camera: Callable[[], Camera] | None = None
    verifier: FaceVerifier | None = None


class CardFlow(Flow):
    """A terminal that reads a My Number card and asks the eligibility system about it."""

    def __init__(self, devices: Devices, service: EligibilityService, terminal: Terminal,
                 now: Callable[[], float], *, timeout_s: float = 60.0,
                 warning_s: float = 15.0, language: str = "ja") -> None:
        super().__init__(terminal, now, timeout_s=timeout_s, warning_s=warning_s,
                         language=language)
        self.devices = devices
        self.service = service
        # Every card command of this flow goes through its own gate (see abandon()).
        self._reader = GatedReader(devices.reader)
        self.protocol = MyNumberCardProtocol(self._reader)
        self._card: PlacedCard | None = None
        self._asking_for_card = False  # standby asks to take a card left on the reader

    def handle(self, event: ev.FlowInput) -> None:
        """Card and reader events, then what every flow takes."""
        match event:
            case ev.CardPlaced():
                self.card_placed()
            case ev.CardRemoved():
                self.card_removed()
            case ev.ReaderFailed():
                self.reader_failed()
            case ev.ReaderRestored():
                self.reader_restored()
            case _:
                super().handle(event)

    def watch_camera(self, wrap: Callable[[Camera], Camera]) -> None:
        """Pass every camera this flow opens through `wrap` (a terminal's live preview)."""
        opener = self.devices.open_camera
        if opener is not None:
            self.devices.open_camera = lambda: wrap(opener())

    def card_placed(self) -> None:
        """A card was put on the reader (each terminal reads it its own way)."""
        raise NotImplementedError

    def card_removed(self) -> None:
        """The card left the reader: end the session cleanly, nothing half-written."""
        if isinstance(self.screen, sc.OutOfService):
            return
        if isinstance(self.screen, sc.Standby):
            if self._asking_for_card:  # the last patient took it at last
                self._asking_for_card = False
                self._go_standby(None)
            return
        # Taking the card after the last screen is how a session ends, not an incident.
        self._end_session(None if self._session_over else Reason.CARD_REMOVED)

    def reader_failed(self) -> None:
        """The card reader stopped answering: end any session and say the terminal is out
        of service until it answers again."""
        if isinstance(self.screen, sc.OutOfService):
            return
        log.warning("%s %s: the card reader is unavailable", self.terminal_kind,
                    self.terminal.terminal_id)
        self._end_session(Reason.READER_ERROR, then=sc.OutOfService(reason=Reason.READER_ERROR))

    def reader_restored(self) -> None:
        """The card reader answers again: back to standby."""
        if not isinstance(self.screen, sc.OutOfService):
            return
        log.info("%s %s: the card reader is back", self.terminal_kind,
                 self.terminal.terminal_id)
        self._timer.touch()
        self._go_standby(None)

    def abandon(self) -> None:
        """As every flow, and the reader's gate shuts for good."""
        self._reader.shut()
        super().abandon()

    # -- for subclasses --------------------------------------------------------------

    def _read_card(self) -> PlacedCard | None:
        """Read the card just placed; None when it cannot be used here (a final screen
        says why). SessionEnded if it left."""
        try:
            card = read_placed_card(self.protocol, self.devices.surface)
        except CardRefused as refused:
            if refused.reason is Reason.CARD_REMOVED:
                raise SessionEnded(Reason.CARD_REMOVED) from None
            log.info("%s: card refused at placement: %s", self.terminal_kind,
                     refused.reason.value)
            self._final(sc.CardProblem(reason=refused.reason))
            return None
        self._card = card
        return card

    def _placed(self) -> PlacedCard:
        if self._card is None:
            raise SessionEnded(Reason.CARD_REMOVED)
        return self._card

    def _check_pin(self, pin: str) -> PinOutcome:
        """The PIN against the placed card; SessionEnded if another card answered."""
        return verify_pin(self.protocol, pin, self._placed())

    def _go_standby(self, reason: Reason | None, language: str | None = None) -> None:
        self._asking_for_card = self._card_on_reader()
        self._show(self._standby(reason), language)

    def _after_stall(self) -> None:
        # A card still on the reader is asked for on the error screen.
        if self._card_on_reader():
            self._final(sc.SystemError(reason=Reason.SYSTEM_ERROR))
        else:
            super()._after_stall()

    def _card_on_reader(self) -> bool:
        """Whether a card lies on the reader with no session for it."""
        try:
            return not self._reader.wait_for_removal(0)
        except ReaderError:  # no reader, no card to ask for
            return False

    def _release_devices(self) -> None:
        self.protocol.forget()
        try:
            self._reader.disconnect()
        except Exception:  # a reader failing to power off must not stop a reset
            log.warning("%s: the reader failed to power the card off", self.terminal_kind)
        if not self._reader.is_shut:  # an abandoned flow stays interrupted
            self._interrupted.clear()

    def _forget(self) -> None:
        self._card = None
        if self.devices.verifier is not None:
            self.devices.verifier.forget()

    @contextmanager
    def _guard(self) -> Iterator[None]:
        """Card errors become screens too."""
        try:
            with super()._guard():
                yield
        except CardError as error:
            reason = problem_for(error)
            if reason is Reason.CARD_REMOVED:
                self._end_session(reason)
            else:
                log.warning("%s: card error during %s: %s", self.terminal_kind,
                            self.screen.name, type(error).__name__)
                self._final(sc.CardProblem(reason=reason))
