"""`kiosk db upgrade|status`: bring the eligibility database to the newest migration."""

from __future__ import annotations

import argparse
from pathlib import Path

from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, SQLAlchemyError

from kiosk.cli.errors import CommandError
from kiosk.storage.database import (
    DatabaseError,
    current_revision,
    database_url,
    describe_url,
    head_revision,
    make_engine,
    upgrade,
)


def register(commands: argparse._SubParsersAction) -> None:
    """Add `db upgrade|status` to the command tree."""
    db = commands.add_parser("db", help="the eligibility database")
    sub = db.add_subparsers(dest="db_command", metavar="DB_COMMAND", required=True)
    url_help = "database URL (default: KIOSK_DATABASE_URL, else a file in the data directory)"

    up = sub.add_parser("upgrade", help="create the schema or apply the newest migrations")
    up.add_argument("--url", help=url_help)
    up.set_defaults(handler=_upgrade)

    status = sub.add_parser("status", help="print the database's migration; exit status 1 "
                            "when it needs 'kiosk db upgrade'")
    status.add_argument("--url", help=url_help)
    status.set_defaults(handler=_status)


def _reason(error: SQLAlchemyError) -> str:
    """The driver's own message when there is one (SQLAlchemy's adds SQL and a link)."""
    return str(getattr(error, "orig", None) or error).strip()


def _revision_after(url: str, doing: str, migrate: bool) -> str | None:
    """Migrate first when `migrate`; the revision the database is at, or a CommandError."""
    try:
        engine = make_engine(url)
        try:
            if migrate:
                upgrade(engine)
            return current_revision(engine)
        finally:
            engine.dispose()
    except DatabaseError as error:
        raise CommandError(str(error)) from None
    except SQLAlchemyError as error:
        raise CommandError(f"cannot {doing} {describe_url(url)}: {_reason(error)}") from None


def _upgrade(args: argparse.Namespace) -> int:
    url = args.url or database_url()
    revision = _revision_after(url, "migrate", migrate=True)
    print(f"{describe_url(url)}: at migration {revision}")
    return 0


def _missing_sqlite_file(url: str) -> bool:
    """Whether `url` names an SQLite file that does not exist (status must not create it)."""
    try:
        parsed = make_url(url)
    except ArgumentError:
        return False
    name = parsed.database or ""
    return (parsed.get_backend_name() == "sqlite" and name not in ("", ":memory:")
            and not name.startswith("file:") and not Path(name).exists())


def _status(args: argparse.Namespace) -> int:
    url = args.url or database_url()
    head = head_revision()
    revision = None if _missing_sqlite_file(url) else _revision_after(url, "read", migrate=False)
    print(f"database:  {describe_url(url)}")
    print(f"migration: {revision or 'none (empty database)'}")
    print(f"newest:    {head}")
    if revision == head:
        print("up to date")
        return 0
    print("run 'kiosk db upgrade'")
    return 1
