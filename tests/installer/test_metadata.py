"""The bundle's names and its Windows version resource come from the package."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

import hubdesk
from installer import metadata


def test_package_version_is_hubdesks() -> None:
    assert metadata.package_version() == hubdesk.__version__


def test_package_version_is_read_without_importing(tmp_path: Path) -> None:
    (tmp_path / "hubdesk").mkdir()
    (tmp_path / "hubdesk" / "__init__.py").write_text(
        '"""x"""\nimport nothing_such\n__version__ = "2.3.4"\n', encoding="utf-8"
    )
    assert metadata.package_version(tmp_path) == "2.3.4"


def test_a_package_without_a_version_is_refused(tmp_path: Path) -> None:
    (tmp_path / "hubdesk").mkdir()
    (tmp_path / "hubdesk" / "__init__.py").write_text("VERSION = '1'\n", encoding="utf-8")
    with pytest.raises(ValueError, match="no __version__"):
        metadata.package_version(tmp_path)


@pytest.mark.parametrize(
    ("version", "numbers"),
    [
        ("0.1.0", (0, 1, 0, 0)),
        ("1.2", (1, 2, 0, 0)),
        ("1.2.3rc1", (1, 2, 3, 0)),
        ("2026.11.24+local.5", (2026, 11, 24, 0)),
    ],
)
def test_file_version_has_four_numbers(version: str, numbers: tuple[int, ...]) -> None:
    assert metadata.file_version(version) == numbers


def test_program_names_per_platform(tmp_path: Path) -> None:
    assert metadata.gui_name("win32") == "HubDesk"
    assert metadata.gui_name("linux") == "hubdesk"
    assert metadata.executable(tmp_path, "hubdesk-cli", "win32").name == "hubdesk-cli.exe"
    assert metadata.executable(tmp_path, "hubdesk-cli", "linux").name == "hubdesk-cli"


class _Node:
    """Stands in for PyInstaller's version-resource classes (they need pefile, Windows)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self.args, self.kwargs = args, kwargs


def test_version_resource_text_carries_the_package_version() -> None:
    version = hubdesk.__version__
    text = metadata.version_resource_text(version, "hubdesk-cli.exe", "HubDesk command line")
    names = ("VSVersionInfo", "FixedFileInfo", "StringFileInfo", "StringTable", "StringStruct")
    scope = {name: type(name, (_Node,), {}) for name in (*names, "VarFileInfo", "VarStruct")}
    info = eval(text, scope)  # PyInstaller reads the file the same way
    assert type(info).__name__ == "VSVersionInfo"
    assert info.kwargs["ffi"].kwargs["filevers"] == metadata.file_version(version)
    tables = info.kwargs["kids"][0].args[0]
    assert [table.args[0] for table in tables] == ["040904B0", "041204B0"]
    strings = {struct.args[0]: struct.args[1] for struct in tables[1].args[1]}
    assert strings["ProductVersion"] == version
    assert strings["FileVersion"] == version
    assert strings["OriginalFilename"] == "hubdesk-cli.exe"
    assert strings["FileDescription"] == "HubDesk command line"
