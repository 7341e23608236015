"""Förtur (priority) grants on a case and manual adjustments of a case's place in the queue."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Boolean, CheckConstraint, Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from sbdesk.domain.base import Base, Timestamps, enum_column
from sbdesk.domain.enums import LabelledEnum


class PriorityGround(LabelledEnum):
    SOCIAL = ("social", "Sociala skäl")
    MEDICAL = ("medical", "Medicinska skäl")
    THREAT = ("threat", "Hotbild")


class PriorityGrant(Timestamps, Base):
    """A förtur decision for a case: grounds, issuer, dates, offers allowed and the landlord's approval."""

    __tablename__ = "priority_grant"
    __table_args__ = (
        CheckConstraint("offers_allowed >= 1", name="offers_allowed"),
        CheckConstraint("offers_used >= 0", name="offers_used"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case.id", ondelete="CASCADE"), index=True)
    ground: Mapped[PriorityGround] = mapped_column(enum_column(PriorityGround))
    issued_by: Mapped[str] = mapped_column(String(200))
    applied_on: Mapped[date | None] = mapped_column(Date)
    decided_on: Mapped[date | None] = mapped_column(Date)
    valid_until: Mapped[date | None] = mapped_column(Date)
    offers_allowed: Mapped[int] = mapped_column(Integer, default=1)
    offers_used: Mapped[int] = mapped_column(Integer, default=0)
    used_up: Mapped[bool] = mapped_column(Boolean, default=False)
    credit_check_ok: Mapped[bool | None] = mapped_column(Boolean)
    references_ok: Mapped[bool | None] = mapped_column(Boolean)
    landlord_note: Mapped[str | None] = mapped_column(Text)

    def valid_on(self, day: date) -> bool:
        """True when decided by day, not past valid_until, not used up and not archived."""
        if self.archived_at is not None or self.used_up or self.decided_on is None or self.decided_on > day:
            return False
        return self.valid_until is None or self.valid_until >= day


class QueueAdjustment(Timestamps, Base):
    """Manual points up or down on a case's queue score, always with a reason (audit-logged)."""

    __tablename__ = "queue_adjustment"
    __table_args__ = (CheckConstraint("points <> 0", name="points"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case.id", ondelete="CASCADE"), index=True)
    points: Mapped[int] = mapped_column(Integer)
    reason: Mapped[str] = mapped_column(Text)
    actor: Mapped[str] = mapped_column(String(200))
