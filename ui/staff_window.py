"""The staff screen (資格確認端末): the facility's receptions as they arrive, the selected one
in full, and the control that allows visual confirmation at a reader.

`kiosk run --terminal staff --facility CODE` opens it through `run_staff`.
"""

from __future__ import annotations

import argparse
import socket
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Slot
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from kiosk.cli.errors import CommandError
from kiosk.eligibility.service import EligibilityService, Terminal
from kiosk.eligibility.settings import FacilitySettings
from ui.fonts import font_for
from ui.staff.detail_view import DetailView
from ui.staff.grant_panel import GrantPanel
from ui.staff.reception_table import ReceptionTable
from ui.staff.worker import StaffWorker
from ui.texts import fill, tr

POLL_MS = 2000
STAFF_POINTS = 12.0  # a desk screen read from close by, not a reader at arm's length

_STYLE = """
QLabel#heading { font-weight: bold; font-size: 16pt; color: #0b4f8a; }
QLabel#status[alert="true"], QLabel#grant_message[alert="true"] { color: #a02020; }
QLabel#grant_message[alert="false"] { color: #1d6b2a; }
QLabel#detail_section { font-weight: bold; color: #0b4f8a; }
"""


class StaffWindow(QMainWindow):
    """The staff screen of `terminal`'s facility; `start()` opens the service and polls."""

    def __init__(self, terminal: Terminal, factory: Callable[[], EligibilityService],
                 poll_ms: int = POLL_MS) -> None:
        super().__init__()
        self.terminal = terminal
        self.settings: FacilitySettings | None = None
        self.worker = StaffWorker(terminal, factory)
        self.heading = QLabel(objectName="heading")
        self.status = QLabel(objectName="status", wordWrap=True)
        self.table = ReceptionTable()
        self.detail = DetailView()
        self.grants = GrantPanel()
        self._build_layout()
        self.setFont(font_for("ja", STAFF_POINTS))
        self.setStyleSheet(_STYLE)
        self.resize(1280, 800)
        self._polling = False
        self.poller = QTimer(self)
        self.poller.setInterval(poll_ms)
        self.poller.timeout.connect(self._poll)
        self.table.chosen.connect(self.detail.show_record)
        self.grants.requested.connect(self.worker.grant)
        self.worker.ready.connect(self._on_ready)
        self.worker.failed.connect(self._on_failure)
        self.worker.arrived.connect(self._on_arrived)
        self.worker.poll_failed.connect(self._on_poll_failed)
        self.worker.granted.connect(self.grants.show_answer)
        self.grants.setEnabled(False)  # until the service is open
        self._retranslate()

    def start(self) -> None:
        """Open the service on the worker thread; polling starts once it is open."""
        self.worker.start()

    def stop(self) -> None:
        """Stop polling and the worker thread (the window stays until closed)."""
        self.poller.stop()
        self.worker.stop()

    def _build_layout(self) -> None:
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.addWidget(self.detail, 1)
        side_layout.addWidget(self.grants)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.table)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addWidget(self.heading)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status)
        self.setCentralWidget(central)

    def _retranslate(self) -> None:
        name = self.settings.name if self.settings else ""
        self.setWindowTitle(fill(tr("資格確認端末 %1"), name).strip())
        self.heading.setText(fill(tr("%1（医療機関コード %2）受付一覧"), name,
                                  self.terminal.facility_code))

    def _say(self, text: str, alert: bool) -> None:
        self.status.setText(text)
        self.status.setProperty("alert", alert)
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)

    @Slot(object)
    def _on_ready(self, settings: FacilitySettings) -> None:
        self.settings = settings
        self._retranslate()
        self.grants.setEnabled(True)
        self._say(tr("受付を待っています。"), alert=False)
        self._poll()
        self.poller.start()

    @Slot(str)
    def _on_failure(self, message: str) -> None:
        self._say(fill(tr("資格確認システムに接続できません: %1"), message), alert=True)

    def _poll(self) -> None:
        # One request at a time: a slow database must not pile up polls behind it.
        if not self._polling:
            self._polling = True
            self.worker.poll()

    @Slot(list)
    def _on_arrived(self, records: list) -> None:
        self._polling = False
        if records:
            self.table.add(records)
            self.grants.set_readers(self.table.terminal_ids())
        self._say(fill(tr("受付 %1 件"), self.table.rowCount()), alert=False)

    @Slot(str)
    def _on_poll_failed(self, message: str) -> None:
        self._polling = False
        self._say(fill(tr("資格確認システムに接続できません。再試行しています: %1"), message),
                  alert=True)


def run_staff(args: argparse.Namespace, app: QApplication) -> int:
    """Show the staff screen of `args.facility` (full screen unless --windowed) until it
    closes; the exit status."""
    window = show_staff(args)
    try:
        return app.exec()
    finally:
        window.stop()


def show_staff(args: argparse.Namespace) -> StaffWindow:
    """The staff screen of `args.facility`, shown and started (its service opens on its
    worker thread)."""
    if not args.facility:
        raise CommandError("the staff screen needs --facility (or KIOSK_FACILITY)")
    from ui.terminal_setup import open_service

    # Terminal ids have at most 50 characters (the audit trail's actor).
    terminal_id = args.terminal_id or f"staff-{socket.gethostname()}"[:50]
    window = StaffWindow(Terminal(terminal_id, args.facility),
                         lambda: open_service(args.database))
    window.start()
    if args.windowed:
        window.show()
    else:
        window.showFullScreen()
    return window
