"""Opening the eligibility database: SQLite by default, any SQLAlchemy URL by configuration."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Mapping
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from kiosk import paths

MIGRATIONS_DIR = Path(__file__).resolve().parents[2] / "migrations"


class DatabaseError(Exception):
    """The database cannot be used as it is; the message says why and what to do."""


def database_url() -> str:
    """KIOSK_DATABASE_URL, or an SQLite file in the user's data directory."""
    configured = os.environ.get("KIOSK_DATABASE_URL")
    if configured:
        return configured
    return f"sqlite:///{paths.data_dir() / 'eligibility.db'}"


def describe_url(url: str) -> str:
    """The URL without its password, for messages and logs."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return "(unparsable URL)"


def _explain(error: OperationalError) -> str:
    """What went wrong, in words a user can act on (SQLite's messages are terse)."""
    text = str(error.orig)
    if "readonly" in text or "read-only" in text:
        return (f"{text}: the database is read-only (check the permissions of the file "
                "and of its directory)")
    if "locked" in text:
        return f"{text}: another program holds a lock on it; try again when it is done"
    return text


# Deadlines for a database server, so that no terminal waits on it for ever: to connect, for
# a free connection of the pool, for one statement, for a lock, and for an unanswered packet
# on a network that silently dropped the server. Each is a URL parameter too, which wins.
CONNECT_TIMEOUT_S = 10
POOL_TIMEOUT_S = 10
STATEMENT_TIMEOUT_MS = 15_000
LOCK_TIMEOUT_MS = 10_000
TCP_USER_TIMEOUT_MS = 15_000


def _server_deadlines(query: Mapping[str, object]) -> dict[str, object]:
    """libpq connection arguments with the deadlines the URL does not set itself."""
    arguments: dict[str, object] = {
        "connect_timeout": CONNECT_TIMEOUT_S,
        "tcp_user_timeout": TCP_USER_TIMEOUT_MS,
        "keepalives": 1, "keepalives_idle": 10, "keepalives_interval": 5,
        "keepalives_count": 3,
        "options": f"-c statement_timeout={STATEMENT_TIMEOUT_MS} "
                   f"-c lock_timeout={LOCK_TIMEOUT_MS}",
    }
    return {key: value for key, value in arguments.items() if key not in query}


def _seconds(value: str | tuple[str, ...]) -> float | None:
    """A URL parameter as a number, or None; a parameter given twice comes as a tuple."""
    if not isinstance(value, str):
        return None
    try:
        return float(value)
    except ValueError:
        return None


def make_engine(url: str) -> Engine:
    """An engine for `url`; SQLite gets WAL, foreign keys and a busy timeout; PostgreSQL
    gets deadlines on connecting, statements, locks and the network.

    SQLite waits up to `timeout` seconds (a URL parameter, default 5) for another writer.
    """
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise DatabaseError(f"not a database URL: {describe_url(url)}") from None
    if parsed.get_backend_name() == "postgresql":
        return create_engine(url, pool_pre_ping=True, pool_timeout=POOL_TIMEOUT_S,
                             connect_args=_server_deadlines(parsed.query))
    if parsed.get_backend_name() != "sqlite":
        return create_engine(url, pool_pre_ping=True, pool_timeout=POOL_TIMEOUT_S)
    # A URI filename (file:...?mode=ro) names a file that must already exist.
    if parsed.database and parsed.database != ":memory:" \
            and not parsed.database.startswith("file:"):
        # Readable by the kiosk's user only: SQLite gives its -wal and -shm files the
        # database file's own mode.
        database_file = Path(parsed.database)
        if not database_file.parent.exists():
            paths.private_dir(database_file.parent)
        # A read-only file or folder: SQLite says so in words (see _explain).
        with contextlib.suppress(PermissionError):
            paths.private_file(database_file)
    timeout = _seconds(parsed.query.get("timeout", "5"))
    if timeout is None:
        raise DatabaseError(f"timeout must be a number of seconds: {describe_url(url)}")
    engine = create_engine(parsed.difference_update_query(["timeout"]),
                           connect_args={"timeout": timeout})

    @event.listens_for(engine, "connect")
    def _sqlite_settings(dbapi_connection, _record) -> None:
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={int(timeout * 1000)}")
        # WAL lets terminals read while another writes; it is a property of the file.
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.close()

    return engine


def _full_url(engine: Engine) -> str:
    return engine.url.render_as_string(hide_password=False)


def _alembic_config(url: str) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return config


def head_revision() -> str:
    """The newest migration the code knows."""
    head = ScriptDirectory.from_config(_alembic_config("sqlite://")).get_current_head()
    assert head is not None
    return head


def upgrade(engine: Engine) -> None:
    """Create the schema or bring it up to the newest migration."""
    config = _alembic_config(_full_url(engine))
    try:
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
    except OperationalError as error:
        raise DatabaseError(f"cannot migrate {describe_url(_full_url(engine))}: "
                            f"{_explain(error)}") from None


def current_revision(engine: Engine) -> str | None:
    """The migration the database is at (None for an empty database)."""
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


class Database:
    """The engine and a session factory for the eligibility database."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.sessions = sessionmaker(engine, expire_on_commit=False)

    @classmethod
    def open(cls, url: str | None = None, migrate: bool = True) -> Database:
        """Open the database, migrating it first unless `migrate` is False."""
        url = url or database_url()
        engine = make_engine(url)
        try:
            if migrate:
                upgrade(engine)
            revision = current_revision(engine)
        except OperationalError as error:
            raise DatabaseError(f"cannot open {describe_url(url)}: {_explain(error)}") from None
        if revision != head_revision():
            raise DatabaseError(f"the database {describe_url(url)} is at migration "
                                f"{revision or 'none'}, not {head_revision()}: run "
                                "'kiosk db upgrade'")
        return cls(engine)

    def session(self) -> Session:
        """A new session; use it as a context manager around one transaction."""
        return self.sessions()

    def close(self) -> None:
        """Release every connection."""
        self.engine.dispose()


__all__ = ["Database", "DatabaseError", "SQLAlchemyError", "database_url", "describe_url",
           "upgrade"]
