"""The staff screen on the emulated world: receptions arrive, details, visual confirmation."""

from __future__ import annotations

import argparse

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from kiosk.cli.errors import CommandError
from kiosk.eligibility.service import Terminal
from kiosk.emulator.demo_home import database_url
from kiosk.flows.names import ScreenName as S
from kiosk.storage.database import DatabaseError
from kiosk.storage.models import VisualConfirmationGrant
from ui.staff.columns import COLUMNS
from ui.staff_window import StaffWindow, show_staff

CLINIC, PHARMACY = "1310000001", "1310000002"
CLINIC_PASSWORD, PHARMACY_PASSWORD = "minato-staff-2026", "sakura-staff-2026"


@pytest.fixture
def open_staff(world, qtbot):
    """Opens the staff screen of a facility on the world's database, once it is connected."""
    windows = []

    def opener(facility: str = CLINIC, factory=None, ready: bool = True) -> StaffWindow:
        window = StaffWindow(Terminal("staff-desk-1", facility),
                             factory or (lambda: world.service))
        qtbot.addWidget(window)
        windows.append(window)
        window.start()
        window.show()
        if ready:
            qtbot.waitUntil(lambda: window.settings is not None, timeout=10_000)
        return window

    yield opener
    for window in windows:
        window.stop()


def visit(world, persona: str, pin: str, reader: str = "clinic-reader-1",
          facility: str = CLINIC) -> None:
    """A whole reception at a reader, headless: PIN, consent to all, e-prescription."""
    flow = world.clinic(facility, reader)
    world.insert(persona)
    flow.card_placed()
    flow.choose_pin()
    flow.enter_pin(pin)
    if flow.screen.name == S.CONSENT:
        flow.consent_all()
    flow.choose_prescription("electronic")
    assert flow.screen.name == S.RESULT
    world.remove()
    flow.card_removed()


def waiting_for_staff(world, reader: str = "clinic-reader-1"):
    """A reader whose patient asked for staff."""
    flow = world.clinic(CLINIC, reader)
    world.insert("yamada-hanako")
    flow.card_placed()
    flow.ask_staff()
    assert flow.screen.name == S.STAFF_PASSWORD
    return flow


def cells(window: StaffWindow, row: int) -> dict[str, str]:
    """The row's cells by column key."""
    table = window.table
    return {column.key: table.item(row, index).text() for index, column in enumerate(COLUMNS)}


def keys(window: StaffWindow, row: int, *wanted: str) -> list[str]:
    """The row's cells of the columns `wanted`."""
    return [cells(window, row)[key] for key in wanted]


def grant(qtbot, window: StaffWindow, reader: str, password: str) -> str:
    """Type a reader and the password, press the button; the message once answered."""
    panel = window.grants
    panel.reader.setCurrentText("")
    qtbot.keyClicks(panel.reader.lineEdit(), reader)
    qtbot.keyClicks(panel.password, password)
    qtbot.mouseClick(panel.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.button.isEnabled(), timeout=10_000)
    assert panel.password.text() == ""  # never left on screen
    return panel.message.text()


def stored_grants(world) -> list[tuple[str, str]]:
    with world.database.session() as session:
        rows = session.scalars(select(VisualConfirmationGrant))
        return [(g.facility_code, g.terminal_id) for g in rows]


def test_a_reception_shows_in_the_list_and_in_full_when_selected(world, open_staff, qtbot):
    visit(world, "yamada-hanako", "1234")
    window = open_staff()
    qtbot.waitUntil(lambda: window.table.rowCount() == 1, timeout=10_000)
    row = cells(window, 0)
    assert row.pop("at").count(":") == 1  # month/day hour:minute; the detail has seconds
    assert list(row.values()) == [
        "山田 花子", "ヤマダ ハナコ", "暗証番号", "資格有効", "受付完了", "3割",
        "架空商事健康保険組合", "1201・3456・01", "診療・薬剤、手術、特定健診", "電子処方箋", "—",
        "clinic-reader-1"]
    assert window.detail.value("copay") is None  # nothing selected yet
    window.table.selectRow(0)
    detail = window.detail.value
    assert (detail("method"), detail("validity"), detail("name")) == (
        "暗証番号", "資格有効", "山田 花子")
    assert (detail("insurer_number"), detail("symbol"), detail("number"), detail("branch")) \
        == ("06139921", "1201", "3456", "01")
    assert (detail("copay"), detail("high_cost"), detail("elderly_copay")) == ("3割", "ウ", "—")
    assert (detail("valid_from"), detail("valid_until")) == ("2010年4月1日", "—")
    assert (detail("birth_date"), detail("sex"), detail("relationship")) == (
        "1985年4月12日", "女", "本人")
    assert window.windowTitle() == "資格確認端末 みなと内科クリニック"


def test_new_receptions_arrive_on_top_and_the_selection_stays(world, open_staff, qtbot):
    window = open_staff()
    qtbot.waitUntil(lambda: window.status.text() == "受付 0 件", timeout=10_000)
    visit(world, "yoshida-takuya", "8888")
    qtbot.waitUntil(lambda: window.table.rowCount() == 1, timeout=10_000)
    assert keys(window, 0, "validity", "warnings") == ["資格無効", "資格無効"]
    window.table.selectRow(0)
    assert window.detail.value("loss_reason") == "退職"
    assert window.detail.value("valid_until") != "—"
    visit(world, "matsumoto-kazuko", "0310", reader="clinic-reader-2")
    qtbot.waitUntil(lambda: window.table.rowCount() == 2, timeout=10_000)
    assert keys(window, 0, "terminal", "method", "name") == [
        "clinic-reader-2", "暗証番号", "松本 和子"]
    assert window.table.selected_record().terminal_id == "clinic-reader-1"
    assert window.detail.value("name") == "吉田 拓也"
    window.table.selectRow(0)
    assert (window.detail.value("copay"), window.detail.value("elderly_copay"),
            window.detail.value("high_cost")) == ("2割", "2割", "一般")
    readers = window.grants.reader
    assert [readers.itemText(i) for i in range(readers.count())] == [
        "clinic-reader-2", "clinic-reader-1"]


def test_staff_allow_visual_confirmation_at_the_waiting_reader(world, open_staff, qtbot):
    reader = waiting_for_staff(world)
    window = open_staff()
    message = grant(qtbot, window, "clinic-reader-1", "not-the-password")
    assert message == "パスワードが違います。許可していません。"
    assert window.grants.message.property("alert") is True
    assert stored_grants(world) == []
    reader.tick()
    assert reader.screen.name == S.STAFF_PASSWORD

    message = grant(qtbot, window, "clinic-reader-1", CLINIC_PASSWORD)
    assert message == "読み取り端末「clinic-reader-1」で目視確認を許可しました（5分間有効）。"
    assert stored_grants(world) == [(CLINIC, "clinic-reader-1")]
    reader.tick()
    assert reader.screen.name == S.CONSENT
    reader.consent_all()
    reader.choose_prescription("paper")
    qtbot.waitUntil(lambda: window.table.rowCount() == 1, timeout=10_000)
    assert keys(window, 0, "terminal", "method", "name", "prescription") == [
        "clinic-reader-1", "目視確認", "山田 花子", "紙の処方箋"]


def test_a_pharmacy_without_visual_confirmation_stores_no_grant(world, open_staff, qtbot):
    window = open_staff(PHARMACY)
    message = grant(qtbot, window, "pharmacy-reader-1", PHARMACY_PASSWORD)
    assert message == "この施設では目視確認を行っていません（施設の設定）。許可していません。"
    assert stored_grants(world) == []


def test_a_grant_needs_a_reader_and_a_password(world, open_staff, qtbot):
    window = open_staff()
    panel = window.grants
    qtbot.keyClicks(panel.password, CLINIC_PASSWORD)
    qtbot.mouseClick(panel.button, Qt.MouseButton.LeftButton)
    assert panel.message.text() == "読み取り端末を選ぶか、入力してください。"
    assert panel.password.text() == ""
    qtbot.keyClicks(panel.reader.lineEdit(), "clinic-reader-1")
    qtbot.mouseClick(panel.button, Qt.MouseButton.LeftButton)
    assert panel.message.text() == "施設のパスワードを入力してください。"
    too_long = "r" * 51
    assert grant(qtbot, window, too_long, CLINIC_PASSWORD) == \
        "読み取り端末の名前が正しくありません（50文字まで）。"
    assert stored_grants(world) == []


def test_a_database_failure_is_shown_and_polling_goes_on(world, open_staff, qtbot,
                                                         monkeypatch):
    def unavailable(*args, **kwargs):
        raise DatabaseError("the eligibility database cannot be reached; nothing was written")

    monkeypatch.setattr(world.service, "receptions", unavailable)
    window = open_staff()
    qtbot.waitUntil(lambda: "再試行しています" in window.status.text(), timeout=10_000)
    assert window.status.property("alert") is True
    monkeypatch.undo()
    visit(world, "yamada-hanako", "1234")
    qtbot.waitUntil(lambda: window.table.rowCount() == 1, timeout=10_000)
    assert window.status.text() == "受付 1 件"


def test_an_unknown_facility_is_said_on_screen(world, open_staff, qtbot):
    window = open_staff("9999999999", ready=False)
    qtbot.waitUntil(lambda: "接続できません" in window.status.text(), timeout=10_000)
    assert "9999999999" in window.status.text()
    assert not window.grants.isEnabled()


def test_the_staff_command_needs_a_facility_and_opens_the_window(world, qtbot):
    args = argparse.Namespace(facility=None, database=None, terminal_id=None, windowed=True)
    with pytest.raises(CommandError, match="--facility"):
        show_staff(args)
    args = argparse.Namespace(facility=CLINIC, database=database_url(world.home),
                              terminal_id="staff-desk-2", windowed=True)
    window = show_staff(args)
    qtbot.addWidget(window)
    try:
        qtbot.waitUntil(lambda: window.settings is not None, timeout=20_000)
        assert window.isVisible()
        assert window.terminal == Terminal("staff-desk-2", CLINIC)
        assert window.settings.name == "みなと内科クリニック"
    finally:
        window.stop()
