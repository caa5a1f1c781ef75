"""The staff screen (資格確認端末): the facility's receptions as they arrive, the selected one
in full, the OQS files written for the clinic's software, and the control that allows
visual confirmation at a reader.

`kiosk run --terminal staff --facility CODE` opens it through `run_staff`.
"""

from __future__ import annotations

import argparse
import socket
import sys
from collections.abc import Callable

from PySide6.QtCore import QSize, Qt, QTimer, Slot
from PySide6.QtGui import QGuiApplication, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QBoxLayout,
    QLabel,
    QMainWindow,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from kiosk.cli.errors import CommandError
from kiosk.eligibility.service import EligibilityService, Terminal
from kiosk.eligibility.settings import FacilitySettings
from ui.fonts import families_for, font_for
from ui.staff.detail_view import DetailView
from ui.staff.grant_panel import GrantPanel
from ui.staff.named import named
from ui.staff.oqs_files_panel import OqsFilesPanel
from ui.staff.placement import place_beside
from ui.staff.reception_table import ReceptionTable
from ui.staff.worker import StaffWorker
from ui.texts import fill, tr

POLL_MS = 2000
STAFF_POINTS = 12.0  # a desk screen read from close by, not a reader at arm's length

DEFAULT_SIZE = QSize(1366, 768)  # a common desk screen; smaller screens shrink it
GRANT_WIDTH = 420  # the visual confirmation control beside the detail: a sentence a line
# Narrower than this (beside a kiosk), the control goes below the detail: beside it, it
# would leave the detail too little room.
NARROW = 1200
# Shorter than this, the list of OQS files is hidden (its newest file still shows): the
# reception's detail needs the height to show every field at once.
ROOMY = 900
_UNLIMITED = 16_777_215  # Qt's QWIDGETSIZE_MAX
# Borders and title bar a window manager may add, until the real frame is known.
FRAME_ALLOWANCE = QSize(16, 40)

# The font is in the style sheet too: a kiosk window in the same application sets the
# application font to kiosk size, and widgets a style sheet polishes take that one otherwise.
_FONT = """
QWidget { font-family: %s; font-size: %gpt; }
"""
_STYLE = """
QLabel#heading { font-weight: bold; font-size: 15pt; color: #0b4f8a; }
QLabel#status[alert="true"], QLabel#grant_message[alert="true"] { color: #a02020; }
QLabel#grant_message[alert="false"] { color: #1d6b2a; }
QLabel#oqs_files_title { font-weight: bold; color: #0b4f8a; }
QLabel#oqs_files_counts[alert="true"] { color: #a02020; font-weight: bold; }
QTableWidget#oqs_file_list { gridline-color: #d0d0d0; }
QLabel#detail_section { font-weight: bold; color: #0b4f8a; }
QLabel#detail_label { color: #4a4a4a; }
QLabel[tone="good"] { color: #1d6b2a; font-weight: bold; }
QLabel[tone="bad"] { color: #a02020; font-weight: bold; }
QLabel[tone="caution"] { color: #7a4a00; font-weight: bold; }
QTableWidget#receptions { gridline-color: #d0d0d0; }
QTableWidget#receptions::item:selected { background: #0b4f8a; color: white; }
QHeaderView::section { font-weight: bold; padding: 4px 6px; background: #e8eef5;
                       border: none; border-right: 1px solid #c8d2de;
                       border-bottom: 1px solid #c8d2de; }
"""


class StaffWindow(QMainWindow):
    """The staff screen of `terminal`'s facility; `start()` opens the service and polls."""

    def __init__(self, terminal: Terminal, factory: Callable[[], EligibilityService],
                 poll_ms: int = POLL_MS) -> None:
        super().__init__()
        self.terminal = terminal
        self.settings: FacilitySettings | None = None
        self.worker = StaffWorker(terminal, factory)
        self.heading = named(QLabel(), "heading")
        self.status = named(QLabel(wordWrap=True), "status")
        self.table = ReceptionTable()
        self.detail = DetailView()
        self.grants = GrantPanel()
        self.files = OqsFilesPanel()
        self._build_layout()
        self.setFont(font_for("ja", STAFF_POINTS))
        families = ", ".join(f'"{family}"' for family in families_for("ja"))
        self.setStyleSheet(_FONT % (families, STAFF_POINTS) + _STYLE)
        self.files.fit_height()  # rows as tall as the style sheet's font makes them
        self.resize(DEFAULT_SIZE)
        self._placed = False
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
        self.worker.locks.connect(self.grants.lockout.show_locks)
        self.worker.files.connect(self.files.add)
        self.worker.unlocked.connect(self.grants.lockout.show_answer)
        self.grants.lockout.requested.connect(self.worker.unlock)
        self.grants.setEnabled(False)  # until the service is open
        self._retranslate()

    def start(self) -> None:
        """Open the service on the worker thread; polling starts once it is open."""
        self.worker.start()

    def stop(self) -> None:
        """Stop polling and the worker thread (the window stays until closed)."""
        self.poller.stop()
        self.worker.stop()

    def place(self) -> None:
        """Move beside any kiosk window of this application (never on top of it), on a
        screen of its own when there is one."""
        # No kiosk window without its module: the staff terminal alone need not load it.
        module = sys.modules.get("ui.kiosk_window")
        kiosk_class = getattr(module, "KioskWindow", None)
        kiosks = [widget.frameGeometry() for widget in QApplication.topLevelWidgets()
                  if kiosk_class is not None and isinstance(widget, kiosk_class)
                  and widget.isVisible()]
        screens = [screen.availableGeometry() for screen in QGuiApplication.screens()]
        frame = self.frameGeometry().size() - self.geometry().size()
        if frame.isNull():  # not known before the window is first shown: an allowance
            frame = FRAME_ALLOWANCE
        spot = place_beside(DEFAULT_SIZE, self.minimumSizeHint() + frame, screens, kiosks)
        self.resize(spot.size() - frame)
        self.move(spot.topLeft())

    def showEvent(self, event: QShowEvent) -> None:
        """The first time it shows in a window, choose where (later, staff may move it)."""
        if not self._placed and not self.isFullScreen():
            self.place()
        self._placed = True
        super().showEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """The grant control moves below the detail in a narrow window."""
        super().resizeEvent(event)
        self._arrange_below()
        self._arrange_files()

    def _arrange_files(self) -> None:
        self.files.set_roomy(self.height() >= ROOMY)

    def _arrange_below(self) -> None:
        narrow = self.width() < NARROW
        self._below.setDirection(QBoxLayout.Direction.TopToBottom if narrow
                                 else QBoxLayout.Direction.LeftToRight)
        if narrow:
            self.grants.setMinimumWidth(0)
            self.grants.setMaximumWidth(_UNLIMITED)
        else:
            self.grants.setFixedWidth(GRANT_WIDTH)

    def _build_layout(self) -> None:
        # The list takes the whole width, so that every column reads without scrolling
        # sideways; the selected reception and the grant control share the space below.
        below = QWidget()
        self._below = QBoxLayout(QBoxLayout.Direction.LeftToRight, below)
        self._below.setContentsMargins(0, 0, 0, 0)
        self._below.addWidget(self.detail, 1)
        self._below.addWidget(self.grants)
        self._arrange_below()
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setObjectName("staff_splitter")
        splitter.addWidget(self.table)
        splitter.addWidget(below)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addWidget(self.heading)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.files)  # the files for the clinic's software, as written
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
