"""The MOU and its consultants: edit the MOU's period and yearly quota, add and edit
consultants (affiliation, position, fields, contact, active). Every save is an
operation with an undo step; a stale edit is refused with "someone changed it"."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from hubdesk.domain.enums import ConsultingField
from hubdesk.domain.records import MouRecord
from hubdesk.gui.common.editing import (
    GuardedDialog,
    OperationDialog,
    date_edit,
    field_refusal,
    open_dialog,
    problem_label,
)
from hubdesk.gui.common.records import Col, RecordsModel
from hubdesk.gui.common.views import list_table
from hubdesk.gui.context import PageContext
from hubdesk.gui.text.labels import label
from hubdesk.gui.topics import CONSULTANTS
from hubdesk.services.consulting.consultants import (
    ConsultantDetail,
    ConsultantDraft,
    ConsultantService,
    MouDraft,
    mou_draft,
)
from hubdesk.services.consulting.views import ConsultingViewService


class ConsultantDialog(OperationDialog):
    """Add a consultant, or edit one (``detail``) on the version that was read."""

    def __init__(
        self,
        context: PageContext,
        parent: QWidget | None = None,
        detail: ConsultantDetail | None = None,
    ) -> None:
        super().__init__(context, parent)
        self.detail = detail
        self.service = ConsultantService(context.db, context.actor)
        self.setWindowTitle(self.tr("Edit consultant") if detail else self.tr("New consultant"))
        self.name = QLineEdit()
        self.affiliation = QLineEdit()
        self.position = QLineEdit()
        self.phone = QLineEdit()
        self.email = QLineEdit()
        self.active = QCheckBox(self.tr("Takes sessions"))
        self.active.setChecked(True)
        self.field_boxes = {field: QCheckBox(label(field)) for field in ConsultingField}
        self._build()
        if detail is not None:
            self._load(detail.draft)
        for edit in (self.name, self.affiliation):
            edit.textChanged.connect(self.check)
        for box in self.field_boxes.values():
            box.toggled.connect(self.check)
        self.check()

    def _build(self) -> None:
        fields = QWidget()
        grid = QGridLayout(fields)
        grid.setContentsMargins(0, 0, 0, 0)
        for index, box in enumerate(self.field_boxes.values()):
            grid.addWidget(box, index // 2, index % 2)
        self.form.addRow(self.tr("Name"), self.name)
        self.form.addRow(self.tr("Affiliation"), self.affiliation)
        self.form.addRow(self.tr("Position"), self.position)
        self.form.addRow(self.tr("Fields"), fields)
        self.form.addRow(self.tr("Phone"), self.phone)
        self.form.addRow(self.tr("E-mail"), self.email)
        self.form.addRow("", self.active)
        self.finish_layout()
        self.setMinimumWidth(480)

    def _load(self, draft: ConsultantDraft) -> None:
        self.name.setText(draft.name)
        self.affiliation.setText(draft.affiliation)
        self.position.setText(draft.position)
        self.phone.setText(draft.phone or "")
        self.email.setText(draft.email or "")
        self.active.setChecked(draft.active)
        for field, box in self.field_boxes.items():
            box.setChecked(field in draft.fields)

    def draft(self) -> ConsultantDraft:
        return ConsultantDraft(
            self.name.text(),
            self.affiliation.text(),
            tuple(field for field, box in self.field_boxes.items() if box.isChecked()),
            self.position.text(),
            self.phone.text() or None,
            self.email.text() or None,
            self.active.isChecked(),
        )

    def check(self) -> None:
        draft = self.draft()
        hint = None
        if not draft.name.strip() or not draft.affiliation.strip():
            hint = self.tr("Enter the name and the affiliation.")
        elif not draft.fields:
            hint = self.tr("Tick at least one field.")
        self.show_problem(hint, hint=True)
        self.ok_button().setEnabled(hint is None)

    def submit(self) -> None:
        draft, service = self.draft(), self.service
        if self.detail is None:
            self.run_edit(
                self.tr("Add consultant {0}").format(draft.name.strip()),
                lambda: service.add_consultant(
                    draft.name,
                    draft.affiliation,
                    draft.fields,
                    position=draft.position,
                    phone=draft.phone,
                    email=draft.email,
                ),
                undo=lambda done: service.remove_consultant(done.id),
                redo=lambda done: service.restore_consultant(ConsultantDetail(done.id, draft, 1)),
            )
            return
        key, version, before = self.detail.id, self.detail.version, self.detail.draft
        self.run_edit(
            self.tr("Edit consultant {0}").format(draft.name.strip()),
            lambda: service.update_consultant(key, draft, version=version),
            undo=lambda _done: service.update_consultant(key, before),
            redo=lambda _done: service.update_consultant(key, draft),
        )


class MouDialog(GuardedDialog):
    """The MOU's terms above, its consultants below."""

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("MOU and consultants"))
        self.service = ConsultantService(context.db, context.actor)
        self.views = ConsultingViewService(context.db, context.actor)
        self.mou: MouRecord | None = None
        self.consultants: list[ConsultantDetail] = []
        self.partner = QLineEdit()
        self.title_edit = QLineEdit()
        self.start = date_edit(context.today(), context)
        self.end = date_edit(context.today(), context)
        self.quota = QSpinBox()
        self.quota.setRange(1, 1_000_000)
        self.quota.setGroupSeparatorShown(True)
        self.quota.setSuffix(self.tr(" h a year"))
        self.save_mou = QPushButton(self.tr("Save MOU"))
        self.mou_problem = problem_label()
        self.mou_problem.setObjectName("mouProblem")
        self.table = self._table()
        self.add_button = QPushButton(self.tr("Add…"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self._build()
        self.save_mou.clicked.connect(lambda _checked=False: self.submit_mou())
        self.add_button.clicked.connect(lambda _checked=False: self.add_consultant())
        self.edit_button.clicked.connect(lambda _checked=False: self.edit_consultant())
        self.table.doubleClicked.connect(lambda _index: self.edit_consultant())
        self.table.selectionModel().selectionChanged.connect(
            lambda _selected, _deselected: self._update_buttons()
        )
        for edit in (self.start, self.end):
            edit.dateChanged.connect(self._check_period)
            edit.refusalChanged.connect(self._check_period)
        context.ops.changed.connect(self._changed)
        self.reload()

    def _table(self) -> QTableView:
        """The consultants (3,600 at scale 300): a model makes the cells the view shows."""
        self.model = RecordsModel(
            [
                Col(self.tr("Name"), lambda c: c.draft.name),
                Col(self.tr("Affiliation"), lambda c: c.draft.affiliation),
                Col(self.tr("Position"), lambda c: c.draft.position),
                Col(self.tr("Fields"), lambda c: ", ".join(label(f) for f in c.draft.fields)),
                Col(self.tr("Phone"), lambda c: c.draft.phone or ""),
                Col(
                    self.tr("Active"), lambda c: self.tr("Yes") if c.draft.active else self.tr("No")
                ),
            ],
            self,
        )
        table = QTableView()
        table.setObjectName("consultants")
        table.setModel(self.model)
        list_table(table, stretch_column=3)
        return table

    def _build(self) -> None:
        terms = QGroupBox(self.tr("MOU"))
        self.terms_form = form = QFormLayout(terms)
        form.addRow(self.tr("Partner"), self.partner)
        form.addRow(self.tr("Title"), self.title_edit)
        period = QHBoxLayout()
        period.addWidget(self.start)
        period.addWidget(QLabel("–"))
        period.addWidget(self.end)
        period.addStretch(1)
        form.addRow(self.tr("Period"), period)
        self.quota.setMinimumWidth(160)
        quota_row = QHBoxLayout()
        quota_row.addWidget(self.quota)
        quota_row.addStretch(1)
        quota_row.addWidget(self.save_mou)
        form.addRow(self.tr("Yearly quota"), quota_row)
        form.addRow(self.mou_problem)
        people = QGroupBox(self.tr("Consultants"))
        people_layout = QHBoxLayout(people)
        people_layout.addWidget(self.table, 1)
        buttons = QVBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.edit_button)
        buttons.addStretch(1)
        people_layout.addLayout(buttons)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(terms)
        layout.addWidget(people, 1)
        layout.addWidget(close)
        self.resize(820, 600)

    def reload(self) -> None:
        self.mou = self.views.mou(self.context.today())
        self.save_mou.setEnabled(self.mou is not None)
        if self.mou is not None:
            self.partner.setText(self.mou.partner)
            self.title_edit.setText(self.mou.title)
            self.start.setDate(self.mou.start_date)
            self.end.setDate(self.mou.end_date)
            self.quota.setValue(self.mou.yearly_quota_hours)
        self._fill_consultants()

    def _changed(self, topics: frozenset[str]) -> None:
        if not topics or topics & {CONSULTANTS}:
            self.reload()

    def _fill_consultants(self) -> None:
        keep = self.selected()
        self.consultants = self.views.consultants()
        self.model.set_rows(self.consultants)
        ids = [c.id for c in self.consultants]
        if keep is not None and keep.id in ids:
            self.table.selectRow(ids.index(keep.id))
        self._update_buttons()

    def selected(self) -> ConsultantDetail | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.consultants):
            return None
        return self.consultants[rows[0].row()]

    def _update_buttons(self) -> None:
        self.edit_button.setEnabled(self.selected() is not None)

    def edited_mou(self) -> MouDraft | None:
        """The MOU as typed; None while a date of its period is mistyped."""
        start, end = self.start.date(), self.end.date()
        if start is None or end is None:
            return None
        return MouDraft(self.partner.text(), self.title_edit.text(), start, end, self.quota.value())

    def _check_period(self) -> None:
        """A mistyped day of the period is named under the terms; Save waits for it."""
        refused = field_refusal(self.terms_form)
        self.mou_problem.setText(refused[0] if refused else "")
        self.mou_problem.setVisible(refused is not None)
        self.save_mou.setEnabled(self.mou is not None and refused is None)

    def submit_mou(self) -> None:
        draft = self.edited_mou()
        if self.mou is None or draft is None:
            return
        key, read = self.mou.id, mou_draft(self.mou)
        service = self.service
        self.mou_problem.hide()

        def report(message: str) -> None:
            self.mou_problem.setText(message)
            self.mou_problem.show()

        saved = self.context.ops.run(
            self.tr("Change the MOU"),
            lambda: service.update_mou(key, draft, expected=read),
            undo=lambda _done: service.update_mou(key, read),
            redo=lambda _done: service.update_mou(key, draft),
            report=report,
        )
        if saved is not None:
            self.mark_saved()  # closing now throws nothing away

    def add_consultant(self) -> None:
        open_dialog(ConsultantDialog(self.context, self))

    def edit_consultant(self) -> None:
        chosen = self.selected()
        if chosen is not None:
            open_dialog(ConsultantDialog(self.context, self, chosen))
