"""OQS settings of a facility: the folder its clinic software shares with the terminal
(face results in <folder>/face, requests in req/, answers in res/) and the files' encoding.

Existing facilities have no folder (the emulator then writes into its data directory) and
write UTF-8.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-06 12:20:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("facilities", schema=None) as batch_op:
        batch_op.add_column(sa.Column("oqs_folder", sa.String(length=500), nullable=True))
        batch_op.add_column(sa.Column("oqs_encoding", sa.String(length=10),
                                      server_default="utf-8", nullable=False))


def downgrade() -> None:
    with op.batch_alter_table("facilities", schema=None) as batch_op:
        batch_op.drop_column("oqs_encoding")
        batch_op.drop_column("oqs_folder")
