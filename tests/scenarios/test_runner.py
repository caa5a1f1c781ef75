"""The scenario runner reports failures precisely and refuses malformed files."""

from __future__ import annotations

import json

import pytest

from kiosk.cli.main import main
from kiosk.scenarios.format import ScenarioError, load_scenario

HEAD = 'terminal = "clinic"\nfacility = "1310000001"\ncard = "yamada-hanako"\n'


def write(tmp_path, body, name="s.toml"):
    path = tmp_path / name
    path.write_text(HEAD + body, encoding="utf-8")
    return path


def test_a_wrong_screen_reason_or_detail_fails_the_step_and_stops(runner, tmp_path):
    path = write(tmp_path, """
[[step]]
do = "place_card"
expect = { screen = "choose_method", reason = "pin_locked", tries_left = 2 }

[[step]]
do = "choose_pin"
expect = "pin_entry"
""")
    report = runner.run_file(path)
    assert not report.passed
    assert len(report.steps) == 1  # stops at the first failure
    message = report.steps[0].message
    assert "expected reason pin_locked, got none" in message
    assert "tries_left: expected 2, got 3" in message


def test_result_checks_can_fail(runner, tmp_path):
    path = write(tmp_path, """
[[step]]
do = "place_card"
expect = "choose_method"

[result]
registered = false
records = 1
pin_tries_left = 2
""")
    report = runner.run_file(path)
    assert not report.passed
    assert {what for what, ok, _ in report.checks if not ok} == {
        "registered", "records", "pin_tries_left"}


def test_unknown_actions_and_private_methods_are_refused(runner, tmp_path):
    for action in ("fly", "_identity_confirmed", "card_placed"):
        path = write(tmp_path, f'[[step]]\ndo = "{action}"\n')
        report = runner.run_file(path)
        assert not report.passed and "has no action" in report.steps[0].message


@pytest.mark.parametrize(("text", "problem"), [
    ("terminal = 'bank'\n[[step]]\ndo = 'x'\n", "'terminal' must be one of"),
    ("terminal = 'clinic'\n[[step]]\ndo = 'x'\n", "needs 'facility'"),
    ("terminal = 'booth'\n", "at least one [[step]]"),
    ("terminal = 'booth'\n[[step]]\nexpect = 'menu'\n", "needs 'do'"),
    ("terminal = 'booth'\n[[step]]\ndo = 'apply'\nwhen = 1\n", "unknown keys ['when']"),
    ("terminal = 'booth'\n[[step]]\ndo = 'apply'\n[result]\nmood = 1\n", "unknown [result]"),
    ("terminal = [\n", "not valid TOML"),
])
def test_malformed_files_say_what_is_wrong(tmp_path, text, problem):
    path = tmp_path / "bad.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ScenarioError) as error:
        load_scenario(path)
    assert problem in str(error.value) and str(path) in str(error.value)


def test_the_command_reports_json_and_fails_with_a_failing_scenario(tmp_path, capsys):
    good = write(tmp_path, '[[step]]\ndo = "place_card"\nexpect = "choose_method"\n', "a.toml")
    bad = write(tmp_path, '[[step]]\ndo = "place_card"\nexpect = "result"\n', "b.toml")
    assert main(["scenario", "run", str(good), str(bad), "--json"]) == 1
    document = json.loads(capsys.readouterr().out)
    assert (document["passed"], document["failed"]) == (1, 1)
    assert [s["passed"] for s in document["scenarios"]] == [True, False]
    assert main(["scenario", "run", str(good)]) == 0
    assert "1 of 1 scenarios passed" in capsys.readouterr().out
