"""Long text never resizes the window or slips through silently.

A 500-character name was cut to 120 without a word, then widened the main window to
2,099 px (off a 1,600 px screen) and made the Edit menu's undo text screen-wide.
"""

from __future__ import annotations

from pytestqt.qtbot import QtBot
from support.hub import Hub
from support.keyboard import show_active

from hubdesk.domain.enums import TeamKind
from hubdesk.gui.main_window import MainWindow
from hubdesk.gui.teams.page import TeamsPage
from hubdesk.gui.teams.team_dialog import TeamDialog
from hubdesk.services.people.teams import TeamDraft, TeamService

LONG_NAME = "사회적협동조합 " * 17  # 136 characters: over the 120 a name may have


def test_a_name_too_long_is_refused_in_words_not_cut(qtbot: QtBot, window: MainWindow) -> None:
    dialog = TeamDialog(window.context, window)
    qtbot.addWidget(dialog)
    dialog.show()
    show_active(qtbot, dialog)
    dialog.name.setFocus()
    qtbot.keyClicks(dialog.name, "x" * 130)
    assert dialog.name.text() == "x" * 130  # nothing cut behind the person's back
    assert "120" in dialog.name_note.text() and dialog.name_note.isVisible()
    assert not dialog.ok_button.isEnabled()


def test_a_long_name_resizes_neither_the_window_nor_the_menus(
    qtbot: QtBot, window: MainWindow, hub: Hub
) -> None:
    window.resize(1280, 800)
    qtbot.wait(20)
    width = window.width()
    name = ("가" * 119) + "끝"
    service = TeamService(hub.db, hub.clerk)
    record = window.ops.run(
        "Add team " + name,
        lambda: service.add(TeamDraft(name, TeamKind.COOPERATIVE, "김민용")),
        undo=lambda done: service.delete(done.id),
    )
    assert record is not None
    page = window.page_of(TeamsPage)
    assert isinstance(page, TeamsPage)
    window.show_page(window.pages.index(page))
    page.refresh(frozenset())
    assert page.select_team(record.id)
    qtbot.wait(50)
    assert window.width() == width and window.minimumSizeHint().width() <= 1024
    assert page.detail_title.toolTip() == name  # the whole name is a hover away
    undo = next(a for a in window.edit_menu.actions() if a.shortcut().toString() == "Ctrl+Z")
    assert len(undo.text()) <= 80 and name not in undo.text()


def test_no_page_is_widened_by_a_long_name(qtbot: QtBot, window: MainWindow, hub: Hub) -> None:
    from support.consulting import session_draft
    from support.grants import signed_dev_agreement

    from hubdesk.services.consulting.sessions import ConsultingService

    service = TeamService(hub.db, hub.clerk)
    coop = service.get(hub.teams["coop"])
    long_name = "가나다라마바사아자차카타파하" * 8  # 112 characters
    draft = TeamDraft(long_name, coop.kind, coop.representative, brn=coop.brn)
    service.update(coop.id, draft, version=coop.version)
    ConsultingService(hub.db, hub.clerk).schedule(session_draft(hub))
    signed_dev_agreement(hub)
    window.resize(1024, 700)
    qtbot.wait(20)
    for index in range(len(window.pages)):
        window.show_page(index)
        window.pages[index].refresh(frozenset())
        qtbot.wait(30)
        assert window.width() == 1024, type(window.pages[index]).__name__
