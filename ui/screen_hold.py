"""Keeps a screen that must be seen for a moment (認証しました) before the next one shows.

The flow moves on at once (the certificate check overlaps the moment); screens that come
meanwhile wait here, and only the latest is shown when the moment is over.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import QObject, QTimer

from kiosk.flows.names import ScreenName
from kiosk.flows.screen import Screen

# How long each such screen stays, in seconds: long enough to read a two-word title.
HOLD_S: Mapping[ScreenName, float] = {ScreenName.FACE_MATCHED: 1.0}


class ScreenHold(QObject):
    """Passes screens to `show` (on the GUI thread), holding back those that follow a
    screen named in `holds` until its time is up."""

    def __init__(self, show: Callable[[Screen], None],
                 holds: Mapping[ScreenName, float] = HOLD_S) -> None:
        super().__init__()
        self._show = show
        self._holds = holds
        self._pending: Screen | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._release)

    @property
    def holding(self) -> bool:
        """Whether a screen is being held on display now."""
        return self._timer.isActive()

    def offer(self, screen: Screen) -> None:
        """Show `screen` now, or when the screen held has had its time."""
        if self._timer.isActive():
            self._pending = screen
            return
        self._show_now(screen)

    def _show_now(self, screen: Screen) -> None:
        self._show(screen)
        hold = self._holds.get(screen.name)
        if hold:
            self._timer.start(round(hold * 1000))

    def _release(self) -> None:
        pending, self._pending = self._pending, None
        if pending is not None:
            self._show_now(pending)
