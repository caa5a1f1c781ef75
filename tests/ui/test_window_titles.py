"""Every terminal's window, the QA panel's and a playback window's title names its terminal."""

from __future__ import annotations

from kiosk.terminals import TerminalKind
from ui.kiosk_window import KioskWindow
from ui.window_titles import panel_title, playback_title, window_title


def test_each_terminal_window_has_a_title_of_its_own(qtbot):
    titles = {}
    for kind in TerminalKind:
        window = KioskWindow(kind)
        qtbot.addWidget(window)
        titles[kind] = window.windowTitle()
    assert len(set(titles.values())) == len(titles)
    assert titles[TerminalKind.CLINIC] == "マイナ保険証 受付 — 医療機関の受付"
    assert all(title.startswith("マイナ保険証 受付 — ") for title in titles.values())


def test_the_panel_and_playback_titles_differ_from_the_kiosks():
    kiosks = {window_title(kind) for kind in TerminalKind}
    panels = {panel_title(kind) for kind in TerminalKind}
    assert len(panels) == len(TerminalKind) and not panels & kiosks
    assert playback_title("booth", "standby") == "再生: 利用登録のセルフ端末 — standby"


def test_a_running_terminal_keeps_its_title_from_screen_to_screen(clinic):
    assert clinic.screen is not None  # standby has been drawn
    assert clinic.window.windowTitle() == "マイナ保険証 受付 — 医療機関の受付"
