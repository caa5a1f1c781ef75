"""A QObject that lives on its own thread and builds what it owns there."""

from __future__ import annotations

from PySide6.QtCore import QObject, QThread, Signal


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

    def start(self) -> None:
        """Start the thread and build what the worker owns there."""
        self._thread.start()
        self._build.emit()

    def stop(self) -> None:
        """Stop the thread once the current call returns."""
        self._thread.quit()
        self._thread.wait(10_000)

    def _make(self) -> None:
        raise NotImplementedError
