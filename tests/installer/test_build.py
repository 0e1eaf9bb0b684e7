"""build.py's checks of a bundle folder and its names (no PyInstaller run here)."""

from __future__ import annotations

from pathlib import Path

import pytest

import hubdesk
from installer import build


def fake_bundle(folder: Path) -> Path:
    """A bundle folder holding exactly the run-time files build.py asks for."""
    for path in build.required_files(folder):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b"x")
    qt = build.internal(folder) / "PySide6" / "Qt" / "translations" / "qtbase_ko.qm"
    qt.parent.mkdir(parents=True)
    qt.write_bytes(b"qm")
    return folder


def test_a_complete_bundle_passes(tmp_path: Path) -> None:
    build.check_contents(fake_bundle(tmp_path), filtered=True)


def test_every_migration_is_required(tmp_path: Path) -> None:
    revisions = sorted((build.ROOT / "hubdesk/storage/migrations/versions").glob("*.py"))
    required = {path.name for path in build.required_files(tmp_path)}
    assert revisions and {path.name for path in revisions} <= required


def test_a_missing_resource_fails(tmp_path: Path) -> None:
    bundle = fake_bundle(tmp_path)
    (build.internal(bundle) / "hubdesk" / "resources" / "i18n" / "hubdesk_ko.qm").unlink()
    with pytest.raises(build.BuildError, match="hubdesk_ko.qm"):
        build.check_contents(bundle, filtered=True)


def test_missing_qt_korean_fails(tmp_path: Path) -> None:
    bundle = fake_bundle(tmp_path)
    next(build.internal(bundle).rglob("qtbase_ko.qm")).unlink()
    with pytest.raises(build.BuildError, match="qtbase_ko.qm"):
        build.check_contents(bundle, filtered=True)


def test_what_the_filter_drops_may_not_be_left_in(tmp_path: Path) -> None:
    bundle = fake_bundle(tmp_path)
    quick = build.internal(bundle) / "PySide6" / "Qt" / "lib" / "libQt6Quick.so.6"
    quick.parent.mkdir(parents=True)
    quick.write_bytes(b"elf")
    with pytest.raises(build.BuildError, match="libQt6Quick"):
        build.check_contents(bundle, filtered=True)
    build.check_contents(bundle, filtered=False)  # an unfiltered build keeps it, on purpose


def test_installer_names_say_what_they_are() -> None:
    version = hubdesk.__version__
    assert build.installer_path(version, "win32").name == f"HubDesk-{version}-setup.exe"
    linux = build.installer_path(version, "linux").name
    assert linux.startswith(f"HubDesk-{version}-setup") and "linux-bundle-script-check" in linux


def test_output_files_are_checked_by_their_first_bytes(tmp_path: Path) -> None:
    target = tmp_path / "log.pdf"
    run = build.Run("export pdf", "hubdesk-cli", [], output=target, magic=b"%PDF")
    with pytest.raises(build.BuildError, match="was not written"):
        build.check_output_file(run)
    target.write_bytes(b"PK\x03\x04")
    with pytest.raises(build.BuildError, match="does not start with"):
        build.check_output_file(run)
    target.write_bytes(b"%PDF-1.4\n")
    build.check_output_file(run)


def test_the_bundle_runs_without_the_build_pythons_settings(tmp_path: Path) -> None:
    env = build.bundle_env(tmp_path)
    assert env["QT_QPA_PLATFORM"] == "offscreen"
    assert env["HOME"] == str(tmp_path)
    assert {key for key in env if key.startswith("PYTHON")} == {"PYTHONUTF8"}


def test_headless_runs_cover_every_export_format(tmp_path: Path) -> None:
    labels = [run.label for run in build.headless_runs(tmp_path)]
    assert labels[:3] == ["--version", "demo", "check"]
    assert {"export consultations csv", "export consultations xlsx"} <= set(labels)
    assert "export consultations pdf" in labels
