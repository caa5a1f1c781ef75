"""Where the staff screen opens when a kiosk window is on the same desk (the emulator).

The staff screen must not cover the kiosk it watches: it takes a screen of its own when
there is one, else the largest free strip beside the kiosk. A pure function of the screens'
geometry, so that it is tested for any desk without a display.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRect, QSize


def _strips(screen: QRect, taken: QRect) -> list[QRect]:
    """The free parts of `screen` right of, left of, below and above `taken`."""
    return [
        QRect(taken.right() + 1, screen.top(), screen.right() - taken.right(),
              screen.height()),
        QRect(screen.left(), screen.top(), taken.left() - screen.left(), screen.height()),
        QRect(screen.left(), taken.bottom() + 1, screen.width(),
              screen.bottom() - taken.bottom()),
        QRect(screen.left(), screen.top(), screen.width(), taken.top() - screen.top()),
    ]


def _area(rect: QRect) -> int:
    return max(rect.width(), 0) * max(rect.height(), 0)


def place_beside(size: QSize, minimum: QSize, screens: Sequence[QRect],
                 keep_clear: Sequence[QRect]) -> QRect:
    """The frame geometry for a window of `size` (no smaller than `minimum`) on one of
    `screens` (their available geometry, the primary first) that overlaps no rectangle of
    `keep_clear`: a free screen first, else the largest free strip beside them. When no
    strip is large enough, the window keeps its minimum size at the screen's far edge, so
    it covers as little as it can."""
    if not screens:
        return QRect(0, 0, size.width(), size.height())
    free = [s for s in screens if not any(s.intersects(r) for r in keep_clear)]
    if free:
        return _inside(size, minimum, free[0], centred=True)
    strips = []  # (free strip, its screen)
    for screen in screens:
        taken = QRect()
        for rect in keep_clear:
            taken = taken.united(rect.intersected(screen))
        strips += [(strip, screen) for strip in _strips(screen, taken) if _area(strip)]
    roomy = [strip for strip, _screen in strips
             if strip.width() >= minimum.width() and strip.height() >= minimum.height()]
    if roomy:
        return _inside(size, minimum, max(roomy, key=_area), centred=False)
    if not strips:  # the screens are covered whole
        return _inside(minimum, minimum, screens[0], centred=False)
    # No strip is large enough: the minimum size, flush with the outer edge of the largest
    # strip, covers as little of the rest as a window of that size can.
    strip, screen = max(strips, key=lambda pair: _area(pair[0]))
    left = strip.left() if strip.left() == screen.left() else screen.right() + 1 - minimum.width()
    top = strip.top() if strip.top() == screen.top() else screen.bottom() + 1 - minimum.height()
    return QRect(left, top, minimum.width(), minimum.height())


def _inside(size: QSize, minimum: QSize, room: QRect, centred: bool) -> QRect:
    """`size` within `room` (shrunk to fit, never below `minimum`), centred or at its top
    left corner (beside a kiosk: next to it, not somewhere in the middle of the strip)."""
    width = max(min(size.width(), room.width()), minimum.width())
    height = max(min(size.height(), room.height()), minimum.height())
    if not centred:
        return QRect(room.left(), room.top(), width, height)
    return QRect(room.left() + (room.width() - width) // 2,
                 room.top() + (room.height() - height) // 2, width, height)
