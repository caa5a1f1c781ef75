"""What every terminal flow shares: its screen, listeners, inputs, inactivity, clean resets.

A flow is a state machine with no Qt in it. Its inputs (kiosk/flows/inputs.py) are the
person's touches and the devices' events; they block while the devices or the database
work, so a terminal calls `handle()` on one worker thread, one input at a time. Only
`interrupt()` and `abandon()` may be called from any thread.

Each flow declares, in one place, the screens it shows (`SCREENS`) and on which screens each
input is taken (`ACCEPTS`); docs/terminal-flows.md describes the same (tests/flows/
test_declared_flows.py holds one against the other). Card terminals build on CardFlow
(kiosk/flows/card_flow.py); the photo booth, with no card reader, on this base alone.
"""

from __future__ import annotations

import dataclasses
import logging
import math
import threading
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from typing import ClassVar

from hw.camera import Camera
from kiosk.eligibility.errors import EligibilityError
from kiosk.eligibility.service import Terminal
from kiosk.eligibility.settings import LANGUAGES
from kiosk.face import FaceModelError
from kiosk.flows import inputs as ev
from kiosk.flows import screens as sc
from kiosk.flows.inactivity import Idle, InactivityTimer
from kiosk.flows.reasons import Reason
from kiosk.flows.screen import Screen
from kiosk.storage.database import DatabaseError

log = logging.getLogger(__name__)

Screens = tuple[type[Screen], ...]

# Screens that wait for nobody: standby waits for a card, busy screens for a device, and
# out of service for the reader to come back.
_NEVER_IDLE: Screens = (sc.Standby, sc.Reading, sc.Checking, sc.FaceCapture, sc.Language,
                        sc.Menu, sc.OutOfService)
# A session that ends with a message (card removed, timed out, cancelled) says it in the
# language the person read, for this long; then the screen is the next person's, in the
# terminal's own language.
FAREWELL_S = 8.0


class UnknownInput(ValueError):
    """This terminal has no such input."""


class SessionEnded(Exception):
    """The session ended under a flow's feet (card removed, interrupt): stop the step."""

    def __init__(self, reason: Reason) -> None:
        super().__init__(reason.value)
        self.reason = reason


class Flow:
    """Base of the terminal flows: screen changes, listeners, inactivity and clean resets."""

    terminal_kind = "terminal"
    # Every screen this flow shows, and the screens on which each input is taken (inputs
    # not named here are taken anywhere: touch, tick, cancel, language, card events).
    SCREENS: ClassVar[Screens] = ()
    ACCEPTS: ClassVar[Mapping[type[ev.FlowInput], Screens]] = {}

    def __init__(self, terminal: Terminal, now: Callable[[], float], *,
                 timeout_s: float = 60.0, warning_s: float = 15.0,
                 language: str = "ja") -> None:
        self.terminal = terminal
        self._now = now
        self.default_language = language
        self.language = language
        self._timer = InactivityTimer(timeout_s, warning_s, now)
        self._listeners: list[Callable[[Screen], None]] = []
        self._interrupted = threading.Event()
        self._resume: Screen | None = None
        self._warned_seconds: int | None = None
        self._session_over = False
        self._farewell_until: float | None = None
        self.screen: Screen = sc.Standby(language=language)

    # -- what screens and drivers use ------------------------------------------------

    def handle(self, event: ev.FlowInput) -> None:
        """Take one input (on the flow's thread); UnknownInput if this terminal has none."""
        match event:
            case ev.Touch():
                self.touch()
            case ev.Tick():
                self.tick()
            case ev.Cancel():
                self.cancel()
            case ev.SetLanguage(language=language):
                self.set_language(language)
            case ev.RecoverAfterStall():
                self.recover_after_stall()
            case ev.Shutdown():
                self.shutdown()
            case _:
                raise UnknownInput(f"the {self.terminal_kind} terminal has no action "
                                   f"{event.action!r}")

    def add_listener(self, listener: Callable[[Screen], None]) -> None:
        """Call `listener` with every new screen (on the flow's thread)."""
        self._listeners.append(listener)

    def interrupt(self) -> None:
        """Ask a running step to stop soon (the card left); safe from any thread."""
        self._interrupted.set()

    def preempt(self, event: ev.FlowInput) -> None:
        """`event` was just queued, maybe while a step runs: a flow whose running step
        gives way to it (中止 during face capture) is told here. Safe from any thread."""

    def abandon(self) -> None:
        """This flow stalled and a new one serves the terminal: stop the running step and
        keep it away from the devices for good. Safe from any thread."""
        self._interrupted.set()

    def watch_camera(self, wrap: Callable[[Camera], Camera]) -> None:
        """Pass every camera this flow opens through `wrap` (a terminal's live preview)."""

    def set_language(self, language: str) -> None:
        """Switch the language of every screen from now on."""
        if language not in LANGUAGES:
            raise ValueError(f"unknown language {language!r}; known: {', '.join(LANGUAGES)}")
        self.language = language
        self.touch()
        self._show(self.screen)

    def touch(self) -> None:
        """Any input: restart the inactivity count, and leave the warning if it shows."""
        self._timer.touch()
        if isinstance(self.screen, sc.InactivityWarning) and self._resume is not None:
            resume, self._resume = self._resume, None
            self._show(resume)

    def tick(self) -> None:
        """Check inactivity: warn, then reset to standby with nothing personal left."""
        if self._farewell_until is not None and self._now() >= self._farewell_until:
            self._show(self.screen)  # the same message, for the next person, in the terminal's
            return                   # language (an out-of-service screen stays one)
        if isinstance(self.screen, _NEVER_IDLE):
            self._timer.touch()
            return
        idle = self._timer.state()
        if idle is Idle.EXPIRED:
            log.info("%s %s: inactivity timeout", self.terminal_kind, self.terminal.terminal_id)
            self._end_session(Reason.TIMED_OUT)
        elif idle is Idle.WARNING:
            # Counts down: the warning is shown again whenever the whole seconds left change.
            seconds_left = math.ceil(self._timer.seconds_left())
            if not isinstance(self.screen, sc.InactivityWarning):
                self._resume = self.screen
            elif self._warned_seconds == seconds_left:
                return
            self._warned_seconds = seconds_left
            self._show(self._warning(seconds_left))

    def recover_after_stall(self) -> None:
        """This flow replaces one that stalled on a device: tell the patient and the staff
        side, then serve the next patient."""
        log.error("%s %s: a stalled session was abandoned", self.terminal_kind,
                  self.terminal.terminal_id)
        self._record_failure("terminal_stalled")
        self._after_stall()

    def shutdown(self) -> None:
        """The terminal is stopping: a session under way is recorded for the staff side,
        then ended as a timeout ends it (nothing personal kept, the card powered off)."""
        if not isinstance(self.screen, (sc.Standby, sc.OutOfService)):
            log.warning("%s %s: stopping during a session", self.terminal_kind,
                        self.terminal.terminal_id)
            self._record_failure("terminal_stopped")
        self._end_session(None)

    def cancel(self) -> None:
        """The person pressed cancel: end the session."""
        self._end_session(Reason.CANCELLED)

    # -- for subclasses --------------------------------------------------------------

    def _show(self, screen: Screen, language: str | None = None) -> Screen:
        """Show `screen` in the session's language (or `language`) to every listener."""
        if not isinstance(screen, self.SCREENS):
            raise TypeError(f"the {self.terminal_kind} flow does not declare {screen.name}")
        # Any new screen but the farewell itself is the next person's.
        self._farewell_until = None
        language = language or self.language
        if screen.language != language:
            screen = dataclasses.replace(screen, language=language)
        self.screen = screen
        log.info("%s %s: %s", self.terminal_kind, self.terminal.terminal_id, screen.describe())
        for listener in list(self._listeners):
            listener(screen)
        return screen

    def _final(self, screen: Screen) -> None:
        """Show a screen that ends the session: the person only has to take the card."""
        self._session_over = True
        self._show(screen)

    def _input(self, kind: type[ev.FlowInput]) -> bool:
        """Count an input; False (and ignored) when the current screen does not take it."""
        if not isinstance(self.screen, self.ACCEPTS.get(kind, ())):
            log.debug("%s: %s ignored on %s", self.terminal_kind, kind.action, self.screen.name)
            return False
        self._timer.touch()
        self._interrupted.clear()
        return True

    def _check_interrupt(self) -> None:
        if self._interrupted.is_set():
            raise SessionEnded(Reason.CARD_REMOVED)

    def _warning(self, seconds_left: int) -> Screen:
        """The inactivity warning (a flow may say what it covers)."""
        return sc.InactivityWarning(seconds_left=seconds_left)

    def _standby(self, reason: Reason | None) -> Screen:
        """The screen a session starts from and ends on."""
        return sc.Standby(reason=reason)

    def _go_standby(self, reason: Reason | None, language: str | None = None) -> None:
        self._show(self._standby(reason), language)

    def _after_stall(self) -> None:
        """What the patient sees once a stalled session is recorded: standby, saying so."""
        self._go_standby(Reason.SYSTEM_ERROR)

    def _end_session(self, reason: Reason | None, *, then: Screen | None = None) -> None:
        """Forget everything personal, release the devices, and show standby (or `then`)."""
        try:
            self._forget()
        except Exception:  # the reset must happen whatever failed before it
            log.exception("%s: forgetting the session failed", self.terminal_kind)
        self._resume = None
        self._warned_seconds = None
        self._session_over = False
        self._release_devices()
        leaving, self.language = self.language, self.default_language
        self._timer.touch()
        farewell = leaving if reason is not None and leaving != self.language else None
        if then is not None:
            self._show(then, language=farewell)
        else:
            self._go_standby(reason, language=farewell)
        if farewell is not None:
            self._farewell_until = self._now() + FAREWELL_S

    def _release_devices(self) -> None:
        """Let the devices go at the end of a session (subclasses that hold some)."""
        self._interrupted.clear()

    def _record_failure(self, code: str) -> None:
        """Tell the staff side that a session ended in a failure (terminals that keep
        reception records override this)."""

    def _forget(self) -> None:
        """Drop the session's personal state (subclasses extend)."""

    @contextmanager
    def _guard(self) -> Iterator[None]:
        """Turn device and database failures of one step into screens."""
        try:
            yield
        except SessionEnded as ended:
            self._end_session(ended.reason)
        except DatabaseError as error:
            log.error("%s: eligibility system unavailable: %s", self.terminal_kind, error)
            self._final(sc.SystemError(reason=Reason.SYSTEM_ERROR))
        except FaceModelError as error:
            # The face model missed its deadline (or is gone): its work was abandoned.
            log.error("%s: face model failed: %s", self.terminal_kind, error)
            self._record_failure("face_model_timeout")
            self._final(sc.SystemError(reason=Reason.SYSTEM_ERROR))
        except EligibilityError as error:
            log.error("%s: unexpected refusal: %s", self.terminal_kind, type(error).__name__)
            self._final(sc.SystemError(reason=Reason.SYSTEM_ERROR))
