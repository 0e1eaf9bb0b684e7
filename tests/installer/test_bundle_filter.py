"""The bundle filter leaves out what HubDesk never loads and keeps what it does."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from installer.bundle_filter import (
    UNUSED_PYTHON_MODULES,
    dropped,
    dropped_because,
    kept,
    qt_module,
    translation_language,
)

ROOT = Path(__file__).resolve().parents[2]


def library_names(module: str) -> list[str]:
    """Where a Qt module's library and binding sit in the Linux, Windows and macOS wheels."""
    return [
        f"PySide6/Qt/lib/libQt6{module}.so.6",
        f"PySide6/Qt6{module}.dll",
        f"PySide6/Qt{module}.abi3.so",
        f"PySide6/Qt{module}.pyd",
        f"PySide6/Qt/lib/Qt{module}.framework/Versions/A/Qt{module}",
    ]


def hubdesk_qt_modules() -> set[str]:
    """Every PySide6 module HubDesk's code imports (``QtPdf`` → ``Pdf``)."""
    found: set[str] = set()
    for source in (ROOT / "hubdesk").rglob("*.py"):
        text = source.read_text(encoding="utf-8")
        found.update(re.findall(r"^\s*(?:from|import) PySide6\.Qt(\w+)", text, re.MULTILINE))
    return found


def test_hubdesk_imports_qt_modules_at_all() -> None:
    assert {"Core", "Gui", "Widgets", "Pdf", "PdfWidgets", "PrintSupport"} <= hubdesk_qt_modules()


@pytest.mark.parametrize(
    "module", sorted(hubdesk_qt_modules() | {"Network", "Svg", "DBus", "OpenGL"})
)
def test_every_module_hubdesk_uses_is_kept(module: str) -> None:
    # Network because QtPdf links it; Svg for the icons; DBus and OpenGL link Gui on Linux.
    for name in library_names(module):
        assert dropped_because(name) is None, name


@pytest.mark.parametrize(
    "module", ["WebEngineCore", "WebEngineWidgets", "Quick", "QuickControls2", "Qml", "QmlModels"]
)
def test_webengine_and_qml_are_dropped(module: str) -> None:
    for name in library_names(module):
        assert dropped_because(name) is not None, name


def test_virtual_keyboard_and_what_it_drags_in_are_dropped() -> None:
    for name in (
        "PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so",
        "PySide6/plugins/platforminputcontexts/qtvirtualkeyboardplugin.dll",
        "PySide6/Qt/lib/libQt6VirtualKeyboard.so.6",
        "PySide6/Qt6VirtualKeyboard.dll",
        "PySide6/Qt/qml/QtQuick/VirtualKeyboard/qmldir",
        "PySide6/qml/QtQml/qmldir",
        "PySide6/libpyside6qml.abi3.so.6.11",
    ):
        assert dropped_because(name) is not None, name


def test_software_opengl_is_dropped_on_windows() -> None:
    assert dropped_because("PySide6/opengl32sw.dll") == "software OpenGL"
    assert dropped_because("PySide6\\opengl32sw.dll") == "software OpenGL"


def test_plugins_the_window_needs_are_kept() -> None:
    for name in (
        "PySide6/plugins/platforms/qwindows.dll",
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "PySide6/Qt/plugins/platforms/libqoffscreen.so",
        "PySide6/plugins/imageformats/qsvg.dll",
        "PySide6/plugins/iconengines/qsvgicon.dll",
        "PySide6/plugins/styles/qmodernwindowsstyle.dll",
        "PySide6/Qt/plugins/printsupport/libcupsprintersupport.so",
        # Korean input on Linux goes through ibus: keep the input contexts but the keyboard.
        "PySide6/Qt/plugins/platforminputcontexts/libibusplatforminputcontextplugin.so",
    ):
        assert dropped_because(name) is None, name


def test_korean_and_english_qt_translations_stay_and_the_others_go() -> None:
    for name in (
        "PySide6/Qt/translations/qtbase_ko.qm",
        "PySide6/translations/qtbase_ko.qm",
        "PySide6/translations/qtbase_en.qm",
        "PySide6/Qt/translations/qt_help_ko.qm",
    ):
        assert dropped_because(name) is None, name
    for name in (
        "PySide6/Qt/translations/qtbase_de.qm",
        "PySide6/translations/qtbase_zh_CN.qm",
        "PySide6/translations/qtbase_pt_BR.qm",
        "PySide6/Qt/translations/qt_help_ja.qm",
    ):
        assert dropped_because(name) is not None, name


def test_translation_language_reads_the_code() -> None:
    assert translation_language("PySide6/translations/qtbase_zh_TW.qm") == "zh"
    assert translation_language("PySide6/translations/qt_help_ko.qm") == "ko"
    assert translation_language("hubdesk/resources/i18n/hubdesk_de.qm") is None


def test_hubdesk_and_other_packages_are_never_touched() -> None:
    for name in (
        "hubdesk/resources/i18n/hubdesk_ko.qm",
        "hubdesk/resources/fonts/NanumGothic.ttf",
        "hubdesk/storage/migrations/env.py",
        "holidays/locale/ko/LC_MESSAGES/KR.mo",
        "libpython3.11.so.1.0",
        "python311.dll",
        "shiboken6/Shiboken.pyd",
    ):
        assert dropped_because(name) is None, name


def test_qt_module_names_across_layouts() -> None:
    assert qt_module("PySide6/Qt/lib/libQt63DCore.so.6") == "3DCore"
    assert qt_module("PySide6/Qt6QuickControls2.dll") == "QuickControls2"
    assert qt_module("PySide6/QtPdfWidgets.pyd") == "PdfWidgets"
    assert qt_module("PySide6/Qt/lib/QtQuick.framework/Resources/Info.plist") == "Quick"
    assert qt_module("reportlab/graphics/_renderPM.so") is None


def test_kept_and_dropped_split_a_toc() -> None:
    toc = [
        ("PySide6/Qt6Core.dll", "/wheel/Qt6Core.dll", "BINARY"),
        ("PySide6/Qt6Quick.dll", "/wheel/Qt6Quick.dll", "BINARY"),
        ("PySide6/translations/qtbase_ko.qm", "/wheel/qtbase_ko.qm", "DATA"),
        ("PySide6/translations/qtbase_fr.qm", "/wheel/qtbase_fr.qm", "DATA"),
    ]
    assert [entry[0] for entry in kept(toc)] == [
        "PySide6/Qt6Core.dll",
        "PySide6/translations/qtbase_ko.qm",
    ]
    assert [(entry[0], why) for entry, why in dropped(toc)] == [
        ("PySide6/Qt6Quick.dll", "Qt Quick"),
        ("PySide6/translations/qtbase_fr.qm", "Qt translation (fr)"),
    ]


def test_the_spec_filters_binaries_and_datas_with_these_rules() -> None:
    spec = (ROOT / "installer" / "hubdesk.spec").read_text(encoding="utf-8")
    assert "from installer import bundle_filter, metadata" in spec
    assert "a.binaries = bundle_filter.kept(a.binaries)" in spec
    assert "a.datas = bundle_filter.kept(a.datas)" in spec
    assert "upx=False" in spec and "upx=True" not in spec


def test_python_modules_left_out_are_never_imported_by_hubdesk() -> None:
    sources = [path.read_text(encoding="utf-8") for path in (ROOT / "hubdesk").rglob("*.py")]
    for module in UNUSED_PYTHON_MODULES:
        pattern = re.compile(rf"^\s*(?:from|import)\s+{re.escape(module)}\b", re.MULTILINE)
        assert not any(pattern.search(text) for text in sources), module
    # Pillow's core stays: ReportLab imports PIL.Image when it starts.
    assert not any(name in ("PIL", "PIL.Image") for name in UNUSED_PYTHON_MODULES)
