"""Window titles that name the terminal, so a tester with several windows tells them apart."""

from __future__ import annotations

from collections.abc import Callable

from ui.texts import fill, tr

_NAMES: dict[str, Callable[[], str]] = {
    "clinic": lambda: tr("医療機関の受付"),
    "booth": lambda: tr("利用登録のセルフ端末"),
    "portal": lambda: tr("マイナポータル（スマートフォン）"),
    "photo": lambda: tr("証明写真機（交付申請）"),
}


def terminal_name(kind: str) -> str:
    """The terminal's name in the current language (its kind's code if it has none)."""
    name = _NAMES.get(kind)
    return name() if name is not None else kind


def window_title(kind: str) -> str:
    """The kiosk window's title: the service and which terminal this is."""
    return fill(tr("マイナ保険証 受付 — %1"), terminal_name(kind))


def panel_title(kind: str) -> str:
    """The QA panel's title: which terminal it drives."""
    return fill(tr("QA パネル（エミュレーター） — %1"), terminal_name(kind))


def playback_title(kind: str, what: str) -> str:
    """A scenario playback window's title: the terminal and what it plays."""
    return fill(tr("再生: %1 — %2"), terminal_name(kind), what)
