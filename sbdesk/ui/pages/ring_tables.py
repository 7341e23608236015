"""Table helpers of the rings tab: in-memory sorting like the SQL registers, ring and member rows,
and a read-only register-style table."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QPushButton, QTableView

from sbdesk.domain.text import swedish_sort_key
from sbdesk.services import rings as service
from sbdesk.services.listing import ListQuery, Page
from sbdesk.ui.registers.table_model import RegisterModel


def number(value: int | None) -> str:
    """A count, blank for None."""
    return "" if value is None else str(value)


def _sort_value(value: Any) -> tuple[bool, Any]:
    if value is None:
        return (True, "")
    if isinstance(value, str):
        return (False, swedish_sort_key(value))
    return (False, value.value if hasattr(value, "value") else value)


def sorted_page(rows: Sequence[Any], query: ListQuery, default: str) -> Page[Any]:
    """One window of an in-memory list, sorted like the SQL registers (blanks last)."""
    key = query.sort or default
    ordered = sorted(rows, key=lambda r: _sort_value(getattr(r, key, None)), reverse=query.descending)
    return Page(list(ordered[query.offset:query.offset + query.limit]), len(ordered), query.offset)


@dataclass(frozen=True)
class RingLine:
    """A ring with its current member count and the commitments of its current members."""

    ring: service.RingRow
    member_count: int
    quota_total: int | None

    def __getattr__(self, name: str) -> Any:
        if name == "ring":
            raise AttributeError(name)
        return getattr(self.ring, name)


@dataclass(frozen=True)
class MemberLine:
    """A membership; former members are shown greyed (as archived rows are)."""

    member: service.MemberRow
    archived: bool

    def __getattr__(self, name: str) -> Any:
        if name == "member":
            raise AttributeError(name)
        return getattr(self.member, name)


def make_table(model: RegisterModel, name: str) -> QTableView:
    """A read-only, sortable, single-row-selection table like the registers'."""
    table = QTableView()
    table.setModel(model)
    table.setSortingEnabled(True)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    table.horizontalHeader().setStretchLastSection(True)
    table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
    table.setAccessibleName(name)
    return table


def button(text: str, tooltip: str, slot: Callable[[], Any]) -> QPushButton:
    """A push button calling slot."""
    b = QPushButton(text)
    b.setToolTip(tooltip)
    b.clicked.connect(lambda _c=False: slot())
    return b
