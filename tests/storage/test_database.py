"""Opening the eligibility database: migrations, refusals and SQLite's file behaviour."""

from __future__ import annotations

import os
import sqlite3

import pytest
from sqlalchemy import inspect, text
from sqlalchemy.exc import OperationalError

from kiosk.storage import database as storage
from kiosk.storage.database import Database, DatabaseError, current_revision, head_revision
from kiosk.storage.models import Base, Insurer
from kiosk.storage.private_postgres import PostgresLabError, find_bin_dir

only_sqlite = pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)


def test_migrations_create_every_table_at_the_head_revision(database):
    tables = set(inspect(database.engine).get_table_names())
    assert set(Base.metadata.tables) | {"alembic_version"} <= tables
    assert current_revision(database.engine) == head_revision()


def test_the_fixture_database_is_empty(database):
    with database.session() as session:
        for table in Base.metadata.sorted_tables:
            assert session.scalar(text(f"SELECT count(*) FROM {table.name}")) == 0


def test_an_unmigrated_database_is_refused_with_what_to_run(empty_url):
    with pytest.raises(DatabaseError, match="kiosk db upgrade"):
        Database.open(empty_url, migrate=False)


def test_opening_migrates_an_empty_database(empty_url):
    opened = Database.open(empty_url)
    try:
        assert current_revision(opened.engine) == head_revision()
    finally:
        opened.close()


@only_sqlite
def test_sqlite_file_is_in_wal_mode(database, database_url):
    path = database_url.removeprefix("sqlite:///")
    with database.engine.connect() as connection:
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
    # WAL is a property of the file: a plain connection sees it too.
    plain = sqlite3.connect(path)
    try:
        assert plain.execute("PRAGMA journal_mode").fetchone() == ("wal",)
    finally:
        plain.close()


def _read_only_url(path) -> str:
    # Root ignores file modes, so the URI's mode=ro is what really makes it read-only.
    return f"sqlite:///file:{path}?mode=ro&uri=true"


@pytest.fixture
def read_only_dir(tmp_path):
    """A directory made read-only at the end of the test's setup; restored afterwards."""
    folder = tmp_path / "ro"
    folder.mkdir()
    yield folder
    folder.chmod(0o755)
    for path in folder.iterdir():
        path.chmod(0o644)


def test_a_read_only_unmigrated_sqlite_file_gives_a_clear_error(read_only_dir):
    path = read_only_dir / "eligibility.db"
    sqlite3.connect(path).close()
    path.chmod(0o444)
    read_only_dir.chmod(0o555)
    with pytest.raises(DatabaseError, match="read-only"):
        Database.open(_read_only_url(path))
    assert list(read_only_dir.iterdir()) == [path]


def test_a_read_only_migrated_sqlite_file_gives_a_clear_error(read_only_dir):
    path = read_only_dir / "eligibility.db"
    Database.open(f"sqlite:///{path}").close()
    path.chmod(0o444)
    read_only_dir.chmod(0o555)
    try:
        opened = Database.open(_read_only_url(path))
    except DatabaseError as error:
        # Without root SQLite cannot make the WAL index (-shm) in a read-only directory, so
        # even reading fails, with a clear message.
        assert os.geteuid() != 0
        assert "read-only" in str(error)
        return
    # Root can make it: reading works and writing fails with a type the caller can map.
    try:
        with opened.session() as session:
            assert session.scalar(text("SELECT count(*) FROM people")) == 0
            session.add(Insurer(number="06130012", name="東京都千代田区"))
            with pytest.raises(OperationalError, match="readonly"):
                session.commit()
    finally:
        opened.close()


@pytest.fixture
def locked_path(tmp_path):
    """An SQLite file another connection holds `BEGIN EXCLUSIVE` on during the test."""
    path = tmp_path / "locked.db"
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    yield path
    holder.execute("ROLLBACK")
    holder.close()


def test_a_locked_sqlite_file_gives_a_clear_error(locked_path):
    with pytest.raises(DatabaseError, match=r"locked.*another program"):
        Database.open(f"sqlite:///{locked_path}?timeout=0.2")


@only_sqlite
def test_a_write_to_a_locked_sqlite_database_fails_after_the_timeout(database_url):
    path = database_url.removeprefix("sqlite:///")
    opened = Database.open(f"{database_url}?timeout=0.2")
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with opened.session() as session:
            session.add(Insurer(number="06130012", name="東京都千代田区"))
            with pytest.raises(OperationalError, match="database is locked"):
                session.commit()
    finally:
        holder.execute("ROLLBACK")
        holder.close()
        opened.close()


@pytest.mark.parametrize("query", ["timeout=soon", "timeout=1&timeout=2"])
def test_a_bad_timeout_is_refused(tmp_path, query):
    with pytest.raises(DatabaseError, match="timeout"):
        Database.open(f"sqlite:///{tmp_path / 'e.db'}?{query}")


def test_a_password_never_appears_in_messages():
    with pytest.raises(DatabaseError) as caught:
        Database.open("postgresql+psycopg://kiosk:s3cret@127.0.0.1:1/kiosk")
    assert "s3cret" not in str(caught.value)
    assert "kiosk:***@127.0.0.1:1/kiosk" in str(caught.value)


def test_kiosk_database_url_is_honoured(monkeypatch):
    monkeypatch.setenv("KIOSK_DATABASE_URL", "postgresql+psycopg://kiosk@db.example/kiosk")
    assert storage.database_url() == "postgresql+psycopg://kiosk@db.example/kiosk"


def test_the_default_database_is_a_file_in_the_data_directory(monkeypatch, tmp_path):
    monkeypatch.delenv("KIOSK_DATABASE_URL", raising=False)
    monkeypatch.setenv("KIOSK_DATA_DIR", str(tmp_path))
    assert storage.database_url() == f"sqlite:///{tmp_path / 'eligibility.db'}"


def test_missing_postgresql_says_what_to_install(tmp_path):
    with pytest.raises(PostgresLabError, match="install Debian's postgresql package"):
        find_bin_dir(lib_root=tmp_path, path=str(tmp_path))


only_postgresql = pytest.mark.parametrize("database_url", ["postgresql"], indirect=True)


@only_postgresql
def test_a_database_server_has_deadlines_on_statements_and_locks(database):
    with database.engine.connect() as connection:
        assert connection.scalar(text("SHOW statement_timeout")) == "15s"
        assert connection.scalar(text("SHOW lock_timeout")) == "10s"
        client = connection.connection.dbapi_connection.info.get_parameters()
        assert (client["connect_timeout"], client["tcp_user_timeout"]) == ("10", "15000")


@only_postgresql
def test_a_statement_past_its_deadline_fails_instead_of_waiting(database_url):
    url = f"{database_url}?options=-c%20statement_timeout%3D200"  # the URL's own wins
    engine = storage.make_engine(url)
    try:
        with engine.connect() as connection, pytest.raises(OperationalError,
                                                           match="statement timeout"):
            connection.execute(text("SELECT pg_sleep(5)"))
    finally:
        engine.dispose()
