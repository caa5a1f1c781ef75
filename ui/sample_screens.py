"""Sample screens: every screen each terminal's flow can show, built as the flow builds it.

The screenshots and the glyph test render these. Each sample has a stable file-name stem,
"TERMINAL-SCREEN[-REASON][-VARIANT]" (the variant tells apart samples of one screen and
reason that differ only in their details, e.g. the camera guidance).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, TypeVar

from kiosk.eligibility.settings import LANGUAGES
from kiosk.flows import screens as sc
from kiosk.flows.names import ScreenName as S
from kiosk.flows.reasons import Reason as R
from kiosk.flows.screen import Screen

TERMINALS = ("clinic", "booth", "portal", "photo")
FACILITY = "みなと内科クリニック"
CATEGORIES = ("medical", "surgery", "checkup")
GUIDANCE = ("no_face", "multiple_faces", "too_far", "too_close", "too_dark", "too_bright",
            "blurred", "not_facing", "blink")
UNDECIDED = ("liveness_not_shown", "timeout", "no_good_frames", "no_frames")
CARD_PROBLEMS = (R.INSURANCE_CARD, R.NOT_MY_NUMBER_CARD, R.CHIP_DESTROYED, R.UNREADABLE_CARD,
                 R.READER_ERROR)
CERTIFICATE_REFUSALS = (R.CERTIFICATE_ON_HOLD, R.CERTIFICATE_REVOKED, R.CERTIFICATE_EXPIRED,
                        R.CERTIFICATE_NOT_YET_VALID, R.CERTIFICATE_UNKNOWN,
                        R.CERTIFICATE_UNTRUSTED)
# What a registration or a status read may be refused for (kiosk/flows/refusals.py).
REFUSALS = (*CERTIFICATE_REFUSALS, R.NO_INSURANCE_RECORD, R.LINKED_TO_ANOTHER_PERSON)
LOOKUP_OUTCOMES = (R.INVALID, R.NEW_COVERAGE_NOT_FILED, R.NO_COVERAGE, R.SEVERAL_MATCHES)
SESSION_ENDS = (None, R.CARD_REMOVED, R.TIMED_OUT, R.CANCELLED)
CERTIFICATE_EXPIRES = dt.date(2031, 3, 31)  # the card certificate's last day (registration)


@dataclass(frozen=True)
class Sample:
    """One screen as a terminal's flow shows it, named for its screenshot."""

    terminal: str
    screen: Screen
    variant: str | None = None

    @property
    def stem(self) -> str:
        """The file-name stem: TERMINAL-SCREEN[-REASON][-VARIANT]."""
        reason = self.screen.reason.value if self.screen.reason is not None else None
        parts = (self.terminal, str(self.screen.name), reason, self.variant)
        return "-".join(part for part in parts if part)

    def in_language(self, language: str) -> Screen:
        """The same screen in `language`."""
        return dataclasses.replace(self.screen, language=language)


Options = TypeVar("Options", bound=sc.MethodOptions)


def _methods(screen: type[Options], reason: R | None = None,
             methods: Iterable[str] = ("face", "pin"), *, tries: int | None = 3,
             face_left: int = 2, visual: bool = True, face_auth: bool = False,
             ) -> Options:
    """`screen` with the ways left to confirm identity, as ClinicFlow shows them."""
    return screen(reason=reason, methods=tuple(methods), visual_confirmation=visual,
                  face_auth_card=face_auth, pin_locked=tries == 0, tries_left=tries,
                  face_attempts_left=face_left)


def _face_failed(reason: R, detail: str | None = None,
                 methods: Iterable[str] = ("face", "pin")) -> sc.FaceFailed:
    failed = _methods(sc.FaceFailed, reason, methods, face_left=1)
    return dataclasses.replace(failed, detail=detail)


def _clinic() -> list[tuple[Screen, str | None]]:
    def result(reason: R, **values: Any) -> sc.Result:
        lookup: dict[str, Any] = {"identity": "pin", "consents": CATEGORIES,
                                  "prescription": "electronic", "registered_now": False}
        return sc.Result(reason=reason, **{**lookup, **values})

    return [
        *((sc.Standby(reason=reason, facility_name=FACILITY), None) for reason in SESSION_ENDS),
        (sc.Standby(reason=R.TIMED_OUT, facility_name=FACILITY, take_card=True), "take_card"),
        (sc.OutOfService(reason=R.READER_ERROR), None),
        (sc.Reading(), None),
        *((sc.CardProblem(reason=reason), None)
          for reason in (*CARD_PROBLEMS, R.CAMERA_UNAVAILABLE)),
        (_methods(sc.ChooseMethod), None),
        (_methods(sc.ChooseMethod, R.FACE_AUTH_CARD, ("face",), tries=None, face_auth=True),
         None),
        (_methods(sc.ChooseMethod, R.PIN_LOCKED, ("face",), tries=0), None),
        (_methods(sc.ChooseMethod, R.VISUAL_CONFIRMATION_NOT_ALLOWED, visual=False), None),
        (sc.FaceCapture(attempt=1, attempts=2, preparing=True), "preparing"),
        (sc.FaceCapture(attempt=1, attempts=2), None),
        (sc.FaceCapture(attempt=1, attempts=2, progress=0.6), "progress"),
        *((sc.FaceCapture(attempt=1, attempts=2, guidance=code), code) for code in GUIDANCE),
        (sc.FaceMatched(), None),
        (_face_failed(R.FACE_NO_MATCH), None),
        *((_face_failed(R.FACE_UNDECIDED, code), code) for code in (*UNDECIDED, "too_dark")),
        (_face_failed(R.CAMERA_UNAVAILABLE, methods=("pin",)), None),
        (_face_failed(R.CARD_PHOTO_UNUSABLE, methods=("pin",)), None),
        (sc.PinEntry(tries_left=3), None),
        (sc.PinEntry(reason=R.WRONG_PIN, tries_left=2), None),
        (sc.PinEntry(reason=R.PIN_FORMAT, tries_left=3), None),
        (_methods(sc.PinLocked, R.PIN_JUST_LOCKED, ("face",), tries=0), None),
        (_methods(sc.PinLocked, R.PIN_LOCKED, (), tries=0, face_left=0), None),
        (sc.StaffPassword(failures=0), None),
        (sc.StaffPassword(reason=R.WRONG_STAFF_PASSWORD, failures=1), None),
        (sc.StaffPassword(reason=R.STAFF_PASSWORD_LOCKED), None),
        (sc.Checking(), None),
        *((sc.CertificateRefused(reason=reason, identity="face"), None)
          for reason in CERTIFICATE_REFUSALS),
        (sc.RegistrationOffer(identity="face"), None),
        (sc.RegistrationTerms(identity="face", expires_on=CERTIFICATE_EXPIRES), None),
        (sc.Consent(categories=CATEGORIES, registered_now=False), None),
        (sc.Consent(categories=CATEGORIES, registered_now=True), "registered_now"),
        (sc.ConsentIndividual(choices={"medical": True, "surgery": False, "checkup": False}),
         None),
        (sc.Prescription(), None),
        (result(R.VALID, warnings=()), None),
        (result(R.VALID, consents=(), registered_now=True,
                warnings=("grace_period", "renewal_due", "registered")), "warnings"),
        *((result(reason, warnings=(reason.value,)), None) for reason in LOOKUP_OUTCOMES),
        *((sc.Result(reason=reason, identity="pin"), None)
          for reason in (R.NOT_REGISTERED, R.NO_INSURANCE_RECORD, R.LINKED_TO_ANOTHER_PERSON)),
        (sc.InactivityWarning(seconds_left=15), None),
        (sc.SystemError(reason=R.SYSTEM_ERROR), None),
    ]


def _self_service(first: Screen, place_card: list[Screen]) -> list[tuple[Screen, str | None]]:
    """What the booth and the portal app share."""
    return [
        *((dataclasses.replace(first, reason=reason), None) for reason in SESSION_ENDS),
        (sc.Terms(), None),
        *((screen, None) for screen in place_card),
        *((sc.CardProblem(reason=reason), None) for reason in CARD_PROBLEMS),
        (sc.Checking(), None),
        *((sc.CannotServe(reason=reason), None)
          for reason in (R.FACE_AUTH_CARD, R.PIN_LOCKED, R.PIN_JUST_LOCKED, *REFUSALS)),
        (sc.Done(reason=R.REGISTERED), None),
        (sc.Done(reason=R.ALREADY_REGISTERED, renewal_due=False), None),
        (sc.Done(reason=R.ALREADY_REGISTERED, renewal_due=True), "renewal_due"),
        (sc.InactivityWarning(seconds_left=15), None),
        (sc.SystemError(reason=R.SYSTEM_ERROR), None),
        (sc.OutOfService(reason=R.READER_ERROR), None),
    ]


def _booth() -> list[tuple[Screen, str | None]]:
    return [
        *_self_service(sc.Language(languages=LANGUAGES), [sc.PlaceCard()]),
        (sc.Language(reason=R.TIMED_OUT, languages=LANGUAGES, take_card=True), "take_card"),
        (sc.Menu(entries=("apply",)), None),
        (sc.Reading(), None),
        (sc.PinEntry(tries_left=3), None),
        (sc.PinEntry(reason=R.WRONG_PIN, tries_left=2), None),
        (sc.PinEntry(reason=R.PIN_FORMAT, tries_left=3), None),
        (sc.Confirm(expires_on=CERTIFICATE_EXPIRES), None),
    ]


def _portal() -> list[tuple[Screen, str | None]]:
    return [
        *_self_service(sc.Menu(entries=("register", "status")),
                       [sc.PlaceCard(purpose="register", tries_left=None)]),
        (sc.PlaceCard(purpose="status"), "status"),
        (sc.Reading(purpose="register"), None),
        (sc.PinEntry(tries_left=None), None),
        (sc.PinEntry(reason=R.WRONG_PIN, tries_left=2), None),
        (sc.PinEntry(reason=R.PIN_FORMAT, tries_left=None), None),
        (sc.Status(registered=True), "registered"),
        (sc.Status(registered=False), "not_registered"),
    ]


# What the photo booth shows an applicant (kiosk/flows/photo_booth.py).
APPLICATION_ID = "1234 5678 9012 3456 7890 123"
PHOTO_CHECKS = ("one_face", "facing_front", "framing", "eyes_visible", "plain_background",
                "no_shadow", "sharp", "exposure")
EMAIL_PROBLEMS = ("empty", "too_long", "at_sign", "local_part", "domain")


def _failure(name: str, value: float | None = 0.0) -> sc.CheckFailure:
    return sc.CheckFailure(name, value, "-")


def _photo() -> list[tuple[Screen, str | None]]:
    return [
        *((sc.Standby(reason=reason), None) for reason in SESSION_ENDS
          if reason is not R.CARD_REMOVED),
        (sc.ApplicationId(), None),
        (sc.ApplicationId(reason=R.APPLICATION_ID_LENGTH, length=21, positions=(),
                          required=23), None),
        (sc.ApplicationId(reason=R.APPLICATION_ID_CHARACTERS, length=23, positions=(5, 12),
                          required=23), None),
        (sc.ApplicationId(reason=R.QR_NOT_FOUND), None),
        (sc.ApplicationId(reason=R.QR_NOT_APPLICATION_ID), None),
        (sc.ApplicationId(reason=R.CAMERA_UNAVAILABLE), None),
        (sc.QrScan(seconds=20), None),
        (sc.PhotoGuidance(application_id=APPLICATION_ID), None),
        (sc.PhotoGuidance(reason=R.CAMERA_UNAVAILABLE, application_id=APPLICATION_ID), None),
        (sc.PhotoPreview(attempt=1), None),
        (sc.PhotoCountdown(seconds=3, attempt=1), None),
        (sc.PhotoChecking(attempt=1), None),
        # Every other check failing; with no face or several, only the face count is said.
        (sc.PhotoFailed(reason=R.PHOTO_REJECTED,
                        failures=tuple(_failure(name) for name in PHOTO_CHECKS[1:]),
                        attempt=1), None),
        *((sc.PhotoFailed(reason=R.PHOTO_REJECTED, failures=(_failure("one_face", faces),),
                          attempt=2), variant)
          for faces, variant in ((0.0, "no_face"), (2.0, "two_faces"))),
        (sc.PhotoConfirm(attempt=1), None),
        (sc.EmailEntry(), None),
        *((sc.EmailEntry(reason=R.EMAIL_INVALID, problem=problem), problem)
          for problem in EMAIL_PROBLEMS),
        (sc.ApplicationConfirm(application_id=APPLICATION_ID, email="taro.yamada@example.jp"),
         None),
        (sc.Submitting(), None),
        (sc.Receipt(receipt_number="4821-0937-5516"), None),
        (sc.InactivityWarning(seconds_left=15, covers=S.EMAIL_ENTRY), None),
        (sc.InactivityWarning(seconds_left=15, covers=S.PHOTO_PREVIEW), "camera"),
        (sc.SystemError(reason=R.SYSTEM_ERROR), None),
    ]


_BUILDERS = {"clinic": _clinic, "booth": _booth, "portal": _portal, "photo": _photo}

# Shown in every language: each terminal's first screen, and one error screen.
MULTILINGUAL = {"clinic": ("clinic-standby", "clinic-certificate_refused-on_hold"),
                "booth": ("booth-language", "booth-cannot_serve-face_auth_card"),
                "portal": ("portal-menu", "portal-cannot_serve-pin_locked"),
                "photo": ("photo-standby", "photo-photo_failed-photo_rejected")}


def samples(terminal: str) -> list[Sample]:
    """Every sample screen of `terminal` (clinic, booth, portal, photo), in Japanese."""
    return [Sample(terminal, screen, variant) for screen, variant in _BUILDERS[terminal]()]


def renderings(terminal: str) -> list[tuple[Sample, str]]:
    """What the screenshots show of `terminal`: every sample in Japanese, and the
    MULTILINGUAL ones in every other language too."""
    every = samples(terminal)
    others = [(sample, language) for sample in every if sample.stem in MULTILINGUAL[terminal]
              for language in LANGUAGES if language != "ja"]
    return [(sample, "ja") for sample in every] + others
