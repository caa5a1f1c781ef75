"""`kiosk admin ...` as an operator uses it, on the default SQLite database."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from hw.vcard.card_file import read_image
from kiosk import paths
from kiosk.cli.main import main
from kiosk.demo.seed import auth_certificate
from kiosk.eligibility.certificates import find_certificate
from kiosk.eligibility.clock import now
from kiosk.eligibility.lookup import lookup_by_certificate_id
from kiosk.eligibility.receptions import ReceptionResult, record_reception
from kiosk.storage.database import Database


def _json(capsys, *args: str):
    assert main(["admin", "--json", *args]) == 0, capsys.readouterr().err
    return json.loads(capsys.readouterr().out)


@pytest.fixture
def seeded(template):
    """The data directory as `admin seed-demo` leaves it (a copy of the session's seeded
    home: issuing the cards again would take seconds per test)."""
    shutil.copytree(template, paths.data_dir(), dirs_exist_ok=True)
    return paths.data_dir() / "cards"


def test_seed_demo_issues_the_demo_cards_once(template, capsys):
    listed = _json(capsys, "seed-demo")
    cards = paths.data_dir() / "cards"
    assert sorted(Path(entry["card"]).name for entry in listed) == sorted(
        path.name for path in (template / "cards").glob("*.json"))
    assert all(Path(entry["card"]).parent == cards for entry in listed)
    # Again: the cards are kept, not issued anew.
    before = {path.name: path.read_bytes() for path in cards.glob("*.json")}
    _json(capsys, "seed-demo")
    assert {path.name: path.read_bytes() for path in cards.glob("*.json")} == before


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


def test_lookup_by_insured_number_narrows_to_one_person_by_branch(seeded, capsys):
    family = _json(capsys, "lookup", "--insured", "06139921", "1201", "3456")
    assert (family["validity"], family["matches"]) == (5, 2)
    hanako = _json(capsys, "lookup", "--insured", "06139921", "1201", "3456", "01")
    assert (hanako["validity"], hanako["matches"]) == (1, 1)
    assert hanako["coverage"]["given_name"] == "花子"
    hina = _json(capsys, "lookup", "--insured", "06139921", "1201", "3456", "02")
    assert hina["coverage"]["relationship"] == "dependent"
    assert _json(capsys, "lookup", "--insured", "06139921", "1201", "3456", "09")["validity"] == 4
    for wrong in (["06139921", "1201"], ["06139921", "1201", "3456", "01", "x"]):
        assert main(["admin", "lookup", "--insured", *wrong]) == 2
        assert "INSURER SYMBOL NUMBER [BRANCH]" in capsys.readouterr().err


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


def _settings(capsys, code: str) -> dict:
    return _json(capsys, "facility", code)


def test_the_demo_facilities_have_their_settings(seeded, capsys):
    clinic = _settings(capsys, "1310000001")
    assert clinic == {"code": "1310000001", "name": "みなと内科クリニック",
                      "consent_categories": ["medical", "surgery", "checkup"],
                      "electronic_prescriptions": True, "face_retries": 1,
                      "visual_confirmation_allowed": True, "inactivity_timeout_s": 60,
                      "inactivity_warning_s": 15, "default_language": "ja",
                      "oqs_folder": None, "oqs_encoding": "utf-8"}
    pharmacy = _settings(capsys, "1310000002")
    assert (pharmacy["face_retries"], pharmacy["visual_confirmation_allowed"],
            pharmacy["inactivity_timeout_s"], pharmacy["inactivity_warning_s"],
            pharmacy["default_language"]) == (2, False, 90, 15, "ja")
    # --json before the command, as every admin command takes it, and plain text.
    assert main(["admin", "--json", "facility", "1310000002"]) == 0
    assert json.loads(capsys.readouterr().out) == pharmacy
    assert main(["admin", "facility", "1310000002"]) == 0
    text = capsys.readouterr().out
    assert "face_retries: 2" in text and "visual_confirmation_allowed: False" in text
    assert "consent_categories: medical\n" in text


def test_set_facility(seeded, capsys):
    changed = _json(capsys, "set-facility", "1310000002", "--face-retries", "0",
                    "--visual-confirmation", "on", "--timeout", "300", "--warning", "30",
                    "--language", "pt", "--electronic-prescriptions", "off",
                    "--consent-categories", "checkup,medical")
    assert changed == _settings(capsys, "1310000002")
    assert (changed["face_retries"], changed["visual_confirmation_allowed"],
            changed["inactivity_timeout_s"], changed["inactivity_warning_s"],
            changed["default_language"], changed["electronic_prescriptions"],
            changed["consent_categories"]) == (0, True, 300, 30, "pt", False,
                                               ["medical", "checkup"])
    # Only what is given changes; an empty list asks no consent at all.
    again = _json(capsys, "set-facility", "1310000002", "--consent-categories", "")
    assert again["consent_categories"] == [] and again["default_language"] == "pt"
    trail = _json(capsys, "audit", "--limit", "5")
    assert [e["action"] for e in trail[:2]] == ["facility_settings", "facility_settings"]
    assert "default_language=pt" in trail[1]["detail"]


def test_set_facility_oqs_folder_and_encoding(seeded, capsys, tmp_path):
    changed = _json(capsys, "set-facility", "1310000002", "--oqs-folder",
                    str(tmp_path / "OQS"), "--oqs-encoding", "shift_jis")
    assert (changed["oqs_folder"], changed["oqs_encoding"]) == (str(tmp_path / "OQS"),
                                                                "shift_jis")
    assert changed == _settings(capsys, "1310000002")
    cleared = _json(capsys, "set-facility", "1310000002", "--oqs-folder", "")
    assert (cleared["oqs_folder"], cleared["oqs_encoding"]) == (None, "shift_jis")


@pytest.mark.parametrize(("args", "status", "message"), [
    (["--language", "fr"], 1, "default_language must be one of ja, en, zh, ko, es, pt"),
    (["--timeout", "60", "--warning", "60"], 1,
     "warning (60 s) must be shorter than the timeout (60 s)"),
    (["--timeout", "10"], 1, "from 15 to 600 seconds"),
    (["--face-retries", "9"], 1, "face_retries must be from 0 to 5"),
    (["--consent-categories", "genome"], 1, "unknown consent categories"),
    (["--oqs-folder", "OQS"], 1, "oqs_folder must be an absolute folder path"),
    ([], 2, "give at least one setting to change"),
])
def test_set_facility_refusals_change_nothing(seeded, capsys, args, status, message):
    before = _settings(capsys, "1310000001")
    assert main(["admin", "set-facility", "1310000001", *args]) == status
    assert message in capsys.readouterr().err
    assert _settings(capsys, "1310000001") == before


def test_an_unknown_facility(seeded, capsys):
    for args in (["facility", "9999999999"], ["receptions", "9999999999"],
                 ["set-facility", "9999999999", "--face-retries", "2"]):
        assert main(["admin", *args]) == 1
        assert "no facility has the code 9999999999" in capsys.readouterr().err


def test_receptions(seeded, capsys):
    assert _json(capsys, "receptions", "1310000001") == []
    database = Database.open()
    try:
        with database.session() as session, session.begin():
            certificate = find_certificate(session, auth_certificate(
                read_image(seeded / "yamada-hanako.json")))
            found = lookup_by_certificate_id(session, certificate.id, "1310000001", now())
            for method in ("face", "pin", "visual"):
                record_reception(session, now(), "clinic-reader-1", "1310000001",
                                 ReceptionResult(method, certificate.id, found.person_id,
                                                 found.coverage_id, int(found.validity),
                                                 ("medical",), "paper", ("renewal_alert",)))
    finally:
        database.close()

    listed = _json(capsys, "receptions", "1310000001", "--limit", "2")
    assert [r["method"] for r in listed] == ["visual", "pin"]
    assert listed[0]["coverage"]["insurer_number"] == "06139921"
    assert (listed[0]["validity"], listed[0]["consents"], listed[0]["warnings"]) == (
        1, ["medical"], ["renewal_alert"])
    assert main(["admin", "receptions", "1310000001"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 3
    assert "method=face" in lines[2] and "insurer=06139921" in lines[2]
    assert "name=山田 花子" in lines[2] and "warnings=renewal_alert" in lines[2]
    assert _json(capsys, "receptions", "1310000002") == []
