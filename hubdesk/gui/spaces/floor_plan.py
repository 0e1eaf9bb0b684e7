"""The floor plan: every room at its plan place, coloured by how taken it is on a day.

Rooms come from ``SpaceViewService.floor_plan`` in plan units; one unit is ``UNIT``
pixels at 100 %. A building wider than it is tall (scale 100: a hundred wings side
by side) is wrapped at the gaps between wings into a block of rows, so that "fit"
shows the whole floor and scrolling runs both ways instead of along one strip.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from html import escape

from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QRectF, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QHelpEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPen,
    QResizeEvent,
    QTransform,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsScene,
    QGraphicsView,
    QStyleOptionGraphicsItem,
    QWidget,
)

from hubdesk.gui.common.legend import Legend, Swatch
from hubdesk.gui.common.views import click_position
from hubdesk.gui.text.labels import day, label, won
from hubdesk.services.spaces.views import Occupant, PlanRect, RoomState, RoomView

UNIT = 40  # pixels per plan unit at 100 %
GAP = 3  # plan units between wrapped rows and around rooms without a plan place
UNPLACED = PlanRect(0, 0, 1, 1)  # what a space has until someone draws it on the plan
UNPLACED_SIZE = 4
ASPECT = 1.6  # wrap a long building into rows until it is about this wide per height
MIN_ZOOM, MAX_ZOOM = 0.03, 4.0
LEGIBLE_ZOOM = 0.8  # the default never goes below this: team names stay readable
PAD = 6
BUCKET = 16  # plan units a side of the squares the overlap check files rooms under

FILL = {
    RoomState.FREE: QColor("#d5efcf"),
    RoomState.PARTLY_TAKEN: QColor("#fbe3a0"),
    RoomState.FULL: QColor("#f2c2bb"),
    RoomState.NOT_LET: QColor("#e2e2e2"),
}
BORDER = QColor("#6b6b6b")
ENDING = QColor("#e07000")
ENDING_TEXT = QColor("#9a4a00")
SELECTED = QColor("#1f5fbf")
TEXT = QColor("#1e1e1e")
MUTED = QColor("#5a5a5a")


# --- layout ----------------------------------------------------------------------


def arrange(rects: Mapping[int, PlanRect], aspect: float = ASPECT) -> dict[int, PlanRect]:
    """Where each room is drawn, in plan units.

    Rooms keep their plan place. A plan much wider than tall is cut at its empty
    columns (the stairs between wings) and the pieces are stacked in rows. Rooms
    without a place (or overlapping an earlier one) are lined up below the plan.
    """
    placed, loose = _split_placed(rects)
    layout = _wrap(placed, aspect)
    bottom = max((r.y + r.height for r in layout.values()), default=-GAP)
    right = max((r.x + r.width for r in layout.values()), default=0)
    width = max(right, 6 * UNPLACED_SIZE)
    x, y = 0, bottom + GAP
    for key in loose:
        if x and x + UNPLACED_SIZE > width:
            x, y = 0, y + UNPLACED_SIZE + 1
        layout[key] = PlanRect(x, y, UNPLACED_SIZE, UNPLACED_SIZE)
        x += UNPLACED_SIZE + 1
    return layout


def _split_placed(rects: Mapping[int, PlanRect]) -> tuple[dict[int, PlanRect], list[int]]:
    """Rooms at their plan place, and the rooms without one or on a square of the plan an
    earlier room covers. Rooms are filed by the ``BUCKET``-unit squares they touch, so a
    room is checked against its neighbours only (a floor has up to 3,300 rooms)."""
    placed: dict[int, PlanRect] = {}
    loose: list[int] = []
    filed: dict[tuple[int, int], list[PlanRect]] = defaultdict(list)
    for key, rect in rects.items():
        if rect == UNPLACED:
            loose.append(key)
            continue
        if not _takes_squares(rect):  # a hall, or no area: in nobody's way
            placed[key] = rect
            continue
        buckets = _buckets(rect)
        if any(_overlap(rect, other) for bucket in buckets for other in filed.get(bucket, ())):
            loose.append(key)
            continue
        for bucket in buckets:
            filed[bucket].append(rect)
        placed[key] = rect
    return placed, loose


def _takes_squares(rect: PlanRect) -> bool:
    """Whether the room covers squares of the plan that another room may not share (a hall
    is too big to check)."""
    return rect.width > 0 and rect.height > 0 and rect.width * rect.height <= 2_500


def _buckets(rect: PlanRect) -> list[tuple[int, int]]:
    return [
        (x, y)
        for x in range(rect.x // BUCKET, (rect.x + rect.width - 1) // BUCKET + 1)
        for y in range(rect.y // BUCKET, (rect.y + rect.height - 1) // BUCKET + 1)
    ]


def _overlap(a: PlanRect, b: PlanRect) -> bool:
    """Whether two rooms share a square of the plan."""
    return (
        a.x < b.x + b.width
        and b.x < a.x + a.width
        and a.y < b.y + b.height
        and b.y < a.y + a.height
    )


@dataclass
class _Piece:
    keys: list[int]
    left: int
    right: int


def _pieces(placed: Mapping[int, PlanRect]) -> list[_Piece]:
    """Runs of rooms between empty columns, left to right."""
    pieces: list[_Piece] = []
    for key in sorted(placed, key=lambda k: (placed[k].x, placed[k].y)):
        rect = placed[key]
        if pieces and rect.x <= pieces[-1].right:
            pieces[-1].keys.append(key)
            pieces[-1].right = max(pieces[-1].right, rect.x + rect.width)
        else:
            pieces.append(_Piece([key], rect.x, rect.x + rect.width))
    return pieces


def _wrap(placed: dict[int, PlanRect], aspect: float) -> dict[int, PlanRect]:
    if not placed:
        return {}
    top = min(r.y for r in placed.values())
    height = max(r.y + r.height for r in placed.values()) - top
    left = min(r.x for r in placed.values())
    width = max(r.x + r.width for r in placed.values()) - left
    pieces = _pieces(placed)
    if len(pieces) < 2 or width <= aspect * height:
        return {k: PlanRect(r.x - left, r.y - top, r.width, r.height) for k, r in placed.items()}
    line_height = height + GAP
    line_width = max(math.sqrt(aspect * line_height * width), max(p.right - p.left for p in pieces))
    layout: dict[int, PlanRect] = {}
    x = y = 0
    for piece in pieces:
        span = piece.right - piece.left
        if x and x + span > line_width:
            x, y = 0, y + line_height
        for key in piece.keys:
            r = placed[key]
            layout[key] = PlanRect(x + r.x - piece.left, y + r.y - top, r.width, r.height)
        x += span + GAP - 1
    return layout


# --- drawing ----------------------------------------------------------------------


class _Fonts:
    """The fonts rooms are drawn in, in scene pixels (they scale with the zoom)."""

    def __init__(self, base: QFont) -> None:
        self.code = QFont(base)
        self.code.setPixelSize(14)
        self.code.setBold(True)
        self.name = QFont(base)
        self.name.setPixelSize(13)
        self.small = QFont(base)
        self.small.setPixelSize(12)
        self.code_metrics = QFontMetricsF(self.code)
        self.name_metrics = QFontMetricsF(self.name)
        self.small_metrics = QFontMetricsF(self.small)


class RoomItem(QGraphicsItem):
    """One room: a coloured box with its code, seats and tenants' names."""

    def __init__(self, room: RoomView, rect: QRectF, fonts: _Fonts) -> None:
        super().__init__()
        self.room = room
        self.fonts = fonts
        self.selected = False
        self._rect = QRectF(0, 0, rect.width(), rect.height())
        self._bounds = self._rect.adjusted(-2, -2, 2, 2)  # asked for often: made once
        self._tip_of: RoomView | None = None  # the room the tooltip was written for
        self.setPos(rect.topLeft())
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        # Painted once per zoom into a pixmap: scrolling repaints without Python.
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)

    @property
    def space_id(self) -> int:
        return self.room.space.id

    def set_room(self, room: RoomView) -> None:
        """Show the room as it is now (the same place on the plan)."""
        if room != self.room:
            self.room = room
            if self._tip_of is not None:  # shown before: the next tooltip says the news
                self.tooltip()
            self.update()

    def tooltip(self) -> str:
        """The room's tooltip, written when first asked for (the view asks as it is about to
        show it) and again when the room changes."""
        if self._tip_of is not self.room:
            self._tip_of = self.room
            self.setToolTip(room_tooltip(self.room))
        return self.toolTip()

    @property
    def fill(self) -> QColor:
        return FILL[self.room.state]

    def boundingRect(self) -> QRectF:  # noqa: N802 (Qt name)
        return self._bounds

    def set_selected(self, selected: bool) -> None:
        if selected != self.selected:
            self.selected = selected
            self.update()

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        _widget: QWidget | None = None,
    ) -> None:
        detailed = option.levelOfDetailFromTransform(painter.worldTransform()) >= 0.4
        painter.setBrush(QBrush(self.fill))
        painter.setPen(QPen(BORDER, 1))
        painter.drawRect(self._rect)
        if self.room.ending_soon:
            if detailed:
                self._draw_ending_mark(painter)
            else:  # too small for dashes: a plain outline
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.setPen(QPen(ENDING, 0))
                painter.drawRect(self._rect)
        if self.selected:
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(SELECTED, 4 if detailed else 0))
            painter.drawRect(self._rect.adjusted(2, 2, -2, -2))
        if detailed:
            self._draw_text(painter)

    def _draw_ending_mark(self, painter: QPainter) -> None:
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(ENDING, 3, Qt.PenStyle.DashLine))
        painter.drawRect(self._rect.adjusted(1.5, 1.5, -1.5, -1.5))
        corner = QPainterPath()
        right, bottom = self._rect.right(), self._rect.bottom()
        corner.moveTo(right - 18, bottom)
        corner.lineTo(right, bottom)
        corner.lineTo(right, bottom - 18)
        corner.closeSubpath()
        painter.fillPath(corner, ENDING)

    def _draw_text(self, painter: QPainter) -> None:
        fonts, room = self.fonts, self.room
        inner = self._rect.adjusted(PAD, PAD - 2, -PAD, -PAD)
        painter.setPen(TEXT)
        painter.setFont(fonts.code)
        code_height = fonts.code_metrics.height()
        seats = f"{room.seats_taken}/{room.space.seats}" if room.lettable else ""
        seats_width = fonts.small_metrics.horizontalAdvance(seats) + 4 if seats else 0
        code = fonts.code_metrics.elidedText(
            room.space.code, Qt.TextElideMode.ElideRight, inner.width() - seats_width
        )
        painter.drawText(QRectF(inner.left(), inner.top(), inner.width(), code_height), code)
        if seats:
            painter.setFont(fonts.small)
            painter.setPen(MUTED)
            painter.drawText(
                QRectF(inner.left(), inner.top(), inner.width(), code_height),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                seats,
            )
        body = inner.adjusted(0, code_height + 2, 0, 0)
        self._draw_names(painter, body)

    def _draw_names(self, painter: QPainter, body: QRectF) -> None:
        metrics = self.fonts.name_metrics
        line_height = metrics.height() + 1
        painter.setFont(self.fonts.name)
        top = body.top()
        for text, ending in self.lines(max(int(body.height() // line_height), 0)):
            painter.setPen(ENDING_TEXT if ending else TEXT if ending is False else MUTED)
            shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, body.width())
            painter.drawText(QRectF(body.left(), top, body.width(), line_height), shown)
            top += line_height

    def lines(self, room_for: int) -> list[tuple[str, bool | None]]:
        """The text lines under the code: tenants' names, "+N" for those that do not fit.

        The flag says how a line is coloured: True ending soon, False a tenant,
        None a note (the room's own name when nobody rents it).
        """
        room = self.room
        if not room.occupants:
            note: list[tuple[str, bool | None]] = [(room.space.name, None)]
            return note[:room_for]
        names: list[tuple[str, bool | None]] = [
            (o.team_name, o.ending_soon) for o in room.occupants
        ]
        if len(names) <= room_for:
            if len(names) == 1 and room_for > 1:  # one tenant: say until when
                until = QCoreApplication.translate("FloorPlanView", "until {0}")
                until = until.format(day(room.occupants[0].last_day))
                names.append((until, True if room.occupants[0].ending_soon else None))
            return names
        if room_for <= 0:
            return []
        shown = names[: room_for - 1]
        return [*shown, (f"+{len(names) - len(shown)}", None)]


def room_tooltip(room: RoomView) -> str:
    space = room.space
    rows = [
        f"<b>{escape(space.code, quote=False)}</b> {escape(space.name, quote=False)}",
        f"{label(space.kind)} · {space.area_m2:g} m²",
    ]
    if room.lettable:
        taken = QCoreApplication.translate("FloorPlanView", "Seats taken: {0} of {1}")
        rows.append(taken.format(room.seats_taken, space.seats))
        if space.monthly_fee:
            fee = QCoreApplication.translate("FloorPlanView", "Monthly fee: {0}")
            rows.append(fee.format(won(space.monthly_fee)))
    elif not space.active:
        rows.append(QCoreApplication.translate("FloorPlanView", "Closed: not let"))
    else:
        rows.append(QCoreApplication.translate("FloorPlanView", "Not let to teams"))
    rows += [_occupant_line(occupant) for occupant in room.occupants]
    return "<br>".join(rows)


def _occupant_line(occupant: Occupant) -> str:
    text = QCoreApplication.translate("FloorPlanView", "{0}: seats {1}, {2} – {3}").format(
        escape(occupant.team_name, quote=False),
        occupant.seats,
        day(occupant.start_date),
        day(occupant.last_day),
    )
    if not occupant.ending_soon:
        return text
    note = QCoreApplication.translate("FloorPlanView", "ends within 60 days")
    return f"<span style='color:#9a4a00'>{text} ({note})</span>"


# --- the view ---------------------------------------------------------------------


class FloorPlanView(QGraphicsView):
    """The rooms of one floor; a click on a room emits ``room_clicked(space_id)``."""

    room_clicked = Signal(int)
    zoom_changed = Signal(float)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("floorPlan")
        self.setScene(QGraphicsScene(self))
        self.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        self.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setBackgroundBrush(QColor("#f7f7f4"))
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.items_by_id: dict[int, RoomItem] = {}
        self._aspect = ASPECT  # the width per height the rooms were arranged for
        self.selected_id: int | None = None
        self._fonts = _Fonts(self.font())
        self._zoom = 1.0
        self._press: QPoint | None = None
        self._auto_zoom = True  # the default zoom follows the view's size until one zooms

    # --- content ---------------------------------------------------------------

    def set_rooms(self, rooms: Iterable[RoomView], *, keep_view: bool = False) -> None:
        """Draw ``rooms``; ``keep_view`` keeps zoom and scrolling (a refresh of the same floor:
        when its rooms keep their places, only the rooms that changed are drawn again)."""
        rooms = list(rooms)
        view = self.viewport().size()
        aspect = view.width() / view.height() if self.isVisible() and view.height() > 0 else ASPECT
        aspect = max(aspect, 1.0)
        if keep_view and self._same_places(rooms, aspect):
            for room in rooms:
                self.items_by_id[room.space.id].set_room(room)
            return
        scene = self.scene()
        scene.clear()
        self.items_by_id = {}
        self._aspect = aspect
        places = arrange({room.space.id: room.plan for room in rooms}, aspect)
        for room in rooms:
            rect = places[room.space.id]
            item = RoomItem(
                room,
                QRectF(rect.x * UNIT, rect.y * UNIT, rect.width * UNIT, rect.height * UNIT),
                self._fonts,
            )
            scene.addItem(item)
            self.items_by_id[room.space.id] = item
        bounds = scene.itemsBoundingRect()
        scene.setSceneRect(bounds.adjusted(-UNIT / 2, -UNIT / 2, UNIT / 2, UNIT / 2))
        if self.selected_id in self.items_by_id:
            self.items_by_id[self.selected_id].set_selected(True)
        else:
            self.selected_id = None
        if not keep_view:
            self.reset_zoom()

    def _same_places(self, rooms: list[RoomView], aspect: float) -> bool:
        """Whether ``rooms`` are the rooms drawn, each with the plan place it had."""
        drawn = self.items_by_id
        return (
            aspect == self._aspect
            and len(rooms) == len(drawn)
            and all(
                room.space.id in drawn and drawn[room.space.id].room.plan == room.plan
                for room in rooms
            )
        )

    def select_room(self, space_id: int | None, *, centre: bool = False) -> None:
        if self.selected_id in self.items_by_id:
            self.items_by_id[self.selected_id].set_selected(False)
        self.selected_id = space_id if space_id in self.items_by_id else None
        if self.selected_id is not None:
            item = self.items_by_id[self.selected_id]
            item.set_selected(True)
            if centre:
                self.centerOn(item)

    # --- zoom ------------------------------------------------------------------

    @property
    def zoom(self) -> float:
        return self._zoom

    def set_zoom(self, zoom: float) -> None:
        """Zoom by hand: from now on a resize keeps this zoom."""
        self._auto_zoom = False
        self._apply_zoom(zoom)

    def _apply_zoom(self, zoom: float) -> None:
        self._zoom = min(max(zoom, MIN_ZOOM), MAX_ZOOM)
        self.setTransform(QTransform.fromScale(self._zoom, self._zoom))
        self.zoom_changed.emit(self._zoom)

    def fit_zoom(self) -> float:
        """The zoom at which the whole floor fits the view."""
        rect = self.sceneRect()
        view = self.viewport().size()
        if rect.isEmpty() or view.isEmpty():
            return 1.0
        # A little short of the edges, so that no scroll bar appears.
        return 0.98 * min(view.width() / rect.width(), view.height() / rect.height())

    def fit_all(self) -> None:
        self.set_zoom(self.fit_zoom())

    def actual_size(self) -> None:
        self.set_zoom(1.0)

    def zoom_in(self) -> None:
        self._zoom_by(1.25, QGraphicsView.ViewportAnchor.AnchorViewCenter)

    def zoom_out(self) -> None:
        self._zoom_by(0.8, QGraphicsView.ViewportAnchor.AnchorViewCenter)

    def reset_zoom(self) -> None:
        """Fit the floor into the view, but never so small that names cannot be read."""
        self._auto_zoom = True
        self._apply_zoom(min(max(self.fit_zoom(), LEGIBLE_ZOOM), 1.3))
        self.horizontalScrollBar().setValue(self.horizontalScrollBar().minimum())
        self.verticalScrollBar().setValue(self.verticalScrollBar().minimum())

    def _zoom_by(self, factor: float, anchor: QGraphicsView.ViewportAnchor) -> None:
        previous = self.transformationAnchor()
        self.setTransformationAnchor(anchor)
        self.set_zoom(self._zoom * factor)
        self.setTransformationAnchor(previous)

    # --- events ----------------------------------------------------------------

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 (Qt name)
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y() / 120
            self._zoom_by(1.15**steps, QGraphicsView.ViewportAnchor.AnchorUnderMouse)
            event.accept()
            return
        super().wheelEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt name)
        self._press = event.position().toPoint()
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt name)
        super().mouseReleaseEvent(event)
        press, self._press = self._press, None
        position = click_position(press, event)  # None: the user dragged the plan around
        item = self.room_at(position) if position is not None else None
        if item is not None:
            self.select_room(item.space_id)
            self.room_clicked.emit(item.space_id)

    def room_at(self, position: QPoint) -> RoomItem | None:
        for item in self.items(position):
            if isinstance(item, RoomItem):
                return item
        return None

    def room_position(self, space_id: int) -> QPoint:
        """The centre of a room in viewport coordinates (scrolls it into view)."""
        item = self.items_by_id[space_id]
        self.ensureVisible(item, 10, 10)
        return self.mapFromScene(item.sceneBoundingRect().center())

    def viewportEvent(self, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            item = self.room_at(event.pos())
            if item is not None:
                item.tooltip()  # the scene shows it next
        return super().viewportEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt name)
        super().resizeEvent(event)
        if self._auto_zoom and self.items_by_id and self.isVisible():
            self.reset_zoom()


class FloorPlanLegend(Legend):
    """What the plan's colours and marks mean."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.add_entry(Swatch(FILL[RoomState.FREE], BORDER), self.tr("Free"))
        self.add_entry(Swatch(FILL[RoomState.PARTLY_TAKEN], BORDER), self.tr("Partly taken"))
        self.add_entry(Swatch(FILL[RoomState.FULL], BORDER), self.tr("Full"))
        self.add_entry(Swatch(FILL[RoomState.NOT_LET], BORDER), self.tr("Not let (meeting room)"))
        self.add_entry(
            Swatch(QColor("white"), ENDING, 2, dashed=True), self.tr("Ends within 60 days")
        )
