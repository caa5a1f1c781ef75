"""Kiosk mode on the real window: real key, close, menu, drag and middle-click events go
nowhere; only the staff exit (facility password) or the system's stop ends it, with the
session recorded and the card released."""

from __future__ import annotations

import os
import signal

import pytest
from PySide6.QtCore import QEvent, QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import (
    QContextMenuEvent,
    QDragEnterEvent,
    QGuiApplication,
    QMouseEvent,
)
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from kiosk.flows.names import ScreenName as S
from ui.kiosk_exit import KioskExit
from ui.kiosk_mode import enter_kiosk_mode
from ui.staff_exit import CORNER_PX

PASSWORD = "minato-staff-2026"
CLINIC = "1310000001"
KEYS = [
    (Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier),
    (Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier),
    (Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier),
    (Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier),
    (Qt.Key.Key_F11, Qt.KeyboardModifier.NoModifier),
]


@pytest.fixture
def kiosk(clinic):
    """The clinic terminal in kiosk mode, with its staff exit; quitting is recorded."""
    guard = enter_kiosk_mode(clinic.window, hide_pointer=False)
    quits: list[int] = []
    from kiosk.eligibility.service import Terminal

    terminal = Terminal("clinic-reader-1", CLINIC)
    ending = KioskExit(clinic.app, guard,
                       lambda password: clinic.world.service.staff_password_check(
                           terminal, password, "staff_exit"),
                       quit=quits.append)
    clinic.guard, clinic.ending, clinic.quits = guard, ending, quits
    yield clinic
    ending.close()
    guard.release()
    QApplication.instance().removeEventFilter(guard)


def test_kiosk_mode_is_full_screen_frameless_and_on_top(kiosk):
    window = kiosk.window
    kiosk.qtbot.waitUntil(window.isFullScreen)
    flags = window.windowFlags()
    assert flags & Qt.WindowType.FramelessWindowHint
    assert flags & Qt.WindowType.WindowStaysOnTopHint


def test_close_requests_and_keys_that_leave_a_window_do_nothing(kiosk):
    window = kiosk.window
    kiosk.place("yamada-hanako")
    kiosk.wait_for(S.CHOOSE_METHOD)
    assert window.close() is False  # what a window manager's close request does
    for key, modifiers in KEYS:
        QTest.keyClick(window, key, modifiers)
        QTest.keyClick(window.focusWidget() or window, key, modifiers)
    QTest.qWait(200)
    assert window.isVisible() and window.isFullScreen()
    assert kiosk.screen.name == S.CHOOSE_METHOD
    assert kiosk.quits == []


def test_context_menus_drops_and_middle_click_paste_do_nothing(kiosk):
    kiosk.place("yamada-hanako")
    kiosk.wait_for(S.CHOOSE_METHOD)
    kiosk.click("action_ask_staff")
    kiosk.wait_for(S.STAFF_PASSWORD)
    edit = kiosk.window.host.password.edit
    QGuiApplication.clipboard().setText("pasted", mode=QGuiApplication.clipboard().Mode.Selection)
    QGuiApplication.clipboard().setText("pasted")
    for kind in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease):
        middle = QMouseEvent(kind, QPointF(5, 5), QPointF(5, 5), Qt.MouseButton.MiddleButton,
                             Qt.MouseButton.MiddleButton, Qt.KeyboardModifier.NoModifier)
        assert QApplication.sendEvent(edit, middle) is True  # taken by the guard
    menu = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, QPoint(5, 5), QPoint(5, 5))
    assert QApplication.sendEvent(edit, menu) is True
    mime = QMimeData()
    mime.setText("dropped")
    drag = QDragEnterEvent(QPoint(5, 5), Qt.DropAction.CopyAction, mime,
                           Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(edit, drag)
    assert not drag.isAccepted()
    assert edit.text() == ""


def test_the_pointer_is_hidden_on_a_touch_terminal(clinic):
    guard = enter_kiosk_mode(clinic.window, hide_pointer=True)
    try:
        assert QApplication.overrideCursor().shape() == Qt.CursorShape.BlankCursor
    finally:
        QApplication.restoreOverrideCursor()
        guard.release()
        QApplication.instance().removeEventFilter(guard)


def _tap_corner(kiosk, times: int) -> None:
    for _ in range(times):
        QTest.mouseClick(kiosk.window.top_bar, Qt.MouseButton.LeftButton,
                         pos=kiosk.window.top_bar.mapFrom(kiosk.window,
                                                          QPoint(CORNER_PX // 2, 10)))


def test_staff_end_the_kiosk_with_the_facility_password_and_the_session_is_recorded(kiosk):
    kiosk.place("yamada-hanako")
    kiosk.wait_for(S.CHOOSE_METHOD)
    kiosk.click("action_choose_pin")
    kiosk.wait_for(S.PIN_ENTRY)
    kiosk.type_pin("1234")
    kiosk.wait_for(S.CONSENT)
    panel = kiosk.ending.panel
    _tap_corner(kiosk, 4)
    assert not panel.isVisible()
    _tap_corner(kiosk, 1)
    kiosk.qtbot.waitUntil(panel.isVisible)
    panel.field.type_text("not-the-password")
    QTest.mouseClick(panel.field.ok, Qt.MouseButton.LeftButton)
    kiosk.qtbot.waitUntil(lambda: panel.message.text() == "パスワードが違います。")
    assert kiosk.quits == [] and kiosk.window.isVisible()
    panel.field.type_text(PASSWORD)
    QTest.mouseClick(panel.field.ok, Qt.MouseButton.LeftButton)
    kiosk.qtbot.waitUntil(lambda: kiosk.quits == [0], timeout=5000)
    assert kiosk.window.close() is True  # released: the window may go now
    assert kiosk.ending.flow_finished
    [record] = kiosk.world.service.receptions(CLINIC)
    assert (record.identity_method, record.outcome, record.warnings) == (
        "pin", "system_error", ("terminal_stopped",))
    assert not kiosk.world.reader._connected  # the card was powered off


def test_sigterm_ends_the_kiosk_through_the_event_loop(kiosk):
    os.kill(os.getpid(), signal.SIGTERM)
    kiosk.qtbot.waitUntil(lambda: kiosk.quits == [0], timeout=5000)
    assert kiosk.ending.ending == "system (SIGTERM)"


def test_the_staff_screen_shows_a_locked_reader_and_unlocks_it(world, qtbot):
    from kiosk.eligibility.service import Terminal
    from ui.staff_window import StaffWindow

    for n in range(5):
        world.service.staff_password_check(Terminal("clinic-reader-1", CLINIC), f"guess-{n}")
    window = StaffWindow(Terminal("staff-desk-1", CLINIC), lambda: world.service, poll_ms=100)
    qtbot.addWidget(window)
    window.start()
    window.show()
    panel = window.grants.lockout
    try:
        qtbot.waitUntil(panel.isVisible, timeout=5000)
        assert "clinic-reader-1" in panel.alert.text()
        panel.password.setText(PASSWORD)
        QTest.mouseClick(panel.button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: panel.message.text() == "ロックを解除しました。", timeout=5000)
        qtbot.waitUntil(lambda: not panel.isVisible(), timeout=5000)
        assert world.service.password_locks(CLINIC) == []
    finally:
        window.stop()
