"""Exchange files sent and received: one row per file, so a file is never imported twice and an older
answer never overwrites a newer one. The rows hold no personal data (ids, codes, kind, sequence)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, DateTime, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from sbdesk.domain.base import Base, enum_column, utcnow
from sbdesk.domain.enums import LabelledEnum


class ExchangeDirection(LabelledEnum):
    EXPORT = ("export", "Exporterad")
    IMPORT = ("import", "Importerad")


class ExchangeKind(LabelledEnum):
    REQUEST = ("request", "Förfrågan")
    ANSWER = ("answer", "Svar")


class ExchangeFile(Base):
    """A file exported or imported: its random id (from the file's header), kind, request, the other
    municipality and, for answers, the sender's sequence number (1, 2, … per request)."""

    __tablename__ = "exchange_file"
    __table_args__ = (CheckConstraint("sequence >= 1", name="sequence"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    file_id: Mapped[str] = mapped_column(String(32), unique=True)
    direction: Mapped[ExchangeDirection] = mapped_column(enum_column(ExchangeDirection))
    kind: Mapped[ExchangeKind] = mapped_column(enum_column(ExchangeKind))
    request_id: Mapped[int | None] = mapped_column(ForeignKey("request.id", ondelete="SET NULL"), index=True)
    counterpart_municipality_code: Mapped[str] = mapped_column(ForeignKey("municipality.code"))
    sequence: Mapped[int] = mapped_column(Integer, default=1)
    file_created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
