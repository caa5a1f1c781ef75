"""The staff screen read at a glance on a desk screen: every column of the list without a
horizontal scroll bar, status colours, the newest reception marked, and a window that opens
beside the kiosk rather than on top of it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtGui import QFont, QFontMetrics

from kiosk.eligibility.service import Terminal
from ui.application import application
from ui.kiosk_window import KioskWindow
from ui.screenshots import settle
from ui.staff import tones
from ui.staff.columns import COLUMNS, index_of
from ui.staff.reception_table import TONE_COLOURS, UNSEEN
from ui.staff_screenshot import CLINIC, demo_arrival, demo_sessions
from ui.staff_window import StaffWindow

ESSENTIAL = ("at", "name", "kana", "method", "validity", "outcome")


@pytest.fixture
def staff(world, qtbot):
    """The staff screen with the demo receptions, the last one arrived while it was open."""
    demo_sessions(world)
    window = StaffWindow(Terminal("staff-desk-1", CLINIC), lambda: world.service)
    qtbot.addWidget(window)
    window.show()
    window.start()
    qtbot.waitUntil(lambda: window.table.rowCount() == 3, timeout=10_000)
    demo_arrival(world)
    qtbot.waitUntil(lambda: window.table.rowCount() == 4, timeout=10_000)
    yield window
    window.stop()


def at_size(window: StaffWindow, qtbot, width: int, height: int) -> None:
    window.resize(width, height)
    qtbot.waitUntil(lambda: window.table.viewport().width() < width
                    and window.size() == QSize(width, height), timeout=5_000)
    settle(application())  # the layouts' posted requests


def area(window: StaffWindow, widget) -> QRect:
    """Where `widget` is in the window."""
    return QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())


def text_width(window: StaffWindow, text: str) -> int:
    bold = QFont(window.table.font())
    bold.setBold(True)  # the newest row is bold: the widest a cell is drawn
    return QFontMetrics(bold).horizontalAdvance(text)


def shown_columns(window: StaffWindow) -> list[str]:
    return [c.key for i, c in enumerate(COLUMNS) if not window.table.isColumnHidden(i)]


def assert_readable(window: StaffWindow) -> None:
    """No horizontal scroll bar; headers whole; short texts whole, long ones elided only
    after as many characters as their column promises."""
    table = window.table
    assert not table.horizontalScrollBar().isVisible()
    shown = shown_columns(window)
    assert sum(table.columnWidth(index_of(k)) for k in shown) <= table.viewport().width()
    header = table.horizontalHeader()
    wide = table.fontMetrics().horizontalAdvance("あ")
    for key in shown:
        index, column = index_of(key), COLUMNS[index_of(key)]
        width = table.columnWidth(index)
        title = table.horizontalHeaderItem(index).text()
        assert header.fontMetrics().horizontalAdvance(title) + 8 <= width, title
        for row in range(table.rowCount()):
            text = table.item(row, index).text()
            needed = text_width(window, text)
            if not column.whole:
                needed = min(needed, column.at_least * wide)
            assert needed + 8 <= width, (key, text, width)


def test_every_column_reads_without_scrolling_on_a_1366_by_768_screen(staff, qtbot):
    at_size(staff, qtbot, 1366, 768)
    assert shown_columns(staff) == [column.key for column in COLUMNS]
    assert_readable(staff)
    for key in ESSENTIAL:  # never elided at this size
        index = index_of(key)
        for row in range(staff.table.rowCount()):
            text = staff.table.item(row, index).text()
            assert text_width(staff, text) + 8 <= staff.table.columnWidth(index), text


def test_every_text_is_whole_on_a_full_hd_screen(staff, qtbot):
    at_size(staff, qtbot, 1920, 1080)
    table = staff.table
    assert not table.horizontalScrollBar().isVisible()
    for index, column in enumerate(COLUMNS):
        assert not table.isColumnHidden(index)
        for row in range(table.rowCount()):
            text = table.item(row, index).text()
            assert text_width(staff, text) + 8 <= table.columnWidth(index), (column.key, text)


def test_a_window_beside_a_kiosk_keeps_the_essential_columns_and_never_scrolls(staff, qtbot):
    at_size(staff, qtbot, 890, 1000)  # what a 1920-wide screen leaves beside a kiosk
    assert set(ESSENTIAL) <= set(shown_columns(staff))
    assert "terminal" not in shown_columns(staff)  # the least needed goes first
    assert_readable(staff)
    # The grant control goes below the detail, not beside it.
    assert area(staff, staff.grants).top() > area(staff, staff.detail).bottom()
    at_size(staff, qtbot, 1366, 768)
    assert area(staff, staff.grants).left() > area(staff, staff.detail).right()


def test_the_selected_reception_shows_whole_below_the_list(staff, qtbot):
    at_size(staff, qtbot, 1366, 768)
    staff.table.selectRow(1)
    settle(application())
    detail = staff.detail
    assert area(staff, detail).top() > area(staff, staff.table).bottom()
    assert not detail.verticalScrollBar().isVisible()  # every field at once
    assert detail.value("name") == "鈴木 一郎" and detail.value("loss_reason") == "—"


def test_valid_and_invalid_insurance_and_results_have_their_colours(staff, qtbot):
    table = staff.table
    validity, outcome = index_of("validity"), index_of("outcome")
    by_validity = {table.item(row, validity).text(): table.item(row, validity)
                   for row in range(table.rowCount())}
    good, bad = TONE_COLOURS[tones.GOOD], TONE_COLOURS[tones.BAD]
    assert by_validity["資格有効"].foreground().color().name() == good[0]
    assert by_validity["資格有効"].background().color().name() == good[1]
    assert by_validity["資格無効"].foreground().color().name() == bad[0]
    refused = next(row for row in range(table.rowCount())
                   if table.item(row, outcome).text() == "証明書エラー")
    assert table.item(refused, outcome).background().color().name() == bad[1]
    table.selectRow(0)  # the person whose insurance has ended
    assert staff.detail.tone("validity") == tones.BAD
    assert staff.detail.tone("outcome") == tones.GOOD


def test_the_newest_reception_stands_out_until_staff_look_at_it(staff, qtbot):
    table = staff.table
    name = index_of("name")
    assert table.item(0, name).text() == "吉田 拓也"  # the one that arrived: on top
    assert table.item(0, name).font().bold()
    assert table.is_unseen(0) and not table.is_unseen(1)  # the earlier ones were there
    assert table.item(0, name).background().color().name() == UNSEEN
    assert not table.item(1, name).font().bold()
    table.selectRow(0)
    assert not table.is_unseen(0)
    assert table.item(0, name).font().bold()  # still the newest
    assert table.item(0, name).background().style().name == "NoBrush"


def test_the_staff_window_opens_beside_a_kiosk_window(world, qtbot, monkeypatch):
    kiosk = KioskWindow("clinic")
    qtbot.addWidget(kiosk)
    kiosk.move(0, 0)
    kiosk.show()
    asked = {}

    def spy(size, minimum, screens, keep_clear):
        asked.update(keep_clear=list(keep_clear), minimum=minimum)
        return QRect(kiosk.frameGeometry().right() + 1, 0, minimum.width(), minimum.height())

    monkeypatch.setattr("ui.staff_window.place_beside", spy)
    window = StaffWindow(Terminal("staff-desk-1", CLINIC), lambda: world.service)
    qtbot.addWidget(window)
    window.show()
    assert asked["keep_clear"] == [kiosk.frameGeometry()]
    assert not window.frameGeometry().intersects(kiosk.frameGeometry())
    window.move(5, 5)  # staff moved it: showing it again leaves it there
    window.hide()
    window.show()
    assert window.pos().x() == 5
