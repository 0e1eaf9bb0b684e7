"""NanumGothic for ReportLab: the bundled TTF, embedded (subset) in every PDF.

CID fonts are not embedded and drop "₩", so reports register the TrueType files
the window uses too (resources/fonts).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from hubdesk.resources import font_path

REGULAR = "NanumGothic"
BOLD = "NanumGothic-Bold"


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
