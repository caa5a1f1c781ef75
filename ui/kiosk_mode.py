"""Kiosk mode: the window fills the screen and nothing a patient does leaves it.

Without `--windowed` the terminal's window is full screen, frameless and on top; an event
filter on the application swallows every way out or around it (a close request, Escape,
Alt+F4, Ctrl+Q/W, F11, context menus, drag and drop, middle-click paste). Only the staff
side (the facility password) or the system (SIGTERM, SIGINT) ends it.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QInputDevice, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QApplication, QWidget

log = logging.getLogger(__name__)

_MOUSE = (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease,
          QEvent.Type.MouseButtonDblClick)
_DRAG = (QEvent.Type.DragEnter, QEvent.Type.DragMove, QEvent.Type.Drop)
_KEYS = (QEvent.Type.KeyPress, QEvent.Type.KeyRelease, QEvent.Type.ShortcutOverride)
_CONTROL = Qt.KeyboardModifier.ControlModifier
_ALT = Qt.KeyboardModifier.AltModifier


def blocked_key(event: QKeyEvent) -> bool:
    """Whether `event` is a key that could close, leave or reshape the kiosk window."""
    key, modifiers = event.key(), event.modifiers()
    if key in (Qt.Key.Key_Escape, Qt.Key.Key_F11, Qt.Key.Key_Close, Qt.Key.Key_Exit):
        return True
    if key == Qt.Key.Key_F4 and modifiers & (_ALT | _CONTROL):
        return True
    return key in (Qt.Key.Key_Q, Qt.Key.Key_W) and bool(modifiers & _CONTROL)


class KioskGuard(QObject):
    """An application-wide event filter that keeps the patient inside `window`.

    `release()` lets the window close: the staff exit and the system's stop call it first.
    """

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self._leaving = False

    def release(self) -> None:
        """From now on the window may close (the kiosk is ending)."""
        self._leaving = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """True for every event that would lead out of the kiosk (it is dropped)."""
        kind = event.type()
        if kind == QEvent.Type.Close and watched is self._window and not self._leaving:
            event.ignore()
            log.info("kiosk mode: a close request was refused")
            return True
        if kind in _KEYS and isinstance(event, QKeyEvent) and blocked_key(event):
            return True
        if kind == QEvent.Type.ContextMenu or kind in _DRAG:
            event.ignore()
            return True
        return (kind in _MOUSE and isinstance(event, QMouseEvent)
                and event.button() == Qt.MouseButton.MiddleButton)


def has_touch_screen() -> bool:
    """Whether a touch screen is among the input devices Qt knows."""
    return any(device.type() == QInputDevice.DeviceType.TouchScreen
               for device in QInputDevice.devices())


def enter_kiosk_mode(window: QWidget, hide_pointer: bool | None = None) -> KioskGuard:
    """Show `window` full screen, frameless and on top, and guard it; returns the guard.

    The pointer is hidden on a touch terminal (`hide_pointer` None: when Qt finds a touch
    screen).
    """
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    guard = KioskGuard(window)
    app.installEventFilter(guard)
    window.setWindowFlags(window.windowFlags() | Qt.WindowType.FramelessWindowHint
                          | Qt.WindowType.WindowStaysOnTopHint)
    window.setAcceptDrops(False)
    window.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
    if has_touch_screen() if hide_pointer is None else hide_pointer:
        app.setOverrideCursor(Qt.CursorShape.BlankCursor)
    window.showFullScreen()
    return guard
