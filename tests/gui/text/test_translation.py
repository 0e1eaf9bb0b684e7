"""Korean first: every string of the window has a Korean translation, and it is shown."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialogButtonBox
from support.korean import RecordingTranslator, korean_recorder, latin_words, shown_texts

from hubdesk.gui.admin.preferences_dialog import PreferencesDialog
from hubdesk.gui.main_window import MainWindow
from hubdesk.gui.text.labels import has_label
from hubdesk.gui.ui_settings import UiSettings
from tools.translations import QM_FILE, TS_FILE, fill, lrelease, lupdate, unfinished


@pytest.fixture
def korean() -> Iterator[RecordingTranslator]:
    yield from korean_recorder()


def test_every_string_in_the_code_is_translated(tmp_path: Path) -> None:
    """lupdate over the code finds no string that the Korean file lacks."""
    ts_copy = tmp_path / TS_FILE.name
    shutil.copy(TS_FILE, ts_copy)
    lupdate(ts_copy)
    assert unfinished(ts_copy) == []


UNFINISHED_TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context><name>Page</name>
<message><source>Save</source><translation type="unfinished"></translation></message>
<message><source>Kept</source><translation>유지</translation></message>
<message numerus="yes"><source>%n item(s)</source>
<translation type="unfinished"><numerusform></numerusform></translation></message>
<message><source>Two
lines</source><translation type="unfinished"></translation></message>
</context>
</TS>
"""


def test_a_table_fills_only_unfinished_messages(tmp_path: Path) -> None:
    ts_file, table = tmp_path / "ko.ts", tmp_path / "ko.tsv"
    ts_file.write_text(UNFINISHED_TS, encoding="utf-8")
    table.write_text(
        "Page\tSave\t저장\nPage\tKept\t덮어쓰기\nPage\t%n item(s)\t%n건\n"
        "Page\tTwo\\nlines\t두 줄\nOther\tSave\t다른 곳\n",
        encoding="utf-8",
    )
    assert fill(table, ts_file) == 3
    assert unfinished(ts_file) == []
    text = ts_file.read_text(encoding="utf-8")
    assert "<translation>저장</translation>" in text and "덮어쓰기" not in text
    assert "<numerusform>%n건</numerusform>" in text and "두 줄" in text


def test_the_compiled_file_is_up_to_date(tmp_path: Path) -> None:
    qm = tmp_path / QM_FILE.name
    lrelease(TS_FILE, qm)
    assert qm.read_bytes() == QM_FILE.read_bytes(), "run: uv run python tools/translations.py"


def test_every_page_speaks_korean(
    korean: RecordingTranslator, make_window: Callable[..., MainWindow]
) -> None:
    window = make_window()
    for index in range(len(window.pages)):
        window.show_page(index)
    menus = [window.file_menu, window.edit_menu, window.view_menu, window.help_menu]
    assert korean.our_misses() == set()
    texts = list(shown_texts(window))
    texts += [("QMenu", action.text()) for menu in menus for action in menu.actions()]
    db_path = str(window.db.path)
    left = latin_words(((k, t.replace(db_path, "")) for k, t in texts), allowed=set())
    assert left == []
    assert window.file_menu.title() == "파일(&F)"


def test_dialogs_speak_korean(korean: RecordingTranslator, ui: UiSettings) -> None:
    dialog = PreferencesDialog(ui)
    buttons = dialog.findChild(QDialogButtonBox)
    assert buttons is not None
    ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert ok.text() == "확인"  # Qt's own strings come from qtbase_ko
    assert korean.our_misses() == set()
    assert latin_words(shown_texts(dialog), allowed={"English"}) == []


def test_every_enum_member_has_a_label() -> None:
    import hubdesk.domain.enums as enums

    members = [
        member
        for name in dir(enums)
        if isinstance(cls := getattr(enums, name), type)
        and issubclass(cls, enums.StrEnum)
        and cls is not enums.StrEnum
        for member in cls
    ]
    assert [m for m in members if not has_label(m)] == []
