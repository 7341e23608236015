"""Landlords, their agreements with the municipality, and apartments."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Boolean, CheckConstraint, Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from sbdesk.domain.base import Base, Timestamps, enum_column
from sbdesk.domain.enums import AgreementKind, ApartmentStatus, ContractType, LandlordKind
from sbdesk.domain.geography import Municipality


class Landlord(Timestamps, Base):
    """A municipal housing company or a private landlord."""

    __tablename__ = "landlord"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), index=True)
    kind: Mapped[LandlordKind] = mapped_column(enum_column(LandlordKind))
    org_number: Mapped[str | None] = mapped_column(String(11))
    contact_name: Mapped[str | None] = mapped_column(String(200))
    phone: Mapped[str | None] = mapped_column(String(40))
    email: Mapped[str | None] = mapped_column(String(200))
    notes: Mapped[str | None] = mapped_column(Text)

    agreements: Mapped[list[LandlordAgreement]] = relationship(back_populates="landlord")
    apartments: Mapped[list[Apartment]] = relationship(back_populates="landlord")


class LandlordAgreement(Timestamps, Base):
    """An agreement with a landlord: förtur quota, set-aside flats, social contracts frame…"""

    __tablename__ = "landlord_agreement"
    __table_args__ = (
        CheckConstraint("valid_to IS NULL OR valid_from IS NULL OR valid_to >= valid_from", name="period"),
        CheckConstraint("quota IS NULL OR quota >= 0", name="quota"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    landlord_id: Mapped[int] = mapped_column(ForeignKey("landlord.id"), index=True)
    kind: Mapped[AgreementKind] = mapped_column(enum_column(AgreementKind))
    title: Mapped[str] = mapped_column(String(200))
    valid_from: Mapped[date | None] = mapped_column(Date)
    valid_to: Mapped[date | None] = mapped_column(Date)
    quota: Mapped[int | None] = mapped_column(Integer)
    municipality_code: Mapped[str | None] = mapped_column(ForeignKey("municipality.code"), index=True)
    rent_guarantee: Mapped[bool] = mapped_column(Boolean, default=False)
    consent_routine: Mapped[str | None] = mapped_column(Text)
    notes: Mapped[str | None] = mapped_column(Text)

    landlord: Mapped[Landlord] = relationship(back_populates="agreements")
    municipality: Mapped[Municipality | None] = relationship()


class Apartment(Timestamps, Base):
    """An apartment that is or will become available; rooms exclude the kitchen ("2 rok" = 2)."""

    __tablename__ = "apartment"
    __table_args__ = (
        CheckConstraint("rooms >= 1 AND rooms <= 20", name="rooms"),
        CheckConstraint("rent_sek >= 0", name="rent"),
        CheckConstraint("area_m2 IS NULL OR area_m2 > 0", name="area"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    landlord_id: Mapped[int] = mapped_column(ForeignKey("landlord.id"), index=True)
    agreement_id: Mapped[int | None] = mapped_column(ForeignKey("landlord_agreement.id"), index=True)
    address: Mapped[str] = mapped_column(String(200), index=True)
    postal_code: Mapped[str | None] = mapped_column(String(6))
    postal_town: Mapped[str | None] = mapped_column(String(60))
    municipality_code: Mapped[str] = mapped_column(ForeignKey("municipality.code"), index=True)
    district: Mapped[str | None] = mapped_column(String(100))
    rooms: Mapped[int] = mapped_column(Integer, index=True)
    area_m2: Mapped[int | None] = mapped_column(Integer)
    rent_sek: Mapped[int] = mapped_column(Integer, index=True)
    floor: Mapped[int | None] = mapped_column(Integer)
    elevator: Mapped[bool] = mapped_column(Boolean, default=False)
    wheelchair_accessible: Mapped[bool] = mapped_column(Boolean, default=False)
    available_from: Mapped[date | None] = mapped_column(Date, index=True)
    contract_type: Mapped[ContractType] = mapped_column(enum_column(ContractType), index=True)
    status: Mapped[ApartmentStatus] = mapped_column(enum_column(ApartmentStatus), index=True)
    notes: Mapped[str | None] = mapped_column(Text)
    search_key: Mapped[str | None] = mapped_column(Text)  # case-folded address/area/town, kept by the service

    landlord: Mapped[Landlord] = relationship(back_populates="apartments")
    agreement: Mapped[LandlordAgreement | None] = relationship()
    municipality: Mapped[Municipality] = relationship()
