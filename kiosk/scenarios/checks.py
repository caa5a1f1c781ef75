"""Comparing what a terminal did with what a scenario expects."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping
from typing import Any

from kiosk.card import CardError
from kiosk.emulator.world import EmulatedWorld
from kiosk.flows.screen import Screen
from kiosk.scenarios.format import Expectation, Scenario


def plain(value: Any) -> Any:
    """Tuples as lists, records as tables and enums as their values, as TOML would write
    them."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return plain(dataclasses.asdict(value))
    if isinstance(value, tuple | list):
        return [plain(v) for v in value]
    if isinstance(value, Mapping):
        return {str(k): plain(v) for k, v in value.items()}
    if hasattr(value, "value") and isinstance(value.value, str | int):
        return value.value
    return value


Check = tuple[str, bool, str]  # what was checked, whether it passed, how it differs

# Record values that hold several codes in no particular order.
_UNORDERED = ("consents", "warnings")


def matches(actual: Any, wanted: Any, unordered: bool = False) -> bool:
    """Whether a value is what a scenario wants; "none" stands for None or an empty list."""
    actual, wanted = plain(actual), plain(wanted)
    if wanted == "none" and (actual is None or actual == []):  # TOML has no null
        return True
    if unordered and isinstance(actual, list) and isinstance(wanted, list):
        return sorted(actual, key=repr) == sorted(wanted, key=repr)
    return bool(actual == wanted)


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
        elif not matches(screen.details[key], wanted):
            problems.append(f"{key}: expected {wanted!r}, got {plain(screen.details[key])!r}")
    return problems


def check_result(world: EmulatedWorld, scenario: Scenario) -> list[Check]:
    """The [result] checks: (what, passed, how it differs)."""
    checks: list[Check] = []
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
        checks.extend(_card_checks(world, scenario.card, result))
    return checks


def _card_checks(world: EmulatedWorld, persona: str, result: dict[str, Any]) -> list[Check]:
    readers: dict[str, Callable[[], Any]] = {
        "registered": lambda: world.is_registered(persona),
        "pin_tries_left": lambda: world.pin_tries_left(persona),  # None: the card has no PIN
    }
    return [_card_check(what, result[what], read) for what, read in readers.items()
            if what in result]


def _card_check(what: str, wanted: Any, read: Callable[[], Any]) -> Check:
    try:
        actual = read()
    except CardError as error:
        # Both are read from the chip (the certificate, the PIN counter): a destroyed one
        # gives no answer, which says nothing about what the check asks.
        return (what, False, f"cannot check {what}: the card's chip cannot be read ({error})")
    shown = "none" if actual is None else actual
    return (what, matches(actual, wanted), f"expected {what} = {wanted}, got {shown}")


def _check_record(record: Any, wanted: dict[str, Any]) -> list[Check]:
    if record is None:
        return [("record", False, "no staff-side record was made")]
    checks = []
    for key, value in wanted.items():
        actual = plain(getattr(record, key))
        ok = matches(actual, value, unordered=key in _UNORDERED)
        checks.append((f"record.{key}", ok, f"expected {value!r}, got {actual!r}"))
    return checks
