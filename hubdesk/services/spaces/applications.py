"""Applications for space: review, the waiting list, and allocation from it.

Each edit has a reverse step for undo (``withdraw``/``unwithdraw``, ``reset_review``,
``unallocate``/``reallocate``) that refuses, writing nothing, when it cannot be done
honestly any more.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, Select, select
from sqlalchemy.orm import Session

from hubdesk.domain.enums import ApplicationStatus, SpaceKind
from hubdesk.domain.errors import HubDeskError, InvalidTransition, RecordChanged, ValidationError
from hubdesk.domain.periods import one_year_from
from hubdesk.domain.records import ApplicationRecord, TenancyRecord
from hubdesk.services.core.base import (
    Service,
    check_count,
    clean_text,
    get_or_raise,
    plain_rows,
)
from hubdesk.services.core.boundary import typed_boundary
from hubdesk.services.spaces.spaces import (
    TenancyDraft,
    cancel,
    check_new_term,
    check_team_open,
    create_tenancy,
    reinstate,
    tenancy_record,
)
from hubdesk.storage.models import Application, Space, Team, Tenancy

REVIEW_DECISIONS = (
    ApplicationStatus.SELECTED,
    ApplicationStatus.WAITLISTED,
    ApplicationStatus.REJECTED,
)
ALLOCATABLE = (ApplicationStatus.SELECTED, ApplicationStatus.WAITLISTED)
WITHDRAWABLE = (ApplicationStatus.SUBMITTED, *ALLOCATABLE)


def _rows() -> Select[Application, str]:
    return select(Application, Team.name).join(Team, Team.id == Application.team_id)


def _record_of(app: Application, team_name: str) -> ApplicationRecord:
    return ApplicationRecord(
        app.id,
        app.team_id,
        team_name,
        app.space_kind,
        app.seats,
        app.submitted_on,
        app.status,
        app.review_score,
        app.tenancy_id,
        app.reviewed_on,
        app.note,
    )


def application_record(tx: Session, app: Application) -> ApplicationRecord:
    return _record_of(app, tx.get_one(Team, app.team_id).name)


# An application's columns in ``ApplicationRecord`` order: the lists read no ORM objects
# (7,500 applications at scale 300).
_RECORD_COLUMNS = (
    Application.id,
    Application.team_id,
    Team.name,
    Application.space_kind,
    Application.seats,
    Application.submitted_on,
    Application.status,
    Application.review_score,
    Application.tenancy_id,
    Application.reviewed_on,
    Application.note,
)


def _records(
    tx: Session, *where: ColumnElement[bool], order: Sequence[Any]
) -> list[ApplicationRecord]:
    query = (
        select(*_RECORD_COLUMNS)
        .join(Team, Team.id == Application.team_id)
        .where(*where)
        .order_by(*order)
    )
    return [ApplicationRecord(*row) for row in plain_rows(tx, query)]


def _check_status(app: Application, allowed: tuple[ApplicationStatus, ...], target: str) -> None:
    if app.status not in allowed:
        raise InvalidTransition(entity="application", key=app.id, current=app.status, target=target)


def _check_target(status: ApplicationStatus, allowed: tuple[ApplicationStatus, ...]) -> None:
    if status not in allowed:
        raise ValidationError(field="status", reason=f"{status} cannot be restored here")


@typed_boundary
class ApplicationService(Service):
    def submit(
        self, team_id: int, space_kind: SpaceKind, seats: int, submitted_on: date, note: str = ""
    ) -> ApplicationRecord:
        with self._write() as tx:
            get_or_raise(tx, Team, team_id, "team")
            app = Application(
                team_id=team_id,
                space_kind=SpaceKind(space_kind),
                seats=check_count(seats, "seats", minimum=1, maximum=1000),
                submitted_on=submitted_on,
                status=ApplicationStatus.SUBMITTED,
                note=clean_text(note, "note", required=False, max_length=4000, multiline=True),
            )
            tx.add(app)
            tx.flush()
            return application_record(tx, app)

    def review(
        self, application_id: int, score: int, decision: ApplicationStatus, reviewed_on: date
    ) -> ApplicationRecord:
        """Record the review score (0–100) and select, wait-list or reject."""
        if decision not in REVIEW_DECISIONS:
            raise ValidationError(field="decision", reason=f"{decision} is not a review decision")
        with self._write() as tx:
            app = get_or_raise(tx, Application, application_id, "application")
            _check_status(app, (ApplicationStatus.SUBMITTED, *REVIEW_DECISIONS), decision)
            app.review_score = check_count(score, "review_score", maximum=100)
            app.status = decision
            app.reviewed_on = reviewed_on
            tx.flush()
            return application_record(tx, app)

    def reset_review(
        self,
        application_id: int,
        status: ApplicationStatus,
        score: int | None,
        reviewed_on: date | None,
    ) -> ApplicationRecord:
        """Undo a review: put back the status, score and review day it replaced."""
        _check_target(status, (ApplicationStatus.SUBMITTED, *REVIEW_DECISIONS))
        if score is not None:
            check_count(score, "review_score", maximum=100)
        with self._write() as tx:
            app = get_or_raise(tx, Application, application_id, "application")
            _check_status(app, REVIEW_DECISIONS, status)
            app.status, app.review_score, app.reviewed_on = status, score, reviewed_on
            tx.flush()
            return application_record(tx, app)

    def withdraw(self, application_id: int) -> ApplicationRecord:
        """The team withdraws an application that has not been allocated or rejected."""
        with self._write() as tx:
            app = get_or_raise(tx, Application, application_id, "application")
            _check_status(app, WITHDRAWABLE, ApplicationStatus.WITHDRAWN)
            app.status = ApplicationStatus.WITHDRAWN
            tx.flush()
            return application_record(tx, app)

    def unwithdraw(self, application_id: int, status: ApplicationStatus) -> ApplicationRecord:
        """Undo a withdrawal (or a submission): the application is back in ``status``."""
        _check_target(status, WITHDRAWABLE)
        with self._write() as tx:
            app = get_or_raise(tx, Application, application_id, "application")
            _check_status(app, (ApplicationStatus.WITHDRAWN,), status)
            app.status = status
            tx.flush()
            return application_record(tx, app)

    def application(self, application_id: int) -> ApplicationRecord:
        with self._read() as tx:
            app = get_or_raise(tx, Application, application_id, "application")
            return application_record(tx, app)

    def applications(self, status: ApplicationStatus | None = None) -> list[ApplicationRecord]:
        """Applications, the newest first; only those in ``status`` when given."""
        where = [] if status is None else [Application.status == status]
        order = [Application.submitted_on.desc(), Application.id.desc()]
        with self._read() as tx:
            return _records(tx, *where, order=order)

    def waiting_list(self, space_kind: SpaceKind | None = None) -> list[ApplicationRecord]:
        """Wait-listed applications, best review score first, then the earliest."""
        with self._read() as tx:
            return _records(tx, *_waiting_filter(space_kind), order=WAITING_ORDER)

    def next_waiting(
        self, space_id: int, start: date, end: date | None = None
    ) -> ApplicationRecord | None:
        """The best wait-listed application for the space's kind that fits it from ``start``."""
        end = end or one_year_from(start)
        with self._read() as tx:
            space = get_or_raise(tx, Space, space_id, "space")
            for app, name in tx.execute(_waiting(space.kind)):
                try:
                    check_team_open(tx, app.team_id)
                    check_new_term(tx, space_id, app.seats, start, end, None)
                except HubDeskError:
                    continue
                return _record_of(app, name)
        return None

    def allocate(
        self, application_id: int, space_id: int, start: date, end: date | None = None
    ) -> TenancyRecord:
        """Give a selected or wait-listed applicant a tenancy (every tenancy rule applies)."""
        with self._write() as tx:
            app = get_or_raise(tx, Application, application_id, "application")
            _check_status(app, ALLOCATABLE, ApplicationStatus.ALLOCATED)
            draft = TenancyDraft(app.team_id, space_id, app.seats, start, end)
            tenancy = create_tenancy(tx, draft)
            app.status = ApplicationStatus.ALLOCATED
            app.tenancy_id = tenancy.id
            tx.flush()
            return tenancy_record(tx, tenancy)

    def unallocate(self, application_id: int, status: ApplicationStatus) -> ApplicationRecord:
        """Undo an allocation: cancel its tenancy (kept on record), the application is back
        in ``status``. Refused once the tenancy was renewed, ended or a box was ticked."""
        _check_target(status, ALLOCATABLE)
        with self._write() as tx:
            app = get_or_raise(tx, Application, application_id, "application")
            _check_status(app, (ApplicationStatus.ALLOCATED,), status)
            assert app.tenancy_id is not None  # the schema ties "allocated" to a tenancy
            cancel(tx, tx.get_one(Tenancy, app.tenancy_id))
            app.status, app.tenancy_id = status, None
            tx.flush()
            return application_record(tx, app)

    def reallocate(self, application_id: int, tenancy_id: int) -> TenancyRecord:
        """Redo an allocation: the cancelled tenancy is active again (rules checked anew)."""
        with self._write() as tx:
            app = get_or_raise(tx, Application, application_id, "application")
            _check_status(app, ALLOCATABLE, ApplicationStatus.ALLOCATED)
            tenancy = get_or_raise(tx, Tenancy, tenancy_id, "tenancy")
            if (tenancy.team_id, tenancy.seats) != (app.team_id, app.seats):
                raise RecordChanged(entity="tenancy", key=tenancy_id)
            reinstate(tx, tenancy)
            app.status, app.tenancy_id = ApplicationStatus.ALLOCATED, tenancy.id
            tx.flush()
            return tenancy_record(tx, tenancy)


WAITING_ORDER = (Application.review_score.desc(), Application.submitted_on, Application.id)


def _waiting_filter(space_kind: SpaceKind | None) -> list[ColumnElement[bool]]:
    where = [Application.status == ApplicationStatus.WAITLISTED]
    if space_kind is not None:
        where.append(Application.space_kind == space_kind)
    return where


def _waiting(space_kind: SpaceKind | None) -> Select[Application, str]:
    return _rows().where(*_waiting_filter(space_kind)).order_by(*WAITING_ORDER)
