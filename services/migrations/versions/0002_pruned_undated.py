"""News: undated items whose stories were pruned, so that they do not come back as news.

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from services.schema import UTCDateTime

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "pruned_undated",
        sa.Column("outlet", sa.String(200), nullable=False),
        sa.Column("guid", sa.String(2048), nullable=False),
        sa.Column("pruned_at", UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("outlet", "guid", name="pk_pruned_undated"),
    )
    op.create_index("ix_pruned_undated_pruned_at", "pruned_undated", ["pruned_at"])


def downgrade() -> None:
    op.drop_index("ix_pruned_undated_pruned_at", table_name="pruned_undated")
    op.drop_table("pruned_undated")
