"""The main window: page navigation, menus, shortcuts, undo, status bar."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShowEvent, QUndoStack
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSizePolicy,
    QStackedWidget,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.exc import SQLAlchemyError

from hubdesk import __version__
from hubdesk.domain.enums import StaffRole
from hubdesk.domain.records import Actor
from hubdesk.gui.common.first_paint import FirstPaint
from hubdesk.gui.common.memory import freeze_long_lived, thaw
from hubdesk.gui.common.place import PagePlace, capture, restore
from hubdesk.gui.context import Page, PageContext, as_widget
from hubdesk.gui.icons import app_icon, icon
from hubdesk.gui.operations import Operations
from hubdesk.gui.text.labels import label
from hubdesk.gui.topics import GRANTS
from hubdesk.gui.ui_settings import UiSettings
from hubdesk.services.core.settings import SettingsService
from hubdesk.services.grants.approvals import ApprovalService
from hubdesk.storage import Database
from hubdesk.storage.lock import LockOwner

if TYPE_CHECKING:
    from hubdesk.gui.grants.approvals_dialog import ApprovalsDialog


PageFactory = Callable[[PageContext], Page]  # a page class
FILE_FILTER = "HubDesk (*.sqlite *.db);;*"
NOTICE_MS = 10_000
APPROVALS_POLL_MS = 60_000


@dataclass
class WindowPlace:
    """Where the person was: the page on screen and each page's fields and record."""

    page: str = ""  # the kind of the page on screen (positions differ between roles)
    pages: dict[str, PagePlace] = field(default_factory=dict)


@dataclass
class EditHistory:
    """The undo stack and the edit path that fills it: kept when the window is rebuilt
    for the same person (another language), never handed to another person."""

    stack: QUndoStack
    ops: Operations


def page_factories() -> list[PageFactory]:
    """The pages in navigation order; each later issue adds its own."""
    from hubdesk.gui.audit.page import AuditPage
    from hubdesk.gui.consulting.page import ConsultingPage
    from hubdesk.gui.goals.page import OverviewPage
    from hubdesk.gui.goals.procurement_page import ProcurementPage
    from hubdesk.gui.goals.training_page import TrainingPage
    from hubdesk.gui.grants.page import GrantsPage
    from hubdesk.gui.spaces.page import SpacesPage
    from hubdesk.gui.teams.page import TeamsPage

    return [
        OverviewPage,
        TeamsPage,
        SpacesPage,
        ConsultingPage,
        GrantsPage,
        TrainingPage,
        ProcurementPage,
        AuditPage,
    ]


class MainWindow(QMainWindow):
    """One window on one open database file."""

    open_requested = Signal(Path, bool)  # path, create a new file
    language_requested = Signal(str)
    switch_user_requested = Signal()
    backup_requested = Signal()
    restore_requested = Signal(Path)  # the backup to put in place of the open file

    def __init__(
        self,
        db: Database,
        actor: Actor,
        *,
        demo: bool = False,
        ui: UiSettings | None = None,
        today: Callable[[], date] = date.today,
        holder: LockOwner | None = None,
        history: EditHistory | None = None,
    ) -> None:
        super().__init__()
        thaw()  # a window it replaces can be collected
        self._settled = False  # its long-lived objects frozen out of the collector
        self.db, self.actor, self.demo, self.holder = db, actor, demo, holder
        self.ui = ui or UiSettings()
        if history is None:
            self.undo_stack = QUndoStack(self)
            self.ops = Operations(self, self.undo_stack, db)
        else:
            self.undo_stack, self.ops = history.stack, history.ops
            self.undo_stack.setParent(self)
            self.ops.adopt(self)
        self._places: dict[int, PagePlace] = {}  # restored when the page is first shown
        self._painted: FirstPaint | None = None
        self.context = PageContext(db, actor, self.ops, today)
        hub = SettingsService(db, actor).settings()
        self.setWindowTitle(f"HubDesk — {hub.hub_name}")
        self.kinds = [factory for factory in page_factories() if may_see(factory, actor)]
        self._built: dict[int, Page] = {}  # by position; the rest are built when first shown
        self._pending: dict[int, frozenset[str]] = {}  # topics changed while a page was hidden
        self.navigation = QListWidget()
        self.stack = QStackedWidget()
        self.setWindowIcon(app_icon())
        self._build_body()
        self._build_menus()
        self._build_toolbar()
        self._build_status_bar()
        self._connect_approvals()
        self.ops.changed.connect(self._refresh_pages)
        self.ops.notice.connect(self.notify)
        self._restore_geometry()

    # --- layout -------------------------------------------------------------

    def _build_body(self) -> None:
        self.navigation.setObjectName("navigation")
        self.navigation.setIconSize(QSize(20, 20))
        self.navigation.setFixedWidth(150)
        for kind in self.kinds:
            self.navigation.addItem(QListWidgetItem(icon(page_icon(kind)), page_title(kind)))
            self.stack.addWidget(QWidget())  # holds the place until the page is built
        self.navigation.currentRowChanged.connect(self._show_index)
        self.navigation.setCurrentRow(0)
        body = QWidget()
        layout = QHBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.navigation)
        layout.addWidget(self.stack, 1)
        if self.holder is None:
            self.setCentralWidget(body)
            return
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        self.read_only_banner = QLabel(
            self.tr(
                "Read-only: {0} has this file open. You can look, but changes cannot be "
                "saved until they close it."
            ).format(self._holder_text())
        )
        self.read_only_banner.setObjectName("readOnlyBanner")
        self.read_only_banner.setStyleSheet(
            "background: #fff3cd; color: #664d03; padding: 6px 10px; font-weight: bold;"
        )
        column.addWidget(self.read_only_banner)
        column.addWidget(body, 1)
        self.setCentralWidget(central)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu(self.tr("&File"))
        self._action(
            self.file_menu, self.tr("&New database…"), self._new_file, QKeySequence("Ctrl+Shift+N")
        )
        self._action(
            self.file_menu,
            self.tr("&Open…"),
            self._open_file,
            QKeySequence(QKeySequence.StandardKey.Open),
        )
        self.recent_menu = self.file_menu.addMenu(self.tr("Open &recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        self.file_menu.addSeparator()
        self.export_action = self._action(
            self.file_menu, self.tr("&Export consultation log…"), self._export_consultations
        )
        self.export_action.setIcon(icon("file-spreadsheet"))
        self.annual_report_action = self._action(
            self.file_menu, self.tr("&Annual report…"), self._open_annual_report
        )
        self.annual_report_action.setIcon(icon("file-down"))
        self.file_menu.addSeparator()
        self._action(self.file_menu, self.tr("&Settings…"), self._open_settings)
        self._action(
            self.file_menu,
            self.tr("&Hub settings and agreement articles…"),
            self._open_hub_settings,
        )
        if self.actor.role == StaffRole.ADMINISTRATOR:  # the service refuses the others too
            self.targets_action = self._action(
                self.file_menu, self.tr("Yearly &targets…"), self._open_targets
            )
        self.file_menu.addSeparator()
        self.backups_action = self._action(self.file_menu, self.tr("&Backups…"), self._open_backups)
        self.backups_action.setIcon(icon("database-backup"))
        if self.actor.role == StaffRole.ADMINISTRATOR:
            self._action(self.file_menu, self.tr("Staff &accounts…"), self._open_accounts)
        self._action(self.file_menu, self.tr("Change my &password…"), self._change_password)
        self._action(self.file_menu, self.tr("S&witch user…"), self.switch_user_requested.emit)
        self.file_menu.addSeparator()
        self._action(self.file_menu, self.tr("&Quit"), self.close, QKeySequence("Ctrl+Q"))

        self.edit_menu = bar.addMenu(self.tr("&Edit"))
        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence("Ctrl+Z"))
        self.undo_action.setIcon(icon("undo-2"))
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")])
        self.redo_action.setIcon(icon("redo-2"))
        self.edit_menu.addActions([self.undo_action, self.redo_action])
        self.edit_menu.addSeparator()
        self.find_action = self._action(
            self.edit_menu, self.tr("&Find"), self._find, QKeySequence("Ctrl+F")
        )
        self.find_action.setIcon(icon("search"))
        self.new_action = self._action(
            self.edit_menu, self.tr("&New record…"), self._new_record, QKeySequence("Ctrl+N")
        )
        self.new_action.setIcon(icon("plus"))

        self.view_menu = bar.addMenu(self.tr("&View"))
        for index, kind in enumerate(self.kinds):
            self._action(
                self.view_menu,
                page_title(kind),
                partial(self.show_page, index),
                QKeySequence(f"Ctrl+{index + 1}") if index < 9 else None,
            )
        self.view_menu.addSeparator()
        self.approvals_action = self._action(
            self.view_menu,
            self.tr("Waiting for my &approval…"),
            self.open_approvals,
            QKeySequence("Ctrl+Shift+A"),
        )
        self.approvals_action.setIcon(icon("stamp"))
        self.refresh_action = self._action(
            self.view_menu,
            self.tr("&Refresh"),
            self._refresh_all,
            QKeySequence(QKeySequence.StandardKey.Refresh),
        )
        self.refresh_action.setIcon(icon("refresh-cw"))

        self.help_menu = bar.addMenu(self.tr("&Help"))
        self.guide_action = self._action(
            self.help_menu,
            self.tr("&User guide"),
            self.open_guide,
            QKeySequence(QKeySequence.StandardKey.HelpContents),
        )
        self.guide_action.setIcon(icon("book-open"))
        self._action(self.help_menu, self.tr("&Keyboard shortcuts"), self.open_shortcuts).setIcon(
            icon("keyboard")
        )
        self.help_menu.addSeparator()
        self._action(self.help_menu, self.tr("&About HubDesk"), self._about).setIcon(icon("info"))

    def _build_toolbar(self) -> None:
        """The common actions, each with its icon and a short name under it."""
        self.toolbar = QToolBar(self.tr("Main toolbar"))
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setIconSize(QSize(20, 20))
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
        self.new_action.setIconText(self.tr("New"))
        self.find_action.setIconText(self.tr("Find"))
        self.undo_action.setIconText(self.tr("Undo"))
        self.redo_action.setIconText(self.tr("Redo"))
        self.refresh_action.setIconText(self.tr("Refresh"))
        self.approvals_action.setIconText(self.tr("Approvals"))
        self.export_action.setIconText(self.tr("Log export"))
        self.backups_action.setIconText(self.tr("Backups"))
        self.guide_action.setIconText(self.tr("Guide"))
        for action in (self.new_action, self.find_action, None, self.undo_action):
            self._tool(action)
        for action in (self.redo_action, self.refresh_action, None, self.approvals_action):
            self._tool(action)
        for action in (self.export_action, self.backups_action, None, self.guide_action):
            self._tool(action)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.toolbar)

    def _tool(self, action: QAction | None) -> None:
        if action is None:
            self.toolbar.addSeparator()
            return
        self.toolbar.addAction(action)
        shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        plain = action.text().replace("&", "").rstrip("…")
        action.setToolTip(f"{plain} ({shortcut})" if shortcut else plain)

    def _action(
        self,
        menu: QMenu,
        text: str,
        slot: Callable[[], object],
        shortcut: QKeySequence | None = None,
    ) -> QAction:
        action = menu.addAction(text)
        action.triggered.connect(lambda _checked=False: slot())
        if shortcut is not None:
            action.setShortcut(shortcut)
        return action

    def _build_status_bar(self) -> None:
        self.file_label = QLabel(str(self.db.path))
        self.file_label.setObjectName("openFile")
        who = self.tr("Signed in: {0} ({1})").format(
            self.actor.display_name or self.actor.username, label(self.actor.role)
        )
        if self.demo:
            who = self.tr("Demo database — signed in as demo manager {0}").format(
                self.actor.display_name
            )
        self.user_label = QLabel(who)
        self.user_label.setObjectName("signedIn")
        self.statusBar().addWidget(self.file_label, 1)
        if self.holder is not None:
            self.read_only_label = QLabel(
                self.tr("Read-only: {0} has this file open").format(self._holder_text())
            )
            self.read_only_label.setObjectName("readOnly")
            self.read_only_label.setStyleSheet("color: #b00020; font-weight: bold;")
            self.statusBar().addPermanentWidget(self.read_only_label)
        self.approvals_button = QToolButton()
        self.approvals_button.setObjectName("approvalsButton")
        self.approvals_button.setIcon(icon("stamp"))
        self.approvals_button.setAutoRaise(True)
        self.approvals_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.approvals_button.setToolTip(self.tr("Open what waits for my approval (Ctrl+Shift+A)"))
        self.approvals_button.clicked.connect(lambda _checked=False: self.open_approvals())
        self.statusBar().addPermanentWidget(self.approvals_button)
        self.statusBar().addPermanentWidget(self.user_label)

    def _holder_text(self) -> str:
        assert self.holder is not None
        since = self.holder.since.strftime("%Y-%m-%d %H:%M")
        return self.tr("{0} on {1} since {2}").format(self.holder.user, self.holder.host, since)

    # --- pages --------------------------------------------------------------

    @property
    def pages(self) -> list[Page]:
        """Every page this person sees, in navigation order (building any not yet built)."""
        return [self.page_at(index) for index in range(len(self.kinds))]

    def page_at(self, index: int) -> Page:
        """The page at ``index``, built now if it was not yet: a page reads its data
        when it is built, so the window paints after building only the first."""
        page = self._built.get(index)
        if page is None:
            page = self.kinds[index](self.context)
            self._built[index] = page
            widget = as_widget(page)
            # A page's content never sets the window's width: a record's long name elides
            # or scrolls inside the page instead of pushing the window off the screen.
            widget.setSizePolicy(QSizePolicy.Policy.Ignored, widget.sizePolicy().verticalPolicy())
            placeholder = self.stack.widget(index)
            assert placeholder is not None
            current = self.stack.currentIndex()
            self.stack.insertWidget(index, widget)
            self.stack.removeWidget(placeholder)
            placeholder.deleteLater()
            self.stack.setCurrentIndex(current)
            requested = getattr(page, "approvals_requested", None)
            if requested is not None:
                requested.connect(self.open_approvals)
        return page

    def show_page(self, index: int) -> None:
        self.navigation.setCurrentRow(index)

    def current_page(self) -> Page:
        return self.page_at(self.stack.currentIndex())

    def index_of(self, kind: type) -> int:
        """The navigation position of the page of ``kind`` (ValueError if not seen)."""
        for index, factory in enumerate(self.kinds):
            if isinstance(factory, type) and issubclass(factory, kind):
                return index
        raise ValueError(f"{kind.__name__} is not a page of this window")

    def page_of(self, kind: type) -> Page:
        return self.page_at(self.index_of(kind))

    def _show_index(self, index: int) -> None:
        if 0 <= index < len(self.kinds):
            self.page_at(index)
            self.stack.setCurrentIndex(index)
            self._page_shown(index)

    def _refresh_pages(self, topics: frozenset[str]) -> None:
        """Refresh the page on screen now; the others when they are shown next (a page
        not yet built reads everything when it is)."""
        current = self.current_page()
        for page in self._built.values():
            if page is current:
                page.refresh(topics)
            else:
                self._pending[id(page)] = _merged(self._pending.get(id(page)), topics)

    def _page_shown(self, index: int) -> None:
        page = self.page_at(index)
        topics = self._pending.pop(id(page), None)
        if topics is not None:
            page.refresh(topics)
        place = self._places.pop(index, None)
        if place is not None:
            restore(as_widget(page), place)

    def build_remaining_pages(self) -> None:
        """Build the pages not yet built, one per pass of the event loop, so that each
        opens at once later and none holds up a click or a key meanwhile."""
        unbuilt = [index for index in range(len(self.kinds)) if index not in self._built]
        if unbuilt:
            self.page_at(unbuilt[0])
            QTimer.singleShot(0, self, self.build_remaining_pages)
        elif not self._settled:
            self._settled = True
            freeze_long_lived()

    # --- the place: kept when the window is rebuilt ------------------------------------

    def place(self) -> WindowPlace:
        """The page on screen and, for every page, its fields and chosen record."""
        pages = {
            page_kind(self.kinds[index]): capture(as_widget(page))
            for index, page in self._built.items()
        }
        for index, pending in self._places.items():  # never shown here: as it came
            pages[page_kind(self.kinds[index])] = pending
        return WindowPlace(page_kind(self.kinds[self.stack.currentIndex()]), pages)

    def restore_place(self, place: WindowPlace) -> None:
        """Open at ``place``: each page gets its fields back when it is next shown."""
        self._places = {
            index: place.pages[page_kind(kind)]
            for index, kind in enumerate(self.kinds)
            if page_kind(kind) in place.pages
        }
        kinds = [page_kind(kind) for kind in self.kinds]
        index = kinds.index(place.page) if place.page in kinds else self.stack.currentIndex()
        if index != self.stack.currentIndex():
            self.show_page(index)
        else:
            self._page_shown(index)

    def hand_over_history(self) -> EditHistory:
        """The undo stack and edit path for the window that replaces this one; this
        window's pages stop listening to them."""
        self.ops.changed.disconnect(self._refresh_pages)
        self.ops.changed.disconnect(self._approvals_topics)
        self.ops.notice.disconnect(self.notify)
        self._approvals_timer.stop()
        return EditHistory(self.undo_stack, self.ops)

    def notify(self, text: str) -> None:
        """A short line in the status bar: what was just done."""
        self.statusBar().showMessage(text, NOTICE_MS)

    def _refresh_all(self) -> None:
        self._refresh_pages(frozenset())
        self.update_approvals()

    # --- the approval inbox --------------------------------------------------------

    def _connect_approvals(self) -> None:
        self.approvals = ApprovalService(self.db, self.actor)
        self.approvals_button.setVisible(self.approvals.may_approve())
        self.approvals_action.setEnabled(self.approvals.may_approve())
        self.ops.changed.connect(self._approvals_topics)
        # A colleague's requests on another PC show within a minute.
        self._approvals_timer = QTimer(self)
        self._approvals_timer.setInterval(APPROVALS_POLL_MS)
        self._approvals_timer.timeout.connect(self.update_approvals)
        self._approvals_timer.start()
        self.update_approvals()

    def _approvals_topics(self, topics: frozenset[str]) -> None:
        if not topics or GRANTS in topics:
            self.update_approvals()

    def update_approvals(self) -> int:
        """The status bar's count of what waits for my approval; the count."""
        if not self.approvals.may_approve():
            return 0
        try:
            count = self.approvals.count_waiting()
        except SQLAlchemyError:  # a busy file on a share: the last count stands
            return -1
        self.approvals_button.setText(self.tr("%n waiting for approval", "", count))
        weight = "bold" if count else "normal"
        self.approvals_button.setStyleSheet(f"font-weight: {weight};")
        return count

    def open_approvals(self) -> ApprovalsDialog | None:
        """내 결재 대기: a row opens its agreement on the Grants page."""
        if not self.approvals.may_approve():
            return None
        from hubdesk.gui.grants.approvals_dialog import ApprovalsDialog

        dialog = ApprovalsDialog(self.context, self)
        dialog.agreement_chosen.connect(self.show_agreement)
        dialog.finished.connect(lambda _code: self.update_approvals())
        dialog.open()
        self.approvals_dialog = dialog
        return dialog

    def show_agreement(self, agreement_id: int) -> None:
        from hubdesk.gui.grants.page import GrantsPage

        page = self.page_of(GrantsPage)
        self.show_page(self.index_of(GrantsPage))
        assert isinstance(page, GrantsPage)
        page.show_agreement(agreement_id)

    # --- help ----------------------------------------------------------------------

    def open_guide(self) -> None:
        from hubdesk.gui.help import GuideDialog

        self.guide = GuideDialog(self)
        self.guide.show()

    def open_shortcuts(self) -> None:
        from hubdesk.gui.help import ShortcutsDialog

        ShortcutsDialog(self.menuBar(), self).exec()

    def _find(self) -> None:
        self.current_page().focus_search()

    def _new_record(self) -> None:
        self.current_page().new_record()

    # --- files and settings -------------------------------------------------

    def _new_file(self) -> None:
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("New database"), str(Path.home() / "hubdesk.sqlite"), FILE_FILTER
        )
        if name:
            self.open_requested.emit(Path(name), True)

    def _open_file(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Open database"), str(self.db.path.parent), FILE_FILTER
        )
        if name:
            self.open_requested.emit(Path(name), False)

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        recent = self.ui.recent_files
        for path in recent:
            action = self.recent_menu.addAction(str(path))
            action.triggered.connect(lambda _c=False, p=path: self.open_requested.emit(p, False))
        if not recent:
            self.recent_menu.addAction(self.tr("No recent files")).setEnabled(False)

    def _export_consultations(self) -> None:
        from hubdesk.gui.consulting.export_dialog import open_export_dialog

        open_export_dialog(self.context, self)

    def _open_annual_report(self) -> None:
        from hubdesk.gui.goals.report_dialog import open_annual_report

        open_annual_report(self.context, self)

    def _open_targets(self) -> None:
        from hubdesk.gui.goals.targets_dialog import open_targets

        open_targets(self.context, self)

    def _open_settings(self) -> None:
        from hubdesk.gui.admin.preferences_dialog import PreferencesDialog

        dialog = PreferencesDialog(self.ui, self)
        if dialog.exec() and dialog.language_changed():
            self.language_requested.emit(self.ui.language)

    def _open_hub_settings(self) -> None:
        from hubdesk.gui.admin.hub_settings_dialog import open_hub_settings

        open_hub_settings(self.context, self)

    def _open_backups(self) -> None:
        from hubdesk.gui.admin.backups_dialog import BackupsDialog

        dialog = BackupsDialog(self.db, self.actor, self)
        dialog.backup_requested.connect(self.backup_requested.emit)
        dialog.restore_requested.connect(self.restore_requested.emit)
        dialog.exec()

    def _open_accounts(self) -> None:
        from hubdesk.gui.admin.accounts_dialog import AccountsDialog

        AccountsDialog(self.db, self.actor, self).exec()

    def _change_password(self) -> None:
        from hubdesk.gui.admin.accounts_dialog import ChangePasswordDialog

        ChangePasswordDialog(self.db, self.actor, self).exec()

    def _about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About HubDesk"),
            self.tr(
                "<h3>HubDesk {0}</h3><p>The desk of the social-economy hub center: "
                "office space, consulting, grants and goals.</p>"
                "<p>Korean text is set in NanumGothic (SIL Open Font License); the icons "
                "are Lucide's (ISC License).</p>"
            ).format(__version__),
        )

    # --- geometry -----------------------------------------------------------

    def _restore_geometry(self) -> None:
        geometry = self.ui.geometry
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1280, 800)
        state = self.ui.window_state
        if state is not None:
            self.restoreState(state)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt name)
        super().showEvent(event)
        if self._painted is None:  # the other pages are built once the window is on screen
            self._painted = FirstPaint(self, self.build_remaining_pages)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt name)
        self.remember_geometry()
        event.accept()

    def remember_geometry(self) -> None:
        self.ui.geometry = self.saveGeometry()
        self.ui.window_state = self.saveState()
        self.ui.sync()

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt name)
        return QSize(1280, 800)


def page_title(kind: PageFactory) -> str:
    """The navigation name a page class gives (``title``, a class method)."""
    return str(getattr(kind, "title")())  # noqa: B009 (a class method of the page class)


def page_icon(kind: PageFactory) -> str:
    """The navigation icon a page class names (``icon_name``)."""
    return str(getattr(kind, "icon_name", "layout-dashboard"))


def page_kind(kind: PageFactory) -> str:
    """The name that keeps a page's place across windows: its class name."""
    return str(getattr(kind, "__name__", repr(kind)))


def may_see(factory: PageFactory, actor: Actor) -> bool:
    """A page class may name the roles that see it (``roles``); by default everyone."""
    roles = getattr(factory, "roles", None)
    return roles is None or actor.role in roles


def _merged(pending: frozenset[str] | None, topics: frozenset[str]) -> frozenset[str]:
    """Topics still to refresh; an empty set means everything and absorbs the rest."""
    if pending is None:
        return topics
    if not pending or not topics:
        return frozenset()
    return pending | topics
