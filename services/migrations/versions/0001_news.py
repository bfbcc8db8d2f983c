"""News: feeds, stories, their sources and coin tags.

Revision ID: 0001
Revises:
Create Date: 2026-11-25
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from services.schema import UTCDateTime

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "feeds",
        sa.Column("url", sa.String(2048), nullable=False),
        sa.Column("outlet", sa.String(200), server_default="", nullable=False),
        sa.Column("etag", sa.String(512)),
        sa.Column("last_modified", sa.String(128)),
        sa.Column("content_hash", sa.String(64)),
        sa.Column("polled_at", UTCDateTime()),
        sa.Column("status", sa.String(200), server_default="", nullable=False),
        sa.Column("failures", sa.Integer(), server_default="0", nullable=False),
        sa.PrimaryKeyConstraint("url", name="pk_feeds"),
    )
    op.create_table(
        "stories",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("summary", sa.Text(), server_default="", nullable=False),
        sa.Column("link", sa.Text(), server_default="", nullable=False),
        sa.Column("published_at", UTCDateTime(), nullable=False),
        sa.Column("first_seen_at", UTCDateTime(), nullable=False),
        sa.Column("is_regulation", sa.Boolean(), server_default="0", nullable=False),
        sa.Column("regulation_score", sa.Float(), server_default="0", nullable=False),
        sa.Column("jurisdiction", sa.String(16)),
        sa.Column("kind", sa.String(32)),
        sa.Column("reason", sa.Text(), server_default="", nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_stories"),
    )
    op.create_index("ix_stories_published_at", "stories", ["published_at"])
    op.create_index(
        "ix_stories_is_regulation_published_at", "stories", ["is_regulation", "published_at"]
    )
    op.create_table(
        "story_sources",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("story_id", sa.Integer(), nullable=False),
        sa.Column("outlet", sa.String(200), nullable=False),
        sa.Column("guid", sa.String(2048), nullable=False),
        sa.Column("link", sa.Text(), server_default="", nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("published_at", UTCDateTime()),
        sa.ForeignKeyConstraint(
            ["story_id"],
            ["stories.id"],
            name="fk_story_sources_story_id_stories",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_story_sources"),
        sa.UniqueConstraint("outlet", "guid", name="uq_story_sources_outlet_guid"),
    )
    op.create_index("ix_story_sources_story_id", "story_sources", ["story_id"])
    op.create_table(
        "story_coins",
        sa.Column("story_id", sa.Integer(), nullable=False),
        sa.Column("coin_id", sa.String(200), nullable=False),
        sa.ForeignKeyConstraint(
            ["story_id"],
            ["stories.id"],
            name="fk_story_coins_story_id_stories",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("story_id", "coin_id", name="pk_story_coins"),
    )
    op.create_index("ix_story_coins_coin_id_story_id", "story_coins", ["coin_id", "story_id"])


def downgrade() -> None:
    op.drop_table("story_coins")
    op.drop_table("story_sources")
    op.drop_table("stories")
    op.drop_table("feeds")
