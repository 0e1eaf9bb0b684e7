"""Alembic environment: runs on the connection HubDesk hands over in config.attributes."""

from alembic import context

from hubdesk.storage.models import Base

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("HubDesk runs migrations through hubdesk.storage.migrations only")

context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
