"""Consulting session dialogs: schedule (or change) a session, complete it, cancel it.

Each runs its edit on OK with an undo step (``OperationDialog.run_edit``). The schedule
dialog asks the service as the user types: a double booking or a date outside the MOU
is shown inline with OK disabled; going over the yearly quota is a warning the user
accepts with a tick.
"""

from __future__ import annotations

from datetime import date, time
from html import escape

from PySide6.QtCore import QCoreApplication, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QLabel,
    QLineEdit,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from hubdesk.domain.enums import ConsultingField, SessionMode, SessionStatus
from hubdesk.domain.records import SessionRecord
from hubdesk.gui.common.editing import (
    HINT_STYLE,
    OperationDialog,
    date_edit,
    note_edit,
    problem_of,
)
from hubdesk.gui.common.elided import DetailText
from hubdesk.gui.common.team_picker import TeamPicker
from hubdesk.gui.consulting.quota_chart import hours_text
from hubdesk.gui.context import PageContext
from hubdesk.gui.text.labels import label
from hubdesk.services.consulting.sessions import ConsultingService, SessionDraft, draft_of
from hubdesk.services.consulting.views import ConsultingViewService, SessionDetail

WARNING_STYLE = "color: #a35200;"
NOTE_HEIGHT = 64


def when_text(row: SessionRecord) -> str:
    return f"{row.starts_at:%Y-%m-%d %H:%M}–{row.ends_at:%H:%M}"


def session_heading(row: SessionRecord) -> str:
    """``팀 · 컨설턴트 · 2026-11-24 10:00–11:00``"""
    return f"{row.team_name} · {row.consultant_name} · {when_text(row)}"


class ScheduleDialog(OperationDialog):
    """Book a session, or change a scheduled one (``session_id``); clashes show before OK."""

    def __init__(
        self,
        context: PageContext,
        parent: QWidget | None = None,
        *,
        day: date | None = None,
        start: time | None = None,
        team_id: int | None = None,
        session_id: int | None = None,
    ) -> None:
        super().__init__(context, parent)
        self.service = ConsultingService(context.db, context.actor)
        self.views = ConsultingViewService(context.db, context.actor)
        self.detail: SessionDetail | None = None
        if session_id is not None:
            self.detail = self.views.detail(session_id)
        self.setWindowTitle(
            self.tr("Change session") if self.detail else self.tr("Schedule session")
        )
        self.team = TeamPicker(context)
        self.consultant = QComboBox()
        self.field = QComboBox()
        self.day = date_edit(day or context.today(), context)
        self.start = QTimeEdit()
        self.hours = QDoubleSpinBox()
        self.mode = QComboBox()
        self.place = QLineEdit()
        self.topic = QLineEdit()
        self.quota = QLabel()
        self.quota.setObjectName("quota")
        self.quota.setWordWrap(True)
        self.accept_over = QCheckBox(self.tr("Book it beyond the yearly quota"))
        self._booked_by_year: dict[int, float] = {}
        self._quota_by_year: dict[int, int] = {}
        self._build(start or time(10, 0))
        self._fill_consultants()
        self._load(team_id)
        self._connect()
        self.check()

    def _build(self, start: time) -> None:
        self.start.setDisplayFormat("HH:mm")
        self.start.setTime(QTime(start.hour, start.minute))
        self.hours.setRange(0.5, 8.0)
        self.hours.setSingleStep(0.5)
        self.hours.setDecimals(1)
        self.hours.setValue(1.0)
        self.hours.setSuffix(self.tr(" h"))
        for mode in SessionMode:
            self.mode.addItem(label(mode), mode)
        self.place.setPlaceholderText(self.tr("e.g. Hub meeting room 2, or the video link"))
        self.topic.setPlaceholderText(self.tr("What the team wants advice on"))
        self.form.addRow(self.tr("Team"), self.team)
        self.form.addRow(self.tr("Consultant"), self.consultant)
        self.form.addRow(self.tr("Field"), self.field)
        self.form.addRow(self.tr("Date"), self.day)
        self.form.addRow(self.tr("Start"), self.start)
        self.form.addRow(self.tr("Hours"), self.hours)
        self.form.addRow(self.tr("Mode"), self.mode)
        self.form.addRow(self.tr("Place"), self.place)
        self.form.addRow(self.tr("Topic"), self.topic)
        self.accept_over.hide()
        self.finish_layout(self.quota, self.accept_over)
        self.setMinimumWidth(540)

    def _fill_consultants(self) -> None:
        keep = self.detail.row.consultant_id if self.detail else None
        self.fields_of: dict[int, tuple[ConsultingField, ...]] = {}
        for consultant in self.views.consultants():
            if not consultant.draft.active and consultant.id != keep:
                continue
            self.fields_of[consultant.id] = consultant.draft.fields
            text = f"{consultant.name} · {consultant.draft.affiliation}"
            self.consultant.addItem(text, consultant.id)
        self.consultant.setCurrentIndex(-1 if keep is None else self.consultant.findData(keep))
        self._fill_fields()

    def _fill_fields(self) -> None:
        chosen = self.field.currentData()
        self.field.clear()
        for field in self.fields_of.get(self.consultant_id() or 0, ()):
            self.field.addItem(label(field), field)
        index = self.field.findData(chosen)
        self.field.setCurrentIndex(max(index, 0))

    def _load(self, team_id: int | None) -> None:
        if self.detail is None:
            if team_id is not None:
                self.team.set_team(team_id)
            return
        row = self.detail.row
        self.team.set_team(row.team_id)
        self.field.setCurrentIndex(self.field.findData(row.field))
        self.day.setDate(row.starts_at.date())
        self.start.setTime(QTime(row.starts_at.hour, row.starts_at.minute))
        self.hours.setValue(row.hours)
        self.mode.setCurrentIndex(self.mode.findData(row.mode))
        self.place.setText(row.place)
        self.topic.setText(row.topic)

    def _connect(self) -> None:
        self.team.team_changed.connect(self.check)
        self.consultant.currentIndexChanged.connect(self._fill_fields)
        self.consultant.currentIndexChanged.connect(self.check)
        self.field.currentIndexChanged.connect(self.check)
        self.day.dateChanged.connect(self.check)
        self.start.timeChanged.connect(self.check)
        self.hours.valueChanged.connect(self.check)
        self.mode.currentIndexChanged.connect(self.check)
        self.topic.textChanged.connect(self.check)
        self.accept_over.toggled.connect(self.check)

    def consultant_id(self) -> int | None:
        value = self.consultant.currentData()
        return int(value) if value is not None else None

    def draft(self) -> SessionDraft | None:
        team, consultant, field = (
            self.team.team_id(),
            self.consultant_id(),
            self.field.currentData(),
        )
        day = self.day.date()
        if team is None or consultant is None or field is None or day is None:
            return None
        start = self.start.time()
        return SessionDraft(
            team,
            consultant,
            ConsultingField(field),
            day,
            time(start.hour(), start.minute()),
            round(self.hours.value() * 60),
            SessionMode(self.mode.currentData()),
            self.topic.text(),
            self.place.text(),
        )

    def check(self) -> None:
        """Ask the service whether the booking would pass; show why not, and the quota."""
        if self.refuse_fields():
            self._show_quota()
            return
        draft = self.draft()
        exclude = self.detail.row.id if self.detail else None
        problem = None
        if draft is not None:
            problem = problem_of(lambda: self.service.check_schedule(draft, exclude))
        hint = self._missing()
        if problem is not None:
            self.show_problem(problem)
        else:
            self.show_problem(hint, hint=True)
        over = self._show_quota()
        ready = problem is None and hint is None and draft is not None
        self.ok_button().setEnabled(ready and (not over or self.accept_over.isChecked()))

    def _missing(self) -> str | None:
        if (missing := self.team.missing()) is not None:
            return missing
        if self.consultant_id() is None:
            return self.tr("Choose a consultant.")
        if not self.topic.text().strip():
            return self.tr("Enter the topic.")
        return None

    def _show_quota(self) -> bool:
        """The year's booked hours with this session; True when that goes over the quota."""
        day = self.day.date()
        if day is None:  # a mistyped date books nothing: no quota to show
            self.quota.setText("")
            self.accept_over.hide()
            return False
        year = day.year
        if year not in self._quota_by_year:
            burn = self.views.burn_down(year)
            self._quota_by_year[year] = burn.quota_hours
            self._booked_by_year[year] = burn.used + burn.planned
        quota, booked = self._quota_by_year[year], self._booked_by_year[year]
        if self.detail and self.detail.row.starts_at.year == year:
            booked -= self.detail.row.hours  # the session itself is counted already
        after = booked + self.hours.value()
        text = self.tr("{0}: {1} of {2} quota hours booked; with this session {3}.").format(
            year, hours_text(booked), f"{quota:,}", hours_text(after)
        )
        over = bool(quota) and after > quota
        if over:
            text += " " + self.tr("This goes over the yearly quota by {0} h.").format(
                hours_text(after - quota)
            )
        self.quota.setText(text)
        self.quota.setStyleSheet(WARNING_STYLE if over else HINT_STYLE)
        self.accept_over.setVisible(over)
        return over

    def submit(self) -> None:
        draft = self.draft()
        if draft is None or not self.ok_button().isEnabled():
            return
        service = self.service
        if self.detail is None:
            text = self.tr("Schedule {0} with {1}").format(
                self.team.text(), self.consultant.currentText()
            )
            self.run_edit(
                text,
                lambda: service.schedule(draft),
                undo=lambda done: service.unschedule(done.session.id),
                redo=lambda done: service.restore_session(done.session),
            )
            return
        session_id, version = self.detail.row.id, self.detail.version
        before = draft_of(self.detail.row)
        self.run_edit(
            self.tr("Change session of {0}").format(self.detail.row.team_name),
            lambda: service.reschedule(session_id, draft, version=version),
            undo=lambda _done: service.reschedule(session_id, before),
            redo=lambda _done: service.reschedule(session_id, draft),
        )


class CompleteDialog(OperationDialog):
    """Record how a session went: summary, advice, follow-up actions, satisfaction."""

    def __init__(
        self, context: PageContext, session_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(context, parent)
        self.setWindowTitle(self.tr("Complete session"))
        self.service = ConsultingService(context.db, context.actor)
        self.detail = ConsultingViewService(context.db, context.actor).detail(session_id)
        self.summary = note_edit(90)
        self.advice = note_edit(NOTE_HEIGHT)
        self.follow_up = note_edit(NOTE_HEIGHT)
        self.satisfaction = QComboBox()
        self.satisfaction.addItem(self.tr("Not asked"), None)
        for score in range(5, 0, -1):
            self.satisfaction.addItem(self._score_text(score), score)
        self.form.addRow(self.tr("Session"), QLabel(session_heading(self.detail.row)))
        self.form.addRow(self.tr("Summary"), self.summary)
        self.form.addRow(self.tr("Advice"), self.advice)
        self.form.addRow(self.tr("Follow-up actions"), self.follow_up)
        self.form.addRow(self.tr("Satisfaction"), self.satisfaction)
        self.finish_layout()
        self.name_buttons(self.tr("Record as held"))
        self.setMinimumWidth(520)
        self.summary.textChanged.connect(self.check)
        self.check()

    def _score_text(self, score: int) -> str:
        words = {
            5: self.tr("Very satisfied"),
            4: self.tr("Satisfied"),
            3: self.tr("Neutral"),
            2: self.tr("Dissatisfied"),
            1: self.tr("Very dissatisfied"),
        }
        return f"{score} – {words[score]}"

    def check(self) -> None:
        empty = not self.summary.toPlainText().strip()
        self.show_problem(self.tr("Write a summary of the session.") if empty else None, hint=True)
        self.ok_button().setEnabled(not empty)

    def submit(self) -> None:
        session_id, service = self.detail.row.id, self.service
        texts = (
            self.summary.toPlainText(),
            self.advice.toPlainText(),
            self.follow_up.toPlainText(),
        )
        score = self.satisfaction.currentData()
        self.run_edit(
            self.tr("Complete session of {0}").format(self.detail.row.team_name),
            lambda: service.complete(session_id, *texts, score),
            undo=lambda _done: service.reopen(session_id),
        )


class CancelDialog(OperationDialog):
    """Cancel a scheduled session with a reason; its slot is free again."""

    def __init__(
        self, context: PageContext, session_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(context, parent)
        self.setWindowTitle(self.tr("Cancel session"))
        self.service = ConsultingService(context.db, context.actor)
        self.detail = ConsultingViewService(context.db, context.actor).detail(session_id)
        self.reason = note_edit(NOTE_HEIGHT)
        self.form.addRow(self.tr("Session"), QLabel(session_heading(self.detail.row)))
        self.form.addRow(self.tr("Reason"), self.reason)
        self.finish_layout()
        self.name_buttons(self.tr("Cancel the session"))
        self.setMinimumWidth(480)
        self.reason.textChanged.connect(self.check)
        self.check()

    def check(self) -> None:
        empty = not self.reason.toPlainText().strip()
        self.show_problem(self.tr("Give the reason for cancelling.") if empty else None, hint=True)
        self.ok_button().setEnabled(not empty)

    def submit(self) -> None:
        session_id, service, reason = self.detail.row.id, self.service, self.reason.toPlainText()
        self.run_edit(
            self.tr("Cancel session of {0}").format(self.detail.row.team_name),
            lambda: service.cancel(session_id, reason),
            undo=lambda _done: service.reopen(session_id),
        )


def redo_outcome(service: ConsultingService, detail: SessionDetail) -> object:
    """Put back the outcome a reopen cleared (undo of "reopen")."""
    session_id = detail.row.id
    if detail.row.status == SessionStatus.COMPLETED:
        return service.complete(
            session_id, detail.summary, detail.advice, detail.follow_up, detail.satisfaction
        )
    if detail.row.status == SessionStatus.CANCELLED:
        return service.cancel(session_id, detail.cancel_reason)
    return service.mark_no_show(session_id)


def detail_html(detail: SessionDetail) -> str:
    """The whole session as rich text: the detail panel and the session window."""
    row = detail.row
    facts = [
        (QCoreApplication.translate("SessionDetail", "When"), when_text(row)),
        (QCoreApplication.translate("SessionDetail", "Team"), row.team_name),
        (QCoreApplication.translate("SessionDetail", "Consultant"), row.consultant_name),
        (QCoreApplication.translate("SessionDetail", "Field"), label(row.field)),
        (
            QCoreApplication.translate("SessionDetail", "Mode"),
            f"{label(row.mode)} · {row.place}" if row.place else label(row.mode),
        ),
        (QCoreApplication.translate("SessionDetail", "Topic"), row.topic),
        (QCoreApplication.translate("SessionDetail", "Status"), label(row.status)),
        (QCoreApplication.translate("SessionDetail", "Summary"), detail.summary),
        (QCoreApplication.translate("SessionDetail", "Advice"), detail.advice),
        (QCoreApplication.translate("SessionDetail", "Follow-up actions"), detail.follow_up),
        (
            QCoreApplication.translate("SessionDetail", "Satisfaction"),
            f"{detail.satisfaction} / 5" if detail.satisfaction else "",
        ),
        (
            QCoreApplication.translate("SessionDetail", "Reason for cancelling"),
            detail.cancel_reason,
        ),
    ]
    cells = "".join(
        f"<tr><td style='color:#555; padding-right:8px; white-space:nowrap'>{escape(name)}</td>"
        f"<td>{escape(value).replace(chr(10), '<br>')}</td></tr>"
        for name, value in facts
        if value
    )
    return f"<table cellspacing='2'>{cells}</table>"


class SessionInfoDialog(QDialog):
    """A finished (completed, cancelled, no-show) session, to read."""

    def __init__(self, detail: SessionDetail, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Session {0}").format(session_heading(detail.row)))
        text = DetailText(detail_html(detail))
        text.setObjectName("sessionInfo")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.setMinimumWidth(480)
