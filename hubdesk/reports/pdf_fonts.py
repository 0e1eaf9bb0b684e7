"""NanumGothic for ReportLab: the bundled TTF, embedded (subset) in every PDF.

CID fonts are not embedded and drop "₩", so reports register the TrueType files
the window uses too (resources/fonts).
"""

from __future__ import annotations

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from ..resources import font_path

REGULAR = "NanumGothic"
BOLD = "NanumGothic-Bold"


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
    return float(pdfmetrics.stringWidth(text, font, size))


def wrap_lines(text: str, width: float, font: str, size: float) -> list[str]:
    """Break ``text`` into lines no wider than ``width``: at spaces where possible,
    inside a word (an e-mail, a long name) where it must."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        line = ""
        for word in paragraph.split(" "):
            candidate = f"{line} {word}" if line else word
            if text_width(candidate, font, size) <= width:
                line = candidate
                continue
            if line:
                lines.append(line)
            while len(word) > 1 and text_width(word, font, size) > width:
                cut = _fitting(word, width, font, size)
                lines.append(word[:cut])
                word = word[cut:]
            line = word
        lines.append(line)
    return lines


def _fitting(word: str, width: float, font: str, size: float) -> int:
    """How many leading characters of ``word`` fit in ``width`` (at least one)."""
    cut = 1
    while cut < len(word) and text_width(word[: cut + 1], font, size) <= width:
        cut += 1
    return cut
