"""Housing rings (bostadsringar), their members, and requests between municipalities with their steps.

A `Request` is outgoing (we ask another municipality to receive one of our households) or incoming
(another municipality asks us). Its status moves along `TRANSITIONS`; every step is a `RequestStep`
row (the timeline). The step dates are also kept on the request (sent_on, answered_on, …) so lists,
reminders and the reciprocity figures are plain column reads.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, CheckConstraint, Date, DateTime, ForeignKey, Integer, String, Text, false
from sqlalchemy.orm import Mapped, mapped_column, relationship

from sbdesk.domain.base import Base, Timestamps, enum_column, utcnow
from sbdesk.domain.enums import LabelledEnum, ProtectionLevel


class RingScope(LabelledEnum):
    BILATERAL = ("bilateral", "Bilateralt avtal")
    COUNTY = ("county", "Länsring (länskompott)")
    NATIONAL = ("national", "Nationellt nätverk")


class RequestDirection(LabelledEnum):
    OUTGOING = ("outgoing", "Utgående")
    INCOMING = ("incoming", "Inkommande")


class RequestStatus(LabelledEnum):
    DRAFT = ("draft", "Utkast")
    SENT = ("sent", "Skickad")
    ACCEPTED = ("accepted", "Accepterad")
    DECLINED = ("declined", "Avböjd")
    APARTMENT_FOUND = ("apartment_found", "Lägenhet hittad")
    MOVED = ("moved", "Verkställd")
    CLOSED = ("closed", "Avslutad")
    WITHDRAWN = ("withdrawn", "Återkallad")

    @property
    def final(self) -> bool:
        """True when no further step is possible."""
        return self in FINAL_STATUSES

    def label_for(self, direction: RequestDirection) -> str:
        """The Swedish label as seen from our side ('Mottagen' for an incoming request that was sent)."""
        if self is RequestStatus.SENT and direction is RequestDirection.INCOMING:
            return "Mottagen"
        return self.label


FINAL_STATUSES = frozenset({RequestStatus.DECLINED, RequestStatus.CLOSED, RequestStatus.WITHDRAWN})

# The one declaration of the lifecycle: status → the statuses it may move to, per direction.
# Withdrawal is possible from every status that is not final. An incoming request starts as sent.
_COMMON: dict[RequestStatus, tuple[RequestStatus, ...]] = {
    RequestStatus.SENT: (RequestStatus.ACCEPTED, RequestStatus.DECLINED, RequestStatus.WITHDRAWN),
    RequestStatus.ACCEPTED: (RequestStatus.APARTMENT_FOUND, RequestStatus.WITHDRAWN),
    RequestStatus.APARTMENT_FOUND: (RequestStatus.MOVED, RequestStatus.WITHDRAWN),
    RequestStatus.MOVED: (RequestStatus.CLOSED, RequestStatus.WITHDRAWN),
    RequestStatus.DECLINED: (),
    RequestStatus.CLOSED: (),
    RequestStatus.WITHDRAWN: (),
}
TRANSITIONS: dict[RequestDirection, dict[RequestStatus, tuple[RequestStatus, ...]]] = {
    RequestDirection.OUTGOING: {RequestStatus.DRAFT: (RequestStatus.SENT, RequestStatus.WITHDRAWN), **_COMMON},
    RequestDirection.INCOMING: {RequestStatus.DRAFT: (), **_COMMON},
}
START_STATUS = {RequestDirection.OUTGOING: RequestStatus.DRAFT, RequestDirection.INCOMING: RequestStatus.SENT}


class HousingRing(Timestamps, Base):
    """A bostadsring: a bilateral agreement, a county ring (länskompott) or the national network."""

    __tablename__ = "housing_ring"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    scope: Mapped[RingScope] = mapped_column(enum_column(RingScope))
    coordinator: Mapped[str | None] = mapped_column(String(200))  # "Länsstyrelsen Västmanland" or a kommunkod
    agreement_reference: Mapped[str | None] = mapped_column(String(300))  # the samverkansdokument
    notes: Mapped[str | None] = mapped_column(Text)

    members: Mapped[list[RingMembership]] = relationship(
        back_populates="ring", cascade="all, delete-orphan", order_by="RingMembership.id"
    )


class RingMembership(Timestamps, Base):
    """A municipality's membership of a ring: period, yearly quota and its two named contacts."""

    __tablename__ = "ring_membership"
    __table_args__ = (
        CheckConstraint("yearly_quota IS NULL OR yearly_quota >= 0", name="yearly_quota"),
        CheckConstraint("left_on IS NULL OR joined_on IS NULL OR left_on >= joined_on", name="period"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    ring_id: Mapped[int] = mapped_column(ForeignKey("housing_ring.id", ondelete="CASCADE"), index=True)
    municipality_code: Mapped[str] = mapped_column(ForeignKey("municipality.code"), index=True)
    joined_on: Mapped[date | None] = mapped_column(Date)
    left_on: Mapped[date | None] = mapped_column(Date)
    yearly_quota: Mapped[int | None] = mapped_column(Integer)  # households it commits to receive a year
    contact_name: Mapped[str | None] = mapped_column(String(200))  # kontaktperson (operativ)
    contact_phone: Mapped[str | None] = mapped_column(String(40))
    contact_email: Mapped[str | None] = mapped_column(String(200))
    liaison_name: Mapped[str | None] = mapped_column(String(200))  # samverkansperson (chef)
    liaison_phone: Mapped[str | None] = mapped_column(String(40))
    liaison_email: Mapped[str | None] = mapped_column(String(200))
    notes: Mapped[str | None] = mapped_column(Text)

    ring: Mapped[HousingRing] = relationship(back_populates="members")

    def active_on(self, day: date) -> bool:
        """True when the municipality is a member on day."""
        return (self.joined_on is None or self.joined_on <= day) and (self.left_on is None or self.left_on > day)


class Request(Timestamps, Base):
    """A request (förfrågan) to or from another municipality to receive a household.

    Outgoing: `case_id` is our case (SET NULL if a case row is ever deleted, so the dates survive for
    the reciprocity figures; a retention purge keeps the case row and clears the request's free text).
    Incoming: the household is described in the `household_*`/`support_*` columns, the sender's
    contact in `sender_contact_*`. `group_key` ties together one case sent to several partners.
    """

    __tablename__ = "request"
    __table_args__ = (
        CheckConstraint("adults IS NULL OR adults >= 0", name="adults"),
        CheckConstraint("children IS NULL OR children >= 0", name="children"),
        CheckConstraint("rooms_needed IS NULL OR rooms_needed >= 1", name="rooms_needed"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    reference: Mapped[str] = mapped_column(String(30), unique=True)  # ours, e.g. F-2026-0007
    counterpart_reference: Mapped[str | None] = mapped_column(String(60))  # the other municipality's
    direction: Mapped[RequestDirection] = mapped_column(enum_column(RequestDirection), index=True)
    status: Mapped[RequestStatus] = mapped_column(enum_column(RequestStatus), index=True)
    ring_id: Mapped[int | None] = mapped_column(ForeignKey("housing_ring.id", ondelete="SET NULL"), index=True)
    counterpart_municipality_code: Mapped[str] = mapped_column(ForeignKey("municipality.code"), index=True)
    case_id: Mapped[int | None] = mapped_column(ForeignKey("case.id", ondelete="SET NULL"), index=True)
    group_key: Mapped[str | None] = mapped_column(String(40), index=True)
    # incoming: the household as described by the sending municipality
    received_description: Mapped[str | None] = mapped_column(Text)
    # the received household's protection level (our own cases keep theirs on the case)
    protection_level: Mapped[ProtectionLevel] = mapped_column(
        enum_column(ProtectionLevel), default=ProtectionLevel.NONE, server_default=ProtectionLevel.NONE.value)
    # the applicant's name and personnummer when the sending municipality included them (never for a
    # protected household): JSON, read only through a logged reveal, cleared by the purge
    applicant_identity: Mapped[str | None] = mapped_column(Text)
    adults: Mapped[int | None] = mapped_column(Integer)
    children: Mapped[int | None] = mapped_column(Integer)
    children_birth_years: Mapped[str | None] = mapped_column(String(200))  # "2014,2019"
    rooms_needed: Mapped[int | None] = mapped_column(Integer)
    needs: Mapped[str | None] = mapped_column(Text)
    support_economic: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    support_psychosocial: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    support_safety: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    support_children: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    support_text: Mapped[str | None] = mapped_column(Text)
    sender_contact_name: Mapped[str | None] = mapped_column(String(200))
    sender_contact_phone: Mapped[str | None] = mapped_column(String(40))
    sender_contact_email: Mapped[str | None] = mapped_column(String(200))
    notes: Mapped[str | None] = mapped_column(Text)
    # the dates of the steps (also in request_step)
    sent_on: Mapped[date | None] = mapped_column(Date, index=True)  # incoming: the day it was received
    due_on: Mapped[date | None] = mapped_column(Date, index=True)
    answered_on: Mapped[date | None] = mapped_column(Date)
    decline_reason: Mapped[str | None] = mapped_column(Text)
    apartment_found_on: Mapped[date | None] = mapped_column(Date)
    moved_on: Mapped[date | None] = mapped_column(Date)
    closed_on: Mapped[date | None] = mapped_column(Date)
    withdrawn_on: Mapped[date | None] = mapped_column(Date)
    withdraw_reason: Mapped[str | None] = mapped_column(Text)

    steps: Mapped[list[RequestStep]] = relationship(
        back_populates="request", cascade="all, delete-orphan", order_by="RequestStep.id"
    )


class RequestStep(Base):
    """One dated step of a request (the timeline): the status reached, when, by whom, an optional note."""

    __tablename__ = "request_step"

    id: Mapped[int] = mapped_column(primary_key=True)
    request_id: Mapped[int] = mapped_column(ForeignKey("request.id", ondelete="CASCADE"), index=True)
    status: Mapped[RequestStatus] = mapped_column(enum_column(RequestStatus))
    on_date: Mapped[date] = mapped_column(Date)
    note: Mapped[str | None] = mapped_column(Text)
    actor: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    request: Mapped[Request] = relationship(back_populates="steps")
