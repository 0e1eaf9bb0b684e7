"""Migration 0006 seeds each team's status history from the status of its day."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from alembic import command
from sqlalchemy import create_engine, text

from hubdesk.storage import migrations

TEAMS = """
INSERT INTO teams (id, name, kind, status, representative, founded_on, closed_on, created_at,
                   updated_at)
VALUES (1, '가산협동조합', 'cooperative', 'operating', '김가산', '2019-03-02', NULL,
        '2024-01-05 09:00:00', '2024-01-05 09:00:00'),
       (2, '독산마을기업', 'village_enterprise', 'closed', '이독산', '2018-06-01', '2025-08-31',
        '2024-01-05 09:00:00', '2025-09-01 09:00:00'),
       (3, '시흥창업팀', 'startup_team', 'dormant', '박시흥', NULL, NULL,
        '2026-02-10 14:30:00', '2026-02-10 14:30:00'),
       (4, '가산자활기업', 'self_sufficiency', 'archived', '최가산', '2017-04-01', '2023-06-30',
        '2024-01-05 09:00:00', '2026-03-02 09:00:00')
"""


def _migrate(path: Path, revision: str, *, down: bool = False) -> None:
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as connection:
        config = migrations.alembic_config(connection)
        (command.downgrade if down else command.upgrade)(config, revision)
    engine.dispose()


def _history(path: Path) -> list[tuple[int, str, str]]:
    engine = create_engine(f"sqlite:///{path}")
    with engine.connect() as connection:
        rows = connection.execute(
            text("SELECT team_id, status, changed_on FROM team_status_changes ORDER BY id")
        )
        history = [(int(team), str(status), str(day)) for team, status, day in rows]
    engine.dispose()
    return history


def test_the_history_is_seeded_from_the_status_of_the_day(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    _migrate(path, "0005")
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as connection:
        connection.execute(text(TEAMS))
    engine.dispose()
    _migrate(path, "0006")
    assert _history(path) == [
        (1, "operating", "2019-03-02"),
        (2, "operating", "2018-06-01"),  # operated until it closed: the file knows no more
        (3, "dormant", str(date(2026, 2, 10))),  # no founding day: the day it was entered
        (4, "operating", "2017-04-01"),  # archived later: still registered in 2022
        (2, "closed", "2025-08-31"),
        (4, "archived", "2023-06-30"),
    ]


def test_a_downgrade_drops_the_new_goals_and_upgrades_again(tmp_path: Path) -> None:
    path = tmp_path / "round.sqlite"
    _migrate(path, "0006")
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO yearly_targets (year, metric, target_value) VALUES "
                "(2026, 'people_trained', 1000), (2026, 'public_procurement', 500000000)"
            )
        )
    engine.dispose()
    _migrate(path, "0005", down=True)
    engine = create_engine(f"sqlite:///{path}")
    with engine.connect() as connection:
        kept = connection.execute(text("SELECT metric FROM yearly_targets")).scalars().all()
    engine.dispose()
    assert kept == ["people_trained"]
    _migrate(path, "0006")
    assert _history(path) == []
