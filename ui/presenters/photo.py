"""The photo booth's screens: the application form's ID, the photo rules, the camera, the
checks' reasons, the e-mail, the confirmation and the receipt."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any

from kiosk.flows import inputs as ev
from kiosk.flows import screens as sc
from kiosk.flows.names import ScreenName as S
from kiosk.flows.reasons import NextStep, Reason
from kiosk.flows.screen import Screen
from ui.presenters.common import inactivity_warning
from ui.texts import fill, next_step_text, reason_text, tr
from ui.view import Action, View

# Under the inactivity warning, these screens keep their camera picture.
_CAMERA_SCREENS = (S.PHOTO_PREVIEW, S.PHOTO_FAILED, S.PHOTO_CONFIRM)


def _cancel() -> Action:
    return Action(tr("中止"), ev.Cancel())


def check_text(failure: sc.CheckFailure) -> str:
    """Why a photo check failed, as the applicant can act on it."""
    name = failure.name
    if name == "one_face":
        if not failure.value:
            return tr("顔が写っていません。カメラの正面に座ってください。")
        return tr("複数の顔が写っています。お一人で撮影してください。")
    texts: dict[str, Callable[[], str]] = {
        "facing_front": lambda: tr("顔が正面を向いていないか、傾いています。まっすぐカメラを見てください。"),
        "framing": lambda: tr("顔の大きさや位置が枠に合っていません。枠に顔を合わせてください。"),
        "eyes_visible": lambda: tr("目がはっきり写っていません。サングラスを外し、目を開けてください。"),
        "plain_background": lambda: tr("背景が無地ではありません。後ろに模様や物が写らないようにしてください。"),
        "no_shadow": lambda: tr("顔や背景に強い影があります。"),
        "sharp": lambda: tr("写真がぼやけています。撮影中は動かないでください。"),
        "exposure": lambda: tr("明るさが適切ではありません（暗すぎるか、明るすぎます）。"),
    }
    text = texts.get(name)
    return text() if text else tr("写真が申請の条件を満たしていません。")


def _id_problem(screen: sc.ApplicationId) -> tuple[str, ...]:
    if screen.reason is Reason.APPLICATION_ID_LENGTH:
        return (fill(tr("申請書IDは数字23桁です（入力は %1 桁）。"), screen.length or 0),)
    if screen.reason is Reason.APPLICATION_ID_CHARACTERS:
        positions = ", ".join(str(p) for p in screen.positions)
        return (fill(tr("申請書IDには数字だけを使えます（%1 文字目が数字ではありません）。"), positions),)
    if screen.reason is Reason.QR_NOT_FOUND:
        return (tr("QRコードを読み取れませんでした。もう一度かざすか、数字で入力してください。"),)
    if screen.reason is Reason.QR_NOT_APPLICATION_ID:
        return (tr("読み取ったQRコードは交付申請書のものではありません。"),)
    if screen.reason is Reason.CAMERA_UNAVAILABLE:
        return reason_text(Reason.CAMERA_UNAVAILABLE), tr("数字で入力してください。")
    return ()


_EMAIL_PROBLEMS: dict[str, Callable[[], str]] = {
    "empty": lambda: tr("メールアドレスを入力してください。"),
    "too_long": lambda: tr("メールアドレスが長すぎます。"),
    "at_sign": lambda: tr("「@」を1つだけ入れてください。"),
    "local_part": lambda: tr("「@」の前に使えない文字があります。"),
    "domain": lambda: tr("「@」の後ろ（ドメイン）が正しくありません。"),
}


def standby(screen: sc.Standby) -> View:
    """The booth waits: start an application."""
    notice = (reason_text(screen.reason),) if screen.reason else ()
    return View(tr("マイナンバーカードの申請"),
                (tr("この証明写真機で、マイナンバーカードの交付申請ができます。"),
                 tr("お手元に交付申請書をご用意ください。"), *notice),
                (Action(tr("申請をはじめる"), ev.Start(), primary=True),))


def application_id(screen: sc.ApplicationId) -> View:
    """Type the form's 23-digit ID, or have its QR code read."""
    lines = (*_id_problem(screen),
             tr("交付申請書の申請書ID（数字23桁）を入力するか、QRコードを読み取ってください。"))
    return View(tr("申請書IDの入力"), lines,
                (Action(tr("QRコードを読み取る"), ev.ScanQr()), _cancel()),
                widget="application_id", data={"entered": screen.entered},
                alert=screen.reason is not None)


def qr_scan(screen: sc.QrScan) -> View:
    """The camera looks for the form's QR code."""
    return View(tr("QRコードの読み取り"),
                (tr("交付申請書のQRコードをカメラにかざしてください。"),
                 fill(tr("%1 秒以内に読み取れないときは、入力の画面に戻ります。"),
                      screen.seconds)),
                (Action(tr("数字で入力する"), ev.StopScan()), _cancel()),
                widget="camera", data={"guidance": None})


def guidance(screen: sc.PhotoGuidance) -> View:
    """The photo rules of the application form's leaflet, before the camera starts."""
    lines = [fill(tr("申請書ID: %1"), screen.application_id or "")]
    if screen.reason is not None:
        # Back here because the camera failed: the rules were read on the way to it, the
        # problem and what to do are what this person needs now.
        return View(tr("撮影の前に"),
                    (reason_text(screen.reason), next_step_text(NextStep.TRY_AGAIN), *lines),
                    _guidance_actions(), alert=True)
    lines += [
        tr("申請用の写真は次のように撮影します。"),
        "・" + tr("正面を向き、帽子をとってください。"),
        "・" + tr("サングラスや前髪で目を隠さないでください。"),
        "・" + tr("背景に模様や物、ほかの人が写らないようにしてください。"),
        "・" + tr("顔や背景に影ができないようにしてください。"),
        "・" + tr("撮影中は動かないでください。ぼやけた写真は使えません。"),
        "・" + tr("ふだんの顔と著しく異なる写真は使えません。"),
        tr("帽子の有無と、ふだんの顔と異なっていないかは自動では確認できません。ご自身でお確かめください。"),
    ]
    return View(tr("撮影の前に"), tuple(lines), _guidance_actions())


def _guidance_actions() -> tuple[Action, ...]:
    return (Action(tr("撮影に進む"), ev.StartPreview(), primary=True),
            Action(tr("申請書IDを直す"), ev.Back()), _cancel())


def preview(screen: sc.PhotoPreview) -> View:
    """The live camera picture with the framing guide."""
    return View(tr("写真の撮影"),
                (tr("枠に顔を合わせ、まっすぐカメラを見てください。"),
                 tr("準備ができたら「撮影する」を押してください。3秒後に撮影します。")),
                (Action(tr("撮影する"), ev.TakePhoto(), primary=True), _cancel()),
                widget="camera", data={"guidance": None, "guide": "application"})


def countdown(screen: sc.PhotoCountdown) -> View:
    """3, 2, 1."""
    return View(fill(tr("%1 秒後に撮影します"), screen.seconds),
                (tr("カメラを見て、動かないでください。"),),
                widget="camera", data={"guidance": None, "guide": "application"})


def checking(screen: sc.PhotoChecking) -> View:
    """The photo is being checked."""
    return View(tr("写真を確認しています"), (tr("しばらくお待ちください。"),),
                widget="camera", data={"guidance": None}, busy=True)


SHOWN_REASONS = 3


def failed(screen: sc.PhotoFailed) -> View:
    """The photo failed some checks: the first reasons (in the checks' order), how many
    more, then a retake."""
    reasons = list(dict.fromkeys(check_text(failure) for failure in screen.failures))
    # Beside the preview there is room for a few sentences: a person fixes the first
    # problems, and the next photo's checks say what is left.
    shown = reasons[:SHOWN_REASONS]
    if len(reasons) > SHOWN_REASONS:
        shown.append(fill(tr("ほかに %1 点の問題があります。"), len(reasons) - SHOWN_REASONS))
    return View(tr("この写真は申請に使えません"),
                (*shown, tr("もう一度撮影してください。")),
                (Action(tr("撮り直す"), ev.Retake(), primary=True), _cancel()),
                widget="camera", data={"guidance": "photo_rejected"}, alert=True)


def confirm_photo(screen: sc.PhotoConfirm) -> View:
    """The photo passed: use it, or take another."""
    return View(tr("写真の確認"),
                (tr("この写真で申請しますか？"),
                 tr("写真は縦45mm×横35mmの枠に合わせて送られます。")),
                (Action(tr("この写真で申請する"), ev.AcceptPhoto(), primary=True),
                 Action(tr("撮り直す"), ev.Retake()), _cancel()),
                widget="camera", data={"guidance": None, "guide": "application"})


def email(screen: sc.EmailEntry) -> View:
    """The contact e-mail, checked when sent."""
    lines = []
    if screen.reason is Reason.EMAIL_INVALID:
        lines.append(tr("メールアドレスが正しくありません。"))
        problem = _EMAIL_PROBLEMS.get(str(screen.problem))
        if problem:
            lines.append(problem())
    lines.append(tr("カードの交付の準備ができたときに連絡するメールアドレスを入力してください。"))
    return View(tr("連絡先メールアドレス"), tuple(lines), (_cancel(),), widget="email",
                data={"email": screen.email},
                alert=screen.reason is not None)


def application_confirm(screen: sc.ApplicationConfirm) -> View:
    """Everything that will be sent, before it is."""
    return View(tr("申請内容の確認"),
                (fill(tr("申請書ID: %1"), screen.application_id),
                 fill(tr("メールアドレス: %1"), screen.email),
                 tr("撮影した写真とこの内容で申請します。よろしいですか？")),
                (Action(tr("申請する"), ev.Submit(), primary=True),
                 Action(tr("メールアドレスを直す"), ev.ChangeEmail()), _cancel()))


def submitting(screen: sc.Submitting) -> View:
    """The application is being stored."""
    return View(tr("送信中"), (tr("申請を送信しています。しばらくお待ちください。"),), busy=True)


def receipt(screen: sc.Receipt) -> View:
    """The receipt number, shown this once."""
    return View(tr("申請を受け付けました"),
                (fill(tr("受付番号: %1"), screen.receipt_number),
                 tr("受付番号はこの画面にだけ表示されます。お控えください。"),
                 tr("カードの交付の準備ができると、メールでお知らせします。")),
                (Action(tr("終了"), ev.Finish(), primary=True),), success=True)


def system_error(screen: sc.SystemError) -> View:
    """The application could not be stored: try again or cancel (nothing is kept then)."""
    return View(tr("送信できませんでした"),
                (reason_text(Reason.SYSTEM_ERROR), tr("もう一度送信するか、中止してください。")),
                (Action(tr("もう一度送信する"), ev.Submit(), primary=True), _cancel()),
                alert=True)


def warning(screen: sc.InactivityWarning) -> View:
    """Nobody touched the booth for a while; the camera picture stays under the warning."""
    view = inactivity_warning(screen, "photo")
    if screen.covers in _CAMERA_SCREENS:
        return dataclasses.replace(view, widget="camera", data={"guidance": None, "guide": "application"})
    return view


PRESENTERS: dict[type[Screen], Callable[[Any], View]] = {
    sc.Standby: standby,
    sc.ApplicationId: application_id,
    sc.QrScan: qr_scan,
    sc.PhotoGuidance: guidance,
    sc.PhotoPreview: preview,
    sc.PhotoCountdown: countdown,
    sc.PhotoChecking: checking,
    sc.PhotoFailed: failed,
    sc.PhotoConfirm: confirm_photo,
    sc.EmailEntry: email,
    sc.ApplicationConfirm: application_confirm,
    sc.Submitting: submitting,
    sc.Receipt: receipt,
    sc.SystemError: system_error,
    sc.InactivityWarning: warning,
}
