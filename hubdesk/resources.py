"""Where the bundled resources (fonts, translations, icons) are, installed or not."""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def resources_dir() -> Path:
    """``hubdesk/resources`` in a wheel or frozen build, else ``resources/`` of the checkout."""
    for candidate in (_PACKAGE / "resources", _PACKAGE.parent / "resources"):
        if (candidate / "fonts").is_dir():
            return candidate
    raise FileNotFoundError("HubDesk's resources folder is missing from this installation")


def font_path(bold: bool = False) -> Path:
    return resources_dir() / "fonts" / ("NanumGothicBold.ttf" if bold else "NanumGothic.ttf")


def icon_path(name: str) -> Path:
    """An icon of the bundled set (Lucide, ISC licence: ``icons/LICENSE-lucide.txt``)."""
    return resources_dir() / "icons" / f"{name}.svg"
