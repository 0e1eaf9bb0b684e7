"""The dialogs of the Training page: a course, a participant, a participant's attendance.

Each runs its edit through ``OperationDialog.run_edit`` (the window's operation path: a
refusal stays in the dialog, the pages refresh, an undo step is pushed). Edits name the
version they were opened on, so a stale edit is refused by the service.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QSpinBox, QWidget

from hubdesk.domain.enums import ParticipantKind, TrainingCategory
from hubdesk.domain.goals import CourseDraft, CourseRecord, ParticipantRecord
from hubdesk.gui.common.editing import OperationDialog, date_edit, hint_label
from hubdesk.gui.context import PageContext
from hubdesk.gui.text.labels import label
from hubdesk.services.goals.training import (
    ParticipantDraft,
    TrainingService,
    course_draft_of,
    participant_draft_of,
)

MAX_HOURS = 10_000
MAX_SESSIONS = 1_000
MAX_HEADCOUNT = 1_000_000


def spin(minimum: int, maximum: int, value: int, suffix: str = "") -> QSpinBox:
    box = QSpinBox()
    box.setRange(minimum, maximum)
    box.setValue(value)
    box.setSuffix(suffix)
    box.setGroupSeparatorShown(True)
    return box


class VersionedSteps:
    """Save an edit of a versioned record; undo saves the values it had before.

    ``save(record_id, version, values)`` returns the saved record (with its new version).
    """

    def __init__(self, save: Any, record_id: int, version: int, before: Any, after: Any) -> None:
        self._save, self._id, self._version = save, record_id, version
        self._before, self._after = before, after

    def do(self) -> Any:
        return self._put(self._after)

    def undo(self, _saved: object) -> Any:
        return self._put(self._before)

    def redo(self, _saved: object) -> Any:
        return self._put(self._after)

    def _put(self, values: Any) -> Any:
        saved = self._save(self._id, self._version, values)
        self._version = saved.version
        return saved


def run_versioned_edit(
    dialog: OperationDialog, text: str, save: Any, record: Any, before: Any, after: Any
) -> None:
    """Save ``record`` (its ``id`` and ``version``) from ``before`` to ``after`` through
    ``dialog``'s operation path; undo saves ``before`` again."""
    steps = VersionedSteps(save, record.id, record.version, before, after)
    dialog.run_edit(text, steps.do, undo=steps.undo, redo=steps.redo)


class CourseDialog(OperationDialog):
    """A new course (``course`` None) or an edit of one."""

    def __init__(
        self,
        context: PageContext,
        parent: QWidget | None = None,
        course: CourseRecord | None = None,
    ) -> None:
        super().__init__(context, parent)
        self.service = TrainingService(context.db, context.actor)
        self.before = course
        self.created: CourseRecord | None = None
        self.setWindowTitle(self.tr("Edit course") if course else self.tr("New course"))
        today = context.today()
        self.title_edit = QLineEdit()
        self.title_edit.setObjectName("courseTitle")
        self.title_edit.setPlaceholderText(self.tr("e.g. 2026 사회적경제 아카데미 기초과정"))
        self.category = QComboBox()
        for category in TrainingCategory:
            self.category.addItem(label(category), category)
        self.start = date_edit(today, context)
        self.end = date_edit(today, context)
        self.place = QLineEdit()
        self.hours = spin(0, MAX_HOURS, 2, self.tr(" h"))
        self.sessions = spin(1, MAX_SESSIONS, 1)
        self.percent = spin(1, 100, 80, "%")
        self.provider = QLineEdit()
        self.headcount_only = QCheckBox(self.tr("Headcount only (no participant list)"))
        self.headcount_only.setObjectName("headcountOnly")
        self.participants = spin(0, MAX_HEADCOUNT, 0)
        self.completed = spin(0, MAX_HEADCOUNT, 0)
        self._build()
        if course is not None:
            self._load(course)
        self._connect()
        self.check()

    def _build(self) -> None:
        self.form.addRow(self.tr("Title"), self.title_edit)
        self.form.addRow(self.tr("Category"), self.category)
        self.form.addRow(self.tr("First day"), self.start)
        self.form.addRow(self.tr("Last day"), self.end)
        self.form.addRow(self.tr("Place"), self.place)
        self.form.addRow(self.tr("Hours"), self.hours)
        self.form.addRow(self.tr("Sessions"), self.sessions)
        self.form.addRow(self.tr("Completed at"), self.percent)
        self.form.addRow(self.tr("Partner"), self.provider)
        self.form.addRow("", self.headcount_only)
        self.form.addRow(self.tr("Participants"), self.participants)
        self.form.addRow(self.tr("Completed"), self.completed)
        note = hint_label(
            self.tr(
                "A participant completes the course by attending at least this share of its "
                "sessions. For a visit where only the numbers are known (a school class), "
                "choose headcount only and type the numbers."
            )
        )
        self.finish_layout(note)
        self.setMinimumWidth(520)

    def _load(self, course: CourseRecord) -> None:
        self.title_edit.setText(course.title)
        self.category.setCurrentIndex(self.category.findData(course.category))
        self.start.setDate(course.start_date)
        self.end.setDate(course.end_date)
        self.place.setText(course.place)
        self.hours.setValue(course.hours)
        self.sessions.setValue(course.sessions)
        self.percent.setValue(course.completion_percent)
        self.provider.setText(course.provider)
        self.headcount_only.setChecked(not course.named)
        self.participants.setValue(course.participants)
        self.completed.setValue(course.completed)

    def _connect(self) -> None:
        self.title_edit.textChanged.connect(self.check)
        self.headcount_only.toggled.connect(self.check)
        self.participants.valueChanged.connect(self.check)
        self.completed.valueChanged.connect(self.check)
        self.start.dateChanged.connect(self.check)
        self.end.dateChanged.connect(self.check)

    def draft(self) -> CourseDraft | None:
        start, end = self.start.date(), self.end.date()
        if start is None or end is None:
            return None
        headcounts = self.headcount_only.isChecked()  # a list's counts are the service's
        return CourseDraft(
            self.title_edit.text(),
            TrainingCategory(self.category.currentData()),
            start,
            end,
            place=self.place.text(),
            hours=self.hours.value(),
            sessions=self.sessions.value(),
            completion_percent=self.percent.value(),
            provider=self.provider.text(),
            named=not headcounts,
            participants=self.participants.value() if headcounts else 0,
            completed=self.completed.value() if headcounts else 0,
        )

    def check(self) -> None:
        headcounts = self.headcount_only.isChecked()
        self.participants.setEnabled(headcounts)
        self.completed.setEnabled(headcounts)
        if self.refuse_fields():
            return
        problem = self._problem()
        self.show_problem(problem, hint=not self.title_edit.text().strip())
        self.ok_button().setEnabled(problem is None)

    def _problem(self) -> str | None:
        draft = self.draft()
        if not self.title_edit.text().strip():
            return self.tr("Enter the course's title.")
        if draft is not None and draft.end_date < draft.start_date:
            return self.tr("The last day is before the first day.")
        if self.headcount_only.isChecked() and self.completed.value() > self.participants.value():
            return self.tr("More completed than participants.")
        return None

    def submit(self) -> None:
        draft = self.draft()
        if draft is None or self._problem() is not None:
            return
        service = self.service
        if self.before is None:
            self.run_edit(
                self.tr("New course {0}").format(draft.title.strip()),
                lambda: self._added(service.add_course(draft)),
                undo=lambda added: service.remove_course(added.id),
                redo=lambda _added: service.add_course(draft),
            )
            return
        run_versioned_edit(
            self,
            self.tr("Edit course {0}").format(draft.title.strip()),
            service.update_course,
            self.before,
            course_draft_of(self.before),
            draft,
        )

    def _added(self, course: CourseRecord) -> CourseRecord:
        self.created = course
        return course


class ParticipantDialog(OperationDialog):
    """A new participant of a course (``person`` None) or an edit of one. Never a
    resident number: name, affiliation, kind and a phone to tell namesakes apart."""

    def __init__(
        self,
        context: PageContext,
        course: CourseRecord,
        parent: QWidget | None = None,
        person: ParticipantRecord | None = None,
    ) -> None:
        super().__init__(context, parent)
        self.service = TrainingService(context.db, context.actor)
        self.course, self.before = course, person
        title = self.tr("Edit participant") if person else self.tr("New participant")
        self.setWindowTitle(f"{title} — {course.title}")
        self.name = QLineEdit()
        self.name.setObjectName("participantName")
        self.affiliation = QLineEdit()
        self.affiliation.setPlaceholderText(self.tr("e.g. 금천구청, 가산마을부엌, 금천고등학교"))
        self.kind = QComboBox()
        for kind in ParticipantKind:
            self.kind.addItem(label(kind), kind)
        self.phone = QLineEdit()
        self.phone.setPlaceholderText(self.tr("010-1234-5678 (optional)"))
        self.form.addRow(self.tr("Name"), self.name)
        self.form.addRow(self.tr("Affiliation"), self.affiliation)
        self.form.addRow(self.tr("Kind"), self.kind)
        self.form.addRow(self.tr("Phone"), self.phone)
        self.finish_layout()
        self.setMinimumWidth(440)
        if person is not None:
            self.name.setText(person.name)
            self.affiliation.setText(person.affiliation)
            self.kind.setCurrentIndex(self.kind.findData(person.kind))
            self.phone.setText(person.phone or "")
        self.name.textChanged.connect(self.check)
        self.check()

    def draft(self) -> ParticipantDraft:
        phone = self.phone.text().strip() or None
        return ParticipantDraft(
            self.name.text(),
            self.affiliation.text(),
            ParticipantKind(self.kind.currentData()),
            phone,
        )

    def check(self) -> None:
        if self.refuse_fields():
            return
        missing = not self.name.text().strip()
        self.show_problem(self.tr("Enter the participant's name.") if missing else None, hint=True)
        self.ok_button().setEnabled(not missing)

    def submit(self) -> None:
        draft, service = self.draft(), self.service
        if not draft.name.strip():
            return
        text = self.tr("Participant {0}").format(draft.name.strip())
        if self.before is None:
            course_id = self.course.id
            self.run_edit(
                text,
                lambda: service.add_participant(course_id, draft),
                undo=lambda added: service.remove_participant(added.id, added.version),
                redo=lambda _added: service.add_participant(course_id, draft),
            )
            return
        run_versioned_edit(
            self,
            text,
            service.update_participant,
            self.before,
            participant_draft_of(self.before),
            draft,
        )


class AttendanceDialog(OperationDialog):
    """How many of the course's sessions a participant attended."""

    def __init__(
        self,
        context: PageContext,
        course: CourseRecord,
        person: ParticipantRecord,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(context, parent)
        self.service = TrainingService(context.db, context.actor)
        self.person = person
        self.setWindowTitle(self.tr("Attendance — {0}").format(person.name))
        self.attended = spin(0, course.sessions, min(person.sessions_attended, course.sessions))
        self.attended.setObjectName("sessionsAttended")
        self.attended.setSuffix(self.tr(" of {0} sessions").format(course.sessions))
        self.form.addRow(self.tr("Sessions attended"), self.attended)
        needed = -(-course.sessions * course.completion_percent // 100)  # rounded up
        rule = self.tr("Completed with {0} or more sessions ({1}% of {2}).")
        self.finish_layout(
            hint_label(rule.format(needed, course.completion_percent, course.sessions))
        )
        self.setMinimumWidth(360)
        self.check()

    def submit(self) -> None:
        service, person = self.service, self.person
        sessions = self.attended.value()
        run_versioned_edit(
            self,
            self.tr("Attendance of {0}: {1}").format(person.name, sessions),
            service.set_attendance,
            person,
            person.sessions_attended,
            sessions,
        )
