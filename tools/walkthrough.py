"""Drive the real window on an X display with xdotool, as a person would, and save a
screenshot of each step.

    ../shared/tools/on-x 'uv run python tools/walkthrough.py -o /tmp/walk'

The window runs in this process only so that the script can find where each widget is
on the screen; every click and key is a real X event sent by ``xdotool`` through the X
server, and every picture is the X screen taken by ImageMagick's ``import``. Needs
Debian's xvfb, xdotool and imagemagick. The steps run from a timer, so they go on while
a modal dialog has its own event loop.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import traceback
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

from PySide6.QtCore import QPoint, QTimer
from PySide6.QtWidgets import QApplication, QMenu, QWidget

from hubdesk.gui.app import Desk
from hubdesk.gui.i18n import install_translators
from hubdesk.gui.main_window import MainWindow
from hubdesk.gui.start import create_application
from hubdesk.gui.ui_settings import UiSettings
from hubdesk.services.demo import generate_demo

DAY = date(2026, 11, 24)
Step = Iterator[float]  # a scenario yields the seconds to wait before its next step


class Hands:
    """Clicks, keys and pictures through the X server."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.saved: list[Path] = []

    def _run(self, *command: str) -> None:
        """Send the events and return: the X server queues them, and the window takes
        them when the scenario yields (a modal dialog's own loop included)."""
        subprocess.run(command, check=True)

    def click(self, widget: QWidget, at: QPoint | None = None, *, double: bool = False) -> None:
        point = widget.mapToGlobal(at if at is not None else widget.rect().center())
        repeat = ["--repeat", "2", "--delay", "80"] if double else []
        self._run("xdotool", "mousemove", str(point.x()), str(point.y()), "click", *repeat, "1")

    def focus(self, widget: QWidget) -> None:
        """Give ``widget``'s window the keyboard, as a window manager does on a click."""
        self._run("xdotool", "windowfocus", str(int(widget.window().winId())))

    def key(self, *keys: str) -> None:
        self._run("xdotool", "key", "--delay", "60", *keys)

    def type(self, text: str) -> None:
        """Type ASCII text key by key (xdotool cannot type Hangul into Qt without an input
        method: ``paste`` puts it in as Ctrl+V does)."""
        self._run("xdotool", "type", "--delay", "40", text)

    def paste(self, text: str) -> None:
        """Put ``text`` on the clipboard and press Ctrl+V, as a person pasting does."""
        clipboard = QApplication.clipboard()
        clipboard.setText(text)
        self._run("xdotool", "key", "ctrl+v")

    def shot(self, name: str) -> None:
        path = self.folder / f"{name}.png"
        self._run("import", "-window", "root", str(path))
        self.saved.append(path)


def menu_item(hands: Hands, window: MainWindow, menu: QMenu, text: str) -> Step:
    """Open ``menu`` from the menu bar with a click, then click the item ``text``."""
    bar = window.menuBar()
    hands.click(bar, bar.actionGeometry(menu.menuAction()).center())
    yield 0.6
    action = next(a for a in menu.actions() if a.text().replace("&", "").startswith(text))
    hands.click(menu, menu.actionGeometry(action).center())
    yield 0.8


def button(parent: QWidget, *texts: str) -> QWidget:
    """The button of ``parent`` whose text is one of ``texts`` (Korean or English)."""
    return next(b for b in parent.findChildren(QWidget) if b.property("text") in texts)


def modal() -> QWidget:
    widget = QApplication.activeModalWidget() or QApplication.activePopupWidget()
    if widget is None:  # a message box of a window-modal dialog is a top-level of its own
        shown = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
        widget = next((w for w in reversed(shown) if w.inherits("QMessageBox")), None)
    assert widget is not None, "no dialog is open"
    return widget


def escape_and_discard(hands: Hands, shot: str = "") -> Step:
    """Escape on a dialog with input, then "버리고 닫기" in the question it asks."""
    hands.key("Escape")
    yield 0.8
    if shot:
        hands.shot(shot)
    hands.click(button(modal(), "버리고 닫기", "Discard"))
    yield 0.8


def scenario(desk: Desk, hands: Hands) -> Step:
    from hubdesk.gui.admin.preferences_dialog import PreferencesDialog
    from hubdesk.gui.grants.page import GrantsPage
    from hubdesk.gui.teams.page import TeamsPage
    from hubdesk.gui.teams.team_dialog import TeamDialog

    def window() -> MainWindow:
        assert desk.window is not None
        return desk.window

    def page_item(kind: type) -> None:
        w = window()
        index = w.pages.index(w.page_of(kind))
        hands.click(
            w.navigation.viewport(), w.navigation.visualItemRect(w.navigation.item(index)).center()
        )

    yield 1.5
    hands.click(window().stack)  # the first click gives the window the keyboard
    yield 0.3
    # 1. Selection by a mouse click enables the team's actions.
    page_item(TeamsPage)
    yield 0.8
    teams = window().page_of(TeamsPage)
    assert isinstance(teams, TeamsPage)
    hands.click(teams.search)
    hands.paste("협동")
    yield 0.4
    yield 1.0
    table = teams.table
    hands.click(table.viewport(), table.visualRect(teams.model.index(2, 0)).center())
    yield 0.8
    hands.shot("01-teams-row-clicked")
    # 9. A name too long is refused at the field; 5. Escape asks before discarding.
    hands.click(teams.new_button)
    yield 1.2
    dialog = teams.findChild(TeamDialog)
    assert dialog is not None
    hands.click(dialog.name)
    hands.type("HubDesk Social Cooperative " * 5)  # 135 characters
    yield 0.6
    print("typed:", len(dialog.name.text()), "characters")
    hands.shot("09-long-name-refused")
    yield from escape_and_discard(hands, shot="05-escape-asks")
    # 2, 3. Dates and money typed as written, in a new agreement.
    page_item(GrantsPage)
    yield 1.0
    grants = window().page_of(GrantsPage)
    assert isinstance(grants, GrantsPage)
    tabs = grants.tabs
    hands.click(tabs.tabBar(), tabs.tabBar().tabRect(1).center())
    yield 1.0
    hands.click(grants.agreements.new_button)
    yield 1.5
    agreement = grants.dialog
    assert agreement is not None
    # The clipboard is read when Ctrl+V arrives: each paste waits for the one before.
    hands.click(agreement.city)  # type: ignore[attr-defined]
    hands.type("300")
    hands.paste("만")
    yield 0.4
    hands.click(agreement.district)  # type: ignore[attr-defined]
    hands.paste("abc24만원")
    yield 0.4
    hands.click(agreement.copayment)  # type: ignore[attr-defined]
    hands.paste("3,000,000원")
    yield 0.4
    hands.click(agreement.start)  # type: ignore[attr-defined]
    hands.type("2027.1.1")
    yield 0.5
    hands.click(agreement.end)  # type: ignore[attr-defined]
    hands.type("2027-02-30")
    yield 0.6
    hands.shot("02-03-dates-and-money")
    yield from escape_and_discard(hands)
    # 4. A clash in the allocation dialog: the form keeps its shape, the seats left first.
    from hubdesk.gui.spaces.page import SpacesPage

    page_item(SpacesPage)
    yield 1.2
    spaces = window().page_of(SpacesPage)
    assert isinstance(spaces, SpacesPage)
    hands.click(spaces.search_box)
    hands.type("2F-205")
    hands.key("Return")
    yield 1.0
    hands.click(spaces.room_panel.allocate_button)
    yield 1.2
    allocation = spaces.dialog
    assert allocation is not None
    hands.click(allocation.team)  # type: ignore[attr-defined]
    hands.paste("협동")
    yield 0.8
    hands.key("Down", "Return")
    yield 0.4
    hands.click(allocation.seats)  # type: ignore[attr-defined]
    hands.key("ctrl+a")
    hands.type("3")
    yield 0.8
    hands.shot("04-allocation-clash")
    yield from escape_and_discard(hands)
    # 7. The approval inbox from the status bar; a double-click opens the agreement.
    hands.click(window().approvals_button)
    yield 1.2
    hands.shot("07-inbox")
    inbox = window().approvals_dialog
    row = inbox.table.visualRect(inbox.model.index(3, 1)).center()
    hands.click(inbox.table.viewport(), row, double=True)
    yield 1.5
    hands.shot("07-inbox-opened-agreement")
    # 6. Another language keeps the page, the filters and the chosen record.
    page_item(TeamsPage)
    yield 0.8
    w = window()
    yield from menu_item(hands, w, w.file_menu, "설정")
    preferences = modal()
    assert isinstance(preferences, PreferencesDialog)
    hands.click(preferences.language)
    yield 0.6
    hands.key("Down", "Return")
    yield 0.4
    ok = button(preferences, "확인", "OK")
    hands.click(ok)
    yield 2.0
    hands.shot("06-english-same-place")
    # 8. Say what happened: an edit, then Ctrl+Z.
    teams = window().page_of(TeamsPage)
    assert isinstance(teams, TeamsPage)
    hands.click(teams.edit_button)
    yield 1.2
    dialog = teams.findChild(TeamDialog)
    assert dialog is not None
    hands.click(dialog.name)
    hands.key("End")
    hands.type(" Lab")
    yield 0.4
    ok = button(dialog, "확인", "OK")
    hands.click(ok)
    yield 1.2
    hands.shot("08-saved-notice")
    hands.focus(teams)  # no window manager here gives the window back its keyboard
    hands.key("ctrl+z")
    yield 1.0
    hands.shot("08-undone-notice")
    # 9. The pages at 1024×768.
    w = window()
    w.resize(1024, 768)
    for index in range(len(w.pages)):
        w.show_page(index)
        yield 1.0
        hands.shot(f"09-small-page-{index + 1}")


def run(desk: Desk, hands: Hands, done: Callable[[], None]) -> None:
    steps = scenario(desk, hands)

    def next_step() -> None:
        try:
            wait = next(steps)
        except StopIteration:
            done()
            return
        except Exception:  # a step that found no widget: say where, and stop
            traceback.print_exc()
            done()
            return
        QTimer.singleShot(int(wait * 1000), next_step)

    QTimer.singleShot(0, next_step)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-o", "--output", type=Path, default=Path("walkthrough"))
    args = parser.parse_args()
    args.output.mkdir(parents=True, exist_ok=True)
    app = create_application()
    install_translators("ko")
    with tempfile.TemporaryDirectory(prefix="hubdesk-walk-") as folder:
        path = Path(folder) / "demo.sqlite"
        generate_demo(path, scale=1, today=DAY)
        ui = UiSettings.at(Path(folder) / "ui.ini")
        ui.language = "ko"
        desk = Desk(ui, demo=True)
        if not desk.open(path, create=False):
            return 2
        assert desk.window is not None
        desk.window.resize(1280, 800)
        hands = Hands(args.output)
        run(desk, hands, app.quit)
        app.exec()
        desk.close()
    for saved in hands.saved:
        print(saved)
    return 0


if __name__ == "__main__":
    sys.exit(main())
