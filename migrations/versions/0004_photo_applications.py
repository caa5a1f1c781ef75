"""Photo applications: card applications sent from a photo booth (申請書ID, photo, e-mail).

The photo is kept only until the application is sent on (`kiosk admin photo-sent`), then
deleted; a cancelled session stores nothing.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-02 09:30:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "photo_applications",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("application_id", sa.String(length=23), nullable=False),
        sa.Column("photo", sa.LargeBinary(), nullable=True),
        sa.Column("email", sa.String(length=254), nullable=False),
        sa.Column("submitted_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("receipt_number", sa.String(length=20), nullable=False),
        sa.Column("sent_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("receipt_number"),
    )
    with op.batch_alter_table("photo_applications", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_photo_applications_application_id"),
                              ["application_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("photo_applications", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_photo_applications_application_id"))
    op.drop_table("photo_applications")
