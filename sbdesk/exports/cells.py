"""Spreadsheet cells that never run as formulas, whatever text a user typed (CSV and XLSX exports)."""

from __future__ import annotations

from typing import Any

# A cell starting with one of these is a formula (or DDE) to Excel and LibreOffice (OWASP: CSV injection).
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def csv_safe(value: Any) -> Any:
    """Text for a CSV cell, with a leading apostrophe when it would start a formula; others unchanged."""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def xlsx_text(cell: Any) -> Any:
    """Make an openpyxl cell holding such text a plain string cell (never a formula); returns the cell."""
    if isinstance(cell.value, str) and cell.value.startswith(FORMULA_START):
        cell.data_type = "s"
    return cell
