"""Storage: SQLAlchemy models, the Database, migrations, audit trail and backups."""

from hubdesk.storage.database import Database

__all__ = ["Database"]
