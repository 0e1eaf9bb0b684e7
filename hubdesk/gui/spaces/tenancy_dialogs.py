"""Tenancy dialogs: allocate space, renew, end (move out), tick the move-in/out checklist.

Each runs its edit on OK with an undo step (``OperationDialog.run_edit``); a refusal
is shown inline and the dialog stays open. The allocate and renew dialogs check the
rules as the user types and keep OK disabled while the edit would be refused.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtWidgets import (
    QCheckBox,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from hubdesk.domain.enums import ChecklistKind, SpaceKind
from hubdesk.domain.periods import months_between, one_year_from
from hubdesk.domain.records import ChecklistItemRecord, TenancyRecord
from hubdesk.domain.rules import tenancy_fee
from hubdesk.gui.common.editing import (
    PROBLEM_STYLE,
    OperationDialog,
    SpaceCombo,
    date_edit,
    problem_of,
)
from hubdesk.gui.common.team_picker import TeamPicker
from hubdesk.gui.common.won_edit import WonEdit
from hubdesk.gui.context import PageContext
from hubdesk.gui.text.labels import checklist_label, label
from hubdesk.gui.topics import TENANCIES
from hubdesk.services.spaces.spaces import SpaceService, TenancyDraft

NOTE_HEIGHT = 60
ONE_DAY = timedelta(days=1)


def notes_edit() -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setFixedHeight(NOTE_HEIGHT)
    return edit


def month_or_day(day: date, *, last: bool = False) -> str:
    """``2027-03`` for the first (or, with ``last``, the last) day of a month, else the day."""
    edge = (day + timedelta(days=1)).day == 1 if last else day.day == 1
    return f"{day:%Y-%m}" if edge else day.isoformat()


def term_text(tenancy: TenancyRecord) -> str:
    return f"{tenancy.start_date} – {tenancy.end_date}"


class AllocateDialog(OperationDialog):
    """Let a space, or some of its seats, to a team; a clash shows before OK."""

    def __init__(
        self,
        context: PageContext,
        parent: QWidget | None = None,
        *,
        space_id: int | None = None,
        team_id: int | None = None,
    ) -> None:
        super().__init__(context, parent)
        self.setWindowTitle(self.tr("Allocate space"))
        self.service = SpaceService(context.db, context.actor)
        today = context.today()
        self.team = TeamPicker(context)
        self.space = SpaceCombo(self.service.lettable_spaces())
        self.seats = QSpinBox()
        self.start = date_edit(today, context)
        self.end = date_edit(one_year_from(today), context)
        self.deposit = WonEdit()
        self.monthly_fee = WonEdit()
        self.notes = notes_edit()
        self.alternatives = QWidget()  # rooms with the seats, offered on a clash
        self.alternatives.setObjectName("alternatives")
        self.alternatives_row = QHBoxLayout(self.alternatives)
        self.alternatives_row.setContentsMargins(0, 0, 0, 0)
        self._start_was = today
        self._deposit_months = self.service.deposit_months()
        self._defaults: tuple[int, int] | None = None  # (fee, deposit) last filled in
        self._build()
        if space_id is not None:
            self.space.select(space_id)
        if team_id is not None:
            self.team.set_team(team_id)
        self._space_chosen()
        self._connect()
        self.check()

    def _build(self) -> None:
        self.form.addRow(self.tr("Team"), self.team)
        self.form.addRow(self.tr("Space"), self.space)
        self.form.addRow(self.tr("Seats"), self.seats)
        self.form.addRow(self.tr("Start"), self.start)
        self.form.addRow(self.tr("End"), self.end)
        self.form.addRow(self.tr("Deposit (won)"), self.deposit.with_words())
        self.form.addRow(self.tr("Monthly fee (won)"), self.monthly_fee.with_words())
        self.form.addRow(self.tr("Notes"), self.notes)
        self.finish_layout()
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(layout.indexOf(self.messages) + 1, self.alternatives)
        self.alternatives.setFixedHeight(QPushButton().sizeHint().height())
        self.setMinimumWidth(560)

    def _connect(self) -> None:
        self.team.team_changed.connect(self.check)
        self.space.currentIndexChanged.connect(self._space_chosen)
        self.space.currentIndexChanged.connect(self.check)
        self.seats.valueChanged.connect(self._fill_defaults)
        self.seats.valueChanged.connect(self.check)
        self.start.dateChanged.connect(self._start_moved)
        self.end.dateChanged.connect(self.check)
        self.deposit.valueChanged.connect(self.check)
        self.monthly_fee.valueChanged.connect(self.check)

    def _space_chosen(self) -> None:
        """A private office is let whole; elsewhere one seat to begin with."""
        space = self.space.space()
        if space is None:
            return
        self.seats.blockSignals(True)
        self.seats.setRange(1, space.seats)
        whole = space.kind == SpaceKind.PRIVATE_OFFICE
        self.seats.setValue(space.seats if whole else 1)
        self.seats.blockSignals(False)
        self._fill_defaults()

    def _fill_defaults(self) -> None:
        """The fee is the space's per seat × the seats (the whole room's for a private
        office), the deposit the hub's months of it; figures the user typed are kept."""
        space = self.space.space()
        if space is None:
            return
        whole = space.kind == SpaceKind.PRIVATE_OFFICE
        fee = tenancy_fee(whole, space.monthly_fee, space.seats, self.seats.value())
        defaults = (fee, fee * self._deposit_months)
        shown = (self.monthly_fee.value(), self.deposit.value())
        if self._defaults is None or shown == self._defaults:
            self.monthly_fee.setValue(defaults[0])
            self.deposit.setValue(defaults[1])
        self._defaults = defaults

    def _start_moved(self) -> None:
        """Keep a one-year term one year when the start moves."""
        start = self.start.date()
        if start is not None:
            if self.end.date() == one_year_from(self._start_was):
                self.end.setDate(one_year_from(start))
            self._start_was = start
        self.check()

    def draft(self) -> TenancyDraft | None:
        """The tenancy as typed; None while the team, the space, a date or an amount is
        missing or mistyped."""
        team, space = self.team.team_id(), self.space.space_id()
        start, end = self.start.date(), self.end.date()
        deposit, fee = self.deposit.value(), self.monthly_fee.value()
        if team is None or space is None or start is None or end is None:
            return None
        if deposit is None or fee is None:
            return None
        return TenancyDraft(
            team, space, self.seats.value(), start, end, deposit, fee, self.notes.toPlainText()
        )

    def check(self) -> None:
        """Ask the service whether the allocation would pass; show why not."""
        if self.refuse_fields():
            return
        space, start, end = self.space.space_id(), self.start.date(), self.end.date()
        problem = None
        if space is not None and start is not None and end is not None:
            seats = self.seats.value()
            problem = problem_of(lambda: self.service.check_allocation(space, seats, start, end))
        if problem is not None and space is not None and start is not None and end is not None:
            self.show_problem(self._clash_summary(space, start, end) + "\n" + problem)
        elif (missing := self.team.missing()) is not None:
            self.show_problem(missing, hint=True)
        else:
            self.show_problem(None)
        self._offer_alternatives(problem is not None, start, end)
        self.ok_button().setEnabled(problem is None and self.draft() is not None)

    def _clash_summary(self, space_id: int, start: date, end: date) -> str:
        """What matters first: the fewest seats left over the period, then from when
        more are free (2027-01 ~ 2027-12: 남은 좌석 0석, 2027-03부터 2석)."""
        runs = self.service.availability(space_id, start, end)
        if not runs:
            return ""
        fewest = min(run.free for run in runs)
        last_low = max(i for i, run in enumerate(runs) if run.free == fewest)
        text = self.tr("{0} ~ {1}: {2} seats left").format(
            month_or_day(runs[0].start), month_or_day(runs[-1].end, last=True), fewest
        )
        for run in runs[last_low + 1 :][:3]:
            text += self.tr(", {0} from {1}").format(run.free, month_or_day(run.start))
        return text

    def _offer_alternatives(self, clash: bool, start: date | None, end: date | None) -> None:
        """On a clash, a button for each space that has the seats free all the period."""
        while (item := self.alternatives_row.takeAt(0)) is not None:
            if (widget := item.widget()) is not None:
                widget.deleteLater()
        if not clash or start is None or end is None:
            return
        rooms = self.service.spaces_with_room(self.seats.value(), start, end)
        caption = QLabel(
            self.tr("Spaces with the seats free:")
            if rooms
            else self.tr("No other space has these seats free then.")
        )
        self.alternatives_row.addWidget(caption)
        for room in rooms:
            button = QPushButton(f"{room.space.code} " + self.tr("({0} free)").format(room.free))
            button.setObjectName(f"alternative_{room.space.code}")
            button.clicked.connect(lambda _checked=False, key=room.space.id: self.space.select(key))
            self.alternatives_row.addWidget(button)
        self.alternatives_row.addStretch(1)

    def submit(self) -> None:
        draft = self.draft()
        if draft is None:
            return
        space = self.space.space()
        text = self.tr("Allocate {0} to {1}").format(space.code if space else "", self.team.text())
        self.run_edit(
            text,
            lambda: self.service.allocate(draft),
            undo=lambda done: self.service.cancel_tenancy(done.id),
            redo=lambda done: self.service.reinstate_tenancy(done.id),
        )


class RenewDialog(OperationDialog):
    """Extend a tenancy after its yearly review, within the hub's maximum stay."""

    def __init__(
        self, context: PageContext, tenancy_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(context, parent)
        self.setWindowTitle(self.tr("Renew tenancy"))
        self.service = SpaceService(context.db, context.actor)
        self.tenancy = self.service.tenancy(tenancy_id)
        self.max_months = self.service.stay_limit()
        self.renewed_on = date_edit(context.today(), context)
        self.new_end = date_edit(one_year_from(self.tenancy.end_date + timedelta(days=1)), context)
        self.review_note = notes_edit()
        self.stay = QLabel()
        self.stay.setObjectName("stay")
        self._build()
        self.new_end.dateChanged.connect(self.check)
        self.renewed_on.dateChanged.connect(self.check)
        self.check()

    def _build(self) -> None:
        tenancy = self.tenancy
        self.form.addRow(self.tr("Team"), QLabel(tenancy.team_name))
        seats = self.tr("{0} · {1} seats").format(tenancy.space_code, tenancy.seats)
        self.form.addRow(self.tr("Space"), QLabel(seats))
        self.form.addRow(self.tr("Current term"), QLabel(term_text(tenancy)))
        self.form.addRow(self.tr("Renewals so far"), QLabel(str(tenancy.renewals)))
        self.form.addRow(self.tr("Renewed on"), self.renewed_on)
        self.form.addRow(self.tr("New end"), self.new_end)
        self.form.addRow(self.tr("Stay"), self.stay)
        self.form.addRow(self.tr("Review note"), self.review_note)
        self.finish_layout()
        self.setMinimumWidth(460)

    def months_after(self) -> int | None:
        end = self.new_end.date()
        return None if end is None else months_between(self.tenancy.start_date, end)

    def check(self) -> None:
        used = months_between(self.tenancy.start_date, self.tenancy.end_date)
        after, end = self.months_after(), self.new_end.date()
        if self.refuse_fields() or after is None or end is None:
            self.stay.setText("")
            return
        self.stay.setText(
            self.tr("{0} of at most {1} months used; {2} after this renewal").format(
                used, self.max_months, after
            )
        )
        self.stay.setStyleSheet(PROBLEM_STYLE if after > self.max_months else "")
        problem = problem_of(lambda: self.service.check_renewal(self.tenancy.id, end))
        self.show_problem(problem)
        self.ok_button().setEnabled(problem is None)

    def submit(self) -> None:
        tenancy_id, renewed_on = self.tenancy.id, self.renewed_on.date()
        end, note = self.new_end.date(), self.review_note.toPlainText()
        if renewed_on is None or end is None:
            return
        self.run_edit(
            self.tr("Renew the tenancy of {0}").format(self.tenancy.team_name),
            lambda: self.service.renew(tenancy_id, renewed_on, end, note),
            undo=lambda done: self.service.undo_renewal(done.id, expected_end=done.end_date),
        )


class EndTenancyDialog(OperationDialog):
    """Move a team out on a day (early when before the end) and open the move-out list.

    The move-out date is the day the team is gone: a move-out dated today frees the
    room today, so the tenancy's last day in the room is the day before.
    """

    def __init__(
        self, context: PageContext, tenancy_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(context, parent)
        self.setWindowTitle(self.tr("End tenancy"))
        self.service = SpaceService(context.db, context.actor)
        self.tenancy = self.service.tenancy(tenancy_id)
        first, after_end = self.tenancy.start_date + ONE_DAY, self.tenancy.end_date + ONE_DAY
        self.on = date_edit(min(max(context.today(), first), after_end), context)
        self.on.setDateRange(first, after_end)
        self.reason = QLineEdit()
        self.early = QLabel()
        self.early.setObjectName("early")
        self.form.addRow(self.tr("Team"), QLabel(self.tenancy.team_name))
        self.form.addRow(self.tr("Space"), QLabel(self.tenancy.space_code))
        self.form.addRow(self.tr("Term"), QLabel(term_text(self.tenancy)))
        self.form.addRow(self.tr("Move-out date"), self.on)
        self.form.addRow("", self.early)
        self.form.addRow(self.tr("Reason"), self.reason)
        self.finish_layout()
        self.name_buttons(self.tr("End the tenancy"))
        self.setMinimumWidth(420)
        self.on.dateChanged.connect(self._show_early)
        self._show_early()

    def last_day(self) -> date | None:
        """The last day the team uses the space: the day before it moves out (None while
        the move-out date is mistyped)."""
        on = self.on.date()
        return on - ONE_DAY if on is not None else None

    def _show_early(self) -> None:
        self.check()
        last_day = self.last_day()
        if last_day is None:  # mistyped: the problem line says why
            self.early.setText("")
            return
        days = (self.tenancy.end_date - last_day).days
        if days > 0:
            text = self.tr("Early move-out, {0} days before the end of the term.").format(days)
        else:
            text = self.tr("The tenancy ends at the end of its term.")
        self.early.setText(text + " " + self.tr("Last day in the room: {0}.").format(last_day))

    def submit(self) -> None:
        tenancy_id, last_day, reason = self.tenancy.id, self.last_day(), self.reason.text()
        if last_day is None:
            return
        self.run_edit(
            self.tr("End the tenancy of {0}").format(self.tenancy.team_name),
            lambda: self.service.move_out(tenancy_id, last_day, reason),
            undo=lambda done: self.service.undo_move_out(done.id),
        )


class ChecklistDialog(OperationDialog):
    """The move-in and move-out boxes; each tick is an edit of its own with undo."""

    saves_as_you_go = True  # each tick is saved (and undoable) at once

    def __init__(
        self, context: PageContext, tenancy_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(context, parent)
        self.service = SpaceService(context.db, context.actor)
        self.tenancy = self.service.tenancy(tenancy_id)
        self.setWindowTitle(self.tr("Checklist: {0}").format(self.tenancy.team_name))
        self.items: dict[int, ChecklistItemRecord] = {}
        self.boxes: dict[str, QCheckBox] = {}
        self.states: dict[int, QLabel] = {}
        self.groups = {kind: QGroupBox(label(kind)) for kind in ChecklistKind}
        self.rows: dict[ChecklistKind, QWidget] = {}
        self.group_layouts = {kind: QVBoxLayout(group) for kind, group in self.groups.items()}
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)
        self.form.addRow(QLabel(f"{self.tenancy.space_code} · {term_text(self.tenancy)}"))
        self.finish_layout(*self.groups.values())
        self.setMinimumWidth(480)
        context.ops.changed.connect(self._changed)
        self.reload()

    def _changed(self, topics: frozenset[str]) -> None:
        if not topics or TENANCIES in topics:
            self.reload()

    def reload(self) -> None:
        """Show the boxes as stored; rebuild the rows only when the list itself changed."""
        items = self.service.checklist(self.tenancy.id)
        rebuild = [item.id for item in items] != list(self.items)
        self.items = {item.id: item for item in items}
        if rebuild:
            self.boxes.clear()
            self.states.clear()
            for kind, group in self.groups.items():
                self._rebuild(kind, group, [i for i in items if i.kind == kind])
        for item in items:
            self._show(item)

    def _rebuild(
        self, kind: ChecklistKind, group: QGroupBox, items: list[ChecklistItemRecord]
    ) -> None:
        old = self.rows.pop(kind, None)
        if old is not None:
            old.deleteLater()
        rows = QWidget()
        grid = QGridLayout(rows)
        grid.setContentsMargins(0, 0, 0, 0)
        for row, item in enumerate(items):
            box = QCheckBox(checklist_label(item.item_key))
            box.setObjectName(item.item_key)
            box.toggled.connect(lambda on, key=item.id: self.tick(key, on))
            state = QLabel()
            state.setObjectName(f"state_{item.item_key}")
            self.boxes[item.item_key], self.states[item.id] = box, state
            grid.addWidget(box, row, 0)
            grid.addWidget(state, row, 1)
        grid.setColumnStretch(0, 1)
        self.group_layouts[kind].addWidget(rows)
        self.rows[kind] = rows
        group.setVisible(bool(items))

    def _show(self, item: ChecklistItemRecord) -> None:
        """Ticked or not; done on a day, due on a day, or overdue (in red)."""
        box = self.boxes[item.item_key]
        box.blockSignals(True)
        box.setChecked(item.done_on is not None)
        box.blockSignals(False)
        text, overdue = "", False
        if item.done_on is not None:
            text = self.tr("done {0}").format(item.done_on)
        elif item.due_date is not None:
            overdue = item.due_date < self.context.today()
            due = self.tr("overdue since {0}") if overdue else self.tr("due {0}")
            text = due.format(item.due_date)
        state = self.states[item.id]
        state.setText(text)
        state.setStyleSheet(PROBLEM_STYLE if overdue else "")

    def tick(self, item_id: int, on: bool) -> None:
        item = self.items[item_id]
        day: date | None = self.context.today() if on else None
        previous = item.done_on
        template = self.tr("Tick “{0}”") if on else self.tr("Untick “{0}”")
        done = self.run_edit(
            template.format(checklist_label(item.item_key)),
            lambda: self.service.tick(item_id, day, version=item.version),
            undo=lambda _done: self.service.tick(item_id, previous),
            redo=lambda _done: self.service.tick(item_id, day),
            close=False,
        )
        if not done:
            self.reload()

    def submit(self) -> None:
        self.accept()
