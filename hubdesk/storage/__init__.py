"""Storage: SQLAlchemy models, the Database, migrations, audit trail and backups."""

from .database import Database

__all__ = ["Database"]
