"""Display formats for sv_SE: kronor with spaces, ISO dates, yes/no, enum labels."""

from __future__ import annotations

import enum
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication

from sbdesk.domain.validators import format_kronor


def kronor(amount: int | None) -> str:
    """'7 450 kr' (non-breaking space between thousands); empty for None."""
    return "" if amount is None else format_kronor(amount)


def day(value: date | datetime | None) -> str:
    """Dates as Swedes write them: YYYY-MM-DD."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        value = value.date()
    return value.isoformat()


def yes_no(value: bool | None) -> str:
    """'Ja' / 'Nej' (empty for None)."""
    if value is None:
        return ""
    return QCoreApplication.translate("formatting", "Yes") if value else QCoreApplication.translate("formatting", "No")


def label(value: Any) -> str:
    """The Swedish label of a domain enum, or str(value)."""
    if value is None:
        return ""
    if isinstance(value, enum.Enum):
        return str(getattr(value, "label", value.value))
    return str(value)


def text(value: Any) -> str:
    """Plain text for any value (dates, enums, money are formatted by their own helpers)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return yes_no(value)
    if isinstance(value, (date, datetime)):
        return day(value)
    if isinstance(value, enum.Enum):
        return label(value)
    return str(value)
