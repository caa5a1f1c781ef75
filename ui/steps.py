"""The steps of each terminal's task, for the indicator at the top of its screens.

A person sees where they are and how much is left (カード → 本人確認 → 同意 → 完了).
Screens outside the task (standby, errors, the inactivity warning) show no indicator.
"""

from __future__ import annotations

from kiosk.flows import screens as sc
from kiosk.flows.screen import Screen
from ui.texts import tr

Step = tuple[str, tuple[type[Screen], ...]]  # the Japanese label, the screens in it


def _clinic() -> tuple[Step, ...]:
    return ((tr("カード"), (sc.Reading,)),
            (tr("本人確認"), (sc.ChooseMethod, sc.FaceCapture, sc.FaceMatched, sc.FaceFailed,
                          sc.PinEntry, sc.StaffPassword, sc.Checking)),
            (tr("同意"), (sc.RegistrationOffer, sc.RegistrationTerms, sc.Consent,
                        sc.ConsentIndividual, sc.Prescription)),
            (tr("完了"), (sc.Result,)))


def _booth() -> tuple[Step, ...]:
    return ((tr("申請"), (sc.Menu,)),
            (tr("規約"), (sc.Terms,)),
            (tr("カード"), (sc.PlaceCard, sc.Reading, sc.PinEntry)),
            (tr("確認"), (sc.Checking, sc.Confirm)),
            (tr("完了"), (sc.Done,)))


def _photo() -> tuple[Step, ...]:
    return ((tr("申請書ID"), (sc.ApplicationId, sc.QrScan)),
            (tr("写真"), (sc.PhotoGuidance, sc.PhotoPreview, sc.PhotoCountdown,
                        sc.PhotoChecking, sc.PhotoFailed, sc.PhotoConfirm)),
            (tr("連絡先"), (sc.EmailEntry,)),
            (tr("確認"), (sc.ApplicationConfirm, sc.Submitting)),
            (tr("完了"), (sc.Receipt,)))


# Built when asked: the labels are translated into the language on screen then. The phone
# (portal) has no room for one.
_TABLES = {"clinic": _clinic, "booth": _booth, "photo": _photo}


def steps_for(terminal: str, screen: Screen) -> tuple[list[str], int] | None:
    """The step labels of `terminal`'s task and the index of `screen`'s step; None when the
    screen is not part of it."""
    table = _TABLES.get(terminal)
    if table is None:
        return None
    steps = table()
    for index, (_, screens) in enumerate(steps):
        if isinstance(screen, screens):
            return [label for label, _ in steps], index
    return None
