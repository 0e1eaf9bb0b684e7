"""Register the bundled NanumGothic so Korean looks the same on every PC."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from hubdesk.resources import font_path


def install_bundled_font(app: QApplication) -> str:
    """Register the regular and bold faces and make the family the app's font."""
    family = ""
    for bold in (False, True):
        font_id = QFontDatabase.addApplicationFont(str(font_path(bold)))
        if font_id >= 0 and not family:
            family = QFontDatabase.applicationFontFamilies(font_id)[0]
    if family:
        font = QFont(family, app.font().pointSize())
        app.setFont(font)
    return family
