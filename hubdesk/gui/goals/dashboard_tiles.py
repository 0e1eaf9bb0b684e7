"""A goal's tile on the dashboard: what was reached against the target, and the pace.

The tile is one focusable, clickable frame: Tab reaches it, Enter, Space or a click opens
the records behind its figure (``activated``). Its bar runs from 0 to the target; a thin
dark line marks the pace (the target × the elapsed share of the year). The bar is green
when the target is met, amber when behind pace, red when far behind (under 80 % of the
pace), blue otherwise.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QCoreApplication, QPoint, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QVBoxLayout, QWidget

from hubdesk.domain.goals import GoalFigure
from hubdesk.gui.common.views import click_position
from hubdesk.gui.goals import dashboard_text as text

FAR_BEHIND = 0.8  # under this share of the pace: red


class Standing(Enum):
    MET = "met"
    ON_PACE = "on_pace"
    BEHIND = "behind"
    FAR_BEHIND = "far_behind"
    NO_TARGET = "no_target"


COLOURS: dict[Standing, QColor] = {
    Standing.MET: QColor("#2e8b57"),
    Standing.ON_PACE: QColor("#4a86c8"),
    Standing.BEHIND: QColor("#e0a000"),
    Standing.FAR_BEHIND: QColor("#c62828"),
    Standing.NO_TARGET: QColor("#9e9e9e"),
}
TRACK = QColor("#e6e6e6")
PACE = QColor("#333333")


def standing(figure: GoalFigure) -> Standing:
    if not figure.target:
        return Standing.NO_TARGET
    if figure.value >= figure.target:
        return Standing.MET
    if figure.behind_pace:
        assert figure.pace is not None
        return Standing.FAR_BEHIND if figure.value < FAR_BEHIND * figure.pace else Standing.BEHIND
    return Standing.ON_PACE


class GoalBar(QWidget):
    """The progress from 0 to the target, with the pace line."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fraction = 0.0
        self.pace: float | None = None
        self.colour = COLOURS[Standing.NO_TARGET]
        self.setFixedHeight(14)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def show_figure(self, figure: GoalFigure) -> None:
        target = figure.target or 0
        self.fraction = figure.value / target if target else 0.0
        self.pace = figure.pace / target if target and figure.pace is not None else None
        self.colour = COLOURS[standing(figure)]
        self.update()

    def set_progress(self, fraction: float, colour: QColor, pace: float | None = None) -> None:
        self.fraction, self.colour, self.pace = fraction, colour, pace
        self.update()

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 (Qt name)
        painter = QPainter(self)
        track = QRectF(0, 3, self.width() - 1, self.height() - 6)
        painter.fillRect(track, TRACK)
        filled = QRectF(track)
        filled.setWidth(track.width() * min(max(self.fraction, 0.0), 1.0))
        painter.fillRect(filled, self.colour)
        if self.pace is not None:
            x = round(track.left() + track.width() * min(max(self.pace, 0.0), 1.0))
            painter.setPen(QPen(PACE, 2))
            painter.drawLine(x, 0, x, self.height())
        painter.end()


class GoalTile(QFrame):
    """One goal: caption, the big figure, its detail, the bar, target and pace."""

    activated = Signal()

    def __init__(self, caption: str, note: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.figure: GoalFigure | None = None
        self._state: Standing | None = None
        self._pressed: QPoint | None = None
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName("goalTile")
        self.setAutoFillBackground(True)
        self.caption = QLabel(caption)
        self.caption.setStyleSheet("font-weight: bold;")
        self.caption.setWordWrap(True)
        self.note = QLabel(note)
        self.note.setStyleSheet("color: #666666;")
        self.note.setWordWrap(True)
        self.note.setVisible(bool(note))
        self.value = QLabel()
        self.value.setStyleSheet("font-size: 16pt; font-weight: bold;")
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.bar = GoalBar()
        self.target = QLabel()
        self.target.setWordWrap(True)
        self.target.setStyleSheet("color: #444444;")
        self._lay_out()
        self._paint_focus(False)

    def _lay_out(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(3)
        for widget in (self.caption, self.value, self.bar, self.detail, self.target, self.note):
            layout.addWidget(widget)
        layout.addStretch(1)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt name)
        return QSize(260, super().sizeHint().height())

    def show_figure(self, figure: GoalFigure, detail: str = "") -> None:
        self.figure = figure
        self.value.setText(text.figure_value(figure))
        self.detail.setText(detail)
        self.detail.setVisible(bool(detail))
        self.bar.show_figure(figure)
        self.target.setText(self._target_line(figure))
        state = standing(figure)
        if state is not self._state:  # a style sheet is parsed anew on every set
            self._state = state
            self.value.setStyleSheet(
                f"font-size: 16pt; font-weight: bold; color: {_value_colour(state)};"
            )
        self.setToolTip(self._tooltip(figure, state))

    @staticmethod
    def _target_line(figure: GoalFigure) -> str:
        if not figure.target:
            return QCoreApplication.translate("Dashboard", "No target set")
        share = figure.percent_of_target or 0.0
        line = QCoreApplication.translate("Dashboard", "Target {0} · {1} of the target").format(
            text.target_text(figure), text.percent(share)
        )
        if figure.pace is not None and figure.pace != figure.target:
            pace = text.target_text(figure, figure.pace)
            line += "\n" + QCoreApplication.translate("Dashboard", "pace {0}").format(pace)
        return line

    @staticmethod
    def _tooltip(figure: GoalFigure, state: Standing) -> str:
        words = {
            Standing.MET: QCoreApplication.translate("Dashboard", "Target met."),
            Standing.ON_PACE: QCoreApplication.translate("Dashboard", "On pace."),
            Standing.BEHIND: QCoreApplication.translate("Dashboard", "Behind pace."),
            Standing.FAR_BEHIND: QCoreApplication.translate("Dashboard", "Far behind pace."),
            Standing.NO_TARGET: QCoreApplication.translate(
                "Dashboard", "No target set for this year."
            ),
        }
        return (
            words[state]
            + " "
            + QCoreApplication.translate(
                "Dashboard", "Enter or a click shows the records behind it."
            )
        )

    def standing(self) -> Standing:
        return standing(self.figure) if self.figure is not None else Standing.NO_TARGET

    # --- the hands -------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt name)
        keys = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space)
        if event.key() in keys and not event.isAutoRepeat():
            self.activated.emit()
            return
        super().keyPressEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt name)
        self._pressed = event.position().toPoint()
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt name)
        clicked = click_position(self._pressed, event)
        self._pressed = None
        if clicked is not None and self.rect().contains(clicked):
            self.activated.emit()
        super().mouseReleaseEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 (Qt name)
        self._paint_focus(True)
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 (Qt name)
        self._paint_focus(False)
        super().focusOutEvent(event)

    def _paint_focus(self, focused: bool) -> None:
        palette = self.palette()
        base = palette.color(QPalette.ColorRole.Base)
        palette.setColor(QPalette.ColorRole.Window, QColor("#e8f0fb") if focused else base)
        self.setPalette(palette)
        self.setLineWidth(2 if focused else 1)


def _value_colour(state: Standing) -> str:
    if state in (Standing.BEHIND, Standing.FAR_BEHIND, Standing.MET):
        return COLOURS[state].darker(115).name()
    return "#222222"
