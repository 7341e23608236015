"""The återrapportering as XLSX (question by question, as Socialstyrelsen's form asks), CSV and PDF.

The workbook has three sheets: "Återrapportering" (numbered questions, the answer beside each, what
the answer rests on, last year's answer), "Resultat" (outcome figures) and "Aktiviteter" (the year's
activity log); a fourth, "Saknas", lists what is still missing. Amounts are numbers (whole kronor), so
they can be copied straight into the form. Text that looks like a formula is always stored as text.
"""

from __future__ import annotations

import csv
import io
from datetime import date
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import Cell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from sbdesk.exports.cells import csv_safe, xlsx_text
from sbdesk.services.grant_figures import GrantFigures
from sbdesk.services.grant_layout import TITLE, Answer, ReportRow, question_rows, result_rows

HEADING_FILL = PatternFill("solid", fgColor="E8EEF7")
HEADER_FILL = PatternFill("solid", fgColor="D9D9D9")
AMOUNT_FORMAT = "#,##0"


def status_line(fig: GrantFigures) -> str:
    """'Fryst 2026-02-14 av …' or 'Inte fryst – uttaget 2026-02-14'."""
    if fig.frozen_at:
        return f"Fryst {fig.frozen_at[:10]} av {fig.frozen_by or 'okänd'}: siffrorna är de som rapporterades."
    return f"Inte fryst – uttaget {fig.generated_on}; siffrorna kan ändras när uppgifter ändras."


def write_report(fig: GrantFigures, fmt: str, path: Path, *, municipality: str) -> Path:
    """Write the report in one format: 'xlsx', 'csv' or 'pdf'."""
    if fmt == "xlsx":
        return write_xlsx(fig, path, municipality=municipality)
    if fmt == "csv":
        return write_csv(fig, path)
    if fmt == "pdf":
        from sbdesk.exports.grant_pdf import write_pdf

        return write_pdf(fig, path, municipality=municipality)
    raise ValueError(f"unknown format {fmt!r}")


# -- XLSX ------------------------------------------------------------------------------------------


def _put(ws: Worksheet, row: int, column: int, value: Answer | date, *, bold: bool = False,
         number_format: str | None = None, wrap: bool = False) -> Cell:
    cell = ws.cell(row=row, column=column, value=value)
    xlsx_text(cell)  # never a formula, whatever the user typed
    if bold:
        cell.font = Font(bold=True)
    if number_format:
        cell.number_format = number_format
    cell.alignment = Alignment(wrap_text=wrap, vertical="top")
    return cell


def _header(ws: Worksheet, row: int, titles: list[str]) -> None:
    for column, title in enumerate(titles, start=1):
        _put(ws, row, column, title, bold=True).fill = HEADER_FILL


def _answer_format(row: ReportRow) -> str | None:
    return AMOUNT_FORMAT if row.unit == "kr" or isinstance(row.answer, int) and row.answer >= 1000 else None


def _rows_sheet(ws: Worksheet, start: int, rows: list[ReportRow], fig: GrantFigures, *, numbered: bool) -> None:
    previous = [str(fig.previous.year)] if fig.previous else []
    titles = (["Nr", "Fråga"] if numbered else ["Uppgift"]) + ["Svar", "Enhet", "Underlag", *previous]
    _header(ws, start, titles)
    ws.freeze_panes = ws.cell(row=start + 1, column=1)
    offset = 1 if numbered else 0
    for r, row in enumerate(rows, start=start + 1):
        if numbered:
            _put(ws, r, 1, row.number, bold=row.heading)
        _put(ws, r, 1 + offset, row.text, bold=row.heading, wrap=True)
        if row.heading:
            for column in range(1, len(titles) + 1):
                ws.cell(row=r, column=column).fill = HEADING_FILL
            continue
        fmt = _answer_format(row)
        _put(ws, r, 2 + offset, row.answer, number_format=fmt, wrap=isinstance(row.answer, str))
        _put(ws, r, 3 + offset, row.unit or None)
        _put(ws, r, 4 + offset, row.note or None, wrap=True)
        if previous:
            _put(ws, r, 5 + offset, row.previous, number_format=fmt)
    widths = ([6, 62] if numbered else [62]) + [24, 8, 58, 14]
    for column, width in enumerate(widths[:len(titles)], start=1):
        ws.column_dimensions[get_column_letter(column)].width = width


def _intro(ws: Worksheet, fig: GrantFigures, municipality: str, title: str) -> int:
    _put(ws, 1, 1, title, bold=True).font = Font(bold=True, size=13)
    _put(ws, 2, 1, "Kommun", bold=True)
    _put(ws, 2, 2, municipality or "")
    _put(ws, 3, 1, "Verksamhetsår", bold=True)
    _put(ws, 3, 2, fig.year)
    _put(ws, 4, 1, "Status", bold=True)
    _put(ws, 4, 2, status_line(fig))
    return 6


def write_xlsx(fig: GrantFigures, path: Path, *, municipality: str) -> Path:
    """The workbook: Återrapportering, Resultat, Aktiviteter (and Saknas when something is missing)."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Återrapportering"
    start = _intro(ws, fig, municipality, TITLE)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=5)
    for r in range(2, 5):
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=5)
    _rows_sheet(ws, start, question_rows(fig), fig, numbered=True)

    results = wb.create_sheet("Resultat")
    start = _intro(results, fig, municipality, f"Resultat {fig.year} – från registrerade uppgifter")
    _rows_sheet(results, start, result_rows(fig), fig, numbered=False)

    log = wb.create_sheet("Aktiviteter")
    _put(log, 1, 1, f"Aktiviteter {fig.year}", bold=True).font = Font(bold=True, size=13)
    _header(log, 3, ["Datum", "Beskrivning", "Verksamhetsområden", "Samverkanspartner", "Timmar", "Kostnad (kr)"])
    log.freeze_panes = "A4"
    r = 3
    for r, a in enumerate(fig.activities, start=4):
        _put(log, r, 1, date.fromisoformat(a.occurred_on), number_format="yyyy-mm-dd")
        _put(log, r, 2, a.description, wrap=True)
        _put(log, r, 3, ", ".join(a.areas), wrap=True)
        _put(log, r, 4, ", ".join(a.partners), wrap=True)
        _put(log, r, 5, a.hours)
        _put(log, r, 6, a.cost_sek, number_format=AMOUNT_FORMAT)
    _put(log, r + 1, 1, "Summa", bold=True)
    _put(log, r + 1, 2, f"{len(fig.activities)} aktiviteter", bold=True)
    _put(log, r + 1, 5, fig.activity_hours, bold=True)
    _put(log, r + 1, 6, fig.activity_cost_sek, bold=True, number_format=AMOUNT_FORMAT)
    for letter, width in zip("ABCDEF", (12, 60, 40, 40, 9, 14), strict=True):
        log.column_dimensions[letter].width = width

    if fig.missing:
        todo = wb.create_sheet("Saknas")
        _put(todo, 1, 1, "Saknas före inlämning", bold=True).font = Font(bold=True, size=13)
        for r, item in enumerate(fig.missing, start=3):
            _put(todo, r, 1, item.message, wrap=True)
        todo.column_dimensions["A"].width = 110

    wb.properties.creator = "sbdesk"
    wb.properties.lastModifiedBy = "sbdesk"
    wb.properties.title = f"Återrapportering {fig.year}"
    wb.save(path)
    return Path(path)


# -- CSV -------------------------------------------------------------------------------------------


def _csv_text(value: Answer) -> Answer:
    return csv_safe(value)


def write_csv(fig: GrantFigures, path: Path) -> Path:
    """Questions and outcome figures in one table: semicolon-separated, UTF-8 with BOM (for Excel)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    previous = [str(fig.previous.year)] if fig.previous else []
    writer.writerow(["Del", "Nr", "Fråga eller uppgift", "Svar", "Enhet", "Underlag", *previous])
    for part, rows in (("Återrapportering", question_rows(fig)), ("Resultat", result_rows(fig))):
        for row in rows:
            if row.heading:
                writer.writerow([part, row.number, _csv_text(row.text), "", "", "", *["" for _ in previous]])
                continue
            answer = "" if row.answer is None else _csv_text(row.answer)
            prev = ["" if row.previous is None else _csv_text(row.previous)] if previous else []
            writer.writerow([part, row.number, _csv_text(row.text), answer, row.unit, _csv_text(row.note), *prev])
    Path(path).write_text("\ufeff" + buffer.getvalue(), encoding="utf-8", newline="")
    return Path(path)
