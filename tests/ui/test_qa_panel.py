"""The QA panel beside the emulated kiosk, clicked as a QA engineer clicks it."""

from __future__ import annotations

import pytest
from cryptography.hazmat.primitives.serialization import Encoding
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractButton, QCheckBox, QRadioButton, QWidget

from kiosk.cli.scenario_commands import shipped_scenarios
from kiosk.eligibility.service import Terminal
from kiosk.flows.names import ScreenName as S
from kiosk.flows.reasons import Reason
from tests.ui.conftest import CLINIC
from ui.qa.placement import FRAME, Rect, arrange
from ui.qa_panel import QaPanel
from ui.staff_window import StaffWindow


@pytest.fixture
def panel(clinic, template, qtbot):
    """The panel for the clinic terminal of the `clinic` fixture, shown."""
    made = QaPanel(clinic.world, clinic.app, CLINIC, scenario_template=template)
    qtbot.addWidget(made)
    made.show()
    qtbot.waitUntil(lambda: made.idle)  # the facility settings are loaded
    yield made
    made.close()


def _widget(panel: QaPanel, name: str) -> QWidget:
    widget = panel.findChild(QWidget, name)
    assert widget is not None, f"no control named {name}"
    # Bring its tab to the front, as a person would before clicking.
    for index in range(panel.tabs.count()):
        if panel.tabs.widget(index).isAncestorOf(widget):
            panel.tabs.setCurrentIndex(index)
    return widget


def click(panel: QaPanel, qtbot, name: str, wait: bool = True) -> None:
    """Click the control `name`; then wait until the panel's background work is done."""
    button = _widget(panel, name)
    assert isinstance(button, QAbstractButton) and button.isEnabled()
    # A check box or radio button takes clicks on its box and label, not on empty space.
    pos = QPoint(8, button.height() // 2) if isinstance(button, QCheckBox | QRadioButton) \
        else button.rect().center()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=pos)
    if wait:
        qtbot.waitUntil(lambda: panel.idle, timeout=20_000)


def select(panel: QaPanel, qtbot, card: str) -> None:
    """Click the card's line in the list of personas and cards."""
    cards = panel.cards.cards
    _widget(panel, "qa_cards")
    item = next(cards.item(row) for row in range(cards.count())
                if panel.cards.cards.item(row).data(Qt.ItemDataRole.UserRole) == card)
    cards.scrollToItem(item)
    qtbot.mouseClick(cards.viewport(), Qt.MouseButton.LeftButton,
                     pos=cards.visualItemRect(item).center())
    assert panel.cards.selected == card


def _line(panel: QaPanel, card: str) -> str:
    cards = panel.cards.cards
    return next(cards.item(row).text() for row in range(cards.count())
                if cards.item(row).data(Qt.ItemDataRole.UserRole) == card)


def _states_read(panel: QaPanel, qtbot) -> None:
    qtbot.waitUntil(lambda: "確認中" not in _line(panel, "sasaki-sho") and panel.personas.idle,
                    timeout=20_000)


def test_the_list_shows_every_card_with_its_persona_state_in_japanese(panel, qtbot):
    _states_read(panel, qtbot)
    texts = [panel.cards.cards.item(row).text() for row in range(panel.cards.cards.count())]
    assert len(texts) == len(panel.world.card_names())
    assert "利用登録済み" in _line(panel, "yamada-hanako")
    assert "利用登録なし" in _line(panel, "sasaki-sho")
    assert "暗証番号ロック中" in _line(panel, "suzuki-ichiro")
    assert "一時利用停止中" in _line(panel, "watanabe-miho")
    assert "ICチップ破損" in _line(panel, "ito-sakura")
    assert not any(word in "".join(texts) for word in ("registered", "locked", "on hold"))


def test_a_persona_label_follows_a_registration_done_through_the_service(panel, qtbot):
    _states_read(panel, qtbot)
    before = _line(panel, "sasaki-sho")
    der = panel.world.certificate_of("sasaki-sho").public_bytes(Encoding.DER)
    panel.world.service.register(der, Terminal("booth-1"))
    panel.personas.refresh()  # as after the booth's screens change
    qtbot.waitUntil(lambda: "利用登録済み" in _line(panel, "sasaki-sho"), timeout=20_000)
    assert "利用登録なし" in before and "利用登録なし" not in _line(panel, "sasaki-sho")


def test_a_persona_label_follows_a_pin_locked_at_the_terminal(panel, clinic, qtbot):
    _states_read(panel, qtbot)
    assert "暗証番号" not in _line(panel, "yamada-hanako")
    select(panel, qtbot, "yamada-hanako")
    click(panel, qtbot, "card_insert")
    clinic.wait_for(S.CHOOSE_METHOD)
    _lock_the_pin(clinic)  # nothing asks the panel: the terminal's screens are followed
    qtbot.waitUntil(lambda: "暗証番号ロック中" in _line(panel, "yamada-hanako"),
                    timeout=20_000)
    click(panel, qtbot, "card_remove")
    click(panel, qtbot, "op_reset_pin")
    qtbot.waitUntil(lambda: "暗証番号" not in _line(panel, "yamada-hanako"), timeout=20_000)


@pytest.mark.parametrize("screen", [Rect(0, 0, 1920, 1080), Rect(0, 0, 1920, 1040),
                                    Rect(0, 0, 1366, 768)])
def test_the_kiosk_and_the_panel_fit_the_screen(panel, clinic, qtbot, screen):
    placement = arrange(clinic.window, panel, screen)
    kiosk_frame = Rect(placement.kiosk.x, placement.kiosk.y,
                       clinic.window.width() + FRAME[0], clinic.window.height() + FRAME[1])
    # The panel's frame: where it was put, as large as it really is (not as asked).
    panel_frame = Rect(panel.x(), panel.y(), panel.width() + FRAME[0],
                       panel.height() + FRAME[1])
    assert screen.contains(panel_frame), panel_frame
    assert panel_frame == placement.panel
    if screen.width >= 1920:
        assert screen.contains(kiosk_frame)
        assert kiosk_frame.right <= panel_frame.x  # side by side, not over each other
    # Whatever the panel holds fits its width: nothing is cut off at the right.
    content, viewport = panel.scroll_area.widget(), panel.scroll_area.viewport()
    assert content.minimumSizeHint().width() <= viewport.width()
    qtbot.waitUntil(lambda: content.width() == viewport.width())  # the layout has settled
    if screen.height < content.minimumSizeHint().height():  # a short screen: it scrolls down
        qtbot.waitUntil(lambda: panel.scroll_area.verticalScrollBar().maximum() > 0)


def test_insert_and_remove_buttons_drive_the_kiosk(panel, clinic, qtbot):
    assert clinic.screen.name == S.STANDBY
    select(panel, qtbot, "yamada-hanako")
    click(panel, qtbot, "card_insert")
    clinic.wait_for(S.CHOOSE_METHOD)
    assert "山田 花子" in panel.findChild(QWidget, "qa_reader").text()
    click(panel, qtbot, "card_remove")
    clinic.wait_for(S.STANDBY)
    assert clinic.screen.reason is Reason.CARD_REMOVED
    assert panel.world.slot.card is None
    assert panel.status.text() == "カードを取りました"


def test_swap_takes_the_card_off_and_places_the_chosen_one(panel, clinic, qtbot):
    shown = []
    clinic.app.worker.screen.connect(lambda screen: shown.append(screen.name))
    select(panel, qtbot, "yamada-hanako")
    click(panel, qtbot, "card_insert")
    clinic.wait_for(S.CHOOSE_METHOD)
    select(panel, qtbot, "transit-card")
    click(panel, qtbot, "card_swap")
    clinic.wait_for(S.CARD_PROBLEM)
    assert clinic.screen.reason is Reason.NOT_MY_NUMBER_CARD
    assert S.STANDBY in shown[shown.index(S.CHOOSE_METHOD):]  # the terminal saw it go


def test_a_refused_operation_says_why(panel, qtbot):
    select(panel, qtbot, "insurance-card")
    click(panel, qtbot, "op_hold")
    assert panel.status.property("refused") is True
    assert "人物のカード" in panel.status.text()
    select(panel, qtbot, "yamada-hanako")
    click(panel, qtbot, "op_lift_hold")  # it is not on hold
    assert panel.status.property("refused") is True
    assert "cannot lift-hold a certificate that is active" in panel.status.text()


def test_the_camera_control_switches_the_feed(panel, qtbot, monkeypatch):
    camera = panel.world.camera
    click(panel, qtbot, "camera_printed")
    assert camera.feed == "printed"
    other = panel.findChild(QWidget, "camera_other_persona")
    other.setCurrentIndex(other.findData("sasaki-sho"))
    click(panel, qtbot, "camera_other")
    assert camera.feed == "other:sasaki-sho"
    other.setCurrentIndex(other.findData("kato-makoto"))  # changing the person applies too
    assert camera.feed == "other:kato-makoto"
    for kind in ("nobody", "dark", "two", "none", "holder"):
        click(panel, qtbot, f"camera_{kind}")
        assert camera.feed == kind
    monkeypatch.setattr("ui.qa.camera.QFileDialog.getOpenFileName",
                        lambda *args, **kwargs: ("/videos/visitor.mp4", ""))
    click(panel, qtbot, "camera_video")
    assert camera.feed == "video:/videos/visitor.mp4"
    assert "カメラ: 動画ファイル" in panel.status.text()


def test_the_video_feed_stays_off_when_no_file_is_chosen(panel, qtbot, monkeypatch):
    monkeypatch.setattr("ui.qa.camera.QFileDialog.getOpenFileName",
                        lambda *args, **kwargs: ("", ""))
    click(panel, qtbot, "camera_video")
    assert panel.world.camera.feed == "holder"
    assert panel.findChild(QWidget, "camera_holder").isChecked()


def _lock_the_pin(clinic) -> None:
    clinic.click("action_choose_pin")
    clinic.wait_for(S.PIN_ENTRY)
    for tries_left in (2, 1):
        clinic.type_pin("9999")
        clinic.qtbot.waitUntil(lambda left=tries_left: clinic.screen.details.get("tries_left")
                               == left)
    clinic.type_pin("9999")
    clinic.wait_for(S.PIN_LOCKED)


def test_the_municipal_office_resets_a_locked_pin(panel, clinic, qtbot):
    select(panel, qtbot, "yamada-hanako")
    click(panel, qtbot, "card_insert")
    clinic.wait_for(S.CHOOSE_METHOD)
    _lock_the_pin(clinic)
    assert clinic.screen.reason is Reason.PIN_JUST_LOCKED
    click(panel, qtbot, "op_reset_pin")  # the office needs the card in hand
    assert panel.status.property("refused") is True
    click(panel, qtbot, "card_remove")
    clinic.wait_for(S.STANDBY)
    assert panel.world.pin_tries_left("yamada-hanako") == 0
    click(panel, qtbot, "op_reset_pin")
    assert panel.status.text() == "暗証番号のロックを解除しました（残り 3 回）"
    assert panel.world.pin_tries_left("yamada-hanako") == 3
    click(panel, qtbot, "card_insert")
    clinic.wait_for(S.CHOOSE_METHOD)
    assert clinic.screen.details["tries_left"] == 3
    assert "pin" in clinic.screen.details["methods"]


def test_a_hold_refuses_the_next_session_and_lifting_it_restores_it(panel, clinic, qtbot):
    select(panel, qtbot, "yamada-hanako")
    click(panel, qtbot, "op_hold")
    assert panel.status.text() == "一時利用停止しました（on_hold）"
    click(panel, qtbot, "card_insert")
    clinic.wait_for(S.CHOOSE_METHOD)
    clinic.click("action_choose_pin")
    clinic.wait_for(S.PIN_ENTRY)
    clinic.type_pin("1234")
    clinic.wait_for(S.CERTIFICATE_REFUSED)
    assert clinic.screen.reason is Reason.CERTIFICATE_ON_HOLD
    click(panel, qtbot, "card_remove")
    clinic.wait_for(S.STANDBY)
    click(panel, qtbot, "op_lift_hold")
    assert panel.status.text() == "一時利用停止を解除しました（active）"
    click(panel, qtbot, "card_insert")
    clinic.wait_for(S.CHOOSE_METHOD)
    clinic.click("action_choose_pin")
    clinic.wait_for(S.PIN_ENTRY)
    clinic.type_pin("1234")
    clinic.wait_for(S.CONSENT)


def test_a_new_insurer_filed_from_the_panel_makes_the_job_changer_valid(panel, clinic, qtbot):
    select(panel, qtbot, "yoshida-takuya")
    click(panel, qtbot, "op_change_insurer")
    assert panel.status.property("refused") is False, panel.status.text()
    click(panel, qtbot, "card_insert")
    clinic.wait_for(S.CHOOSE_METHOD)
    clinic.click("action_choose_pin")
    clinic.wait_for(S.PIN_ENTRY)
    clinic.type_pin("8888")
    clinic.wait_for(S.CONSENT)
    clinic.click("action_consent_all")
    clinic.wait_for(S.PRESCRIPTION)
    clinic.click("action_choose_prescription_paper")
    clinic.wait_for(S.RESULT)
    assert clinic.screen.reason is Reason.VALID


def _pin_session_to_the_end(clinic, card: str = "yamada-hanako") -> list[str]:
    """A PIN session with everything consented; the screens it showed."""
    shown: list[str] = []
    clinic.app.worker.screen.connect(lambda screen: shown.append(screen.name))
    clinic.world.insert(card)
    clinic.wait_for(S.CHOOSE_METHOD)
    clinic.click("action_choose_pin")
    clinic.wait_for(S.PIN_ENTRY)
    clinic.type_pin("1234")
    clinic.wait_for(S.CONSENT)
    clinic.click("action_consent_all")
    clinic.qtbot.waitUntil(lambda: clinic.screen.name in (S.PRESCRIPTION, S.RESULT))
    if clinic.screen.name == S.PRESCRIPTION:
        clinic.click("action_choose_prescription_electronic")
    clinic.wait_for(S.RESULT)
    clinic.world.remove()
    clinic.wait_for(S.STANDBY)
    clinic.app.worker.screen.disconnect()
    return shown


def test_settings_are_read_and_saved_and_apply_from_the_next_session(panel, clinic, qtbot):
    box = panel.settings
    assert box is not None
    assert box.prescriptions.isChecked() and box.face_retries.value() == 1
    clinic.world.insert("yamada-hanako")  # a session under way keeps its settings
    clinic.wait_for(S.CHOOSE_METHOD)
    click(panel, qtbot, "settings_eprescriptions")
    click(panel, qtbot, "settings_consent_surgery")
    box.timeout.setValue(120)
    click(panel, qtbot, "settings_save")
    saved = clinic.world.service.facility_settings(CLINIC)
    assert not saved.electronic_prescriptions
    assert saved.consent_categories == ("medical", "checkup")
    assert saved.inactivity_timeout_s == 120
    qtbot.waitUntil(lambda: "受付の途中" in box.state.text())
    assert clinic.app.worker.flow.settings.electronic_prescriptions  # not mid-session
    clinic.world.remove()
    clinic.wait_for(S.STANDBY)
    qtbot.waitUntil(lambda: box.pending is None)
    assert "反映しました" in box.state.text()
    flow = clinic.app.worker.flow
    assert flow.settings == saved
    assert flow._timer.timeout_s == 120
    shown = _pin_session_to_the_end(clinic)
    assert S.PRESCRIPTION not in shown
    record = clinic.world.service.receptions(CLINIC)[0]
    assert set(record.consents) == {"medical", "checkup"}


def test_settings_saved_after_a_stalled_flow_reach_the_flow_that_replaced_it(panel, clinic,
                                                                              qtbot):
    clinic.app._stalled()  # as the watchdog does when a flow input runs too long
    replacement = clinic.app.worker
    clinic.wait_for(S.STANDBY)
    click(panel, qtbot, "settings_eprescriptions")
    click(panel, qtbot, "settings_save")
    qtbot.waitUntil(lambda: panel.settings.pending is None)
    assert "反映しました" in panel.settings.state.text()
    assert replacement.flow.settings == clinic.world.service.facility_settings(CLINIC)
    assert not replacement.flow.settings.electronic_prescriptions


def test_a_refused_setting_is_shown_and_nothing_changes(panel, clinic, qtbot):
    box = panel.settings
    box.timeout.setValue(20)
    box.warning.setValue(30)  # the warning must be shorter than the timeout
    click(panel, qtbot, "settings_save")
    assert panel.status.property("refused") is True
    assert "shorter than the timeout" in panel.status.text()
    assert clinic.world.service.facility_settings(CLINIC).inactivity_timeout_s == 60


def test_a_shipped_scenario_plays_in_a_window_of_its_own_and_passes(panel, clinic, qtbot):
    box = panel.scenarios
    box.choose(shipped_scenarios() / "clinic-certificate-on_hold.toml")
    _widget(panel, "scenario_pause").setValue(0.1)
    click(panel, qtbot, "scenario_run", wait=False)
    qtbot.waitUntil(lambda: box.last_report is not None, timeout=60_000)
    assert box.last_report.passed, box.last_report
    assert "合格" in box.result.text() and "不合格" not in box.result.text()
    lines = [box.steps.item(row).text() for row in range(box.steps.count())]
    assert len(lines) >= 4 and all(line.startswith("✓") for line in lines)
    assert any("certificate_refused" in line for line in lines)
    played = [screen.name for screen in box.played]
    assert S.CERTIFICATE_REFUSED in played and played[-1] == S.STANDBY
    window = box.windows["clinic"]
    assert window.isVisible() and window is not clinic.window
    assert window.screen_shown.name == S.STANDBY
    assert "再生終了" in window.statusBar().currentMessage()
    assert clinic.screen.name == S.STANDBY  # the live kiosk was not touched
    assert clinic.world.service.receptions(CLINIC) == []


def test_a_damaged_card_file_is_refused_with_its_reason_and_the_kiosk_waits(panel, clinic,
                                                                          qtbot):
    card_file = panel.world.card_file("yamada-hanako")
    card_file.write_bytes(card_file.read_bytes()[:200])  # cut short, as by a full disk
    select(panel, qtbot, "yamada-hanako")
    click(panel, qtbot, "card_insert")
    qtbot.waitUntil(lambda: panel.status.property("refused") is True, timeout=10_000)
    assert "damaged or truncated" in panel.status.text()
    assert panel.world.slot.card is None
    assert clinic.screen.name == S.STANDBY
    select(panel, qtbot, "suzuki-ichiro")  # the next card is served as usual
    click(panel, qtbot, "card_insert")
    clinic.wait_for(S.CHOOSE_METHOD)


def test_a_broken_scenario_file_fails_with_its_reason(panel, qtbot, tmp_path):
    broken = tmp_path / "broken.toml"
    broken.write_text('terminal = "clinic"\n[[step]]\ndo = \n')
    panel.scenarios.choose(broken)
    click(panel, qtbot, "scenario_run", wait=False)
    qtbot.waitUntil(lambda: panel.scenarios.last_report is not None, timeout=30_000)
    assert not panel.scenarios.last_report.passed
    assert "不合格" in panel.scenarios.result.text()
    assert panel.status.property("refused") is True


def test_the_staff_screen_opens_on_the_same_eligibility_system(panel, clinic, qtbot):
    click(panel, qtbot, "staff_open")
    window = panel.staff_window
    assert isinstance(window, StaffWindow) and window.isVisible()
    qtbot.waitUntil(lambda: CLINIC in window.heading.text(), timeout=10_000)


def test_unplugging_the_reader_puts_the_kiosk_out_of_service_and_back(panel, clinic, qtbot):
    click(panel, qtbot, "reader_unplug")
    clinic.wait_for(S.OUT_OF_SERVICE, timeout=10_000)
    assert panel.status.text() == "リーダーを外しました"
    click(panel, qtbot, "reader_unplug")
    clinic.wait_for(S.STANDBY, timeout=10_000)
    assert panel.status.text() == "リーダーを接続しました"
