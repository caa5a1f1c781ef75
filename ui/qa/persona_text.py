"""A persona's state (kiosk/emulator/persona_state.py) in a line of the QA panel's card list."""

from __future__ import annotations

from collections.abc import Callable

from kiosk.eligibility.records import Validity
from kiosk.emulator.persona_state import CertificateStatus, PersonaState
from ui.texts import fill, tr

FULL_TRIES = 3  # the user-authentication PIN's tries: fewer left is worth saying

_CERTIFICATES: dict[CertificateStatus, Callable[[], str]] = {
    CertificateStatus.GRACE: lambda: tr("電子証明書の期限切れ（猶予期間内）"),
    CertificateStatus.EXPIRED: lambda: tr("電子証明書の期限切れ（猶予期間後）"),
    CertificateStatus.NOT_YET_VALID: lambda: tr("電子証明書の有効期間前"),
    CertificateStatus.ON_HOLD: lambda: tr("一時利用停止中（紛失の届出）"),
    CertificateStatus.REVOKED: lambda: tr("電子証明書の失効"),
    CertificateStatus.UNKNOWN: lambda: tr("電子証明書の記録なし"),
}

_COVERAGES: dict[Validity, Callable[[], str]] = {
    Validity.VALID: lambda: tr("資格有効"),
    Validity.INVALID: lambda: tr("資格なし（新しい保険者の届出前）"),
    Validity.INVALID_NEWER_EXISTS: lambda: tr("資格なし（新しい資格は開始前）"),
    Validity.NO_COVERAGE: lambda: tr("資格の記録なし"),
    Validity.SEVERAL_MATCHES: lambda: tr("資格有効"),
}


def describe(state: PersonaState) -> str:
    """What a terminal would find now, most telling first, e.g. 「利用登録なし、資格有効」."""
    if not state.chip_readable:
        return tr("ICチップ破損（読み取れません）")
    facts = [tr("利用登録済み") if state.registered else tr("利用登録なし")]
    if state.certificate in _CERTIFICATES:
        facts.append(_CERTIFICATES[state.certificate]())
    if state.pin_tries_left is None:
        facts.append(tr("顔認証カード（暗証番号なし）"))
    elif state.pin_locked:
        facts.append(tr("暗証番号ロック中"))
    elif state.pin_tries_left < FULL_TRIES:
        facts.append(fill(tr("暗証番号 残り %1 回"), state.pin_tries_left))
    facts.append(_COVERAGES[state.coverage]())
    if state.dependent:
        facts.append(tr("被扶養者"))
    if state.age is not None and state.age < 15:
        facts.append(tr("15歳未満"))
    elif state.age is not None and state.age >= 70:
        facts.append(tr("70歳以上"))
    return tr("、").join(facts)
