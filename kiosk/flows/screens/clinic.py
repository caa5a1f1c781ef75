"""The clinic reception's own screens: method, face, staff, registration, consent, result."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass

from kiosk.flows.names import ScreenName
from kiosk.flows.screen import Screen

# FaceCapture's guidance while the card's face is in view and has not blinked yet.
BLINK_GUIDANCE = "blink"


@dataclass(frozen=True, kw_only=True)
class MethodOptions(Screen):
    """The ways left to confirm identity, shared by the screens that offer them."""

    methods: tuple[str, ...]  # "face", "pin"
    visual_confirmation: bool
    face_auth_card: bool
    pin_locked: bool
    tries_left: int | None  # None: a face-authentication card has no PIN
    face_attempts_left: int


@dataclass(frozen=True, kw_only=True)
class ChooseMethod(MethodOptions):
    """Face, PIN, or staff."""

    name = ScreenName.CHOOSE_METHOD


@dataclass(frozen=True, kw_only=True)
class FaceCapture(Screen):
    """The camera preview with the current frame's guidance and the attempt's progress."""

    name = ScreenName.FACE_CAPTURE
    attempt: int
    attempts: int
    # The current frame's problem (kiosk.face QualityIssue), or BLINK_GUIDANCE while the
    # card's face is in view and has not blinked yet.
    guidance: str | None = None
    preparing: bool = False  # the camera opens and the card photo loads: no verdict yet
    progress: float = 0.0  # the share of the good frames a verdict needs, gathered so far


@dataclass(frozen=True, kw_only=True)
class FaceMatched(Screen):
    """認証しました: the face matched the card photo; the certificate check follows."""

    name = ScreenName.FACE_MATCHED


@dataclass(frozen=True, kw_only=True)
class FaceFailed(MethodOptions):
    """Face did not confirm identity: why, and what else can be done."""

    name = ScreenName.FACE_FAILED
    detail: str | None = None  # the verifier's undecided reason or the main frame problem


@dataclass(frozen=True, kw_only=True)
class PinLocked(MethodOptions):
    """The PIN locked (now or before)."""

    name = ScreenName.PIN_LOCKED


@dataclass(frozen=True, kw_only=True)
class StaffPassword(Screen):
    """Staff enable visual confirmation with the facility's password."""

    name = ScreenName.STAFF_PASSWORD
    failures: int = 0


@dataclass(frozen=True, kw_only=True)
class RegistrationOffer(Screen):
    """Register the card for insurance use on the spot."""

    name = ScreenName.REGISTRATION_OFFER
    identity: str


@dataclass(frozen=True, kw_only=True)
class RegistrationTerms(Screen):
    """The terms and what will be registered (the card's certificate, valid until
    `expires_on`); agreeing registers the card."""

    name = ScreenName.REGISTRATION_TERMS
    identity: str
    expires_on: dt.date


@dataclass(frozen=True, kw_only=True)
class Consent(Screen):
    """Share past medical information with this facility?"""

    name = ScreenName.CONSENT
    categories: tuple[str, ...]
    registered_now: bool = False


@dataclass(frozen=True, kw_only=True)
class ConsentIndividual(Screen):
    """One answer per category."""

    name = ScreenName.CONSENT_INDIVIDUAL
    choices: Mapping[str, bool]


@dataclass(frozen=True, kw_only=True)
class Prescription(Screen):
    """Electronic or paper prescription."""

    name = ScreenName.PRESCRIPTION


@dataclass(frozen=True, kw_only=True)
class Result(Screen):
    """The reception is done (the reason is the lookup's outcome), or why not."""

    name = ScreenName.RESULT
    identity: str | None
    warnings: tuple[str, ...] = ()
    consents: tuple[str, ...] = ()
    prescription: str | None = None
    registered_now: bool = False
