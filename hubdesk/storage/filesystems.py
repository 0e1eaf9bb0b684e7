"""Is a file on a network share? SQLite's WAL mode must not be used there.

WAL keeps its index in shared memory (the ``-shm`` file, memory-mapped), which a
network file system does not keep coherent between PCs; SQLite's documentation
says WAL does not work over a network. A hub that keeps its file on a shared
folder gets the rollback journal (``journal_mode=DELETE``) instead, which relies on
file locks only.
"""

from __future__ import annotations

import ctypes
import os
import sys
from pathlib import Path

NETWORK_FILE_SYSTEMS = frozenset(
    {"cifs", "smb", "smb2", "smb3", "smbfs", "nfs", "nfs4", "afs", "9p", "fuse.sshfs", "davfs"}
)
_DRIVE_REMOTE = 4  # GetDriveTypeW


def is_network_path(path: Path) -> bool:
    """True when ``path`` lies on a network share (best effort; False when unsure)."""
    resolved = Path(os.path.abspath(path))
    if sys.platform == "win32":
        return _windows_is_remote(resolved)
    try:
        mounts = Path("/proc/self/mounts").read_text(encoding="utf-8", errors="replace")
    except OSError:
        return False  # macOS and others: no cheap, reliable answer
    return mount_type(resolved, mounts) in NETWORK_FILE_SYSTEMS


def mount_type(path: Path, mounts: str) -> str | None:
    """The file system type of the longest mount point in ``mounts`` that holds ``path``."""
    best: tuple[int, str] | None = None
    text = str(path)
    for line in mounts.splitlines():
        fields = line.split()
        if len(fields) < 3:
            continue
        point = fields[1].replace("\\040", " ")
        inside = text == point or text.startswith(point.rstrip("/") + "/")
        if inside and (best is None or len(point) > best[0]):
            best = (len(point), fields[2])
    return best[1] if best else None


def _windows_is_remote(path: Path) -> bool:
    text = str(path)
    if text.startswith("\\\\"):
        return True  # a UNC path: \\server\share\...
    drive = os.path.splitdrive(text)[0]
    if not drive:
        return False
    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
    return bool(kernel32.GetDriveTypeW(drive + "\\") == _DRIVE_REMOTE)
