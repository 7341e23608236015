"""An offer of an apartment to a household and its lifecycle status."""

from __future__ import annotations

from datetime import date

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from sbdesk.domain.base import Base, Timestamps, enum_column
from sbdesk.domain.cases import Case
from sbdesk.domain.enums import ContractType, LabelledEnum
from sbdesk.domain.housing import Apartment


class OfferStatus(LabelledEnum):
    PROPOSED = ("proposed", "Föreslaget")
    OFFERED = ("offered", "Erbjudet")
    ACCEPTED = ("accepted", "Accepterat")
    DECLINED = ("declined", "Avböjt")
    EXPIRED = ("expired", "Svarstiden har gått ut")
    SIGNED = ("signed", "Kontrakt skrivet")
    WITHDRAWN = ("withdrawn", "Återkallat")

    @property
    def active(self) -> bool:
        """True while the offer still holds the apartment and the household."""
        return self in ACTIVE_OFFER_STATUSES


ACTIVE_OFFER_STATUSES = frozenset({OfferStatus.PROPOSED, OfferStatus.OFFERED, OfferStatus.ACCEPTED})


class DeclineParty(LabelledEnum):
    HOUSEHOLD = ("household", "Hushållet")
    LANDLORD = ("landlord", "Hyresvärden")


class Offer(Timestamps, Base):
    """One apartment offered to one household; a decline reason's wording is frozen when decided."""

    __tablename__ = "offer"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case.id", ondelete="CASCADE"), index=True)
    apartment_id: Mapped[int] = mapped_column(ForeignKey("apartment.id"), index=True)
    grant_id: Mapped[int | None] = mapped_column(ForeignKey("priority_grant.id", ondelete="SET NULL"), index=True)
    status: Mapped[OfferStatus] = mapped_column(enum_column(OfferStatus), index=True)
    proposed_on: Mapped[date] = mapped_column()
    offered_on: Mapped[date | None] = mapped_column()
    reply_by: Mapped[date | None] = mapped_column()
    decided_on: Mapped[date | None] = mapped_column()
    decline_party: Mapped[DeclineParty | None] = mapped_column(enum_column(DeclineParty))
    decline_reason_code: Mapped[str | None] = mapped_column(String(40))
    decline_reason_text: Mapped[str | None] = mapped_column(String(200))
    decline_note: Mapped[str | None] = mapped_column(Text)
    signed_on: Mapped[date | None] = mapped_column()
    contract_type: Mapped[ContractType | None] = mapped_column(enum_column(ContractType))
    notes: Mapped[str | None] = mapped_column(Text)

    case: Mapped[Case] = relationship()
    apartment: Mapped[Apartment] = relationship()
