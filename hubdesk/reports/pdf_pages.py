"""Pages of HubDesk's PDFs: a canvas that holds its pages back until the end, so a
footer can say "n / N", and a column of blocks that breaks into pages."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from typing import Any

from reportlab import rl_config
from reportlab.pdfgen.canvas import Canvas
from reportlab.pdfgen.textobject import PDFTextObject

FUZZ = 1e-6  # points; a block this much taller than the room still fits


def binary_page_streams() -> None:
    """Page streams Flate-compressed only, as ReportLab writes them with
    ``rl_config.useA85`` off: its default also wraps them in ASCII85 text, a quarter
    larger and slow to encode. The setting is ReportLab's, for the whole process;
    every PDF HubDesk writes wants it."""
    rl_config.useA85 = 0


class HeldPagesCanvas(Canvas):  # type: ignore[misc]
    """Pages are kept until ``save``, then each gets ``footer(n, N)``: its number among the
    pages of the same ``owner`` (all of them, unless a subclass groups them)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        binary_page_streams()
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []
        self.formatted: dict[tuple[Any, ...], tuple[str, int]] = {}

    def beginText(  # noqa: N802 (ReportLab name)
        self, x: float = 0, y: float = 0, direction: str | None = None
    ) -> PDFTextObject:
        return _RememberingText(self, x, y, direction=direction)

    def showPage(self) -> None:  # noqa: N802 (ReportLab name)
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        owners = [self.owner(page) for page in self._pages]
        totals = Counter(owners)
        seen: Counter[object] = Counter()
        for page, owner in zip(self._pages, owners, strict=True):
            seen[owner] += 1
            self.__dict__.update(page)
            self.footer(seen[owner], totals[owner])
            super().showPage()
        super().save()

    def owner(self, page: dict[str, Any]) -> object:
        """Which group of pages ``page`` (its saved state) is counted in."""
        return None

    def footer(self, number: int, total: int) -> None:
        raise NotImplementedError


class _RememberingText(PDFTextObject):  # type: ignore[misc]
    """A text object that turns a string into PDF text operators once per document.

    ReportLab maps every character of a TrueType font to its subset on each call, in
    Python; the result depends on the face, size, leading, the subset in use before and
    the string, and after its first time in a document its side effects (the characters'
    codes, the subsets' names) are done. The log's places and names and an agreement's
    standard articles recur on page after page."""

    _curSubset: int  # ReportLab's: the font subset the text object has selected last

    def _formatText(self, text: str) -> str:  # noqa: N802 (ReportLab name)
        memory: dict[tuple[Any, ...], tuple[str, int]] = self._canvas.formatted
        key = (self._fontname, self._fontsize, self._leading, self._curSubset, text)
        known = memory.get(key)
        if known is None:
            code: str = super()._formatText(text)
            known = memory[key] = (code, self._curSubset)
        self._curSubset = known[1]
        return known[0]


class Block:
    """Something drawn across the page's column, ``height`` points tall from ``top`` down."""

    height = 0.0

    def draw(self, canvas: Canvas, top: float) -> None:
        raise NotImplementedError

    def split(self, room: float) -> tuple[Block, Block] | None:
        """The part that fits in ``room`` and the rest, or None: it moves whole."""
        return None


class Gap(Block):
    """White space; none at the top of a page, nor where it does not fit."""

    def __init__(self, height: float) -> None:
        self.height = height

    def draw(self, canvas: Canvas, top: float) -> None:
        pass


class PageFlow:
    """Blocks stacked from ``top`` down to ``bottom``, page after page;
    ``on_new_page`` runs as each page after the first begins."""

    def __init__(
        self, canvas: Canvas, top: float, bottom: float, on_new_page: Callable[[], None]
    ) -> None:
        self.canvas, self.top, self.bottom = canvas, top, bottom
        self.on_new_page = on_new_page
        self.y = top

    def add(self, block: Block) -> None:
        while True:
            room = self.y - self.bottom
            if isinstance(block, Gap):
                if self.y < self.top and block.height <= room + FUZZ:
                    self.y -= block.height
                return
            if block.height <= room + FUZZ:
                block.draw(self.canvas, self.y)
                self.y -= block.height
                return
            parts = block.split(room)
            if parts is not None:
                parts[0].draw(self.canvas, self.y)
                self.y -= parts[0].height
                block = parts[1]
            elif self.y >= self.top:  # taller than a whole page and cannot split
                block.draw(self.canvas, self.y)
                self.y -= block.height
                return
            self.page_break()

    def page_break(self) -> None:
        """A new page, unless the current one is still empty."""
        if self.y < self.top:
            self.on_new_page()
            self.canvas.showPage()
            self.y = self.top
