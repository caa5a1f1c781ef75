"""SIGTERM and SIGINT reach the Qt event loop: the kiosk then ends as the staff exit does.

Python runs a signal handler only between bytecodes, and Qt's loop sits in C for as long as
nothing happens. The handler's wakeup descriptor (`signal.set_wakeup_fd`) writes the signal's
number into a socket pair whose other end a QSocketNotifier watches, so the loop wakes at
once.
"""

from __future__ import annotations

import logging
import signal
import socket
from types import FrameType

from PySide6.QtCore import QObject, QSocketNotifier, Signal

log = logging.getLogger(__name__)

STOP_SIGNALS = (signal.SIGTERM, signal.SIGINT)


def _note(_number: int, _frame: FrameType | None) -> None:
    """Python-level handler: nothing to do here, the wakeup descriptor carries it."""


class SystemStop(QObject):
    """Emits `requested(signal number)` on the GUI thread when the system asks the kiosk to
    stop. `close()` gives the signals back their previous handlers."""

    requested = Signal(int)

    def __init__(self) -> None:
        super().__init__()
        self._reader, self._writer = socket.socketpair()
        for end in (self._reader, self._writer):
            end.setblocking(False)
        self._previous_fd = signal.set_wakeup_fd(self._writer.fileno(), warn_on_full_buffer=False)
        self._previous = {number: signal.signal(number, _note) for number in STOP_SIGNALS}
        self._notifier = QSocketNotifier(self._reader.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._drain)

    def _drain(self) -> None:
        try:
            data = self._reader.recv(64)
        except BlockingIOError:
            return
        for number in data:
            if number in STOP_SIGNALS:
                log.warning("the system asked the kiosk to stop (%s)",
                            signal.Signals(number).name)
                self.requested.emit(number)

    def close(self) -> None:
        """Restore the previous handlers and close the socket pair."""
        self._notifier.setEnabled(False)
        for number, handler in self._previous.items():
            signal.signal(number, handler)
        signal.set_wakeup_fd(self._previous_fd)
        self._reader.close()
        self._writer.close()
