"""The booth's and the portal app's screens, touched as a person touches them."""

from __future__ import annotations

from kiosk.flows.names import ScreenName as S
from kiosk.flows.reasons import Reason
from ui.i18n import Translations
from ui.texts import LANGUAGE_NAMES, LANGUAGE_PROMPTS, tr


def test_booth_registers_a_card_by_touch(booth):
    booth.click("language_ja")
    booth.wait_for(S.MENU)
    booth.click("action_apply")
    booth.wait_for(S.TERMS)
    booth.click("action_agree")
    booth.wait_for(S.PLACE_CARD)
    booth.place("sasaki-sho")
    booth.wait_for(S.PIN_ENTRY)
    booth.type_pin("2468")
    booth.wait_for(S.CONFIRM)
    booth.click("action_confirm")
    booth.wait_for(S.DONE)
    assert booth.screen.reason is Reason.REGISTERED
    assert booth.world.is_registered("sasaki-sho")
    booth.take_card()
    booth.wait_for(S.LANGUAGE)


def test_booth_says_where_to_go_with_a_face_authentication_card(booth):
    booth.click("language_ja")
    booth.click("action_apply")
    booth.click("action_agree")
    booth.wait_for(S.PLACE_CARD)
    booth.place("sato-kenta")
    booth.wait_for(S.CANNOT_SERVE)
    text = booth.window.host.text.text()
    assert "顔認証付きカードリーダー" in text and "市区町村" in text


def test_booth_card_already_inserted_is_read_when_asked_for(booth):
    booth.place("yamada-hanako")  # inserted at the language screen
    booth.click("language_ja")
    booth.click("action_apply")
    booth.click("action_agree")
    booth.wait_for(S.PIN_ENTRY)
    booth.type_pin("1234")
    booth.wait_for(S.DONE)
    assert booth.screen.reason is Reason.ALREADY_REGISTERED


def test_portal_registration_then_status(portal):
    portal.click("action_start_registration")
    portal.wait_for(S.TERMS)
    portal.click("action_agree")
    portal.wait_for(S.PIN_ENTRY)
    portal.type_pin("2468")
    portal.wait_for(S.PLACE_CARD)
    portal.place("sasaki-sho")
    portal.wait_for(S.DONE)
    assert portal.screen.reason is Reason.REGISTERED
    portal.take_card()
    portal.wait_for(S.MENU)
    portal.click("action_show_status")
    portal.wait_for(S.PLACE_CARD)
    portal.place("sasaki-sho")
    portal.wait_for(S.STATUS)
    assert portal.screen.details["registered"] is True
    assert portal.window.size().width() < 500  # phone-sized


def test_booth_asks_for_the_language_in_every_language(booth):
    booth.wait_for(S.LANGUAGE)
    prompts = booth.window.host.languages.prompts
    shown = {code for code, label in prompts.items() if label.isVisible()}
    assert shown == set(LANGUAGE_NAMES) - {"ja"}  # the title asks in Japanese
    assert booth.window.host.title.text() == LANGUAGE_PROMPTS["ja"]


def test_each_language_prompt_is_that_languages_translation_of_the_title(qapp):
    translations = Translations()
    try:
        for code, prompt in LANGUAGE_PROMPTS.items():
            translations.switch(code)
            assert tr("言語を選んでください") == prompt, code
    finally:
        translations.switch("ja")
