"""Settings of this PC: the language of the window."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QWidget

from hubdesk.gui.ui_settings import LANGUAGES, UiSettings

LANGUAGE_NAMES = {"ko": "한국어", "en": "English"}


class PreferencesDialog(QDialog):
    def __init__(self, ui: UiSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.ui = ui
        self._initial = ui.language
        self.language = QComboBox()
        for code in LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES[code], code)
        self.language.setCurrentIndex(LANGUAGES.index(ui.language))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Language"), self.language)
        form.addRow(QLabel(self.tr("The window is rebuilt in the chosen language.")))
        form.addRow(buttons)

    def accept(self) -> None:
        self.ui.language = str(self.language.currentData())
        super().accept()

    def language_changed(self) -> bool:
        return self.ui.language != self._initial
