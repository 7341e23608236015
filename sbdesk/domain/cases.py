"""A household's case, its members, their identities (kept apart) and consents."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, CheckConstraint, Column, Date, DateTime, ForeignKey, Integer, String, Table, Text, false
from sqlalchemy.orm import Mapped, mapped_column, relationship

from sbdesk.domain.base import Base, Timestamps, enum_column
from sbdesk.domain.enums import (
    CaseStatus,
    ConsentRecipient,
    MemberRole,
    ProtectionLevel,
    RiskLevel,
)
from sbdesk.domain.geography import Municipality

case_excluded_municipality = Table(
    "case_excluded_municipality",
    Base.metadata,
    Column("case_id", ForeignKey("case.id", ondelete="CASCADE"), primary_key=True),
    Column("municipality_code", ForeignKey("municipality.code"), primary_key=True),
)

case_wished_municipality = Table(
    "case_wished_municipality",
    Base.metadata,
    Column("case_id", ForeignKey("case.id", ondelete="CASCADE"), primary_key=True),
    Column("municipality_code", ForeignKey("municipality.code"), primary_key=True),
)


class Case(Timestamps, Base):
    """One household's case; shown by reference and pseudonym, never by name in lists."""

    __tablename__ = "case"
    __table_args__ = (CheckConstraint("max_rent_sek IS NULL OR max_rent_sek >= 0", name="max_rent"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    reference: Mapped[str] = mapped_column(String(30), unique=True)
    pseudonym: Mapped[str] = mapped_column(String(60), index=True)
    protection_level: Mapped[ProtectionLevel] = mapped_column(enum_column(ProtectionLevel), index=True)
    risk_level: Mapped[RiskLevel] = mapped_column(enum_column(RiskLevel), index=True)
    status: Mapped[CaseStatus] = mapped_column(enum_column(CaseStatus), index=True)
    home_municipality_code: Mapped[str | None] = mapped_column(ForeignKey("municipality.code"))
    sheltered_since: Mapped[date | None] = mapped_column(Date)
    queue_since: Mapped[date | None] = mapped_column(Date)
    needed_by: Mapped[date | None] = mapped_column(Date)
    max_rent_sek: Mapped[int | None] = mapped_column(Integer)
    needs_elevator: Mapped[bool] = mapped_column(Boolean, default=False)
    needs_ground_floor: Mapped[bool] = mapped_column(Boolean, default=False)
    needs_wheelchair: Mapped[bool] = mapped_column(Boolean, default=False)
    excluded_areas: Mapped[str | None] = mapped_column(Text)
    wishes: Mapped[str | None] = mapped_column(Text)
    school_needs: Mapped[str | None] = mapped_column(Text)
    notes: Mapped[str | None] = mapped_column(Text)
    retention_exempt: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    purged_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    # Seals personal values that must stay in the append-only audit log (a correction's old value);
    # purging the case deletes the key, which makes those values unreadable (crypto-shredding).
    log_key: Mapped[str | None] = mapped_column(String(64))

    members: Mapped[list[HouseholdMember]] = relationship(
        back_populates="case", cascade="all, delete-orphan", order_by="HouseholdMember.id"
    )
    excluded_municipalities: Mapped[list[Municipality]] = relationship(
        secondary=case_excluded_municipality, order_by=Municipality.name
    )
    wished_municipalities: Mapped[list[Municipality]] = relationship(
        secondary=case_wished_municipality, order_by=Municipality.name
    )
    consents: Mapped[list[Consent]] = relationship(back_populates="case", cascade="all, delete-orphan")
    home_municipality: Mapped[Municipality | None] = relationship()

    @property
    def household_size(self) -> int:
        """Number of people who move together."""
        return len(self.members)


class Person(Timestamps, Base):
    """A real identity, kept apart from the case; read only through a logged reveal."""

    __tablename__ = "person"

    id: Mapped[int] = mapped_column(primary_key=True)
    first_name: Mapped[str] = mapped_column(String(100))
    last_name: Mapped[str] = mapped_column(String(100))
    personal_number: Mapped[str | None] = mapped_column(String(13))
    phone: Mapped[str | None] = mapped_column(String(40))
    email: Mapped[str | None] = mapped_column(String(200))
    address: Mapped[str | None] = mapped_column(Text)


class HouseholdMember(Base):
    """A person in the household: role and birth year; identity only through person_id."""

    __tablename__ = "household_member"
    __table_args__ = (CheckConstraint("birth_year >= 1900 AND birth_year <= 2200", name="birth_year"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case.id", ondelete="CASCADE"), index=True)
    role: Mapped[MemberRole] = mapped_column(enum_column(MemberRole))
    birth_year: Mapped[int] = mapped_column(Integer)
    person_id: Mapped[int | None] = mapped_column(ForeignKey("person.id"), unique=True)

    case: Mapped[Case] = relationship(back_populates="members")
    person: Mapped[Person | None] = relationship(cascade="all, delete-orphan", single_parent=True)


class Consent(Timestamps, Base):
    """Consent to share information about the case with a landlord, a municipality or another party."""

    __tablename__ = "consent"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case.id", ondelete="CASCADE"), index=True)
    recipient_kind: Mapped[ConsentRecipient] = mapped_column(enum_column(ConsentRecipient))
    recipient_name: Mapped[str] = mapped_column(String(200))
    scope: Mapped[str] = mapped_column(Text)
    given_on: Mapped[date] = mapped_column(Date)
    expires_on: Mapped[date | None] = mapped_column(Date)
    withdrawn_on: Mapped[date | None] = mapped_column(Date)

    case: Mapped[Case] = relationship(back_populates="consents")

    def valid_on(self, day: date) -> bool:
        """True when given, not expired and not withdrawn on day."""
        if self.given_on > day or (self.withdrawn_on and self.withdrawn_on <= day):
            return False
        return not (self.expires_on and self.expires_on < day)
