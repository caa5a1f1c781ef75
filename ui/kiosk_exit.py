"""How a running terminal ends: the staff exit (facility password) or the system's SIGTERM or
SIGINT. Either way the session under way is recorded, the card released and the event loop
left with status 0, well within the 5 s a service manager waits."""

from __future__ import annotations

import logging
import signal
from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication

from ui.kiosk_mode import KioskGuard
from ui.staff_exit import CornerTaps, StaffExitPanel
from ui.staff_exit_worker import PasswordChecker
from ui.system_signals import SystemStop
from ui.terminal_app import TerminalApp

log = logging.getLogger(__name__)


class KioskExit(QObject):
    """Watches for the ways a terminal may end; `close()` once the event loop is left."""

    def __init__(self, terminal: TerminalApp, guard: KioskGuard | None = None,
                 checker: PasswordChecker | None = None,
                 quit: Callable[[int], None] = QApplication.exit) -> None:
        super().__init__()
        self._terminal = terminal
        self._quit_loop = quit
        self._guard = guard
        self.ending: str | None = None
        self.flow_finished = False
        self._system = SystemStop()
        self._system.requested.connect(
            lambda number: self.end(f"system ({signal.Signals(number).name})"))
        self.panel: StaffExitPanel | None = None
        if checker is not None:
            app = QApplication.instance()
            assert isinstance(app, QApplication)
            self._taps = CornerTaps(terminal.window)
            app.installEventFilter(self._taps)
            self.panel = StaffExitPanel(terminal.window, checker)
            self._taps.opened.connect(self.panel.open)
            self.panel.confirmed.connect(lambda: self.end("staff"))
            self.panel.start()

    def end(self, why: str) -> None:
        """End the terminal (once): the session recorded, the card released, then quit."""
        if self.ending is not None:
            return
        self.ending = why
        log.warning("the terminal is ending: %s", why)
        if self._guard is not None:
            self._guard.release()
        self._terminal.shut_down(self._quit)

    def _quit(self, finished: bool) -> None:
        self.flow_finished = finished
        if not finished:
            log.error("the session could not be ended in time; leaving anyway")
        self._quit_loop(0)

    def close(self) -> None:
        """Give the signals back and stop the staff exit's thread."""
        self._system.close()
        if self.panel is not None:
            self.panel.stop()
