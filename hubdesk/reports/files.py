"""Writing a report file: the writer's path holds the whole report or nothing.

The callers (services) hand the writers a temporary path beside the target and give it
its name once it is complete and logged (``hubdesk.storage.outputs``); a writer that
fails removes what it wrote, so an error never leaves half a file behind.
"""

from __future__ import annotations

import gc
import io
import re
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

from hubdesk.domain.exports import ExportFileError, neutralise, os_error_reason

# Characters XML 1.0 cannot carry: a workbook holding one does not open.
_XML_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def xlsx_text(value: str) -> str:
    """Text as a workbook cell holds it: characters XML cannot carry dropped (searched
    for first: almost no text has one), a formula-like start neutralised."""
    if _XML_ILLEGAL.search(value):
        value = _XML_ILLEGAL.sub("", value)
    return neutralise(value)


@contextmanager
def written_or_removed(path: Path) -> Iterator[Path]:
    """Yield ``path``; an error in the block removes what was written there."""
    try:
        yield path
    except OSError as error:
        _remove(path)
        raise ExportFileError(path=str(path), reason=os_error_reason(error)) from error
    except BaseException:
        _remove(path)
        raise


@contextmanager
def collector_paused() -> Iterator[None]:
    """Python's cyclic garbage collector off for a block that builds a large document of
    objects that form no cycles: each collection walked the whole growing workbook (a
    quarter's XLSX at scale 300 took 4.6 s with it, 3.4 s without). Reference counting
    still frees everything; the collector is back on after the block."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def save_bytes(buffer: io.BytesIO, path: Path) -> None:
    """Write a document built in memory: a full disk is then one plain ``OSError`` at
    ``write``, never a half-closed zip archive complaining from its finaliser."""
    with path.open("wb") as file:
        file.write(buffer.getbuffer())


def _remove(path: Path) -> None:
    with suppress(OSError):
        path.unlink()
