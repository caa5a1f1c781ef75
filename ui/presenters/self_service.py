"""The booth's and the portal app's own screens: language, menu, terms, card, confirm, done."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from kiosk.flows import inputs as ev
from kiosk.flows import screens as sc
from kiosk.flows.reasons import Reason
from kiosk.flows.screen import Screen
from ui.presenters.common import next_steps
from ui.presenters.registration import registration_lines, terms_lines
from ui.texts import reason_text, tr
from ui.view import Action, View


def language(screen: sc.Language) -> View:
    """The booth's first screen: choose a language (and take a card left in the slot)."""
    notice = (reason_text(screen.reason),) if screen.reason else ()
    take = (tr("カードをお取りください。"),) if screen.take_card else ()
    return View(tr("言語を選んでください"), (*take, *notice), widget="languages",
                data={"language": screen.language}, alert=bool(take))


def booth_menu(screen: Screen) -> View:
    """What the booth can do."""
    return View(tr("メニュー"), (tr("お手続きを選んでください。"),),
                (Action(tr("健康保険証利用の申込み"), ev.Apply(), primary=True),
                 Action(tr("中止"), ev.Cancel())))


def portal_menu(screen: Screen) -> View:
    """The portal app's home."""
    notice = (reason_text(screen.reason),) if screen.reason else ()
    return View(tr("マイナポータル"), (*notice, tr("お手続きを選んでください。")),
                (Action(tr("健康保険証利用の申込"), ev.StartRegistration(), primary=True),
                 Action(tr("登録状況の確認"), ev.ShowStatus())))


def terms(screen: Screen) -> View:
    """The terms of use of the card as a health-insurance card."""
    return View(tr("利用規約"), terms_lines(),
                (Action(tr("同意する"), ev.Agree(), primary=True), Action(tr("同意しない"), ev.Cancel())))


def booth_place_card(screen: Screen) -> View:
    """Insert the card."""
    return View(tr("カードの挿入"), (tr("マイナンバーカードを挿入してください。"),),
                (Action(tr("中止"), ev.Cancel()),))


def portal_place_card(screen: Screen) -> View:
    """Hold the card to the phone."""
    return View(tr("カードの読み取り"),
                # The app reads as soon as the card is held to it: there is no start button.
                (tr("マイナンバーカードをスマートフォンの背面にかざしてください。"
                    "読み取りが終わるまで動かさないでください。"),),
                (Action(tr("中止"), ev.Cancel()),))


def confirm(screen: sc.Confirm) -> View:
    """Last check before registering: what will be registered."""
    return View(tr("登録内容の確認"), (
        tr("次の内容で登録します。よろしければ「登録する」を押してください。"),
        *registration_lines("pin", screen.expires_on, screen.language),
        tr("登録後は、医療機関・薬局の受付でこのカードを健康保険証として使えます。")),
        (Action(tr("登録する"), ev.Confirm(), primary=True), Action(tr("中止"), ev.Cancel())))


def done(screen: sc.Done) -> View:
    """Registered, or already registered."""
    lines = [reason_text(screen.reason)]
    if screen.renewal_due:
        lines.append(reason_text(Reason.RENEWAL_DUE))
    lines.append(tr("カードをお取りください。"))
    return View(tr("手続きが終わりました"), tuple(lines), success=True)


def cannot_serve(screen: Screen) -> View:
    """This terminal cannot help: why and where to go."""
    return View(tr("ここでは手続きできません"),
                (*next_steps(screen), tr("カードをお取りください。")), alert=True)


def status(screen: sc.Status) -> View:
    """Whether the card is registered, whichever terminal registered it."""
    registered = screen.registered
    text = (tr("このカードは健康保険証として利用登録されています。") if registered
            else tr("このカードはまだ健康保険証として利用登録されていません。"))
    return View(tr("登録状況"), (text,), (Action(tr("戻る"), ev.Cancel()),))


_SHARED: dict[type[Screen], Callable[[Any], View]] = {
    sc.Terms: terms,
    sc.Confirm: confirm,
    sc.Done: done,
    sc.CannotServe: cannot_serve,
    sc.Status: status,
}
BOOTH_PRESENTERS = {**_SHARED, sc.Language: language, sc.Menu: booth_menu,
                    sc.PlaceCard: booth_place_card}
PORTAL_PRESENTERS = {**_SHARED, sc.Menu: portal_menu, sc.PlaceCard: portal_place_card}
