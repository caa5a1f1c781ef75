"""Every scenario that ships with the kiosk passes, step by step; played with debug logging,
together they leave nothing personal behind them (logs, databases, data and temp folders)."""

from __future__ import annotations

import logging
import tempfile

import pytest

from kiosk.cli.scenario_commands import shipped_scenarios
from kiosk.demo.personas import load
from kiosk.log_files import log_to_file
from kiosk.scenarios.runner import ScenarioRunner
from tests.scenarios.leftovers import persona_secrets, search_leftovers

SHIPPED = sorted(shipped_scenarios().glob("*.toml"))


def _failures(report) -> str:
    lines = [f"{report.path}: {report.error or ''}"]
    lines += [f"step {s.number} {s.action}: {s.message}" for s in report.steps if not s.passed]
    lines += [f"result {what}: {message}" for what, ok, message in report.checks if not ok]
    return "\n".join(lines)


@pytest.fixture(scope="module")
def site(template, shared_engine, tmp_path_factory):
    """A runner whose every run leaves its home (database, data) in `root`, with debug
    records logged to `root/logs/kiosk.log` and temporary files made in `root/tmp`."""
    root = tmp_path_factory.mktemp("site")
    temp = root / "tmp"
    temp.mkdir()
    handler = log_to_file(root / "logs" / "kiosk.log", logging.DEBUG)
    root_logger = logging.getLogger()
    level = root_logger.level
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(tempfile, "tempdir", str(temp))
        patch.setenv("TMPDIR", str(temp))
        runner = ScenarioRunner(root / "scenarios", shared_engine, template, keep_homes=True)
        yield root, runner, {}
    root_logger.removeHandler(handler)
    root_logger.setLevel(level)
    handler.close()


@pytest.mark.parametrize("path", SHIPPED, ids=[p.stem for p in SHIPPED])
def test_shipped_scenario_passes(site, path):
    _root, runner, played = site
    report = runner.run_file(path)
    played[path] = report
    assert report.passed, _failures(report)


def test_every_persona_and_every_terminal_has_scenarios():
    text = {path: path.read_text(encoding="utf-8") for path in SHIPPED}
    for persona in load()["personas"]:
        name = persona["file"].removesuffix(".json")
        assert any(f'card = "{name}"' in body for body in text.values()), name
    for terminal in ("clinic", "booth", "portal"):
        assert any(f'terminal = "{terminal}"' in body for body in text.values()), terminal


def test_nothing_personal_is_left_in_logs_databases_or_folders(site, template):
    """Every persona's My Number, PINs and photo bytes, searched for after every shipped
    scenario: none is found outside the cards themselves. Names only in the facility's
    staff-side records (the database), never in a log."""
    root, runner, played = site
    for path in SHIPPED:  # run alone, this test plays them all itself
        if path not in played:
            played[path] = runner.run_file(path)
    assert all(report.passed for report in played.values())
    log = (root / "logs" / "kiosk.log").read_text(encoding="utf-8")
    assert "clinic clinic-reader-1: " in log and "portal portal-app: " in log
    assert logging.getLogger("kiosk").isEnabledFor(logging.DEBUG)  # debug records too
    secrets = persona_secrets(template)
    assert len(secrets) == len(load()["personas"])
    assert search_leftovers(root, secrets) == []


def test_the_search_finds_what_it_looks_for(template, tmp_path):
    [hanako, *_] = persona_secrets(template)
    (tmp_path / "a.log").write_text(f"VERIFY 00200081 04 {hanako.pins[0].encode().hex()}\n")
    (tmp_path / "b.bin").write_bytes(b"x" + hanako.photo_chunks[0] + hanako.my_number.encode())
    assert search_leftovers(tmp_path, [hanako]) == [
        f"{tmp_path / 'a.log'}: yamada-hanako.json's PIN '1234'",
        f"{tmp_path / 'b.bin'}: yamada-hanako.json's My Number",
        f"{tmp_path / 'b.bin'}: yamada-hanako.json's photo",
    ]
