"""A line edit that finds a team as the user types, over tens of thousands of teams.

Each edit runs one SQL search (``SpaceService.tenant_choices``: open teams whose name
or business number holds the text, at most 50) and offers the hits in a completer.
A team counts as chosen when the text is exactly one of the offered entries.
"""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from hubdesk.domain.brn import BusinessNumber
from hubdesk.domain.records import TeamChoice
from hubdesk.gui.context import PageContext
from hubdesk.services.people.teams import TeamService
from hubdesk.services.spaces.spaces import SpaceService

SHOWN = 50


def choice_text(choice: TeamChoice) -> str:
    """``name (123-45-67890)``; a team without a number is told apart by its id."""
    if choice.brn and len(choice.brn) == 10:
        return f"{choice.name} ({BusinessNumber(choice.brn).formatted})"
    return f"{choice.name} (#{choice.id})"


class TeamPicker(QLineEdit):
    team_changed = Signal(object)  # the chosen team's id, or None

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._offered: dict[str, int] = {}
        self._team: int | None = None
        self._model = QStringListModel(self)
        completer = QCompleter(self._model, self)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setMaxVisibleItems(12)
        self.setCompleter(completer)
        self.setPlaceholderText(self.tr("Type a team name or business number"))
        self.setClearButtonEnabled(True)
        self.textEdited.connect(self._search)
        self.textChanged.connect(self._match)

    def team_id(self) -> int | None:
        return self._team

    def missing(self) -> str | None:
        """What the dialog shows while no team is chosen (None once one is)."""
        return self.tr("Choose a team from the list.") if self._team is None else None

    def set_team(self, team_id: int) -> None:
        """Choose a team by id (an open one, or any team when it is named on purpose)."""
        team = TeamService(self.context.db, self.context.actor).get(team_id)
        text = choice_text(TeamChoice(team.id, team.name, team.kind, team.brn))
        self._offer([(text, team.id)])
        self.setText(text)

    def offered(self) -> list[str]:
        """The entries the completer offers now."""
        return list(self._offered)

    def _search(self, text: str) -> None:
        if text in self._offered:
            return
        service = SpaceService(self.context.db, self.context.actor)
        choices = service.tenant_choices(text, SHOWN) if text.strip() else []
        self._offer([(choice_text(choice), choice.id) for choice in choices])
        if choices:
            self.completer().complete()

    def _offer(self, entries: list[tuple[str, int]]) -> None:
        self._offered = dict(entries)
        self._model.setStringList([text for text, _id in entries])

    def _match(self, text: str) -> None:
        team = self._offered.get(text)
        if team != self._team:
            self._team = team
            self.team_changed.emit(team)
