"""Each flow's declaration (SCREENS, ACCEPTS) against docs/terminal-flows.md, and the flows
refusing what they do not declare."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import pytest

from kiosk.flows import inputs as ev
from kiosk.flows import screens as sc
from kiosk.flows.base import Flow, UnknownInput
from kiosk.flows.booth import BoothFlow
from kiosk.flows.clinic import ClinicFlow
from kiosk.flows.photo_booth import PhotoBoothFlow
from kiosk.flows.portal import PortalFlow
from kiosk.flows.screen import Screen

DOC = Path(__file__).resolve().parents[2] / "docs" / "terminal-flows.md"
FLOWS: list[type[Flow]] = [ClinicFlow, BoothFlow, PortalFlow, PhotoBoothFlow]
TICKED = re.compile(r"`([a-z_]+)[`(]")


def documented(flow: type[Flow]) -> dict[str, tuple[set[str], set[str]]]:
    """The flow's table in the doc: screen name → (names in Details, names in Inputs)."""
    text = DOC.read_text(encoding="utf-8")
    section = text.split(f"(`{flow.__name__}`)", 1)[1].split("\n## ", 1)[0]
    rows = {}
    for line in section.splitlines():
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if len(cells) != 3 or not cells[0].startswith("`"):
            continue
        name = re.fullmatch(r"`([a-z_]+)`", cells[0])
        assert name is not None, line
        rows[name.group(1)] = (set(TICKED.findall(cells[1])), set(TICKED.findall(cells[2])))
    return rows


def fields_of(screen: type[Screen]) -> set[str]:
    return {f.name for f in dataclasses.fields(screen)} - {"reason", "language"}


@pytest.mark.parametrize("flow", FLOWS, ids=lambda flow: flow.__name__)
def test_the_doc_lists_exactly_the_screens_the_flow_declares(flow):
    assert set(documented(flow)) == {screen.name.value for screen in flow.SCREENS}


@pytest.mark.parametrize("flow", FLOWS, ids=lambda flow: flow.__name__)
def test_the_doc_names_every_value_of_each_screen(flow):
    table = documented(flow)
    for screen in flow.SCREENS:
        details, _ = table[screen.name.value]
        assert fields_of(screen) <= details, f"{screen.name}: {fields_of(screen) - details}"


@pytest.mark.parametrize("flow", FLOWS, ids=lambda flow: flow.__name__)
def test_the_doc_names_the_inputs_each_screen_takes_and_no_other(flow):
    table = documented(flow)
    for kind, screens in flow.ACCEPTS.items():
        assert set(screens) <= set(flow.SCREENS), kind.action
        for screen in flow.SCREENS:
            _, inputs = table[screen.name.value]
            taken = screen in screens
            assert (kind.action in inputs) == taken, (
                f"{screen.name}: {kind.action} is {'' if taken else 'not '}taken there")


@pytest.mark.parametrize("flow", FLOWS, ids=lambda flow: flow.__name__)
def test_every_input_named_in_the_doc_exists(flow):
    for name, (_, inputs) in documented(flow).items():
        unknown = {action for action in inputs if action not in ev.BY_ACTION}
        assert unknown == set(), f"{name}: {unknown}"


def test_a_flow_refuses_to_show_a_screen_it_does_not_declare(world):
    booth = world.booth()
    with pytest.raises(TypeError, match="does not declare consent"):
        booth._show(sc.Consent(categories=()))


def test_an_input_of_another_terminal_is_refused_by_name(world):
    booth = world.booth()
    with pytest.raises(UnknownInput, match="booth terminal has no action 'choose_face'"):
        booth.handle(ev.ChooseFace())
    assert booth.screen.name == "language"


def test_an_input_on_a_screen_that_does_not_take_it_is_ignored(world):
    clinic = world.clinic("1310000001")
    clinic.handle(ev.ConsentAll())  # standby takes no consent
    assert isinstance(clinic.screen, sc.Standby) and clinic.screen.reason is None
