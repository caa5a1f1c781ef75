"""One table of terminal kinds (kiosk/terminals.py): the kiosk, the emulator and the scenario
runner build every flow from it, and every screen a flow declares has a presenter."""

from __future__ import annotations

import pytest

from kiosk.flows.base import Flow
from kiosk.scenarios.format import TERMINALS as SCENARIO_TERMINALS
from kiosk.terminals import TERMINALS, MissingPart, TerminalKind, build_flow
from ui import commands
from ui.kiosk_window import SIZES
from ui.presenters import TERMINAL_PRESENTERS, common


@pytest.mark.parametrize("kind", list(TerminalKind))
def test_every_screen_a_flow_declares_has_a_presenter_at_its_terminal(kind):
    spec = TERMINALS[kind]
    own = TERMINAL_PRESENTERS[kind]
    missing = [screen.name for screen in spec.flow.SCREENS
               if screen not in own and screen not in common.PRESENTERS]
    assert missing == []


@pytest.mark.parametrize("kind", list(TerminalKind))
def test_the_emulated_world_builds_each_kind_from_the_table(world, kind):
    flow = world.flow(kind, "1310000001")
    assert type(flow) is TERMINALS[kind].flow
    assert isinstance(flow, Flow) and flow.terminal_kind == kind.value
    assert isinstance(flow.screen, flow.SCREENS)


def test_a_clinic_without_a_facility_is_refused_with_what_to_give(world):
    with pytest.raises(MissingPart, match="--facility"):
        build_flow(TerminalKind.CLINIC, world.parts("clinic-x"))


def test_the_window_the_command_line_and_the_scenarios_follow_the_table():
    assert {kind.value: spec.window for kind, spec in TERMINALS.items()} == SIZES
    assert set(commands.TERMINALS) == {*TerminalKind, "staff"}
    card_terminals = tuple(kind.value for kind, spec in TERMINALS.items() if spec.reads_cards)
    assert card_terminals == SCENARIO_TERMINALS
