"""Printing check results: PASS/FAIL, the expectation, and the bytes sent and received."""

from __future__ import annotations

from collections.abc import Iterable

from kiosk.card.conformance import (
    app_checks,
    card_checks,
    jpki_checks,
    read_checks,
    surface_checks,
    text_checks,
)
from kiosk.card.conformance.runner import Check, CheckResult


def all_checks() -> list[Check]:
    """Every check, free ones first (in the order the reference lists them)."""
    return [*card_checks.CHECKS, *read_checks.CHECKS, *app_checks.CHECKS,
            *text_checks.CHECKS, *surface_checks.CHECKS, *jpki_checks.CHECKS]


def render(results: Iterable[CheckResult], show_bytes: bool = True) -> str:
    """The report as text, one block per check and a summary line."""
    lines: list[str] = []
    results = list(results)
    for result in results:
        lines.append(f"{'PASS' if result.passed else 'FAIL'}  {result.check.name}")
        lines.append(f"      expect: {result.check.expectation}")
        if result.detail:
            lines.append(f"      found:  {result.detail}")
        if show_bytes or not result.passed:
            lines.extend(f"      {line}" for exchange in result.exchanges
                         for line in exchange.shown())
    failed = sum(not result.passed for result in results)
    lines.append(f"{len(results) - failed} passed, {failed} failed")
    return "\n".join(lines)


def skipped(checks: Iterable[Check], given: Iterable[str]) -> list[str]:
    """Names of checks not run for want of a credential."""
    have = set(given)
    return [check.name for check in checks if not set(check.needs) <= have]
