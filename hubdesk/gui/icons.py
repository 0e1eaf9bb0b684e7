"""The window's icons: the bundled Lucide set (ISC licence), drawn from SVG at any size,
and HubDesk's own application icon. Qt greys them itself for disabled buttons."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon

from hubdesk.resources import icon_path

APP_ICON = "hubdesk"


@cache
def icon(name: str) -> QIcon:
    """The icon ``name`` (``plus``, ``search``, ``hand-coins`` …); a missing file is an
    error at once, not a blank button."""
    path = icon_path(name)
    if not path.is_file():
        raise FileNotFoundError(f"HubDesk's icon {name!r} is missing: {path}")
    return QIcon(str(path))


def app_icon() -> QIcon:
    return icon(APP_ICON)
