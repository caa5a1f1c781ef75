"""Alembic environment: runs migrations on the connection or URL the kiosk hands over."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from kiosk.storage.models import Base

config = context.config
target_metadata = Base.metadata


def run_offline() -> None:
    """Emit SQL for the configured URL without a connection."""
    context.configure(url=config.get_main_option("sqlalchemy.url"),
                      target_metadata=target_metadata, literal_binds=True,
                      render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()


def run_online() -> None:
    """Migrate through the connection given in config.attributes, or a new engine."""
    connection = config.attributes.get("connection")
    if connection is None:
        engine = create_engine(config.get_main_option("sqlalchemy.url"))
        with engine.begin() as own:
            _migrate(own)
        engine.dispose()
    else:
        _migrate(connection)


def _migrate(connection) -> None:
    # Batch mode lets later migrations alter SQLite tables (which lack ALTER COLUMN).
    context.configure(connection=connection, target_metadata=target_metadata,
                      render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()


if context.is_offline_mode():
    run_offline()
else:
    run_online()
