"""A writer process the kill test SIGKILLs: ``python writer.py DB_PATH ROWS_PER_BATCH``.

It imports HubDesk once and then, for every ``go ROUND`` line on stdin, forks a child
that opens the file with ``hubdesk.storage.Database`` and writes batches until it is
killed. Each batch is one ``Database.write`` transaction: ``ROWS_PER_BATCH`` teams named
``k<round>-b<batch>-r<row>`` (each audited) and the ledger setting ``fault_ledger`` raised
by the same number. Forking from this single-threaded process makes a kill cost
milliseconds instead of a fresh interpreter.

Replies on stdout: ``pid N`` after a fork, ``ready N`` once the child has opened the
file, ``dead N STATUS`` after ``wait N``.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

from hubdesk.domain.enums import TeamKind, TeamStatus
from hubdesk.storage import Database
from hubdesk.storage.models import HubSetting, Team

LEDGER = "fault_ledger"
BATCH_NAME = "k{round:05d}-b{batch:06d}"
FILLER = "입주기업 설명 " * 12  # ~200 bytes a row: a batch spans pages


def _say(text: str) -> None:
    os.write(1, (text + "\n").encode())


def _write_batch(db: Database, round_no: int, batch: int, rows: int) -> None:
    prefix = BATCH_NAME.format(round=round_no, batch=batch)
    with db.write("faults") as session:
        for row in range(rows):
            session.add(
                Team(
                    name=f"{prefix}-r{row:03d}",
                    kind=TeamKind.COOPERATIVE,
                    status=TeamStatus.OPERATING,
                    representative="김결함",
                    description=FILLER,
                )
            )
        ledger = session.get(HubSetting, LEDGER)
        if ledger is None:
            session.add(HubSetting(key=LEDGER, value=json.dumps(rows)))
        else:
            ledger.value = json.dumps(json.loads(ledger.value) + rows)


def _child(path: Path, round_no: int, rows: int) -> None:
    db = Database.open(path, create=False)
    _say(f"ready {os.getpid()}")
    batch = 0
    while True:
        _write_batch(db, round_no, batch, rows)
        batch += 1


def main() -> None:
    path, rows = Path(sys.argv[1]), int(sys.argv[2])
    for line in sys.stdin:
        command, _, argument = line.strip().partition(" ")
        if command == "go":
            pid = os.fork()
            if pid == 0:
                try:
                    _child(path, int(argument), rows)
                finally:
                    os._exit(3)  # only reached if writing failed: the test sees status 3
            _say(f"pid {pid}")
        elif command == "wait":
            _, status = os.waitpid(int(argument), 0)
            _say(f"dead {argument} {status}")
        elif command == "quit":
            return


if __name__ == "__main__":
    main()
