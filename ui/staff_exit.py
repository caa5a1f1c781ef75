"""The staff exit of a kiosk-mode terminal: five taps in the top-left corner within four
seconds open a panel where staff end the kiosk with the facility password.

The password is checked off the GUI thread, under the terminal's lockout (the same count as
its visual-confirmation password screen). The panel closes by itself after a minute
untouched, so the next patient never finds it open.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QPointF, Qt, QTimer, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from kiosk.eligibility.password_checks import ACCEPTED, LOCKED, WRONG
from ui.staff_exit_worker import FAILED, PasswordChecker, StaffExitWorker
from ui.style import TOUCH_TARGET
from ui.texts import tr
from ui.widgets.password_field import PasswordField

CORNER_PX = 80
TAPS = 5
TAPS_WITHIN_S = 4.0
IDLE_CLOSE_MS = 60_000


class CornerTaps(QObject):
    """Emits `opened` after TAPS presses in the window's top-left corner within a few
    seconds (an event filter on the application; a patient's taps elsewhere reset it)."""

    opened = Signal()

    def __init__(self, window: QWidget, clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__(window)
        self._window = window
        self._clock = clock
        self._taps: list[float] = []
        self._last: tuple[int, float, float] | None = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Counts the corner's presses; never consumes an event."""
        if event.type() == QEvent.Type.MouseButtonPress and isinstance(event, QMouseEvent) \
                and isinstance(watched, QWidget) and watched.window() is self._window:
            point = event.scenePosition()  # within the window
            # A press no widget takes goes on to its parents: one tap, however many stops.
            tap = (event.timestamp(), point.x(), point.y())
            if tap == self._last:
                return False
            self._last = tap
            if self._in_corner(point):
                now = self._clock()
                self._taps = [t for t in self._taps if now - t <= TAPS_WITHIN_S] + [now]
                if len(self._taps) >= TAPS:
                    self._taps = []
                    self.opened.emit()
            else:
                self._taps = []
        return False

    @staticmethod
    def _in_corner(point: QPointF) -> bool:
        return 0 <= point.x() < CORNER_PX and 0 <= point.y() < CORNER_PX


class StaffExitPanel(QWidget):
    """Over the whole kiosk window: the facility password ends the kiosk (`confirmed`)."""

    confirmed = Signal()

    def __init__(self, window: QWidget, checker: PasswordChecker) -> None:
        super().__init__(window, objectName="staff_exit")
        self.setAutoFillBackground(True)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.worker = StaffExitWorker(checker)
        self.worker.answered.connect(self._answered)
        self.title = QLabel(objectName="title", alignment=Qt.AlignmentFlag.AlignCenter)
        self.message = QLabel(objectName="staff_exit_message", wordWrap=True,
                              alignment=Qt.AlignmentFlag.AlignCenter)
        self.field = PasswordField()
        self.field.entered.connect(self._submit)
        self.close_button = QPushButton(objectName="staff_exit_close")
        self.close_button.setMinimumHeight(TOUCH_TARGET)
        self.close_button.clicked.connect(self.dismiss)
        layout = QVBoxLayout(self)
        for widget in (self.title, self.message, self.field, self.close_button):
            layout.addWidget(widget)
        self._idle = QTimer(self, singleShot=True, interval=IDLE_CLOSE_MS)
        self._idle.timeout.connect(self.dismiss)
        self.hide()

    def start(self) -> None:
        """Start the checking thread."""
        self.worker.start()

    def stop(self) -> bool:
        """Stop the checking thread (waits 1 s at most)."""
        return self.worker.stop(timeout_ms=1000)

    def open(self) -> None:
        """Show the panel over the window, the field empty."""
        self.title.setText(tr("係員メニュー：端末の終了"))
        self.message.setText(tr("施設のパスワードを入力すると、この端末を終了します。"))
        self.close_button.setText(tr("閉じる"))
        self.field.retranslate()
        self.field.clear()
        self.setGeometry(self.parentWidget().rect())
        self.show()
        self.raise_()
        self._idle.start()

    def dismiss(self) -> None:
        """Close the panel, forgetting anything typed."""
        self.field.clear()
        self._idle.stop()
        self.hide()

    def _submit(self, password: str) -> None:
        self.field.clear()  # the password is never kept on screen
        self._idle.start()
        self.field.setEnabled(False)
        self.message.setText(tr("確認しています…"))
        self.worker.check(password)

    def _answered(self, outcome: str) -> None:
        self.field.setEnabled(True)
        if outcome == ACCEPTED:
            self.message.setText(tr("端末を終了します。"))
            self.confirmed.emit()
            return
        unreachable = tr("パスワードを確認できません。システムに接続できません。")
        self.message.setText({
            WRONG: tr("パスワードが違います。"),
            LOCKED: tr(
                "続けて間違ったパスワードが入力されたため、この端末では入力を止めています。"),
            FAILED: unreachable,
        }.get(outcome, unreachable))
