"""A terminal's request against a database in trouble: a clear error, nothing half-written."""

from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy import func, select

from kiosk.eligibility.service import EligibilityService
from kiosk.storage.database import Database, DatabaseError
from kiosk.storage.models import Registration
from tests.eligibility.world import CLINIC, build_world


def test_a_locked_sqlite_database(tmp_path, card_factory):
    path = tmp_path / "eligibility.db"
    world = build_world(Database.open(f"sqlite:///{path}"), card_factory)
    impatient = Database.open(f"sqlite:///{path}?timeout=0.2")
    service = EligibilityService(impatient, card_factory.authority.auth_ca_certificate,
                                 world.clock)
    blocker = sqlite3.connect(path)
    blocker.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(DatabaseError, match="busy"):
            service.register(world.der, CLINIC)
    finally:
        blocker.rollback()
        blocker.close()
    with world.database.session() as session:
        assert session.scalar(select(func.count()).select_from(Registration)) == 0
    assert service.register(world.der, CLINIC).created  # works once the lock is gone
