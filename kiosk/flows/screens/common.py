"""Screens more than one terminal shows: standby, progress, PIN, refusals, errors."""

from __future__ import annotations

from dataclasses import dataclass

from kiosk.flows.names import ScreenName
from kiosk.flows.screen import Screen


@dataclass(frozen=True, kw_only=True)
class Standby(Screen):
    """Waiting for a card (clinic) or an applicant (photo booth); or for the last card to
    be taken while it lies on the reader."""

    name = ScreenName.STANDBY
    facility_name: str | None = None
    take_card: bool = False


@dataclass(frozen=True, kw_only=True)
class InactivityWarning(Screen):
    """Nobody touched the screen for a while: the seconds left before the reset."""

    name = ScreenName.INACTIVITY_WARNING
    seconds_left: int
    covers: ScreenName | None = None  # the screen under the warning, where it matters


@dataclass(frozen=True, kw_only=True)
class SystemError(Screen):
    """The eligibility system or a device failed."""

    name = ScreenName.SYSTEM_ERROR


@dataclass(frozen=True, kw_only=True)
class OutOfService(Screen):
    """The card reader does not answer: nothing can be done until it does."""

    name = ScreenName.OUT_OF_SERVICE


@dataclass(frozen=True, kw_only=True)
class Reading(Screen):
    """The card is being read (at the portal: for registration or for the status)."""

    name = ScreenName.READING
    purpose: str | None = None


@dataclass(frozen=True, kw_only=True)
class CardProblem(Screen):
    """The card cannot be used here; the reason says why."""

    name = ScreenName.CARD_PROBLEM


@dataclass(frozen=True, kw_only=True)
class PinEntry(Screen):
    """The 4-digit PIN pad; `tries_left` is None where the card has not been read yet."""

    name = ScreenName.PIN_ENTRY
    tries_left: int | None


@dataclass(frozen=True, kw_only=True)
class Checking(Screen):
    """The eligibility system is being asked."""

    name = ScreenName.CHECKING


@dataclass(frozen=True, kw_only=True)
class CertificateRefused(Screen):
    """The certificate cannot be used (on hold, revoked, expired...)."""

    name = ScreenName.CERTIFICATE_REFUSED
    identity: str
