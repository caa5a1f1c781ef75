"""Blocking QA work (the database, card files, scenario runs) off the GUI thread.

Each `Jobs` owns a pool of one thread, so its jobs run one after another in the order they
were given (a swap's removal before its insertion, a save before the next reload); the
result or the error comes back on the GUI thread.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)


class _Job(QRunnable):
    def __init__(self, jobs: Jobs, work: Callable[[], Any], done: Callable[[Any], None],
                 failed: Callable[[Exception], None]) -> None:
        super().__init__()
        self._jobs, self._work, self._done, self._failed = jobs, work, done, failed

    def run(self) -> None:
        try:
            value = self._work()
        except Exception as error:  # reported to the panel; a QA job must not kill the pool
            self._jobs.finished.emit(self._failed, error)
        else:
            self._jobs.finished.emit(self._done, value)


class Jobs(QObject):
    """Runs callables on one background thread, in order; callbacks on the GUI thread."""

    # (callback, value): emitted from the pool thread, delivered queued to `_deliver`,
    # which runs on the thread this object lives on (the GUI thread).
    finished = Signal(object, object)
    idle_changed = Signal(bool)

    def __init__(self, name: str) -> None:
        super().__init__()
        self._pool = QThreadPool()
        self._pool.setMaxThreadCount(1)
        self._pool.setObjectName(name)
        self.pending = 0
        self.finished.connect(self._deliver)

    @property
    def idle(self) -> bool:
        """No job is waiting or running (and every callback has run)."""
        return self.pending == 0

    def run(self, work: Callable[[], Any], done: Callable[[Any], None],
            failed: Callable[[Exception], None]) -> None:
        """Run `work()` in the background; then `done(value)` or `failed(error)` here."""
        self.pending += 1
        if self.pending == 1:
            self.idle_changed.emit(False)
        self._pool.start(_Job(self, work, done, failed))

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until every job has run (callbacks excepted); False on timeout."""
        return self._pool.waitForDone(msecs)

    @Slot(object, object)
    def _deliver(self, callback: Callable[[Any], None], value: Any) -> None:
        try:
            callback(value)
        except Exception:  # a broken callback must not leave the panel busy for ever
            log.exception("QA panel: a job's callback failed")
        finally:
            self.pending -= 1
            if self.pending == 0:
                self.idle_changed.emit(True)

