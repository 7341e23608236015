"""Import commit: the user's choices applied in one transaction (all or nothing), one audit event
with the file name hashed and counts only, and the per-row report as CSV."""

from __future__ import annotations

import csv as csv_module
import hashlib
import io
import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from sbdesk.domain.audit import AuditEvent
from sbdesk.domain.cases import Case, HouseholdMember
from sbdesk.domain.enums import LandlordKind
from sbdesk.domain.housing import Apartment, Landlord, LandlordAgreement
from sbdesk.domain.setting import Setting
from sbdesk.errors import SbdeskError
from sbdesk.services import cases
from sbdesk.services.apartments import create_apartment, list_apartments
from sbdesk.services.context import ServiceContext
from sbdesk.services.housing import create_landlord
from sbdesk.services.importing import apartments as apartment_import
from sbdesk.services.importing.commit import (
    ImportChoices,
    ImportFailed,
    ReportNotWritten,
    commit_import,
    file_hash,
    planned_report,
    report_csv,
    write_report,
)
from sbdesk.services.importing.mapping import ColumnMapping, guess_mapping
from sbdesk.services.importing.preview import build_preview
from sbdesk.services.importing.readers import Table, read_csv_bytes
from sbdesk.services.listing import ListQuery

TODAY = date(2025, 6, 15)
HEADER = "Adress;Kommun;Rok;Hyra;Ledig från"


def lines(*rows: str) -> bytes:
    """CSV bytes, one row a line."""
    return "\n".join(rows).encode("utf-8")


def db_state(ctx: ServiceContext) -> dict[str, int]:
    """Row counts of everything an import could touch, and the audit log's length."""
    with ctx.read() as s:
        return {m.__tablename__: s.scalar(select(func.count()).select_from(m)) or 0
                for m in (Apartment, Landlord, LandlordAgreement, Case, HouseholdMember, Setting, AuditEvent)}


def last_event(ctx: ServiceContext) -> tuple[str, str | None, str | None]:
    with ctx.read() as s:
        return s.execute(select(AuditEvent.action, AuditEvent.entity, AuditEvent.details)
                         .order_by(AuditEvent.id.desc())).first()


@pytest.fixture
def landlord(ctx: ServiceContext) -> int:
    return create_landlord(ctx, {"name": "Mälarhem Bostäder AB", "kind": LandlordKind.MUNICIPAL}).id


def csv(*rows: str, header: str = HEADER, name: str = "mälarhem-juni.csv") -> Table:
    return read_csv_bytes(("\n".join([header, *rows]) + "\n").encode("utf-8"), name)


def mapping_for(landlord: int, table: Table) -> ColumnMapping:
    return ColumnMapping("apartments", guess_mapping("apartments", table.headers).columns,
                         {"landlord_id": landlord, "contract_type": "first_hand", "status": "available"})


def existing(ctx: ServiceContext, landlord: int, address: str, rent: str = "8100") -> int:
    return create_apartment(ctx, {"landlord_id": landlord, "address": address, "municipality_code": "1980",
                                  "rooms": "2", "rent_sek": rent, "contract_type": "first_hand",
                                  "status": "let", "notes": "Nyckel hos värden"}).id


def test_valid_rows_are_imported_with_one_audit_event(ctx: ServiceContext, landlord: int) -> None:
    table = csv("Lärkgatan 4;Västerås;2 rok;8 500 kr;1/7/2025", "Ekgatan 2;Köping;3;9100;", "Tallv 1;Västeråås;1;5000;")
    before = db_state(ctx)
    result = commit_import(ctx, table, mapping_for(landlord, table), today=TODAY)
    assert (result.imported, result.updated, result.skipped, result.errors) == (2, 0, 0, 1)
    after = db_state(ctx)
    assert after["apartment"] == before["apartment"] + 2 and after["audit_event"] == before["audit_event"] + 1
    rows = list_apartments(ctx, ListQuery(sort="address")).rows
    assert [(r.address, r.rent_sek, r.rooms, r.available_from) for r in rows] == [
        ("Ekgatan 2", 9100, 3, None), ("Lärkgatan 4", 8500, 2, date(2025, 7, 1))]
    assert list_apartments(ctx, ListQuery(search="lärkgatan")).total == 1  # the search key is kept
    action, entity, details = last_event(ctx)
    assert (action, entity) == ("import.commit", "apartment")
    data = json.loads(details or "{}")
    assert data == {"kind": "apartments", "file": hashlib.sha256("mälarhem-juni.csv".encode()).hexdigest()[:16],
                    "file_type": "csv", "rows": 3, "imported": 2, "updated": 0, "skipped": 0, "errors": 1}
    assert "mälarhem" not in details.casefold() and "Lärkgatan" not in details


def test_report_lines_per_row(ctx: ServiceContext, landlord: int) -> None:
    table = csv("Lärkgatan 4;Västerås;2;8500;", ";Västerås;2;8500;")
    result = commit_import(ctx, table, mapping_for(landlord, table))
    assert [(line.row, line.outcome) for line in result.lines] == [(2, "imported"), (3, "error")]
    assert result.lines[1].reason.startswith("Kolumn ”Adress”:")


def test_duplicates_are_skipped_by_default(ctx: ServiceContext, landlord: int) -> None:
    existing(ctx, landlord, "Lärkgatan 4")
    table = csv("Lärkgatan 4;Västerås;2;8500;")
    before = db_state(ctx)
    result = commit_import(ctx, table, mapping_for(landlord, table))
    assert (result.skipped, result.lines[0].reason) == (1, "Finns redan (Lärkgatan 4, Västerås); dubbletter hoppas över.")
    assert db_state(ctx) == before  # nothing written: no audit event either


def test_update_changes_mapped_fields_only_and_reports_what_changed(ctx: ServiceContext, landlord: int) -> None:
    apartment_id = existing(ctx, landlord, "Lärkgatan 4")
    same_id = existing(ctx, landlord, "Ekgatan 2", rent="9100")
    table = csv("lärkgatan 4;Västerås;2;8500;2025-07-01", "Ekgatan 2;Västerås;2;9100;", "Ny väg 1;Västerås;1;5000;")
    result = commit_import(ctx, table, mapping_for(landlord, table), ImportChoices(update_duplicates=True))
    assert [(line.row, line.outcome) for line in result.lines] == [(2, "updated"), (3, "updated"), (4, "imported")]
    assert result.lines[0].reason == "Ändrat: Hyra per månad: 8\u00a0100 kr → 8\u00a0500 kr; Ledig från: – → 2025-07-01; " \
                                     "Status: Uthyrd → Ledig"
    with ctx.read() as s:
        updated = s.get(Apartment, apartment_id)
        assert (updated.address, updated.rent_sek, updated.notes) == ("Lärkgatan 4", 8500, "Nyckel hos värden")
        assert s.get(Apartment, same_id).rent_sek == 9100
    assert json.loads(last_event(ctx)[2] or "{}")["updated"] == 2


def test_an_unchanged_duplicate_is_skipped_even_when_updating(ctx: ServiceContext, landlord: int) -> None:
    existing(ctx, landlord, "Lärkgatan 4", rent="8500")
    table = csv("Lärkgatan 4;Västerås;2;8500;")
    mapping = ColumnMapping("apartments", mapping_for(landlord, table).columns,
                            {"landlord_id": landlord, "contract_type": "first_hand", "status": "let"})
    before = db_state(ctx)
    result = commit_import(ctx, table, mapping, ImportChoices(update_duplicates=True))
    assert (result.skipped, result.updated) == (1, 0) and "oförändrad" in result.lines[0].reason
    assert db_state(ctx) == before


def test_only_updates_when_new_rows_are_left_out(ctx: ServiceContext, landlord: int) -> None:
    existing(ctx, landlord, "Lärkgatan 4")
    table = csv("Lärkgatan 4;Västerås;2;8500;", "Ny väg 1;Västerås;1;5000;")
    result = commit_import(ctx, table, mapping_for(landlord, table), ImportChoices(False, True))
    assert [line.outcome for line in result.lines] == ["updated", "skipped"]
    assert list_apartments(ctx).total == 1


def test_all_or_nothing_when_a_write_fails_midway(ctx: ServiceContext, landlord: int,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    table = csv(*[f"Gata {i};Västerås;2;8500;" for i in range(10)])
    real_create = apartment_import.ApartmentImport.create
    calls = {"n": 0}

    def failing(self: Any, s: Any, state: Any, check: Any) -> None:
        calls["n"] += 1
        if calls["n"] == 7:
            raise IntegrityError("INSERT", {}, Exception("simulerat fel"))
        real_create(self, s, state, check)

    monkeypatch.setattr(apartment_import.ApartmentImport, "create", failing)
    before = db_state(ctx)
    with pytest.raises(ImportFailed) as err:
        commit_import(ctx, table, mapping_for(landlord, table))
    assert err.value.code == "IMPORT_FAILED"
    assert db_state(ctx) == before


def test_cancelled_import_writes_nothing(ctx: ServiceContext, landlord: int) -> None:
    class Stop(Exception):
        pass

    def progress(done: int, total: int) -> None:
        raise Stop()

    table = csv(*[f"Gata {i};Västerås;2;8500;" for i in range(300)])
    before = db_state(ctx)
    with pytest.raises(Stop):
        commit_import(ctx, table, mapping_for(landlord, table), progress=progress)
    assert db_state(ctx) == before


def test_commit_checks_again_what_changed_since_the_preview(ctx: ServiceContext, landlord: int) -> None:
    table = csv("Lärkgatan 4;Västerås;2;8500;")
    mapping = mapping_for(landlord, table)
    assert len(build_preview(ctx, table, mapping).valid) == 1
    existing(ctx, landlord, "Lärkgatan 4")  # added meanwhile (e.g. by hand)
    result = commit_import(ctx, table, mapping)
    assert (result.imported, result.skipped) == (0, 1) and list_apartments(ctx).total == 1


def test_ten_thousand_rows_with_one_bad_row_at_the_end(ctx: ServiceContext, landlord: int) -> None:
    rows = [f"Björkvägen {i};Västerås;{i % 5 + 1};{7000 + i % 900};" for i in range(9_999)]
    table = csv(*rows, "Björkvägen sista;Västerås;2;åtta tusen;")
    mapping = mapping_for(landlord, table)
    before = db_state(ctx)
    preview = build_preview(ctx, table, mapping)
    assert (len(preview.valid), len(preview.errors)) == (9_999, 1)
    assert preview.issues[0].row == 10_001 and preview.issues[0].code == "AMOUNT_FORMAT"
    assert db_state(ctx) == before  # nothing imported until the user decides
    result = commit_import(ctx, table, mapping)
    assert (result.imported, result.errors) == (9_999, 1) and result.lines[-1].row == 10_001
    after = db_state(ctx)
    assert after["apartment"] == before["apartment"] + 9_999 and after["audit_event"] == before["audit_event"] + 1


def test_landlords_and_agreements_are_created_together(ctx: ServiceContext, landlord: int) -> None:
    table = read_csv_bytes(lines(
        "Namn;Typ;Organisationsnummer;Benämning;Avtalstyp;Antal lägenheter;Gäller från",
        "Mälarhem Bostäder AB;kommunal;;Förtur 2026;Förturskvot;12;2026-01-01",
        "Bergslagens Hem AB;privat;556036-0793;Sociala kontrakt;Ram för sociala kontrakt;5;",
        "Bergslagens Hem AB;privat;556036-0793;Förstahand;Åtagande om förstahandskontrakt;2;",
    ), "hyresvardar.csv")
    result = commit_import(ctx, table, guess_mapping("landlords", table.headers))
    assert result.imported == 3
    with ctx.read() as s:
        landlords = s.execute(select(Landlord.name, Landlord.id).order_by(Landlord.name)).all()
        agreements = s.execute(select(LandlordAgreement.landlord_id, LandlordAgreement.title, LandlordAgreement.quota)
                               .order_by(LandlordAgreement.title)).all()
    ids = dict(landlords)
    assert list(ids) == ["Bergslagens Hem AB", "Mälarhem Bostäder AB"]
    assert agreements == [(ids["Bergslagens Hem AB"], "Förstahand", 2),
                          (ids["Mälarhem Bostäder AB"], "Förtur 2026", 12),
                          (ids["Bergslagens Hem AB"], "Sociala kontrakt", 5)]
    assert last_event(ctx)[:2] == ("import.commit", "landlord")


def test_cases_keep_references_and_number_the_rest_after_them(ctx: ServiceContext) -> None:
    cases.create_case(ctx, {"protection_level": "none", "risk_level": "low", "status": "new"})  # SB-<year>-0001
    year = date.today().year
    table = read_csv_bytes(lines(
        "Diarienummer;Skydd;Risk;Status;Födelseår;Barn;Spärrade kommuner",
        ";Ingen;Låg;Ny;1980;;",
        f"SB-{year}-0007;Sekretessmarkering;Hög;Väntar;1990;2015, 2018;Köping, Arboga",
    ), "vantande.csv")
    result = commit_import(ctx, table, guess_mapping("cases", table.headers), today=date.today())
    assert result.imported == 2
    with ctx.read() as s:
        refs = s.scalars(select(Case.reference).order_by(Case.reference)).all()
        protected = s.scalars(select(Case).where(Case.reference == f"SB-{year}-0007")).one()
        assert [(m.role.value, m.birth_year) for m in protected.members] == [
            ("applicant", 1990), ("child", 2015), ("child", 2018)]
        assert sorted(m.code for m in protected.excluded_municipalities) == ["1983", "1984"]
    assert refs == [f"SB-{year}-0001", f"SB-{year}-0007", f"SB-{year}-0008"]


def test_case_update_leaves_the_household(ctx: ServiceContext) -> None:
    row = cases.create_case(ctx, {"protection_level": "none", "risk_level": "low", "status": "new"},
                            [{"role": "applicant", "birth_year": 1980}])
    table = read_csv_bytes(f"Ärendenummer;Skydd;Risk;Status;Födelseår\n{row.reference};Ingen;Akut;Väntar;1999\n"
                           .encode(), "x.csv")
    result = commit_import(ctx, table, guess_mapping("cases", table.headers), ImportChoices(update_duplicates=True))
    assert result.lines[0].outcome == "updated" and result.lines[0].reason == "Ändrat: Risknivå; Status"
    with ctx.read() as s:
        case = s.get(Case, row.id)
        assert case.risk_level.value == "acute" and [m.birth_year for m in case.members] == [1980]


# -- the report ------------------------------------------------------------------------------------


def test_report_csv_for_excel(ctx: ServiceContext, landlord: int, tmp_path: Path) -> None:
    existing(ctx, landlord, "Lärkgatan 4")
    table = csv("Lärkgatan 4;Västerås;2;8500;", "Ny väg 1;Västerås;1;5000;", ";Västerås;1;5000;")
    result = commit_import(ctx, table, mapping_for(landlord, table))
    path = write_report(tmp_path / "rapport.csv", result)
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    assert data[3:].decode("utf-8").split("\r\n")[0] == "Rad;Resultat;Orsak"
    rows = list(csv_module.reader(io.StringIO(data[3:].decode("utf-8")), delimiter=";"))
    assert [r[:2] for r in rows[1:]] == [["2", "hoppades över"], ["3", "importerad"], ["4", "fel"]]
    assert rows[1][2].startswith("Finns redan") and rows[3][2].startswith("Kolumn ”Adress”:")
    assert oct(path.stat().st_mode & 0o777) == "0o600"


def test_report_cells_never_start_a_formula() -> None:
    from sbdesk.services.importing.commit import ImportResult, ReportLine

    data = report_csv(ImportResult("apartments", [ReportLine(2, "error", "=HYPERLINK(\"x\")")], "abc"))
    assert "'=HYPERLINK" in data.decode("utf-8-sig")


def test_report_into_a_missing_folder(tmp_path: Path) -> None:
    from sbdesk.services.importing.commit import ImportResult

    with pytest.raises(ReportNotWritten) as err:
        write_report(tmp_path / "finns-inte" / "r.csv", ImportResult("apartments", [], "abc"))
    assert isinstance(err.value, SbdeskError) and err.value.code == "REPORT_NOT_WRITTEN"


def test_planned_report_matches_the_commit(ctx: ServiceContext, landlord: int) -> None:
    existing(ctx, landlord, "Lärkgatan 4")
    table = csv("Lärkgatan 4;Västerås;2;8500;", "Ny väg 1;Västerås;1;5000;", ";Västerås;1;5000;")
    mapping = mapping_for(landlord, table)
    choices = ImportChoices(True, True)
    before = db_state(ctx)
    planned = planned_report(build_preview(ctx, table, mapping), choices)
    assert not planned.committed and planned.file_hash == file_hash("mälarhem-juni.csv")
    assert db_state(ctx) == before
    real = commit_import(ctx, table, mapping, choices)
    assert [(x.row, x.outcome, x.reason) for x in planned.lines] == [(x.row, x.outcome, x.reason) for x in real.lines]


def test_an_import_never_lowers_a_cases_protection_and_logs_each_change(ctx: ServiceContext) -> None:
    import json as _json

    from sqlalchemy import select as _select

    from sbdesk.domain.audit import AuditEvent
    from sbdesk.services.cases import create_case, list_cases
    from sbdesk.services.importing.commit import ImportChoices

    case = create_case(ctx, {"protection_level": "protected_registration", "risk_level": "high", "status": "waiting"},
                       [{"role": "applicant", "birth_year": 1990}])
    csv = f"Ärendenummer;Skyddade personuppgifter;Risknivå\n{case.reference};Ingen;Låg\n".encode()
    table = read_csv_bytes(csv, "lista.csv")
    mapping = ColumnMapping("cases", {"reference": "Ärendenummer", "protection_level": "Skyddade personuppgifter",
                                      "risk_level": "Risknivå"}, {"status": "waiting"})
    preview = build_preview(ctx, table, mapping)
    assert "PROTECTION_LOWERED_IN_IMPORT" in repr(preview.errors)
    commit_import(ctx, table, mapping, ImportChoices(update_duplicates=True))
    (row,) = list_cases(ctx).rows
    assert row.protection_level.value == "protected_registration" and row.risk_level.value == "high"

    csv = f"Ärendenummer;Skyddade personuppgifter;Risknivå\n{case.reference};Skyddad folkbokföring;Låg\n".encode()
    table = read_csv_bytes(csv, "lista.csv")
    commit_import(ctx, table, mapping, ImportChoices(update_duplicates=True))
    assert list_cases(ctx).rows[0].risk_level.value == "low"
    with ctx.read() as s:
        entity_id, details = s.execute(_select(AuditEvent.entity_id, AuditEvent.details)
                                       .where(AuditEvent.action == "case.update")).one()
    assert entity_id == str(case.id)
    assert _json.loads(details) == {"fields": ["Risknivå"], "via": "import"}


def test_each_imported_case_has_its_own_create_event(ctx: ServiceContext) -> None:
    from sbdesk.services.importing.commit import ImportChoices

    csv = "Skyddade personuppgifter;Risknivå;Sökande född\nIngen;Låg;1980\nIngen;Hög;1991\n".encode()
    table = read_csv_bytes(csv, "hushall.csv")
    mapping = ColumnMapping("cases", guess_mapping("cases", table.headers).columns, {"status": "waiting"})
    result = commit_import(ctx, table, mapping, ImportChoices())
    assert result.imported == 2
    with ctx.read() as s:
        rows = s.execute(select(AuditEvent.action, AuditEvent.entity_id, AuditEvent.details)
                         .where(AuditEvent.action.in_(["case.create", "import.commit"])).order_by(AuditEvent.id)).all()
    assert [r.action for r in rows] == ["case.create", "case.create", "import.commit"]
    ids = {c.id for c in cases.list_cases(ctx).rows}
    assert {int(r.entity_id) for r in rows[:2]} == ids
    assert all(json.loads(r.details)["via"] == "import" for r in rows[:2])
