"""The tenancy timeline: a Gantt of tenancies per space over months.

A scroll area that paints only the rows in view (scale 100 has ~2,700 lettable
spaces), with the month header and the space column fixed while the body scrolls.
Tenancies that share a space at the same time are drawn in lanes of its row.

The rows come from a ``TimelineSource``: first their layout (each space, its floor
and how many lanes it takes), then the bars of only the rows drawn, as they come
into view; the filter asks the source which spaces match.
"""

from __future__ import annotations

import bisect
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QPointF, QRect, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QPixmap,
    QResizeEvent,
)
from PySide6.QtWidgets import QAbstractScrollArea, QToolTip, QWidget

from hubdesk.domain.periods import add_months
from hubdesk.gui.common.views import click_position
from hubdesk.gui.spaces.timeline_bars import (
    EARLY_END,
    STYLES,
    TODAY_COLOUR,
    BarStyle,
    bar_kind,
    bar_tooltip,
    default_window,
    lanes_of,
)
from hubdesk.services.spaces.views import (
    SpaceViewService,
    TimelineBar,
    TimelineRow,
    TimelineSlot,
)

LABEL_WIDTH = 170
HEADER_HEIGHT = 40
LANE_HEIGHT = 20
ROW_PAD = 3
MIN_MONTH_WIDTH = 34
TILE_HEIGHT = 512  # the body is drawn in bands of this many pixels, kept as pixmaps
MAX_TILES = 12


GRID = QColor("#e3e3e3")
YEAR_LINE = QColor("#b8b8b8")
FLOOR_LINE = QColor("#7d7d7d")
HEADER_BACKGROUND = QColor("#efefec")
STRIPE = QColor("#f7f7f5")
SELECTED_ROW = QColor("#dfeafa")
SELECTED_BAR = QColor("#0b2a55")


class TimelineSource(Protocol):
    """Where the timeline's rows come from."""

    def layout(self) -> Sequence[TimelineSlot]:
        """Every row in order, before its bars are read."""

    def matching(self, text: str) -> Collection[int]:
        """The spaces whose row the filter ``text`` (stripped, case-folded) keeps."""

    def rows(self, space_ids: Sequence[int]) -> Sequence[TimelineRow]:
        """The rows of ``space_ids`` with their bars."""


class RowsSource:
    """Rows read already (all of them): the filter looks in their texts."""

    def __init__(self, rows: Iterable[TimelineRow]) -> None:
        self._rows = {row.space.id: row for row in rows}
        self._texts = {key: _search_text(row) for key, row in self._rows.items()}

    def layout(self) -> list[TimelineSlot]:
        return [
            TimelineSlot(key, row.space.floor, len(lanes_of(row.bars)))
            for key, row in self._rows.items()
        ]

    def matching(self, text: str) -> set[int]:
        return {key for key, words in self._texts.items() if text in words}

    def rows(self, space_ids: Sequence[int]) -> list[TimelineRow]:
        return [self._rows[key] for key in space_ids if key in self._rows]


class ServiceSource:
    """The timeline of ``start`` … ``end`` as the database holds it, read a screen at a time."""

    def __init__(self, views: SpaceViewService, start: date, end: date) -> None:
        self.views, self.start, self.end = views, start, end

    def layout(self) -> list[TimelineSlot]:
        return self.views.timeline_layout(self.start, self.end)

    def matching(self, text: str) -> set[int]:
        return self.views.timeline_matches(self.start, self.end, text)

    def rows(self, space_ids: Sequence[int]) -> list[TimelineRow]:
        return self.views.timeline_rows(self.start, self.end, space_ids)


@dataclass
class _Row:
    slot: TimelineSlot
    row: TimelineRow | None = None  # read when first drawn (None after: the space is gone)
    lanes: list[list[TimelineBar]] | None = None  # None until read
    top: int = 0
    height: int = 0


class TimelineView(QAbstractScrollArea):
    """Tenancies per space over months; a click on a bar emits ``tenancy_clicked(id)``."""

    tenancy_clicked = Signal(int)
    space_clicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timeline")
        self.setMouseTracking(True)
        self.viewport().setMouseTracking(True)
        self.today = date.today()
        self.start, self.end = default_window(self.today)
        self._source: TimelineSource = RowsSource(())
        self._all: list[_Row] = []
        self._rows: list[_Row] = []
        self._tops: list[int] = []
        self._total_height = 0
        self._day_width = 1.0
        self._filter = ""
        self._press: QPoint | None = None
        self._centred_on_today = False
        self.selected_space: int | None = None
        self.selected_tenancy: int | None = None
        self._tiles: dict[int, QPixmap] = {}
        self._header_pixmap: QPixmap | None = None
        self._cache_key: tuple[int, int, float] | None = None
        self._bold = QFont(self.font())
        self._bold.setBold(True)
        self._small = QFont(self.font())
        self._small.setPointSizeF(max(self.font().pointSizeF() - 1, 7))

    # --- content ---------------------------------------------------------------

    def set_rows(self, rows: Iterable[TimelineRow], start: date, end: date, today: date) -> None:
        """Show rows read already."""
        self.set_source(RowsSource(rows), start, end, today)

    def set_source(self, source: TimelineSource, start: date, end: date, today: date) -> None:
        """Show the rows of ``source``: their layout now, their bars when drawn."""
        self.start, self.end, self.today = start, end, today
        self._source = source
        self._all = [_Row(slot) for slot in source.layout()]
        self._apply_filter()

    def set_filter(self, text: str) -> None:
        self._filter = text.strip().casefold()
        self._apply_filter()

    def select(self, space_id: int | None, tenancy_id: int | None = None) -> None:
        """Mark the room shown in the room panel and its chosen tenancy."""
        self.selected_space, self.selected_tenancy = space_id, tenancy_id
        self._invalidate()

    @property
    def row_count(self) -> int:
        """Rows shown after the filter."""
        return len(self._rows)

    def _apply_filter(self) -> None:
        wanted = self._filter
        if wanted:
            kept = self._source.matching(wanted)
            self._rows = [r for r in self._all if r.slot.space_id in kept]
        else:
            self._rows = list(self._all)
        top = 0
        self._tops = []
        for row in self._rows:
            row.top = top
            row.height = max(row.slot.lanes, 1) * LANE_HEIGHT + 2 * ROW_PAD
            self._tops.append(top)
            top += row.height
        self._total_height = top
        self._update_geometry()
        self._invalidate()

    # --- geometry ----------------------------------------------------------------

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    def _body_size(self) -> tuple[int, int]:
        size = self.viewport().size()
        return max(size.width() - LABEL_WIDTH, 0), max(size.height() - HEADER_HEIGHT, 0)

    def _update_geometry(self) -> None:
        width, height = self._body_size()
        self._day_width = max(width / self.days, MIN_MONTH_WIDTH / 30.44) if self.days else 1
        content = round(self._day_width * self.days)
        horizontal, vertical = self.horizontalScrollBar(), self.verticalScrollBar()
        horizontal.setRange(0, max(content - width, 0))
        horizontal.setPageStep(max(width, 1))
        horizontal.setSingleStep(max(round(self._day_width * 30), 1))
        vertical.setRange(0, max(self._total_height - height, 0))
        vertical.setPageStep(max(height, 1))
        vertical.setSingleStep(LANE_HEIGHT)

    def x_of(self, when: date) -> float:
        """Viewport x of the start of a day."""
        offset = (when - self.start).days * self._day_width
        return LABEL_WIDTH + offset - self.horizontalScrollBar().value()

    def today_x(self) -> int:
        return round(self.x_of(self.today) + self._day_width / 2)

    def _viewport_origin(self) -> int:
        """The content y drawn at the viewport's top edge."""
        return self.verticalScrollBar().value() - HEADER_HEIGHT

    def _row_y(self, row: _Row, origin: int | None = None) -> int:
        return row.top - (self._viewport_origin() if origin is None else origin)

    def _bar_rect(
        self, row: _Row, lane: int, bar: TimelineBar, origin: int | None = None
    ) -> QRectF:
        x0 = self.x_of(max(bar.start_date, self.start))
        x1 = self.x_of(min(bar.end_date, self.end) + timedelta(days=1))
        y = self._row_y(row, origin) + ROW_PAD + lane * LANE_HEIGHT
        return QRectF(x0, y + 2, max(x1 - x0, 2), LANE_HEIGHT - 4)

    def _rows_between(self, top: int, bottom: int) -> list[_Row]:
        """Rows that reach into content lines ``top`` to ``bottom``, their bars read."""
        first = max(bisect.bisect_right(self._tops, top) - 1, 0)
        rows = []
        for row in self._rows[first:]:
            if row.top >= bottom:
                break
            if row.top + row.height > top:
                rows.append(row)
        self._read(rows)
        return [row for row in rows if row.row is not None]

    def _read(self, rows: list[_Row]) -> None:
        """Read the bars of the rows not read yet, in one call of the source."""
        unread = [row for row in rows if row.lanes is None]
        if not unread:
            return
        found = {row.space.id: row for row in self._source.rows([r.slot.space_id for r in unread])}
        for row in unread:
            row.row = found.get(row.slot.space_id)  # None: the space is gone meanwhile
            row.lanes = lanes_of(row.row.bars) if row.row is not None else []

    def _visible_rows(self) -> list[_Row]:
        _width, height = self._body_size()
        scroll = self.verticalScrollBar().value()
        return self._rows_between(scroll, scroll + height + 1)

    def visible_rows(self) -> list[TimelineRow]:
        """The rows in view now: the only ones painted."""
        return [row.row for row in self._visible_rows() if row.row is not None]

    def bar_rect(self, tenancy_id: int) -> QRect | None:
        """Where a bar is drawn now, in viewport coordinates (None when not in view)."""
        for row in self._visible_rows():
            for lane, bars in enumerate(row.lanes or []):
                for bar in bars:
                    if bar.tenancy_id == tenancy_id:
                        return self._bar_rect(row, lane, bar).toRect()
        return None

    def centre_on_today(self) -> None:
        width, _height = self._body_size()
        horizontal = self.horizontalScrollBar()
        target = (self.today - self.start).days * self._day_width - width / 2
        horizontal.setValue(round(target))

    def bar_at(self, position: QPoint) -> TimelineBar | None:
        if position.x() < LABEL_WIDTH or position.y() < HEADER_HEIGHT:
            return None
        for row in self._visible_rows():
            y = self._row_y(row)
            if not y <= position.y() < y + row.height:
                continue
            lanes = row.lanes or []
            lane = (position.y() - y - ROW_PAD) // LANE_HEIGHT
            if not 0 <= lane < len(lanes):
                return None
            for bar in lanes[lane]:
                if self._bar_rect(row, lane, bar).contains(position.toPointF()):
                    return bar
        return None

    def space_at(self, position: QPoint) -> int | None:
        if position.x() >= LABEL_WIDTH or position.y() < HEADER_HEIGHT:
            return None
        for row in self._visible_rows():
            y = self._row_y(row)
            if y <= position.y() < y + row.height:
                return row.slot.space_id
        return None

    # --- events ----------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt name)
        super().resizeEvent(event)
        self._update_geometry()
        if not self._centred_on_today and self.isVisible() and self._body_size()[0] > 0:
            self._centred_on_today = True
            self.centre_on_today()

    def scrollContentsBy(self, _dx: int, _dy: int) -> None:  # noqa: N802 (Qt name)
        self.viewport().update()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt name)
        self._press = event.position().toPoint()
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt name)
        super().mouseReleaseEvent(event)
        press, self._press = self._press, None
        position = click_position(press, event)
        if position is None:
            return
        bar = self.bar_at(position)
        if bar is not None:
            self.tenancy_clicked.emit(bar.tenancy_id)
            return
        space_id = self.space_at(position)
        if space_id is not None:
            self.space_clicked.emit(space_id)

    def viewportEvent(self, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            bar = self.bar_at(event.pos())
            if bar is None:
                QToolTip.hideText()
                event.ignore()
            else:
                QToolTip.showText(event.globalPos(), bar_tooltip(bar, self.today), self.viewport())
            return True
        return super().viewportEvent(event)

    # --- painting ----------------------------------------------------------------

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 (Qt name)
        """Draw cached bands of rows and the cached header: scrolling paints pixmaps only."""
        size = self.viewport().size()
        self._check_cache(size.width())
        scroll = self.verticalScrollBar().value()
        _width, height = self._body_size()
        painter = QPainter(self.viewport())
        painter.fillRect(0, 0, size.width(), size.height(), QColor("white"))
        for tile in range(scroll // TILE_HEIGHT, (scroll + height) // TILE_HEIGHT + 1):
            y = HEADER_HEIGHT + tile * TILE_HEIGHT - scroll
            painter.drawPixmap(0, y, self._tile(tile, size.width()))
        painter.drawPixmap(0, 0, self._header(size.width()))
        painter.end()

    def _invalidate(self) -> None:
        self._tiles.clear()
        self._header_pixmap = None
        self.viewport().update()

    def _check_cache(self, width: int) -> None:
        key = (width, self.horizontalScrollBar().value(), self.devicePixelRatioF())
        if key != self._cache_key:
            self._cache_key = key
            self._tiles.clear()
            self._header_pixmap = None

    def _pixmap(self, width: int, height: int) -> QPixmap:
        ratio = self.devicePixelRatioF()
        pixmap = QPixmap(round(width * ratio), round(height * ratio))
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(QColor("white"))
        return pixmap

    def _tile(self, index: int, width: int) -> QPixmap:
        """A band of TILE_HEIGHT content lines, drawn once until something changes."""
        if index in self._tiles:
            return self._tiles[index]
        pixmap = self._pixmap(width, TILE_HEIGHT)
        origin = index * TILE_HEIGHT
        rows = self._rows_between(origin, origin + TILE_HEIGHT)
        painter = QPainter(pixmap)
        painter.setClipRect(QRect(LABEL_WIDTH, 0, width - LABEL_WIDTH, TILE_HEIGHT))
        self._paint_rows(painter, rows, width, origin)
        self._paint_grid(painter, 0, TILE_HEIGHT)
        self._paint_bars(painter, rows, origin)
        self._paint_today(painter, 0, TILE_HEIGHT)
        painter.setClipRect(QRect(0, 0, LABEL_WIDTH, TILE_HEIGHT))
        self._paint_labels(painter, rows, origin)
        painter.end()
        if len(self._tiles) >= MAX_TILES:  # forget the band farthest away
            del self._tiles[max(self._tiles, key=lambda other: abs(other - index))]
        self._tiles[index] = pixmap
        return pixmap

    def _header(self, width: int) -> QPixmap:
        if self._header_pixmap is None:
            pixmap = self._pixmap(width, HEADER_HEIGHT)
            painter = QPainter(pixmap)
            painter.setClipRect(QRect(LABEL_WIDTH, 0, width - LABEL_WIDTH, HEADER_HEIGHT))
            self._paint_header(painter, width)
            self._paint_today(painter, HEADER_HEIGHT - 12, HEADER_HEIGHT)
            painter.setClipping(False)
            self._paint_corner(painter)
            painter.end()
            self._header_pixmap = pixmap
        return self._header_pixmap

    def _paint_rows(self, painter: QPainter, rows: list[_Row], width: int, origin: int) -> None:
        for row in rows:
            y = self._row_y(row, origin)
            index = bisect.bisect_left(self._tops, row.top)
            if row.slot.space_id == self.selected_space:
                painter.fillRect(0, y, width, row.height, SELECTED_ROW)
            elif index % 2:
                painter.fillRect(0, y, width, row.height, STRIPE)
            painter.setPen(GRID)
            painter.drawLine(0, y + row.height - 1, width, y + row.height - 1)
            if index and self._rows[index - 1].slot.floor != row.slot.floor:
                painter.setPen(QPen(FLOOR_LINE, 2))
                painter.drawLine(0, y, width, y)

    def _month_starts(self) -> Iterable[date]:
        month = self.start.replace(day=1)
        while month <= self.end:
            yield month
            month = add_months(month, 1)

    def _paint_grid(self, painter: QPainter, top: int, bottom: int) -> None:
        for month in self._month_starts():
            x = round(self.x_of(max(month, self.start)))
            painter.setPen(QPen(YEAR_LINE if month.month == 1 else GRID, 1))
            painter.drawLine(x, top, x, bottom)

    def _paint_bars(self, painter: QPainter, rows: list[_Row], origin: int) -> None:
        metrics = QFontMetrics(self._small)
        painter.setFont(self._small)
        for row in rows:
            for lane, bars in enumerate(row.lanes or []):
                for bar in bars:
                    rect = self._bar_rect(row, lane, bar, origin)
                    self._paint_bar(painter, metrics, rect, bar)

    def _paint_bar(
        self, painter: QPainter, metrics: QFontMetrics, rect: QRectF, bar: TimelineBar
    ) -> None:
        kind = bar_kind(bar, self.today)
        style = STYLES[kind]
        solid = QRectF(rect)
        if bar.ended_early_on is not None:
            cut = self.x_of(min(bar.ended_early_on, self.end) + timedelta(days=1))
            solid.setRight(max(cut, rect.left() + 2))
            painter.setPen(QPen(EARLY_END, 1, Qt.PenStyle.DashLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(
                QRectF(solid.right(), rect.top(), rect.right() - solid.right(), rect.height())
            )
        painter.setPen(QPen(style.border, style.border_width))
        painter.setBrush(style.fill)
        painter.drawRect(solid)
        painter.setPen(QPen(QColor("white"), 2))
        for previous_end in bar.renewal_ends:  # a notch at the top and bottom edge
            x = self.x_of(previous_end + timedelta(days=1))
            if solid.left() < x < solid.right():
                painter.drawLine(QPointF(x, solid.top()), QPointF(x, solid.top() + 4))
                painter.drawLine(QPointF(x, solid.bottom() - 4), QPointF(x, solid.bottom()))
        if bar.ended_early_on is not None:
            painter.setPen(QPen(EARLY_END, 3))
            painter.drawLine(solid.topRight(), solid.bottomRight())
        if bar.tenancy_id == self.selected_tenancy:
            painter.setPen(QPen(SELECTED_BAR, 3))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(rect.adjusted(-1, -1, 1, 1))
        self._paint_bar_text(painter, metrics, solid, bar, style)

    def _paint_bar_text(
        self,
        painter: QPainter,
        metrics: QFontMetrics,
        rect: QRectF,
        bar: TimelineBar,
        style: BarStyle,
    ) -> None:
        visible = rect.intersected(QRectF(LABEL_WIDTH, rect.top(), 1e9, rect.height()))
        if visible.width() < 28:
            return
        text = metrics.elidedText(
            bar.team_name, Qt.TextElideMode.ElideRight, round(visible.width()) - 8
        )
        painter.setPen(style.text)
        painter.drawText(
            visible.adjusted(4, 0, -4, 0),
            int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
            text,
        )

    def _paint_today(self, painter: QPainter, top: int, bottom: int) -> None:
        if not self.start <= self.today <= self.end:
            return
        x = self.today_x()
        painter.setPen(QPen(TODAY_COLOUR, 2))
        painter.drawLine(x, top, x, bottom)

    def _paint_header(self, painter: QPainter, width: int) -> None:
        painter.fillRect(0, 0, width, HEADER_HEIGHT, HEADER_BACKGROUND)
        painter.setPen(YEAR_LINE)
        painter.drawLine(0, HEADER_HEIGHT - 1, width, HEADER_HEIGHT - 1)
        half = HEADER_HEIGHT // 2
        painter.setFont(self.font())
        for month in self._month_starts():
            x0 = self.x_of(max(month, self.start))
            x1 = self.x_of(add_months(month, 1))
            painter.setPen(QPen(GRID if month.month != 1 else YEAR_LINE, 1))
            painter.drawLine(round(x0), half, round(x0), HEADER_HEIGHT)
            painter.setPen(QColor("#333333"))
            painter.drawText(
                QRectF(x0, half, x1 - x0, half), int(Qt.AlignmentFlag.AlignCenter), str(month.month)
            )
        self._paint_years(painter, half)

    def _paint_years(self, painter: QPainter, height: int) -> None:
        """Each year's number over its months; the first one in view sticks to the left."""
        painter.setFont(self._bold)
        metrics = QFontMetrics(self._bold)
        for year in range(self.start.year, self.end.year + 1):
            text = str(year)
            width = metrics.horizontalAdvance(text)
            x = max(self.x_of(max(date(year, 1, 1), self.start)), LABEL_WIDTH) + 4
            next_year = self.x_of(date(year + 1, 1, 1))
            x = min(x, next_year - width - 4)
            painter.drawText(
                QRectF(x, 0, width + 2, height),
                int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
                text,
            )

    def _paint_labels(self, painter: QPainter, rows: list[_Row], origin: int) -> None:
        painter.fillRect(0, 0, LABEL_WIDTH, TILE_HEIGHT, HEADER_BACKGROUND)
        painter.setPen(YEAR_LINE)
        painter.drawLine(LABEL_WIDTH - 1, 0, LABEL_WIDTH - 1, TILE_HEIGHT)
        bold_metrics, small_metrics = QFontMetrics(self._bold), QFontMetrics(self._small)
        for row in rows:
            assert row.row is not None  # only rows read are drawn
            y = self._row_y(row, origin)
            space = row.row.space
            if space.id == self.selected_space:
                painter.fillRect(0, y, LABEL_WIDTH - 1, row.height, SELECTED_ROW)
            painter.setPen(GRID)
            painter.drawLine(0, y + row.height - 1, LABEL_WIDTH, y + row.height - 1)
            painter.setPen(QColor("#1e1e1e"))
            painter.setFont(self._bold)
            line = QRectF(8, y + ROW_PAD, LABEL_WIDTH - 16, LANE_HEIGHT)
            painter.drawText(
                line,
                int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
                bold_metrics.elidedText(space.code, Qt.TextElideMode.ElideRight, 100),
            )
            painter.setFont(self._small)
            painter.setPen(QColor("#555555"))
            painter.drawText(
                line,
                int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight),
                QCoreApplication.translate("TimelineView", "seats: {0}").format(space.seats),
            )
            if row.height >= 2 * LANE_HEIGHT:
                painter.drawText(
                    line.translated(0, LANE_HEIGHT),
                    int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
                    small_metrics.elidedText(
                        space.name, Qt.TextElideMode.ElideRight, LABEL_WIDTH - 16
                    ),
                )

    def _paint_corner(self, painter: QPainter) -> None:
        painter.fillRect(0, 0, LABEL_WIDTH, HEADER_HEIGHT, HEADER_BACKGROUND)
        painter.setPen(YEAR_LINE)
        painter.drawLine(0, HEADER_HEIGHT - 1, LABEL_WIDTH, HEADER_HEIGHT - 1)
        painter.drawLine(LABEL_WIDTH - 1, 0, LABEL_WIDTH - 1, HEADER_HEIGHT)
        painter.setPen(QColor("#333333"))
        painter.setFont(self._bold)
        painter.drawText(
            QRectF(8, 0, LABEL_WIDTH - 16, HEADER_HEIGHT),
            int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
            QCoreApplication.translate("TimelineView", "Space"),
        )


def _search_text(row: TimelineRow) -> str:
    parts = [row.space.code, row.space.name, *(bar.team_name for bar in row.bars)]
    return "\n".join(parts).casefold()
