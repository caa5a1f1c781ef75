"""Sample screens: every screen each terminal's flow can show, with the details it sends.

The screenshots and the glyph test render these. Each sample has a stable file-name stem,
"TERMINAL-SCREEN[-REASON][-VARIANT]" (the variant tells apart samples of one screen and
reason that differ only in their details, e.g. the camera guidance).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from kiosk.eligibility.settings import LANGUAGES
from kiosk.flows.names import ScreenName as S
from kiosk.flows.reasons import Reason as R
from kiosk.flows.screen import Screen

TERMINALS = ("clinic", "booth", "portal", "photo")
FACILITY = "みなと内科クリニック"
CATEGORIES = ("medical", "surgery", "checkup")
GUIDANCE = ("no_face", "multiple_faces", "too_far", "too_close", "too_dark", "too_bright",
            "blurred", "not_facing")
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


def _methods(methods: Iterable[str] = ("face", "pin"), *, tries: int | None = 3,
             face_left: int = 2, visual: bool = True, face_auth: bool = False) -> dict[str, Any]:
    """The method details of ClinicFlow._method_details."""
    return {"methods": tuple(methods), "visual_confirmation": visual,
            "face_auth_card": face_auth, "pin_locked": tries == 0, "tries_left": tries,
            "face_attempts_left": face_left}


def _clinic() -> list[tuple[Screen, str | None]]:
    lookup = {"identity": "pin", "consents": CATEGORIES, "prescription": "electronic",
              "registered_now": False}
    return [
        *((Screen(S.STANDBY, reason, {"facility_name": FACILITY}), None)
          for reason in SESSION_ENDS),
        (Screen(S.STANDBY, R.TIMED_OUT, {"facility_name": FACILITY, "take_card": True}),
         "take_card"),
        (Screen(S.OUT_OF_SERVICE, R.READER_ERROR), None),
        (Screen(S.READING), None),
        *((Screen(S.CARD_PROBLEM, reason), None)
          for reason in (*CARD_PROBLEMS, R.CAMERA_UNAVAILABLE)),
        (Screen(S.CHOOSE_METHOD, None, _methods()), None),
        (Screen(S.CHOOSE_METHOD, R.FACE_AUTH_CARD,
                _methods(("face",), tries=None, face_auth=True)), None),
        (Screen(S.CHOOSE_METHOD, R.PIN_LOCKED, _methods(("face",), tries=0)), None),
        (Screen(S.CHOOSE_METHOD, R.VISUAL_CONFIRMATION_NOT_ALLOWED,
                _methods(visual=False)), None),
        (Screen(S.FACE_CAPTURE, None, {"attempt": 1, "attempts": 2, "guidance": None}), None),
        *((Screen(S.FACE_CAPTURE, None, {"attempt": 1, "attempts": 2, "guidance": code}),
           code) for code in GUIDANCE),
        (Screen(S.FACE_FAILED, R.FACE_NO_MATCH, {"detail": None, **_methods(face_left=1)}),
         None),
        *((Screen(S.FACE_FAILED, R.FACE_UNDECIDED, {"detail": code, **_methods(face_left=1)}),
           code) for code in (*UNDECIDED, "too_dark")),
        (Screen(S.FACE_FAILED, R.CAMERA_UNAVAILABLE,
                {"detail": None, **_methods(("pin",), face_left=1)}), None),
        (Screen(S.FACE_FAILED, R.CARD_PHOTO_UNUSABLE,
                {"detail": None, **_methods(("pin",), face_left=1)}), None),
        (Screen(S.PIN_ENTRY, None, {"tries_left": 3}), None),
        (Screen(S.PIN_ENTRY, R.WRONG_PIN, {"tries_left": 2}), None),
        (Screen(S.PIN_ENTRY, R.PIN_FORMAT, {"tries_left": 3}), None),
        (Screen(S.PIN_LOCKED, R.PIN_JUST_LOCKED, _methods(("face",), tries=0)), None),
        (Screen(S.PIN_LOCKED, R.PIN_LOCKED, _methods((), tries=0, face_left=0)), None),
        (Screen(S.STAFF_PASSWORD, None, {"failures": 0}), None),
        (Screen(S.STAFF_PASSWORD, R.WRONG_STAFF_PASSWORD, {"failures": 1}), None),
        (Screen(S.CHECKING), None),
        *((Screen(S.CERTIFICATE_REFUSED, reason, {"identity": "face"}), None)
          for reason in CERTIFICATE_REFUSALS),
        (Screen(S.REGISTRATION_OFFER, None, {"identity": "face"}), None),
        (Screen(S.CONSENT, None, {"categories": CATEGORIES, "registered_now": False}), None),
        (Screen(S.CONSENT, None, {"categories": CATEGORIES, "registered_now": True}),
         "registered_now"),
        (Screen(S.CONSENT_INDIVIDUAL, None,
                {"choices": {"medical": True, "surgery": False, "checkup": False}}), None),
        (Screen(S.PRESCRIPTION), None),
        (Screen(S.RESULT, R.VALID, {**lookup, "warnings": ()}), None),
        (Screen(S.RESULT, R.VALID, {**lookup, "consents": (), "registered_now": True,
                                    "warnings": ("grace_period", "renewal_due", "registered")}),
         "warnings"),
        *((Screen(S.RESULT, reason, {**lookup, "warnings": (reason.value,)}), None)
          for reason in LOOKUP_OUTCOMES),
        *((Screen(S.RESULT, reason, {"identity": "pin"}), None)
          for reason in (R.NOT_REGISTERED, R.NO_INSURANCE_RECORD, R.LINKED_TO_ANOTHER_PERSON)),
        (Screen(S.INACTIVITY_WARNING, None, {"seconds_left": 15}), None),
        (Screen(S.SYSTEM_ERROR, R.SYSTEM_ERROR), None),
    ]


def _self_service(first: Screen, place_card: list[Screen]) -> list[tuple[Screen, str | None]]:
    """What the booth and the portal app share."""
    return [
        *((dataclasses.replace(first, reason=reason), None) for reason in SESSION_ENDS),
        (Screen(S.TERMS), None),
        *((screen, None) for screen in place_card),
        *((Screen(S.CARD_PROBLEM, reason), None) for reason in CARD_PROBLEMS),
        (Screen(S.CHECKING), None),
        *((Screen(S.CANNOT_SERVE, reason), None)
          for reason in (R.FACE_AUTH_CARD, R.PIN_LOCKED, R.PIN_JUST_LOCKED, *REFUSALS)),
        (Screen(S.DONE, R.REGISTERED), None),
        (Screen(S.DONE, R.ALREADY_REGISTERED, {"renewal_due": False}), None),
        (Screen(S.DONE, R.ALREADY_REGISTERED, {"renewal_due": True}), "renewal_due"),
        (Screen(S.INACTIVITY_WARNING, None, {"seconds_left": 15}), None),
        (Screen(S.SYSTEM_ERROR, R.SYSTEM_ERROR), None),
        (Screen(S.OUT_OF_SERVICE, R.READER_ERROR), None),
    ]


def _booth() -> list[tuple[Screen, str | None]]:
    return [
        *_self_service(Screen(S.LANGUAGE, None, {"languages": LANGUAGES}),
                       [Screen(S.PLACE_CARD)]),
        (Screen(S.LANGUAGE, R.TIMED_OUT, {"languages": LANGUAGES, "take_card": True}),
         "take_card"),
        (Screen(S.MENU, None, {"entries": ("apply",)}), None),
        (Screen(S.READING), None),
        (Screen(S.PIN_ENTRY, None, {"tries_left": 3}), None),
        (Screen(S.PIN_ENTRY, R.WRONG_PIN, {"tries_left": 2}), None),
        (Screen(S.PIN_ENTRY, R.PIN_FORMAT, {"tries_left": 3}), None),
        (Screen(S.CONFIRM), None),
    ]


def _portal() -> list[tuple[Screen, str | None]]:
    return [
        *_self_service(Screen(S.MENU, None, {"entries": ("register", "status")}),
                       [Screen(S.PLACE_CARD, None, {"purpose": "register", "tries_left": None})]),
        (Screen(S.PLACE_CARD, None, {"purpose": "status"}), "status"),
        (Screen(S.READING, None, {"purpose": "register"}), None),
        (Screen(S.PIN_ENTRY, None, {"tries_left": None}), None),
        (Screen(S.PIN_ENTRY, R.WRONG_PIN, {"tries_left": 2}), None),
        (Screen(S.PIN_ENTRY, R.PIN_FORMAT, {"tries_left": None}), None),
        (Screen(S.STATUS, None, {"registered": True}), "registered"),
        (Screen(S.STATUS, None, {"registered": False}), "not_registered"),
    ]


# What the photo booth shows an applicant (kiosk/flows/photo_booth.py).
APPLICATION_ID = "1234 5678 9012 3456 7890 123"
PHOTO_CHECKS = ("one_face", "facing_front", "framing", "eyes_visible", "plain_background",
                "no_shadow", "sharp", "exposure")
EMAIL_PROBLEMS = ("empty", "too_long", "at_sign", "local_part", "domain")


def _failure(name: str, value: float | None = 0.0) -> dict[str, Any]:
    return {"name": name, "value": value, "limit": "-"}


def _photo() -> list[tuple[Screen, str | None]]:
    guidance = {"application_id": APPLICATION_ID}
    return [
        *((Screen(S.STANDBY, reason), None) for reason in SESSION_ENDS if reason
          is not R.CARD_REMOVED),
        (Screen(S.APPLICATION_ID), None),
        (Screen(S.APPLICATION_ID, R.APPLICATION_ID_LENGTH,
                {"length": 21, "positions": (), "required": 23}), None),
        (Screen(S.APPLICATION_ID, R.APPLICATION_ID_CHARACTERS,
                {"length": 23, "positions": (5, 12), "required": 23}), None),
        (Screen(S.APPLICATION_ID, R.QR_NOT_FOUND), None),
        (Screen(S.APPLICATION_ID, R.QR_NOT_APPLICATION_ID), None),
        (Screen(S.APPLICATION_ID, R.CAMERA_UNAVAILABLE), None),
        (Screen(S.QR_SCAN, None, {"seconds": 20}), None),
        (Screen(S.PHOTO_GUIDANCE, None, guidance), None),
        (Screen(S.PHOTO_GUIDANCE, R.CAMERA_UNAVAILABLE, guidance), None),
        (Screen(S.PHOTO_PREVIEW, None, {"attempt": 1}), None),
        (Screen(S.PHOTO_COUNTDOWN, None, {"seconds": 3, "attempt": 1}), None),
        (Screen(S.PHOTO_CHECKING, None, {"attempt": 1}), None),
        # Every other check failing; with no face or several, only the face count is said.
        (Screen(S.PHOTO_FAILED, R.PHOTO_REJECTED,
                {"failures": tuple(_failure(name) for name in PHOTO_CHECKS[1:]),
                 "attempt": 1}), None),
        *((Screen(S.PHOTO_FAILED, R.PHOTO_REJECTED,
                  {"failures": (_failure("one_face", faces),), "attempt": 2}), variant)
          for faces, variant in ((0.0, "no_face"), (2.0, "two_faces"))),
        (Screen(S.PHOTO_CONFIRM, None, {"attempt": 1}), None),
        (Screen(S.EMAIL_ENTRY), None),
        *((Screen(S.EMAIL_ENTRY, R.EMAIL_INVALID, {"problem": problem}), problem)
          for problem in EMAIL_PROBLEMS),
        (Screen(S.APPLICATION_CONFIRM, None,
                {"application_id": APPLICATION_ID, "email": "taro.yamada@example.jp"}), None),
        (Screen(S.SUBMITTING), None),
        (Screen(S.RECEIPT, None, {"receipt_number": "4821-0937-5516"}), None),
        (Screen(S.INACTIVITY_WARNING, None, {"seconds_left": 15, "covers": "email_entry"}),
         None),
        (Screen(S.INACTIVITY_WARNING, None,
                {"seconds_left": 15, "covers": "photo_preview"}), "camera"),
        (Screen(S.SYSTEM_ERROR, R.SYSTEM_ERROR), None),
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
