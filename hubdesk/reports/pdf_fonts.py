"""NanumGothic for ReportLab: the bundled TTF, embedded (subset) in every PDF; text
measured, wrapped and drawn as one PDF text object per cell or paragraph.

CID fonts are not embedded and drop "₩", so reports register the TrueType files
the window uses too (resources/fonts).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from reportlab import rl_config
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from hubdesk.resources import font_path

REGULAR = "NanumGothic"
BOLD = "NanumGothic-Bold"
_SPACES = re.compile(r"[ \t\r\n]+")  # not the no-break space
SPACE_SHRINK = rl_config.spaceShrinkage  # 5 %: how much a justified line's spaces may shrink


@dataclass(frozen=True, slots=True)
class Fonts:
    regular: str
    bold: str


def register_korean_fonts() -> tuple[str, str]:
    """Register the regular and bold faces once; return their ReportLab names."""
    known = pdfmetrics.getRegisteredFontNames()
    if REGULAR not in known:
        pdfmetrics.registerFont(TTFont(REGULAR, str(font_path(False))))
    if BOLD not in known:
        pdfmetrics.registerFont(TTFont(BOLD, str(font_path(True))))
        pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD)
    return REGULAR, BOLD


def text_width(text: str, font: str, size: float) -> float:
    return sum(map(_glyph_widths(font).__getitem__, text)) * size / 1000


class _Widths(dict[str, float]):
    """Glyph widths (1/1000 em) by character; unknown characters take the default."""

    def __init__(self, widths: dict[str, float], default: float) -> None:
        super().__init__(widths)
        self.default = default

    def __missing__(self, key: str) -> float:
        return self.default


@lru_cache(maxsize=8)
def _glyph_widths(font: str) -> _Widths:
    face = pdfmetrics.getFont(font).face
    return _Widths({chr(code): width for code, width in face.charWidths.items()}, face.defaultWidth)


@lru_cache(maxsize=65_536)
def wrap_lines(text: str, width: float, font: str, size: float) -> tuple[str, ...]:
    """Break ``text`` into lines no wider than ``width``: at spaces where possible,
    inside a word (an e-mail, a long name) where it must. Cached: places, names and
    affiliations recur on many rows."""
    lines: list[str] = []
    space = text_width(" ", font, size)
    for paragraph in text.split("\n"):
        line, used = "", 0.0
        for word in paragraph.split(" "):
            wide = text_width(word, font, size)
            if line and used + space + wide <= width:
                line, used = f"{line} {word}", used + space + wide
                continue
            if line:
                lines.append(line)
            while len(word) > 1 and wide > width:
                cut = _fitting(word, width, font, size)
                lines.append(word[:cut])
                word = word[cut:]
                wide = text_width(word, font, size)
            line, used = word, wide
        lines.append(line)
    return tuple(lines)


def _fitting(word: str, width: float, font: str, size: float) -> int:
    """How many leading characters of ``word`` fit in ``width`` (at least one)."""
    cut = 1
    while cut < len(word) and text_width(word[: cut + 1], font, size) <= width:
        cut += 1
    return cut


def draw_lines(
    canvas: Canvas,
    x: float,
    y: float,
    lines: Sequence[str],
    font: str,
    size: float,
    leading: float,
    align: int = TA_LEFT,
    width: float = 0.0,
) -> None:
    """``lines`` as one text object, the first baseline at ``y``; right-aligned or
    centred lines are placed within ``width`` from ``x``."""
    text = canvas.beginText(x, y)
    text.setFont(font, size, leading)
    if align == TA_LEFT:
        for line in lines:
            text.textLine(line)
    else:
        for line in lines:
            room = width - text_width(line, font, size)
            text.setTextOrigin(x + (room if align == TA_RIGHT else room / 2), y)
            text.textLine(line)
            y -= leading
    canvas.drawText(text)


# --- paragraphs: words in one or two faces, wrapped, aligned or justified -------------


class Word(NamedTuple):
    text: str
    font: str
    width: float


class TextLine(NamedTuple):
    """One wrapped line: its text by face, where it starts, how wide it may be and is."""

    runs: tuple[tuple[str, str], ...]  # (font, text), the space before a run in it
    gaps: int  # spaces between words, which justification widens
    indent: float  # from the paragraph's left edge
    room: float
    width: float  # of the words and the spaces between them
    last: bool  # the paragraph's last line is never justified


def words_of(text: str, font: str, size: float) -> list[Word]:
    """The words of ``text`` between runs of white space (a line break is a space too,
    as in a ReportLab paragraph; a no-break space stays inside its word)."""
    return [_word(word, font, size) for word in _SPACES.split(text) if word]


def _word(text: str, font: str, size: float) -> Word:
    return Word(text, font, text_width(text, font, size))


@lru_cache(maxsize=4096)
def paragraph_lines(
    text: str,
    font: str,
    size: float,
    room: float,
    *,
    lead: str = "",
    lead_font: str = "",
    first_indent: float = 0.0,
    indent: float = 0.0,
) -> tuple[TextLine, ...]:
    """``text`` in ``font`` (after ``lead`` in ``lead_font``, if any) wrapped to
    ``room``. Cached: most paragraphs of an agreement are the same in every one."""
    words = words_of(lead, lead_font, size) + words_of(text, font, size)
    return tuple(wrap_words(words, size, room, first_indent=first_indent, indent=indent))


def wrap_words(
    words: Sequence[Word],
    size: float,
    room: float,
    *,
    first_indent: float = 0.0,
    indent: float = 0.0,
) -> list[TextLine]:
    """Greedy lines no wider than their room (the first line's starts at
    ``first_indent``, the others at ``indent``), as ReportLab breaks a paragraph: its
    spaces may shrink by ``SPACE_SHRINK`` to take one more word, and a word wider than
    a whole line fills the rest of its line and goes on in the next (``splitLongWords``)."""
    space = text_width(" ", REGULAR, size)
    lines: list[TextLine] = []
    line: list[Word] = []
    used = 0.0
    pending = list(reversed(words))
    while pending:
        word = pending.pop()
        left = indent if lines else first_indent
        gap = space if line else 0.0
        if used + gap + word.width <= room - left + SPACE_SHRINK * space * len(line):
            line.append(word)
            used += gap + word.width
            continue
        free = room - left - used - gap
        if word.width > room - left and len(word.text) > 1:
            cut = _fitting(word.text, free, word.font, size)
            head = _word(word.text[:cut], word.font, size)
            if not line or head.width <= free:
                line.append(head)
                used += gap + head.width
                word = _word(word.text[cut:], word.font, size)
            pending.append(word)
        elif not line:  # one character wider than the line: it stands alone
            line.append(word)
            used = word.width
            continue
        else:
            pending.append(word)
        lines.append(_line(line, left, room - left, used, False))
        line, used = [], 0.0
    left = indent if lines else first_indent
    lines.append(_line(line, left, room - left, used, True))
    return lines


def _line(words: Sequence[Word], indent: float, room: float, width: float, last: bool) -> TextLine:
    return TextLine(_runs(words), max(len(words) - 1, 0), indent, room, width, last)


def draw_paragraph(
    canvas: Canvas,
    x: float,
    y: float,
    lines: Sequence[TextLine],
    size: float,
    leading: float,
    align: int = TA_LEFT,
) -> None:
    """``lines`` as one text object, the first baseline at ``y``. As in ReportLab's
    paragraphs, justified lines spread their spaces (``Tw``) to fill their room and
    lines a little too long shrink them. A line starting where the one above did
    follows it with ``T*`` alone."""
    text = canvas.beginText(x, y)
    font, spacing, start = "", 0.0, x  # start: where the cursor's line begins
    for line in lines:
        if not line.runs:
            y, start = y - leading, -1.0
            continue
        left, spread, width = x + line.indent, 0.0, line.width
        if line.gaps and (width > line.room or align == TA_JUSTIFY and not line.last):
            spread, width = (line.room - width) / line.gaps, line.room  # < 0: spaces shrink
        if align == TA_RIGHT:
            left += line.room - width
        elif align == TA_CENTER:
            left += (line.room - width) / 2
        if spread != spacing:
            text.setWordSpace(spread)
            spacing = spread
        if left != start:
            text.setTextOrigin(left, y)
            start = left
        runs = line.runs
        for number, (run_font, run) in enumerate(runs, 1):
            if run_font != font:
                text.setFont(run_font, size, leading)
                font = run_font
            if number < len(runs):
                text.textOut(run)
            else:
                text.textLine(run)  # T*: down one leading, back to ``start``
        y -= leading
    if spacing:  # word spacing is page state: leave none behind
        text.setWordSpace(0)
    canvas.drawText(text)


def _runs(words: Sequence[Word]) -> tuple[tuple[str, str], ...]:
    """Consecutive words of one face joined; the space before a run belongs to it."""
    runs: list[tuple[str, list[str]]] = []
    for word in words:
        if runs and runs[-1][0] == word.font:
            runs[-1][1].append(word.text)
        else:
            runs.append((word.font, [word.text]))
    return tuple(
        (font, (" " if index else "") + " ".join(texts)) for index, (font, texts) in enumerate(runs)
    )
