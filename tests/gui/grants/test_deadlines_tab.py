"""The settlement-deadline lists: late ones in red, those due within 30 days, and a row
chosen by double-click or Enter names its agreement."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush
from pytestqt.qtbot import QtBot
from support.grants import dev_draft, paid_disbursement
from support.hub import Hub
from support.panels import page_context, shown

from hubdesk.domain.enums import AgreementStatus
from hubdesk.domain.records import AgreementRecord
from hubdesk.gui.grants.deadlines_tab import OverdueSettlements
from hubdesk.gui.grants.page import BUDGET, DEADLINES, GrantsPage
from hubdesk.gui.main_window import MainWindow
from hubdesk.gui.topics import GRANTS
from hubdesk.services.grants.agreements import GrantService
from hubdesk.services.grants.settlements import SettlementService


def ended(hub: Hub, team: str, end: date, paid: int) -> AgreementRecord:
    grants = GrantService(hub.db, hub.clerk)
    record = grants.create_agreement(dev_draft(hub, team, end_date=end))
    grants.advance(record.id, AgreementStatus.SIGNED, date(2026, 3, 25))
    paid_disbursement(hub, record.id, paid)
    return grants.agreement(record.id)


def test_late_and_soon_due_settlements(qtbot: QtBot, hub: Hub, errors: list[str]) -> None:
    late = ended(hub, "coop", date(2026, 8, 9), 9_000_000)  # due 2026-10-12
    service = SettlementService(hub.db, hub.clerk)
    opened = service.open(late.id)
    expense = service.add_expense(opened.id, "재료비", "원자재", date(2026, 5, 2), 5_000_000)
    service.decide(expense, 5_000_000)
    soon = ended(hub, "social", date(2026, 10, 20), 2_000_000)  # due 2026-12-21
    ended(hub, "village", date(2026, 11, 30), 1_000_000)  # due 2027-02-01: not listed

    context = page_context(qtbot, hub.db, hub.clerk, errors)
    widget = shown(qtbot, OverdueSettlements(context))
    context.ops.changed.connect(lambda _topics: widget.refresh())  # as the grants page does
    widget.refresh()
    assert widget.late_model.texts() == [
        [
            late.number,
            "금천도시농업협동조합",
            "2026-08-09",
            "2026-10-12",
            "43 days late",
            "Open",
            "9,000,000",
            "4,000,000",
        ]
    ]
    days = widget.late_model.index(0, 4).data(Qt.ItemDataRole.ForegroundRole)
    assert isinstance(days, QBrush) and days.color().name() == "#b00020"
    assert widget.soon_model.texts() == [
        [
            soon.number,
            "(주)함께일하는세상",
            "2026-10-20",
            "2026-12-21",
            "27 days left",
            "Not opened",
            "2,000,000",
            "2,000,000",
        ]
    ]
    assert widget.soon_model.index(0, 4).data(Qt.ItemDataRole.ForegroundRole) is None
    assert widget.late_box.title() == "Overdue settlements (1)"
    assert widget.soon_box.title() == "Due within 30 days (1)"

    with qtbot.waitSignal(widget.agreement_chosen) as chosen:
        rect = widget.late.visualRect(widget.late_model.index(0, 1))
        # A double-click starts with a press, which QTest.mouseDClick leaves out.
        qtbot.mouseClick(widget.late.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(widget.late.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert chosen.args == [late.id]
    widget.soon.setFocus()
    widget.soon.setCurrentIndex(widget.soon_model.index(0, 0))
    with qtbot.waitSignal(widget.agreement_chosen) as chosen:
        qtbot.keyClick(widget.soon, Qt.Key.Key_Return)
    assert chosen.args == [soon.id]

    # Closing the settlement (an edit in this window) takes it off the list.
    context.ops.run(
        "close",
        lambda: SettlementService(hub.db, hub.clerk).close(
            opened.id, 4_000_000, date(2026, 11, 24)
        ),
    )
    assert widget.late_model.rowCount() == 0
    assert widget.late_box.title() == "Overdue settlements (0)"
    assert errors == []


def test_the_list_is_read_when_shown_not_when_the_window_opens(
    qtbot: QtBot, hub: Hub, window: MainWindow
) -> None:
    late = ended(hub, "coop", date(2026, 8, 9), 9_000_000)  # due 2026-10-12
    page = window.page_of(GrantsPage)
    assert isinstance(page, GrantsPage)
    widget = page.deadlines
    assert widget.late_model.rowCount() == 0  # nothing read yet
    window.show_page(window.pages.index(page))
    page.tabs.setCurrentIndex(DEADLINES)
    assert [row[0] for row in widget.late_model.texts()] == [late.number]
    page.tabs.setCurrentIndex(BUDGET)
    SettlementService(hub.db, hub.clerk).open(late.id)
    window.ops.changed.emit(frozenset({GRANTS}))  # hidden: read again when shown
    page.tabs.setCurrentIndex(DEADLINES)
    assert widget.late_model.texts()[0][5] == "Open"
