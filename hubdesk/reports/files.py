"""Writing a report file: the writer's path holds the whole report or nothing.

The callers (services) hand the writers a temporary path beside the target and give it
its name once it is complete and logged (``hubdesk.storage.outputs``); a writer that
fails removes what it wrote, so an error never leaves half a file behind.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

from hubdesk.domain.exports import ExportFileError, os_error_reason


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


def save_bytes(buffer: io.BytesIO, path: Path) -> None:
    """Write a document built in memory: a full disk is then one plain ``OSError`` at
    ``write``, never a half-closed zip archive complaining from its finaliser."""
    with path.open("wb") as file:
        file.write(buffer.getbuffer())


def _remove(path: Path) -> None:
    with suppress(OSError):
        path.unlink()
