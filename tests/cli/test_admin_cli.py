"""`kiosk admin ...` as an operator uses it, on the default SQLite database."""

from __future__ import annotations

import json

import pytest

from kiosk import paths
from kiosk.cli.main import main


def _json(capsys, *args: str):
    assert main(["admin", "--json", *args]) == 0, capsys.readouterr().err
    return json.loads(capsys.readouterr().out)


@pytest.fixture
def seeded(capsys):
    assert main(["admin", "seed-demo"]) == 0
    capsys.readouterr()
    return paths.data_dir() / "cards"


def test_operator_day(seeded, capsys):
    hanako = str(seeded / "yamada-hanako.json")
    found = _json(capsys, "lookup", "--card", hanako, "--facility", "1310000001")
    assert found["validity"] == 1 and found["coverage"]["insurer_number"] == "06139921"
    assert found["consents"] == {"medical": "none", "surgery": "none", "checkup": "none"}

    assert _json(capsys, "hold", "--card", hanako)["status"] == "on_hold"
    assert _json(capsys, "lift-hold", "--card", hanako)["status"] == "active"

    ended = _json(capsys, "change-insurer", "--card", hanako, "--last-day", "2020-01-31")
    assert ended["ended_coverages"]
    assert _json(capsys, "lookup", "--card", hanako)["validity"] == 2
    _json(capsys, "file-enrolment", "--card", hanako, "--insurer", "06271234", "--symbol", "77",
          "--number", "1001", "--branch", "00", "--valid-from", "2020-02-01")
    assert _json(capsys, "lookup", "--card", hanako)["coverage"]["insurer_number"] == "06271234"

    family = _json(capsys, "lookup", "--insured", "06139921", "1201", "3456")
    assert family["validity"] == 5
    sho = _json(capsys, "lookup", "--card", str(seeded / "sasaki-sho.json"))
    assert sho["registered"] is False

    trail = _json(capsys, "audit", "--limit", "200")
    assert {"hold", "lift-hold", "end-coverage", "file-enrolment"} <= {e["action"] for e in trail}
    text = json.dumps(trail, ensure_ascii=False)
    assert "山田" not in text and "花子" not in text


def test_refusals_are_clear_and_change_nothing(seeded, capsys):
    revoked = str(seeded / "nakamura-daisuke.json")
    assert main(["admin", "revoke", "--card", revoked]) == 1
    assert "cannot revoke a certificate that is revoked" in capsys.readouterr().err
    assert main(["admin", "add-facility", "1310000001", "重複", "--password", "long-enough"]) == 1
    assert "exists already" in capsys.readouterr().err
    assert main(["admin", "add-facility", "123", "x", "--password", "long-enough"]) == 1
    assert "10 digits" in capsys.readouterr().err
    assert main(["admin", "set-consent", "1310000002", "--categories", "genome"]) == 1
    assert "unknown consent categories" in capsys.readouterr().err
    assert main(["admin", "lookup", "--card", str(seeded / "missing.json")]) == 1
    assert "card file not found" in capsys.readouterr().err
    assert main(["admin", "lookup", "--serial", "ABCDEF"]) == 1
    assert "no single certificate" in capsys.readouterr().err


def test_facility_settings(seeded, capsys):
    added = _json(capsys, "add-facility", "1310000009", "北口歯科", "--categories", "medical",
                  "--password", "kitaguchi-2026")
    assert added == {"facility": "1310000009", "consent_categories": "medical"}
    changed = _json(capsys, "set-consent", "1310000009", "--categories", "medical,checkup")
    assert changed["consent_categories"] == "medical,checkup"
    assert _json(capsys, "set-password", "1310000009", "--password", "another-pass")[
        "password"] == "changed"
    assert main(["admin", "set-password", "1310000009", "--password", "short"]) == 1
    assert "at least 8" in capsys.readouterr().err
