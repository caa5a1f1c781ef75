"""Issuing test cards once per session (RSA keys are slow) and handing out fresh copies."""

from __future__ import annotations

import copy
import datetime as dt

from hw.vcard.authority import TestAuthority
from hw.vcard.holder import ChosenPins, Holder
from hw.vcard.issuer import IssuedCard, issue_card
from hw.vcard.model import CardKind
from kiosk import paths

ISSUED_ON = dt.date(2026, 11, 24)
AUTH_PIN = "1234"
CARD_INFO_PIN = "5678"
SIGNATURE_PASSWORD = "ABC123"
MY_NUMBER = "123456789018"


def holder(**changes) -> Holder:
    """A standard test holder; keyword arguments replace fields."""
    fields = dict(
        family_name="山田", given_name="花子", family_kana="ヤマダ", given_kana="ハナコ",
        birth_date=dt.date(1985, 4, 12), sex="2", address="東京都千代田区霞が関一丁目2番2号",
        photo=paths.assets_dir() / "faces/london/030/neutral.jpg",
    )
    return Holder(**(fields | changes))


def standard_pins() -> ChosenPins:
    """PINs of the standard test card."""
    return ChosenPins(AUTH_PIN, CARD_INFO_PIN, SIGNATURE_PASSWORD)


class CardFactory:
    """Issues each kind of test card once and returns deep copies of it."""

    def __init__(self) -> None:
        self.authority = TestAuthority.create()
        self._issued: dict[str, IssuedCard] = {}

    def issued(self, kind: str = "standard") -> IssuedCard:
        """A fresh copy of the issued card of `kind`: standard, face-auth, child."""
        if kind not in self._issued:
            self._issued[kind] = self._issue(kind)
        return copy.deepcopy(self._issued[kind])

    def _issue(self, kind: str) -> IssuedCard:
        font = paths.font_path()
        if kind == "standard":
            return issue_card(holder(), standard_pins(), self.authority, font,
                              issued_on=ISSUED_ON, my_number=MY_NUMBER)
        if kind == "face-auth":
            return issue_card(holder(), ChosenPins(), self.authority, font,
                              kind=CardKind.FACE_AUTHENTICATION, issued_on=ISSUED_ON)
        if kind == "child":
            child = holder(given_name="陽翔", birth_date=dt.date(2016, 6, 15), sex="1")
            return issue_card(child, ChosenPins(AUTH_PIN, CARD_INFO_PIN), self.authority, font,
                              issued_on=ISSUED_ON)
        raise ValueError(kind)

