"""The package's name and version as the bundle, its version resource and the installer
carry them, read from ``hubdesk/__init__.py`` without importing HubDesk."""

from __future__ import annotations

import ast
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
APP_NAME = "HubDesk"
PUBLISHER = "HubDesk"
DESCRIPTION = "HubDesk"
CLI_DESCRIPTION = "HubDesk command line"
CLI_NAME = "hubdesk-cli"


def package_version(root: Path = ROOT) -> str:
    """``__version__`` of ``hubdesk/__init__.py`` (the one version of the product)."""
    tree = ast.parse((root / "hubdesk" / "__init__.py").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(
            isinstance(target, ast.Name) and target.id == "__version__" for target in node.targets
        ):
            if isinstance(node.value, ast.Constant) and isinstance(node.value.value, str):
                return node.value.value
    raise ValueError(f"{root / 'hubdesk' / '__init__.py'} sets no __version__ string")


def file_version(version: str) -> tuple[int, int, int, int]:
    """Windows' four-number file version: ``1.2.3rc1`` → (1, 2, 3, 0)."""
    numbers = [int(part) for part in re.findall(r"\d+", version.split("+")[0])[:3]]
    if not numbers:
        raise ValueError(f"{version!r} has no version number")
    padded = (numbers + [0, 0, 0, 0])[:4]
    return padded[0], padded[1], padded[2], padded[3]


def dotted(numbers: tuple[int, int, int, int]) -> str:
    return ".".join(str(number) for number in numbers)


def gui_name(platform: str = sys.platform) -> str:
    """The windowed program: ``HubDesk.exe`` on Windows, ``hubdesk`` elsewhere."""
    return APP_NAME if platform == "win32" else APP_NAME.lower()


def executable(folder: Path, name: str, platform: str = sys.platform) -> Path:
    return folder / (f"{name}.exe" if platform == "win32" else name)


def version_strings(version: str, filename: str, description: str) -> dict[str, str]:
    """The string table of a program's Windows version resource (Explorer's Details tab;
    Task Manager shows ``FileDescription`` as the program's name)."""
    return {
        "CompanyName": PUBLISHER,
        "FileDescription": description,
        "FileVersion": version,
        "InternalName": filename.removesuffix(".exe"),
        "LegalCopyright": f"© {PUBLISHER}",
        "OriginalFilename": filename,
        "ProductName": APP_NAME,
        "ProductVersion": version,
    }


def version_resource_text(version: str, filename: str, description: str) -> str:
    """The version resource in the text form PyInstaller's ``EXE(version=…)`` reads
    (US English and Korean string tables, Unicode)."""
    numbers = file_version(version)
    strings = ",\n".join(
        f"        StringStruct({key!r}, {value!r})"
        for key, value in version_strings(version, filename, description).items()
    )
    tables = ",\n".join(
        f"      StringTable('{code}04B0', [\n{strings}])" for code in ("0409", "0412")
    )
    return (
        "VSVersionInfo(\n"
        f"  ffi=FixedFileInfo(filevers={numbers}, prodvers={numbers}),\n"
        "  kids=[\n"
        f"    StringFileInfo([\n{tables}]),\n"
        "    VarFileInfo([VarStruct('Translation', [1033, 1200, 1042, 1200])]),\n"
        "  ],\n"
        ")\n"
    )
