"""Training (인재양성): the courses of a year, and the chosen course's participants.

The course list filters by year, category and a search; below it the chosen course's
participants with their kind, status and attendance. A course without a list (a school
visit where only headcounts are known) shows its numbers instead. Every edit goes
through the window's operation path (``context.ops``); the page reloads on GOALS.
Names are personal data: shown here, masked when the list is copied out.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from hubdesk.domain.enums import ParticipationStatus, TrainingCategory
from hubdesk.domain.goals import CourseRecord, ParticipantRecord
from hubdesk.domain.masking import mask_name, mask_phone
from hubdesk.gui.common.editing import HoldsDialog
from hubdesk.gui.common.filters import fill_years, search_timer, squeezable
from hubdesk.gui.common.records import Col, RecordsModel, amount
from hubdesk.gui.common.views import chosen_row, list_table, on_choice, scrolled
from hubdesk.gui.context import PageContext
from hubdesk.gui.goals.training_dialogs import AttendanceDialog, CourseDialog, ParticipantDialog
from hubdesk.gui.icons import icon
from hubdesk.gui.text.labels import day, label
from hubdesk.gui.topics import GOALS
from hubdesk.services.goals.goals import GoalService
from hubdesk.services.goals.training import TrainingService

SHOWN_TOPICS = frozenset({GOALS})


def course_dates(course: CourseRecord) -> str:
    if course.start_date == course.end_date:
        return day(course.start_date)
    return f"{day(course.start_date)} – {day(course.end_date)}"


class CourseModel(RecordsModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__((), parent)
        self.columns = (
            Col(self.tr("Title"), lambda c: c.title, tip=lambda c: c.title),
            Col(self.tr("Category"), lambda c: label(c.category)),
            Col(self.tr("Dates"), course_dates),
            Col(self.tr("Hours"), lambda c: str(c.hours), True),
            Col(self.tr("Place"), lambda c: c.place, tip=lambda c: c.place),
            Col(self.tr("Partner"), lambda c: c.provider, tip=lambda c: c.provider),
            Col(self.tr("Participants"), lambda c: amount(c.participants), True),
            Col(self.tr("Completed"), lambda c: amount(c.completed), True),
        )


class ParticipantModel(RecordsModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__((), parent)
        self.columns = (
            Col(self.tr("Name"), lambda p: p.name),
            Col(self.tr("Affiliation"), lambda p: p.affiliation, tip=lambda p: p.affiliation),
            Col(self.tr("Kind"), lambda p: label(p.kind)),
            Col(self.tr("Status"), lambda p: status_label(p.status)),
            Col(self.tr("Sessions attended"), lambda p: str(p.sessions_attended), True),
        )

    def masked_text(self) -> str:
        """The list as tab-separated text with a header, names and phones masked."""
        header = [column.header for column in self.columns] + [self.tr("Phone")]
        lines = ["\t".join(header)]
        for person in self.rows:
            cells = [column.text(person) for column in self.columns]
            cells[0] = mask_name(person.name)
            cells.append(mask_phone(person.phone) if person.phone else "")
            lines.append("\t".join(cells))
        return "\n".join(lines)


def status_label(status: str) -> str:
    return label(ParticipationStatus(status))


class TrainingPage(QWidget, HoldsDialog):
    """Courses of a year with their participants."""

    icon_name = "list-checks"  # its icon in the navigation

    def __init__(self, context: PageContext) -> None:
        super().__init__()
        self.context = context
        self.dialog: QDialog | None = None
        self.service = TrainingService(context.db, context.actor)
        self.stale = True
        self.courses: CourseModel = CourseModel(self)
        self.people: ParticipantModel = ParticipantModel(self)
        self._make_widgets()
        self._build()
        self._connect()
        self._fill_years()

    @classmethod
    def title(cls) -> str:
        """The page's name in the navigation, known before the page is built."""
        return QCoreApplication.translate("TrainingPage", "Training")

    # --- widgets -------------------------------------------------------------------------

    def _make_widgets(self) -> None:
        self.year_box = squeezable(QComboBox(), 8)
        self.year_box.setObjectName("trainingYear")
        self.category_box = squeezable(QComboBox(), 14)
        self.category_box.setObjectName("trainingCategory")
        self.category_box.addItem(self.tr("All categories"), None)
        for category in TrainingCategory:
            self.category_box.addItem(label(category), category)
        self.search_box = QLineEdit()
        self.search_box.setObjectName("trainingSearch")
        self.search_box.setPlaceholderText(self.tr("Search title, place or partner"))
        self.search_box.setClearButtonEnabled(True)
        self.summary = QLabel()
        self.summary.setObjectName("trainingSummary")
        self.course_view = QTableView()
        self.course_view.setObjectName("courseList")
        self.course_view.setModel(self.courses)
        list_table(self.course_view, stretch_column=0)
        self.people_view = QTableView()
        self.people_view.setObjectName("participantList")
        self.people_view.setModel(self.people)
        list_table(self.people_view, stretch_column=1)
        self.new_course_button = QPushButton(icon("plus"), self.tr("New course…"))
        self.edit_course_button = QPushButton(icon("pencil"), self.tr("Edit course…"))
        self.remove_course_button = QPushButton(icon("x"), self.tr("Remove course"))
        self.add_person_button = QPushButton(icon("plus"), self.tr("Add participant…"))
        self.edit_person_button = QPushButton(icon("pencil"), self.tr("Edit participant…"))
        self.remove_person_button = QPushButton(icon("user-x"), self.tr("Remove participant"))
        self.attendance_button = QPushButton(icon("calendar-plus"), self.tr("Attendance…"))
        self.judge_button = QPushButton(icon("circle-check"), self.tr("Judge completion"))
        self.judge_button.setToolTip(
            self.tr("Mark each participant completed or not by the course's rule")
        )
        self.copy_button = QPushButton(self.tr("Copy list (names masked)"))
        self.people_title = QLabel()
        self.people_title.setObjectName("participantsTitle")
        self.people_title.setWordWrap(True)
        self.people_box = QGroupBox(self.tr("Participants"))

    def _build(self) -> None:
        bar = QHBoxLayout()
        for caption, widget in (
            (self.tr("Year"), self.year_box),
            (self.tr("Category"), self.category_box),
        ):
            bar.addWidget(QLabel(caption))
            bar.addWidget(widget)
        bar.addWidget(self.search_box, 1)
        bar.addWidget(self.new_course_button)
        bar.addWidget(self.edit_course_button)
        bar.addWidget(self.remove_course_button)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addLayout(bar)
        top_layout.addWidget(self.course_view, 1)
        top_layout.addWidget(self.summary)
        people = QVBoxLayout(self.people_box)
        people.addWidget(self.people_title)
        people.addWidget(self.people_view, 1)
        buttons = QHBoxLayout()
        for button in (
            self.add_person_button,
            self.edit_person_button,
            self.remove_person_button,
            self.attendance_button,
            self.judge_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.copy_button)
        people.addLayout(buttons)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(top)
        split.addWidget(self.people_box)
        split.setSizes([380, 300])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(scrolled(split), 1)  # a small window scrolls, never grows

    def _connect(self) -> None:
        self.year_box.currentIndexChanged.connect(lambda _i: self.load())
        self.category_box.currentIndexChanged.connect(lambda _i: self.load())
        self.search_timer = search_timer(self.search_box, self.load)
        on_choice(self.course_view, lambda _row: self._load_people())
        on_choice(self.people_view, lambda _row: self._enable())
        self.course_view.doubleClicked.connect(lambda _index: self.edit_course())
        self.people_view.doubleClicked.connect(lambda _index: self.attendance())
        self.new_course_button.clicked.connect(lambda _c=False: self.new_record())
        self.edit_course_button.clicked.connect(lambda _c=False: self.edit_course())
        self.remove_course_button.clicked.connect(lambda _c=False: self.remove_course())
        self.add_person_button.clicked.connect(lambda _c=False: self.add_participant())
        self.edit_person_button.clicked.connect(lambda _c=False: self.edit_participant())
        self.remove_person_button.clicked.connect(lambda _c=False: self.remove_participant())
        self.attendance_button.clicked.connect(lambda _c=False: self.attendance())
        self.judge_button.clicked.connect(lambda _c=False: self.judge())
        self.copy_button.clicked.connect(lambda _c=False: self.copy_participants())

    def _fill_years(self) -> None:
        today = self.context.today().year
        try:
            first, last = GoalService(self.context.db, self.context.actor).term()
        except AttributeError:  # a GoalService without the plan's term
            first, last = today - 1, today + 3
        years = list(range(min(first, today), max(last, today) + 1))
        fill_years(self.year_box, self.tr("All years"), years, today)

    # --- Page protocol -----------------------------------------------------------------

    def refresh(self, topics: frozenset[str]) -> None:
        if topics and not topics & SHOWN_TOPICS:
            return
        self.stale = True
        if self.isVisible():
            self.load()

    def new_record(self) -> None:
        """Ctrl+N: a new course."""
        self._open(CourseDialog(self.context, self))

    def focus_search(self) -> None:
        self.search_box.setFocus()
        self.search_box.selectAll()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt name)
        super().showEvent(event)
        if self.stale:
            self.load()

    # --- loading -------------------------------------------------------------------------

    def year(self) -> int | None:
        value = self.year_box.currentData()
        return int(value) if value is not None else None

    def show_year(self, year: int | None, category: TrainingCategory | None = None) -> None:
        """Filter to ``year`` (None: every year) and ``category`` (a dashboard drill-down)."""
        self.year_box.setCurrentIndex(max(self.year_box.findData(year), 0))
        self.category_box.setCurrentIndex(max(self.category_box.findData(category), 0))
        self.load()

    def load(self) -> None:
        """The courses of the filters; the chosen course stays chosen."""
        self.stale = False
        chosen = self.course()
        category = self.category_box.currentData()
        courses = self.service.courses(
            self.year(),
            TrainingCategory(category) if category else None,
            self.search_box.text().strip(),
        )
        self.courses.set_rows(courses)
        self.summary.setText(
            self.tr("{0} courses · {1} participants · {2} completed").format(
                f"{len(courses):,}",
                f"{sum(c.participants for c in courses):,}",
                f"{sum(c.completed for c in courses):,}",
            )
        )
        row = self.courses.row_of(chosen.id) if chosen is not None else None
        if row is not None:
            self.course_view.selectRow(row)
        self._load_people()

    def course(self) -> CourseRecord | None:
        row = chosen_row(self.course_view)
        record = self.courses.record(row) if row is not None else None
        return record if isinstance(record, CourseRecord) else None

    def participant(self) -> ParticipantRecord | None:
        row = chosen_row(self.people_view)
        record = self.people.record(row) if row is not None else None
        return record if isinstance(record, ParticipantRecord) else None

    def _load_people(self) -> None:
        course = self.course()
        people = self.service.participants(course.id) if course and course.named else []
        self.people.set_rows(people)
        self.people_title.setText(self._people_title(course))
        self._enable()

    def _people_title(self, course: CourseRecord | None) -> str:
        if course is None:
            return self.tr("Choose a course to see its participants.")
        if not course.named:
            return self.tr(
                "{0}: headcount only, no participant list ({1} participants, {2} completed)."
            ).format(course.title, f"{course.participants:,}", f"{course.completed:,}")
        rule = self.tr("{0}: {1} sessions; completed with {2}% of them.")
        return rule.format(course.title, course.sessions, course.completion_percent)

    def _enable(self) -> None:
        course, person = self.course(), self.participant()
        listed = course is not None and course.named
        self.edit_course_button.setEnabled(course is not None)
        self.remove_course_button.setEnabled(course is not None)
        self.add_person_button.setEnabled(listed)
        self.judge_button.setEnabled(listed and self.people.rowCount() > 0)
        self.copy_button.setEnabled(listed and self.people.rowCount() > 0)
        for button in (self.edit_person_button, self.remove_person_button):
            button.setEnabled(person is not None)
        self.attendance_button.setEnabled(person is not None)

    # --- actions -------------------------------------------------------------------------

    def edit_course(self) -> None:
        course = self.course()
        if course is not None:
            self._open(CourseDialog(self.context, self, self.service.course(course.id)))

    def remove_course(self) -> None:
        course, service = self.course(), self.service
        if course is not None:
            self._remove(
                self.tr("Remove the course {0}?").format(course.title),
                self.tr("Remove course {0}").format(course.title),
                lambda: service.remove_course(course.id),
            )

    def add_participant(self) -> None:
        course = self.course()
        if course is not None and course.named:
            self._open(ParticipantDialog(self.context, course, self))

    def edit_participant(self) -> None:
        course, person = self.course(), self.participant()
        if course is not None and person is not None:
            self._open(ParticipantDialog(self.context, course, self, person))

    def remove_participant(self) -> None:
        person, service = self.participant(), self.service
        if person is not None:
            self._remove(
                self.tr("Remove {0} from the course?").format(person.name),
                self.tr("Remove participant {0}").format(person.name),
                lambda: service.remove_participant(person.id, person.version),
            )

    def attendance(self) -> None:
        course, person = self.course(), self.participant()
        if course is not None and person is not None:
            self._open(AttendanceDialog(self.context, course, person, self))

    def judge(self) -> None:
        """Apply the course's completion rule to every participant (no undo: a judgement)."""
        course = self.course()
        if course is None:
            return
        service, today = self.service, self.context.today()
        self.context.ops.run(
            self.tr("Judge completion of {0}").format(course.title),
            lambda: service.judge_completion(course.id, today),
        )

    def copy_participants(self) -> None:
        """The participant list to the clipboard, names and phones masked (김*용)."""
        QGuiApplication.clipboard().setText(self.people.masked_text())

    def _remove(self, question: str, text: str, remove: Callable[[], object]) -> None:
        """Ask ``question``; if yes, run ``remove`` through the operation path."""
        if self._confirm(question):
            self.context.ops.run(text, remove)

    def _confirm(self, question: str) -> bool:
        """Ask before a removal (tests answer in the person's place)."""
        answer = QMessageBox.question(self, self.title(), question)
        return answer == QMessageBox.StandardButton.Yes

    def chosen(self) -> int | None:
        course = self.course()
        return course.id if course is not None else None

    def choose(self, record: object) -> None:
        if isinstance(record, int):
            row = self.courses.row_of(record)
            if row is not None:
                self.course_view.selectRow(row)
