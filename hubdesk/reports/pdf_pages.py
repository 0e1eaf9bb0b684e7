"""A ReportLab canvas that holds its pages back until the end, so a footer can say "n / N"."""

from __future__ import annotations

from collections import Counter
from typing import Any

from reportlab.pdfgen.canvas import Canvas


class HeldPagesCanvas(Canvas):  # type: ignore[misc]
    """Pages are kept until ``save``, then each gets ``footer(n, N)``: its number among the
    pages of the same ``owner`` (all of them, unless a subclass groups them)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []

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
