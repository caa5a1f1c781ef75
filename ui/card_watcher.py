"""Watches the reader's slot on its own thread and reports cards placed and removed."""

from __future__ import annotations

import logging

from PySide6.QtCore import QThread, Signal

from hw.reader import CardReader, ReaderError

log = logging.getLogger(__name__)
_POLL_S = 0.25
_RETRY_MS = 1000  # while the reader is unavailable, how often it is tried again


class CardWatcher(QThread):
    """Emits `placed` when a card arrives and `removed` when it leaves; `failed` once when
    the reader stops answering and `restored` when it answers again."""

    placed = Signal()
    removed = Signal()
    failed = Signal(str)
    restored = Signal()

    def __init__(self, reader: CardReader) -> None:
        super().__init__()
        self.setObjectName("card-watcher")
        self._reader = reader
        self.present = False

    def run(self) -> None:
        """Poll the slot until interrupted (`requestInterruption()`)."""
        failing = False
        while not self.isInterruptionRequested():
            try:
                if not self.present:
                    arrived = self._reader.wait_for_card(_POLL_S)
                else:
                    left = self._reader.wait_for_removal(_POLL_S)
            except ReaderError as error:
                if not failing:  # once per outage, not four times a second
                    log.warning("card reader unavailable: %s", error)
                    self.failed.emit(str(error))
                    failing = True
                self.msleep(_RETRY_MS)
                continue
            if failing:
                log.info("card reader available again")
                failing = False
                self.restored.emit()
            if not self.present and arrived:
                self.present = True
                self.placed.emit()
            elif self.present and left:
                self.present = False
                self.removed.emit()

    def stop(self, timeout_ms: int = 2000) -> bool:
        """Stop polling; wait for the thread at most `timeout_ms` (a poll takes 250 ms)."""
        self.requestInterruption()
        return self.wait(timeout_ms)
