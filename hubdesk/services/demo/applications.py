"""Applications for space: the allocated ones behind recent tenancies, and the open queue."""

from __future__ import annotations

import random
from datetime import date, timedelta

from hubdesk.domain.enums import ApplicationStatus, SpaceKind
from hubdesk.services.demo.context import Demo, Row, stamp, take

S = ApplicationStatus
ALLOCATED_PER_SCALE = 8
# The queue at scale 1: status, how many, review score range (None: not reviewed).
QUEUE: tuple[tuple[ApplicationStatus, int, tuple[int, int] | None], ...] = (
    (S.SUBMITTED, 4, None),
    (S.SELECTED, 3, (80, 95)),
    (S.WAITLISTED, 5, (60, 79)),
    (S.REJECTED, 4, (25, 59)),
    (S.WITHDRAWN, 1, None),
)
WANTED = (
    (SpaceKind.PRIVATE_OFFICE, 3),
    (SpaceKind.OPEN_DESK, 1),
    (SpaceKind.OPEN_DESK, 2),
    (SpaceKind.SHARED_OFFICE, 2),
)
NOTES = {
    S.SELECTED: "선정, 공실 발생 시 입주 예정",
    S.WAITLISTED: "예비 순위로 대기",
    S.REJECTED: "사업계획 구체성 부족",
    S.WITHDRAWN: "신청 기업 사정으로 취소",
}


def add_applications(demo: Demo) -> None:
    rng = demo.rng("applications")
    _add_allocated(demo, rng)
    _add_queue(demo, rng)


def _add_allocated(demo: Demo, rng: random.Random) -> None:
    """The applications behind the tenancies that began in the last year or begin soon."""
    since = demo.today - timedelta(days=365)
    spaces = demo.table("spaces")
    recent = [row for row in demo.table("tenancies") if row["start_date"] >= since]
    picked = rng.sample(recent, min(len(recent), ALLOCATED_PER_SCALE * demo.scale))
    for tenancy in sorted(picked, key=lambda row: row["id"]):
        start: date = tenancy["start_date"]
        # Reviewed before the move-in, and never after today (tenancies signed ahead).
        reviewed = min(start - timedelta(days=rng.randint(10, 25)), demo.today - timedelta(days=3))
        submitted = reviewed - timedelta(days=rng.randint(20, 45))
        _add(
            demo,
            tenancy["team_id"],
            spaces[tenancy["space_id"] - 1]["kind"],
            tenancy["seats"],
            submitted,
            S.ALLOCATED,
            rng.randint(72, 96),
            reviewed,
            tenancy["id"],
            "",
        )


def _add_queue(demo: Demo, rng: random.Random) -> None:
    """Teams with no space (and none coming) that applied, in every state of the review."""
    housed = {row["team_id"] for row in demo.table("tenancies") if row["status"].value == "active"}
    pool = [team.id for team in demo.operating_teams() if team.id not in housed]
    for status, count, scores in QUEUE:
        for _ in range(count * demo.scale):
            team_id = take(rng, pool)
            if team_id is None:
                return
            kind, seats = rng.choice(WANTED)
            if scores is None and status is S.SUBMITTED:
                submitted = demo.today - timedelta(days=rng.randint(1, 20))
                score, reviewed = None, None
            else:
                submitted = demo.today - timedelta(days=rng.randint(30, 120))
                reviewed = submitted + timedelta(days=rng.randint(10, 25))
                score = rng.randint(*scores) if scores else None
                reviewed = reviewed if scores else None
            _add(
                demo,
                team_id,
                kind,
                seats,
                submitted,
                status,
                score,
                reviewed,
                None,
                NOTES.get(status, ""),
            )


def _add(
    demo: Demo,
    team_id: int,
    kind: SpaceKind,
    seats: int,
    submitted: date,
    status: ApplicationStatus,
    score: int | None,
    reviewed: date | None,
    tenancy_id: int | None,
    note: str,
) -> None:
    row: Row = {
        "team_id": team_id,
        "space_kind": kind,
        "seats": seats,
        "submitted_on": submitted,
        "status": status,
        "review_score": score,
        "reviewed_on": reviewed,
        "tenancy_id": tenancy_id,
        "note": note,
        "created_at": stamp(submitted),
    }
    demo.add("applications", row)
