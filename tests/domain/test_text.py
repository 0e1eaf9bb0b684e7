"""The text door (domain/text.py): NFKC (keeping the symbols Korean documents use),
invisible characters dropped, control and direction characters and lone surrogates
refused with the field's name."""

from __future__ import annotations

import re
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hubdesk.domain.errors import ValidationError
from hubdesk.domain.text import BIDI_CONTROLS, INVISIBLE, door_text, normalised

ZERO_WIDTH = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"]
HANGUL_FILLERS = ["\u3164", "\uffa0", "\u115f", "\u1160"]
OTHER_INVISIBLE = ["\u00ad", "\u034f", "\u180e", "\ufe0f", "\U000e0041"]
CONTROLS = ["\x00", "\x01", "\x07", "\x08", "\x0b", "\x0c", "\x1b", "\x7f", "\x85", "\x9b"]
BIDI = ["\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069"]
BIDI_MARKS = ["\u200e", "\u200f", "\u061c"]
SURROGATES = ["\ud800", "\udbff", "\udc00", "\udfff"]


@pytest.mark.parametrize(
    ("typed", "kept"),
    [
        ("ＡＢＣ협동조합", "ABC협동조합"),  # full-width latin
        ("함께카페１２３", "함께카페123"),  # full-width digits
        ("\u3000김철용\u3000", "김철용"),  # ideographic spaces
        ("ｶﾌｪ", "カフェ"),  # half-width katakana
        ("ﾠ김철용", "김철용"),  # a half-width Hangul filler in front
        ("김\u200b철\u200d용", "김철용"),  # zero-width characters inside
        ("ﬁle №５", "file No5"),  # a ligature and the numero sign
        ("\u1100\u200b\u1161", "가"),  # a dropped character between jamo that compose
    ],
)
def test_text_is_nfkc_normalised_and_invisible_characters_dropped(typed: str, kept: str) -> None:
    assert door_text(typed, "name") == kept


@pytest.mark.parametrize(
    "text",
    [
        "① 을은 사업계획에 따른다.\n② 기간은 1년으로 한다.",  # an agreement's paragraphs
        "㈜함께일하는세상",
        "면적 20㎡",
        "ㄱ. 목적 ㄴ. 기간",  # Hangul compatibility jamo as list markers
        "회계ㆍ세무",  # ㆍ typed as a middle dot
        "⑴ 첫째 ⒜ 둘째 ㉮ 셋째",
    ],
)
def test_the_symbols_korean_documents_use_are_kept_as_typed(text: str) -> None:
    assert door_text(text, "text", multiline=True) == text


@pytest.mark.parametrize("invisible", ZERO_WIDTH + HANGUL_FILLERS + OTHER_INVISIBLE)
def test_a_value_of_only_invisible_characters_is_empty(invisible: str) -> None:
    assert door_text(invisible * 3, "name") == ""
    assert door_text(f" {invisible}\u3000{invisible} ", "name") == ""


@pytest.mark.parametrize("char", CONTROLS + BIDI + BIDI_MARKS + SURROGATES)
@pytest.mark.parametrize("multiline", [False, True])
def test_control_direction_and_broken_characters_are_refused_with_the_field(
    char: str, multiline: bool
) -> None:
    with pytest.raises(ValidationError) as caught:
        door_text(f"함께{char}카페", "representative", multiline=multiline)
    assert caught.value.values["field"] == "representative"
    assert f"U+{ord(char):04X}" in caught.value.values["reason"]


@pytest.mark.parametrize("char", ["\t", "\n", "\r", "\u2028", "\u2029"])
def test_a_one_line_field_refuses_tabs_and_line_breaks_a_multi_line_field_keeps_them(
    char: str,
) -> None:
    with pytest.raises(ValidationError) as caught:
        door_text(f"김철{char}용", "name")
    assert caught.value.values["field"] == "name"
    assert door_text(f"첫 줄{char}둘째 줄", "summary", multiline=True) == f"첫 줄{char}둘째 줄"


def test_a_trailing_line_break_pasted_into_a_one_line_field_is_stripped() -> None:
    assert door_text("김철용\r\n", "name") == "김철용"


@settings(max_examples=300)
@given(st.text())
def test_what_the_door_lets_in_is_nfkc_without_refused_or_invisible_characters(
    text: str,
) -> None:
    try:
        kept = door_text(text, "note", multiline=True)
    except ValidationError:
        return
    # NFKC everywhere but in the runs of kept Korean document symbols
    for part in re.split(r"[\u3131-\u318e\u2460-\u24ff\u3200-\u33ff\U0001f100-\U0001f1ff]+", kept):
        assert unicodedata.is_normalized("NFKC", part)
    assert not set(kept) & (INVISIBLE | BIDI_CONTROLS)
    assert all(unicodedata.category(c) != "Cc" or c in "\t\n\r" for c in kept)
    assert door_text(kept, "note", multiline=True) == kept  # the door is idempotent
    assert normalised(kept) == kept
