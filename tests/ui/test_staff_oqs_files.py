"""The staff screen lists each OQS file as a reader writes it: time, result, name; a file
that could not be written in red with what to check; the newest always on one line, the
list where the window has the height."""

from __future__ import annotations

import re

import pytest
from PySide6.QtGui import QColor

from kiosk.eligibility.service import Terminal
from tests.ui.test_staff_layout import at_size
from tests.ui.test_staff_window import CLINIC, visit
from ui.application import application
from ui.screenshots import settle
from ui.staff import tones
from ui.staff.oqs_files_panel import FILE, RESULT, TIME
from ui.staff.reception_table import TONE_COLOURS
from ui.staff_window import StaffWindow


@pytest.fixture
def open_staff(world, qtbot):
    """Opens the clinic's staff screen on the world's database, once it is connected."""
    windows = []

    def opener() -> StaffWindow:
        window = StaffWindow(Terminal("staff-desk-1", CLINIC), lambda: world.service)
        qtbot.addWidget(window)
        windows.append(window)
        window.start()
        window.show()
        qtbot.waitUntil(lambda: window.settings is not None, timeout=10_000)
        return window

    yield opener
    for window in windows:
        window.stop()


def test_each_file_appears_as_it_is_written(world, open_staff, qtbot):
    window = open_staff()
    files = window.files
    assert files.counts() == (0, 0) and files.latest_text() == "まだありません"
    visit(world, "yamada-hanako", "1234")
    qtbot.waitUntil(lambda: files.table.rowCount() == 1, timeout=10_000)
    [path] = (world.home / "oqs" / "face").iterdir()
    assert files.table.item(0, FILE).text() == path.name
    assert files.table.item(0, RESULT).text() == "書き込み済み"
    assert re.fullmatch(r"\d\d:\d\d:\d\d", files.table.item(0, TIME).text())
    assert files.counts() == (1, 0) and path.name in files.latest_text()
    visit(world, "matsumoto-kazuko", "0310")
    qtbot.waitUntil(lambda: files.table.rowCount() == 2, timeout=10_000)
    assert files.table.item(0, FILE).font().bold() and not files.table.item(1, FILE).font().bold()
    assert files.counts_label.text() == "書き込み 2 件・失敗 0 件"


def test_a_file_not_written_is_red_with_what_to_check(world, open_staff, qtbot, tmp_path):
    world.service.update_facility_settings(CLINIC, oqs_folder=str(tmp_path / "unmounted"))
    window = open_staff()
    visit(world, "yamada-hanako", "1234")
    files = window.files
    qtbot.waitUntil(lambda: files.table.rowCount() == 1, timeout=10_000)
    result = files.table.item(0, RESULT)
    assert result.text() == "書き込み失敗"
    assert result.foreground().color() == QColor(TONE_COLOURS[tones.BAD][0])
    assert "共有フォルダ" in files.table.item(0, FILE).text()
    assert "unmounted" in files.table.item(0, FILE).toolTip()
    assert files.counts() == (0, 1) and files.counts_label.property("alert") is True
    assert files.latest.property("tone") == tones.BAD


def test_the_list_shows_where_there_is_room_and_the_newest_always(world, open_staff, qtbot):
    window = open_staff()
    visit(world, "yamada-hanako", "1234")
    qtbot.waitUntil(lambda: window.files.table.rowCount() == 1, timeout=10_000)
    at_size(window, qtbot, 1920, 1000)
    assert window.files.table.isVisible() and window.files.toggle.text() == "一覧を隠す"
    assert not window.files.table.horizontalScrollBar().isVisible()
    at_size(window, qtbot, 1366, 768)
    assert not window.files.table.isVisible() and window.files.latest.isVisible()
    assert not window.detail.verticalScrollBar().isVisible()
    shown = window.files.latest.text()
    assert window.files.latest.fontMetrics().horizontalAdvance(shown) <= \
        window.files.latest.width()
    window.files.toggle.click()
    settle(application())
    assert window.files.table.isVisible() and window.files.toggle.text() == "一覧を隠す"
    window.files.toggle.click()
    at_size(window, qtbot, 1920, 1000)
    assert not window.files.table.isVisible()  # staff hid it: it stays hidden
    assert window.files.toggle.text() == "一覧を表示"
