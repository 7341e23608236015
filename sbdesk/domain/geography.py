"""Counties (län) and municipalities (kommuner) with SCB codes."""

from __future__ import annotations

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from sbdesk.domain.base import Base


class County(Base):
    """One of Sweden's 21 counties; code is SCB's two-digit länskod."""

    __tablename__ = "county"

    code: Mapped[str] = mapped_column(String(2), primary_key=True)
    name: Mapped[str] = mapped_column(String(60))

    municipalities: Mapped[list[Municipality]] = relationship(back_populates="county")


class Municipality(Base):
    """One of the 290 municipalities; code is SCB's four-digit kommunkod."""

    __tablename__ = "municipality"

    code: Mapped[str] = mapped_column(String(4), primary_key=True)
    name: Mapped[str] = mapped_column(String(60), index=True)
    county_code: Mapped[str] = mapped_column(ForeignKey("county.code"), index=True)

    county: Mapped[County] = relationship(back_populates="municipalities")
