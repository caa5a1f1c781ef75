"""Runs a terminal flow on its own thread: inputs go in queued, screens come out as signals.

The flow's methods block on the card, the camera and the database; they never run on the
GUI thread. The flow is even built on the worker thread (building it reads the facility's
settings from the database). Everything a flow does happens there, one call at a time.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from PySide6.QtCore import Signal, Slot

from kiosk.flows import inputs as ev
from kiosk.flows import screens as sc
from kiosk.flows.base import Flow
from ui.process_memory import give_back_free_memory
from ui.thread_worker import ThreadWorker

log = logging.getLogger(__name__)


class FlowWorker(ThreadWorker):
    """Owns the flow on a worker thread; `call()` from any thread; signals reach the GUI."""

    ready = Signal(object)  # the flow, once built
    failed = Signal(str)  # it could not be built (the message says why)
    screen = Signal(object)  # kiosk.flows.screen.Screen
    busy = Signal(bool)
    shut_down = Signal()  # the flow has taken ev.Shutdown: its session is recorded and over
    _queued = Signal(object)

    def __init__(self, factory: Callable[[], Flow],
                 first_input: ev.FlowInput | None = None) -> None:
        super().__init__("flow-worker")
        self.flow: Flow | None = None
        self._factory = factory
        self._first_input = first_input
        self._abandoned = threading.Event()
        self._queued.connect(self._run)

    def call(self, event: ev.FlowInput) -> None:
        """Queue the flow input `event`; returns at once. The flow hears of it at once too,
        so that a step it interrupts (中止 during face capture) stops without waiting."""
        if self._abandoned.is_set():
            return
        flow = self.flow
        if flow is not None:
            flow.preempt(event)
        self._queued.emit(event)

    def interrupt(self) -> None:
        """Ask a running step to stop (the card left); safe from any thread."""
        if self.flow is not None:
            self.flow.interrupt()

    def abandon(self) -> None:
        """Give up on a stalled flow: it gets no more inputs, shows no more screens and is
        kept off the reader; its thread ends when the stalled call returns. Any thread."""
        self._abandoned.set()
        flow = self.flow
        if flow is not None:
            flow.abandon()
        self._thread.quit()

    @Slot()
    def _make(self) -> None:
        try:
            flow = self._factory()
        except Exception as error:  # shown on screen; the terminal cannot start without it
            log.exception("the terminal could not start")
            self.failed.emit(str(error))
            return
        self.flow = flow
        flow.add_listener(self._show)
        self.ready.emit(flow)
        if self._first_input is not None:
            self._run(self._first_input)
        else:
            self._show(flow.screen)

    def _show(self, screen: object) -> None:
        if not self._abandoned.is_set():
            self.screen.emit(screen)

    @Slot(object)
    def _run(self, event: ev.FlowInput) -> None:
        flow = self.flow
        if self._abandoned.is_set() or flow is None:
            return
        self.busy.emit(True)
        in_session = not isinstance(flow.screen, sc.Standby)
        try:
            flow.handle(event)
        except ValueError as error:  # a screen sent an input the flow refuses
            log.error("flow input %s refused: %s", event.action, error)
        except Exception:
            # A bug must not freeze the terminal: log it and end the session.
            log.exception("flow input %s failed", event.action)
            flow.cancel()
        finally:
            self.busy.emit(False)
        if isinstance(event, ev.Shutdown):
            self.shut_down.emit()
        if in_session and isinstance(flow.screen, sc.Standby):
            # The session is over: what it freed goes back to the system, so that a kiosk
            # stays the same size all day (bench/soak.py).
            give_back_free_memory()
