"""The default place of the HubDesk file: the platform's user data folder."""

from __future__ import annotations

from pathlib import Path

from platformdirs import user_data_path

APP_NAME = "HubDesk"
FILE_NAME = "hubdesk.sqlite"


def default_database_path() -> Path:
    """e.g. ``%LOCALAPPDATA%\\HubDesk\\HubDesk\\hubdesk.sqlite`` or ``~/.local/share/HubDesk``."""
    return user_data_path(APP_NAME, APP_NAME) / FILE_NAME
