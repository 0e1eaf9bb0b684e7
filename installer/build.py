"""Build HubDesk's bundle for this system, test the bundle, and compile the installer.

    uv run python installer/build.py [--unfiltered] [--no-installer] [--measure]

1. PyInstaller builds ``dist/HubDesk/`` from ``installer/hubdesk.spec`` (one folder: the
   windowed program and ``hubdesk-cli``), after rendering the application icon.
2. The bundle's files are checked: resources, migrations and Qt's Korean present, nothing
   the filter drops (``installer/bundle_filter.py``) left in.
3. The bundle runs on its own: ``--version``, ``demo`` (it writes its own demo file),
   ``check``, ``export consultations`` as CSV, XLSX and PDF, ``agreement``, and the
   window's ``--smoke-test`` (offscreen on Linux).
4. With ``makensis`` on the PATH, ``installer/hubdesk.nsi`` is compiled over the bundle
   (on Linux over the Linux bundle: that only proves the script compiles).

With ``HUBDESK_SIGN_CMD`` set (a signing command to which the file's path is appended,
e.g. ``signtool sign /fd SHA256 /tr http://timestamp.digicert.com /td SHA256 /a``), both
programs are signed after PyInstaller, and makensis signs the uninstaller and the
installer with the same command.

Every step prints one line; the first failure ends the build with exit code 1.
``python installer/build.py`` without the environment re-runs itself under ``uv run``.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from installer import bundle_filter, metadata  # noqa: E402

HERE = ROOT / "installer"
SPEC = HERE / "hubdesk.spec"
NSIS_SCRIPT = HERE / "hubdesk.nsi"
DIST = ROOT / "dist"
WORK = ROOT / "build" / "pyinstaller"
BUNDLE = DIST / metadata.APP_NAME
DEMO_TODAY = "2026-11-24"
DEMO_QUARTER = "2026Q3"
RUN_LIMIT_S = 300
SIGN_VARIABLE = "HUBDESK_SIGN_CMD"  # e.g. signtool sign /fd SHA256 /tr URL /td SHA256 /f …


class BuildError(Exception):
    """A step failed; the message says which and why."""


def step(message: str) -> None:
    print(f"==> {message}", flush=True)


def note(message: str) -> None:
    print(f"    {message}", flush=True)


# --- environment ------------------------------------------------------------------


def has_pyinstaller() -> bool:
    return importlib.util.find_spec("PyInstaller") is not None


def rerun_under_uv(argv: Sequence[str]) -> int:
    """Run this script again in the project's locked environment."""
    uv = shutil.which("uv")
    if uv is None:
        raise BuildError(
            "PyInstaller is missing and uv is not on the PATH: python -m pip install uv"
        )
    step("PyInstaller is not in this Python: running again under uv run --locked")
    command = [uv, "run", "--locked", "python", str(Path(__file__).resolve()), *argv]
    return subprocess.run(command, cwd=ROOT).returncode


# --- icon ---------------------------------------------------------------------------


def make_icon(target: Path) -> Path:
    """``resources/icons/hubdesk.svg`` as a Windows icon (16–256 px), drawn by Qt."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PIL import Image
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([])
    image = QImage(256, 256, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    QSvgRenderer(str(ROOT / "resources" / "icons" / "hubdesk.svg")).render(painter)
    painter.end()
    png = target.with_suffix(".png")
    target.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(png)):
        raise BuildError(f"could not draw the icon into {png}")
    sizes = [(size, size) for size in (16, 24, 32, 48, 64, 128, 256)]
    with Image.open(png) as picture:
        picture.save(target, sizes=sizes)
    return target


# --- PyInstaller ----------------------------------------------------------------------


def build_bundle(icon: Path, unfiltered: bool) -> None:
    env = {**os.environ, "HUBDESK_ICON": str(icon)}
    env["HUBDESK_BUNDLE_UNFILTERED"] = "1" if unfiltered else "0"
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level=WARN"]
    command += ["--distpath", str(DIST), "--workpath", str(WORK), str(SPEC)]
    started = time.perf_counter()
    result = subprocess.run(command, cwd=ROOT, env=env, text=True, capture_output=True)
    for line in result.stdout.splitlines():
        if line.startswith("hubdesk.spec:"):
            note(line)
    if result.returncode != 0:
        raise BuildError(f"PyInstaller failed (exit {result.returncode}):\n{result.stderr[-4000:]}")
    note(f"built in {time.perf_counter() - started:.0f} s")


def files_in(folder: Path) -> list[Path]:
    """The folder's files; links (PyInstaller links Linux libraries) count once, at
    their target."""
    return [path for path in folder.rglob("*") if path.is_file() and not path.is_symlink()]


def folder_size(folder: Path) -> int:
    return sum(path.stat().st_size for path in files_in(folder))


def largest_files(folder: Path, count: int = 8) -> list[tuple[int, str]]:
    sizes = [
        (path.stat().st_size, path.relative_to(folder).as_posix()) for path in files_in(folder)
    ]
    return sorted(sizes, reverse=True)[:count]


def internal(bundle: Path) -> Path:
    return bundle / "_internal"


def required_files(bundle: Path) -> list[Path]:
    """What HubDesk reads from files at run time, each a place it looks for it."""
    base = internal(bundle)
    resources = base / "hubdesk" / "resources"
    migrations = base / "hubdesk" / "storage" / "migrations"
    revisions = sorted(p.name for p in (ROOT / "hubdesk/storage/migrations/versions").glob("*.py"))
    return [
        resources / "fonts" / "NanumGothic.ttf",
        resources / "fonts" / "NanumGothicBold.ttf",
        resources / "i18n" / "hubdesk_ko.qm",
        resources / "icons" / "hubdesk.svg",
        resources / "help" / "guide_ko.md",
        resources / "help" / "guide_en.md",
        migrations / "env.py",
        *(migrations / "versions" / name for name in revisions),
        base / "holidays" / "locale" / "ko" / "LC_MESSAGES" / "KR.mo",
        base / "holidays" / "locale" / "en_US" / "LC_MESSAGES" / "KR.mo",
    ]


def qt_korean(bundle: Path) -> list[Path]:
    return sorted(internal(bundle).rglob("qtbase_ko.qm"))


def check_contents(bundle: Path, filtered: bool) -> None:
    """The files HubDesk needs are there; what the filter drops is not."""
    missing = [path for path in required_files(bundle) if not path.is_file()]
    if missing:
        raise BuildError("missing from the bundle: " + ", ".join(map(str, missing)))
    if not qt_korean(bundle):
        raise BuildError("Qt's Korean translation (qtbase_ko.qm) is missing from the bundle")
    if filtered:
        inside = internal(bundle)
        left = [
            f"{path} ({why})"
            for path in sorted(inside.rglob("*"))
            if path.is_file()
            and (why := bundle_filter.dropped_because(path.relative_to(inside).as_posix()))
        ]
        if left:
            raise BuildError("the filter left these in: " + ", ".join(left[:10]))
    korean = qt_korean(bundle)[0].relative_to(bundle)
    note(f"{len(required_files(bundle))} run-time files present, Qt's Korean at {korean}")


# --- signing -------------------------------------------------------------------------


def sign_programs(bundle: Path) -> None:
    """Sign both programs with ``HUBDESK_SIGN_CMD`` (the file's path is appended), as
    makensis signs the installer and the uninstaller with the same command."""
    command = os.environ.get(SIGN_VARIABLE)
    if not command:
        note(f"{SIGN_VARIABLE} is not set: the programs stay unsigned")
        return
    for name in (metadata.gui_name(), metadata.CLI_NAME):
        program = metadata.executable(bundle, name)
        result = subprocess.run(
            f'{command} "{program}"', shell=True, capture_output=True, text=True
        )
        if result.returncode != 0:
            raise BuildError(f"signing {program.name} failed:\n{result.stdout}{result.stderr}")
        note(f"signed {program.name}")


# --- running the bundle ---------------------------------------------------------------------


@dataclass(frozen=True)
class Run:
    """One command of the bundle and what it must print."""

    label: str
    program: str
    arguments: list[str]
    expect: str = ""
    output: Path | None = None
    magic: bytes = b""


def bundle_env(home: Path) -> dict[str, str]:
    """Offscreen Qt, a throw-away home, UTF-8 pipes, no Python of the build leaking in."""
    env = {key: value for key, value in os.environ.items() if not key.startswith("PYTHON")}
    env.update(QT_QPA_PLATFORM="offscreen", PYTHONUTF8="1", HOME=str(home))
    env.update(XDG_CONFIG_HOME=str(home / "config"), XDG_DATA_HOME=str(home / "data"))
    return env


def run_bundle(bundle: Path, run: Run, env: dict[str, str]) -> str:
    program = metadata.executable(bundle, run.program)
    started = time.perf_counter()
    try:
        result = subprocess.run(
            [str(program), *run.arguments],
            env=env,
            capture_output=True,
            timeout=RUN_LIMIT_S,
            encoding="utf-8",
            errors="replace",
        )
    except subprocess.TimeoutExpired:
        raise BuildError(f"{run.label}: no answer in {RUN_LIMIT_S} s") from None
    elapsed = time.perf_counter() - started
    output = (result.stdout + result.stderr).strip()
    if result.returncode != 0:
        raise BuildError(f"{run.label}: exit {result.returncode}\n{output[-3000:]}")
    if run.expect and run.expect not in output:
        raise BuildError(f"{run.label}: expected {run.expect!r} in the output:\n{output[-3000:]}")
    check_output_file(run)
    last = output.splitlines()[-1] if output else "(no output)"
    note(f"ok {run.label} ({elapsed:.1f} s): {last[:110]}")
    return output


def check_output_file(run: Run) -> None:
    if run.output is None:
        return
    if not run.output.is_file() or run.output.stat().st_size == 0:
        raise BuildError(f"{run.label}: {run.output} was not written")
    if not run.output.read_bytes().startswith(run.magic):
        raise BuildError(f"{run.label}: {run.output} does not start with {run.magic!r}")


def first_agreement(database: Path) -> str:
    with sqlite3.connect(f"file:{database}?mode=ro", uri=True) as connection:
        row = connection.execute("SELECT number FROM grant_agreements ORDER BY number").fetchone()
    if row is None:
        raise BuildError(f"{database}: the demo has no grant agreement")
    return str(row[0])


def headless_runs(folder: Path) -> list[Run]:
    database = str(folder / "demo.sqlite")
    cli = metadata.CLI_NAME
    version = metadata.package_version(ROOT)
    runs = [
        Run("--version", cli, ["--version"], f"HubDesk {version}"),
        Run("demo", cli, ["demo", database, "--today", DEMO_TODAY], "demo database written"),
        Run("check", cli, ["check", "--db", database], "integrity ok"),
    ]
    for fmt, magic in (("csv", b"\xef\xbb\xbf"), ("xlsx", b"PK"), ("pdf", b"%PDF")):
        target = folder / f"log.{fmt}"
        arguments = ["export", "consultations", "--db", database, "--quarter", DEMO_QUARTER]
        arguments += ["--format", fmt, "-o", str(target)]
        runs.append(Run(f"export consultations {fmt}", cli, arguments, "written", target, magic))
    return runs


def window_runs(folder: Path) -> list[Run]:
    database = str(folder / "demo.sqlite")
    gui = metadata.gui_name()
    return [
        Run(
            "window --smoke-test first-paint",
            gui,
            ["--db", database, "--smoke-test", "first-paint"],
        ),
        Run("window --smoke-test", gui, ["--db", database, "--smoke-test"]),
    ]


def smoke_test(bundle: Path) -> None:
    """The bundle's own commands against a demo file the bundle writes itself."""
    with tempfile.TemporaryDirectory(prefix="hubdesk-bundle-") as name:
        folder = Path(name)
        env = bundle_env(folder)
        for run in headless_runs(folder):
            run_bundle(bundle, run, env)
        number = first_agreement(folder / "demo.sqlite")
        target = folder / "agreement.pdf"
        arguments = ["agreement", "--db", str(folder / "demo.sqlite"), number, "-o", str(target)]
        run_bundle(
            bundle, Run("agreement", metadata.CLI_NAME, arguments, "written", target, b"%PDF"), env
        )
        for run in window_runs(folder):
            run_bundle(bundle, run, env)


# --- NSIS ---------------------------------------------------------------------------------


def installer_path(version: str, platform: str = sys.platform) -> Path:
    """``HubDesk-0.1.0-setup.exe``; built over a non-Windows bundle, the name says so."""
    suffix = "" if platform == "win32" else f"-{platform}-bundle-script-check"
    return DIST / f"{metadata.APP_NAME}-{version}-setup{suffix}.exe"


def makensis_command(
    makensis: str, bundle: Path, output: Path, icon: Path | None, platform: str = sys.platform
) -> list[str]:
    """makensis with the package version and the bundle's names passed as defines."""
    version = metadata.package_version(ROOT)
    defines = {
        "VERSION": version,
        "FILE_VERSION": metadata.dotted(metadata.file_version(version)),
        "BUNDLE": str(bundle),
        "OUTFILE": str(output),
        "APP_EXE": metadata.executable(Path(), metadata.gui_name(platform), platform).name,
        "CLI_EXE": metadata.executable(Path(), metadata.CLI_NAME, platform).name,
    }
    if icon is not None:
        defines["ICON"] = str(icon)
    if sign_command := os.environ.get(SIGN_VARIABLE):
        defines["SIGN_CMD"] = sign_command
    return [
        makensis,
        "-V2",
        "-INPUTCHARSET",
        "UTF8",
        *(f"-D{key}={value}" for key, value in defines.items()),
        str(NSIS_SCRIPT),
    ]


def compile_installer(bundle: Path, icon: Path) -> Path | None:
    makensis = shutil.which("makensis")
    if makensis is None:
        note(
            "makensis is not on the PATH: no installer (apt-get install nsis / choco install nsis)"
        )
        return None
    output = installer_path(metadata.package_version(ROOT))
    output.unlink(missing_ok=True)
    result = subprocess.run(
        makensis_command(makensis, bundle, output, icon), capture_output=True, text=True
    )
    if result.returncode != 0 or not output.is_file():
        log = (result.stdout + result.stderr)[-4000:]
        raise BuildError(f"makensis failed (exit {result.returncode}):\n{log}")
    return output


# --- main -----------------------------------------------------------------------------------


def megabytes(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB"


def run_steps(args: argparse.Namespace) -> None:
    version = metadata.package_version(ROOT)
    kind = "unfiltered" if args.unfiltered else "filtered"
    step(f"HubDesk {version}: bundle for {sys.platform} ({kind})")
    icon = make_icon(WORK / "hubdesk.ico")
    note(f"icon {icon.relative_to(ROOT)}")
    step("PyInstaller: installer/hubdesk.spec → dist/HubDesk/")
    build_bundle(icon, args.unfiltered)
    step("signing")
    sign_programs(BUNDLE)
    step("bundle contents")
    check_contents(BUNDLE, filtered=not args.unfiltered)
    size = folder_size(BUNDLE)
    files = len(files_in(BUNDLE))
    note(f"bundle folder {megabytes(size)} ({files} files)")
    for file_size, name in largest_files(BUNDLE):
        note(f"  {megabytes(file_size):>9}  {name}")
    step("the bundle's own commands (headless, offscreen)")
    smoke_test(BUNDLE)
    if args.measure:
        step("first paint: the bundle beside the floor and uv run (medians, alternated)")
        from installer import measure

        measure.report(measure.measure(BUNDLE, runs=args.runs))
    if not args.no_installer:
        step("NSIS installer")
        if sys.platform != "win32":
            note(
                "over the Linux bundle: this proves the script compiles; it installs nothing usable"
            )
        output = compile_installer(BUNDLE, icon)
        if output is not None:
            note(f"installer {output.relative_to(ROOT)}: {megabytes(output.stat().st_size)}")
            note(f"SHA-256 {hashlib.sha256(output.read_bytes()).hexdigest()}")
    step(f"done: dist/{BUNDLE.name}/ {megabytes(size)}")


def parse(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument(
        "--unfiltered", action="store_true", help="keep all the hooks collect (to measure)"
    )
    parser.add_argument("--no-installer", action="store_true", help="skip makensis")
    parser.add_argument("--measure", action="store_true", help="time the first paint too")
    parser.add_argument("--runs", type=int, default=7, help="runs of each start for --measure")
    return parser.parse_args(argv)


def main(
    argv: Sequence[str] | None = None, *, environment: Callable[[], bool] = has_pyinstaller
) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    args = parse(arguments)
    try:
        if not environment():
            return rerun_under_uv(arguments)
        run_steps(args)
    except BuildError as error:
        print(f"build.py: FAILED: {error}", file=sys.stderr, flush=True)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
