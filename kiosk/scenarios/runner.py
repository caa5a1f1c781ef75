"""Running scenarios headless on the emulated world, step by step, with a report per step."""

from __future__ import annotations

import shutil
import tempfile
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kiosk.eligibility.errors import EligibilityError
from kiosk.emulator.demo_home import build_demo_home, copy_demo_home
from kiosk.emulator.operations import OPERATIONS, CardNotServed
from kiosk.emulator.world import EmulatedWorld, UnknownCard
from kiosk.face import FaceEngine
from kiosk.flows import inputs as ev
from kiosk.flows.base import Flow
from kiosk.flows.screen import Screen
from kiosk.scenarios.checks import check_result, compare_screen
from kiosk.scenarios.format import Scenario, ScenarioError, Step, load_scenario
from kiosk.terminals import TERMINALS, TerminalKind

# Inputs a scenario may not send directly: the runner's own actions stand for them (place_card,
# remove_card, wait), so that the emulated reader, the clock and the flow always agree.
_NOT_ACTIONS = (ev.Tick, ev.CardPlaced, ev.CardRemoved)


@dataclass(frozen=True)
class StepReport:
    """How one step went."""

    number: int
    action: str
    screen: str  # what the terminal showed after the step
    passed: bool
    message: str = ""


@dataclass
class ScenarioReport:
    """How one scenario went: its steps, then the checks of its [result]."""

    path: str
    name: str
    steps: list[StepReport] = field(default_factory=list)
    checks: list[tuple[str, bool, str]] = field(default_factory=list)
    error: str | None = None
    seconds: float = 0.0

    @property
    def passed(self) -> bool:
        """Every step and every check passed, and nothing went wrong around them."""
        return (self.error is None and all(s.passed for s in self.steps)
                and all(ok for _, ok, _ in self.checks))


class ScenarioRunner:
    """Runs scenarios, each in a fresh copy of one seeded demo home."""

    def __init__(self, workdir: Path | None = None, engine: FaceEngine | None = None,
                 template: Path | None = None, keep_homes: bool = False) -> None:
        self._own_dir = workdir is None
        self._keep_homes = keep_homes  # each run's home stays (for checking what it left)
        self.workdir = Path(tempfile.mkdtemp(prefix="kiosk-scenarios-")) if workdir is None \
            else workdir
        self._template = template  # a seeded demo home to copy; built on first use if None
        self._engine = engine or FaceEngine()
        self._count = 0

    def close(self) -> None:
        """Delete the working copies."""
        if self._own_dir:
            shutil.rmtree(self.workdir, ignore_errors=True)

    def template(self) -> Path:
        """The seeded demo home every scenario copies (built on first use)."""
        if self._template is None:
            self._template = build_demo_home(self.workdir / "template")
        return self._template

    def run_file(self, path: Path,
                 on_screen: Callable[[Screen], None] | None = None) -> ScenarioReport:
        """Load and run one file; a file that cannot be read is a failed report."""
        try:
            scenario = load_scenario(path)
        except ScenarioError as error:
            return ScenarioReport(str(path), path.stem, error=str(error))
        except Exception as error:  # a file the checks let through: still only its report
            return ScenarioReport(str(path), path.stem, error=f"{path}: {unexpected(error)}")
        return self.run(scenario, on_screen)

    def run(self, scenario: Scenario,
            on_screen: Callable[[Screen], None] | None = None) -> ScenarioReport:
        """Run one scenario in a fresh world; whatever goes wrong ends up in its report."""
        started = time.perf_counter()
        report = ScenarioReport(str(scenario.path), scenario.name)
        self._count += 1
        home = self.workdir / f"run-{self._count}"
        try:
            self._play(scenario, home, report, on_screen)
        except (ScenarioError, UnknownCard, ValueError) as error:
            report.error = str(error)
        except Exception as error:  # one broken scenario must not end the others' run
            report.error = unexpected(error)
        finally:
            if not self._keep_homes:
                shutil.rmtree(home, ignore_errors=True)
            report.seconds = time.perf_counter() - started
        return report

    def _play(self, scenario: Scenario, home: Path, report: ScenarioReport,
              on_screen: Callable[[Screen], None] | None) -> None:
        world = EmulatedWorld(copy_demo_home(self.template(), home), self._engine)
        try:
            flow = _make_flow(world, scenario)
            if on_screen is not None:
                flow.add_listener(on_screen)
            world.camera.choose(scenario.camera)
            for step in scenario.steps:
                outcome = _run_step(world, flow, scenario, step)
                report.steps.append(outcome)
                if not outcome.passed:
                    return
            report.checks = check_result(world, scenario)
        finally:
            world.close()

    def run_files(self, paths: Iterable[Path]) -> list[ScenarioReport]:
        """Run every file, in order."""
        return [self.run_file(path) for path in paths]


def _make_flow(world: EmulatedWorld, scenario: Scenario) -> Flow:
    spec = TERMINALS[TerminalKind(scenario.terminal)]
    if scenario.settings:
        if scenario.facility is None or not spec.needs_facility:
            raise ScenarioError(f"{scenario.path}: [settings] apply to clinic scenarios only")
        world.service.update_facility_settings(scenario.facility, **scenario.settings)
    return world.flow(scenario.terminal, scenario.facility)


def unexpected(error: Exception) -> str:
    """An error no check foresaw, with its type: the message alone may not say what broke."""
    return f"{type(error).__name__}: {error}"


def _run_step(world: EmulatedWorld, flow: Flow, scenario: Scenario,
              step: Step) -> StepReport:
    try:
        _act(world, flow, scenario, step)
    except (ScenarioError, UnknownCard, ValueError, TypeError) as error:
        return _failed(flow, step, f"the action failed: {error}")
    except Exception as error:  # a card, eligibility or database error: this step fails
        return _failed(flow, step, f"the action failed: {unexpected(error)}")
    problems = compare_screen(step.expect, flow.screen) if step.expect else []
    return StepReport(step.number, step.action, flow.screen.describe(), not problems,
                      "; ".join(problems))


def _failed(flow: Flow, step: Step, message: str) -> StepReport:
    return StepReport(step.number, step.action, flow.screen.describe(), False, message)


def _act(world: EmulatedWorld, flow: Flow, scenario: Scenario, step: Step) -> None:
    action, arguments = step.action, step.arguments
    if action == "place_card":
        card = arguments[0] if arguments else scenario.card
        if card is None:
            raise ScenarioError("place_card needs a card: give 'value' or the scenario's 'card'")
        world.insert(str(card))
        flow.handle(ev.CardPlaced())
    elif action == "remove_card":
        world.remove()
        flow.handle(ev.CardRemoved())
    elif action == "pull_card_during_next_command":
        world.slot.pull_during_next_command()
    elif action == "camera":
        world.camera.choose(str(_one(step)))
    elif action == "qa":
        _qa(world, scenario, step)
    elif action == "wait":
        world.clock.advance(float(_one(step)))
        flow.handle(ev.Tick())
    else:
        flow.handle(_input(scenario, action, arguments))
    if world.slot.card is None and world.camera.holder is not None:
        # The card left during a command (pull_card_during_next_command).
        world.camera.holder = None


def _input(scenario: Scenario, action: str, arguments: tuple[Any, ...]) -> ev.FlowInput:
    """The input a step names, with its values; ScenarioError if the terminal has none."""
    no_such = ScenarioError(f"the {scenario.terminal} terminal has no action {action!r}")
    kind = ev.BY_ACTION.get(action)
    if kind is None or issubclass(kind, _NOT_ACTIONS):
        raise no_such
    try:
        return ev.from_action(action, arguments)
    except TypeError as error:
        raise ScenarioError(f"'{action}' takes other values: {error}") from None


def _qa(world: EmulatedWorld, scenario: Scenario, step: Step) -> None:
    if not step.arguments or step.arguments[0] not in OPERATIONS:
        raise ScenarioError(f"'qa' needs an operation: one of {', '.join(OPERATIONS)}")
    if scenario.card is None:
        raise ScenarioError("'qa' acts on the scenario's persona 'card': the scenario has none")
    try:
        OPERATIONS[step.arguments[0]](world, str(scenario.card), *step.arguments[1:])
    except CardNotServed as error:
        raise ScenarioError(str(error)) from None  # says already why the card cannot be used
    except EligibilityError as error:
        raise ScenarioError(f"the QA operation was refused: {error}") from None


def _one(step: Step) -> Any:
    if len(step.arguments) != 1:
        raise ScenarioError(f"step {step.number}: '{step.action}' takes one value")
    return step.arguments[0]
