"""Staff users and the 148 registered enterprises (× scale) of the district plan."""

from __future__ import annotations

import random
from datetime import date, timedelta

from hubdesk.domain.brn import make_valid_brn
from hubdesk.domain.enums import StaffRole, TeamKind, TeamStatus
from hubdesk.domain.periods import add_months
from hubdesk.services.demo import names
from hubdesk.services.demo.context import Demo, TeamInfo, random_day, stamp
from hubdesk.services.people import accounts
from hubdesk.services.people.accounts import ScryptCost, hash_password

# The seed of DOMAIN.md (2018-12): kind → (registered, operating, closed among the rest).
TEAM_MIX: tuple[tuple[TeamKind, int, int, int], ...] = (
    (TeamKind.SOCIAL_ENTERPRISE, 31, 31, 0),
    (TeamKind.VILLAGE_ENTERPRISE, 5, 5, 0),
    (TeamKind.COOPERATIVE, 106, 70, 6),
    (TeamKind.SELF_SUFFICIENCY, 6, 6, 0),
)
# Digits 4–5 of the business number (entity type) that fit each kind.
ENTITY_CODES: dict[TeamKind, tuple[str, ...]] = {
    TeamKind.SOCIAL_ENTERPRISE: ("81", "81", "86", "87", "82"),
    TeamKind.VILLAGE_ENTERPRISE: ("81", "86"),
    TeamKind.COOPERATIVE: ("86", "86", "86", "82"),
    TeamKind.SELF_SUFFICIENCY: ("81", "86", "05", "12"),
}
DEMO_MANAGER = "manager"  # `hubdesk --demo` acts as this staff member
DEMO_PASSWORD = "hubdesk-demo"  # every demo account's password (README says so)
STAFF = (
    ("admin", "한지수", StaffRole.ADMINISTRATOR),
    (DEMO_MANAGER, "이선영", StaffRole.MANAGER),
    ("staff1", "김민지", StaffRole.STAFF),
    ("staff2", "박준호", StaffRole.STAFF),
)


# The demo password is public: a cost of 16 MiB (N=2^14) keeps `hubdesk --demo` quick
# (4 hashes at OWASP's cost took 1.6 s); a file's real accounts keep the full cost.
DEMO_COST = ScryptCost(n=2**14, r=8, p=1)


def demo_cost() -> ScryptCost:
    """The demo's cost, or the accounts' own when that is lower (the test suite's)."""
    return DEMO_COST if accounts.COST.n > DEMO_COST.n else accounts.COST


def add_staff(demo: Demo) -> None:
    """The four demo accounts, each hashed with its own random salt: like every other
    file's accounts, and unlike the rest of the demo, their hashes differ per run."""
    created = stamp(add_months(demo.today, -40), 9)
    for username, display_name, role in STAFF:
        demo.add(
            "staff_users",
            {
                "username": username,
                "display_name": display_name,
                "role": role,
                "password_hash": hash_password(DEMO_PASSWORD, cost=demo_cost()),
                "active": True,
                "failed_logins": 0,
                "locked_until": None,
                "created_at": created,
            },
        )


def _statuses(demo: Demo, rng: random.Random) -> list[tuple[TeamKind, TeamStatus]]:
    mix: list[tuple[TeamKind, TeamStatus]] = []
    for kind, registered, operating, closed in TEAM_MIX:
        n = demo.scale
        mix += [(kind, TeamStatus.OPERATING)] * (operating * n)
        mix += [(kind, TeamStatus.CLOSED)] * (closed * n)
        mix += [(kind, TeamStatus.DORMANT)] * ((registered - operating - closed) * n)
    rng.shuffle(mix)
    return mix


class _Brns:
    """Unique, check-digit-valid business numbers with an entity code fitting the kind."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.used: set[str] = set()

    def make(self, kind: TeamKind) -> str:
        while True:
            office = self.rng.choice(names.TAX_OFFICES)
            code = self.rng.choice(ENTITY_CODES[kind])
            serial = self.rng.randint(0, 9999)
            digits = make_valid_brn(f"{office}{code}{serial:04d}").digits
            if serial and digits not in self.used:  # serial 0000 is never issued
                self.used.add(digits)
                return digits


def add_teams(demo: Demo) -> None:
    rng = demo.rng("teams")
    brns = _Brns(rng)
    used_names: set[str] = set()
    for kind, status in _statuses(demo, rng):
        business, description = rng.choice(names.BUSINESSES)
        name = names.enterprise_name(rng, kind, business)
        for _ in range(20):
            if name not in used_names:
                break
            name = names.enterprise_name(rng, kind, business)
        used_names.add(name)
        row = _team_row(demo, rng, kind, status, name, description)
        row["brn"] = brns.make(kind)
        team_id = demo.add("teams", row)
        demo.teams.append(TeamInfo(team_id, name, kind, status, business))
    add_status_history(demo)


# Shares of the teams whose status changed since 1 January of last year (the rest keep
# the status they were founded with): last year's 31 December differs from today.
# The hub's work shows: more teams revived this year than lapsed (the rate rises).
REVIVED_SHARE = 0.12  # operating today, dormant for a while before
LAPSED_SHARE = 0.3  # dormant today, operating until last year or this year
DORMANT_BEFORE_CLOSING = 0.5  # closed teams that were dormant first


def add_status_history(demo: Demo) -> None:
    """Each team's status history (team_status_changes), ending in its status today.

    Its own random stream, so the teams' and later parts' rows stay as they were."""
    rng = demo.rng("status_history")
    since = date(demo.today.year - 1, 1, 1)
    for team in demo.rows["teams"]:
        for status, day in _history(rng, team, since, demo.today):
            demo.add(
                "team_status_changes",
                {
                    "team_id": team["id"],
                    "status": status,
                    "changed_on": day,
                    "created_at": stamp(max(day, add_months(demo.today, -40))),
                },
            )


def _history(
    rng: random.Random, team: dict[str, object], since: date, today: date
) -> list[tuple[TeamStatus, date]]:
    """(status, from day) of one team, oldest first; the last is its status today."""
    founded = team["founded_on"]
    status = team["status"]
    assert isinstance(founded, date) and isinstance(status, TeamStatus)
    yesterday = today - timedelta(days=1)
    if status is TeamStatus.CLOSED:
        closed_on = team["closed_on"]
        assert isinstance(closed_on, date)
        steps = [(TeamStatus.OPERATING, founded)]
        if rng.random() < DORMANT_BEFORE_CLOSING:
            lapsed = random_day(rng, add_months(closed_on, -14), add_months(closed_on, -3))
            steps.append((TeamStatus.DORMANT, lapsed))
        return [*steps, (TeamStatus.CLOSED, closed_on)]
    if status is TeamStatus.OPERATING and rng.random() < REVIVED_SHARE:
        revived = random_day(rng, add_months(since, 12), yesterday)
        lapsed = random_day(rng, add_months(revived, -30), add_months(revived, -12))
        return [
            (TeamStatus.OPERATING, founded),
            (TeamStatus.DORMANT, max(lapsed, founded + timedelta(days=1))),
            (TeamStatus.OPERATING, revived),
        ]
    if status is TeamStatus.DORMANT and rng.random() < LAPSED_SHARE:
        return [
            (TeamStatus.OPERATING, founded),
            (TeamStatus.DORMANT, random_day(rng, since, yesterday)),
        ]
    return [(status, founded)]


def _team_row(
    demo: Demo,
    rng: random.Random,
    kind: TeamKind,
    status: TeamStatus,
    name: str,
    description: str,
) -> dict[str, object]:
    earliest = date(2013, 1, 1) if kind is TeamKind.COOPERATIVE else date(2010, 1, 1)
    founded = random_day(rng, earliest, add_months(demo.today, -42))
    closed_on = None
    if status is TeamStatus.CLOSED:
        closed_on = random_day(rng, add_months(demo.today, -24), add_months(demo.today, -1))
    created = stamp(max(founded, add_months(demo.today, -40)))
    employees = {TeamStatus.OPERATING: rng.randint(2, 25), TeamStatus.DORMANT: rng.randint(0, 2)}
    return {
        "name": name,
        "kind": kind,
        "status": status,
        "brn_check_confirmed": False,
        "representative": names.person_name(rng),
        "phone": names.mobile_phone(rng),
        "email": None,
        "address": names.address(rng),
        "founded_on": founded,
        "employees": employees.get(status, 0),
        "description": description,
        "closed_on": closed_on,
        "created_at": created,
        "updated_at": stamp(closed_on) if closed_on else created,
    }
