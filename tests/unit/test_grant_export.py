"""Exports of the återrapportering: the XLSX read back with openpyxl, the CSV, and the PDF's text
(pdftotext); a frozen year exports its snapshot (fictional data)."""

from __future__ import annotations

import csv
import re
import shutil
import subprocess
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from sbdesk.domain.audit import AuditEvent
from sbdesk.domain.enums import ContractType
from sbdesk.errors import ValidationError
from sbdesk.services.context import ServiceContext
from sbdesk.services.grant import export_report, freeze_year, report_figures, save_grant_year
from sbdesk.services.grant_activities import create_activity
from tests.unit.test_grant_figures import TODAY, YEAR, build_year, signed_offer


@pytest.fixture
def year_ctx(ctx: ServiceContext) -> ServiceContext:
    build_year(ctx)
    save_grant_year(ctx, 2024, {"granted_sek": 559_000, "cost_salaries_sek": 437_477}, today=TODAY)
    create_activity(ctx, {"occurred_on": "2025-09-09", "description": "=HYPERLINK(\"http://x\")",
                          "areas": ["other"]}, today=TODAY)
    return ctx


def by_label(ws: Any, label_column: int) -> dict[str, tuple[Any, ...]]:
    """Rows of a sheet keyed by the text in label_column (1-based)."""
    return {str(row[label_column - 1]): row for row in ws.iter_rows(values_only=True) if row[label_column - 1]}


def test_xlsx_has_the_questions_results_and_activities(year_ctx: ServiceContext, tmp_path: Path) -> None:
    path = export_report(year_ctx, YEAR, "xlsx", tmp_path / "rapport.xlsx", today=TODAY)
    wb = load_workbook(path)
    assert wb.sheetnames[:3] == ["Återrapportering", "Resultat", "Aktiviteter"]
    ws = wb["Återrapportering"]
    assert "förordning 2022:1416" in ws["A1"].value
    assert ws["B2"].value == "Västerås kommun" and ws["B3"].value == YEAR
    header = next(r for r in ws.iter_rows(values_only=True) if r[0] == "Nr")
    assert header == ("Nr", "Fråga", "Svar", "Enhet", "Underlag", "2024")
    rows = {r[0]: r for r in ws.iter_rows(values_only=True) if r[0]}
    assert rows["1a"][1:4] == ("Beviljade medel", 822_900, "kr")
    assert rows["1b"][1:4] == ("Oanvända medel", 64_048, "kr") and rows["1b"][5] == 121_523
    assert rows["1c"][1:4] == ("Andel oförbrukade medel", 8, "%") and rows["1c"][5] == 22
    assert [rows[n][2] for n in ("2a", "2b", "2c", "2d")] == [700_000, 40_000, 18_852, 64_048]
    assert all(isinstance(rows[n][2], int) for n in ("1a", "1b", "1c", "2a"))
    assert rows["5a"][1:3] == ("Utveckla samverkan", "Ja") and rows["5a"][4] == "2 aktiviteter"
    assert rows["5b"][2] == "Ja" and "(bekräftad)" in rows["5b"][4]  # social contracts, confirmed
    assert rows["5c"][2] == "Nej" and "väntar på bekräftelse" in rows["5c"][4]
    assert rows["6e"][1] == "Andra kommuner utanför länet"
    assert rows["7"][2] is None and rows["8"][2] is None  # unanswered stays empty in the form

    results = by_label(wb["Resultat"], 1)
    assert results["Hushåll som flyttat till stadigvarande boende"][1:] == (5, None, None, 1)
    assert results["Median"][1:3] == (106, "dagar") and results["Längst"][1] == 251
    assert results["Utgående förfrågningar (skickade under året)"][1] == 3
    assert results["Skäl: Hyran är för hög"][1] == 2

    log = list(wb["Aktiviteter"].iter_rows(min_row=4, values_only=True))
    assert [r[1] for r in log[:3]] == ["Möte med länsstyrelsen", "Bostadssökning med kvinnojouren",
                                      "=HYPERLINK(\"http://x\")"]
    assert log[0][0].date() == date(2025, 2, 3) and log[0][2] == "Utveckla samverkan"
    assert wb["Aktiviteter"].cell(row=6, column=2).data_type == "s"  # never a formula
    assert log[3][:2] == ("Summa", "3 aktiviteter") and log[3][4:] == (3, 1_200)
    assert "Saknas" in wb.sheetnames
    assert wb.properties.creator == "sbdesk" and wb.properties.title == "Återrapportering 2025"
    with year_ctx.read() as s:
        action = s.scalar(select(AuditEvent.action).order_by(AuditEvent.id.desc()).limit(1))
    assert action == "grant.export"


def test_csv_is_semicolon_separated_utf8_with_bom(year_ctx: ServiceContext, tmp_path: Path) -> None:
    path = export_report(year_ctx, YEAR, "csv", tmp_path / "rapport.csv", today=TODAY)
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines(), delimiter=";"))
    assert rows[0] == ["Del", "Nr", "Fråga eller uppgift", "Svar", "Enhet", "Underlag", "2024"]
    assert ["Återrapportering", "1a", "Beviljade medel", "822900", "kr", "", "559000"] in rows
    assert ["Återrapportering", "1c", "Andel oförbrukade medel", "8", "%", "Avrundat till hela procent", "22"] in rows
    assert any(r[:4] == ["Resultat", "", "Barn i dessa hushåll", "4"] for r in rows)


def test_pdf_summary_text(year_ctx: ServiceContext, tmp_path: Path) -> None:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    path = export_report(year_ctx, YEAR, "pdf", tmp_path / "rapport.pdf", today=TODAY)
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert re.search(r"Andel oförbrukade medel\s+8\s?%", text)
    for expected in ("Återrapportering 2025", "Västerås kommun", "822 900 kr", "64 048 kr",
                     "Kostnader per post", "Frågorna i återrapporteringen", "Resultat från registrerade uppgifter",
                     "Möte med länsstyrelsen", "Sida 1 av"):
        assert expected in text.replace("\u00a0", " "), expected
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    assert "Återrapportering 2025" in info and "Lind" not in info


def test_frozen_year_exports_the_snapshot(year_ctx: ServiceContext, tmp_path: Path) -> None:
    freeze_year(year_ctx, YEAR, today=TODAY)
    signed_offer(year_ctx, date(2025, 1, 1), 2, date(2025, 11, 1), ContractType.SOCIAL)
    path = export_report(year_ctx, YEAR, "xlsx", tmp_path / "fryst.xlsx", today=TODAY)
    wb = load_workbook(path)
    assert str(wb["Återrapportering"]["B4"].value).startswith("Fryst ")
    assert by_label(wb["Resultat"], 1)["Hushåll som flyttat till stadigvarande boende"][1] == 5
    assert report_figures(year_ctx, YEAR).outcome.households_moved == 5


def test_export_refuses_unknown_format_and_leaves_no_temp_files(year_ctx: ServiceContext, tmp_path: Path) -> None:
    out = tmp_path / "ut"
    out.mkdir()
    with pytest.raises(ValidationError) as refused:
        export_report(year_ctx, YEAR, "docx", out / "x.docx", today=TODAY)
    assert refused.value.error_code == "INVALID_CHOICE"
    export_report(year_ctx, YEAR, "csv", out / "ok.csv", today=TODAY)
    assert sorted(p.name for p in out.iterdir()) == ["ok.csv"]
