""""none" in a scenario stands for an empty value (no value, or an empty list), everywhere."""

from __future__ import annotations

import pytest

from kiosk.flows import screens as sc
from kiosk.flows.reasons import Reason
from kiosk.scenarios.checks import compare_screen, matches
from kiosk.scenarios.format import Expectation, load_scenario


@pytest.mark.parametrize("actual", [None, [], ()])
def test_none_matches_no_value_and_empty_lists(actual):
    assert matches(actual, "none")
    assert matches(actual, "none", unordered=True)


@pytest.mark.parametrize("actual", [0, "", False, ["medical"], "paper", {}])
def test_none_matches_nothing_else(actual):
    assert not matches(actual, "none")


def test_unordered_lists_compare_as_sets_and_ordered_ones_do_not():
    assert matches(("surgery", "medical"), ["medical", "surgery"], unordered=True)
    assert not matches(("surgery", "medical"), ["medical", "surgery"])
    assert not matches(("medical",), "medical", unordered=True)  # a text is no list


def test_screen_details_take_none_for_empty_values():
    screen = sc.Result(reason=Reason.VALID, identity="pin", consents=(), prescription=None)
    expect = Expectation("result", details={"consents": "none", "prescription": "none"})
    assert compare_screen(expect, screen) == []
    filled = sc.Result(reason=Reason.VALID, identity="pin", consents=("medical",),
                       prescription="paper")
    assert len(compare_screen(expect, filled)) == 2


@pytest.mark.parametrize("reason", ['""', '"none"'])
def test_reason_none_means_no_reason(tmp_path, reason):
    path = tmp_path / "s.toml"
    path.write_text(f'terminal = "booth"\n[[step]]\ndo = "apply"\n'
                    f'expect = {{ screen = "standby", reason = {reason} }}\n', encoding="utf-8")
    expect = load_scenario(path).steps[0].expect
    assert expect is not None and expect.check_reason and expect.reason is None
    assert compare_screen(expect, sc.Standby()) == []
    assert compare_screen(expect, sc.Standby(reason=Reason.VALID)) != []


NO_CONSENT_NO_PRESCRIPTION = """
terminal = "clinic"
facility = "1310000001"
card = "yamada-hanako"

[settings]
consent_categories = []
electronic_prescriptions = false

[[step]]
do = "place_card"
expect = "choose_method"

[[step]]
do = "choose_pin"
expect = "pin_entry"

[[step]]
do = "enter_pin"
value = "1234"
expect = EXPECT
"""


@pytest.mark.parametrize(("expect", "record"), [
    # The reported case: the screen checked as before, the record's empty consents as "none".
    ('"result"', 'record = { consents = "none", warnings = "none", prescription = "none" }'),
    ('{ screen = "result", consents = "none", prescription = "none", warnings = "none" }',
     'record = { consents = [], warnings = [], prescription = "none" }'),
], ids=["record", "screen"])
def test_a_session_without_consents_or_prescription_checks_as_none(runner, tmp_path, expect,
                                                                   record):
    path = tmp_path / "none.toml"
    text = NO_CONSENT_NO_PRESCRIPTION.replace("EXPECT", expect) + f"\n[result]\n{record}\n"
    path.write_text(text, encoding="utf-8")
    report = runner.run_file(path)
    failures = [s.message for s in report.steps if not s.passed]
    failures += [m for _, ok, m in report.checks if not ok]
    assert report.passed, failures or report.error
    assert len(report.checks) == 3
