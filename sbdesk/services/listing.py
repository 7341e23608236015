"""Shared machinery for registers: search, filter, sort and page in SQL."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from sqlalchemy import ColumnElement, Select, and_, func, or_, select
from sqlalchemy.orm import Session

T = TypeVar("T")

MAX_PAGE = 1000


@dataclass(frozen=True)
class ListQuery:
    """What a register asks for: search text, filters, sort column, and a window of rows."""

    search: str = ""
    filters: Mapping[str, Any] = field(default_factory=dict)
    sort: str | None = None
    descending: bool = False
    offset: int = 0
    limit: int = 200
    include_archived: bool = False


@dataclass(frozen=True)
class Page(Generic[T]):
    """One window of rows plus the total that matches the query."""

    rows: list[T]
    total: int
    offset: int


def like_pattern(text: str) -> str:
    """A LIKE pattern for a search box, with wildcards in the input escaped."""
    escaped = text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def search_clause(text: str, columns: Sequence[Any]) -> ColumnElement[bool] | None:
    """Every word must match one of the columns (case-insensitive for ASCII, exact otherwise)."""
    words = [w for w in text.split() if w]
    if not words:
        return None
    clauses = []
    for word in words:
        pattern = like_pattern(word)
        clauses.append(or_(*(func.lower(c).like(pattern.lower(), escape="\\") for c in columns)))
    return and_(*clauses)


def run_page(
    session: Session,
    stmt: Select[Any],
    query: ListQuery,
    sort_columns: Mapping[str, Any],
    default_sort: str,
    tiebreak: Any,
    *,
    count_stmt: Select[Any] | None = None,
) -> tuple[list[Any], int]:
    """Count all matches (with count_stmt when a cheaper equivalent exists), then fetch one sorted
    window; unknown sort keys fall back to the default."""
    counted = (count_stmt if count_stmt is not None else stmt).order_by(None).subquery()
    total = session.scalar(select(func.count()).select_from(counted)) or 0
    column = sort_columns.get(query.sort or default_sort, sort_columns[default_sort])
    order = column.desc() if query.descending else column.asc()
    limit = max(0, min(query.limit, MAX_PAGE))
    rows = session.execute(
        stmt.order_by(order, tiebreak).offset(max(0, query.offset)).limit(limit)
    ).all()
    return rows, total
