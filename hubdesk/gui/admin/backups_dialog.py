"""The backups of the open file: when and why each was taken, what it holds; restore."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hubdesk.domain.enums import StaffRole
from hubdesk.domain.records import Actor
from hubdesk.gui.common.desktop import open_path
from hubdesk.gui.icons import icon
from hubdesk.gui.text.noop import QT_TRANSLATE_NOOP
from hubdesk.storage import Database
from hubdesk.storage.backup import BackupInfo, BackupReason, backup_folder, list_backups

REASONS = {
    BackupReason.OPEN: QT_TRANSLATE_NOOP("BackupReasons", "On opening"),
    BackupReason.TIMER: QT_TRANSLATE_NOOP("BackupReasons", "Every 30 minutes"),
    BackupReason.CLOSE: QT_TRANSLATE_NOOP("BackupReasons", "On closing"),
    BackupReason.MANUAL: QT_TRANSLATE_NOOP("BackupReasons", "By hand"),
    BackupReason.UPGRADE: QT_TRANSLATE_NOOP("BackupReasons", "Before an upgrade"),
    BackupReason.RESTORE: QT_TRANSLATE_NOOP("BackupReasons", "Before a restore"),
}


RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def reason_label(reason: BackupReason) -> str:
    return QCoreApplication.translate("BackupReasons", REASONS[reason])


def _size(size: int) -> str:
    return f"{size / 1_048_576:,.1f} MB" if size >= 1_048_576 else f"{size / 1024:,.0f} KB"


class BackupsDialog(QDialog):
    """Lists the backups; "Back up now" for everyone, restore for administrators."""

    backup_requested = Signal()
    restore_requested = Signal(object)  # Path of the backup

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.actor = db, actor
        self.folder = backup_folder(db.path)
        self.backups: list[BackupInfo] = []
        self.setWindowTitle(self.tr("Backups"))
        self.setMinimumSize(900, 380)
        self.table = QTableWidget(0, 8)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Taken"),
                self.tr("Why"),
                self.tr("Size"),
                self.tr("Teams"),
                self.tr("Tenancies"),
                self.tr("Sessions"),
                self.tr("Agreements"),
                self.tr("Recorded changes"),
            ]
        )
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.backup_button = QPushButton(icon("database-backup"), self.tr("Back up now"))
        self.backup_button.clicked.connect(self._back_up_now)
        self.backup_button.setEnabled(not db.read_only)
        self.restore_button = QPushButton(icon("archive-restore"), self.tr("Restore this backup…"))
        self.restore_button.clicked.connect(self._restore)
        self.restore_button.setEnabled(False)
        self.restore_button.setVisible(actor.role == StaffRole.ADMINISTRATOR)
        folder_button = QPushButton(icon("folder-open"), self.tr("Open the folder"))
        folder_button.clicked.connect(self._open_folder)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        buttons = QHBoxLayout()
        for button in (self.backup_button, self.restore_button, folder_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        where = QLabel(self.tr("Backups are kept in {0}").format(self.folder))
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(where)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.fill()

    def fill(self) -> None:
        self.backups = list_backups(self.folder)
        self.table.setRowCount(len(self.backups))
        for row, info in enumerate(self.backups):
            counts = info.counts()
            cells = [
                info.taken_at.strftime("%Y-%m-%d %H:%M:%S"),
                reason_label(info.reason),
                _size(info.size),
            ]
            if counts is None:
                cells += [self.tr("unreadable")] + [""] * 4
            else:
                cells += [
                    f"{counts[name]:,}"
                    for name in (
                        "teams",
                        "tenancies",
                        "consulting_sessions",
                        "grant_agreements",
                        "audit_log",
                    )
                ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column >= 2:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)

    def selected(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.backups[rows[0].row()] if rows else None

    def _selection_changed(self) -> None:
        self.restore_button.setEnabled(self.selected() is not None and not self.db.read_only)

    def _back_up_now(self) -> None:
        self.backup_requested.emit()
        self.fill()

    def _restore(self) -> None:
        info = self.selected()
        if info is None or not self._confirmed(info):
            return
        self.restore_requested.emit(info.path)
        self.accept()

    def _confirmed(self, info: BackupInfo) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Restore a backup"),
            self.tr(
                "Put the backup of {0} in place of the open file? Changes made since then "
                "are set aside: the current file is first saved as a backup of its own."
            ).format(info.taken_at.strftime("%Y-%m-%d %H:%M")),
        )
        return answer == QMessageBox.StandardButton.Yes

    def _open_folder(self) -> None:
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            QMessageBox.warning(self, "HubDesk", f"{self.folder}: {error.strerror or error}")
            return
        open_path(self.folder, self)
