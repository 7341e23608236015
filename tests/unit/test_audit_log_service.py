"""The log page's service: filters by record, user, action and date; CSV and PDF exports, logged."""

from __future__ import annotations

import csv
import shutil
import subprocess
from datetime import date, timedelta
from pathlib import Path

from sbdesk.services.audit_log import (
    actors,
    export_csv,
    export_pdf,
    list_events,
    month_bounds,
)
from sbdesk.services.cases import create_case, open_case, reveal_identity
from sbdesk.services.context import ServiceContext
from sbdesk.services.housing import create_landlord
from sbdesk.services.listing import ListQuery
from tests.conftest import COORDINATOR


def _data(ctx: ServiceContext) -> int:
    create_landlord(ctx, {"name": "Loggen AB", "kind": "private"})
    case = create_case(ctx, {"protection_level": "none", "risk_level": "low", "status": "new"})
    open_case(ctx, case.id)
    reveal_identity(ctx, case.id, reason="Kontroll")
    return case.id


def test_filters(ctx: ServiceContext) -> None:
    case_id = _data(ctx)
    by_record = list_events(ctx, ListQuery(sort="id", filters={"entity": "case", "entity_id": case_id}))
    assert [r.action for r in by_record.rows] == ["case.create", "case.open", "identity.reveal"]
    reveals = list_events(ctx, ListQuery(filters={"action": "identity.reveal"}))
    assert reveals.total == 1 and reveals.rows[0].reason == "Kontroll" and reveals.rows[0].action_label == "Visade identitet"
    assert list_events(ctx, ListQuery(filters={"action": "case."})).total == 2
    assert COORDINATOR in actors(ctx)
    assert list_events(ctx, ListQuery(filters={"actor": "Någon annan"})).total == 0
    today = date.today()
    assert list_events(ctx, ListQuery(filters={"since": today, "until": today})).total >= 4
    assert list_events(ctx, ListQuery(filters={"until": today - timedelta(days=1)})).total == 0
    newest_first = list_events(ctx, ListQuery(sort="id", descending=True))
    assert newest_first.rows[0].id > newest_first.rows[-1].id


def test_csv_export_is_logged(ctx: ServiceContext, tmp_path: Path) -> None:
    case_id = _data(ctx)
    n = export_csv(ctx, {"entity": "case", "entity_id": case_id}, tmp_path / "logg.csv")
    rows = list(csv.reader((tmp_path / "logg.csv").read_text(encoding="utf-8-sig").splitlines(), delimiter=";"))
    assert n == 3 and rows[0][0] == "Nr" and rows[3][4] == "Visade identitet"
    assert list_events(ctx, ListQuery(filters={"action": "log.export"})).total == 1


def test_pdf_export(ctx: ServiceContext, tmp_path: Path) -> None:
    _data(ctx)
    first, last = month_bounds(date.today())
    n = export_pdf(ctx, {"since": first, "until": last}, tmp_path / "logg.pdf", period=f"{first} – {last}",
                   municipality="Västerås stad")
    assert n >= 4 and (tmp_path / "logg.pdf").read_bytes().startswith(b"%PDF")
    if shutil.which("pdftotext") is None:
        return
    text = subprocess.run(["pdftotext", str(tmp_path / "logg.pdf"), "-"], capture_output=True, text=True).stdout
    if text:
        assert "Loggkontroll" in text and "Visade identitet" in text
    from tests.letter_data import pdf_fonts

    fonts = pdf_fonts((tmp_path / "logg.pdf").read_bytes(), tmp_path)
    assert fonts and all(f["embedded"] for f in fonts), fonts  # no bare Helvetica: å ä ö need DejaVu


def test_month_bounds() -> None:
    assert month_bounds(date(2026, 2, 14)) == (date(2026, 2, 1), date(2026, 2, 28))
    assert month_bounds(date(2026, 12, 31)) == (date(2026, 12, 1), date(2026, 12, 31))


def test_case_events_show_the_case_reference(ctx: ServiceContext) -> None:
    case_id = _data(ctx)
    rows = list_events(ctx, ListQuery(filters={"entity": "case", "entity_id": case_id})).rows
    assert {r.record for r in rows} == {f"SB-{date.today().year}-0001"}
