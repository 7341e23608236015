"""The state grant (förordning 2022:1416) year by year, the work recorded against it, and frozen reports.

Amounts are whole kronor (int). A year's answers follow Socialstyrelsen's återrapportering question by
question; activities are kept by date (their year is the date's year), so they can be recorded before
the grant year itself is entered. A snapshot keeps every figure exactly as it was reported.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import JSON, Boolean, CheckConstraint, Date, DateTime, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from sbdesk.domain.base import Base, Timestamps, enum_column
from sbdesk.domain.enums import LabelledEnum

FIRST_GRANT_YEAR = 2022  # the förordning's first year


class GrantAssessment(LabelledEnum):
    """Question 7: to what extent the grant strengthened the work (Socialstyrelsen's five steps)."""

    HIGH = ("high", "I hög utsträckning")
    FAIRLY_HIGH = ("fairly_high", "I ganska hög utsträckning")
    SOME = ("some", "I viss utsträckning")
    FAIRLY_LOW = ("fairly_low", "I ganska låg utsträckning")
    LOW = ("low", "I låg utsträckning")


class WithoutGrant(LabelledEnum):
    """Question 8: would the activities have been carried out without the grant."""

    YES = ("yes", "Ja")
    NO = ("no", "Nej")
    SOME = ("some", "Vissa av dem")
    UNKNOWN = ("unknown", "Vet ej")


class ActivityArea(LabelledEnum):
    """Question 5: the activity areas (several may apply), in the form's order."""

    COLLABORATION = ("collaboration", "Utveckla samverkan")
    SOCIAL_CONTRACT = ("social_contract", "Socialt kontrakt")
    PRIORITY = ("priority", "Förtur till bostad")
    HOUSING_SEARCH = ("housing_search", "Stöd till den våldsutsatta att söka bostad")
    MOVE_PERPETRATOR = ("move_perpetrator", "Insats för att flytta på våldsutövaren")
    OTHER = ("other", "Andra områden")


class PartnerType(LabelledEnum):
    """Question 6: the collaboration partners (several may apply), in the form's order."""

    COUNTY_MUNICIPALITIES = ("county_municipalities", "Andra kommuner inom länet")
    MUNICIPAL_LANDLORDS = ("municipal_landlords", "Kommunala hyresvärdar/bostadsbolag")
    INTERNAL = ("internal", "Internt mellan olika delar av den kommunala förvaltningen")
    PRIVATE_LANDLORDS = ("private_landlords", "Privata hyresvärdar/bostadsbolag")
    OTHER_MUNICIPALITIES = ("other_municipalities", "Andra kommuner utanför länet")
    AUTHORITY = ("authority", "Myndighet (oftast länsstyrelsen)")
    CIVIL_SOCIETY = ("civil_society", "Civilsamhället (t.ex. kvinnojour)")
    OTHER = ("other", "Annan aktör")


class GrantYear(Timestamps, Base):
    """One year's grant: granted amount, costs by item, and the answers to the report's questions."""

    __tablename__ = "grant_year"
    __table_args__ = (
        CheckConstraint("year >= 2000 AND year <= 2200", name="year"),
        CheckConstraint("granted_sek IS NULL OR granted_sek >= 0", name="granted"),
        CheckConstraint("cost_salaries_sek IS NULL OR cost_salaries_sek >= 0", name="cost_salaries"),
        CheckConstraint("cost_services_sek IS NULL OR cost_services_sek >= 0", name="cost_services"),
        CheckConstraint("cost_travel_sek IS NULL OR cost_travel_sek >= 0", name="cost_travel"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int] = mapped_column(Integer, unique=True)
    granted_sek: Mapped[int | None] = mapped_column(Integer)
    cost_salaries_sek: Mapped[int | None] = mapped_column(Integer)  # lönekostnader
    cost_services_sek: Mapped[int | None] = mapped_column(Integer)  # köpta tjänster, material, hyrd utrustning
    cost_travel_sek: Mapped[int | None] = mapped_column(Integer)  # resor, kost och logi
    unused_time_shortage: Mapped[bool] = mapped_column(Boolean, default=False)  # tidsbrist
    unused_staff_shortage: Mapped[bool] = mapped_column(Boolean, default=False)  # personalbrist
    unused_other: Mapped[bool] = mapped_column(Boolean, default=False)  # annan orsak
    unused_other_text: Mapped[str | None] = mapped_column(Text)
    strengthened_existing: Mapped[bool | None] = mapped_column(Boolean)
    started_new: Mapped[bool | None] = mapped_column(Boolean)
    assessment: Mapped[GrantAssessment | None] = mapped_column(enum_column(GrantAssessment))
    without_grant: Mapped[WithoutGrant | None] = mapped_column(enum_column(WithoutGrant))
    documentation: Mapped[str | None] = mapped_column(Text)
    disseminated: Mapped[bool | None] = mapped_column(Boolean)
    # Derived marks (areas/partners the recorded data shows) that the coordinator confirmed for the report.
    confirmed_areas: Mapped[list[str]] = mapped_column(JSON, default=list)
    confirmed_partners: Mapped[list[str]] = mapped_column(JSON, default=list)
    frozen_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class Activity(Timestamps, Base):
    """A piece of work done with the grant: date, what, which areas and partners, hours or cost if known."""

    __tablename__ = "grant_activity"
    __table_args__ = (
        CheckConstraint("hours IS NULL OR hours >= 0", name="hours"),
        CheckConstraint("cost_sek IS NULL OR cost_sek >= 0", name="cost"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    occurred_on: Mapped[date] = mapped_column(Date, index=True)
    description: Mapped[str] = mapped_column(String(500))
    areas: Mapped[list[str]] = mapped_column(JSON, default=list)  # ActivityArea values
    partners: Mapped[list[str]] = mapped_column(JSON, default=list)  # PartnerType values
    hours: Mapped[int | None] = mapped_column(Integer)
    cost_sek: Mapped[int | None] = mapped_column(Integer)


class GrantSnapshot(Base):
    """Every figure of a year's report as it was frozen (JSON); superseded, never deleted, when unfrozen."""

    __tablename__ = "grant_snapshot"

    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int] = mapped_column(Integer, index=True)
    frozen_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    actor: Mapped[str] = mapped_column(String(200))
    figures: Mapped[dict[str, object]] = mapped_column(JSON)
    superseded_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    unfreeze_reason: Mapped[str | None] = mapped_column(Text)
