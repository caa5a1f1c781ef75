"""`kiosk card new|info|apdu|demo` as QA uses them."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from hw.vcard.card_file import read_image
from kiosk import paths
from kiosk.cli.main import main

LEGACY_CARD = Path(__file__).parents[1] / "hw" / "vcard" / "data" / "card-v1.json"
PHOTO = str(paths.assets_dir() / "faces/london/030/neutral.jpg")
PERSONA = ["--name", "山田 花子", "--kana", "ヤマダ ハナコ", "--birth-date", "1985-04-12",
           "--sex", "female", "--address", "東京都千代田区霞が関一丁目2番2号", "--photo", PHOTO]


def _new(tmp_path, *extra: str) -> int:
    return main(["card", "new", str(tmp_path / "card.json"), *PERSONA, *extra])


def test_new_card_prints_what_is_printed_on_it(tmp_path, capsys):
    status = _new(tmp_path, "--pin", "1234", "--signature-password", "ABC123",
                       "--my-number", "123456789018")
    printed = capsys.readouterr().out
    assert status == 0
    assert "照合番号B: 600412" in printed and "123456789018" in printed
    assert read_image(tmp_path / "card.json").kind.value == "standard"


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["--pin", "12345"], "user-authentication PIN must be 4 digits"),
        (["--pin", "1234", "--signature-password", "ABCDEF"], "at least one letter and one"),
        (["--face-auth", "--pin", "1234"], "a face-authentication card has no PINs"),
        (["--pin", "1234", "--photo", "/nonexistent/photo.jpg"], "photo not found"),
        (["--pin", "1234", "--sex", "x"], "sex must be"),
        (["--pin", "1234", "--name", "山田花子"], "family and the given name"),
        (["--pin", "1234", "--my-number", "1234"], "valid check digit"),
    ],
)
def test_bad_arguments_give_a_clear_message_and_exit_2(tmp_path, capsys, extra, message):
    status = _new(tmp_path, *extra)
    assert status == 2
    assert message in capsys.readouterr().err
    assert not (tmp_path / "card.json").exists()


def test_bad_date_is_a_usage_error(tmp_path, capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["card", "new", str(tmp_path / "c.json"), *PERSONA[:4], "--birth-date",
              "12/04/1985"])
    assert exit_info.value.code == 2
    assert "is not a date" in capsys.readouterr().err


def test_existing_card_is_not_overwritten(tmp_path, capsys):
    _new(tmp_path, "--pin", "1234")
    status = _new(tmp_path, "--pin", "1234")
    assert status == 2 and "--force" in capsys.readouterr().err


def test_info_shows_what_a_terminal_reads_without_secrets(tmp_path, capsys):
    _new(tmp_path, "--pin", "1234", "--signature-password", "ABC123",
         "--my-number", "123456789018")
    capsys.readouterr()
    assert main(["card", "info", str(tmp_path / "card.json"), "--json"]) == 0
    info = json.loads(capsys.readouterr().out)
    assert info["kind"] == "standard" and info["signature_certificate"] is True
    assert info["pins"]["auth"] == {"state": "usable", "tries_left": 3, "max_tries": 3}
    assert info["auth_certificate"]["state"] == "valid"
    text = json.dumps(info, ensure_ascii=False)
    assert "123456789018" not in text and "山田" not in text and "1234\"" not in text
    assert main(["card", "info", str(tmp_path / "card.json")]) == 0
    assert "user-authentication PIN (利用者証明用): 3/3" in capsys.readouterr().out


def test_info_on_a_face_auth_card_with_an_expired_certificate(tmp_path, capsys):
    _new(tmp_path, "--face-auth", "--issued-on", "2015-01-10")
    capsys.readouterr()
    main(["card", "info", str(tmp_path / "card.json"), "--json"])
    info = json.loads(capsys.readouterr().out)
    assert info["kind"] == "face-authentication"
    assert info["pins"]["auth"] == {"state": "not set"}
    assert info["pins"]["signature"] == {"state": "absent"}
    assert info["auth_certificate"]["state"] == "expired"


def test_info_on_a_destroyed_chip(tmp_path, capsys):
    _new(tmp_path, "--pin", "1234", "--destroyed-chip")
    capsys.readouterr()
    assert main(["card", "info", str(tmp_path / "card.json")]) == 1
    assert "does not answer" in capsys.readouterr().out


def test_apdu_prints_each_response_and_saves_the_card(tmp_path, capsys):
    _new(tmp_path, "--pin", "1234")
    card = str(tmp_path / "card.json")
    capsys.readouterr()
    assert main(["card", "apdu", card, "00A4040C0AD392F000260100000001", "00A4020C020018",
                 "002000800430303030"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines == ["ATR 3BE000FF8131FE4514",
                     ">> 00A4040C0AD392F000260100000001", "<< 9000",
                     ">> 00A4020C020018", "<< 9000",
                     ">> 002000800430303030", "<< 63C2"]
    main(["card", "apdu", card, "00A4040C0AD392F000260100000001", "00A4020C020018",
          "00200080"])
    assert capsys.readouterr().out.splitlines()[-1] == "<< 63C2"


@pytest.mark.parametrize(
    ("apdus", "message"),
    [(["zz"], "must be hex digits"), (["00A4"], "at least 4 bytes")],
)
def test_apdu_refuses_bad_hex(tmp_path, capsys, apdus, message):
    assert main(["card", "apdu", str(tmp_path / "card.json"), *apdus]) == 2
    assert message in capsys.readouterr().err


def test_apdu_on_a_missing_or_broken_card_file(tmp_path, capsys):
    assert main(["card", "apdu", str(tmp_path / "none.json"), "00A40000"]) == 1
    assert "card file not found" in capsys.readouterr().err
    (tmp_path / "bad.json").write_text("{\"format\": ")
    assert main(["card", "info", str(tmp_path / "bad.json")]) == 1
    assert "bad.json is damaged or truncated" in capsys.readouterr().err


def test_demo_issues_one_card_per_case_and_keeps_them(capsys):
    assert main(["card", "demo"]) == 0
    first = capsys.readouterr().out
    assert first.count(" issued ") == 13
    assert main(["card", "demo"]) == 0
    assert capsys.readouterr().out.count(" kept ") == 13
    cards = paths.data_dir() / "cards"
    kinds = {path.name: read_image(path) for path in cards.glob("*.json")}
    assert kinds["sato-kenta.json"].kind.value == "face-authentication"
    assert kinds["ito-sakura.json"].chip.value == "destroyed"
    locked = kinds["suzuki-ichiro.json"].application_named("jpki").files[0x0018]
    assert locked.tries_left == 0


def test_upgrade_rewrites_a_version_1_card_that_info_then_reads(tmp_path, capsys):
    card = tmp_path / "old.json"
    shutil.copy(LEGACY_CARD, card)
    assert main(["card", "info", str(card)]) == 1
    assert f"rewrite it with: kiosk card upgrade {card}" in capsys.readouterr().err
    assert main(["card", "upgrade", str(card), "--authority", str(tmp_path / "ca")]) == 0
    out = capsys.readouterr().out
    assert f"{card}: upgraded from version 1 to 2" in out and "PINs and their counters" in out
    assert "123456789018" not in out and "山田" not in out
    assert card.stat().st_mode & 0o077 == 0
    assert main(["card", "info", str(card), "--json"]) == 0
    info = json.loads(capsys.readouterr().out)
    assert info["kind"] == "standard" and info["signature_certificate"] is True
    assert main(["card", "upgrade", str(card), str(tmp_path / "none.json"),
                 "--authority", str(tmp_path / "ca")]) == 1
    captured = capsys.readouterr()
    assert "already in the current layout" in captured.out
    assert "card file not found" in captured.err


def test_demo_upgrades_a_card_left_by_an_earlier_version(capsys):
    assert main(["card", "demo"]) == 0
    capsys.readouterr()
    shutil.copy(LEGACY_CARD, paths.data_dir() / "cards" / "yamada-hanako.json")
    assert main(["card", "demo"]) == 0
    out = capsys.readouterr().out
    assert out.count(" upgraded ") == 1 and out.count(" kept ") == 12
    assert read_image(paths.data_dir() / "cards" / "yamada-hanako.json").card_objects


def test_console_entry_point_runs(tmp_path):
    result = subprocess.run([sys.executable, "-m", "kiosk", "card", "--help"],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0 and "apdu" in result.stdout


def test_serve_refuses_a_remote_host_and_a_missing_card(tmp_path, capsys):
    assert main(["card", "serve", str(tmp_path / "c.json"), "--host", "192.0.2.10"]) == 2
    assert "--allow-remote" in capsys.readouterr().err
    assert main(["card", "serve", str(tmp_path / "none.json")]) == 1
    assert "card file not found" in capsys.readouterr().err
