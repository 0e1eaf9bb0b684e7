"""Opening a saved file or its folder with the PC's own programs, or saying why not.

``QDesktopServices.openUrl`` returns False when no program takes the file (a PC with no
PDF reader, a folder on a share that went away); the person is then told what failed
and where the file is, so they can open it themselves. Tests swap the opener
(``set_opener``) instead of starting programs.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QWidget

Opener = Callable[[QUrl], bool]
_openers: list[Opener] = [QDesktopServices.openUrl]


class SavedChoice(Enum):
    OPEN = "open"
    FOLDER = "folder"
    CLOSE = "close"


def set_opener(opener: Opener) -> Opener:
    """Use ``opener`` to open files and folders; returns the one it replaces."""
    before = _openers[0]
    _openers[0] = opener
    return before


Report = Callable[[str], None]


def open_path(path: Path, parent: QWidget | None, report: Report | None = None) -> bool:
    """Open a file or folder in its program; on failure say why (``report``, or a
    message box)."""
    say = report or (lambda message: _warn(parent, message))
    if not path.exists():
        say(
            QCoreApplication.translate(
                "Desktop", "{0} is no longer there: it was moved or deleted."
            ).format(path)
        )
        return False
    if not _openers[0](QUrl.fromLocalFile(str(path))):
        say(
            QCoreApplication.translate(
                "Desktop", "This PC has no program that opens {0}. Open it yourself from: {1}"
            ).format(path.name, path.parent),
        )
        return False
    return True


def open_folder(path: Path, parent: QWidget | None, report: Report | None = None) -> bool:
    """Open the folder that holds ``path`` (``path`` itself when it is a folder)."""
    return open_path(path if path.is_dir() else path.parent, parent, report)


def ask_saved(parent: QWidget | None, path: Path) -> SavedChoice:
    """ "Saved …: open it?" with Open, Open folder and Close."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(QCoreApplication.translate("Desktop", "Saved"))
    box.setText(QCoreApplication.translate("Desktop", "Saved {0}.").format(path.name))
    box.setInformativeText(str(path.parent))
    opened = box.addButton(
        QCoreApplication.translate("Desktop", "Open"), QMessageBox.ButtonRole.AcceptRole
    )
    folder = box.addButton(
        QCoreApplication.translate("Desktop", "Open folder"), QMessageBox.ButtonRole.ActionRole
    )
    box.addButton(QCoreApplication.translate("Desktop", "Close"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(opened)
    box.exec()
    clicked = box.clickedButton()
    if clicked is opened:
        return SavedChoice.OPEN
    return SavedChoice.FOLDER if clicked is folder else SavedChoice.CLOSE


def offer_to_open(
    path: Path,
    parent: QWidget | None,
    report: Report | None = None,
) -> SavedChoice:
    """After saving a file: offer to open it or its folder, and do what was chosen."""
    choice = ask_saved(parent, path)  # looked up here, so tests can answer for the person
    if choice is SavedChoice.OPEN:
        open_path(path, parent, report)
    elif choice is SavedChoice.FOLDER:
        open_folder(path, parent, report)
    return choice


def _warn(parent: QWidget | None, message: str) -> None:
    QMessageBox.warning(parent, "HubDesk", message)
