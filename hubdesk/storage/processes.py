"""Who is still running: the process ids and host names that lock files and temporary
files carry, so what a crashed HubDesk left behind can be told from work in progress."""

from __future__ import annotations

import os
import socket
import sys
from functools import cache


@cache
def this_host() -> str:
    return socket.gethostname()


def process_alive(pid: int) -> bool:
    """True while process ``pid`` of this PC runs (or when it cannot be told)."""
    if pid <= 0:
        return False
    if sys.platform == "win32":
        return _windows_process_alive(pid)
    try:
        os.kill(pid, 0)  # signal 0 only asks; on Windows os.kill would end the process
    except ProcessLookupError:
        return False
    except OSError:
        return True  # it exists but belongs to someone else (or we cannot tell)
    return True


def _windows_process_alive(pid: int) -> bool:
    import ctypes

    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined,unused-ignore]
    query_limited_information, still_active = 0x1000, 259
    handle = kernel32.OpenProcess(query_limited_information, False, pid)
    if not handle:
        return bool(kernel32.GetLastError() == 5)  # access denied: it exists
    try:
        code = ctypes.c_ulong()
        if not kernel32.GetExitCodeProcess(handle, ctypes.byref(code)):
            return True
        return code.value == still_active
    finally:
        kernel32.CloseHandle(handle)
