"""The main window. This first version shows today's figures; pages come with issue 3."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QMainWindow, QVBoxLayout, QWidget

from ..domain.records import Actor
from ..services.goals import GoalService
from ..services.settings import SettingsService
from ..services.spaces import SpaceService
from ..storage import Database


class MainWindow(QMainWindow):
    def __init__(self, db: Database, actor: Actor, *, demo: bool = False) -> None:
        super().__init__()
        self.db = db
        self.actor = actor
        hub = SettingsService(db, actor).settings()
        self.setWindowTitle(f"HubDesk — {hub.hub_name}")
        self.resize(900, 600)
        self.setCentralWidget(self._overview(hub.hub_name))
        who = self.tr("Signed in as {0} ({1})").format(
            actor.display_name or actor.username, actor.role.value
        )
        if demo:
            who = self.tr("Demo database: signed in as demo manager {0}").format(actor.display_name)
        self.statusBar().addWidget(QLabel(str(db.path)), 1)
        self.statusBar().addPermanentWidget(QLabel(who))

    def _overview(self, hub_name: str) -> QWidget:
        goals = GoalService(self.db, self.actor)
        spaces = SpaceService(self.db, self.actor)
        today = date.today()
        operating, registered = goals.operation_rate()
        occupancy = spaces.occupancy(today)
        ending = spaces.ending_soon(today)
        title = QLabel(hub_name)
        title.setStyleSheet("font-size: 20pt; font-weight: bold;")
        figures = QGroupBox(self.tr("Today, {0}").format(today.isoformat()))
        form = QFormLayout(figures)
        rate = 100 * operating / registered if registered else 0.0
        form.addRow(
            self.tr("Enterprises operating"),
            QLabel(f"{operating:,} / {registered:,} ({rate:.1f}%)"),
        )
        form.addRow(
            self.tr("Seats taken"),
            QLabel(
                f"{occupancy.seats_taken:,} / {occupancy.seats_offered:,} "
                f"({occupancy.rate * 100:.1f}%)"
            ),
        )
        form.addRow(self.tr("Tenancies ending within 60 days"), QLabel(f"{len(ending):,}"))
        widget = QWidget()
        layout = QVBoxLayout(widget)
        layout.addWidget(title)
        layout.addWidget(figures)
        layout.addStretch(1)
        layout.setAlignment(Qt.AlignmentFlag.AlignTop)
        return widget
