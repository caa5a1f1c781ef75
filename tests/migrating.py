"""Moving a test database between migration revisions, as `alembic upgrade/downgrade` would."""

from __future__ import annotations

from alembic import command
from alembic.config import Config
from sqlalchemy.engine import Engine

from kiosk.storage.database import MIGRATIONS_DIR


def migrate(engine: Engine, revision: str, down: bool = False) -> None:
    """Upgrade (or downgrade) the database behind `engine` to `revision`."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        (command.downgrade if down else command.upgrade)(config, revision)
