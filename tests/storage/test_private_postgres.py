"""The private PostgreSQL server: loopback only, never root, databases made and dropped."""

from __future__ import annotations

import os

import psycopg
import pytest
from sqlalchemy import create_engine, text

from kiosk.storage.private_postgres import PostgresLabError, PrivatePostgres


def _show(lab: PrivatePostgres, setting: str) -> str:
    engine = create_engine(lab.url())
    try:
        with engine.connect() as connection:
            return connection.execute(text(f"SHOW {setting}")).scalar()
    finally:
        engine.dispose()


def test_listens_on_loopback_only_with_throw_away_durability(private_postgres):
    assert _show(private_postgres, "listen_addresses") == "127.0.0.1"
    assert _show(private_postgres, "fsync") == "off"
    assert private_postgres.url().startswith("postgresql+psycopg://kiosk:")


def test_the_data_directory_is_never_root_s(private_postgres):
    owner = private_postgres.data_dir.stat().st_uid
    assert owner != 0
    if os.geteuid() != 0:
        assert owner == os.geteuid()


def test_a_wrong_password_is_refused(private_postgres):
    with pytest.raises(psycopg.OperationalError, match="password"):
        psycopg.connect(host="127.0.0.1", port=private_postgres.port, user="kiosk",
                        password="wrong", dbname="kiosk").close()


def test_databases_are_created_from_a_template_and_dropped(private_postgres):
    private_postgres.create_database("lab_source")
    engine = create_engine(private_postgres.url("lab_source"))
    with engine.begin() as connection:
        connection.execute(text("CREATE TABLE marker (id integer)"))
    engine.dispose()
    private_postgres.create_database("lab_copy", template="lab_source")
    copy = create_engine(private_postgres.url("lab_copy"))
    with copy.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM marker")).scalar() == 0
    # Dropping cuts connections still open, as a crashed test may leave them.
    private_postgres.drop_database("lab_copy")
    copy.dispose()
    private_postgres.drop_database("lab_source")
    with pytest.raises(psycopg.OperationalError, match="does not exist"):
        psycopg.connect(host="127.0.0.1", port=private_postgres.port, user="kiosk",
                        password=private_postgres.password, dbname="lab_copy").close()


def test_a_second_server_starts_and_stops_in_a_given_directory(tmp_path):
    with PrivatePostgres(tmp_path / "second") as lab:
        assert _show(lab, "server_version").startswith(("1", "2"))
        port = lab.port
    assert lab.port is None
    with pytest.raises(psycopg.OperationalError):
        psycopg.connect(host="127.0.0.1", port=port, user="kiosk", password=lab.password,
                        dbname="kiosk", connect_timeout=2).close()


def test_url_before_start_is_an_error(tmp_path):
    with pytest.raises(PostgresLabError, match="not started"):
        PrivatePostgres(tmp_path).url()
