"""What registering a card for insurance use means, as the booth, the app and the clinic
reader say it: the terms, and what will be registered."""

from __future__ import annotations

import datetime as dt

from ui.texts import date_text, fill, identity_text, tr


def terms_lines() -> tuple[str, ...]:
    """The terms of use of the card as a health-insurance card."""
    return (
        tr("マイナンバーカードを健康保険証として利用するための登録を行います。"),
        tr("登録すると、医療機関・薬局でマイナンバーカードにより保険資格が確認されます。"),
        tr("診療や薬の情報は、ご本人が同意した場合に限り医療機関・薬局と共有されます。"),
        tr("ICチップに診療や薬の情報は記録されません。"))


def registration_lines(identity: str, expires_on: dt.date, language: str) -> tuple[str, ...]:
    """What will be registered: the procedure, how identity was confirmed, and until when
    the card's certificate (what the registration links) is valid."""
    return (
        "・" + fill(tr("お手続き: %1"), tr("健康保険証の利用登録")),
        "・" + fill(tr("本人確認: %1"), identity_text(identity)),
        "・" + fill(tr("電子証明書の有効期限: %1"), date_text(expires_on, language)))
