"""The clinic reception's own screens: method, face, staff, registration, consent, result."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from kiosk.flows import inputs as ev
from kiosk.flows import screens as sc
from kiosk.flows.reasons import Reason
from kiosk.flows.screen import Screen
from ui.presenters.common import next_steps
from ui.presenters.registration import registration_lines, terms_lines
from ui.texts import category_text, fill, guidance_text, reason_text, tr
from ui.view import Action, View


def _method_actions(screen: sc.MethodOptions, retry: bool = False) -> list[Action]:
    actions = []
    if "face" in screen.methods:
        label = tr("もう一度顔認証") if retry else tr("顔認証")
        actions.append(Action(label, ev.ChooseFace(), primary=True, icon="face"))
    if "pin" in screen.methods:
        actions.append(Action(tr("暗証番号"), ev.ChoosePin(), primary=not retry, icon="pin"))
    if screen.visual_confirmation:
        actions.append(Action(tr("職員による目視確認"), ev.AskStaff(), icon="staff"))
    return actions


def choose_method(screen: sc.ChooseMethod) -> View:
    """Face, PIN, or staff."""
    lines = [tr("本人確認の方法を選んでください。")]
    if screen.reason is Reason.PIN_LOCKED:
        lines.append(reason_text(Reason.PIN_LOCKED))
    elif screen.reason is not None:
        lines.append(reason_text(screen.reason))
    return View(tr("本人確認"), tuple(lines),
                (*_method_actions(screen), Action(tr("中止"), ev.Cancel())))


def face_capture(screen: sc.FaceCapture) -> View:
    """The camera preview; guidance and progress drawn over it; 中止 back to the methods."""
    instruction = (tr("カメラの準備をしています。") if screen.preparing
                   else tr("顔を枠に合わせて、カメラを見てください。"))
    # The frame's problem goes over the picture, where the person looks; the sentence
    # above stays as it is, so it is read aloud once, not at every frame.
    over = guidance_text(screen.guidance) if screen.guidance and not screen.preparing else ""
    return View(tr("顔認証"), (instruction,
                             fill(tr("%1 回目（全 %2 回）"), screen.attempt, screen.attempts)),
                (Action(tr("中止"), ev.StopFace()),), widget="camera",
                data={"guidance": screen.guidance, "guidance_text": over,
                      "preparing": screen.preparing, "progress": screen.progress})


def face_matched(screen: sc.FaceMatched) -> View:
    """認証しました, for a moment before the next screen."""
    return View(tr("認証しました"), (tr("本人確認ができました。"),), success=True)


def face_failed(screen: sc.FaceFailed) -> View:
    """Face did not confirm: why, and what else can be done."""
    lines = [reason_text(screen.reason)]
    if screen.detail:
        lines.append(guidance_text(screen.detail))
    if screen.reason is Reason.CAMERA_UNAVAILABLE:
        lines.append(tr("暗証番号または職員による確認をご利用ください。"))
    return View(tr("顔認証できませんでした"), tuple(lines),
                (*_method_actions(screen, retry=True), Action(tr("中止"), ev.Cancel())), alert=True)


def staff_password(screen: sc.StaffPassword) -> View:
    """Staff enable visual confirmation with the facility's password; a locked terminal
    shows no keyboard, only the request to call staff (they unlock it at the staff screen)."""
    if screen.reason is Reason.STAFF_PASSWORD_LOCKED:
        return View(tr("職員による目視確認"),
                    (reason_text(screen.reason),
                     tr("続けて間違ったパスワードが入力されたため、この端末では入力を止めています。")),
                    (Action(tr("戻る"), ev.Back()),), alert=True)
    lines = [tr("職員の方へ: 本人であることを目視で確認し、施設のパスワードを入力してください。"),
             tr("患者さんの暗証番号ではありません。")]
    if screen.reason:
        lines.insert(0, reason_text(screen.reason))
    return View(tr("職員による目視確認"), tuple(lines), (Action(tr("戻る"), ev.Back()),),
                widget="password", alert=screen.reason is not None)


def registration_offer(screen: sc.RegistrationOffer) -> View:
    """Register the card for insurance use on the spot."""
    return View(tr("健康保険証の利用登録"),
                (tr("このカードは健康保険証としての利用登録がされていません。"),
                 tr("今ここで登録しますか？")),
                (Action(tr("登録する"), ev.AcceptRegistration(), primary=True),
                 Action(tr("登録しない"), ev.DeclineRegistration())))


def registration_terms(screen: sc.RegistrationTerms) -> View:
    """The terms and what will be registered; agreeing registers the card."""
    return View(tr("利用規約と登録内容"),
                (*terms_lines(), *registration_lines(screen.identity, screen.expires_on,
                                                     screen.language)),
                (Action(tr("同意して登録する"), ev.Agree(), primary=True),
                 Action(tr("登録しない"), ev.DeclineRegistration())))


def consent(screen: sc.Consent) -> View:
    """Share past medical information with this facility?"""
    lines = [tr("過去の診療やお薬などの情報を、この医療機関・薬局と共有することに同意しますか？"),
             *(f"・{category_text(c)}" for c in screen.categories),
             tr("同意は24時間有効です。")]
    if screen.registered_now:
        lines.insert(0, reason_text(Reason.REGISTERED))
    return View(tr("情報共有への同意"), tuple(lines),
                (Action(tr("全て同意する"), ev.ConsentAll(), primary=True),
                 Action(tr("個別に同意する"), ev.ConsentIndividually())))


def consent_individual(screen: sc.ConsentIndividual) -> View:
    """One answer per category."""
    return View(tr("個別に同意する"), (tr("項目ごとに選んでください。"),),
                (Action(tr("確定"), ev.ConfirmConsent(), primary=True),),
                widget="consent_toggles",
                data={"choices": dict(screen.choices)})


def prescription(screen: sc.Prescription) -> View:
    """Electronic or paper prescription."""
    return View(tr("処方箋の受け取り方法"), (tr("処方箋の受け取り方法を選んでください。"),),
                (Action(tr("電子処方箋"), ev.ChoosePrescription("electronic"), primary=True),
                 Action(tr("紙の処方箋"), ev.ChoosePrescription("paper"))))


def result(screen: sc.Result) -> View:
    """The reception is done (or why not), and take the card."""
    ok = screen.reason is Reason.VALID
    lines = [reason_text(screen.reason)]
    if not ok:
        lines += next_steps(screen)[1:]
    lines += [reason_text(Reason(code)) for code in screen.warnings
              if Reason(code) not in (screen.reason, Reason.REGISTERED)]
    lines.append(tr("カードをお取りください。"))
    title = tr("受付が完了しました") if ok else tr("受付の職員にお声がけください")
    return View(title, tuple(line for line in lines if line), alert=not ok, success=ok)


PRESENTERS: dict[type[Screen], Callable[[Any], View]] = {
    sc.ChooseMethod: choose_method,
    sc.FaceCapture: face_capture,
    sc.FaceMatched: face_matched,
    sc.FaceFailed: face_failed,
    sc.StaffPassword: staff_password,
    sc.RegistrationOffer: registration_offer,
    sc.RegistrationTerms: registration_terms,
    sc.Consent: consent,
    sc.ConsentIndividual: consent_individual,
    sc.Prescription: prescription,
    sc.Result: result,
}
