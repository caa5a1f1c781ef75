"""The photo booth's screens: the form's ID, the photo, its checks, e-mail, receipt."""

from __future__ import annotations

from dataclasses import dataclass

from kiosk.flows.names import ScreenName
from kiosk.flows.screen import Screen


@dataclass(frozen=True)
class CheckFailure:
    """One photo check that failed: its name, the value measured and the limit."""

    name: str
    value: float | None
    limit: str


@dataclass(frozen=True, kw_only=True)
class ApplicationId(Screen):
    """Type the form's 23-digit ID (or scan its QR code); what was wrong with the last one."""

    name = ScreenName.APPLICATION_ID
    length: int | None = None  # of the refused entry
    positions: tuple[int, ...] = ()  # of its characters that are not digits (from 1)
    required: int | None = None
    entered: str | None = None  # the ID to correct, back from the photo rules


@dataclass(frozen=True, kw_only=True)
class QrScan(Screen):
    """The camera looks for the form's QR code."""

    name = ScreenName.QR_SCAN
    seconds: int


@dataclass(frozen=True, kw_only=True)
class PhotoGuidance(Screen):
    """The photo rules, with the ID as entered (grouped for reading)."""

    name = ScreenName.PHOTO_GUIDANCE
    application_id: str | None = None


@dataclass(frozen=True, kw_only=True)
class PhotoPreview(Screen):
    """The live preview with the framing guide."""

    name = ScreenName.PHOTO_PREVIEW
    attempt: int


@dataclass(frozen=True, kw_only=True)
class PhotoCountdown(Screen):
    """3-2-1 before the shot."""

    name = ScreenName.PHOTO_COUNTDOWN
    seconds: int
    attempt: int


@dataclass(frozen=True, kw_only=True)
class PhotoChecking(Screen):
    """The photo is being checked."""

    name = ScreenName.PHOTO_CHECKING
    attempt: int


@dataclass(frozen=True, kw_only=True)
class PhotoFailed(Screen):
    """The checks that failed, each with its reason; a retake follows."""

    name = ScreenName.PHOTO_FAILED
    failures: tuple[CheckFailure, ...]
    attempt: int


@dataclass(frozen=True, kw_only=True)
class PhotoConfirm(Screen):
    """The photo to confirm."""

    name = ScreenName.PHOTO_CONFIRM
    attempt: int


@dataclass(frozen=True, kw_only=True)
class EmailEntry(Screen):
    """The contact e-mail; the problem with the last one, or the one to correct."""

    name = ScreenName.EMAIL_ENTRY
    problem: str | None = None
    email: str | None = None


@dataclass(frozen=True, kw_only=True)
class ApplicationConfirm(Screen):
    """The application as it will be sent."""

    name = ScreenName.APPLICATION_CONFIRM
    application_id: str
    email: str


@dataclass(frozen=True, kw_only=True)
class Submitting(Screen):
    """The application is being sent."""

    name = ScreenName.SUBMITTING


@dataclass(frozen=True, kw_only=True)
class Receipt(Screen):
    """The receipt number, shown once."""

    name = ScreenName.RECEIPT
    receipt_number: str
