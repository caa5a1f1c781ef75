"""One running terminal: its flow on a worker thread, the card watcher, the timers, the window."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal, Slot
from PySide6.QtGui import QImage

from hw.reader import CardReader
from kiosk.flows.base import Flow
from kiosk.flows.names import ScreenName
from kiosk.flows.screen import Screen
from ui.card_watcher import CardWatcher
from ui.flow_worker import FlowWorker
from ui.kiosk_window import KioskWindow
from ui.preview_camera import PreviewCamera
from ui.speech import VoiceGuide

TICK_MS = 1000


class _FrameRelay(QObject):
    """Carries preview frames from the worker thread to the GUI thread."""

    frame = Signal(QImage)


class TerminalApp(QObject):
    """Wires everything; `start()` shows the window and starts the threads.

    A QObject of the GUI thread, so that the worker's screens arrive here queued.
    """

    def __init__(self, terminal: str, factory: Callable[[], Flow], reader: CardReader,
                 voice: VoiceGuide | None = None, watch_cards: bool = True) -> None:
        super().__init__()
        self.terminal = terminal
        self.window = KioskWindow(terminal, voice)
        self.worker = FlowWorker(factory)
        self.watcher = CardWatcher(reader) if watch_cards else None
        self._relay = _FrameRelay()
        self._relay.frame.connect(self.window.host.camera.show_frame)
        self.worker.ready.connect(self._add_preview)
        self.worker.screen.connect(self._on_screen)
        self.worker.failed.connect(self._on_failure)
        self.worker.busy.connect(self._on_busy)
        self.window.action.connect(lambda name, args: self.worker.call(name, *args))
        self.window.touched.connect(lambda: self.worker.call("touch"))
        if self.watcher is not None:
            self.watcher.placed.connect(lambda: self.worker.call("card_placed"))
            self.watcher.removed.connect(self._card_left)
        self.ticker = QTimer()
        self.ticker.setInterval(TICK_MS)
        self.ticker.timeout.connect(lambda: self.worker.call("tick"))

    def start(self, show: bool = True) -> None:
        """Start the worker, the watcher and the inactivity ticks; show the window."""
        self.worker.start()
        if self.watcher is not None:
            self.watcher.start()
        self.ticker.start()
        if show:
            self.window.show()

    def stop(self) -> None:
        """Stop the threads and timers (the window stays until closed)."""
        self.ticker.stop()
        if self.watcher is not None:
            self.watcher.stop()
        self.worker.stop()

    @Slot(bool)
    def _on_busy(self, busy: bool) -> None:
        # A device or the database is working: show progress until the call returns (every
        # device call has its own timeout, so a hung device ends in an error screen).
        view = self.window.view
        self.window.host.progress.setVisible(busy or bool(view and view.busy))

    @Slot(str)
    def _on_failure(self, message: str) -> None:
        self.window.show_failure(message)

    def _add_preview(self, flow: Flow) -> None:
        opener = flow.devices.open_camera
        if opener is not None:
            flow.devices.open_camera = lambda: PreviewCamera(opener(), self._relay.frame.emit)

    def _card_left(self) -> None:
        self.worker.interrupt()  # stop a face capture or card read at once
        self.worker.call("card_removed")

    @Slot(object)
    def _on_screen(self, screen: Screen) -> None:
        self.window.show_screen(screen)
        # A card already on the reader when the booth or the phone asks for it: read it.
        if (screen.name == ScreenName.PLACE_CARD and self.watcher is not None
                and self.watcher.present):
            self.worker.call("card_placed")
