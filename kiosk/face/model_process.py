"""The process that runs the face model: dlib is loaded there and called there, never here.

Why a process of its own. dlib's detector and encoder hold Python's interpreter lock while
they work (about 85 ms an encoding): run in the kiosk's process, the camera's capture and
the preview's painting waited behind every call, and the preview ran at recognition's rate
(about 7 frames a second, bench/face_preview_rate.py). A child process has its own
interpreter; the kiosk's threads only wait on a pipe, which releases the lock. It also
settles the older trouble of dlib's binding with Qt worker threads (it kept the thread
state of the thread that imported it), since no thread here ever imports dlib.

Every call has a deadline. A call that misses it kills the child: native code cannot be
interrupted, but a process can. The next call starts a new child (about two seconds, within
its own deadline), so a stuck model costs one caller its deadline, never more.

What crosses the pipe is a module-level function, its arguments and its result, pickled.
Frames travel as arrays and live in the child only for the call.
"""

from __future__ import annotations

import contextlib
import logging
import os
import signal
import socket
import subprocess
import sys
import threading
import time
import weakref
from collections.abc import Callable
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any, TypeVar

log = logging.getLogger(__name__)

T = TypeVar("T")

# A new interpreter, never a fork: the kiosk's process has Qt and device threads a fork
# would copy in whatever state they were (a held lock stays held in the child for ever).
# The packaged kiosk's entry script starts the model's process when given this flag.
CHILD_FLAG = "--face-model-process"
# How long `close` waits for the child to finish its work and leave, before killing it.
_CLOSE_TIMEOUT_S = 5.0


class FaceModelError(Exception):
    """The face model cannot serve a call (base of its errors)."""


class FaceModelTimeout(FaceModelError):
    """A call into the face model missed its deadline."""


def _serve(connection: Connection) -> None:
    """The child's loop: call each function received and send back its result or error."""
    # Ctrl+C at a terminal reaches the whole process group: the parent decides when the
    # child ends (it closes the pipe), so a key press must not kill a call half way.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    while True:
        try:
            request = connection.recv()
        except (EOFError, OSError):  # the parent closed the pipe or is gone
            return
        if request is None:
            return
        work, args = request
        try:
            reply: tuple[bool, Any] = (True, work(*args))
        except Exception as error:  # handed to the caller, who raises it
            reply = (False, error)
        del request, work, args  # a frame is personal data: gone before the next call
        try:
            connection.send(reply)
        except Exception as error:  # an unpicklable result or error
            connection.send((False, FaceModelError(f"the face model's answer cannot be "
                                                   f"sent back: {error!r}")))


class _Child:
    """One running child process and the parent's end of its pipe."""

    def __init__(self, name: str) -> None:
        ours, theirs = socket.socketpair()
        with theirs:
            self.process = subprocess.Popen(
                [*child_command(), str(theirs.fileno())], pass_fds=(theirs.fileno(),),
                stdin=subprocess.DEVNULL, env=_child_environment())
        self.connection = Connection(ours.detach())
        self.name = name

    def stop(self, timeout: float) -> None:
        """Ask the child to leave once its current call is done; kill it after `timeout`."""
        with contextlib.suppress(OSError, ValueError):  # the child is gone already
            self.connection.send(None)
        try:
            self.process.wait(timeout)
        except subprocess.TimeoutExpired:
            log.warning("face model: the model's process did not end; killed")
        self.kill()

    def kill(self) -> None:
        """End the child now."""
        if self.process.poll() is None:
            self.process.kill()
            try:
                self.process.wait(1.0)
            except subprocess.TimeoutExpired:
                log.error("face model: process %d did not end when killed", self.process.pid)
        self.connection.close()

    @property
    def alive(self) -> bool:
        """Whether the child is still running."""
        return self.process.poll() is None


def child_command() -> list[str]:
    """How to start the model's process (the file descriptor of its pipe is appended)."""
    if getattr(sys, "frozen", False):  # a packaged kiosk: its entry script knows the flag
        return [sys.executable, CHILD_FLAG]
    # Not through multiprocessing: its spawn runs the parent's main script again in the
    # child, which any script without a __main__ guard turns into a second kiosk.
    return [sys.executable, "-c",
            "import sys; from kiosk.face.model_process import child_main; "
            "child_main(int(sys.argv[1]))"]


def child_main(descriptor: int) -> None:
    """The model process's entry point: serve the pipe on `descriptor` until it closes."""
    _serve(Connection(descriptor))


def _child_environment() -> dict[str, str]:
    # The child imports this package: from where the parent found it, whatever the cwd.
    root = str(Path(__file__).resolve().parents[2])
    environment = dict(os.environ)
    paths = [root, *filter(None, environment.get("PYTHONPATH", "").split(os.pathsep))]
    environment["PYTHONPATH"] = os.pathsep.join(paths)
    return environment


def _stop_child(holder: list[_Child]) -> None:
    """Stop the child in `holder`, if any (at close, or when the owner is collected)."""
    if holder:
        holder.pop().stop(_CLOSE_TIMEOUT_S)


class ModelProcess:
    """A child process that runs module-level functions one at a time, each with a deadline."""

    def __init__(self, name: str = "face-model") -> None:
        self.name = name
        self._lock = threading.Lock()
        self._child: list[_Child] = []  # none, or the one running
        self._closed = False
        self.starts = 0  # children started so far (a restart after a stuck call adds one)
        # Stops the child when the owner is dropped without close().
        self._finalizer = weakref.finalize(self, _stop_child, self._child)

    @property
    def started(self) -> bool:
        """Whether a child is running."""
        return bool(self._child) and self._child[0].alive

    @property
    def pid(self) -> int | None:
        """The running child's process id (for measuring it), or None."""
        child = self._child[0] if self._child else None
        return child.process.pid if child is not None and child.alive else None

    def start(self) -> None:
        """Start the child now rather than at the first call (it loads in the background)."""
        if not self._lock.acquire(timeout=1.0):
            return  # a call is under way: it has started the child
        try:
            self._ensure_child()
        finally:
            self._lock.release()

    def call(self, work: Callable[..., T], *args: Any, timeout: float) -> T:
        """`work(*args)` in the child, its result here; FaceModelTimeout after `timeout`
        seconds, counting the wait for calls ahead of this one. Blocks the caller (never
        call it from a GUI thread). `work` must be a module-level function."""
        deadline = time.monotonic() + timeout
        if not self._lock.acquire(timeout=max(timeout, 0.0)):
            raise FaceModelTimeout(f"the face model was busy for {timeout:.1f} s")
        try:
            child = self._ensure_child()
            try:
                child.connection.send((work, args))
                answered = child.connection.poll(max(deadline - time.monotonic(), 0.0))
                reply: tuple[bool, Any] = child.connection.recv() if answered else (False, None)
            except (EOFError, OSError) as error:
                self._drop_child()
                raise FaceModelError(f"the face model's process ended: {error!r}") from None
            if not answered:
                log.warning("face model: a call missed its %.1f s deadline; the model's "
                            "process is restarted", timeout)
                self._drop_child()
                raise FaceModelTimeout(f"the face model did not answer within {timeout:.1f} s")
            ok, value = reply
            if not ok:
                raise value if isinstance(value, BaseException) else FaceModelError(value)
            result: T = value  # what `work` returned
            return result
        finally:
            self._lock.release()

    def close(self, timeout: float = _CLOSE_TIMEOUT_S) -> bool:
        """Stop the child once its current call is done; False if it had to be killed."""
        with self._lock:
            self._closed = True
            if not self._child:
                return True
            child = self._child.pop()
            child.stop(timeout)
            return child.process.returncode == 0

    def _ensure_child(self) -> _Child:
        if self._closed:
            raise FaceModelError("the face model's process was closed")
        if self._child and not self._child[0].alive:
            log.warning("face model: the model's process ended (exit code %s); restarting",
                        self._child[0].process.returncode)
            self._drop_child()
        if not self._child:
            self._child.append(_Child(self.name))
            self.starts += 1
        return self._child[0]

    def _drop_child(self) -> None:
        if self._child:
            self._child.pop().kill()
