"""Applications for space: review, the waiting list, and allocation from it."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.enums import ApplicationStatus, SpaceKind
from ..domain.errors import InvalidTransition, ValidationError
from ..domain.records import ApplicationRecord, TenancyRecord
from ..storage.models import Application, Team
from .base import Service, check_count, clean_text, get_or_raise
from .spaces import create_tenancy, tenancy_record

REVIEW_DECISIONS = (
    ApplicationStatus.SELECTED,
    ApplicationStatus.WAITLISTED,
    ApplicationStatus.REJECTED,
)
ALLOCATABLE = (ApplicationStatus.SELECTED, ApplicationStatus.WAITLISTED)


def application_record(session: Session, app: Application) -> ApplicationRecord:
    team = session.get_one(Team, app.team_id)
    return ApplicationRecord(
        app.id,
        app.team_id,
        team.name,
        app.space_kind,
        app.seats,
        app.submitted_on,
        app.status,
        app.review_score,
        app.tenancy_id,
    )


class ApplicationService(Service):
    def submit(
        self, team_id: int, space_kind: SpaceKind, seats: int, submitted_on: date, note: str = ""
    ) -> ApplicationRecord:
        with self._write() as session:
            get_or_raise(session, Team, team_id, "team")
            app = Application(
                team_id=team_id,
                space_kind=SpaceKind(space_kind),
                seats=check_count(seats, "seats", minimum=1, maximum=1000),
                submitted_on=submitted_on,
                status=ApplicationStatus.SUBMITTED,
                note=clean_text(note, "note", required=False, max_length=4000),
            )
            session.add(app)
            session.flush()
            return application_record(session, app)

    def review(
        self, application_id: int, score: int, decision: ApplicationStatus, reviewed_on: date
    ) -> ApplicationRecord:
        """Record the review score (0–100) and select, wait-list or reject."""
        if decision not in REVIEW_DECISIONS:
            raise ValidationError(field="decision", reason=f"{decision} is not a review decision")
        with self._write() as session:
            app = get_or_raise(session, Application, application_id, "application")
            if app.status in (ApplicationStatus.ALLOCATED, ApplicationStatus.WITHDRAWN):
                raise InvalidTransition(
                    entity="application", key=app.id, current=app.status, target=decision
                )
            app.review_score = check_count(score, "review_score", maximum=100)
            app.status = decision
            app.reviewed_on = reviewed_on
            session.flush()
            return application_record(session, app)

    def waiting_list(self, space_kind: SpaceKind | None = None) -> list[ApplicationRecord]:
        """Wait-listed applications, best review score first, then the earliest."""
        query = select(Application).where(Application.status == ApplicationStatus.WAITLISTED)
        if space_kind is not None:
            query = query.where(Application.space_kind == space_kind)
        query = query.order_by(
            Application.review_score.desc(), Application.submitted_on, Application.id
        )
        with self._read() as session:
            return [application_record(session, a) for a in session.scalars(query)]

    def allocate(
        self, application_id: int, space_id: int, start: date, end: date | None = None
    ) -> TenancyRecord:
        """Give a selected or wait-listed applicant a tenancy (every tenancy rule applies)."""
        with self._write() as session:
            app = get_or_raise(session, Application, application_id, "application")
            if app.status not in ALLOCATABLE:
                raise InvalidTransition(
                    entity="application", key=app.id, current=app.status, target="allocated"
                )
            tenancy = create_tenancy(session, app.team_id, space_id, app.seats, start, end)
            app.status = ApplicationStatus.ALLOCATED
            app.tenancy_id = tenancy.id
            session.flush()
            return tenancy_record(session, tenancy)
