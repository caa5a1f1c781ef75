"""What every terminal flow shares: its screen, listeners, inactivity, card removal, errors.

A flow is a state machine with no Qt in it. Its methods are the person's inputs and the
devices' events; they block while the card, camera or database work, so a terminal calls
them on one worker thread, one at a time. Only `interrupt()` may be called from any thread.
"""

from __future__ import annotations

import logging
import math
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from hw.camera import Camera
from hw.card_surface import SurfaceScanner
from hw.reader import CardReader, ReaderError
from kiosk.card import CardError, MyNumberCardProtocol
from kiosk.eligibility.errors import EligibilityError
from kiosk.eligibility.service import EligibilityService, Terminal
from kiosk.eligibility.settings import LANGUAGES
from kiosk.face import FaceModelError, FaceVerifier
from kiosk.flows.gated_reader import GatedReader
from kiosk.flows.inactivity import Idle, InactivityTimer
from kiosk.flows.names import ScreenName
from kiosk.flows.placed_card import problem_for
from kiosk.flows.reasons import Reason
from kiosk.flows.screen import Screen
from kiosk.storage.database import DatabaseError

log = logging.getLogger(__name__)

# Screens that wait for nobody: standby waits for a card, busy screens for a device, and
# out of service for the reader to come back.
_NEVER_IDLE = {ScreenName.STANDBY, ScreenName.READING, ScreenName.CHECKING,
               ScreenName.FACE_CAPTURE, ScreenName.LANGUAGE, ScreenName.MENU,
               ScreenName.OUT_OF_SERVICE}


@dataclass
class Devices:
    """The hardware a flow drives; camera and face verifier only where faces are matched."""

    reader: CardReader
    surface: SurfaceScanner | None = None
    open_camera: Callable[[], Camera] | None = None
    verifier: FaceVerifier | None = None


class SessionEnded(Exception):
    """The session ended under a flow's feet (card removed, interrupt): stop the step."""

    def __init__(self, reason: Reason) -> None:
        super().__init__(reason.value)
        self.reason = reason


class Flow:
    """Base of the terminal flows: screen changes, listeners, inactivity and clean resets."""

    terminal_kind = "terminal"

    def __init__(self, devices: Devices, service: EligibilityService, terminal: Terminal,
                 now: Callable[[], float], *, timeout_s: float = 60.0,
                 warning_s: float = 15.0, language: str = "ja") -> None:
        self.devices = devices
        self.service = service
        self.terminal = terminal
        # Every card command of this flow goes through its own gate (see abandon()).
        self._reader = GatedReader(devices.reader)
        self.protocol = MyNumberCardProtocol(self._reader)
        self._now = now
        self.default_language = language
        self.language = language
        self._timer = InactivityTimer(timeout_s, warning_s, now)
        self._listeners: list[Callable[[Screen], None]] = []
        self._interrupted = threading.Event()
        self._resume: Screen | None = None
        self._session_over = False
        self.screen = Screen(ScreenName.STANDBY, language=language)

    # -- what screens and drivers use ------------------------------------------------

    def add_listener(self, listener: Callable[[Screen], None]) -> None:
        """Call `listener` with every new screen (on the flow's thread)."""
        self._listeners.append(listener)

    def interrupt(self) -> None:
        """Ask a running step to stop soon (the card left); safe from any thread."""
        self._interrupted.set()

    def set_language(self, language: str) -> None:
        """Switch the language of every screen from now on."""
        if language not in LANGUAGES:
            raise ValueError(f"unknown language {language!r}; known: {', '.join(LANGUAGES)}")
        self.language = language
        self.touch()
        self._show(Screen(self.screen.name, self.screen.reason, self.screen.details,
                          language))

    def touch(self) -> None:
        """Any input: restart the inactivity count, and leave the warning if it shows."""
        self._timer.touch()
        if self.screen.name == ScreenName.INACTIVITY_WARNING and self._resume is not None:
            resume, self._resume = self._resume, None
            self._show(resume)

    def tick(self) -> None:
        """Check inactivity: warn, then reset to standby with nothing personal left."""
        name = self.screen.name
        if name in _NEVER_IDLE:
            self._timer.touch()
            return
        idle = self._timer.state()
        if idle is Idle.EXPIRED:
            log.info("%s %s: inactivity timeout", self.terminal_kind, self.terminal.terminal_id)
            self._end_session(Reason.TIMED_OUT)
        elif idle is Idle.WARNING:
            # Counts down: the warning is shown again whenever the whole seconds left change.
            seconds_left = math.ceil(self._timer.seconds_left())
            if name != ScreenName.INACTIVITY_WARNING:
                self._resume = self.screen
            elif self.screen.details.get("seconds_left") == seconds_left:
                return
            self._go(ScreenName.INACTIVITY_WARNING, seconds_left=seconds_left)

    def card_removed(self) -> None:
        """The card left the reader: end the session cleanly, nothing half-written."""
        if self.screen.name == ScreenName.OUT_OF_SERVICE:
            return
        if self.screen.name == ScreenName.STANDBY:
            if self.screen.details.get("take_card"):  # the last patient took it at last
                self._go(ScreenName.STANDBY, **self._standby_details())
            return
        # Taking the card after the last screen is how a session ends, not an incident.
        self._end_session(None if self._session_over else Reason.CARD_REMOVED)

    def reader_failed(self) -> None:
        """The card reader stopped answering: end any session and say the terminal is out
        of service until it answers again."""
        if self.screen.name == ScreenName.OUT_OF_SERVICE:
            return
        log.warning("%s %s: the card reader is unavailable", self.terminal_kind,
                    self.terminal.terminal_id)
        self._end_session(Reason.READER_ERROR, out_of_service=True)

    def reader_restored(self) -> None:
        """The card reader answers again: back to standby."""
        if self.screen.name != ScreenName.OUT_OF_SERVICE:
            return
        log.info("%s %s: the card reader is back", self.terminal_kind,
                 self.terminal.terminal_id)
        self._timer.touch()
        self._go(ScreenName.STANDBY, **self._standby_details(), **self._card_left_behind())

    def recover_after_stall(self) -> None:
        """This flow replaces one that stalled on a device: tell the patient and the staff
        side, then serve the next patient."""
        log.error("%s %s: a stalled session was abandoned", self.terminal_kind,
                  self.terminal.terminal_id)
        self._record_failure("terminal_stalled")
        if self._card_left_behind():
            self._final(ScreenName.SYSTEM_ERROR, Reason.SYSTEM_ERROR)
        else:
            self._go(ScreenName.STANDBY, Reason.SYSTEM_ERROR, **self._standby_details())

    def abandon(self) -> None:
        """This flow stalled and a new one serves the terminal: stop the running step and
        keep it away from the reader for good. Safe from any thread."""
        self._reader.shut()
        self._interrupted.set()

    def cancel(self) -> None:
        """The person pressed cancel: end the session."""
        self._end_session(Reason.CANCELLED)

    # -- for subclasses --------------------------------------------------------------

    def _go(self, name: ScreenName, reason: Reason | None = None, **details: Any) -> Screen:
        return self._show(Screen(name, reason, details, self.language))

    def _show(self, screen: Screen) -> Screen:
        self.screen = screen
        log.info("%s %s: %s", self.terminal_kind, self.terminal.terminal_id, screen.describe())
        for listener in list(self._listeners):
            listener(screen)
        return screen

    def _input(self, *allowed: ScreenName) -> bool:
        """Count an input; False (and ignored) when the current screen does not take it."""
        if self.screen.name not in allowed:
            log.debug("%s: input ignored on %s", self.terminal_kind, self.screen.name)
            return False
        self._timer.touch()
        self._interrupted.clear()
        return True

    def _check_interrupt(self) -> None:
        if self._interrupted.is_set():
            raise SessionEnded(Reason.CARD_REMOVED)

    def _end_session(self, reason: Reason | None, *, out_of_service: bool = False) -> None:
        """Forget the card and everything personal, and show standby (asking to take the
        card while it is still on the reader)."""
        try:
            self._forget()
        except Exception:  # the reset must happen whatever failed before it
            log.exception("%s: forgetting the session failed", self.terminal_kind)
        self._resume = None
        self._session_over = False
        if not self._reader.is_shut:  # an abandoned flow stays interrupted
            self._interrupted.clear()
        self.protocol.forget()
        try:
            self._reader.disconnect()
        except Exception:  # a reader failing to power off must not stop a reset
            log.warning("%s: the reader failed to power the card off", self.terminal_kind)
        self.language = self.default_language
        self._timer.touch()
        if out_of_service:
            self._go(ScreenName.OUT_OF_SERVICE, reason)
            return
        self._go(ScreenName.STANDBY, reason, **self._standby_details(),
                 **self._card_left_behind())

    def _card_left_behind(self) -> dict[str, Any]:
        """`take_card=True` while a card lies on the reader with no session for it."""
        try:
            present = not self._reader.wait_for_removal(0)
        except ReaderError:  # no reader, no card to ask for
            present = False
        return {"take_card": True} if present else {}

    def _standby_details(self) -> dict[str, Any]:
        """What standby shows (the facility name, for instance)."""
        return {}

    def _record_failure(self, code: str) -> None:
        """Tell the staff side that a session ended in a failure (terminals that keep
        reception records override this)."""

    def _final(self, name: ScreenName, reason: Reason | None = None, **details: Any) -> None:
        """Show a screen that ends the session: the person only has to take the card."""
        self._session_over = True
        self._go(name, reason, **details)

    def _forget(self) -> None:
        """Drop the session's personal state (subclasses extend)."""
        if self.devices.verifier is not None:
            self.devices.verifier.forget()

    @contextmanager
    def _guard(self) -> Iterator[None]:
        """Turn device and database failures of one step into screens."""
        try:
            yield
        except SessionEnded as ended:
            self._end_session(ended.reason)
        except CardError as error:
            reason = problem_for(error)
            if reason is Reason.CARD_REMOVED:
                self._end_session(reason)
            else:
                log.warning("%s: card error during %s: %s", self.terminal_kind,
                            self.screen.name, type(error).__name__)
                self._final(ScreenName.CARD_PROBLEM, reason)
        except DatabaseError as error:
            log.error("%s: eligibility system unavailable: %s", self.terminal_kind, error)
            self._final(ScreenName.SYSTEM_ERROR, Reason.SYSTEM_ERROR)
        except FaceModelError as error:
            # The face model missed its deadline (or is gone): its work was abandoned.
            log.error("%s: face model failed: %s", self.terminal_kind, error)
            self._record_failure("face_model_timeout")
            self._final(ScreenName.SYSTEM_ERROR, Reason.SYSTEM_ERROR)
        except EligibilityError as error:
            log.error("%s: unexpected refusal: %s", self.terminal_kind, type(error).__name__)
            self._final(ScreenName.SYSTEM_ERROR, Reason.SYSTEM_ERROR)
