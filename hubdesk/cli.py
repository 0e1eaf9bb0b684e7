"""The command line: ``hubdesk`` opens the window, ``hubdesk <command>`` works headless.

Every error is one plain line on stderr with exit code 2; ``check`` exits 1 when the
file breaks a rule.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from hubdesk import __version__
from hubdesk.domain.errors import HubDeskError

if TYPE_CHECKING:
    from hubdesk.storage import Database

EXIT_OK, EXIT_VIOLATIONS, EXIT_ERROR = 0, 1, 2


class _Parser(argparse.ArgumentParser):
    """argparse that reports a usage error as one line, like every other error."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_ERROR, f"{self.prog}: error: {message} (see --help)\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="hubdesk", description="HubDesk: the desk of the social-economy hub.")
    parser.add_argument("--version", action="version", version=f"HubDesk {__version__}")
    parser.add_argument("--db", type=Path, help="open this file instead of the default one")
    parser.add_argument(
        "--demo", action="store_true", help="open the window on a fresh demo database"
    )
    parser.add_argument(
        "--smoke-test",
        nargs="?",
        const="window",
        choices=("window", "first-paint"),
        help="open the window on --db, exit 0 at its first paint (timing, bundles); "
        "first-paint: at the start frame's",
    )
    commands = parser.add_subparsers(dest="command", parser_class=_Parser)

    demo = commands.add_parser("demo", help="write a deterministic demo database")
    demo.add_argument("path", type=Path, help="the new file (must not exist)")
    demo.add_argument("--scale", type=_positive, default=1, help="multiply every volume (1–1000)")
    demo.add_argument("--seed", type=int, default=2026, help="random seed (default 2026)")
    demo.add_argument(
        "--today", type=_iso_date, default=None, help="the day the data is made for (YYYY-MM-DD)"
    )

    check = commands.add_parser("check", help="check integrity and every rule of a file")
    check.add_argument(
        "--db", type=Path, required=True, dest="check_db", metavar="PATH", help="the HubDesk file"
    )
    _add_export_parser(commands)
    agreement = commands.add_parser("agreement", help="print a grant agreement to a PDF file")
    agreement.add_argument(
        "--db",
        type=Path,
        required=True,
        dest="agreement_db",
        metavar="PATH",
        help="the HubDesk file",
    )
    agreement.add_argument("number", help="the agreement number, like 2026-사업개발-007")
    agreement.add_argument("-o", "--output", type=Path, required=True, help="the PDF to write")
    _add_backup_parsers(commands)
    _add_report_parser(commands)
    return parser


def _add_report_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    report = commands.add_parser("report", help="write a report of the district's goals")
    what = report.add_subparsers(dest="report_what", required=True, parser_class=_Parser)
    annual = what.add_parser("annual", help="the annual report (사회적경제 활성화 추진실적)")
    annual.add_argument(
        "--db",
        type=Path,
        default=None,
        dest="report_db",
        metavar="PATH",
        help="the HubDesk file (default: the window's file)",
    )
    annual.add_argument("--year", type=_year, required=True, help="like 2026")
    annual.add_argument("--format", choices=("pdf", "xlsx"), required=True)
    annual.add_argument("-o", "--output", type=Path, required=True, help="the file to write")


def _add_backup_parsers(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    backup = commands.add_parser("backup", help="back up a file (SQLite online backup)")
    backup.add_argument(
        "--db", type=Path, required=True, dest="backup_db", metavar="PATH", help="the HubDesk file"
    )
    backup.add_argument(
        "-o", "--output", type=Path, default=None, help="folder (default: <file>-backups)"
    )
    restore = commands.add_parser("restore", help="list the backups of a file, or restore one")
    restore.add_argument(
        "--db", type=Path, required=True, dest="restore_db", metavar="PATH", help="the HubDesk file"
    )
    restore.add_argument("backup", type=Path, nargs="?", help="the backup to restore")
    restore.add_argument("--list", action="store_true", help="list the backups and stop")


def _add_export_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    export = commands.add_parser("export", help="write a report file")
    what = export.add_subparsers(dest="export_what", required=True, parser_class=_Parser)
    log = what.add_parser("consultations", help="the quarterly consultation log")
    log.add_argument(
        "--db", type=Path, required=True, dest="export_db", metavar="PATH", help="the HubDesk file"
    )
    log.add_argument("--quarter", type=_quarter, required=True, help="like 2026Q3")
    log.add_argument("--format", choices=("xlsx", "csv", "pdf"), required=True)
    log.add_argument("-o", "--output", type=Path, required=True, help="the file to write")
    log.add_argument(
        "--encoding", choices=("utf-8-sig", "cp949"), default=None, help="CSV only (default UTF-8)"
    )
    log.add_argument("--unmasked", action="store_true", help="do not mask personal data")
    log.add_argument("--reason", default="", help="why (required with --unmasked)")


def _quarter(text: str) -> object:
    from hubdesk.domain.periods import Quarter

    try:
        return Quarter.parse(text)
    except HubDeskError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a quarter like 2026Q3") from None


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if not 1 <= value <= 1000:
        raise argparse.ArgumentTypeError(f"{value} is not between 1 and 1000")
    return value


def _year(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a year like 2026") from None
    if not 2000 <= value <= 2100:
        raise argparse.ArgumentTypeError(f"{value} is not a year between 2000 and 2100")
    return value


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2026-11-24") from None


def run_demo(path: Path, scale: int, seed: int, today: date | None = None) -> int:
    from hubdesk.services.demo import generate_demo

    started = time.perf_counter()

    def progress(step: str, done: int, total: int) -> None:
        if sys.stderr.isatty():
            print(f"\r{done}/{total} {step:<40}", end="", file=sys.stderr, flush=True)

    summary = generate_demo(path, scale=scale, seed=seed, today=today, progress=progress)
    if sys.stderr.isatty():
        print(file=sys.stderr)
    elapsed = time.perf_counter() - started
    rows = ", ".join(f"{name} {count:,}" for name, count in summary.counts().items())
    print(f"{path}: demo database written in {elapsed:.1f} s ({rows})")
    return EXIT_OK


def _open_for_work(path: Path) -> Database:
    """An existing file; what opening it repaired or finished is noted on stderr."""
    from hubdesk.storage import Database

    db = Database.open(path, create=False)
    for repair in db.repairs:
        print(f"hubdesk: note: {repair}", file=sys.stderr)
    _note(db.notices)
    return db


def _note(notices: Sequence[object]) -> None:
    for notice in notices:
        print(f"hubdesk: note: {notice}", file=sys.stderr)


def run_check(path: Path) -> int:
    from hubdesk.services.hub.checks import check_database
    from hubdesk.storage import Database

    with Database.open(path, create=False) as db:
        _note(db.notices)  # the triggers put back are among the violations
        violations = check_database(db)
    for violation in violations:
        print(violation)
    if violations:
        print(f"{path}: {len(violations)} violation(s)")
        return EXIT_VIOLATIONS
    print(f"{path}: integrity ok, no rule violated")
    return EXIT_OK


def run_export(args: argparse.Namespace) -> int:
    from hubdesk.domain.exports import CsvEncoding, ExportFormat
    from hubdesk.services.consulting.log import (
        ConsultationLogService,
        ExportRequest,
        checked_reason,
    )
    from hubdesk.services.people.staff import system_actor
    from hubdesk.storage.outputs import refuse_protected_target

    if args.encoding and args.format != "csv":
        raise HubDeskError(detail="--encoding applies to --format csv only")
    reason = checked_reason(not args.unmasked, args.reason)
    request = ExportRequest(
        args.quarter,
        ExportFormat(args.format),
        args.output,
        masked=not args.unmasked,
        reason=reason,
        encoding=CsvEncoding(args.encoding or CsvEncoding.UTF8_BOM),
    )
    with _open_for_work(args.export_db) as db:
        refuse_protected_target(args.output, db.path)  # before anything is written
        service = ConsultationLogService(db, system_actor(db))
        result = service.export(request)
    masked = "masked" if request.masked else "unmasked"
    print(
        f"{result.path}: {result.rows:,} sessions of {request.quarter} written "
        f"({request.format.value}, {masked})"
    )
    return EXIT_OK


def run_agreement(path: Path, number: str, output: Path) -> int:
    from hubdesk.services.grants.document import AgreementDocumentService
    from hubdesk.services.people.staff import system_actor
    from hubdesk.storage.outputs import refuse_protected_target

    with _open_for_work(path) as db:
        refuse_protected_target(output, db.path)  # before anything, the actor too, is written
        service = AgreementDocumentService(db, system_actor(db))
        document = service.document_by_number(number)
        target = service.save_pdf([document], output)
    print(f"{target}: agreement {document.number} written ({document.team.name})")
    return EXIT_OK


def run_annual_report(args: argparse.Namespace) -> int:
    from hubdesk.services.goals.report_files import save_annual_report
    from hubdesk.services.people.staff import system_actor
    from hubdesk.storage.outputs import refuse_protected_target
    from hubdesk.storage.paths import default_database_path

    path = args.report_db or args.db or default_database_path()
    with _open_for_work(path) as db:
        refuse_protected_target(args.output, db.path)  # before anything, the actor too, is written
        target = save_annual_report(
            db, system_actor(db), args.year, args.format, args.output, date.today()
        )
    print(f"{target}: annual report of {args.year} written ({args.format})")
    return EXIT_OK


def run_window(db_path: Path | None, demo: bool, smoke: str | None = None) -> int:
    from hubdesk.gui.start import run_window as start_window

    return start_window(db_path, demo=demo, smoke=smoke)


def main(argv: Sequence[str] | None = None) -> int:
    # --version and --help end here; nothing imports SQLAlchemy before the window paints.
    args = build_parser().parse_args(argv)
    try:
        if args.command == "demo":
            return run_demo(args.path, args.scale, args.seed, args.today)
        if args.command == "check":
            return run_check(args.check_db)
        if args.command == "export":
            return run_export(args)
        if args.command == "agreement":
            return run_agreement(args.agreement_db, args.number, args.output)
        if args.command == "report":
            return run_annual_report(args)
        if args.command in ("backup", "restore"):
            from hubdesk import cli_backup

            run = cli_backup.run_backup if args.command == "backup" else cli_backup.run_restore
            return run(args)
        return run_window(args.db, args.demo, args.smoke_test)
    except HubDeskError as error:
        print(f"hubdesk: error: {error}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("hubdesk: interrupted", file=sys.stderr)
        return EXIT_ERROR
    except OSError as error:
        print(f"hubdesk: error: {error.strerror or error}: {error.filename or ''}", file=sys.stderr)
        return EXIT_ERROR
    except Exception as error:
        if not _from_the_database(error):
            raise
        reason = getattr(error, "orig", None) or error
        print(f"hubdesk: error: the database refused the operation: {reason}", file=sys.stderr)
        return EXIT_ERROR


def _from_the_database(error: Exception) -> bool:
    """A SQLAlchemy error (the module is loaded whenever one can have been raised)."""
    exc = sys.modules.get("sqlalchemy.exc")
    return exc is not None and isinstance(error, exc.SQLAlchemyError)


if __name__ == "__main__":
    sys.exit(main())
