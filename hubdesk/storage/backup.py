"""SQLite's online backup: a consistent copy even while the file is in use."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy import Engine


def backup_file(engine: Engine, target: Path) -> Path:
    """Copy the open database to ``target`` page by page through the backup API."""
    source = engine.raw_connection()
    try:
        destination = sqlite3.connect(target)
        try:
            source.driver_connection.backup(destination)  # type: ignore[union-attr]
        finally:
            destination.close()
    finally:
        source.close()
    return target
