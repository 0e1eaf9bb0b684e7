"""The little things a new member of staff read as unfinished (issue 14, item 10)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot
from support.hub import TODAY, Hub

from hubdesk.gui.i18n import install_translators
from hubdesk.gui.main_window import MainWindow
from hubdesk.gui.spaces.page import PLAN, SpacesPage
from hubdesk.gui.teams.page import TeamsPage
from hubdesk.services.spaces.spaces import SpaceService, TenancyDraft


def test_a_tenancy_starting_next_year_is_upcoming_in_the_team_detail(
    window: MainWindow, hub: Hub
) -> None:
    """The team detail said 입주 중 where the Spaces page says 입주 예정."""
    SpaceService(hub.db, hub.clerk).allocate(
        TenancyDraft(hub.teams["coop"], hub.spaces["2F-OD1"], 1, date(2027, 1, 1))
    )
    page = window.page_of(TeamsPage)
    assert isinstance(page, TeamsPage)
    page.refresh(frozenset())
    assert page.select_team(hub.teams["coop"])
    assert page.tenancies.item(0, 4).text() == "Starts on 2027-01-01"


def test_the_floor_plan_shows_another_day(qtbot: QtBot, window: MainWindow, hub: Hub) -> None:
    SpaceService(hub.db, hub.clerk).allocate(
        TenancyDraft(hub.teams["coop"], hub.spaces["3F-301"], 4, date(2027, 1, 1))
    )
    page = window.page_of(SpacesPage)
    assert isinstance(page, SpacesPage)
    window.show_page(window.pages.index(page))
    page.tabs.setCurrentIndex(PLAN)
    page.floor_box.setCurrentIndex(page.floor_box.findData(3))
    qtbot.wait(20)
    office = page.plan.items_by_id[hub.spaces["3F-301"]]
    assert office.room.occupants == ()  # free today
    from support.keyboard import set_day

    set_day(page.plan_day, date(2027, 3, 1))
    office = page.plan.items_by_id[hub.spaces["3F-301"]]
    assert [o.team_name for o in office.room.occupants] == ["금천도시농업협동조합"]
    page.plan_today.click()
    assert page.shown_day() == TODAY


def test_qts_own_dialogs_speak_korean(qtbot: QtBot) -> None:
    """The file dialogs said "Look in:" and "Files of type:"."""
    try:
        assert install_translators("ko")
        assert QCoreApplication.translate("QFileDialog", "Look in:") == "다음에서 찾기:"
        assert QCoreApplication.translate("QFileDialog", "Files of type:") == "파일 형식:"
    finally:
        install_translators("en")


def test_a_long_summary_wraps_and_scrolls_in_the_session_panel(
    qtbot: QtBot, window: MainWindow, hub: Hub
) -> None:
    from support.consulting import session_draft

    from hubdesk.gui.consulting.page import ConsultingPage
    from hubdesk.services.consulting.sessions import ConsultingService

    service = ConsultingService(hub.db, hub.clerk)
    booked = service.schedule(session_draft(hub)).session
    summary = "온라인 판로 확대 방안 검토. " * 40 + "https://example.org/" + "a" * 120
    service.complete(booked.id, summary, "조언", "후속", 4)
    page = window.page_of(ConsultingPage)
    assert isinstance(page, ConsultingPage)
    window.show_page(window.pages.index(page))
    page.select_session(booked.id)
    text = page.session_panel.text
    assert summary[:200] in text.text().replace("\n", "") and "a" * 120 in text.text()
    assert text.horizontalScrollBar().maximum() == 0  # wrapped, even the long word
