"""What the bundle leaves out of what PyInstaller's Qt hooks collect.

HubDesk imports QtCore, QtGui, QtWidgets, QtPdf, QtPdfWidgets and QtPrintSupport. The
hooks add every plugin of the types those modules may load, and the libraries those
plugins link: the virtual-keyboard input plugin drags in QML and Qt Quick, and Windows'
software OpenGL (``opengl32sw.dll``) comes along although HubDesk paints with the raster
engine. Qt's own translations come in every language. ``hubdesk.spec`` passes the
Analysis' binaries and datas through ``kept``; the rules are plain functions so that the
tests can hold them to what HubDesk needs (QtPdf keeps QtNetwork, Korean stays).

A TOC entry is PyInstaller's ``(destination, source, typecode)``; only the destination,
the path inside the bundle, decides.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from pathlib import Path, PurePosixPath

KEPT_LANGUAGES = frozenset({"ko", "en"})

# Qt modules HubDesk never loads (prefixes: "Quick" covers QuickControls2, QuickTemplates2 …).
UNUSED_QT_MODULES = (
    "WebEngine",
    "WebChannel",
    "WebSockets",
    "WebView",
    "Quick",
    "Qml",
    "VirtualKeyboard",
    "PdfQuick",
    "3D",
    "ShaderTools",
    "Designer",
    "Multimedia",
    "SpatialAudio",
    "TextToSpeech",
    "Positioning",
    "Location",
    "EglFS",  # EglFSDeviceIntegration, EglFsKmsSupport: the eglfs display, not a desktop
    "EglFs",
)

# Plugin folders whose plugins serve only the modules above, the network's TLS back ends
# (QtPdf links QtNetwork but opens no connection) or displays HubDesk does not run on.
UNUSED_PLUGIN_TYPES = frozenset(
    {
        "qmltooling",
        "qmllint",
        "scenegraph",
        "webview",
        "tls",
        "networkinformation",
        "position",
        "geoservices",
        "multimedia",
        "texttospeech",
        "sensors",
        "egldeviceintegrations",
        "renderers",
        "renderplugins",
        "sceneparsers",
        "assetimporters",
        "geometryloaders",
        "designer",
        "sqldrivers",
    }
)

# Single plugins: the virtual keyboard (QML), and Linux displays without a desktop.
UNUSED_PLUGINS = ("virtualkeyboard", "qeglfs", "qlinuxfb", "qvnc", "qvkkhrdisplay", "qminimalegl")

UNUSED_FILES = frozenset({"opengl32sw.dll"})

# Python modules that only optional or never-run code reaches: Pygments (Mako's
# highlighting plugin), setuptools (a PyInstaller hook), doctest/unittest/pdb (ReportLab's
# ``__main__`` blocks), and Pillow's codecs beyond the core: ReportLab imports PIL.Image
# at its start, but HubDesk's files hold no pictures, and Pillow skips a plugin it
# cannot import. (AVIF alone is 5 MB of libavif.)
UNUSED_PYTHON_MODULES = (
    "tkinter",
    "PIL._avif",
    "PIL.AvifImagePlugin",
    "PIL._webp",
    "PIL.WebPImagePlugin",
    "PIL._imagingcms",
    "PIL.ImageCms",
    "PIL._imagingft",
    "PIL.ImageFont",
    "PIL._imagingtk",
    "PIL.ImageTk",
    "PIL._imagingmath",
    "PIL.ImageMath",
    "PIL._imagingmorph",
    "PIL.ImageMorph",
    "pygments",
    "setuptools",
    "distutils",
    "_distutils_hack",
    "pkg_resources",
    "doctest",
    "unittest",
    "pdb",
)

_QT_LIBRARY = re.compile(
    r"^(?:lib)?Qt6?(?P<module>[A-Za-z0-9]+?)(?:\.abi3)?(?:\.so(?:\.\d+)*|\.dll|\.pyd|\.pyi|\.dylib)$"
)
_QT_FRAMEWORK = re.compile(r"(?:^|/)Qt(?P<module>[A-Za-z0-9]+)\.framework(?:/|$)")
_TRANSLATION_LANGUAGE = re.compile(r"_(?P<language>[a-z]{2,3})(?:_[A-Z][A-Za-z]{1,3})?$")


def _posix(destination: str) -> PurePosixPath:
    return PurePosixPath(destination.replace("\\", "/"))


def _is_qt(path: PurePosixPath) -> bool:
    return bool(path.parts) and path.parts[0] in ("PySide6", "shiboken6")


def qt_module(destination: str) -> str | None:
    """The Qt module a library, binding or framework file belongs to (``Quick`` for
    ``libQt6Quick.so.6``, ``Qt6Quick.dll`` and ``QtQuick.pyd``), else None."""
    path = _posix(destination)
    if not _is_qt(path):
        return None
    if framework := _QT_FRAMEWORK.search(path.as_posix()):
        return framework["module"]
    if library := _QT_LIBRARY.match(path.name):
        return library["module"]
    return None


def translation_language(destination: str) -> str | None:
    """The language of one of Qt's own ``.qm`` files (``ko`` for ``qtbase_ko.qm``)."""
    path = _posix(destination)
    if not _is_qt(path) or path.suffix != ".qm" or "translations" not in path.parts:
        return None
    match = _TRANSLATION_LANGUAGE.search(path.stem)
    return match["language"] if match else None


def plugin_type(destination: str) -> str | None:
    """``platforms`` for ``PySide6/Qt/plugins/platforms/libqxcb.so``, else None."""
    parts = _posix(destination).parts
    if not parts or parts[0] != "PySide6" or "plugins" not in parts[:-1]:
        return None
    index = parts.index("plugins")
    return parts[index + 1] if index + 2 < len(parts) else None


def dropped_because(destination: str) -> str | None:
    """Why the file at ``destination`` stays out of the bundle, or None to keep it."""
    path = _posix(destination)
    if path.name.lower() in UNUSED_FILES:
        return "software OpenGL"
    if _is_qt(path) and ("qml" in path.parts[:-1] or "pyside6qml" in path.name):
        return "QML"
    language = translation_language(destination)
    if language is not None:
        return None if language in KEPT_LANGUAGES else f"Qt translation ({language})"
    kind = plugin_type(destination)
    if kind is not None:
        if kind in UNUSED_PLUGIN_TYPES:
            return f"plugin ({kind})"
        if any(name in path.name for name in UNUSED_PLUGINS):
            return f"plugin ({path.name})"
        return None
    module = qt_module(destination)
    if module is not None and module.startswith(UNUSED_QT_MODULES):
        return f"Qt {module}"
    return None


Entry = tuple[str, str, str]


def kept(entries: Iterable[Entry]) -> list[Entry]:
    """The TOC entries the bundle keeps."""
    return [entry for entry in entries if dropped_because(entry[0]) is None]


def dropped(entries: Iterable[Entry]) -> list[tuple[Entry, str]]:
    """The entries left out, each with its reason."""
    return [(entry, why) for entry in entries if (why := dropped_because(entry[0])) is not None]


def megabytes(entries: Sequence[Entry]) -> float:
    """The size of the entries' source files (those that exist), in MB."""
    total = sum(Path(source).stat().st_size for _, source, _ in entries if Path(source).is_file())
    return total / 1_000_000
