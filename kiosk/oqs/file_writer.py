"""Face files written on a thread of their own: a clinic share that hangs (a network mount
gone quiet) holds back the files, never the patient at the reader."""

from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Callable

log = logging.getLogger(__name__)


class BackgroundWriter:
    """Runs jobs one at a time, in order, on one daemon thread started at the first job."""

    def __init__(self, name: str) -> None:
        self.name = name
        self._jobs: queue.SimpleQueue[Callable[[], object]] = queue.SimpleQueue()
        self._changed = threading.Condition()
        self._pending = 0
        self._thread: threading.Thread | None = None

    @property
    def pending(self) -> int:
        """Jobs handed in and not finished yet."""
        with self._changed:
            return self._pending

    def submit(self, job: Callable[[], object]) -> None:
        """Run `job` on the writer's thread; returns at once."""
        with self._changed:
            self._pending += 1
            if self._thread is None or not self._thread.is_alive():
                # A daemon: a share that never answers must not keep the kiosk from ending.
                self._thread = threading.Thread(target=self._run, name=self.name, daemon=True)
                self._thread.start()
        self._jobs.put(job)

    def wait_idle(self, timeout: float) -> bool:
        """Wait up to `timeout` seconds for every job handed in; whether they all ended."""
        with self._changed:
            return self._changed.wait_for(lambda: self._pending == 0, timeout)

    def _run(self) -> None:
        while True:
            job = self._jobs.get()
            try:
                job()
            except Exception as error:  # a job reports its own failures; this is the last net
                log.error("%s: a job failed: %s", self.name, type(error).__name__)
            finally:
                with self._changed:
                    self._pending -= 1
                    self._changed.notify_all()


_FACE_FILES = BackgroundWriter("oqs-face-files")


def write_in_background(job: Callable[[], object]) -> None:
    """Hand a face file's writing to the face-file thread."""
    _FACE_FILES.submit(job)


def wait_for_face_files(timeout: float) -> bool:
    """Wait up to `timeout` seconds for the face files handed in so far; whether all ended."""
    done = _FACE_FILES.wait_idle(timeout)
    if not done:
        log.warning("oqs: %d face files still waiting for the OQS folder", _FACE_FILES.pending)
    return done
