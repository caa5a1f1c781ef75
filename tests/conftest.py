"""Test-wide settings: Qt offscreen, a private data directory, shared test cards."""

from __future__ import annotations

import itertools
import os
import shutil
import uuid

# Qt aborts without a display unless told to render offscreen; set before any Qt import.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from hw.private_pcscd import PrivatePcscd
from kiosk.storage.database import Database
from kiosk.storage.private_postgres import PostgresLabError, PrivatePostgres
from tests.cards import CardFactory

pytest_plugins = ["tests.emulated"]

POSTGRES_TEMPLATE = "kiosk_template"
_database_numbers = itertools.count(1)


@pytest.fixture(scope="session")
def card_factory() -> CardFactory:
    """Test cards issued once per session by one test authority."""
    return CardFactory()


@pytest.fixture(autouse=True)
def private_data_dir(tmp_path_factory, monkeypatch):
    """Every test gets its own data directory; nothing touches the user's."""
    monkeypatch.setenv("KIOSK_DATA_DIR", str(tmp_path_factory.mktemp("data")))


@pytest.fixture(scope="session")
def private_pcscd(tmp_path_factory):
    """One private pcscd for the session: libpcsclite reads its socket path once per process.

    Fails, never skips, when pcscd or the vpcd driver is missing: ./test installs them.
    """
    lab = PrivatePcscd(tmp_path_factory.mktemp("pcscd"))
    lab.start()
    os.environ.update(lab.client_environment)
    yield lab
    lab.stop()


@pytest.fixture(params=["memory", "pcsc"])
def slot(request):
    """A reader slot; tests using it run on the in-process reader and through pcscd."""
    from tests.slots import MemorySlot, PcscSlot

    if request.param == "memory":
        made = MemorySlot()
    else:
        made = PcscSlot(request.getfixturevalue("private_pcscd"))
    yield made
    made.close()


@pytest.fixture(scope="session")
def private_postgres(tmp_path_factory):
    """One private PostgreSQL server for the session, on loopback, with throw-away data.

    Fails, never skips, when PostgreSQL is missing: ./test installs it.
    """
    lab = PrivatePostgres(tmp_path_factory.mktemp("postgres"))
    failure = None
    try:
        lab.start()
    except PostgresLabError as error:
        failure = str(error)
    if failure is not None:
        # Outside the except block, so the message is not printed twice.
        pytest.fail(failure, pytrace=False)
    yield lab
    lab.stop()


@pytest.fixture(scope="session")
def _sqlite_template(tmp_path_factory):
    """An SQLite file migrated once per session; tests get copies of it."""
    path = tmp_path_factory.mktemp("sqlite-template") / "eligibility.db"
    Database.open(f"sqlite:///{path}").close()
    # Closing the last connection checkpoints the WAL into the file: the file is all there is.
    assert not path.with_name(path.name + "-wal").exists()
    return path


@pytest.fixture(scope="session")
def _postgres_template(private_postgres):
    """A PostgreSQL database migrated once per session; tests get copies of it."""
    private_postgres.create_database(POSTGRES_TEMPLATE)
    Database.open(private_postgres.url(POSTGRES_TEMPLATE)).close()
    return POSTGRES_TEMPLATE


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request, tmp_path):
    """The URL of a fresh, migrated, empty database; tests run on SQLite and PostgreSQL."""
    if request.param == "sqlite":
        path = tmp_path / "eligibility.db"
        shutil.copyfile(request.getfixturevalue("_sqlite_template"), path)
        yield f"sqlite:///{path}"
        return
    lab = request.getfixturevalue("private_postgres")
    template = request.getfixturevalue("_postgres_template")
    name = f"test_{next(_database_numbers)}"
    lab.create_database(name, template=template)
    yield lab.url(name)
    lab.drop_database(name)


@pytest.fixture(params=["sqlite", "postgresql"])
def empty_url(request, tmp_path):
    """The URL of a database never migrated (for SQLite: a file, and folder, not yet made)."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'sub' / 'eligibility.db'}"
        return
    lab = request.getfixturevalue("private_postgres")
    name = f"empty_{uuid.uuid4().hex[:12]}"
    lab.create_database(name)
    yield lab.url(name)
    lab.drop_database(name)


@pytest.fixture
def database(database_url):
    """The fresh database of `database_url`, opened (and closed after the test)."""
    opened = Database.open(database_url)
    yield opened
    opened.close()
