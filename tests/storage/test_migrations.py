"""Migrations with data in the database: 0001 to 0002 (facility settings, receptions) and
back, on SQLite and PostgreSQL; the models agree with the migrated schema."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, text

from kiosk.storage.database import (
    Database,
    current_revision,
    head_revision,
    make_engine,
)
from kiosk.storage.models import Base
from tests.migrating import migrate

SETTINGS_COLUMNS = {"face_retries", "visual_confirmation_allowed", "inactivity_timeout_s",
                    "inactivity_warning_s", "default_language"}


def _facility_rows(connection) -> None:
    connection.execute(text(
        "INSERT INTO facilities (code, name, consent_categories, electronic_prescriptions, "
        "password_hash) VALUES ('1310000001', 'みなと内科クリニック', 'medical,surgery', "
        ":yes, 'scrypt$x'), ('1310000002', 'さくら薬局', '', :no, 'scrypt$y')"),
        {"yes": True, "no": False})


def test_0001_data_upgrades_with_the_defaults(empty_url):
    engine = make_engine(empty_url)
    try:
        migrate(engine, "0001")
        with engine.begin() as connection:
            _facility_rows(connection)
            connection.execute(text("INSERT INTO people (id, individual_code) VALUES (7, 'c')"))
        assert current_revision(engine) == "0001"
    finally:
        engine.dispose()

    database = Database.open(empty_url)  # opening migrates to the head, as the kiosk does
    try:
        assert current_revision(database.engine) == head_revision()
        with database.engine.connect() as connection:
            rows = connection.execute(text(
                "SELECT code, name, consent_categories, electronic_prescriptions, "
                "face_retries, visual_confirmation_allowed, inactivity_timeout_s, "
                "inactivity_warning_s, default_language FROM facilities ORDER BY code")).all()
            assert connection.scalar(text("SELECT count(*) FROM people")) == 1
            assert connection.scalar(text("SELECT count(*) FROM reception_records")) == 0
        assert [tuple(row) for row in rows] == [
            ("1310000001", "みなと内科クリニック", "medical,surgery", True, 1, True, 60, 15, "ja"),
            ("1310000002", "さくら薬局", "", False, 1, True, 60, 15, "ja"),
        ]
    finally:
        database.close()


def test_a_row_inserted_without_the_new_columns_gets_the_defaults(database):
    # An older program (or plain SQL) that knows nothing of the settings still inserts.
    with database.engine.begin() as connection:
        _facility_rows(connection)
        row = connection.execute(text(
            "SELECT face_retries, visual_confirmation_allowed, inactivity_timeout_s, "
            "inactivity_warning_s, default_language FROM facilities WHERE code = '1310000002'"
        )).one()
    assert tuple(row) == (1, True, 60, 15, "ja")


def test_0002_downgrades_to_0001_keeping_the_facilities(empty_url):
    engine = make_engine(empty_url)
    try:
        migrate(engine, "head")
        with engine.begin() as connection:
            _facility_rows(connection)
        migrate(engine, "0001", down=True)
        assert current_revision(engine) == "0001"
        schema = inspect(engine)
        assert "reception_records" not in schema.get_table_names()
        assert not SETTINGS_COLUMNS & {c["name"] for c in schema.get_columns("facilities")}
        with engine.connect() as connection:
            assert connection.scalar(text("SELECT count(*) FROM facilities")) == 2
        migrate(engine, "head")
        assert current_revision(engine) == head_revision()
    finally:
        engine.dispose()


def test_the_models_match_the_migrated_schema(database):
    with database.engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    assert differences == []
