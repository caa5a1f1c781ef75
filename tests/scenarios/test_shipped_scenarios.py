"""Every scenario that ships with the kiosk passes, step by step."""

from __future__ import annotations

import pytest

from kiosk.cli.scenario_commands import shipped_scenarios
from kiosk.demo.personas import load

SHIPPED = sorted(shipped_scenarios().glob("*.toml"))


def _failures(report) -> str:
    lines = [f"{report.path}: {report.error or ''}"]
    lines += [f"step {s.number} {s.action}: {s.message}" for s in report.steps if not s.passed]
    lines += [f"result {what}: {message}" for what, ok, message in report.checks if not ok]
    return "\n".join(lines)


@pytest.mark.parametrize("path", SHIPPED, ids=[p.stem for p in SHIPPED])
def test_shipped_scenario_passes(runner, path):
    report = runner.run_file(path)
    assert report.passed, _failures(report)


def test_every_persona_and_every_terminal_has_scenarios():
    text = {path: path.read_text(encoding="utf-8") for path in SHIPPED}
    for persona in load()["personas"]:
        name = persona["file"].removesuffix(".json")
        assert any(f'card = "{name}"' in body for body in text.values()), name
    for terminal in ("clinic", "booth", "portal"):
        assert any(f'terminal = "{terminal}"' in body for body in text.values()), terminal
