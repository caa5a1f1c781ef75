"""The step indicator: where a person is in the task, and how much is left."""

from __future__ import annotations

import pytest

from kiosk.flows import screens as sc
from kiosk.flows.names import ScreenName as S
from kiosk.flows.reasons import Reason
from kiosk.terminals import TERMINALS, TerminalKind
from ui.steps import _TABLES, steps_for


@pytest.mark.parametrize("terminal", sorted(_TABLES))
def test_each_step_holds_screens_of_that_terminal_once(terminal):
    declared = TERMINALS[TerminalKind(terminal)].flow.SCREENS
    seen: list[type] = []
    for _label, screens in _TABLES[terminal]():
        assert all(screen in declared for screen in screens), terminal
        seen += screens
    assert len(seen) == len(set(seen))
    assert TERMINALS[TerminalKind(terminal)].standby not in seen  # standby is no step


def test_the_phone_has_no_indicator():
    assert steps_for("portal", sc.PinEntry(tries_left=3)) is None


def test_a_clinic_session_moves_through_the_steps(clinic):
    steps = clinic.window.steps
    assert not steps.isVisible()
    clinic.place("yamada-hanako")
    clinic.wait_for(S.CHOOSE_METHOD)
    assert steps.isVisible() and steps.current == "2  本人確認"
    clinic.click("action_choose_pin")
    clinic.wait_for(S.PIN_ENTRY)
    clinic.click("top_language_en")
    clinic.qtbot.waitUntil(lambda: clinic.screen.language == "en")
    assert steps.current.startswith("2  ") and steps.current != "2  本人確認"
    clinic.type_pin("1234")
    clinic.wait_for(S.CONSENT)
    assert steps.current.startswith("3  ")
    clinic.take_card()
    clinic.wait_for(S.STANDBY)
    assert not steps.isVisible()


def test_the_result_is_the_last_step(qapp):
    from ui.screenshots import close_window, open_window, show

    window = open_window("clinic")
    try:
        show(window, sc.Result(reason=Reason.VALID, identity="pin"))
        assert window.steps.current == "4  完了"
        show(window, sc.Result(reason=Reason.VALID, identity="pin", language="en"))
        assert window.steps.current == "4  Done"
    finally:
        close_window(window)
