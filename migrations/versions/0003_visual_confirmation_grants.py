"""Visual confirmation grants: staff allow 目視確認 at a reader from the staff screen.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-01 10:04:12.318442
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "visual_confirmation_grants",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("facility_code", sa.String(length=10), nullable=False),
        sa.Column("terminal_id", sa.String(length=50), nullable=False),
        sa.Column("granted_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("used_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(["facility_code"], ["facilities.code"]),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("visual_confirmation_grants", schema=None) as batch_op:
        # A waiting reader asks every second for its newest grant.
        batch_op.create_index("ix_visual_confirmation_grants_reader",
                              ["facility_code", "terminal_id", "id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("visual_confirmation_grants", schema=None) as batch_op:
        batch_op.drop_index("ix_visual_confirmation_grants_reader")
    op.drop_table("visual_confirmation_grants")
