"""Keeps the personas' states current: read in the background whenever they may change."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Signal, Slot

from kiosk.emulator.persona_state import PersonaState, persona_states
from kiosk.emulator.world import EmulatedWorld
from kiosk.flows.screen import Screen
from ui.flow_worker import FlowWorker
from ui.qa.jobs import Jobs
from ui.terminal_app import TerminalApp

log = logging.getLogger(__name__)

# Reading all 13 personas takes a tenth of a second; a read that runs past this gives what
# it has (the rest keep their last state) rather than hold the next one up.
READ_DEADLINE_S = 5.0


class PersonaWatch(QObject):
    """Reads every persona's state off the GUI thread after each change of screen at the
    terminal (a registration, a locked PIN) and when asked (after a QA operation);
    `changed` carries the states back to the GUI thread."""

    changed = Signal(object)  # dict[str, PersonaState]: every persona read so far

    def __init__(self, world: EmulatedWorld, terminal: TerminalApp,
                 deadline_s: float = READ_DEADLINE_S) -> None:
        super().__init__()
        self.world, self._deadline_s = world, deadline_s
        self.jobs = Jobs("qa-personas")
        self.states: dict[str, PersonaState] = {}
        self._reading = False
        self._again = False  # something changed while a read ran: read once more after it
        self._screen_name: str | None = None
        self._follow(terminal.worker)
        # A stalled flow is replaced by a new worker: follow that one's screens instead.
        terminal.stalled.connect(lambda _name: self._follow(terminal.worker))

    @property
    def idle(self) -> bool:
        """No read is running or waiting."""
        return not self._reading and not self._again and self.jobs.idle

    def refresh(self) -> None:
        """Read the states again (once more after the read under way, if one is)."""
        if self._reading:
            self._again = True
            return
        self._reading = True
        personas = list(self.world.personas)
        self.jobs.run(lambda: persona_states(self.world, personas, self._deadline_s),
                      self._read, self._failed)

    def wait(self, msecs: int = 10_000) -> bool:
        """Block until the read under way has run (its callback excepted); False on timeout."""
        return self.jobs.wait(msecs)

    def _follow(self, worker: FlowWorker) -> None:
        worker.screen.connect(self._screen_shown)

    @Slot(object)
    def _screen_shown(self, screen: Screen) -> None:
        # Camera guidance redraws one screen several times a second: only a new screen can
        # follow something that changed a persona (a registration, a wrong PIN, a session's end).
        if screen.name != self._screen_name:
            self._screen_name = screen.name
            self.refresh()

    def _read(self, states: dict[str, PersonaState]) -> None:
        self.states = {**self.states, **states}
        self._done()
        self.changed.emit(self.states)

    def _failed(self, error: Exception) -> None:
        # Only the kind: a database error's text quotes its statement's values.
        log.warning("QA panel: the personas' states could not be read (%s)",
                    type(error).__name__)
        self._done()

    def _done(self) -> None:
        self._reading = False
        if self._again:
            self._again = False
            self.refresh()
