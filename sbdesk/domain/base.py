"""Declarative base and shared column helpers for every sbdesk model."""

from __future__ import annotations

import enum
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import DateTime, Enum, MetaData, func
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> datetime:
    """Current time in UTC (timezone-aware)."""
    return datetime.now(UTC)


class Base(DeclarativeBase):
    """Root of all sbdesk tables; constraint names are stable for migrations."""

    metadata = MetaData(naming_convention=NAMING)


def enum_column(enum_cls: type[enum.Enum], length: int = 32) -> Enum:
    """Store an enum by its value as VARCHAR + CHECK, portable to PostgreSQL."""
    return Enum(
        enum_cls,
        native_enum=False,
        length=length,
        values_callable=lambda e: [m.value for m in e],
        validate_strings=True,
        create_constraint=True,
        name=enum_cls.__name__.lower(),
    )


class Timestamps:
    """created_at / updated_at / archived_at columns shared by the registers."""

    created_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), default=utcnow, server_default=func.current_timestamp()
    )
    updated_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), default=utcnow, onupdate=utcnow, server_default=func.current_timestamp()
    )
    archived_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), default=None)

    @property
    def archived(self) -> bool:
        """True once the record has been archived (it is kept, not deleted)."""
        return self.archived_at is not None


def as_dict(obj: Any, fields: list[str]) -> dict[str, Any]:
    """Selected attributes of a model instance as a plain dict."""
    return {name: getattr(obj, name) for name in fields}
