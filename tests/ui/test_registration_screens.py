"""Registering a card: the booth and the clinic reader show the terms and what will be
registered before the card is registered, touched as a person touches them."""

from __future__ import annotations

from kiosk.eligibility.clock import japan_date
from kiosk.flows.names import ScreenName as S
from kiosk.flows.reasons import Reason
from tests.ui.test_clinic_screens import visible_texts


def certificate_expiry(world, persona: str):
    """The card's certificate's last day, as a Japanese calendar date."""
    return japan_date(world.certificate_of(persona).not_valid_after_utc)


def booth_to_confirmation(booth, language: str) -> None:
    """Through the booth by touch, in `language`, to its last check before registering."""
    booth.click(f"language_{language}")
    booth.click("action_apply")
    booth.click("action_agree")
    booth.wait_for(S.PLACE_CARD)
    booth.place("sasaki-sho")
    booth.wait_for(S.PIN_ENTRY)
    booth.type_pin("2468")
    booth.wait_for(S.CONFIRM)


def clinic_to_registration_terms(clinic) -> None:
    """A card not yet registered, the PIN, then 登録する on the offer."""
    clinic.place("sasaki-sho")
    clinic.wait_for(S.CHOOSE_METHOD)
    clinic.click("action_choose_pin")
    clinic.wait_for(S.PIN_ENTRY)
    clinic.type_pin("2468")
    clinic.wait_for(S.REGISTRATION_OFFER)
    clinic.click("action_accept_registration")
    clinic.wait_for(S.REGISTRATION_TERMS)


def test_booth_confirmation_shows_what_will_be_registered(booth):
    booth_to_confirmation(booth, "ja")
    expires = certificate_expiry(booth.world, "sasaki-sho")
    assert booth.screen.details["expires_on"] == expires
    shown = visible_texts(booth.window)
    assert "本人確認: 暗証番号" in shown
    assert f"電子証明書の有効期限: {expires.year}年{expires.month}月{expires.day}日" in shown
    assert not booth.world.is_registered("sasaki-sho")  # nothing yet: the person confirms
    booth.click("action_confirm")
    booth.wait_for(S.DONE)
    assert booth.world.is_registered("sasaki-sho")


def test_booth_confirmation_in_english(booth):
    booth_to_confirmation(booth, "en")
    expires = certificate_expiry(booth.world, "sasaki-sho")
    shown = visible_texts(booth.window)
    assert f"{expires:%B} {expires.day}, {expires.year}" in shown
    assert "登録" not in shown


def test_clinic_registers_only_after_the_terms_are_agreed(clinic):
    clinic_to_registration_terms(clinic)
    assert not clinic.world.is_registered("sasaki-sho")
    shown = visible_texts(clinic.window)
    assert "ICチップに診療や薬の情報は記録されません。" in shown
    assert "本人確認: 暗証番号" in shown
    assert clinic.screen.details["expires_on"] == certificate_expiry(clinic.world, "sasaki-sho")
    clinic.click("action_agree")
    clinic.wait_for(S.CONSENT)
    assert clinic.screen.details["registered_now"] is True
    assert clinic.world.is_registered("sasaki-sho")


def test_clinic_terms_declined_registers_nothing(clinic):
    clinic_to_registration_terms(clinic)
    clinic.click("action_decline_registration")
    clinic.wait_for(S.RESULT)
    assert clinic.screen.reason is Reason.NOT_REGISTERED
    assert not clinic.world.is_registered("sasaki-sho")
