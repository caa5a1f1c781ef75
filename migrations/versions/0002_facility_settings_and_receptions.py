"""Facility settings for the terminals (face retries, visual confirmation, inactivity
timeout and warning, default language) and the reception records.

Existing facilities take the server defaults: 1 face retry, visual confirmation allowed,
60 s timeout with a 15 s warning, Japanese.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-30 09:12:41.508113
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("facilities", schema=None) as batch_op:
        batch_op.add_column(sa.Column("face_retries", sa.Integer(),
                                      server_default=sa.text("1"), nullable=False))
        # sa.true(): 1 on SQLite, true on PostgreSQL.
        batch_op.add_column(sa.Column("visual_confirmation_allowed", sa.Boolean(),
                                      server_default=sa.true(), nullable=False))
        batch_op.add_column(sa.Column("inactivity_timeout_s", sa.Integer(),
                                      server_default=sa.text("60"), nullable=False))
        batch_op.add_column(sa.Column("inactivity_warning_s", sa.Integer(),
                                      server_default=sa.text("15"), nullable=False))
        batch_op.add_column(sa.Column("default_language", sa.String(length=5),
                                      server_default="ja", nullable=False))

    op.create_table(
        "reception_records",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("facility_code", sa.String(length=10), nullable=False),
        sa.Column("terminal_id", sa.String(length=50), nullable=False),
        sa.Column("identity_method", sa.String(length=10), nullable=False),
        sa.Column("certificate_id", sa.Integer(), nullable=True),
        sa.Column("person_id", sa.Integer(), nullable=True),
        sa.Column("coverage_id", sa.Integer(), nullable=True),
        sa.Column("validity", sa.Integer(), nullable=True),
        sa.Column("consents", sa.String(length=100), nullable=False),
        sa.Column("prescription", sa.String(length=10), nullable=True),
        sa.Column("warnings", sa.String(length=200), nullable=False),
        sa.Column("outcome", sa.String(length=30), nullable=False),
        sa.ForeignKeyConstraint(["coverage_id"], ["coverages.id"]),
        sa.ForeignKeyConstraint(["facility_code"], ["facilities.code"]),
        sa.ForeignKeyConstraint(["person_id"], ["people.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("reception_records", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_reception_records_at"), ["at"], unique=False)
        # A staff screen asks for one facility's newest receptions after an id.
        batch_op.create_index("ix_reception_records_facility_code_id",
                              ["facility_code", "id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("reception_records", schema=None) as batch_op:
        batch_op.drop_index("ix_reception_records_facility_code_id")
        batch_op.drop_index(batch_op.f("ix_reception_records_at"))
    op.drop_table("reception_records")

    with op.batch_alter_table("facilities", schema=None) as batch_op:
        batch_op.drop_column("default_language")
        batch_op.drop_column("inactivity_warning_s")
        batch_op.drop_column("inactivity_timeout_s")
        batch_op.drop_column("visual_confirmation_allowed")
        batch_op.drop_column("face_retries")
