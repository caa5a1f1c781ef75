"""The one thread that runs the face model: dlib is imported there first and called there.

Why a thread of its own: dlib's Python binding (pybind11) keeps, for the thread that first
imports it, that thread's Python thread state in a thread-local slot of its own, and takes
the interpreter lock with that state whenever it needs the lock again (for instance while
numpy reads a face descriptor). A Qt worker thread gets a new Python thread state for each
queued call and loses it when the call returns, so on the next call dlib waits for the lock
with a dead state while its own thread holds the lock under the live one: the kiosk froze
for good at its second face authentication. A plain Python thread keeps one thread state
for its whole life; importing dlib and running every call on such a thread removes the
cause, whichever thread asks.

Every call has a deadline. A call that misses it is abandoned: its caller gets
`FaceModelTimeout`, a job not yet started is skipped, and a job already running finishes
and its result is dropped (native code cannot be interrupted). Later calls queue behind it
and keep their own deadlines, so a stuck model costs each caller its deadline, never more.
"""

from __future__ import annotations

import logging
import queue
import threading
import weakref
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

log = logging.getLogger(__name__)

T = TypeVar("T")


class FaceModelError(Exception):
    """The face model cannot serve a call (base of its errors)."""


class FaceModelTimeout(FaceModelError):
    """A call into the face model missed its deadline."""


@dataclass(eq=False)
class _Job(Generic[T]):
    work: Callable[[], T]
    done: threading.Event = field(default_factory=threading.Event)
    result: T | None = None
    error: BaseException | None = None
    abandoned: bool = False


def _serve(jobs: queue.SimpleQueue[_Job[Any] | None]) -> None:
    """The thread's loop; it holds no reference to its owner, so the owner can be collected."""
    while True:
        job = jobs.get()
        if job is None:
            return
        if job.abandoned:  # its caller gave up before it started
            continue
        try:
            job.result = job.work()
        except BaseException as error:  # handed to the caller, who raises it
            job.error = error
        finally:
            job.done.set()
            if job.abandoned:
                log.warning("face model: a late call finished and its result was dropped")
            del job


class ModelThread:
    """A long-lived daemon thread that runs callables one at a time, each with a deadline."""

    def __init__(self, name: str = "face-model") -> None:
        self.name = name
        self._jobs: queue.SimpleQueue[_Job[Any] | None] = queue.SimpleQueue()
        self._thread: threading.Thread | None = None
        self._start_lock = threading.Lock()
        # Stops the thread when the owner is dropped without close().
        self._finalizer = weakref.finalize(self, self._jobs.put, None)

    @property
    def started(self) -> bool:
        """Whether the thread is running."""
        return self._thread is not None and self._thread.is_alive()

    def on_thread(self) -> bool:
        """Whether the caller is this thread."""
        return self._thread is not None and threading.current_thread() is self._thread

    def call(self, work: Callable[[], T], timeout: float) -> T:
        """Run `work()` on the thread and return its result; FaceModelTimeout after `timeout`
        seconds. Blocks the caller (never call it from a GUI thread)."""
        if self.on_thread():  # a job calling back into the model
            return work()
        job: _Job[T] = _Job(work)
        self._ensure_started()
        self._jobs.put(job)
        if not job.done.wait(timeout):
            job.abandoned = True
            raise FaceModelTimeout(f"the face model did not answer within {timeout:.1f} s")
        if job.error is not None:
            error, job.error = job.error, None
            raise error
        return job.result  # type: ignore[return-value]  # set when there is no error

    def submit(self, work: Callable[[], Any]) -> None:
        """Queue `work()` without waiting for it (errors are logged)."""

        def logged() -> None:
            try:
                work()
            except Exception:
                log.exception("face model: background work failed")

        self._ensure_started()
        self._jobs.put(_Job(logged))

    def close(self, timeout: float = 5.0) -> bool:
        """Stop the thread once the queued jobs are done; False if it is still busy after
        `timeout` seconds (it is a daemon thread and ends with the process)."""
        self._finalizer()
        thread = self._thread
        if thread is None:
            return True
        thread.join(timeout)
        return not thread.is_alive()

    def _ensure_started(self) -> None:
        with self._start_lock:
            if self._thread is None:
                if not self._finalizer.alive:
                    raise FaceModelError("the face model's thread was closed")
                self._thread = threading.Thread(target=_serve, args=(self._jobs,),
                                                name=self.name, daemon=True)
                self._thread.start()
