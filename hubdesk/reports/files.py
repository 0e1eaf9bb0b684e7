"""Writing a report all or nothing: into a temporary file next to the target, renamed
over it at the end. A failed or cancelled export leaves no half-written file."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from ..domain.exports import ExportFileError

PART_SUFFIX = ".part"


@contextmanager
def atomic_target(path: Path) -> Iterator[Path]:
    """Yield a temporary path in ``path``'s folder; on success it replaces ``path``."""
    try:
        handle, name = tempfile.mkstemp(
            prefix=f".{path.name}.", suffix=PART_SUFFIX, dir=path.parent
        )
    except OSError as error:
        raise ExportFileError(path=str(path), reason=_reason(error)) from error
    os.close(handle)
    temporary = Path(name)
    _permissions_of_a_new_file(temporary)
    try:
        yield temporary
        try:
            os.replace(temporary, path)
        except OSError as error:
            raise ExportFileError(path=str(path), reason=_reason(error)) from error
    finally:
        temporary.unlink(missing_ok=True)


def _permissions_of_a_new_file(path: Path) -> None:
    """mkstemp makes the file private (0600); a saved report gets what any new file gets."""
    os.chmod(path, 0o666 & ~_current_umask())


def _current_umask() -> int:
    """The process umask, read without changing it where the system allows (Linux)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    except OSError:
        pass
    umask = os.umask(0o022)  # elsewhere: set and put back at once
    os.umask(umask)
    return umask


def _reason(error: OSError) -> str:
    if isinstance(error, PermissionError):
        return "the file or its folder cannot be written (is the file open in another program?)"
    if isinstance(error, FileNotFoundError):
        return "the folder does not exist"
    return error.strerror or str(error)
