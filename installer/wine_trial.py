"""Try ``installer/hubdesk.nsi`` under Wine, on Linux: what it does, not only that it compiles.

    apt-get install nsis wine64
    uv run python installer/wine_trial.py

Two 64-bit installers (versions 0.1.0 and 0.2.0) are compiled over a stand-in bundle whose
``HubDesk.exe`` is a small NSIS program that writes its process id and sleeps, then run in
a fresh Wine prefix: a silent per-user install (files, shortcuts, Apps entry), an upgrade
in place that removes the previous version first and keeps the data, the refusals (exit
code 3) while HubDesk runs or holds a lock on the default or the last-opened file, the
locks that must not refuse (stale, another PC's), an uninstall that keeps the data, and
an all-users install and uninstall (``/AllUsers``; Wine's user is an administrator).
Wine is not Windows: no UAC, every user an administrator; the Windows job tries the real
installer. Exits 1 when a check fails.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from hubdesk.storage.lock import LockOwner, _encode  # noqa: E402

WINE_DIRS = ("/usr/lib/wine",)  # Debian keeps wine64 off the PATH
UNINSTALL_KEY = r"HKCU\Software\Microsoft\Windows\CurrentVersion\Uninstall\HubDesk"
STAND_IN = """Unicode true
RequestExecutionLevel user
SilentInstall silent
OutFile "HubDesk.exe"
Name "stand-in HubDesk"
Section
  System::Call 'kernel32::GetCurrentProcessId() i .r0'
  FileOpen $1 "$TEMP\\stand-in.pid" w
  FileWrite $1 "$0"
  FileClose $1
  Sleep 60000
SectionEnd
"""


class Trial:
    """A Wine prefix with the two installers, and the checks' tally."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.env = {**os.environ, "WINEPREFIX": str(folder / "prefix"), "WINEDEBUG": "-all"}
        self.env["PATH"] = os.pathsep.join([*WINE_DIRS, os.environ.get("PATH", "")])
        self.user = folder / "prefix" / "drive_c" / "users" / os.environ.get("USER", "root")
        self.failed = 0

    @property
    def app(self) -> Path:
        return self.user / "AppData/Local/Programs/HubDesk"

    @property
    def data(self) -> Path:
        return self.user / "AppData/Local/HubDesk/HubDesk"

    def wine(self, *arguments: str) -> int:
        return subprocess.run(["wine64", *arguments], env=self.env, cwd=self.folder).returncode

    def check(self, label: str, ok: bool) -> None:
        print(f"{'ok  ' if ok else 'FAIL'} {label}", flush=True)
        self.failed += 0 if ok else 1

    def version(self) -> str | None:
        query = ["wine64", "reg", "query", UNINSTALL_KEY, "/v", "DisplayVersion"]
        out = subprocess.run(query, env=self.env, capture_output=True, text=True).stdout
        return out.split()[-1] if "DisplayVersion" in out else None

    def start_stand_in(self, program: Path) -> tuple[subprocess.Popen[bytes], int]:
        """Run a stand-in HubDesk.exe; return it and its Windows process id."""
        pid_file = self.user / "Temp" / "stand-in.pid"
        pid_file.unlink(missing_ok=True)
        process = subprocess.Popen(["wine64", str(program)], env=self.env, cwd=self.folder)
        for _ in range(200):
            if pid_file.is_file() and pid_file.read_text().strip():
                return process, int(pid_file.read_text().strip())
            time.sleep(0.1)
        raise SystemExit("the stand-in HubDesk.exe did not start")

    def stop(self, process: subprocess.Popen[bytes]) -> None:
        kill = ["wine64", "taskkill", "/F", "/IM", "HubDesk.exe"]
        subprocess.run(kill, env=self.env, capture_output=True)
        process.wait(timeout=30)

    def uninstall(self) -> int:
        windows_app = r"C:\users" + "\\" + self.user.name + r"\AppData\Local\Programs\HubDesk"
        return self.wine(str(self.app / "uninstall.exe"), "/S", f"_?={windows_app}")


def write_lock(database: Path, host: str, pid: int) -> None:
    """The lock file HubDesk writes beside ``database`` (hubdesk/storage/lock.py)."""
    database.parent.mkdir(parents=True, exist_ok=True)
    now = datetime.now().replace(microsecond=0)
    owner = LockOwner("홍길동", host, pid, now, now, "0" * 32)
    database.with_name(database.name + ".lock").write_text(_encode(owner), encoding="utf-8")


def makensis(*arguments: str, cwd: Path) -> None:
    command = ["makensis", "-V1", "-XTarget amd64-unicode", *arguments]
    subprocess.run(command, cwd=cwd, check=True)


def prepare(folder: Path) -> None:
    """The stand-in program, two stand-in bundles and their installers, a Wine prefix."""
    (folder / "stand-in.nsi").write_text(STAND_IN, encoding="utf-8")
    makensis("stand-in.nsi", cwd=folder)
    for version in ("0.1.0", "0.2.0"):
        bundle = folder / f"bundle-{version}"
        (bundle / "_internal").mkdir(parents=True)
        for name in ("HubDesk.exe", "hubdesk-cli.exe"):
            shutil.copy(folder / "HubDesk.exe", bundle / name)
        (bundle / "_internal" / f"only-in-{version}.txt").write_text(version)
        defines = [f"-DVERSION={version}", f"-DFILE_VERSION={version}.0", f"-DBUNDLE={bundle}"]
        defines += [f"-DOUTFILE={folder / f'setup-{version}.exe'}", "-DAPP_EXE=HubDesk.exe"]
        defines += ["-DCLI_EXE=hubdesk-cli.exe", "-INPUTCHARSET", "UTF8"]
        makensis(*defines, str(ROOT / "installer" / "hubdesk.nsi"), cwd=folder)
    trial = Trial(folder)
    subprocess.run(["wine64", "wineboot", "--init"], env=trial.env, capture_output=True)
    desktop = trial.user / "Desktop"  # Wine links it to $HOME: keep the shortcut inside
    desktop.unlink(missing_ok=True)
    desktop.mkdir(exist_ok=True)


def install_and_upgrade(trial: Trial) -> None:
    rc = trial.wine("setup-0.1.0.exe", "/S")
    installed = (trial.app / "_internal/only-in-0.1.0.txt").is_file()
    trial.check(f"silent per-user install (exit {rc})", rc == 0 and installed)
    trial.check("Apps entry with the package version", trial.version() == "0.1.0")
    start_menu = trial.user / "AppData/Roaming/Microsoft/Windows/Start Menu/Programs/HubDesk.lnk"
    desktop = trial.user / "Desktop/HubDesk.lnk"
    trial.check("Start menu and desktop shortcuts", start_menu.is_file() and desktop.is_file())
    default = trial.data / "hubdesk.sqlite"
    default.parent.mkdir(parents=True, exist_ok=True)
    default.write_bytes(b"SQLite format 3\0")
    (trial.data / "hubdesk-backups").mkdir(exist_ok=True)
    (trial.data / "hubdesk-backups" / "hubdesk-20261124.sqlite").write_bytes(b"backup")
    write_lock(default, socket.gethostname(), 999_999)  # left by a crash: no such process
    rc = trial.wine("setup-0.2.0.exe", "/S")
    trial.check(f"a stale lock does not stop the upgrade (exit {rc})", rc == 0)
    old_gone = not (trial.app / "_internal/only-in-0.1.0.txt").exists()
    trial.check("the upgrade removed the previous version first", old_gone)
    trial.check("the upgrade kept the data and backups", default.is_file())


def refusals(trial: Trial) -> None:
    process, _ = trial.start_stand_in(trial.app / "HubDesk.exe")
    rc = trial.wine("setup-0.1.0.exe", "/S")
    trial.check(f"refused while the installed HubDesk.exe runs (exit {rc})", rc == 3)
    trial.stop(process)
    elsewhere = trial.user / "elsewhere" / "HubDesk.exe"
    elsewhere.parent.mkdir(exist_ok=True)
    shutil.copy(trial.app / "HubDesk.exe", elsewhere)
    process, pid = trial.start_stand_in(elsewhere)
    default = trial.data / "hubdesk.sqlite"
    write_lock(default, socket.gethostname(), pid)
    rc = trial.wine("setup-0.2.0.exe", "/S")
    trial.check(f"refused while a running HubDesk holds the default file (exit {rc})", rc == 3)
    write_lock(default, "ANOTHER-PC", pid)
    rc = trial.wine("setup-0.2.0.exe", "/S")
    trial.check(f"another PC's lock does not stop the upgrade (exit {rc})", rc == 0)
    default.with_name(default.name + ".lock").unlink()
    shared = trial.user / "shared" / "hub.sqlite"
    shared.parent.mkdir(exist_ok=True)
    shared.write_bytes(b"SQLite format 3\0")
    write_lock(shared, socket.gethostname(), pid)
    last = ["reg", "add", r"HKCU\Software\HubDesk\HubDesk\files", "/v", "last", "/t", "REG_SZ"]
    windows_path = r"C:\users" + "\\" + trial.user.name + r"\shared\hub.sqlite"
    subprocess.run(["wine64", *last, "/d", windows_path, "/f"], env=trial.env, capture_output=True)
    rc = trial.wine("setup-0.2.0.exe", "/S")
    trial.check(f"refused while the last-opened file is held (exit {rc})", rc == 3)
    rc = trial.uninstall()
    trial.check(f"the uninstaller refuses too (exit {rc})", rc == 3)
    trial.stop(process)


def uninstall(trial: Trial) -> None:
    rc = trial.uninstall()
    gone = not (trial.app / "_internal").exists() and not (trial.app / "HubDesk.exe").exists()
    trial.check(f"uninstall removes the program (exit {rc})", rc == 0 and gone)
    kept = (trial.data / "hubdesk.sqlite").is_file()
    kept = kept and (trial.data / "hubdesk-backups" / "hubdesk-20261124.sqlite").is_file()
    trial.check("uninstall keeps the data file and its backups", kept)
    no_shortcut = not (trial.user / "Desktop/HubDesk.lnk").exists()
    trial.check(
        "uninstall removes the Apps entry and shortcuts", no_shortcut and not trial.version()
    )


def all_users(trial: Trial) -> None:
    """Wine runs every user as administrator: /AllUsers goes to Program Files and HKLM."""
    rc = trial.wine("setup-0.1.0.exe", "/S", "/AllUsers")
    program_files = trial.folder / "prefix/drive_c/Program Files/HubDesk"
    first = rc == 0 and (program_files / "_internal/only-in-0.1.0.txt").is_file()
    rc = trial.wine("setup-0.2.0.exe", "/S", "/AllUsers")  # _?= with a space in the path
    upgraded = first and not (program_files / "_internal/only-in-0.1.0.txt").exists()
    trial.check(f"all-users upgrade in Program Files (exit {rc})", rc == 0 and upgraded)
    machine_key = UNINSTALL_KEY.replace("HKCU", "HKLM")
    query = ["wine64", "reg", "query", machine_key, "/v", "InstallLocation"]
    entry = subprocess.run(query, env=trial.env, capture_output=True, text=True).stdout
    installed = (program_files / "HubDesk.exe").is_file() and "Program Files" in entry
    trial.check(f"/AllUsers as administrator: Program Files and HKLM (exit {rc})", installed)
    # No _?= here (a path with a space reaches NSIS quoted): the uninstaller runs from a copy.
    rc = trial.wine(str(program_files / "uninstall.exe"), "/S")
    for _ in range(300):
        if not (program_files / "_internal").exists():
            break
        time.sleep(0.1)
    gone = not (program_files / "_internal").exists()
    trial.check(f"the all-users uninstall (exit {rc})", rc == 0 and gone)


def main() -> int:
    missing = [tool for tool in ("makensis", "wine64") if not find(tool)]
    if missing:
        print(f"wine_trial.py: missing {', '.join(missing)} (apt-get install nsis wine64)")
        return 1
    with tempfile.TemporaryDirectory(prefix="hubdesk-wine-") as name:
        folder = Path(name)
        prepare(folder)
        trial = Trial(folder)
        steps: list[Callable[[Trial], None]] = [install_and_upgrade, refusals, uninstall, all_users]
        try:
            for run_step in steps:
                run_step(trial)
        finally:
            subprocess.run(["wineserver", "-k"], env=trial.env, capture_output=True)
    print(f"{trial.failed} failed")
    return 1 if trial.failed else 0


def find(tool: str) -> str | None:
    return shutil.which(tool, path=os.pathsep.join([*WINE_DIRS, os.environ.get("PATH", "")]))


if __name__ == "__main__":
    sys.exit(main())
