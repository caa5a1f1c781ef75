"""Comparing what a terminal did with what a scenario expects."""

from __future__ import annotations

from typing import Any

from kiosk.emulator.world import EmulatedWorld
from kiosk.flows.screen import Screen
from kiosk.scenarios.format import Expectation, Scenario


def plain(value: Any) -> Any:
    """Tuples as lists and enums as their values, as TOML would write them."""
    if isinstance(value, tuple | list):
        return [plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    if hasattr(value, "value") and isinstance(value.value, str | int):
        return value.value
    return value


def compare_screen(expect: Expectation, screen: Screen) -> list[str]:
    """What differs between the expected and the actual screen (empty when they agree)."""
    problems = []
    if screen.name != expect.screen:
        problems.append(f"expected screen {expect.screen}, got {screen.describe()}")
    actual_reason = screen.reason.value if screen.reason else None
    if expect.check_reason and actual_reason != expect.reason:
        problems.append(f"expected reason {expect.reason or 'none'}, got {actual_reason or 'none'}")
    for key, wanted in expect.details.items():
        if key == "language":
            if screen.language != wanted:
                problems.append(f"expected language {wanted}, got {screen.language}")
            continue
        if key not in screen.details:
            problems.append(f"the screen has no '{key}'")
        elif plain(screen.details[key]) != plain(wanted):
            problems.append(f"{key}: expected {wanted!r}, got {plain(screen.details[key])!r}")
    return problems


def check_result(world: EmulatedWorld, scenario: Scenario) -> list[tuple[str, bool, str]]:
    """The [result] checks: (what, passed, how it differs)."""
    checks = []
    result = scenario.result
    if "record" in result or "records" in result:
        if scenario.facility is None:
            return [("record", False, "only clinic scenarios leave staff-side records")]
        records = world.service.receptions(scenario.facility, limit=1000)
        if "records" in result:
            count = len(records)
            checks.append(("records", count == result["records"],
                           f"expected {result['records']} records, found {count}"))
        if "record" in result:
            checks.extend(_check_record(records[0] if records else None, result["record"]))
    if "registered" in result or "pin_tries_left" in result:
        if scenario.card is None or scenario.card not in world.personas:
            return [*checks, ("card", False, "the checks need the scenario's persona 'card'")]
        if "registered" in result:
            registered = world.is_registered(scenario.card)
            checks.append(("registered", registered == result["registered"],
                           f"expected registered={result['registered']}, got {registered}"))
        if "pin_tries_left" in result:
            tries = world.pin_tries_left(scenario.card)
            wanted = result["pin_tries_left"]
            actual = "none" if tries is None else tries
            checks.append(("pin_tries_left", actual == wanted,
                           f"expected {wanted} tries left, got {actual}"))
    return checks


def _check_record(record: Any, wanted: dict[str, Any]) -> list[tuple[str, bool, str]]:
    if record is None:
        return [("record", False, "no staff-side record was made")]
    checks = []
    for key, value in wanted.items():
        actual = plain(getattr(record, key))
        if key in ("consents", "warnings"):
            ok = sorted(actual) == sorted(plain(value))
        elif value == "none":  # TOML has no null
            ok = actual is None
        else:
            ok = actual == plain(value)
        checks.append((f"record.{key}", ok, f"expected {value!r}, got {actual!r}"))
    return checks
