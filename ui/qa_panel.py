"""The QA panel beside the emulated kiosk: cards, camera, facility settings, scenarios.

QA engineers and trainers use it to put the kiosk through every case a real reception
meets: they place and take the personas' cards, change what the camera sees, act as the
municipal office, the lost-card hotline or an insurer, change the clinic's settings, and
play scenario files. Work on the database and the card files runs on a background thread
(ui/qa/jobs.py); the GUI thread only draws.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QCloseEvent, QFont, QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.eligibility.service import Terminal
from kiosk.emulator.world import EmulatedWorld
from kiosk.terminals import TERMINALS, TerminalKind
from ui.qa.camera import CameraBox
from ui.qa.cards import CardsBox
from ui.qa.jobs import Jobs
from ui.qa.persona_watch import PersonaWatch
from ui.qa.scenarios import ScenarioBox
from ui.qa.settings import SettingsBox
from ui.terminal_app import TerminalApp
from ui.texts import fill, tr
from ui.window_titles import panel_title, terminal_name

if TYPE_CHECKING:
    from ui.staff_window import StaffWindow

log = logging.getLogger(__name__)

DEMO_CLINIC = "1310000001"
STAFF_TERMINAL_ID = "qa-staff-screen"
PANEL_POINTS = 11.0  # a desk tool read at a desk, not a kiosk read at arm's length
HISTORY = 50
# Room the panel's frames and margins take beside the cards and the camera (tab page, scroll
# area, its vertical scroll bar): below their widths plus this, they stack.
SIDE_BY_SIDE_MARGIN = 80


class QaPanel(QWidget):
    """The panel for one emulated terminal and its world."""

    def __init__(self, world: EmulatedWorld, terminal: TerminalApp,
                 facility: str | None = None, scenario_template: Path | None = None) -> None:
        super().__init__()
        self.world, self.terminal = world, terminal
        self.facility = facility or DEMO_CLINIC
        self.setObjectName("qa_panel")
        self.setWindowTitle(panel_title(terminal.terminal))
        # The kiosk window sets the application's font to kiosk size; keep ours readable.
        font = QFont()
        font.setPointSizeF(PANEL_POINTS)
        self.setFont(font)

        self.jobs = Jobs("qa-operations")  # database and card files, one at a time
        self.scenario_jobs = Jobs("qa-scenarios")  # a scenario run must not hold them up
        # What a terminal would find on each persona's card, read again after each change.
        self.personas = PersonaWatch(world, terminal)
        self.cards = CardsBox(world, terminal, self.jobs, self.report)
        self.camera = CameraBox(world, self.report)
        self.settings: SettingsBox | None = None
        self.staff_window: StaffWindow | None = None
        self.scenarios = ScenarioBox(self.scenario_jobs, self.report,
                                     world.engine, scenario_template)

        self.tabs = QTabWidget(objectName="qa_tabs")
        devices = QWidget()
        # Side by side when the panel is wide enough, else one above the other (resizeEvent).
        self.devices = QBoxLayout(QBoxLayout.Direction.LeftToRight, devices)
        self.devices.addWidget(self.cards)
        self.devices.addWidget(self.camera)
        self.tabs.addTab(devices, tr("カード・カメラ"))
        if TERMINALS[TerminalKind(terminal.terminal)].needs_facility:  # a clinic's settings
            self.settings = SettingsBox(world, terminal.worker, self.facility, self.jobs,
                                        self.report)
            settings = self.settings
            terminal.stalled.connect(lambda _name: settings.follow(terminal.worker))
            self.tabs.addTab(self.settings, tr("施設の設定"))
            staff = QPushButton(tr("職員画面（資格確認端末）を開く"), objectName="staff_open")
            staff.clicked.connect(self.open_staff_screen)
            self.settings.layout().insertWidget(self.settings.layout().count() - 1, staff)
        self.tabs.addTab(self.scenarios, tr("シナリオ"))

        self.busy = QLabel(objectName="qa_busy")
        self.status = QLabel(objectName="qa_status", wordWrap=True)
        self.history = QListWidget(objectName="qa_history")
        self.history.setMaximumHeight(110)
        content = QWidget()
        content.setObjectName("qa_content")
        heading = QHBoxLayout()  # the busy sign beside the heading: a line more for the list
        heading.addWidget(QLabel(fill(tr("端末: %1"), terminal_name(terminal.terminal))), 1)
        heading.addWidget(self.busy)
        layout = QVBoxLayout(content)
        layout.addLayout(heading)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.history)
        # On a short screen the contents scroll down; they never reach past the right edge.
        self.scroll_area = QScrollArea()
        self.scroll_area.setObjectName("qa_scroll")
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroll_area)
        self.jobs.idle_changed.connect(self._idle_changed)
        # A combo box's popup is a window of its own: it takes the application's font, and
        # the combo box sizes itself by its popup's items.
        for combo in self.findChildren(QComboBox):
            combo.view().setFont(font)
        self.personas.changed.connect(self.cards.show_states)
        self.personas.refresh()
        self.resize(820, 720)

    @property
    def idle(self) -> bool:
        """No operation is waiting or running (a scenario may be)."""
        return self.jobs.idle

    def report(self, message: str, refused: bool = False) -> None:
        """Show the outcome of an operation in the status line and the history."""
        text = fill(tr("拒否: %1"), message) if refused else message
        self.status.setText(text)
        self.status.setProperty("refused", refused)
        self.status.setStyleSheet("color: #a02020;" if refused else "")
        self.history.insertItem(0, text)
        while self.history.count() > HISTORY:
            self.history.takeItem(self.history.count() - 1)
        log.info("QA panel: %s", text)
        # Every operation ends here, done or refused: show what it changed on the cards.
        self.personas.refresh()

    def open_staff_screen(self) -> None:
        """Show the facility's staff screen on this world's eligibility system."""
        if self.staff_window is None:
            from ui.staff_window import StaffWindow  # a separate screen: loaded when asked

            # The staff screen opens the service on its own worker thread; the world's
            # service is shared, never closed by it.
            window = StaffWindow(Terminal(STAFF_TERMINAL_ID, self.facility),
                                 lambda: self.world.service)
            window.setObjectName("qa_staff_window")
            window.start()
            self.staff_window = window
        self.staff_window.show()
        self.staff_window.raise_()

    def side_by_side(self, width: int) -> bool:
        """Whether the cards and the camera fit side by side in a panel `width` wide."""
        needed = (self.cards.minimumSizeHint().width() + self.camera.minimumSizeHint().width()
                  + self.devices.spacing() + SIDE_BY_SIDE_MARGIN)
        return width >= needed

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Lay the cards and the camera out for the new width."""
        wide = self.side_by_side(event.size().width())
        self.devices.setDirection(QBoxLayout.Direction.LeftToRight if wide
                                  else QBoxLayout.Direction.TopToBottom)
        # Side by side the card list shares the width; stacked it takes the spare height.
        self.devices.setStretch(0, 3 if wide else 1)
        self.devices.setStretch(1, 2 if wide else 0)
        super().resizeEvent(event)

    @Slot(bool)
    def _idle_changed(self, idle: bool) -> None:
        self.busy.setText("" if idle else tr("処理中…"))

    def closeEvent(self, event: QCloseEvent) -> None:
        """Let running work finish (a scenario fast-forwards) before the world closes."""
        self.scenarios.pause_s = 0.0
        self.jobs.wait()
        self.scenario_jobs.wait()
        self.personas.wait()
        self.scenarios.close_runner()
        if self.staff_window is not None:
            self.staff_window.stop()
            self.staff_window.close()
        super().closeEvent(event)
