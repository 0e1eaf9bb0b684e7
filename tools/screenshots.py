"""Save a PNG of every page and dialog of the window on a fresh demo database.

    uv run python tools/screenshots.py [-o docs/screenshots] [--language ko|en] [--scale N]

Runs offscreen when there is no display. The README shows the main pictures.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Callable
from datetime import date
from pathlib import Path

if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402
from sqlalchemy import select  # noqa: E402

from hubdesk.domain.enums import ApplicationStatus, SpaceKind, TenancyStatus  # noqa: E402
from hubdesk.gui.i18n import install_translators  # noqa: E402
from hubdesk.gui.main_window import MainWindow  # noqa: E402
from hubdesk.gui.start import create_application  # noqa: E402
from hubdesk.gui.ui_settings import UiSettings  # noqa: E402
from hubdesk.resources import resources_dir  # noqa: E402
from hubdesk.services.demo import DEMO_MANAGER, generate_demo  # noqa: E402
from hubdesk.services.people.staff import actor_for  # noqa: E402
from hubdesk.storage import Database  # noqa: E402
from hubdesk.storage.models import Application, Space, Team, Tenancy  # noqa: E402

DAY = date(2026, 11, 24)  # the demo is made for this day, so pictures do not drift


class Camera:
    """Saves numbered PNGs of widgets into one folder."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.saved: list[Path] = []

    def shoot(self, name: str, widget: QWidget) -> None:
        settle()
        path = self.folder / f"{name}.png"
        if not widget.grab().save(str(path)):
            raise OSError(f"could not write {path}")
        self.saved.append(path)


def settle() -> None:
    for _ in range(5):
        QApplication.processEvents()


def ids(db: Database) -> dict[str, int]:
    """Records worth showing: a full private office, an active tenancy, a waiting application."""
    with db.read() as session:
        full_office = session.scalar(
            select(Space.id)
            .join(Tenancy, Tenancy.space_id == Space.id)
            .where(
                Space.kind == SpaceKind.PRIVATE_OFFICE,
                Tenancy.status == TenancyStatus.ACTIVE,
                Tenancy.start_date <= DAY,
                Tenancy.end_date >= DAY,
            )
            .order_by(Space.code)
        )
        tenancy = session.scalar(
            select(Tenancy.id)
            .where(Tenancy.status == TenancyStatus.ACTIVE, Tenancy.start_date <= DAY)
            .order_by(Tenancy.end_date)
        )
        waiting = session.scalar(
            select(Application.id)
            .where(Application.status == ApplicationStatus.WAITLISTED)
            .order_by(Application.review_score.desc())
        )
        team = session.scalar(select(Team.id).order_by(Team.name))
    return {
        "office": full_office or 0,
        "tenancy": tenancy or 0,
        "waiting": waiting or 0,
        "team": team or 0,
    }


def shoot_pages(camera: Camera, window: MainWindow) -> None:
    from hubdesk.gui.spaces.page import SpacesPage
    from hubdesk.gui.teams.page import TeamsPage

    window.show_page(0)
    camera.shoot("01-overview", window)
    teams = window.page_of(TeamsPage)
    window.show_page(window.pages.index(teams))
    assert isinstance(teams, TeamsPage)
    teams.table.selectRow(0)
    camera.shoot("02-teams", window)
    spaces = window.page_of(SpacesPage)
    assert isinstance(spaces, SpacesPage)
    window.show_page(window.pages.index(spaces))
    for index in range(spaces.floor_box.count()):
        spaces.floor_box.setCurrentIndex(index)
        floor = spaces.floor_box.itemData(index)
        camera.shoot(f"03-floor-plan-{floor if floor is not None else index}", window)
    spaces.floor_box.setCurrentIndex(0)
    spaces.show_room(ids(window.db)["office"])
    camera.shoot("03-room", window)
    for tab, name in ((1, "04-timeline"), (2, "05-applications")):
        spaces.tabs.setCurrentIndex(tab)
        camera.shoot(name, window)
    spaces.tabs.setCurrentIndex(0)


def shoot_goals(camera: Camera, window: MainWindow) -> None:
    """The dashboard's drill-down, the training and procurement pages."""
    from hubdesk.domain.goals import Drill
    from hubdesk.gui.goals.page import OverviewPage
    from hubdesk.gui.goals.procurement_page import ProcurementPage
    from hubdesk.gui.goals.training_page import TrainingPage

    dashboard = window.page_of(OverviewPage)
    assert isinstance(dashboard, OverviewPage)
    window.show_page(window.pages.index(dashboard))
    drill = dashboard.open_drill(Drill.OPERATING)
    if drill is not None:
        drill.resize(760, 560)
        _shoot_dialog(camera, "08-dashboard-drill", drill, fit=False)
    training = window.page_of(TrainingPage)
    assert isinstance(training, TrainingPage)
    window.show_page(window.pages.index(training))
    training.course_view.selectRow(0)
    camera.shoot("09-training", window)
    procurement = window.page_of(ProcurementPage)
    window.show_page(window.pages.index(procurement))
    camera.shoot("09-procurement", window)
    window.show_page(0)
    shoot_annual_report(camera, window)


def shoot_annual_report(camera: Camera, window: MainWindow) -> None:
    """Every page of this year's 추진실적 PDF, as the agreement's pages are shot."""
    from PySide6.QtCore import QSize

    from hubdesk.gui.common.pdf_preview import pdf_document
    from hubdesk.reports.annual_pdf import write_annual_pdf
    from hubdesk.services.goals.annual import AnnualReportService

    report = AnnualReportService(window.db, window.actor).report(DAY.year, DAY)
    with tempfile.TemporaryDirectory(prefix="hubdesk-annual-") as folder:
        target = Path(folder) / "annual.pdf"
        write_annual_pdf(report, target)
        printed = pdf_document(target.read_bytes(), window)
    for number in range(printed.pageCount()):
        path = camera.folder / f"38-annual-report-page-{number + 1}.png"
        if not printed.render(number, QSize(827, 1170)).save(str(path)):
            raise OSError(f"could not write {path}")
        camera.saved.append(path)


def shoot_dialogs(camera: Camera, window: MainWindow) -> None:
    from hubdesk.gui.admin import preferences_dialog as preferences
    from hubdesk.gui.spaces import application_dialogs as applications
    from hubdesk.gui.spaces import tenancy_dialogs as tenancy
    from hubdesk.gui.teams import team_dialog as team
    from hubdesk.services.people.teams import TeamService

    context, found = window.context, ids(window.db)
    record = TeamService(window.db, window.actor).get(found["team"])
    dialogs: list[tuple[str, Callable[[], QWidget]]] = [
        ("10-team-new", lambda: team.TeamDialog(context, window)),
        ("11-team-edit", lambda: team.TeamDialog(context, window, record)),
        ("12-allocate", lambda: tenancy.AllocateDialog(context, window, team_id=found["team"])),
        (
            "13-allocate-clash",
            lambda: tenancy.AllocateDialog(
                context, window, space_id=found["office"], team_id=found["team"]
            ),
        ),
        ("14-renew", lambda: tenancy.RenewDialog(context, found["tenancy"], window)),
        ("15-end-early", lambda: tenancy.EndTenancyDialog(context, found["tenancy"], window)),
        ("16-checklist", lambda: tenancy.ChecklistDialog(context, found["tenancy"], window)),
        ("17-application", lambda: applications.ApplicationDialog(context, window)),
        ("18-review", lambda: applications.ReviewDialog(context, found["waiting"], window)),
        (
            "19-allocate-applicant",
            lambda: applications.AllocateApplicationDialog(context, found["waiting"], window),
        ),
        ("20-settings", lambda: preferences.PreferencesDialog(window.ui, window)),
    ]
    for name, make in dialogs:
        dialog = make()
        dialog.show()
        dialog.adjustSize()
        camera.shoot(name, dialog)
        dialog.close()
        dialog.deleteLater()


def shoot_consulting(camera: Camera, window: MainWindow) -> None:
    """The consulting page's week, month and list, and its dialogs (one with a clash)."""
    from hubdesk.gui.consulting.mou_dialog import MouDialog
    from hubdesk.gui.consulting.page import ConsultingPage
    from hubdesk.gui.consulting.session_dialogs import CompleteDialog, ScheduleDialog

    page = window.page_of(ConsultingPage)
    assert isinstance(page, ConsultingPage)
    window.show_page(window.pages.index(page))
    settle()
    today = [row for row in page.week.rows if row.starts_at.date() == DAY]
    if today:
        page.select_session(today[0].id)
    camera.shoot("07-consulting-week", window)
    for tab, name in ((1, "07-consulting-month"), (2, "07-consulting-list")):
        page.tabs.setCurrentIndex(tab)
        camera.shoot(name, window)
    page.tabs.setCurrentIndex(0)
    booked = today[0] if today else page.week.rows[0]
    clash = ScheduleDialog(
        window.context,
        window,
        day=booked.starts_at.date(),
        start=booked.starts_at.time(),
        team_id=ids(window.db)["team"],
    )
    clash.consultant.setCurrentIndex(clash.consultant.findData(booked.consultant_id))
    clash.topic.setText("판로 개척 상담")
    dialogs: list[tuple[str, QWidget]] = [
        ("21-schedule-session-clash", clash),
        ("22-complete-session", CompleteDialog(window.context, booked.id, window)),
        ("23-mou-consultants", MouDialog(window.context, window)),
    ]
    for name, dialog in dialogs:
        dialog.show()
        if not isinstance(dialog, MouDialog):
            dialog.adjustSize()
        camera.shoot(name, dialog)
        dialog.close()
        dialog.deleteLater()


def grant_examples(db: Database) -> dict[str, int]:
    """Agreements worth showing: one with a tranche waiting for approval, one whose
    settlement has expenses still to decide."""
    from hubdesk.domain.enums import DisbursementStatus, ExpenseDecision
    from hubdesk.storage.models import Disbursement, Settlement, SettlementExpense

    with db.read() as session:
        requested = session.scalar(
            select(Disbursement.agreement_id)
            .where(Disbursement.status == DisbursementStatus.REQUESTED)
            .order_by(Disbursement.agreement_id.desc())
        )
        settling = session.scalar(
            select(Settlement.agreement_id)
            .join(SettlementExpense, SettlementExpense.settlement_id == Settlement.id)
            .where(SettlementExpense.decision == ExpenseDecision.PENDING)
            .order_by(Settlement.agreement_id.desc())
        )
    assert requested is not None and settling is not None
    return {"requested": requested, "settling": settling}


def shoot_grants(camera: Camera, window: MainWindow) -> None:
    """The grants page's tabs, the agreement dialog with a refusal, the agreement preview,
    the article editor, and the first page of a printed agreement."""
    from PySide6.QtCore import QEventLoop, QSize, QTimer

    from hubdesk.gui.admin.hub_settings_dialog import HubSettingsDialog
    from hubdesk.gui.common.pdf_preview import pdf_document
    from hubdesk.gui.context import PageContext
    from hubdesk.gui.grants.agreement_dialog import AgreementDialog
    from hubdesk.gui.grants.agreement_output import AgreementPreviewDialog, start_preview
    from hubdesk.gui.grants.page import AGREEMENTS, BUDGET, DEADLINES, GrantsPage
    from hubdesk.reports.agreement_pdf import agreements_pdf_bytes
    from hubdesk.services.grants.document import AgreementDocumentService

    page = window.page_of(GrantsPage)
    assert isinstance(page, GrantsPage)
    window.show_page(window.pages.index(page))
    found = grant_examples(window.db)
    page.tabs.setCurrentIndex(BUDGET)
    camera.shoot("30-grants-budget", window)
    page.tabs.setCurrentIndex(AGREEMENTS)
    page.agreements.select(found["requested"])
    camera.shoot("31-grants-disbursements", window)
    page.agreements.search_box.setText("")
    page.agreements.select(found["settling"])
    page.agreements.money_tabs.setCurrentWidget(page.agreements.settlement)
    camera.shoot("32-grants-settlement", window)
    page.tabs.setCurrentIndex(DEADLINES)
    camera.shoot("33-grants-deadlines", window)

    dialog = AgreementDialog(window.context, window, team_id=ids(window.db)["team"])
    dialog.purpose.setPlainText("시제품 제작 및 판로 개척")
    dialog.city.setValue(3_000_000)
    dialog.district.setValue(5_000_000)
    dialog.copayment.setValue(400_000)
    _shoot_dialog(camera, "34-new-agreement-copayment", dialog)

    job = start_preview(window.context, [found["requested"]], window)
    loop = QEventLoop()
    job.finished.connect(lambda _outcome: loop.quit())
    loop.exec()
    previews = [d for d in window.findChildren(AgreementPreviewDialog) if d.isVisible()]
    for preview in previews:
        preview.resize(900, 860)
        wait = QEventLoop()
        QTimer.singleShot(1500, wait.quit)  # QPdfView renders its pages in a thread
        wait.exec()
        camera.shoot("35-agreement-preview", preview)
        preview.close()

    admin = PageContext(window.db, actor_for(window.db, "admin"), window.ops, lambda: DAY)
    settings = HubSettingsDialog(admin, window)
    settings.tabs.setCurrentIndex(1)
    settings.show()
    settings.resize(1000, 640)
    camera.shoot("36-hub-settings-articles", settings)
    settings.close()

    documents = AgreementDocumentService(window.db, window.actor).documents([found["requested"]])
    printed = pdf_document(agreements_pdf_bytes(documents), window)
    for number in range(min(printed.pageCount(), 3)):
        path = camera.folder / f"37-agreement-page-{number + 1}.png"
        if not printed.render(number, QSize(827, 1170)).save(str(path)):
            raise OSError(f"could not write {path}")
        camera.saved.append(path)


def shoot_audit(camera: Camera, window: MainWindow) -> None:
    """A few edits by three staff members, then the audit page with one change in full."""
    from dataclasses import replace

    from hubdesk.domain.enums import TeamStatus
    from hubdesk.gui.audit.page import AuditPage
    from hubdesk.services.hub.team_views import TeamQuery, TeamViewService
    from hubdesk.services.people.teams import TeamService, draft_of

    db, found = window.db, ids(window.db)
    teams = TeamService(db, actor_for(db, "staff1"))
    team = teams.get(found["team"])
    edited = replace(draft_of(team), representative="김민수", employees=team.employees + 2)
    teams.update(team.id, edited, version=team.version)
    other = TeamService(db, actor_for(db, "staff2"))
    closing = TeamViewService(db, actor_for(db, "staff2")).search(
        TeamQuery(status=TeamStatus.OPERATING), DAY, 1, 1
    )
    for row in closing:
        other.close(row.id, DAY)
    page = window.page_of(AuditPage)
    assert isinstance(page, AuditPage)
    window.show_page(window.pages.index(page))
    page.refresh(frozenset())
    page.changes.table.selectRow(len(closing))
    camera.shoot("06-audit", window)


def shoot_trust(camera: Camera, window: MainWindow) -> None:
    """Sign-in (after a wrong password), the backups, the accounts, a read-only window."""
    from datetime import datetime

    from hubdesk.gui.admin.accounts_dialog import AccountsDialog
    from hubdesk.gui.admin.backups_dialog import BackupsDialog
    from hubdesk.gui.admin.sign_in import SignInDialog
    from hubdesk.storage.backup import BackupReason, take_backup
    from hubdesk.storage.lock import LockOwner

    db = window.db
    sign_in = SignInDialog(db, str(db.path), window)
    sign_in.username.setText("staff1")
    sign_in.password.setText("not-the-password")
    sign_in.accept()
    _shoot_dialog(camera, "40-sign-in-wrong-password", sign_in)
    for hour, reason in ((9, BackupReason.OPEN), (9, BackupReason.TIMER), (18, BackupReason.CLOSE)):
        moment = datetime(2026, 11, 24, hour, 30 if reason == BackupReason.TIMER else 2)
        take_backup(db.path, reason, engine=db.engine, now=moment)
    from hubdesk.gui.consulting.export_dialog import ExportLogDialog

    _shoot_dialog(camera, "24-export-log", ExportLogDialog(window.context, window))
    admin = actor_for(db, "admin")
    _shoot_dialog(camera, "41-backups", BackupsDialog(db, admin, window))
    _shoot_dialog(camera, "42-accounts", AccountsDialog(db, admin, window))
    since = datetime(2026, 11, 24, 8, 55)
    holder = LockOwner("이선영", "HUB-PC-02", 4242, since, since, "x")
    viewer = MainWindow(db, window.actor, ui=window.ui, today=lambda: DAY, holder=holder)
    viewer.resize(1280, 800)
    viewer.show()
    camera.shoot("43-read-only", viewer)
    viewer.close()


def shoot_desk(camera: Camera, window: MainWindow) -> None:
    """The approval inbox over the Overview, the user guide and the shortcut list."""
    from hubdesk.gui.help import GuideDialog, ShortcutsDialog

    window.show_page(0)
    dialog = window.open_approvals()
    assert dialog is not None
    settle()
    camera.shoot("70-approvals", window)
    dialog.close()
    guide = GuideDialog(window)
    guide.resize(900, 760)
    _shoot_dialog(camera, "71-guide", guide, fit=False)
    _shoot_dialog(camera, "72-shortcuts", ShortcutsDialog(window.menuBar(), window), fit=False)


# The user guide's pictures (resources/help/images), from the screenshots above.
GUIDE_PICTURES = {
    "01-overview": "overview",
    "02-teams": "teams",
    "12-allocate": "allocate",
    "21-schedule-session-clash": "schedule",
    "24-export-log": "export",
    "31-grants-disbursements": "disbursements",
    "41-backups": "backups",
    "70-approvals": "approvals",
    "61-new-agreement-typed": "typed",
    "09-training": "training",
    "09-procurement": "procurement",
}
GUIDE_WIDTH = 820


def write_guide_pictures(camera: Camera, folder: Path) -> None:
    """Scale the guide's pictures down to the guide's width (and keep them small)."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage

    for shot, name in GUIDE_PICTURES.items():
        source = camera.folder / f"{shot}.png"
        if not source.is_file():
            continue
        image = QImage(str(source))
        if image.width() > GUIDE_WIDTH:
            image = image.scaledToWidth(GUIDE_WIDTH, Qt.TransformationMode.SmoothTransformation)
        target = folder / f"{name}.png"
        if not image.convertToFormat(QImage.Format.Format_Indexed8).save(str(target)):
            raise OSError(f"could not write {target}")
        camera.saved.append(target)


def _shoot_dialog(camera: Camera, name: str, dialog: QWidget, *, fit: bool = True) -> None:
    dialog.show()
    if fit:
        dialog.adjustSize()
    camera.shoot(name, dialog)
    dialog.close()
    dialog.deleteLater()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-o", "--output", type=Path, default=Path("docs/screenshots"))
    parser.add_argument("--language", choices=("ko", "en"), default="ko")
    parser.add_argument("--scale", type=int, default=1)
    args = parser.parse_args()
    args.output.mkdir(parents=True, exist_ok=True)
    create_application()
    install_translators(args.language)
    camera = Camera(args.output)
    with tempfile.TemporaryDirectory(prefix="hubdesk-shots-") as folder:
        path = Path(folder) / "demo.sqlite"
        generate_demo(path, scale=args.scale, today=DAY)
        with Database.open(path, create=False) as db:
            ui = UiSettings.at(Path(folder) / "ui.ini")
            window = MainWindow(
                db, actor_for(db, DEMO_MANAGER), demo=True, ui=ui, today=lambda: DAY
            )
            window.resize(1280, 800)
            window.show()
            shoot_pages(camera, window)
            shoot_goals(camera, window)
            shoot_dialogs(camera, window)
            shoot_consulting(camera, window)
            shoot_grants(camera, window)
            shoot_audit(camera, window)
            shoot_trust(camera, window)
            shoot_desk(camera, window)
            window.close()
    if args.language == "ko" and args.output == Path("docs/screenshots"):
        write_guide_pictures(camera, resources_dir() / "help" / "images")
    for saved in camera.saved:
        print(saved)
    return 0


if __name__ == "__main__":
    sys.exit(main())
