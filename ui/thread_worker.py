"""A QObject that lives on its own thread and builds what it owns there."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QThread, Signal

log = logging.getLogger(__name__)


class ThreadWorker(QObject):
    """Moves itself to a new thread; `start()` runs `_make()` there (subclasses define it).

    Blocking device and database work belongs on such a thread, never on the GUI thread;
    the subclass's signals carry results back, queued.
    """

    _build = Signal()

    def __init__(self, thread_name: str) -> None:
        super().__init__()
        self._thread = QThread()
        self._thread.setObjectName(thread_name)
        self.moveToThread(self._thread)
        self._build.connect(self._make)

    @property
    def thread_running(self) -> bool:
        """Whether the worker's thread still runs."""
        return self._thread.isRunning()

    def start(self) -> None:
        """Start the thread and build what the worker owns there."""
        self._thread.start()
        self._build.emit()

    def stop(self, timeout_ms: int = 5000) -> bool:
        """Stop the thread once the current call returns; wait for it at most `timeout_ms`
        (False if it is still busy then: it ends with the process)."""
        self._thread.quit()
        if self._thread.wait(timeout_ms):
            return True
        log.error("%s: still busy after %d ms; left to end with the process",
                  self._thread.objectName(), timeout_ms)
        return False

    def _make(self) -> None:
        raise NotImplementedError
