"""A flow's inputs: what a person does and what the devices report, one frozen dataclass each.

A terminal sends these to `Flow.handle()`; a scenario file names them by `action` (the
flow's method that takes them), with their fields as the step's values in order.
"""

from __future__ import annotations

from dataclasses import astuple, dataclass, fields
from typing import Any, ClassVar


@dataclass(frozen=True)
class FlowInput:
    """One input to a flow."""

    action: ClassVar[str]

    @property
    def arguments(self) -> tuple[Any, ...]:
        """The input's values, in field order (a button's name shows the first)."""
        return astuple(self)


# -- every terminal --------------------------------------------------------------------


@dataclass(frozen=True)
class Touch(FlowInput):
    """Any touch of the screen: the person is still there."""

    action = "touch"


@dataclass(frozen=True)
class Tick(FlowInput):
    """The terminal's clock ticked (about once a second)."""

    action = "tick"


@dataclass(frozen=True)
class Cancel(FlowInput):
    """中止 (or closing a screen that ended the session)."""

    action = "cancel"


@dataclass(frozen=True)
class SetLanguage(FlowInput):
    """The language of every screen from now on."""

    action = "set_language"
    language: str


@dataclass(frozen=True)
class CardPlaced(FlowInput):
    """A card was put on the reader (at the portal: 読み取り開始)."""

    action = "card_placed"


@dataclass(frozen=True)
class CardRemoved(FlowInput):
    """The card left the reader."""

    action = "card_removed"


@dataclass(frozen=True)
class ReaderFailed(FlowInput):
    """The card reader stopped answering."""

    action = "reader_failed"


@dataclass(frozen=True)
class ReaderRestored(FlowInput):
    """The card reader answers again."""

    action = "reader_restored"


@dataclass(frozen=True)
class RecoverAfterStall(FlowInput):
    """This flow replaces one that stalled on a device."""

    action = "recover_after_stall"


@dataclass(frozen=True)
class Shutdown(FlowInput):
    """The terminal is stopping (staff exit, or the system's SIGTERM)."""

    action = "shutdown"


@dataclass(frozen=True)
class Back(FlowInput):
    """戻る."""

    action = "back"


@dataclass(frozen=True)
class EnterPin(FlowInput):
    """The 4-digit PIN as typed; used for one command and never kept."""

    action = "enter_pin"
    pin: str

    def __repr__(self) -> str:  # a PIN never reaches a log through an input
        return "EnterPin(pin=<hidden>)"


@dataclass(frozen=True)
class Agree(FlowInput):
    """同意する on the terms."""

    action = "agree"


# -- clinic reception ------------------------------------------------------------------


@dataclass(frozen=True)
class ChooseFace(FlowInput):
    """顔認証."""

    action = "choose_face"


@dataclass(frozen=True)
class StopFace(FlowInput):
    """中止 during face capture: back to the choice of method."""

    action = "stop_face"


@dataclass(frozen=True)
class ChoosePin(FlowInput):
    """暗証番号."""

    action = "choose_pin"


@dataclass(frozen=True)
class AskStaff(FlowInput):
    """職員による目視確認."""

    action = "ask_staff"


@dataclass(frozen=True)
class StaffPassword(FlowInput):
    """The facility password, typed by staff."""

    action = "staff_password"
    password: str

    def __repr__(self) -> str:
        return "StaffPassword(password=<hidden>)"


@dataclass(frozen=True)
class AcceptRegistration(FlowInput):
    """登録する (registration on the spot)."""

    action = "accept_registration"


@dataclass(frozen=True)
class DeclineRegistration(FlowInput):
    """登録しない."""

    action = "decline_registration"


@dataclass(frozen=True)
class ConsentAll(FlowInput):
    """全て同意する."""

    action = "consent_all"


@dataclass(frozen=True)
class ConsentIndividually(FlowInput):
    """個別に同意する."""

    action = "consent_individually"


@dataclass(frozen=True)
class SetConsent(FlowInput):
    """One category's answer on the one-by-one screen."""

    action = "set_consent"
    category: str
    agree: bool


@dataclass(frozen=True)
class ConfirmConsent(FlowInput):
    """確定 on the one-by-one screen."""

    action = "confirm_consent"


@dataclass(frozen=True)
class ChoosePrescription(FlowInput):
    """電子処方箋 ("electronic") or paper ("paper")."""

    action = "choose_prescription"
    kind: str


# -- booth and portal app --------------------------------------------------------------


@dataclass(frozen=True)
class ChooseLanguage(FlowInput):
    """The booth's first screen: the language of the session."""

    action = "choose_language"
    code: str


@dataclass(frozen=True)
class Apply(FlowInput):
    """健康保険証利用の申込み (booth)."""

    action = "apply"


@dataclass(frozen=True)
class Confirm(FlowInput):
    """登録する on the booth's last check."""

    action = "confirm"


@dataclass(frozen=True)
class StartRegistration(FlowInput):
    """健康保険証利用の申込 (portal)."""

    action = "start_registration"


@dataclass(frozen=True)
class ShowStatus(FlowInput):
    """登録状況の確認 (portal)."""

    action = "show_status"


# -- photo booth -----------------------------------------------------------------------


@dataclass(frozen=True)
class Start(FlowInput):
    """Begin an application."""

    action = "start"


@dataclass(frozen=True)
class EnterApplicationId(FlowInput):
    """The form's ID as typed."""

    action = "enter_application_id"
    text: str


@dataclass(frozen=True)
class ScanQr(FlowInput):
    """Read the ID from the form's QR code."""

    action = "scan_qr"


@dataclass(frozen=True)
class StopScan(FlowInput):
    """Stop looking for the QR code."""

    action = "stop_scan"


@dataclass(frozen=True)
class StartPreview(FlowInput):
    """The rules were read: the live preview."""

    action = "start_preview"


@dataclass(frozen=True)
class TakePhoto(FlowInput):
    """The shutter."""

    action = "take_photo"


@dataclass(frozen=True)
class Retake(FlowInput):
    """Take the photo again."""

    action = "retake"


@dataclass(frozen=True)
class AcceptPhoto(FlowInput):
    """This photo."""

    action = "accept_photo"


@dataclass(frozen=True)
class EnterEmail(FlowInput):
    """The contact e-mail as typed."""

    action = "enter_email"
    text: str

    def __repr__(self) -> str:  # personal data: never in a log
        return "EnterEmail(text=<hidden>)"


@dataclass(frozen=True)
class ChangeEmail(FlowInput):
    """Correct the e-mail."""

    action = "change_email"


@dataclass(frozen=True)
class Submit(FlowInput):
    """Send the application."""

    action = "submit"


@dataclass(frozen=True)
class Finish(FlowInput):
    """Done with the receipt."""

    action = "finish"


def _every(cls: type[FlowInput]) -> list[type[FlowInput]]:
    return [cls, *(c for sub in cls.__subclasses__() for c in _every(sub))]


BY_ACTION: dict[str, type[FlowInput]] = {
    cls.action: cls for cls in _every(FlowInput) if cls is not FlowInput}


def from_action(action: str, arguments: tuple[Any, ...]) -> FlowInput:
    """The input a scenario step or a test names; KeyError for an unknown action, TypeError
    when the values do not fit its fields."""
    cls = BY_ACTION[action]
    names = [f.name for f in fields(cls)]
    if len(arguments) > len(names):
        raise TypeError(f"{action} takes {len(names)} value(s), got {len(arguments)}")
    return cls(*arguments)
