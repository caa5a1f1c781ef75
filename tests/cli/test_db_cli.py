"""`kiosk db upgrade|status` on SQLite and PostgreSQL."""

from __future__ import annotations

import pytest

from kiosk.cli.main import main
from kiosk.storage.database import head_revision


def test_upgrade_migrates_and_prints_the_url_without_password(empty_url, capsys):
    assert main(["db", "upgrade", "--url", empty_url]) == 0
    printed = capsys.readouterr().out
    assert f"at migration {head_revision()}" in printed
    if empty_url.startswith("postgresql"):
        password = empty_url.split(":")[2].split("@")[0]
        assert password not in printed and "kiosk:***@127.0.0.1" in printed
    # Running it again changes nothing and says the same.
    assert main(["db", "upgrade", "--url", empty_url]) == 0
    assert f"at migration {head_revision()}" in capsys.readouterr().out


def test_status_says_when_an_upgrade_is_needed(empty_url, capsys):
    assert main(["db", "status", "--url", empty_url]) == 1
    printed = capsys.readouterr().out
    assert "none (empty database)" in printed and "run 'kiosk db upgrade'" in printed
    main(["db", "upgrade", "--url", empty_url])
    capsys.readouterr()
    assert main(["db", "status", "--url", empty_url]) == 0
    assert "up to date" in capsys.readouterr().out


def test_status_does_not_create_a_missing_sqlite_file(tmp_path, capsys):
    path = tmp_path / "absent" / "eligibility.db"
    assert main(["db", "status", "--url", f"sqlite:///{path}"]) == 1
    assert not path.parent.exists()


def test_upgrade_uses_kiosk_database_url(tmp_path, monkeypatch, capsys):
    path = tmp_path / "configured.db"
    monkeypatch.setenv("KIOSK_DATABASE_URL", f"sqlite:///{path}")
    assert main(["db", "upgrade"]) == 0
    assert str(path) in capsys.readouterr().out
    assert path.exists()


def test_upgrade_defaults_to_the_data_directory(tmp_path, monkeypatch, capsys):
    monkeypatch.delenv("KIOSK_DATABASE_URL", raising=False)
    monkeypatch.setenv("KIOSK_DATA_DIR", str(tmp_path))
    assert main(["db", "upgrade"]) == 0
    assert (tmp_path / "eligibility.db").exists()


@pytest.mark.parametrize(
    ("command", "url", "message"),
    [
        ("upgrade", "not a url", "not a database URL"),
        ("status", "not a url", "not a database URL"),
        ("upgrade", "postgresql+psycopg://kiosk:s3cret@127.0.0.1:1/kiosk",
         "cannot migrate postgresql+psycopg://kiosk:***@127.0.0.1:1/kiosk"),
        ("status", "postgresql+psycopg://kiosk:s3cret@127.0.0.1:1/kiosk",
         "cannot read postgresql+psycopg://kiosk:***@127.0.0.1:1/kiosk"),
    ],
)
def test_errors_are_one_clear_line_without_password(command, url, message, capsys):
    assert main(["db", command, "--url", url]) == 1
    error = capsys.readouterr().err
    assert error.startswith("kiosk: ") and message in error
    assert "s3cret" not in error and "Traceback" not in error


def test_a_read_only_database_is_reported(tmp_path, capsys):
    path = tmp_path / "eligibility.db"
    path.touch()
    assert main(["db", "upgrade", "--url", f"sqlite:///file:{path}?mode=ro&uri=true"]) == 1
    assert "read-only" in capsys.readouterr().err
