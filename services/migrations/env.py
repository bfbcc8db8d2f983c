"""Alembic's environment: migrations run on the connection ``services.db.migrate`` passes in."""

from __future__ import annotations

from alembic import context

from services.schema import metadata

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - the bot always passes its connection
    raise RuntimeError("run migrations through services.db.migrate(engine)")

context.configure(
    connection=connection,
    target_metadata=metadata,
    render_as_batch=connection.dialect.name == "sqlite",
)
with context.begin_transaction():
    context.run_migrations()
