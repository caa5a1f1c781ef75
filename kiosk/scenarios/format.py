"""Reading scenario files (TOML; described in docs/scenario-format.md)."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kiosk.terminals import TERMINALS as KINDS
from kiosk.terminals import TerminalKind

# The card terminals (a scenario places cards; the photo booth takes none).
TERMINALS = tuple(kind.value for kind, spec in KINDS.items() if spec.reads_cards)
RESULT_KEYS = ("record", "records", "registered", "pin_tries_left")
RECORD_KEYS = ("identity_method", "validity", "consents", "prescription", "warnings",
               "outcome")


class ScenarioError(Exception):
    """A scenario file is missing, not TOML, or not a valid scenario (the message says where)."""


@dataclass(frozen=True)
class Expectation:
    """What the screen must be after a step: its name, and optionally reason and details."""

    screen: str
    reason: str | None = None
    details: dict[str, Any] = field(default_factory=dict)
    check_reason: bool = False  # True when the file gave `reason` (possibly as "" = none)


@dataclass(frozen=True)
class Step:
    """One input or event, and what must follow it."""

    number: int
    action: str
    arguments: tuple[Any, ...]
    expect: Expectation | None


@dataclass(frozen=True)
class Scenario:
    """A whole scenario file."""

    path: Path
    name: str
    terminal: str
    facility: str | None
    card: str | None
    camera: str
    settings: dict[str, Any]
    steps: tuple[Step, ...]
    result: dict[str, Any]


def load_scenario(path: Path) -> Scenario:
    """Read and check one scenario file; ScenarioError says what is wrong and where."""
    try:
        document = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise ScenarioError(f"{path}: cannot read: {error.strerror or error}") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        raise ScenarioError(f"{path}: not valid TOML: {error}") from None
    terminal = document.get("terminal")
    if terminal not in TERMINALS:
        raise ScenarioError(f"{path}: 'terminal' must be one of {', '.join(TERMINALS)}")
    facility = document.get("facility")
    if KINDS[TerminalKind(terminal)].needs_facility and not isinstance(facility, str):
        raise ScenarioError(f"{path}: a {terminal} scenario needs 'facility' (a facility code)")
    raw_steps = document.get("step", [])
    if not isinstance(raw_steps, list) or not raw_steps:
        raise ScenarioError(f"{path}: a scenario needs at least one [[step]]")
    steps = tuple(_step(path, number, raw) for number, raw in enumerate(raw_steps, 1))
    result = document.get("result", {})
    unknown = sorted(set(result) - set(RESULT_KEYS))
    if unknown:
        raise ScenarioError(f"{path}: unknown [result] keys {unknown}; known: {RESULT_KEYS}")
    unknown = sorted(set(result.get("record", {})) - set(RECORD_KEYS))
    if unknown:
        raise ScenarioError(f"{path}: unknown [result.record] keys {unknown}")
    return Scenario(path, str(document.get("name", path.stem)), terminal, facility,
                    document.get("card"), str(document.get("camera", "holder")),
                    dict(document.get("settings", {})), steps, dict(result))


def _step(path: Path, number: int, raw: Any) -> Step:
    where = f"{path}: step {number}"
    if not isinstance(raw, dict) or not isinstance(raw.get("do"), str):
        raise ScenarioError(f"{where}: every step needs 'do' (the action)")
    unknown = sorted(set(raw) - {"do", "value", "expect"})
    if unknown:
        raise ScenarioError(f"{where}: unknown keys {unknown} (known: do, value, expect)")
    value = raw.get("value")
    arguments = () if value is None else tuple(value) if isinstance(value, list) else (value,)
    return Step(number, raw["do"], arguments, _expectation(where, raw.get("expect")))


def _expectation(where: str, raw: Any) -> Expectation | None:
    if raw is None:
        return None
    if isinstance(raw, str):
        return Expectation(raw)
    if not isinstance(raw, dict) or not isinstance(raw.get("screen"), str):
        raise ScenarioError(f"{where}: 'expect' is a screen name or a table with 'screen'")
    details = {k: v for k, v in raw.items() if k not in ("screen", "reason")}
    reason = raw.get("reason")
    # "" and "none" both mean "no reason": TOML has no null, and no reason is named "none".
    wanted = None if reason in (None, "", "none") else reason
    return Expectation(raw["screen"], wanted, details, check_reason="reason" in raw)
