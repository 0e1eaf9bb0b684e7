"""``QT_TRANSLATE_NOOP`` with a type: PySide6's stub returns ``object``, so every table of
translatable texts failed the type check. lupdate finds the calls by their name."""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:  # noqa: N802 (lupdate's name)
    """Mark ``source`` for translation in ``context``; return it unchanged."""
    del context
    return source
