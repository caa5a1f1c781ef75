"""Migration 0005 (OQS folder and encoding of a facility) up and down with data, on SQLite
and PostgreSQL."""

from __future__ import annotations

from sqlalchemy import inspect, text

from kiosk.storage.database import current_revision, make_engine
from tests.migrating import migrate

OQS_COLUMNS = {"oqs_folder", "oqs_encoding"}


def _columns(engine) -> dict[str, dict]:
    return {c["name"]: c for c in inspect(engine).get_columns("facilities")}


def test_0005_up_with_defaults_down_and_up_again(empty_url):
    engine = make_engine(empty_url)
    try:
        migrate(engine, "0004")
        with engine.begin() as connection:
            connection.execute(text(
                "INSERT INTO facilities (code, name, consent_categories, "
                "electronic_prescriptions, password_hash) VALUES "
                "('1310000001', 'みなと内科クリニック', 'medical', :no, 'scrypt$x')"),
                {"no": False})
        migrate(engine, "0005")
        assert current_revision(engine) == "0005"
        columns = _columns(engine)
        assert columns["oqs_folder"]["nullable"] and not columns["oqs_encoding"]["nullable"]
        with engine.begin() as connection:
            # The existing facility, and one inserted by SQL that knows nothing of OQS.
            connection.execute(text(
                "INSERT INTO facilities (code, name, consent_categories, "
                "electronic_prescriptions, password_hash) VALUES "
                "('1310000002', 'さくら薬局', '', :no, 'scrypt$y')"), {"no": False})
            rows = connection.execute(text(
                "SELECT code, name, oqs_folder, oqs_encoding FROM facilities ORDER BY code"
            )).all()
            assert [tuple(row) for row in rows] == [
                ("1310000001", "みなと内科クリニック", None, "utf-8"),
                ("1310000002", "さくら薬局", None, "utf-8"),
            ]
            connection.execute(text(
                "UPDATE facilities SET oqs_folder = '/srv/OQS', oqs_encoding = 'shift_jis' "
                "WHERE code = '1310000001'"))

        migrate(engine, "0004", down=True)
        assert current_revision(engine) == "0004"
        assert not OQS_COLUMNS & set(_columns(engine))
        with engine.connect() as connection:
            assert connection.scalar(text("SELECT count(*) FROM facilities")) == 2
            assert connection.scalar(text(
                "SELECT name FROM facilities WHERE code = '1310000001'")) == "みなと内科クリニック"

        migrate(engine, "0005")
        with engine.connect() as connection:
            assert connection.execute(text(
                "SELECT oqs_folder, oqs_encoding FROM facilities WHERE code = '1310000001'"
            )).one() == (None, "utf-8")
    finally:
        engine.dispose()
