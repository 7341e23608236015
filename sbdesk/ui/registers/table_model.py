"""A table model fed by a service in pages: search, filters and sorting run in SQL, rows arrive lazily."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from sbdesk.services.listing import ListQuery, Page
from sbdesk.ui import formatting

log = logging.getLogger(__name__)

ROW_ID_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2
Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column:
    """One column: the row attribute it shows, its (translated) title and the service's sort key."""

    key: str
    title: str
    sort_key: str | None = None
    format: Callable[[Any], str] = formatting.text
    align_right: bool = False
    tooltip: Callable[[Any], str] | None = None
    background: Callable[[Any], str | None] | None = field(default=None)  # row -> colour name


class RegisterModel(QAbstractTableModel):
    """Rows of one register, fetched page by page from a service; data() never queries."""

    total_changed = Signal(int)
    failed = Signal(str)

    def __init__(
        self,
        columns: list[Column],
        fetch: Callable[[ListQuery], Page[Any]],
        *,
        default_sort: str,
        batch: int = 200,
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self.columns = columns
        self._fetch = fetch
        self._batch = batch
        self.query = ListQuery(sort=default_sort, limit=batch)
        self._rows: list[Any] = []
        self._total = 0
        self._started = False  # nothing is fetched until the page is first shown

    # -- query state --------------------------------------------------------------------------

    @property
    def total(self) -> int:
        """How many rows match the current search and filters."""
        return self._total

    def set_search(self, text: str) -> None:
        """New search text; refetches from the first row."""
        if text != self.query.search:
            self.query = replace(self.query, search=text)
            self._requery()

    def set_filter(self, name: str, value: Any) -> None:
        """Set (or clear with None) one filter; refetches."""
        filters = dict(self.query.filters)
        if value is None or value == "" or value == []:
            filters.pop(name, None)
        else:
            filters[name] = value
        if filters != dict(self.query.filters):
            self.query = replace(self.query, filters=filters)
            self._requery()

    def set_include_archived(self, include: bool) -> None:
        """Show archived rows too (or not)."""
        if include != self.query.include_archived:
            self.query = replace(self.query, include_archived=include)
            self._requery()

    def _requery(self) -> None:
        if self._started:
            self.refresh()

    def refresh(self) -> None:
        """Drop the cached rows and fetch the first batch again."""
        self._started = True
        self.beginResetModel()
        try:
            page = self._fetch(replace(self.query, offset=0, limit=self._batch))
            self._rows, self._total = list(page.rows), page.total
        except Exception as exc:  # noqa: BLE001 - shown to the user, the model stays usable
            log.exception("register fetch failed")
            self._rows, self._total = [], 0
            self.failed.emit(str(exc))
        finally:
            self.endResetModel()
        self.total_changed.emit(self._total)

    # -- lazy fetching ------------------------------------------------------------------------

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: N802, B008 - Qt API
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: N802, B008 - Qt API
        if parent.isValid():
            return
        page = self._fetch(replace(self.query, offset=len(self._rows), limit=self._batch))
        if not page.rows:
            self._total = len(self._rows)
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(page.rows) - 1)
        self._rows.extend(page.rows)
        self.endInsertRows()

    # -- Qt model API -------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].title
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.format(getattr(row, column.key))
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip is not None:
            return column.tooltip(row)
        if role == Qt.ItemDataRole.BackgroundRole and column.background is not None:
            colour = column.background(row)
            return QBrush(QColor(colour)) if colour else None
        if role == Qt.ItemDataRole.ForegroundRole:
            if getattr(row, "archived", False):
                return QBrush(QColor("#777777"))
            if column.background is not None and column.background(row):
                return QBrush(QColor("#1a1a1a"))  # tinted cells stay readable in a dark theme
            return None
        if role == ROW_ID_ROLE:
            return row.id
        if role == ROW_ROLE:
            return row
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort in SQL by the column's sort key."""
        key = self.columns[column].sort_key
        if key is None:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if (key, descending) != (self.query.sort, self.query.descending):
            self.query = replace(self.query, sort=key, descending=descending)
            self._requery()

    # -- rows ---------------------------------------------------------------------------------

    def row_at(self, row: int) -> Any:
        """The row object (a service dataclass) at a position."""
        return self._rows[row]

    def position_of(self, record_id: int) -> int | None:
        """The position of a record among the rows fetched so far."""
        for i, row in enumerate(self._rows):
            if row.id == record_id:
                return i
        return None
