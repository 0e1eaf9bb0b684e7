"""The dialogs of the Procurement page: a purchase, and a department's yearly target.

A purchase names one of the hub's teams (the team picker; its name and kind come from
the team) or an outside enterprise typed by name with its kind. Targets are the
district's plan: the service lets administrators set them and refuses the others.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QRadioButton,
    QSpinBox,
    QWidget,
)

from hubdesk.domain.enums import PurchaseCategory, TeamKind
from hubdesk.domain.goals import PurchaseRecord
from hubdesk.gui.common.editing import OperationDialog, date_edit, hint_label
from hubdesk.gui.common.team_picker import TeamPicker
from hubdesk.gui.common.won_edit import WonEdit
from hubdesk.gui.context import PageContext
from hubdesk.gui.goals.training_dialogs import run_versioned_edit
from hubdesk.gui.text.labels import label
from hubdesk.services.goals.procurement import (
    DepartmentTarget,
    ProcurementService,
    PurchaseDraft,
    purchase_draft_of,
)
from hubdesk.services.people.teams import TeamService

MAX_AMOUNT = 10**13


def department_combo(departments: list[str]) -> QComboBox:
    """The departments known so far; a new one is typed."""
    combo = QComboBox()
    combo.setEditable(True)
    combo.addItems(departments)
    combo.setCurrentIndex(-1)
    edit = combo.lineEdit()
    if edit is not None:
        edit.setPlaceholderText(QCoreApplication.translate("PurchaseDialog", "e.g. 일자리경제과"))
    return combo


class PurchaseDialog(OperationDialog):
    """A new purchase (``record`` None) or an edit of one."""

    def __init__(
        self,
        context: PageContext,
        departments: list[str],
        parent: QWidget | None = None,
        record: PurchaseRecord | None = None,
    ) -> None:
        super().__init__(context, parent)
        self.service = ProcurementService(context.db, context.actor)
        self.before = record
        self.setWindowTitle(self.tr("Edit purchase") if record else self.tr("New purchase"))
        self.day = date_edit(context.today(), context)
        self.department = department_combo(departments)
        self.department.setObjectName("purchaseDepartment")
        self.hub_team = QRadioButton(self.tr("One of the hub's teams"))
        self.outside = QRadioButton(self.tr("Another enterprise"))
        self.choice = QButtonGroup(self)
        self.choice.addButton(self.hub_team)
        self.choice.addButton(self.outside)
        self.team = TeamPicker(context)
        self.team.setObjectName("purchaseTeam")
        self.name = QLineEdit()
        self.name.setObjectName("enterpriseName")
        self.name.setPlaceholderText(self.tr("The enterprise's name"))
        self.kind = QComboBox()
        for kind in TeamKind:
            self.kind.addItem(label(kind), kind)
        self.category = QComboBox()
        for category in PurchaseCategory:
            self.category.addItem(label(category), category)
        self.amount = WonEdit(None, minimum=1, maximum=MAX_AMOUNT, optional=True)
        self.amount.setObjectName("purchaseAmount")
        self.evidence = QLineEdit()
        self.evidence.setPlaceholderText(self.tr("e.g. 지출결의서 2026-0412, 계약서 사본"))
        self._build()
        self._load(record)
        self._connect()
        self.check()

    def _build(self) -> None:
        who = QHBoxLayout()
        who.addWidget(self.hub_team)
        who.addWidget(self.outside)
        who.addStretch(1)
        self.form.addRow(self.tr("Date"), self.day)
        self.form.addRow(self.tr("Department"), self.department)
        self.form.addRow(self.tr("Enterprise"), who)
        self.form.addRow(self.tr("Team"), self.team)
        self.form.addRow(self.tr("Name"), self.name)
        self.form.addRow(self.tr("Kind"), self.kind)
        self.form.addRow(self.tr("Goods / services / works"), self.category)
        self.form.addRow(self.tr("Amount (won)"), self.amount.with_words())
        self.form.addRow(self.tr("Evidence"), self.evidence)
        self.finish_layout()
        self.setMinimumWidth(540)

    def _load(self, record: PurchaseRecord | None) -> None:
        self.hub_team.setChecked(record is None or record.team_id is not None)
        self.outside.setChecked(record is not None and record.team_id is None)
        if record is None:
            return
        self.day.setDate(record.purchased_on)
        self.department.setEditText(record.department)
        if record.team_id is not None:
            self.team.set_team(record.team_id)
        else:
            self.name.setText(record.enterprise_name)
        self.kind.setCurrentIndex(self.kind.findData(record.enterprise_kind))
        self.category.setCurrentIndex(self.category.findData(record.category))
        self.amount.setValue(record.amount)
        self.evidence.setText(record.evidence)

    def _connect(self) -> None:
        self.hub_team.toggled.connect(self.check)
        self.team.team_changed.connect(self._team_chosen)
        self.name.textChanged.connect(self.check)
        self.department.editTextChanged.connect(self.check)
        self.amount.valueChanged.connect(self.check)

    def _team_chosen(self, team_id: int | None) -> None:
        if team_id is not None:
            team = TeamService(self.context.db, self.context.actor).get(team_id)
            self.kind.setCurrentIndex(self.kind.findData(team.kind))
        self.check()

    def draft(self) -> PurchaseDraft | None:
        day, amount = self.day.date(), self.amount.value()
        if day is None or amount is None:
            return None
        team_id = self.team.team_id() if self.hub_team.isChecked() else None
        return PurchaseDraft(
            day,
            self.department.currentText(),
            "" if team_id is not None else self.name.text(),
            None if team_id is not None else TeamKind(self.kind.currentData()),
            PurchaseCategory(self.category.currentData()),
            amount,
            self.evidence.text(),
            team_id,
        )

    def check(self) -> None:
        from_hub = self.hub_team.isChecked()
        self.team.setEnabled(from_hub)
        self.name.setEnabled(not from_hub)
        self.kind.setEnabled(not from_hub)
        if self.refuse_fields():
            return
        missing = self._missing()
        self.show_problem(missing, hint=True)
        self.ok_button().setEnabled(missing is None)

    def _missing(self) -> str | None:
        if not self.department.currentText().strip():
            return self.tr("Enter the department that bought.")
        if self.hub_team.isChecked():
            return self.team.missing()
        if not self.name.text().strip():
            return self.tr("Enter the enterprise's name.")
        if not self.amount.value():
            return self.tr("Enter the amount.")
        return None

    def submit(self) -> None:
        draft = self.draft()
        if draft is None or self._missing() is not None:
            return
        service = self.service
        text = self.tr("Purchase of {0} won").format(f"{draft.amount:,}")
        if self.before is None:
            self.run_edit(
                text,
                lambda: service.add_purchase(draft),
                undo=lambda added: service.remove_purchase(added.id, added.version),
                redo=lambda _added: service.add_purchase(draft),
            )
            return
        run_versioned_edit(
            self,
            text,
            service.update_purchase,
            self.before,
            purchase_draft_of(self.before),
            draft,
        )


class TargetDialog(OperationDialog):
    """A department's purchase target for a year (this year's or the next year's plan)."""

    def __init__(
        self,
        context: PageContext,
        year: int,
        departments: list[str],
        parent: QWidget | None = None,
        department: str = "",
    ) -> None:
        super().__init__(context, parent)
        self.service = ProcurementService(context.db, context.actor)
        self.shown: DepartmentTarget | None = None  # the target as read, for the save
        self.setWindowTitle(self.tr("Department target"))
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(year)
        self.department = department_combo(departments)
        self.department.setObjectName("targetDepartment")
        self.department.setEditText(department)
        self.amount = WonEdit(None, maximum=MAX_AMOUNT, optional=True)
        self.amount.setObjectName("targetAmount")
        self.form.addRow(self.tr("Year"), self.year)
        self.form.addRow(self.tr("Department"), self.department)
        self.form.addRow(self.tr("Target (won)"), self.amount.with_words())
        self.finish_layout(hint_label(self.tr("Choose the next year to enter the plan's target.")))
        self.setMinimumWidth(440)
        self.year.valueChanged.connect(self._show_stored)
        self.department.editTextChanged.connect(self._show_stored)
        self.amount.valueChanged.connect(self.check)
        self._show_stored()

    def stored(self) -> DepartmentTarget | None:
        name = self.department.currentText().strip()
        targets = self.service.targets(self.year.value()) if name else []
        return next((t for t in targets if t.department == name), None)

    def _show_stored(self) -> None:
        stored = self.shown = self.stored()
        if stored is not None:
            self.amount.setValue(stored.amount)
        self.check()

    def check(self) -> None:
        if self.refuse_fields():
            return
        missing = None
        if not self.department.currentText().strip():
            missing = self.tr("Enter the department.")
        elif self.amount.value() is None:
            missing = self.tr("Enter the target.")
        self.show_problem(missing, hint=True)
        self.ok_button().setEnabled(missing is None)

    def submit(self) -> None:
        amount = self.amount.value()
        department = self.department.currentText().strip()
        if amount is None or not department:
            return
        year, service, before = self.year.value(), self.service, self.shown  # as read

        def undo(saved: DepartmentTarget) -> object:
            if before is None:
                return service.remove_target(saved.id, saved.version)
            return service.set_target(year, department, before.amount)

        self.run_edit(
            self.tr("Target of {0} for {1}").format(department, year),
            lambda: service.set_target(
                year, department, amount, version=before.version if before else 0
            ),
            undo=undo,
            redo=lambda _saved: service.set_target(year, department, amount),
        )
