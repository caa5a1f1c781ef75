"""Where emulator mode puts its windows: the kiosk at the top left, the QA panel beside it,
both within the screen's available area (a 1920×1080 desktop holds the reception kiosk's
1024×768 and the panel side by side)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QWidget

# What a window manager may add round a window (borders, title bar): an allowance, since
# the real frame is known only once the window is shown.
FRAME = (16, 40)
GAP = 8
PANEL_MIN_WIDTH = 600  # the panel's controls stacked in one column
PANEL_MAX_WIDTH = 1100  # beside the phone: room enough for cards and camera side by side


@dataclass(frozen=True)
class Rect:
    """A rectangle in screen pixels; `right` and `bottom` are one past its last pixel."""

    x: int
    y: int
    width: int
    height: int

    @property
    def right(self) -> int:
        """One past the last column."""
        return self.x + self.width

    @property
    def bottom(self) -> int:
        """One past the last row."""
        return self.y + self.height

    def contains(self, other: Rect) -> bool:
        """Whether `other` lies wholly inside this rectangle."""
        return (self.x <= other.x and self.y <= other.y and other.right <= self.right
                and other.bottom <= self.bottom)


@dataclass(frozen=True)
class Placement:
    """The outer frames of the kiosk window and the QA panel."""

    kiosk: Rect
    panel: Rect


def place(available: Rect, kiosk: tuple[int, int],
          frame: tuple[int, int] = FRAME) -> Placement:
    """The kiosk (client size `kiosk`) at the top left, the panel on the rest of the width
    and the whole height; on a screen too narrow for both the panel keeps its least width at
    the right edge, over the kiosk's side, rather than run off the screen."""
    kiosk_frame = Rect(available.x, available.y, kiosk[0] + frame[0], kiosk[1] + frame[1])
    left = kiosk_frame.right + GAP
    width = min(PANEL_MAX_WIDTH, available.right - left)
    if width < PANEL_MIN_WIDTH:
        width = min(PANEL_MIN_WIDTH, available.width)
        left = available.right - width
    return Placement(kiosk_frame, Rect(left, available.y, width, available.height))


def arrange(kiosk: QWidget, panel: QWidget, available: Rect | None = None,
            frame: tuple[int, int] = FRAME) -> Placement:
    """Move and size the two windows within `available` (by default the kiosk window's
    screen, less the task bars); the placement used."""
    if available is None:
        area = kiosk.screen().availableGeometry()
        available = Rect(area.x(), area.y(), area.width(), area.height())
    placement = place(available, (kiosk.width(), kiosk.height()), frame)
    # move() places a window's frame; resize() sizes what is inside it.
    kiosk.move(placement.kiosk.x, placement.kiosk.y)
    panel.move(placement.panel.x, placement.panel.y)
    panel.resize(placement.panel.width - frame[0], placement.panel.height - frame[1])
    return placement
