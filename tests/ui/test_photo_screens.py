"""The photo booth's screens, touched as an applicant touches them (emulated camera)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel, QPushButton
from sqlalchemy import select

from kiosk.flows import inputs as ev
from kiosk.flows.base import FAREWELL_S
from kiosk.flows.names import ScreenName as S
from kiosk.flows.reasons import Reason
from kiosk.storage.models import PhotoApplication
from tests.ui.conftest import start_terminal
from ui.presenters.photo import PRESENTERS as PHOTO_PRESENTERS
from ui.presenters.photo import check_text
from ui.sample_screens import samples

APPLICATION_ID = "12345678901234567890123"


@pytest.fixture
def photo(world, qtbot):
    """A photo booth at standby; yamada-hanako sits in front of its camera."""
    terminal = start_terminal("photo", world, qtbot, world.photo_booth)
    terminal.wait_for(S.STANDBY)
    yield terminal
    terminal.app.stop()


def visible_texts(window) -> str:
    widgets = [*window.findChildren(QLabel), *window.findChildren(QPushButton)]
    return "\n".join(w.text() for w in widgets if w.isVisible())


def type_keys(terminal, prefix: str, text: str) -> None:
    for character in text:
        name = character if prefix == "id_key_" else f"{ord(character):x}"
        terminal.click(f"{prefix}{name}")


def stored(world) -> list[PhotoApplication]:
    with world.database.session() as session:
        return list(session.scalars(select(PhotoApplication)))


def to_confirm(photo) -> None:
    photo.click("action_start")
    photo.wait_for(S.APPLICATION_ID)
    type_keys(photo, "id_key_", APPLICATION_ID)
    photo.click("id_ok")
    photo.wait_for(S.PHOTO_GUIDANCE)
    photo.click("action_start_preview")
    photo.wait_for(S.PHOTO_PREVIEW, timeout=30_000)
    photo.click("action_take_photo")
    photo.wait_for(S.PHOTO_CONFIRM, timeout=60_000)


def test_an_application_by_touch_from_the_id_to_the_receipt(photo):
    host = photo.window.host
    frames = []
    photo.app._relay.frame.connect(frames.append)
    assert "申請をはじめる" in visible_texts(photo.window)
    photo.click("action_start")
    photo.wait_for(S.APPLICATION_ID)
    type_keys(photo, "id_key_", APPLICATION_ID)
    assert host.application_id.count.text() == "23 / 23 桁"
    photo.click("id_ok")
    photo.wait_for(S.PHOTO_GUIDANCE)
    texts = visible_texts(photo.window)
    assert "申請書ID: 1234 5678 9012 3456 7890 123" in texts
    assert "帽子の有無" in texts  # what the booth does not check is said

    photo.click("action_start_preview")
    photo.wait_for(S.PHOTO_PREVIEW, timeout=30_000)
    assert host.special.currentWidget() is host.camera
    first = len(frames)
    photo.qtbot.waitUntil(lambda: len(frames) > first + 10, timeout=10_000)  # live, on ticks
    photo.click("action_take_photo")
    photo.wait_for(S.PHOTO_CONFIRM, timeout=60_000)
    assert host.special.currentWidget() is host.camera  # the photo taken stays in view
    assert host.camera.has_frame

    photo.click("action_accept_photo")
    photo.wait_for(S.EMAIL_ENTRY)
    type_keys(photo, "email_key_", "hanako@example")
    photo.click("email_ok")
    photo.qtbot.waitUntil(lambda: photo.screen.reason is Reason.EMAIL_INVALID)
    assert "「@」の後ろ（ドメイン）が正しくありません。" in visible_texts(photo.window)
    assert host.email.edit.text() == "hanako@example"  # kept for correcting
    type_keys(photo, "email_key_", ".jp")
    photo.click("email_ok")
    photo.wait_for(S.APPLICATION_CONFIRM)
    assert "メールアドレス: hanako@example.jp" in visible_texts(photo.window)
    assert stored(photo.world) == []

    photo.click("action_submit")
    photo.wait_for(S.RECEIPT)
    [application] = stored(photo.world)
    number = photo.screen.details["receipt_number"]
    assert application.receipt_number == number.replace("-", "")
    assert f"受付番号: {number}" in visible_texts(photo.window)
    assert application.photo.startswith(b"\xff\xd8\xff")
    photo.click("action_finish")
    photo.wait_for(S.STANDBY)
    assert number not in visible_texts(photo.window)  # shown once
    assert photo.app.worker.flow.personal_data_held() == []


def test_a_wrong_id_is_explained_and_kept_for_correcting(photo):
    host = photo.window.host
    photo.click("action_start")
    photo.wait_for(S.APPLICATION_ID)
    type_keys(photo, "id_key_", "123456")
    photo.click("id_backspace")
    photo.click("id_ok")
    photo.qtbot.waitUntil(lambda: photo.screen.reason is Reason.APPLICATION_ID_LENGTH)
    assert "申請書IDは数字23桁です（入力は 5 桁）。" in visible_texts(photo.window)
    assert host.application_id.edit.text() == "12345"
    host.application_id.type_text("67890123456789O123")  # a letter O typed on a keyboard
    photo.click("id_ok")
    photo.qtbot.waitUntil(lambda: photo.screen.reason is Reason.APPLICATION_ID_CHARACTERS)
    assert "20 文字目が数字ではありません" in visible_texts(photo.window)


def test_a_dark_photo_is_refused_with_its_reason_then_retaken(photo):
    photo.world.camera.choose("dark")
    photo.click("action_start")
    photo.wait_for(S.APPLICATION_ID)
    type_keys(photo, "id_key_", APPLICATION_ID)
    photo.click("id_ok")
    photo.click("action_start_preview")
    photo.wait_for(S.PHOTO_PREVIEW, timeout=30_000)
    photo.click("action_take_photo")
    photo.wait_for(S.PHOTO_FAILED, timeout=60_000)
    texts = visible_texts(photo.window)
    assert "この写真は申請に使えません" in texts
    assert "明るさが適切ではありません（暗すぎるか、明るすぎます）。" in texts
    photo.world.camera.choose("holder")
    photo.click("action_retake")
    photo.wait_for(S.PHOTO_PREVIEW, timeout=30_000)
    photo.click("action_take_photo")
    photo.wait_for(S.PHOTO_CONFIRM, timeout=60_000)


def test_cancel_by_touch_keeps_nothing(photo):
    to_confirm(photo)
    assert photo.app.worker.flow.personal_data_held()
    photo.click("action_cancel")
    photo.wait_for(S.STANDBY)
    assert photo.screen.reason is Reason.CANCELLED
    assert "受付を中止しました。" in visible_texts(photo.window)
    assert photo.app.worker.flow.personal_data_held() == []
    assert stored(photo.world) == []
    assert photo.window.host.special.currentWidget() is not photo.window.host.camera


def test_the_warning_keeps_the_photo_in_view_and_the_timeout_keeps_nothing(photo):
    host = photo.window.host
    to_confirm(photo)
    photo.world.clock.advance(80)  # 90 s of inactivity reset the booth, warned 15 s before
    photo.wait_for(S.INACTIVITY_WARNING, timeout=5000)
    assert host.special.currentWidget() is host.camera
    photo.click("action_touch")
    photo.wait_for(S.PHOTO_CONFIRM)
    photo.world.clock.advance(91)
    photo.wait_for(S.STANDBY, timeout=5000)
    assert photo.screen.reason is Reason.TIMED_OUT
    assert photo.app.worker.flow.personal_data_held() == []
    assert stored(photo.world) == []


def test_the_language_switches_on_the_photo_screens(photo):
    photo.click("action_start")
    photo.wait_for(S.APPLICATION_ID)
    photo.app.worker.call(ev.SetLanguage("en"))
    photo.qtbot.waitUntil(lambda: photo.screen.language == "en")
    assert photo.window.host.title.text() == "Application ID"
    assert photo.window.host.application_id.count.text() == "0 / 23 digits"
    # Cancelled: said in English; then the next applicant's standby, in Japanese.
    photo.click("action_cancel")
    photo.qtbot.waitUntil(lambda: photo.screen.name == S.STANDBY)
    assert photo.screen.language == "en"
    photo.world.clock.advance(FAREWELL_S)
    photo.qtbot.waitUntil(lambda: photo.window.translations.language == "ja", timeout=5000)
    assert photo.window.host.title.text() == "マイナンバーカードの申請"


def test_a_photo_failing_many_checks_names_the_first_three_and_counts_the_rest(qapp):
    failed = next(sample.screen for sample in samples("photo")
                  if sample.stem == "photo-photo_failed-photo_rejected")
    view = PHOTO_PRESENTERS[type(failed)](failed)
    named = [check_text(failure) for failure in failed.failures]
    assert len(named) > 3
    assert view.lines == (*named[:3], f"ほかに {len(named) - 3} 点の問題があります。",
                          "もう一度撮影してください。")
