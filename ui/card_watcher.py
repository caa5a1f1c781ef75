"""Watches the reader's slot on its own thread and reports cards placed and removed."""

from __future__ import annotations

import logging

from PySide6.QtCore import QThread, Signal

from hw.reader import CardReader, ReaderError

log = logging.getLogger(__name__)
_POLL_S = 0.25


class CardWatcher(QThread):
    """Emits `placed` when a card arrives and `removed` when it leaves."""

    placed = Signal()
    removed = Signal()
    failed = Signal(str)

    def __init__(self, reader: CardReader) -> None:
        super().__init__()
        self.setObjectName("card-watcher")
        self._reader = reader
        self.present = False

    def run(self) -> None:
        """Poll the slot until interrupted (`requestInterruption()`)."""
        reported_failure = False
        while not self.isInterruptionRequested():
            try:
                if not self.present:
                    if self._reader.wait_for_card(_POLL_S):
                        self.present = True
                        self.placed.emit()
                elif self._reader.wait_for_removal(_POLL_S):
                    self.present = False
                    self.removed.emit()
                reported_failure = False
            except ReaderError as error:
                if not reported_failure:  # once per outage, not four times a second
                    log.warning("card reader unavailable: %s", error)
                    self.failed.emit(str(error))
                    reported_failure = True
                self.msleep(1000)

    def stop(self) -> None:
        """Stop polling and wait for the thread."""
        self.requestInterruption()
        self.wait(5000)
