"""The reasons a file is refused (opening, restoring, backing up, saving an export), as
the storage layer words them, translated for the window.

A reason may hold another: "no backup was written: the disk is full; …" translates
both parts. A reason that is not listed is shown as it is.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from hubdesk.gui.text.noop import QT_TRANSLATE_NOOP

FILE_CODES = frozenset({"database_file", "database_damaged", "export_file"})

_EXACT = {
    "no such file": QT_TRANSLATE_NOOP("FileReasons", "the file does not exist"),
    "is a folder, not a HubDesk file": QT_TRANSLATE_NOOP(
        "FileReasons", "this is a folder, not a HubDesk file"
    ),
    "the folder does not exist": QT_TRANSLATE_NOOP("FileReasons", "the folder does not exist"),
    "the file or its folder is read-only": QT_TRANSLATE_NOOP(
        "FileReasons", "the file or its folder is read-only"
    ),
    "the file is empty: not a HubDesk file": QT_TRANSLATE_NOOP(
        "FileReasons", "the file is empty: it is not a HubDesk file"
    ),
    "this is not a HubDesk file (not an SQLite database)": QT_TRANSLATE_NOOP(
        "FileReasons", "this is not a HubDesk file (not an SQLite database)"
    ),
    "this SQLite file belongs to another program, not HubDesk": QT_TRANSLATE_NOOP(
        "FileReasons", "this SQLite file belongs to another program, not HubDesk"
    ),
    "this is an empty SQLite database, not a HubDesk file; choose a new file name": (
        QT_TRANSLATE_NOOP(
            "FileReasons",
            "this is an empty SQLite database, not a HubDesk file; choose a new file name",
        )
    ),
    "the path is a link that cannot be followed (a loop of links?)": QT_TRANSLATE_NOOP(
        "FileReasons", "the path is a link that cannot be followed (a loop of links?)"
    ),
    "SQLite cannot read a damaged page": QT_TRANSLATE_NOOP(
        "FileReasons", "a page of the file cannot be read"
    ),
    "this is a HubDesk database or one of its working files; choose another file name": (
        QT_TRANSLATE_NOOP(
            "FileReasons",
            "this is a HubDesk database or one of its working files; choose another file name",
        )
    ),
    "this is the database's backup folder; choose another folder": QT_TRANSLATE_NOOP(
        "FileReasons", "this is the database's backup folder; choose another folder"
    ),
    "this file is a database; choose another file name": QT_TRANSLATE_NOOP(
        "FileReasons", "this file is a database; choose another file name"
    ),
    "is a folder; choose a file name": QT_TRANSLATE_NOOP(
        "FileReasons", "this is a folder; choose a file name"
    ),
    "the disk is full; free some space or choose another drive": QT_TRANSLATE_NOOP(
        "FileReasons", "the disk is full; free some space or choose another drive"
    ),
    "the file is larger than this drive or account allows": QT_TRANSLATE_NOOP(
        "FileReasons", "the file is larger than this drive or account allows"
    ),
    "the file or its folder cannot be written (is the file open in another program?)": (
        QT_TRANSLATE_NOOP(
            "FileReasons",
            "the file or its folder cannot be written (is the file open in another program?)",
        )
    ),
    "the backup is empty: not a HubDesk file": QT_TRANSLATE_NOOP(
        "FileReasons", "the backup is empty: it is not a HubDesk file"
    ),
    "the backup is not a HubDesk file": QT_TRANSLATE_NOOP(
        "FileReasons", "the backup is not a HubDesk file"
    ),
    "another program has the file open; close HubDesk everywhere and try again": (
        QT_TRANSLATE_NOOP(
            "FileReasons",
            "another program has the file open; close HubDesk everywhere and try again",
        )
    ),
    "another program is writing the file; try again in a moment": QT_TRANSLATE_NOOP(
        "FileReasons", "another program is writing the file; try again in a moment"
    ),
    "already exists": QT_TRANSLATE_NOOP("FileReasons", "a file of this name already exists"),
    "the file needs an upgrade, but someone else has it open; try again later": (
        QT_TRANSLATE_NOOP(
            "FileReasons",
            "the file needs an upgrade, but someone else has it open; try again later",
        )
    ),
}

_PATTERNS: list[tuple[re.Pattern[str], str]] = [
    (
        re.compile(r"^no backup was written: (?P<inner>.+)$"),
        QT_TRANSLATE_NOOP("FileReasons", "no backup was written: {inner}"),
    ),
    (
        re.compile(r"^the backup is damaged \((?P<inner>.+)\)$"),
        QT_TRANSLATE_NOOP("FileReasons", "the backup is damaged ({inner})"),
    ),
    (
        re.compile(r"^the backup was made by a newer HubDesk \(schema (?P<schema>[^)]+)\).*$"),
        QT_TRANSLATE_NOOP(
            "FileReasons",
            "the backup was made by a newer HubDesk (schema {schema}); update HubDesk first",
        ),
    ),
    (
        re.compile(r"^the file was made by a newer HubDesk \(schema (?P<schema>[^)]+)\).*$"),
        QT_TRANSLATE_NOOP(
            "FileReasons",
            "the file was made by a newer HubDesk (schema {schema}); update HubDesk to open it",
        ),
    ),
    (
        re.compile(r"^the table (?P<table>\w+) is missing$"),
        QT_TRANSLATE_NOOP("FileReasons", "the table {table} is missing"),
    ),
    (
        re.compile(r"^the column (?P<column>[\w.]+) is missing$"),
        QT_TRANSLATE_NOOP("FileReasons", "the column {column} is missing"),
    ),
]


def _tr(text: str) -> str:
    return QCoreApplication.translate("FileReasons", text)


def file_reason(reason: str) -> str:
    """``reason`` in the window's language (unknown ones as they are)."""
    if reason in _EXACT:
        return _tr(_EXACT[reason])
    for pattern, template in _PATTERNS:
        match = pattern.match(reason)
        if match:
            groups = {
                name: file_reason(value) if name == "inner" else value
                for name, value in match.groupdict().items()
            }
            return _tr(template).format(**groups)
    return reason
