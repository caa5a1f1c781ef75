"""Nothing a scenario does ends the run: card, eligibility and unexpected errors become
failed steps, checks or reports, and the next scenario still runs."""

from __future__ import annotations

import json

import pytest
from sqlalchemy.exc import OperationalError

from kiosk.cli.main import main
from kiosk.flows.clinic import ClinicFlow
from kiosk.scenarios import runner as runner_module

UNREADABLE = "the QA operation cannot act on this card: its chip cannot be read"
NOT_A_PERSONA = "the QA operation cannot act on this card: "


def scenario(tmp_path, card, body, name="s.toml"):
    """A clinic scenario file on `card` with the given steps and checks."""
    path = tmp_path / name
    path.write_text(f'terminal = "clinic"\nfacility = "1310000001"\ncard = "{card}"\n' + body,
                    encoding="utf-8")
    return path


def qa_step(operation):
    """A [[step]] applying one QA operation (with its arguments) to the scenario's card."""
    return f"[[step]]\ndo = \"qa\"\nvalue = {json.dumps(operation)}\n"


@pytest.mark.parametrize("operation", [
    ["hold"], ["lift_hold"], ["revoke"], ["end_coverage"],
    ["file_new_coverage", "01130012", 0], ["reset_pin"],
])
def test_a_qa_operation_on_a_destroyed_chip_fails_the_step_clearly(runner, tmp_path, operation):
    report = runner.run_file(scenario(tmp_path, "ito-sakura", qa_step(operation)))
    assert not report.passed and report.error is None
    assert len(report.steps) == 1 and not report.steps[0].passed
    assert UNREADABLE in report.steps[0].message


@pytest.mark.parametrize("card", ["insurance-card", "transit-card"])
@pytest.mark.parametrize("operation", [["hold"], ["reset_pin"]])
def test_a_qa_operation_on_a_card_that_is_no_persona_fails_the_step_clearly(
        runner, tmp_path, card, operation):
    report = runner.run_file(scenario(tmp_path, card, qa_step(operation)))
    assert not report.passed and report.error is None
    message = report.steps[0].message
    assert NOT_A_PERSONA in message and card in message


def test_card_checks_on_a_destroyed_chip_fail_clearly(runner, tmp_path):
    body = """
[[step]]
do = "place_card"
expect = { screen = "card_problem", reason = "chip_destroyed" }

[result]
registered = false
pin_tries_left = 3
"""
    report = runner.run_file(scenario(tmp_path, "ito-sakura", body))
    assert report.error is None and all(step.passed for step in report.steps)
    failed = {what: message for what, ok, message in report.checks if not ok}
    assert set(failed) == {"registered", "pin_tries_left"}
    assert all("chip cannot be read" in message for message in failed.values())


def test_an_unexpected_error_in_a_step_fails_that_step_and_the_next_scenario_runs(
        runner, tmp_path, monkeypatch):
    def broken(self):
        raise OperationalError("SELECT 1", {}, Exception("database is locked"))

    monkeypatch.setattr(ClinicFlow, "choose_pin", broken)
    steps = '[[step]]\ndo = "place_card"\nexpect = "choose_method"\n'
    first = scenario(tmp_path, "yamada-hanako", steps + '[[step]]\ndo = "choose_pin"\n', "a.toml")
    second = scenario(tmp_path, "yamada-hanako", steps, "b.toml")
    reports = runner.run_files([first, second])
    assert [r.passed for r in reports] == [False, True]
    failed = reports[0].steps[-1]
    assert failed.action == "choose_pin" and not failed.passed
    assert "OperationalError" in failed.message and "database is locked" in failed.message


def test_an_unexpected_error_outside_the_steps_fails_the_scenario(runner, tmp_path, monkeypatch):
    def broken(world, scenario):
        raise RuntimeError("the checks broke")

    monkeypatch.setattr(runner_module, "check_result", broken)
    path = scenario(tmp_path, "yamada-hanako", '[[step]]\ndo = "place_card"\n')
    report = runner.run_file(path)
    assert not report.passed
    assert report.error == "RuntimeError: the checks broke"


def test_a_file_the_reader_chokes_on_is_a_failed_report(runner, tmp_path):
    path = scenario(tmp_path, "yamada-hanako", 'settings = 3\n[[step]]\ndo = "place_card"\n')
    report = runner.run_file(path)
    assert not report.passed and report.error is not None and str(path) in report.error


def test_the_command_prints_json_for_every_scenario_after_a_qa_on_a_destroyed_chip(
        tmp_path, capsys):
    first = scenario(tmp_path, "ito-sakura", qa_step(["hold"]), "a.toml")
    second = scenario(tmp_path, "yamada-hanako",
                      '[[step]]\ndo = "place_card"\nexpect = "choose_method"\n', "b.toml")
    assert main(["scenario", "run", str(first), str(second), "--json"]) == 1
    document = json.loads(capsys.readouterr().out)
    assert (document["passed"], document["failed"]) == (1, 1)
    assert [s["path"] for s in document["scenarios"]] == [str(first), str(second)]
    failed, passed = document["scenarios"]
    assert UNREADABLE in failed["steps"][0]["message"] and not failed["passed"]
    assert passed["passed"] and passed["steps"][0]["screen"] == "choose_method"
