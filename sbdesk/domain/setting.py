"""Per-database settings (the municipality's profile, weights, limits) as JSON values."""

from __future__ import annotations

from sqlalchemy import JSON, String
from sqlalchemy.orm import Mapped, mapped_column

from sbdesk.domain.base import Base


class Setting(Base):
    """One named setting; the registry of known keys lives in sbdesk.services.settings."""

    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[object] = mapped_column(JSON)
