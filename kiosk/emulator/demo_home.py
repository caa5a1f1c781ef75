"""A seeded demo (database, cards, test authority, installation key) built once, then copied.

Issuing the demo cards takes seconds (RSA keys, JPEG 2000 photos); copying a seeded home
takes milliseconds, so every scenario and QA session starts from a fresh copy.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from kiosk.demo.seed import seed_demo
from kiosk.storage.database import Database

DATABASE_FILE = "eligibility.db"
CARDS_DIR = "cards"


@contextmanager
def data_dir(home: Path) -> Iterator[None]:
    """Make `home` the kiosk's data directory for the duration (seeding reads it)."""
    previous = os.environ.get("KIOSK_DATA_DIR")
    os.environ["KIOSK_DATA_DIR"] = str(home)
    try:
        yield
    finally:
        if previous is None:
            os.environ.pop("KIOSK_DATA_DIR", None)
        else:
            os.environ["KIOSK_DATA_DIR"] = previous


def database_url(home: Path) -> str:
    """The SQLite database of a demo home."""
    return f"sqlite:///{home / DATABASE_FILE}"


def build_demo_home(home: Path, now: dt.datetime | None = None) -> Path:
    """Seed the demo personas into `home` (created if needed); returns `home`."""
    home.mkdir(parents=True, exist_ok=True)
    with data_dir(home):
        database = Database.open(database_url(home))
        try:
            seed_demo(database, home / CARDS_DIR, now=now)
        finally:
            database.close()
    return home


def copy_demo_home(template: Path, destination: Path) -> Path:
    """A fresh copy of a seeded home (its cards keep their own PIN counters from now on)."""
    shutil.copytree(template, destination)
    return destination
