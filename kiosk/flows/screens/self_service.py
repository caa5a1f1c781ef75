"""The booth's and the portal app's own screens: language, menu, terms, card, confirm, done."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from kiosk.flows.names import ScreenName
from kiosk.flows.screen import Screen


@dataclass(frozen=True, kw_only=True)
class Language(Screen):
    """The booth's first screen: choose a language (and take a card left in the slot)."""

    name = ScreenName.LANGUAGE
    languages: tuple[str, ...]
    take_card: bool = False


@dataclass(frozen=True, kw_only=True)
class Menu(Screen):
    """What the terminal can do: `entries` names each procedure."""

    name = ScreenName.MENU
    entries: tuple[str, ...]


@dataclass(frozen=True, kw_only=True)
class Terms(Screen):
    """The terms of use of the card as a health-insurance card."""

    name = ScreenName.TERMS


@dataclass(frozen=True, kw_only=True)
class PlaceCard(Screen):
    """Insert the card (booth) or hold it to the phone (portal: for `purpose`)."""

    name = ScreenName.PLACE_CARD
    purpose: str | None = None
    tries_left: int | None = None


@dataclass(frozen=True, kw_only=True)
class Confirm(Screen):
    """Last check before registering: what will be registered (the card's certificate, valid
    until `expires_on`), confirmed by the PIN."""

    name = ScreenName.CONFIRM
    expires_on: dt.date


@dataclass(frozen=True, kw_only=True)
class Done(Screen):
    """Registered, or already registered (`renewal_due`: the certificate is to be renewed)."""

    name = ScreenName.DONE
    renewal_due: bool = False


@dataclass(frozen=True, kw_only=True)
class CannotServe(Screen):
    """This terminal cannot help: the reason says why and where to go."""

    name = ScreenName.CANNOT_SERVE


@dataclass(frozen=True, kw_only=True)
class Status(Screen):
    """Whether the card is registered, whichever terminal registered it."""

    name = ScreenName.STATUS
    registered: bool
