"""The clinic reception's own screens: method, face, staff, registration, consent, result."""

from __future__ import annotations

from collections.abc import Callable

from kiosk.flows.names import ScreenName as S
from kiosk.flows.reasons import Reason
from kiosk.flows.screen import Screen
from ui.presenters.common import next_steps
from ui.texts import category_text, fill, guidance_text, reason_text, tr
from ui.view import Action, View


def _method_actions(screen: Screen, retry: bool = False) -> list[Action]:
    details = screen.details
    actions = []
    if "face" in details.get("methods", ()):
        label = tr("もう一度顔認証") if retry else tr("顔認証")
        actions.append(Action(label, "choose_face", primary=True))
    if "pin" in details.get("methods", ()):
        actions.append(Action(tr("暗証番号"), "choose_pin", primary=not retry))
    if details.get("visual_confirmation"):
        actions.append(Action(tr("職員による目視確認"), "ask_staff"))
    return actions


def choose_method(screen: Screen) -> View:
    """Face, PIN, or staff."""
    lines = [tr("本人確認の方法を選んでください。")]
    if screen.reason is Reason.PIN_LOCKED:
        lines.append(reason_text(Reason.PIN_LOCKED))
    elif screen.reason is not None:
        lines.append(reason_text(screen.reason))
    return View(tr("本人確認"), tuple(lines), (*_method_actions(screen), Action(tr("中止"),
                                                                              "cancel")))


def face_capture(screen: Screen) -> View:
    """The camera preview with live guidance."""
    details = screen.details
    return View(tr("顔認証"), (guidance_text(details.get("guidance")),
                             fill(tr("%1 回目（全 %2 回）"), details.get("attempt", 1),
                                  details.get("attempts", 1))),
                widget="camera", data={"guidance": details.get("guidance")})


def face_failed(screen: Screen) -> View:
    """Face did not confirm: why, and what else can be done."""
    lines = [reason_text(screen.reason)]
    detail = screen.details.get("detail")
    if detail:
        lines.append(guidance_text(detail))
    if screen.reason is Reason.CAMERA_UNAVAILABLE:
        lines.append(tr("暗証番号または職員による確認をご利用ください。"))
    return View(tr("顔認証できませんでした"), tuple(lines),
                (*_method_actions(screen, retry=True), Action(tr("中止"), "cancel")), alert=True)


def staff_password(screen: Screen) -> View:
    """Staff enable visual confirmation with the facility's password."""
    lines = [tr("職員の方へ: 本人であることを目視で確認し、施設のパスワードを入力してください。"),
             tr("患者さんの暗証番号ではありません。")]
    if screen.reason:
        lines.insert(0, reason_text(screen.reason))
    return View(tr("職員による目視確認"), tuple(lines), (Action(tr("戻る"), "back"),),
                widget="password", alert=screen.reason is not None)


def registration_offer(screen: Screen) -> View:
    """Register the card for insurance use on the spot."""
    return View(tr("健康保険証の利用登録"),
                (tr("このカードは健康保険証としての利用登録がされていません。"),
                 tr("今ここで登録しますか？")),
                (Action(tr("登録する"), "accept_registration", primary=True),
                 Action(tr("登録しない"), "decline_registration")))


def consent(screen: Screen) -> View:
    """Share past medical information with this facility?"""
    categories = screen.details.get("categories", ())
    lines = [tr("過去の診療やお薬などの情報を、この医療機関・薬局と共有することに同意しますか？"),
             *(f"・{category_text(c)}" for c in categories),
             tr("同意は24時間有効です。")]
    if screen.details.get("registered_now"):
        lines.insert(0, reason_text(Reason.REGISTERED))
    return View(tr("情報共有への同意"), tuple(lines),
                (Action(tr("全て同意する"), "consent_all", primary=True),
                 Action(tr("個別に同意する"), "consent_individually")))


def consent_individual(screen: Screen) -> View:
    """One answer per category."""
    return View(tr("個別に同意する"), (tr("項目ごとに選んでください。"),),
                (Action(tr("確定"), "confirm_consent", primary=True),),
                widget="consent_toggles",
                data={"choices": dict(screen.details.get("choices", {}))})


def prescription(screen: Screen) -> View:
    """Electronic or paper prescription."""
    return View(tr("処方箋の受け取り方法"), (tr("処方箋の受け取り方法を選んでください。"),),
                (Action(tr("電子処方箋"), "choose_prescription", ("electronic",), primary=True),
                 Action(tr("紙の処方箋"), "choose_prescription", ("paper",))))


def result(screen: Screen) -> View:
    """The reception is done (or why not), and take the card."""
    ok = screen.reason is Reason.VALID
    lines = [reason_text(screen.reason)]
    if not ok:
        lines += next_steps(screen)[1:]
    lines += [reason_text(Reason(code)) for code in screen.details.get("warnings", ())
              if Reason(code) not in (screen.reason, Reason.REGISTERED)]
    lines.append(tr("カードをお取りください。"))
    title = tr("受付が完了しました") if ok else tr("受付の職員にお声がけください")
    return View(title, tuple(line for line in lines if line), alert=not ok)


PRESENTERS: dict[str, Callable[[Screen], View]] = {
    S.CHOOSE_METHOD: choose_method,
    S.FACE_CAPTURE: face_capture,
    S.FACE_FAILED: face_failed,
    S.STAFF_PASSWORD: staff_password,
    S.REGISTRATION_OFFER: registration_offer,
    S.CONSENT: consent,
    S.CONSENT_INDIVIDUAL: consent_individual,
    S.PRESCRIPTION: prescription,
    S.RESULT: result,
}
