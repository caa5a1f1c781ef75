"""Screens every terminal shares: standby, progress, PIN, refusals, errors, the timeout."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from kiosk.flows import inputs as ev
from kiosk.flows import screens as sc
from kiosk.flows.screen import Screen
from kiosk.terminals import TERMINALS, TerminalKind
from ui.texts import fill, next_step_text, reason_text, tr
from ui.view import Action, View


def takes(terminal: str, kind: type[ev.FlowInput], screen: Screen) -> bool:
    """Whether the terminal's flow takes this input on this screen (a button only then)."""
    accepts = TERMINALS[TerminalKind(terminal)].flow.ACCEPTS
    return isinstance(screen, accepts.get(kind, ()))


def next_steps(screen: Screen) -> tuple[str, ...]:
    """The reason, then where to go, as sentences."""
    lines = [reason_text(screen.reason)]
    lines += [next_step_text(step) for step in screen.next_steps]
    return tuple(line for line in lines if line)


def standby(screen: sc.Standby, terminal: str) -> View:
    """Waiting for a card; or for the last one to be taken, while it lies on the reader."""
    title = screen.facility_name or tr("健康保険証の受付")
    notice = (reason_text(screen.reason),) if screen.reason else ()
    if screen.take_card:
        return View(title, (tr("カードをお取りください。"), *notice), alert=True)
    return View(title, (tr("マイナンバーカードを置いてください。"),
                        tr("顔写真のある面を上にして、カード置き場に置いてください。"), *notice),
                pictogram="place_card")


def reading(screen: Screen, terminal: str) -> View:
    """The card is being read."""
    return View(tr("読み取り中"), (tr("カードを読み取っています。カードを動かさないでください。"),),
                busy=True)


def checking(screen: Screen, terminal: str) -> View:
    """The eligibility system is being asked."""
    return View(tr("確認中"), (tr("確認しています。しばらくお待ちください。"),), busy=True)


def card_problem(screen: Screen, terminal: str) -> View:
    """The card cannot be used here."""
    return View(tr("このカードは使えません"), (*next_steps(screen), tr("カードをお取りください。")),
                alert=True)


def system_error(screen: Screen, terminal: str) -> View:
    """The eligibility system or a device failed."""
    return View(tr("ただいま受付できません"), (*next_steps(screen), tr("カードをお取りください。")),
                alert=True)


def out_of_service(screen: Screen, terminal: str) -> View:
    """The card reader does not answer: nothing can be done here until it does."""
    return View(tr("ただいま受付できません"),
                (*next_steps(screen), tr("復旧すると、自動的に受付を再開します。")), alert=True)


def pin_entry(screen: sc.PinEntry, terminal: str) -> View:
    """The 4-digit PIN pad with the tries left."""
    tries = screen.tries_left
    lines = [reason_text(screen.reason)] if screen.reason else []
    lines.append(tr("暗証番号（数字4桁）を入力してください。"))
    if tries is not None:
        lines.append(fill(tr("あと %1 回間違えるとロックされます。"), tries))
    actions = []
    if takes(terminal, ev.Back, screen):
        actions.append(Action(tr("戻る"), ev.Back()))
    if takes(terminal, ev.AskStaff, screen):
        actions.append(Action(tr("職員を呼ぶ"), ev.AskStaff()))
    actions.append(Action(tr("中止"), ev.Cancel()))
    return View(tr("暗証番号の入力"), tuple(lines), tuple(actions), widget="pin_pad",
                alert=screen.reason is not None)


def pin_locked(screen: sc.PinLocked, terminal: str) -> View:
    """The PIN locked (now or before)."""
    actions = []
    if "face" in screen.methods:
        actions.append(Action(tr("顔認証で確認する"), ev.Back(), primary=True))
    if screen.visual_confirmation:
        actions.append(Action(tr("職員を呼ぶ"), ev.AskStaff()))
    return View(tr("暗証番号がロックされました"), next_steps(screen), tuple(actions), alert=True)


def certificate_refused(screen: Screen, terminal: str) -> View:
    """The certificate cannot be used (on hold, revoked, expired...)."""
    return View(tr("このカードは使えません"), (*next_steps(screen), tr("カードをお取りください。")),
                alert=True)


def inactivity_warning(screen: sc.InactivityWarning, terminal: str) -> View:
    """Nobody touched the screen for a while."""
    # The sentence read aloud comes first and stays the same while the seconds count down.
    return View(tr("操作を続けますか？"),
                (tr("続ける場合は「続ける」を押してください。"),
                 fill(tr("操作がないため、%1 秒後に最初の画面に戻ります。"),
                      screen.seconds_left)),
                (Action(tr("続ける"), ev.Touch(), primary=True),))


PRESENTERS: dict[type[Screen], Callable[[Any, str], View]] = {
    sc.Standby: standby,
    sc.Reading: reading,
    sc.Checking: checking,
    sc.CardProblem: card_problem,
    sc.SystemError: system_error,
    sc.OutOfService: out_of_service,
    sc.PinEntry: pin_entry,
    sc.PinLocked: pin_locked,
    sc.CertificateRefused: certificate_refused,
    sc.InactivityWarning: inactivity_warning,
}
