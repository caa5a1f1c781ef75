"""Every sentence the screens show, in Japanese, translated through Qt's tools at render time.

`pyside6-lupdate` collects the `tr("...")` calls into ui/translations/*.ts; the .qm files
built from them translate at run time. Reason codes, next steps, camera guidance and consent
categories are looked up here by their codes.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from kiosk.flows.reasons import FOREIGN_LANGUAGE_LINES, HOTLINE, NextStep, Reason


def tr(text: str) -> str:
    """`text` in the current language (the source is Japanese)."""
    return QCoreApplication.translate("", text)


def fill(text: str, *values: object) -> str:
    """Replace %1, %2... in an already translated text."""
    for number, value in enumerate(values, 1):
        text = text.replace(f"%{number}", str(value))
    return text


# Language names are written in their own language on every screen: never translated.
LANGUAGE_NAMES = {"ja": "日本語", "en": "English", "zh": "中文", "ko": "한국어",
                  "es": "Español", "pt": "Português"}

# The booth's first question, asked in every language at once (each written in itself).
LANGUAGE_PROMPTS = {"ja": "言語を選んでください", "en": "Please choose a language",
                    "zh": "请选择语言", "ko": "언어를 선택해 주십시오",
                    "es": "Elija un idioma", "pt": "Escolha o idioma"}

_REASONS: dict[Reason, Callable[[], str]] = {
    Reason.CARD_REMOVED: lambda: tr("カードが取り出されたため、受付を中止しました。"),
    Reason.INSURANCE_CARD: lambda: tr("これは健康保険証です。受付の職員にお渡しください。"),
    Reason.NOT_MY_NUMBER_CARD: lambda: tr("マイナンバーカードではありません。マイナンバーカードを置いてください。"),
    Reason.CHIP_DESTROYED: lambda: tr("カードのICチップが読み取れません。カードの再発行はお住まいの市区町村の窓口で行えます。"),
    Reason.UNREADABLE_CARD: lambda: tr("カードを読み取れませんでした。置き直してください。"),
    Reason.READER_ERROR: lambda: tr("カードリーダーに問題が発生しました。"),
    Reason.WRONG_PIN: lambda: tr("暗証番号が違います。"),
    Reason.PIN_FORMAT: lambda: tr("暗証番号は数字4桁です。"),
    Reason.PIN_LOCKED: lambda: tr("暗証番号がロックされています。ロックの解除はお住まいの市区町村の窓口で行えます。"),
    Reason.PIN_JUST_LOCKED: lambda: tr("暗証番号を3回間違えたため、ロックされました。解除はお住まいの市区町村の窓口で行えます。"),
    Reason.FACE_AUTH_CARD: lambda: tr("このカードは顔認証マイナンバーカードです（暗証番号はありません）。"),
    Reason.FACE_NO_MATCH: lambda: tr("カードの写真と一致しませんでした。"),
    Reason.FACE_UNDECIDED: lambda: tr("顔を確認できませんでした。"),
    Reason.CAMERA_UNAVAILABLE: lambda: tr("カメラが使えません。"),
    Reason.CARD_PHOTO_UNUSABLE: lambda: tr("カードの写真を読み取れません。"),
    Reason.WRONG_STAFF_PASSWORD: lambda: tr("パスワードが違います。"),
    Reason.STAFF_PASSWORD_LOCKED: lambda: tr(
        "パスワードの入力ができなくなりました。係員をお呼びください。"),
    Reason.VISUAL_CONFIRMATION_NOT_ALLOWED: lambda: tr("この施設では目視確認を行っていません。"),
    Reason.CERTIFICATE_ON_HOLD: lambda: tr("このカードは一時利用停止されています（紛失・盗難の届出）。"),
    Reason.CERTIFICATE_REVOKED: lambda: tr("このカードの電子証明書は失効しています。"),
    Reason.CERTIFICATE_EXPIRED: lambda: tr("このカードの電子証明書の有効期限が切れています。"),
    Reason.CERTIFICATE_NOT_YET_VALID: lambda: tr("このカードの電子証明書はまだ有効になっていません。"),
    Reason.CERTIFICATE_UNKNOWN: lambda: tr("このカードの電子証明書を確認できません。"),
    Reason.CERTIFICATE_UNTRUSTED: lambda: tr("このカードの電子証明書を確認できません。"),
    Reason.NOT_REGISTERED: lambda: tr("健康保険証としての利用登録をしていません。受付の職員に資格確認書などをお見せください。"),
    Reason.ALREADY_REGISTERED: lambda: tr("このカードは登録済みです。変更はありません。"),
    Reason.REGISTERED: lambda: tr("健康保険証としての利用登録が完了しました。"),
    Reason.NO_INSURANCE_RECORD: lambda: tr("保険の資格情報が見つからないため、登録できませんでした。"),
    Reason.LINKED_TO_ANOTHER_PERSON: lambda: tr("このカードは登録できません。"),
    Reason.VALID: lambda: tr("保険資格を確認しました。"),
    Reason.INVALID: lambda: tr("有効な保険資格が確認できませんでした（資格無効）。"),
    Reason.NEW_COVERAGE_NOT_FILED: lambda: tr("新しい保険の資格がまだ有効になっていません。"),
    Reason.NO_COVERAGE: lambda: tr("保険の資格情報がありません。"),
    Reason.SEVERAL_MATCHES: lambda: tr("資格情報を特定できませんでした。"),
    Reason.GRACE_PERIOD: lambda: tr("電子証明書の有効期限が切れています。保険資格の確認のみ行いました（医療情報は共有されません）。"),
    Reason.RENEWAL_DUE: lambda: tr("電子証明書の更新時期です。お住まいの市区町村の窓口で更新してください。"),
    Reason.TIMED_OUT: lambda: tr("操作がなかったため、最初の画面に戻りました。"),
    Reason.CANCELLED: lambda: tr("受付を中止しました。"),
    Reason.SYSTEM_ERROR: lambda: tr("システムに接続できません。"),
}

_NEXT_STEPS: dict[NextStep, Callable[[], str]] = {
    NextStep.STAFF: lambda: tr("受付の職員にお声がけください。"),
    NextStep.MUNICIPAL_OFFICE: lambda: tr("お住まいの市区町村の窓口へお越しください。"),
    NextStep.HOTLINE: lambda: fill(tr("マイナンバー総合フリーダイヤル %1（紛失・盗難による一時利用停止は24時間365日）"), HOTLINE),
    NextStep.CLINIC_FACE_READER: lambda: tr("医療機関・薬局の顔認証付きカードリーダーをご利用ください。"),
    NextStep.INSURER: lambda: tr("加入している保険者（勤務先の健康保険組合など）にお問い合わせください。"),
    NextStep.TRY_AGAIN: lambda: tr("もう一度お試しください。"),
}

_GUIDANCE: dict[str, Callable[[], str]] = {
    "no_face": lambda: tr("顔が見つかりません。カメラの正面に立ってください。"),
    "multiple_faces": lambda: tr("複数の顔が映っています。お一人でカメラの前に立ってください。"),
    "too_far": lambda: tr("もう少しカメラに近づいてください。"),
    "too_close": lambda: tr("カメラから少し離れてください。"),
    "too_dark": lambda: tr("暗すぎます。明るい場所でお試しください。"),
    "too_bright": lambda: tr("明るすぎます。逆光を避けてください。"),
    "blurred": lambda: tr("顔を動かさないでください。"),
    "not_facing": lambda: tr("カメラの正面を向いてください。"),
    "blink": lambda: tr("まばたきをしてください。"),
    "liveness_not_shown": lambda: tr("カメラを見て、まばたきをしてください。"),
    "timeout": lambda: tr("時間内に確認できませんでした。"),
    "no_good_frames": lambda: tr("顔をはっきり確認できませんでした。"),
    "no_frames": lambda: tr("カメラの映像がありません。"),
}

_CATEGORIES: dict[str, Callable[[], str]] = {
    "medical": lambda: tr("診療・薬剤の情報"),
    "surgery": lambda: tr("手術の情報"),
    "checkup": lambda: tr("特定健診の情報"),
}


def reason_text(reason: Reason | None) -> str:
    """What a reason code means to the person."""
    if reason is None:
        return ""
    text = _REASONS.get(reason)
    return text() if text else ""


def next_step_text(step: NextStep) -> str:
    """Where to go next."""
    return _NEXT_STEPS[step]()


def guidance_text(code: str | None) -> str:
    """What the person in front of the camera should do."""
    if code is None:
        return tr("カメラを見てください。")
    text = _GUIDANCE.get(code)
    return text() if text else tr("カメラを見てください。")


def category_text(category: str) -> str:
    """A consent category's name."""
    text = _CATEGORIES.get(category)
    return text() if text else category


def help_line_text() -> str:
    """The help lines printed on the leaflet, for the footer of every screen."""
    return fill(tr("お問い合わせ: マイナンバー総合フリーダイヤル %1 / 外国語 %2"), HOTLINE,
                " ".join(FOREIGN_LANGUAGE_LINES))


# The regional variant whose date order is meant (as the translations: Brazilian Portuguese).
_LOCALE_NAMES = {"zh": "zh_CN", "pt": "pt_BR"}
_WEEKDAY = re.compile(r"dddd[,\s]*|[,\s]*dddd")


def date_text(day: dt.date, language: str) -> str:
    """`day` as people write it in `language`: 2031年3月31日, March 31, 2031, 31 de março..."""
    locale = QLocale(_LOCALE_NAMES.get(language, language))
    pattern = _WEEKDAY.sub("", locale.dateFormat(QLocale.FormatType.LongFormat))
    return locale.toString(QDate(day.year, day.month, day.day), pattern)


def identity_text(method: str) -> str:
    """How identity was confirmed: face, PIN or staff."""
    text = {"face": lambda: tr("顔認証"), "pin": lambda: tr("暗証番号"),
            "visual": lambda: tr("職員による目視確認")}.get(method)
    return text() if text else method
