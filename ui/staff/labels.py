"""What the staff screen says about a reception record: column cells and detail fields.

Staff read Japanese; every text still goes through tr() so that it can be translated.
Codes without a label are shown as they are, so a new code is never hidden.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from kiosk.eligibility.clock import JST
from kiosk.eligibility.receptions import ReceptionRecord
from kiosk.eligibility.records import CoverageView
from ui.texts import fill, tr

NONE = "—"

_METHODS: dict[str, Callable[[], str]] = {
    "face": lambda: tr("顔認証"),
    "pin": lambda: tr("暗証番号"),
    "visual": lambda: tr("目視確認"),
    "none": lambda: tr("本人確認前"),
}

_VALIDITY: dict[int, Callable[[], str]] = {
    1: lambda: tr("資格有効"),
    2: lambda: tr("資格無効"),
    3: lambda: tr("資格無効（新しい資格あり）"),
    4: lambda: tr("資格情報なし"),
    5: lambda: tr("複数該当（枝番で特定）"),
}

_OUTCOMES: dict[str, Callable[[], str]] = {
    "completed": lambda: tr("受付完了"),
    "certificate_refused": lambda: tr("証明書エラー"),
    "not_registered": lambda: tr("利用登録なし"),
    "registration_failed": lambda: tr("利用登録できず"),
    "abandoned": lambda: tr("中断"),
    "system_error": lambda: tr("システムエラー"),
}

_CONSENTS: dict[str, Callable[[], str]] = {
    "medical": lambda: tr("診療・薬剤"),
    "surgery": lambda: tr("手術"),
    "checkup": lambda: tr("特定健診"),
}

_PRESCRIPTIONS: dict[str, Callable[[], str]] = {
    "electronic": lambda: tr("電子処方箋"),
    "paper": lambda: tr("紙の処方箋"),
}

# Short labels for staff; the patient's screen explains the same codes in sentences.
_WARNINGS: dict[str, Callable[[], str]] = {
    "grace_period": lambda: tr("証明書期限切れ（猶予期間：資格確認のみ）"),
    "renewal_due": lambda: tr("証明書の更新時期"),
    "registered": lambda: tr("受付時に利用登録"),
    "invalid": lambda: tr("資格無効"),
    "new_coverage_not_filed": lambda: tr("資格無効（新しい資格あり）"),
    "no_coverage": lambda: tr("資格情報なし"),
    "several_matches": lambda: tr("複数該当"),
    "card_removed": lambda: tr("途中でカードが取り出された"),
    "not_registered": lambda: tr("利用登録なし"),
    "no_insurance_record": lambda: tr("資格情報なし（登録できず）"),
    "linked_to_another_person": lambda: tr("他の方に登録済みのカード"),
    "on_hold": lambda: tr("一時利用停止中のカード"),
    "revoked": lambda: tr("証明書失効"),
    "expired": lambda: tr("証明書期限切れ"),
    "not_yet_valid": lambda: tr("証明書の有効期間前"),
    "unknown_certificate": lambda: tr("不明な証明書"),
    "untrusted": lambda: tr("確認できない証明書"),
    "face_model_timeout": lambda: tr("顔認証の処理が時間内に終わらず"),
    "terminal_stalled": lambda: tr("端末の処理が止まり、受付をやり直し"),
    "terminal_stopped": lambda: tr("受付中に端末が終了"),
}

_RELATIONSHIPS: dict[str, Callable[[], str]] = {
    "principal": lambda: tr("本人"),
    "dependent": lambda: tr("家族"),
}

_SEXES: dict[str, Callable[[], str]] = {"1": lambda: tr("男"), "2": lambda: tr("女")}


def _label(table: dict, code: object) -> str:
    if code is None:
        return NONE
    text = table.get(code)
    return text() if text else str(code)


def method_text(code: str) -> str:
    """How identity was confirmed: 顔認証, 暗証番号 or 目視確認."""
    return _label(_METHODS, code)


def validity_text(code: int | None) -> str:
    """The validity code in words (資格有効, 資格無効...); 未照会 before any lookup."""
    return tr("未照会") if code is None else _label(_VALIDITY, code)


def outcome_text(code: str) -> str:
    """How the reception ended."""
    return _label(_OUTCOMES, code)


def consents_text(codes: tuple[str, ...]) -> str:
    """The categories consented to, or なし."""
    return "、".join(_label(_CONSENTS, c) for c in codes) if codes else tr("なし")


def prescription_text(code: str | None) -> str:
    """電子処方箋, 紙の処方箋 or a dash."""
    return _label(_PRESCRIPTIONS, code)


def warnings_text(codes: tuple[str, ...]) -> str:
    """Every warning, separated; a dash for none."""
    return " / ".join(_label(_WARNINGS, c) for c in codes) if codes else NONE


def time_text(moment: dt.datetime) -> str:
    """The reception's time in Japan as the list shows it (month/day hour:minute; the
    detail has the seconds)."""
    return moment.astimezone(JST).strftime("%m/%d %H:%M")


def date_text(day: dt.date | None) -> str:
    """A date as Japanese staff write it."""
    if day is None:
        return NONE
    return fill(tr("%1年%2月%3日"), day.year, day.month, day.day)


def ratio_text(percent: int | None) -> str:
    """A co-payment percent as 割 (30 → 3割)."""
    if percent is None:
        return NONE
    return fill(tr("%1割"), f"{percent / 10:g}")


def name_text(coverage: CoverageView | None) -> str:
    """The insured person's name."""
    return NONE if coverage is None else f"{coverage.family_name} {coverage.given_name}"


def kana_text(coverage: CoverageView | None) -> str:
    """The insured person's name in kana."""
    return NONE if coverage is None else f"{coverage.family_kana} {coverage.given_kana}"


def copay_text(coverage: CoverageView | None) -> str:
    """The co-payment the person pays at the counter (3割), a dash without coverage."""
    return NONE if coverage is None else ratio_text(coverage.copay_ratio)


def insurer_text(coverage: CoverageView | None) -> str:
    """The insurer's name (its number when the name is unknown)."""
    if coverage is None:
        return NONE
    return coverage.insurer_name or coverage.insurer_number


def numbers_text(coverage: CoverageView | None) -> str:
    """記号・番号・枝番 as one cell."""
    if coverage is None:
        return NONE
    return "・".join((coverage.symbol or NONE, coverage.number, coverage.branch))


def reception_fields(record: ReceptionRecord) -> list[tuple[str, str, str]]:
    """(key, label, value) of the reception itself, for the detail view."""
    return [
        ("id", tr("受付番号"), str(record.id)),
        ("at", tr("日時"), record.at.astimezone(JST).strftime("%Y-%m-%d %H:%M:%S")),
        ("terminal", tr("端末"), record.terminal_id),
        ("method", tr("本人確認"), method_text(record.identity_method)),
        ("validity", tr("資格"), validity_text(record.validity)),
        ("outcome", tr("結果"), outcome_text(record.outcome)),
        ("consents", tr("同意"), consents_text(record.consents)),
        ("prescription", tr("処方箋"), prescription_text(record.prescription)),
        ("warnings", tr("注意"), warnings_text(record.warnings)),
    ]


def person_fields(coverage: CoverageView) -> list[tuple[str, str, str]]:
    """(key, label, value) of the insured person in the coverage the lookup returned."""
    return [
        ("name", tr("氏名"), name_text(coverage)),
        ("kana", tr("カナ"), kana_text(coverage)),
        ("sex", tr("性別"), _label(_SEXES, coverage.sex)),
        ("birth_date", tr("生年月日"), date_text(coverage.birth_date)),
        ("address", tr("住所"), coverage.address),
        ("relationship", tr("本人・家族"), _label(_RELATIONSHIPS, coverage.relationship)),
    ]


def insurance_fields(coverage: CoverageView) -> list[tuple[str, str, str]]:
    """(key, label, value) of the insurance in the coverage the lookup returned."""
    return [
        ("insurer_number", tr("保険者番号"), coverage.insurer_number),
        ("insurer_name", tr("保険者名"), coverage.insurer_name or NONE),
        ("symbol", tr("記号"), coverage.symbol or NONE),
        ("number", tr("番号"), coverage.number),
        ("branch", tr("枝番"), coverage.branch),
        ("copay", tr("負担割合"), ratio_text(coverage.copay_ratio)),
        ("elderly_copay", tr("高齢受給者の負担割合"), ratio_text(coverage.elderly_copay_ratio)),
        ("high_cost", tr("限度額適用区分"), coverage.high_cost_category or NONE),
        ("valid_from", tr("資格取得日"), date_text(coverage.valid_from)),
        ("valid_until", tr("資格喪失日"), date_text(coverage.valid_until)),
        ("loss_reason", tr("喪失事由"), coverage.loss_reason or NONE),
    ]


def coverage_fields(coverage: CoverageView) -> list[tuple[str, str, str]]:
    """(key, label, value) of every field of the coverage the lookup returned."""
    return person_fields(coverage) + insurance_fields(coverage)
