"""Load HubDesk's Korean translation and Qt's own, or none for English."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from hubdesk.resources import resources_dir

_INSTALLED: list[QTranslator] = []  # kept referenced: Qt does not own them


def translation_file(language: str) -> str:
    return str(resources_dir() / "i18n" / f"hubdesk_{language}.qm")


def install_translators(language: str) -> bool:
    """Replace the installed translators by those for ``language``; True when all loaded."""
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("create the application before installing translators")
    for translator in _INSTALLED:
        app.removeTranslator(translator)
    _INSTALLED.clear()
    QLocale.setDefault(
        QLocale(
            QLocale.Language.Korean if language == "ko" else QLocale.Language.English,
            QLocale.Country.SouthKorea,
        )
    )
    if language == "en":
        return True
    ours, qt = QTranslator(), QTranslator()
    loaded = ours.load(translation_file(language))
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    loaded_qt = qt.load(f"qtbase_{language}", qt_dir)
    for translator, ok in ((qt, loaded_qt), (ours, loaded)):
        if ok:
            app.installTranslator(translator)
            _INSTALLED.append(translator)
    return loaded and loaded_qt
