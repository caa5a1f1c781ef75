"""A photo's check results as plain data (for JSON) and as text for the command line."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from kiosk.photo.checks import PhotoReport


def as_dict(report: PhotoReport) -> dict[str, Any]:
    """The report as JSON-ready data: the verdict, then each check's result."""
    return {
        "passed": report.passed,
        "failed": [check.name for check in report.failures],
        "checks": [asdict(check) for check in report.checks],
    }


def render(report: PhotoReport) -> str:
    """The report as lines of text: one per check, and what to fix under each failure."""
    failed = len(report.failures)
    verdict = ("PASS: the photo meets every rule" if report.passed
               else f"FAIL: {failed} of {len(report.checks)} checks failed")
    lines = [verdict]
    for check in report.checks:
        value = "-" if check.value is None else f"{check.value:.4g}"
        mark = "pass" if check.passed else "FAIL"
        lines.append(f"  {check.name:<17} {mark}  {value:>8}  limit: {check.limit}")
        if not check.passed:
            lines.append(f"  {'':<17}       {check.message_ja}")
            lines.append(f"  {'':<17}       {check.message_en}")
    return "\n".join(lines)
