"""This week's work on the dashboard: tenancies ending, sessions, what waits for my
approval, settlements due or overdue. Each heading and each item is a link: Tab reaches
it, Enter, Space or a click opens it."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import QGroupBox, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from hubdesk.domain.goals import Drill, WeekItem
from hubdesk.gui.goals import dashboard_text as text
from hubdesk.gui.text.noop import QT_TRANSLATE_NOOP

SHOWN_PER_KIND = 4  # the rest behind "… N more"
WEEK_DRILLS = (
    Drill.ENDING_TENANCIES,
    Drill.WEEK_SESSIONS,
    Drill.MY_APPROVALS,
    Drill.SETTLEMENTS_DUE,
)
HEADINGS = {
    Drill.ENDING_TENANCIES: QT_TRANSLATE_NOOP("Dashboard", "Tenancies ending ({0})"),
    Drill.WEEK_SESSIONS: QT_TRANSLATE_NOOP("Dashboard", "Sessions ({0})"),
    Drill.MY_APPROVALS: QT_TRANSLATE_NOOP("Dashboard", "Waiting for my approval ({0})"),
    Drill.SETTLEMENTS_DUE: QT_TRANSLATE_NOOP("Dashboard", "Settlements due or overdue ({0})"),
}
LINK_STYLE = (
    "QPushButton { color: #1a5fb4; text-align: left; border: none; padding: 1px 2px; }"
    "QPushButton:hover { text-decoration: underline; }"
    "QPushButton:focus { background: #dce8f8; }"
)


class LinkButton(QPushButton):
    """A flat button that reads like a link; Enter opens it as Space does."""

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(caption, parent)
        self.full_text = caption
        self.setFlat(True)
        self.setStyleSheet(LINK_STYLE)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.setToolTip(caption)

    def set_full_text(self, caption: str) -> None:
        """The caption, cut with … where the panel is too narrow (the tooltip has it all)."""
        self.full_text = caption
        self.setToolTip(caption)
        self._elide()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt name)
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        room = self.contentsRect().width() - 8
        metrics = self.fontMetrics()
        shown = self.full_text
        if room > 20 and metrics.horizontalAdvance(shown) > room:
            shown = metrics.elidedText(shown, Qt.TextElideMode.ElideRight, room)
        if shown != self.text():
            self.setText(shown)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt name)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.isAutoRepeat():
            self.click()
            return
        super().keyPressEvent(event)


class WeekPanel(QGroupBox):
    """The week's links; ``opened(drill, record id or 0)`` asks for what a link shows."""

    opened = Signal(object, int)  # Drill, record id (0: the whole list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("Dashboard", "This week's work"), parent)
        self.may_approve = False
        self.today: date | None = None
        self.approvals_waiting = 0
        self.links: dict[Drill, list[LinkButton]] = {}
        self.approvals_link = LinkButton("")
        self.approvals_link.setObjectName("openApprovals")
        self.approvals_link.clicked.connect(
            lambda _checked=False: self.opened.emit(Drill.MY_APPROVALS, 0)
        )
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(8, 6, 8, 6)
        self._layout.setSpacing(1)
        self._items: list[QWidget] = []
        self._shown: tuple[object, ...] | None = None

    def show_week(self, items: Sequence[WeekItem]) -> None:
        """Draw the week anew: each kind's heading with its count, then its first items
        (nothing to do when they are what is shown: a year switch keeps the week)."""
        shown = (tuple(items), self.approvals_waiting, self.may_approve, self.today)
        if shown == self._shown:
            return
        self._shown = shown
        for widget in self._items:
            if widget is not self.approvals_link:
                widget.deleteLater()
            self._layout.removeWidget(widget)
        self._items, self.links = [], {}
        while self._layout.count():
            self._layout.takeAt(0)
        for drill in WEEK_DRILLS:
            if drill is Drill.MY_APPROVALS and not self.may_approve:
                continue
            self._add_kind(drill, [item for item in items if item.drill is drill])
        self._layout.addStretch(1)

    def _add_kind(self, drill: Drill, items: list[WeekItem]) -> None:
        count = self.approvals_waiting if drill is Drill.MY_APPROVALS else len(items)
        heading = QCoreApplication.translate("Dashboard", HEADINGS[drill]).format(f"{count:,}")
        if drill is Drill.MY_APPROVALS:
            link = self.approvals_link
            link.set_full_text(heading)
            link.show()
        else:
            link = self._link(heading, self._emitter(drill, 0))
        link.setStyleSheet(LINK_STYLE + "QPushButton { font-weight: bold; }")
        self._add(link)
        self.links[drill] = [link]
        if drill is Drill.MY_APPROVALS:
            return  # the inbox lists them, oldest first
        for item in items[:SHOWN_PER_KIND]:
            caption = f"{text.short_day(item.day, self.today)}  {item.text}"
            item_link = self._link(caption, self._emitter(item.drill, item.record_id))
            item_link.setContentsMargins(12, 0, 0, 0)
            item_link.setStyleSheet(LINK_STYLE + "QPushButton { padding-left: 14px; }")
            self._add(item_link)
            self.links[drill].append(item_link)
        if len(items) > SHOWN_PER_KIND:
            more = QCoreApplication.translate("Dashboard", "… {0} more").format(
                f"{len(items) - SHOWN_PER_KIND:,}"
            )
            more_link = self._link(more, self._emitter(drill, 0))
            more_link.setStyleSheet(LINK_STYLE + "QPushButton { padding-left: 14px; }")
            self._add(more_link)
            self.links[drill].append(more_link)
        if not items:
            none = QLabel(QCoreApplication.translate("Dashboard", "Nothing this week"))
            none.setStyleSheet("color: #777777; padding-left: 16px;")
            self._add(none)

    def _emitter(self, drill: Drill, record_id: int) -> Callable[[], None]:
        return lambda: self.opened.emit(drill, record_id)

    def _link(self, caption: str, action: Callable[[], None]) -> LinkButton:
        link = LinkButton(caption)
        link.clicked.connect(lambda _checked=False: action())
        return link

    def _add(self, widget: QWidget) -> None:
        self._layout.addWidget(widget)
        self._items.append(widget)
