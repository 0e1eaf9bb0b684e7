"""The process the output kill tests SIGKILL: ``python output_worker.py DB BACKUP OUT``.

It imports HubDesk once and then, for every ``go KIND ROUND`` line on stdin, forks a
child that does one whole output and exits 0; the test kills most children midway.
Forking from this single-threaded process makes a kill cost milliseconds instead of a
fresh interpreter. KIND is one of:

- ``demo``: ``generate_demo`` into ``OUT/demo-ROUND.sqlite``;
- ``backup``: ``take_backup`` of DB into its backups folder;
- ``restore``: ``restore_backup`` of BACKUP (or the path after ROUND) onto DB;
- ``export-xlsx``, ``export-csv``, ``export-pdf``: the quarterly log of 2026Q3 into
  ``OUT/log-ROUND.EXT``;
- ``agreement``: every agreement of the file saved into ``OUT/agreements-ROUND.pdf``.

Replies on stdout: ``pid N`` after a fork, ``ready N`` once the child starts its work,
``dead N STATUS`` after ``wait N``.
"""

from __future__ import annotations

import os
import sys
from datetime import date
from pathlib import Path

from sqlalchemy import select

from hubdesk.domain.exports import ExportFormat
from hubdesk.domain.periods import Quarter
from hubdesk.services.consulting.log import ConsultationLogService, ExportRequest
from hubdesk.services.demo import generate_demo
from hubdesk.services.grants.document import AgreementDocumentService
from hubdesk.services.people.staff import system_actor
from hubdesk.storage import Database
from hubdesk.storage.backup import BackupReason, take_backup
from hubdesk.storage.models import GrantAgreement
from hubdesk.storage.restore import restore_backup

TODAY = date(2026, 11, 24)
QUARTER = Quarter(2026, 3)


def _say(text: str) -> None:
    os.write(1, (text + "\n").encode())


def _export(db_path: Path, target: Path, kind: str) -> None:
    with Database.open(db_path, create=False) as db:
        _say(f"ready {os.getpid()}")
        service = ConsultationLogService(db, system_actor(db))
        service.export(ExportRequest(QUARTER, ExportFormat(kind), target))


def _agreements(db_path: Path, target: Path) -> None:
    with Database.open(db_path, create=False) as db:
        _say(f"ready {os.getpid()}")
        with db.read() as session:
            ids = list(session.scalars(select(GrantAgreement.id).order_by(GrantAgreement.id)))
        service = AgreementDocumentService(db, system_actor(db))
        service.save_pdf(service.documents(ids), target)


def run(kind: str, round_no: int, db: Path, backup: Path, out: Path) -> None:
    """One whole output of ``kind`` (the module's docstring lists them)."""
    if kind == "demo":
        _say(f"ready {os.getpid()}")
        generate_demo(out / f"demo-{round_no:04d}.sqlite", today=TODAY)
    elif kind == "backup":
        _say(f"ready {os.getpid()}")
        take_backup(db, BackupReason.MANUAL)
    elif kind == "restore":
        _say(f"ready {os.getpid()}")
        restore_backup(backup, db)
    elif kind.startswith("export-"):
        extension = kind.removeprefix("export-")
        _export(db, out / f"log-{round_no:04d}.{extension}", extension)
    elif kind == "agreement":
        _agreements(db, out / f"agreements-{round_no:04d}.pdf")
    else:
        raise ValueError(kind)


def main() -> None:
    db, backup, out = (Path(argument) for argument in sys.argv[1:4])
    for line in sys.stdin:
        command, *arguments = line.split()
        if command == "go":
            pid = os.fork()
            if pid == 0:
                code = 3
                try:
                    source = Path(arguments[2]) if len(arguments) > 2 else backup
                    run(arguments[0], int(arguments[1]), db, source, out)
                    code = 0
                finally:
                    os._exit(code)
            _say(f"pid {pid}")
        elif command == "wait":
            _, status = os.waitpid(int(arguments[0]), 0)
            _say(f"dead {arguments[0]} {status}")
        elif command == "quit":
            return


if __name__ == "__main__":
    main()
