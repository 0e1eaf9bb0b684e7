"""Where a person is on a page, so that a rebuilt window (another language, another
person signed in) opens at the same place: the tab, the filters, the search text, the
dates and the chosen record.

The fields are read generically: a page built again by the same code has the same tree
of widgets, so each field is found again by its path (class, object name and position
among siblings of its class). A path that no longer matches is skipped. The chosen record
is the page's own business: a page that has one provides ``chosen()`` and ``choose()``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Protocol, runtime_checkable

from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QLineEdit,
    QStackedWidget,
    QTabWidget,
    QWidget,
)

from hubdesk.gui.common.date_edit import DateEdit

FieldValue = int | str | bool | date | None


@runtime_checkable
class ChoosesRecords(Protocol):
    """A page with a chosen record (a team, a tenancy, a session, an agreement)."""

    def chosen(self) -> object | None:
        """What is chosen now, in a form ``choose`` takes back; None: nothing."""

    def choose(self, record: object) -> None:
        """Choose ``record`` again, if the page still shows it."""


@dataclass
class PagePlace:
    fields: dict[str, FieldValue] = field(default_factory=dict)
    record: object | None = None


def _path(widget: QWidget, root: QWidget) -> str:
    parts: list[str] = []
    current: QWidget | None = widget
    while current is not None and current is not root:
        parent = current.parentWidget()
        siblings = [
            child
            for child in (parent.children() if parent is not None else [])
            if type(child) is type(current) and isinstance(child, QWidget)
        ]
        index = siblings.index(current) if current in siblings else 0
        parts.append(f"{type(current).__name__}#{current.objectName()}[{index}]")
        current = parent
    return "/".join(reversed(parts))


def _value(widget: QWidget) -> FieldValue | type[_Skip]:
    if isinstance(widget, DateEdit):
        return widget.date()
    if isinstance(widget, QLineEdit):
        return _Skip if widget.isReadOnly() else widget.text()
    if isinstance(widget, QComboBox):
        return _Skip if widget.isEditable() else widget.currentIndex()
    if isinstance(widget, QTabWidget | QStackedWidget):
        return widget.currentIndex()
    if isinstance(widget, QAbstractButton) and widget.isCheckable():
        return widget.isChecked()
    return _Skip


class _Skip:
    """Not a field a person sets."""


def capture(page: QWidget) -> PagePlace:
    """The page's fields and chosen record as they are now."""
    fields: dict[str, FieldValue] = {}
    for widget in page.findChildren(QWidget):
        value = _value(widget)
        if value is not _Skip:
            fields[_path(widget, page)] = value  # type: ignore[assignment]
    record = page.chosen() if isinstance(page, ChoosesRecords) else None
    return PagePlace(fields, record)


def restore(page: QWidget, place: PagePlace) -> None:
    """Put the fields back where they were (tabs first), then choose the record."""
    widgets = {_path(widget, page): widget for widget in page.findChildren(QWidget)}
    tabs_first = sorted(
        place.fields.items(),
        key=lambda item: not isinstance(widgets.get(item[0]), QTabWidget | QStackedWidget),
    )
    for path, value in tabs_first:
        widget = widgets.get(path)
        if widget is not None:
            _set(widget, value)
    apply_filters = getattr(page, "apply_filters", None)
    if callable(apply_filters):  # a typed search waits for a timer; not this one
        apply_filters()
    if place.record is not None and isinstance(page, ChoosesRecords):
        page.choose(place.record)


def _set(widget: QWidget, value: FieldValue) -> None:
    if isinstance(widget, DateEdit):
        if isinstance(value, date) or value is None:
            if widget.date() != value:
                widget.setDate(value)
                widget.editingFinished.emit()
    elif isinstance(widget, QLineEdit):
        if isinstance(value, str) and widget.text() != value:
            widget.setText(value)
            widget.editingFinished.emit()
    elif isinstance(widget, QComboBox | QTabWidget | QStackedWidget):
        if isinstance(value, int) and 0 <= value < widget.count():
            widget.setCurrentIndex(value)
    elif isinstance(widget, QAbstractButton) and isinstance(value, bool):
        if widget.isChecked() != value:
            widget.click() if not widget.autoExclusive() or value else widget.setChecked(value)
