"""The window's own preferences (geometry, files, language) in one typed QSettings wrapper.

Hub facts (hub name, director, targets) live in the database, not here.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

LANGUAGES = ("ko", "en")
DEFAULT_LANGUAGE = "ko"
MAX_RECENT_FILES = 8


class UiSettings:
    """Typed access to the preferences; every value is checked when read."""

    def __init__(self, store: QSettings | None = None) -> None:
        self._store = store if store is not None else QSettings()

    @classmethod
    def at(cls, path: Path) -> UiSettings:
        """Preferences kept in an INI file (tests, portable use)."""
        return cls(QSettings(str(path), QSettings.Format.IniFormat))

    @property
    def language(self) -> str:
        value = self._store.value("ui/language", DEFAULT_LANGUAGE)
        return value if value in LANGUAGES else DEFAULT_LANGUAGE

    @language.setter
    def language(self, value: str) -> None:
        if value not in LANGUAGES:
            raise ValueError(f"unknown language {value!r}")
        self._store.setValue("ui/language", value)

    @property
    def geometry(self) -> QByteArray | None:
        value = self._store.value("window/geometry")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    @geometry.setter
    def geometry(self, value: QByteArray) -> None:
        self._store.setValue("window/geometry", value)

    @property
    def window_state(self) -> QByteArray | None:
        value = self._store.value("window/state")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    @window_state.setter
    def window_state(self, value: QByteArray) -> None:
        self._store.setValue("window/state", value)

    @property
    def recent_files(self) -> list[Path]:
        value = self._store.value("files/recent", [])
        items: list[object] = [value] if isinstance(value, str) else list(value or [])  # type: ignore[call-overload]
        paths = [Path(item) for item in items if isinstance(item, str) and item]
        return [path for path in paths if path.is_absolute()]

    def remember_file(self, path: Path) -> None:
        """Put ``path`` first in the recent files and make it the last file."""
        path = path.resolve()
        recent = [path, *(p for p in self.recent_files if p != path)][:MAX_RECENT_FILES]
        self._store.setValue("files/recent", [str(p) for p in recent])
        self._store.setValue("files/last", str(path))

    @property
    def last_file(self) -> Path | None:
        value = self._store.value("files/last")
        return Path(value) if isinstance(value, str) and value else None

    def sync(self) -> None:
        self._store.sync()
