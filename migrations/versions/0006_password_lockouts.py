"""Password lockouts: wrong facility passwords counted per terminal (or API client), so that
five within 15 minutes lock it, whatever the session, the card or a restart.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-06 13:00:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "password_lockouts",
        sa.Column("scope", sa.String(length=80), nullable=False),
        sa.Column("facility_code", sa.String(length=10), nullable=True),
        sa.Column("failures", sa.Integer(), nullable=False),
        sa.Column("window_started_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("lock_count", sa.Integer(), nullable=False),
        sa.Column("locked_until", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("scope"),
    )
    with op.batch_alter_table("password_lockouts", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_password_lockouts_facility_code"),
                              ["facility_code"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("password_lockouts", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_password_lockouts_facility_code"))
    op.drop_table("password_lockouts")
