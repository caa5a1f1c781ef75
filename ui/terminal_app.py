"""One running terminal: its flow on a worker thread, the card watcher, the timers, the window."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal, Slot
from PySide6.QtGui import QImage

from hw.reader import CardReader
from kiosk.flows import inputs as ev
from kiosk.flows import screens as sc
from kiosk.flows.base import Flow
from kiosk.flows.reasons import Reason
from kiosk.flows.screen import Screen
from ui.card_watcher import CardWatcher
from ui.flow_worker import FlowWorker
from ui.kiosk_window import KioskWindow
from ui.preview_camera import PreviewCamera
from ui.screen_hold import ScreenHold
from ui.speech import VoiceGuide

log = logging.getLogger(__name__)

TICK_MS = 1000
# A flow input still running after this long is stalled: every device and database call has
# a shorter deadline of its own (a face attempt: about 5 s of frames; a database statement:
# 15 s), so only a wait without one (a reader driver that never answers) gets here.
STALL_AFTER_S = 30.0
# The session under way gets this long to be recorded and its card released when the
# terminal stops; the process must end within 5 s of SIGTERM.
SHUTDOWN_DEADLINE_MS = 3000
# Workers whose thread was still stuck in a device call when their terminal stopped. Qt
# aborts the process if a QThread is destroyed while it runs, so they are kept here until
# the process ends (their thread may still finish, when the device answers at last).
_LEFT_RUNNING: list[FlowWorker] = []


class _FrameRelay(QObject):
    """Carries preview frames from the worker thread to the GUI thread."""

    frame = Signal(QImage)


class TerminalApp(QObject):
    """Wires everything; `start()` shows the window and starts the threads.

    A QObject of the GUI thread, so that the worker's screens arrive here queued. The GUI
    thread never waits on a worker: a flow input that stalls is abandoned (see `_stalled`).
    """

    stalled = Signal(str)  # a flow input stalled and the flow was replaced (the input's name)

    def __init__(self, terminal: str, factory: Callable[[], Flow], reader: CardReader,
                 voice: VoiceGuide | None = None, watch_cards: bool = True,
                 stall_after_s: float = STALL_AFTER_S,
                 clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__()
        self.terminal = terminal
        self.window = KioskWindow(terminal, voice)
        self._factory = factory
        self._stall_after_s = stall_after_s
        self._clock = clock
        self._busy_since: float | None = None
        self._abandoned: list[FlowWorker] = []  # stalled workers, kept until their thread ends
        self.restarts = 0
        self._first_screen_shown = False
        self._relay = _FrameRelay()
        self._relay.frame.connect(self.window.host.camera.show_frame)
        self._hold = ScreenHold(self.window.show_screen)  # 認証しました stays a moment
        self.worker = self._new_worker(None)
        self.watcher = CardWatcher(reader) if watch_cards else None
        self.window.action.connect(lambda event: self.worker.call(event))
        self.window.touched.connect(lambda: self.worker.call(ev.Touch()))
        if self.watcher is not None:
            self.watcher.placed.connect(lambda: self.worker.call(ev.CardPlaced()))
            self.watcher.removed.connect(self._card_left)
            self.watcher.failed.connect(lambda _message: self.worker.call(ev.ReaderFailed()))
            self.watcher.restored.connect(lambda: self.worker.call(ev.ReaderRestored()))
        self.ticker = QTimer()
        self.ticker.setInterval(TICK_MS)
        self.ticker.timeout.connect(self._tick)

    def start(self, show: bool = True) -> None:
        """Start the worker, the watcher and the inactivity ticks; show the window."""
        self.worker.start()
        if self.watcher is not None:
            self.watcher.start()
        self.ticker.start()
        if show:
            self.window.show()

    def stop(self, timeout_ms: int = 5000) -> bool:
        """Stop the threads and timers (the window stays until closed); waits `timeout_ms`
        at most for the flow's thread. False if one is still stuck in a device call."""
        self.ticker.stop()
        stopped = self.watcher.stop() if self.watcher is not None else True
        for worker in (self.worker, *self._abandoned):
            if not worker.stop(timeout_ms=timeout_ms if worker is self.worker else 500):
                _LEFT_RUNNING.append(worker)
                stopped = False
        return stopped

    def shut_down(self, then: Callable[[bool], None],
                  deadline_ms: int = SHUTDOWN_DEADLINE_MS) -> None:
        """End the current session on the flow's thread (recorded for the staff side, the
        card powered off), then call `then(True)` on the GUI thread; `then(False)` after
        `deadline_ms` if the flow is still busy then. Returns at once."""
        done = False

        def finish(finished: bool) -> None:
            nonlocal done
            if not done:
                done = True
                then(finished)

        self.ticker.stop()
        self.worker.shut_down.connect(lambda: finish(True))
        QTimer.singleShot(deadline_ms, lambda: finish(False))
        self.worker.interrupt()  # a running step (a face capture, a card read) stops now
        self.worker.call(ev.Shutdown())

    @property
    def busy_for(self) -> float:
        """Seconds the current flow input has been running (0 when idle)."""
        return 0.0 if self._busy_since is None else self._clock() - self._busy_since

    def _new_worker(self, first_input: ev.FlowInput | None) -> FlowWorker:
        worker = FlowWorker(self._factory, first_input)
        worker.ready.connect(self._add_preview)
        worker.screen.connect(self._on_screen)
        worker.failed.connect(self._on_failure)
        worker.busy.connect(self._on_busy)
        return worker

    def _tick(self) -> None:
        if self._busy_since is not None and self.busy_for > self._stall_after_s:
            self._stalled()
        self.worker.call(ev.Tick())

    def _stalled(self) -> None:
        """The flow input has run too long: tell the patient at once, abandon that flow
        (it never touches the reader again) and serve on with a new one, which records the
        stall for the staff side and waits for the card to be taken."""
        old = self.worker
        screen = self.window.screen_shown
        log.error("%s terminal: a flow input stalled for %.0f s on %s; starting a new flow",
                  self.terminal, self.busy_for, screen.name if screen else "no screen")
        for signal in (old.ready, old.screen, old.failed, old.busy):
            signal.disconnect()
        old.abandon()
        self._busy_since = None
        self._abandoned = [w for w in self._abandoned if w.thread_running]
        self._abandoned.append(old)
        language = screen.language if screen is not None else "ja"
        self.window.show_screen(sc.SystemError(reason=Reason.SYSTEM_ERROR, language=language))
        self.window.host.progress.setVisible(False)
        self.restarts += 1
        self.worker = self._new_worker(ev.RecoverAfterStall())
        self.worker.start()
        self.stalled.emit(screen.name if screen else "")

    @Slot(bool)
    def _on_busy(self, busy: bool) -> None:
        # A device or the database is working: show progress until the call returns (every
        # device call has its own timeout, so a hung device ends in an error screen).
        self._busy_since = self._clock() if busy else None
        view = self.window.view
        self.window.host.progress.setVisible(busy or bool(view and view.busy))

    @Slot(str)
    def _on_failure(self, message: str) -> None:
        self.window.show_failure(message)

    def _add_preview(self, flow: Flow) -> None:
        flow.watch_camera(lambda camera: PreviewCamera(camera, self._relay.frame.emit))

    def _card_left(self) -> None:
        self.worker.interrupt()  # stop a face capture or card read at once
        self.worker.call(ev.CardRemoved())

    @Slot(object)
    def _on_screen(self, screen: Screen) -> None:
        self._hold.offer(screen)
        if not self._first_screen_shown:
            self._first_screen_shown = True
            log.info("%s terminal: first screen shown (%s)", self.terminal, screen.name)
        # A card already on the reader when the booth or the phone asks for it: read it.
        if (isinstance(screen, sc.PlaceCard) and self.watcher is not None
                and self.watcher.present):
            self.worker.call(ev.CardPlaced())
