"""Import preview: guessed and saved column mappings, every row validated with the forms' own specs,
valid / errors / duplicates apart, and every bad input from the issue giving a coded error while the
database stays exactly as it was."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from sqlalchemy import func, select

from sbdesk.domain.audit import AuditEvent
from sbdesk.domain.cases import Case, HouseholdMember
from sbdesk.domain.enums import LandlordKind
from sbdesk.domain.housing import Apartment, Landlord, LandlordAgreement
from sbdesk.domain.setting import Setting
from sbdesk.errors import NotFound, ValidationError
from sbdesk.services import apartments, cases, housing
from sbdesk.services.apartments import create_apartment
from sbdesk.services.context import ServiceContext
from sbdesk.services.housing import create_agreement, create_landlord
from sbdesk.services.importing.commit import commit_import
from sbdesk.services.importing.kinds import KINDS
from sbdesk.services.importing.mapping import (
    ColumnMapping,
    check_mapping,
    delete_mapping,
    guess_mapping,
    list_mappings,
    load_mapping,
    save_mapping,
)
from sbdesk.services.importing.preview import Preview, build_preview
from sbdesk.services.importing.readers import ImportFileError, Table, read_csv_bytes, read_table

TODAY = date(2025, 6, 15)
HEADER = "Adress;Kommun;Rok;Hyra;Yta m²;Ledig från;Postnummer"


def lines(*rows: str) -> bytes:
    """CSV bytes, one row a line."""
    return "\n".join(rows).encode("utf-8")


def db_state(ctx: ServiceContext) -> dict[str, int]:
    """Row counts of everything an import could touch, and the audit log's length."""
    with ctx.read() as s:
        return {m.__tablename__: s.scalar(select(func.count()).select_from(m)) or 0
                for m in (Apartment, Landlord, LandlordAgreement, Case, HouseholdMember, Setting, AuditEvent)}


@pytest.fixture
def landlord(ctx: ServiceContext) -> int:
    return create_landlord(ctx, {"name": "Mälarhem Bostäder AB", "kind": LandlordKind.MUNICIPAL}).id


def apartments_mapping(landlord: int, table: Table) -> ColumnMapping:
    guessed = guess_mapping("apartments", table.headers)
    return ColumnMapping("apartments", guessed.columns,
                         {"landlord_id": landlord, "contract_type": "first_hand", "status": "available"})


def csv(*rows: str, header: str = HEADER) -> Table:
    return read_csv_bytes(("\n".join([header, *rows]) + "\n").encode("utf-8"), "lista.csv")


def preview_of(ctx: ServiceContext, landlord: int, *rows: str, header: str = HEADER) -> Preview:
    table = csv(*rows, header=header)
    return build_preview(ctx, table, apartments_mapping(landlord, table), today=TODAY)


def only_issue(p: Preview) -> Any:
    assert len(p.errors) == 1 and not p.valid and not p.duplicates, p
    assert len(p.errors[0].issues) == 1, p.errors[0].issues
    return p.errors[0].issues[0]


# -- guessing and saving mappings -----------------------------------------------------------------


def test_guess_from_swedish_headers() -> None:
    headers = ("Adress", "Antal rum", "Hyra", "Yta m²", "Ledig från", "Kommun", "Postnr", "Hiss", "Övrigt")
    m = guess_mapping("apartments", headers)
    assert m.columns == {"address": "Adress", "postal_code": "Postnr", "municipality_code": "Kommun",
                         "rooms": "Antal rum", "area_m2": "Yta m²", "rent_sek": "Hyra", "elevator": "Hiss",
                         "available_from": "Ledig från", "notes": "Övrigt"}


def test_guess_rok_and_variants() -> None:
    m = guess_mapping("apartments", ("Rok", "Hyra kr/mån", "Yta (m2)", "KOMMUN"))
    assert m.columns == {"rooms": "Rok", "rent_sek": "Hyra kr/mån", "area_m2": "Yta (m2)", "municipality_code": "KOMMUN"}


def test_guess_from_english_headers() -> None:
    m = guess_mapping("apartments", ("Address", "Rooms", "Monthly rent", "Area m2", "Available from", "Municipality"))
    assert m.columns == {"address": "Address", "municipality_code": "Municipality", "rooms": "Rooms",
                         "area_m2": "Area m2", "rent_sek": "Monthly rent", "available_from": "Available from"}


def test_each_column_is_used_once_and_unknown_headers_are_left() -> None:
    m = guess_mapping("apartments", ("Hyra", "Hyra", "Färg på dörren"))
    assert list(m.columns.values()) == ["Hyra"] and "Färg på dörren" not in m.columns.values()


def test_guess_for_landlords_and_cases() -> None:
    landlords = guess_mapping("landlords", ("Namn", "Typ", "Org.nr", "Avtalstyp", "Benämning", "Gäller till"))
    assert landlords.columns == {"name": "Namn", "kind": "Typ", "org_number": "Org.nr", "agreement.title": "Benämning",
                                 "agreement.kind": "Avtalstyp", "agreement.valid_to": "Gäller till"}
    case = guess_mapping("cases", ("Diarienummer", "Skydd", "Risk", "Status", "Personnummer", "Namn"))
    assert case.columns == {"reference": "Diarienummer", "protection_level": "Skydd", "risk_level": "Risk",
                            "status": "Status"}  # names and personnummer are never mapped


def test_import_fields_use_the_forms_own_field_specs() -> None:
    """The same FieldSpec objects as the forms, never copies."""
    owners = {"apartments": apartments.APARTMENT_FIELDS, "cases": cases.CASE_FIELDS}
    for kind, specs in owners.items():
        by_name = {s.name: s for s in specs}
        for fld in KINDS[kind].fields:
            if fld.name in by_name:
                assert fld.spec is by_name[fld.name], fld.name
    landlord_specs = {s.name: s for s in housing.LANDLORD_FIELDS}
    agreement_specs = {s.name: s for s in housing.AGREEMENT_FIELDS}
    for fld in KINDS["landlords"].fields:
        own = agreement_specs if fld.name.startswith("agreement.") else landlord_specs
        assert fld.spec is own[fld.name.removeprefix("agreement.")]


def test_check_mapping_names_missing_columns_and_required_fields() -> None:
    m = ColumnMapping("apartments", {"address": "Adress", "rent_sek": "Månadshyra"}, {})
    codes = {(e.field, e.error_code) for e in check_mapping(m, ("Adress", "Hyra"))}
    assert ("rent_sek", "MAPPING_COLUMN_MISSING") in codes
    assert {("landlord_id", "MAPPING_REQUIRED"), ("rooms", "MAPPING_REQUIRED"),
            ("municipality_code", "MAPPING_REQUIRED")} <= codes


def test_preview_refuses_an_incomplete_mapping(ctx: ServiceContext) -> None:
    table = csv("Lärkgatan 4;Västerås;2;8500;54;2025-07-01;72212")
    with pytest.raises(ValidationError) as err:
        build_preview(ctx, table, guess_mapping("apartments", table.headers))
    assert {e.error_code for e in err.value.errors} == {"MAPPING_REQUIRED"}


def test_save_load_list_and_delete_a_mapping(ctx: ServiceContext, landlord: int) -> None:
    mapping = ColumnMapping("apartments", {"address": "Gata", "rent_sek": "Hyra"}, {"landlord_id": landlord})
    before = db_state(ctx)
    save_mapping(ctx, mapping, "Mälarhem månadslista")
    with ctx.read() as s:
        row = s.get(Setting, "import.mapping.apartments.Mälarhem månadslista")
        assert row is not None and row.value["columns"] == {"address": "Gata", "rent_sek": "Hyra"}
        action, details = s.execute(select(AuditEvent.action, AuditEvent.details).order_by(AuditEvent.id.desc())).first()
    assert action == "import.mapping_save" and "Mälarhem" not in (details or "")
    assert db_state(ctx)["audit_event"] == before["audit_event"] + 1
    loaded = load_mapping(ctx, "apartments", "Mälarhem månadslista")
    assert (loaded.columns, loaded.fixed, loaded.name) == (mapping.columns, {"landlord_id": landlord},
                                                           "Mälarhem månadslista")
    assert list_mappings(ctx, "apartments") == ["Mälarhem månadslista"] and list_mappings(ctx, "cases") == []
    delete_mapping(ctx, "apartments", "Mälarhem månadslista")
    assert list_mappings(ctx, "apartments") == []
    with pytest.raises(NotFound):
        load_mapping(ctx, "apartments", "Mälarhem månadslista")


@pytest.mark.parametrize(("name", "code"), [("", "REQUIRED"), ("x" * 51, "TOO_LONG"), ("a\nb", "TEXT_CONTROL")])
def test_a_mapping_name_is_checked(ctx: ServiceContext, name: str, code: str) -> None:
    with pytest.raises(ValidationError) as err:
        save_mapping(ctx, ColumnMapping("apartments", {"address": "A"}), name)
    assert err.value.error_code == code


def test_a_saved_mapping_with_unknown_fields_or_odd_values_loads_what_it_can(ctx: ServiceContext) -> None:
    with ctx.write() as s:
        s.add(Setting(key="import.mapping.apartments.gammal",
                      value={"columns": {"address": "Adress", "colour": "Färg"}, "fixed": {"rooms": [1, 2]}}))
    loaded = load_mapping(ctx, "apartments", "gammal")
    assert loaded.columns == {"address": "Adress"} and loaded.fixed == {}


# -- rows sorted into valid, errors, duplicates ----------------------------------------------------


def test_valid_rows_and_no_write(ctx: ServiceContext, landlord: int) -> None:
    before = db_state(ctx)
    p = preview_of(ctx, landlord, "Lärkgatan 4;Västerås;2 rok;8 500 kr;54,5;1/7/2025;722 12",
                   "Ekgatan 2;Köping;3;9100;70;2025-08-01;")
    assert [r.row for r in p.valid] == [2, 3] and not p.errors and not p.duplicates
    assert p.valid[0].summary == ("Lärkgatan 4", "Västerås", "2 rok", "8\u00a0500 kr", "2025-07-01")
    assert db_state(ctx) == before


def test_every_error_has_row_column_and_code(ctx: ServiceContext, landlord: int) -> None:
    p = preview_of(ctx, landlord, "Lärkgatan 4;Västerås;2;8500;54;2025-07-01;72212",
                   ";Västerås;0;-5;54;2025-07-01;72212")
    assert [r.row for r in p.errors] == [3]
    got = {(i.row, i.column, i.code) for i in p.issues}
    assert got == {(3, "Adress", "REQUIRED"), (3, "Rok", "INT_RANGE"), (3, "Hyra", "AMOUNT_NEGATIVE")}
    assert all(i.message.startswith("Rad 3, kolumn ”") for i in p.issues)


def test_duplicates_of_existing_apartments_by_normalised_address(ctx: ServiceContext, landlord: int) -> None:
    existing = create_apartment(ctx, {"landlord_id": landlord, "address": "Lärkgatan 4 A", "municipality_code": "1980",
                                      "rooms": "2", "rent_sek": "8100", "contract_type": "first_hand",
                                      "status": "available"})
    p = preview_of(ctx, landlord, "LÄRKGATAN  4a;Västerås;2;8500;;;",  # same flat, written differently
                   "Lärkgatan 4 A;Köping;2;8500;;;")  # same street name in another municipality: a new flat
    assert [(r.row, r.existing_id) for r in p.duplicates] == [(2, existing.id)]
    assert p.duplicates[0].changes == ("Hyra per månad: 8\u00a0100 kr → 8\u00a0500 kr",)
    assert [r.row for r in p.valid] == [3]
    assert "lägenhetsnummer" in p.match_rule


def test_archived_apartments_are_not_duplicates(ctx: ServiceContext, landlord: int) -> None:
    old = create_apartment(ctx, {"landlord_id": landlord, "address": "Lärkgatan 4", "municipality_code": "1980",
                                 "rooms": "2", "rent_sek": "8100", "contract_type": "first_hand", "status": "let"})
    apartments.set_apartment_archived(ctx, old.id)
    assert len(preview_of(ctx, landlord, "Lärkgatan 4;Västerås;2;8500;;;").valid) == 1


def test_the_same_flat_twice_in_the_file(ctx: ServiceContext, landlord: int) -> None:
    p = preview_of(ctx, landlord, "Lärkgatan 4;Västerås;2;8500;;;", "lärkgatan 4;Västerås;2;8600;;;")
    assert [r.row for r in p.valid] == [2]
    issue = only_issue(Preview(p.kind, p.source_name, (), "", [], p.errors, []))
    assert (issue.row, issue.code) == (3, "DUPLICATE_IN_FILE") and "rad 2" in issue.text


def test_a_default_value_fills_empty_cells(ctx: ServiceContext, landlord: int) -> None:
    table = csv("Lärkgatan 4;Västerås;2;8500;;;", "Ekgatan 2;;2;8500;;;")
    mapping = apartments_mapping(landlord, table)
    mapping.fixed["municipality_code"] = "Köping"
    p = build_preview(ctx, table, mapping)
    assert [r.summary[1] for r in p.valid] == ["Västerås", "Köping"]


def test_a_bad_default_value_is_reported_as_the_default(ctx: ServiceContext, landlord: int) -> None:
    table = csv("Lärkgatan 4;Västerås;2;8500;;;")
    mapping = apartments_mapping(landlord, table)
    mapping.fixed["floor"] = "tio"
    issue = only_issue(build_preview(ctx, table, mapping))
    assert (issue.place, issue.code) == ("default", "INT_FORMAT") and "(standardvärde)" in issue.message


def test_unknown_landlord_in_a_column_suggests_the_nearest(ctx: ServiceContext, landlord: int) -> None:
    table = csv("Lärkgatan 4;Västerås;2;8500;Mälarhem Bostäder;", header="Adress;Kommun;Rok;Hyra;Hyresvärd;Avtal")
    mapping = ColumnMapping("apartments", guess_mapping("apartments", table.headers).columns,
                            {"contract_type": "first_hand", "status": "available"})
    issue = only_issue(build_preview(ctx, table, mapping))
    assert issue.code == "UNKNOWN_LANDLORD" and "Mälarhem Bostäder AB" in issue.text


def test_agreement_by_title_within_the_landlord(ctx: ServiceContext, landlord: int) -> None:
    agreement = create_agreement(ctx, {"landlord_id": landlord, "kind": "priority_quota", "title": "Förtur 2025"})
    table = csv("Lärkgatan 4;Västerås;2;8500;Mälarhem Bostäder AB;förtur 2025",
                "Ekgatan 2;Västerås;2;8500;Mälarhem Bostäder AB;Ramavtal",
                header="Adress;Kommun;Rok;Hyra;Hyresvärd;Avtal")
    mapping = ColumnMapping("apartments", guess_mapping("apartments", table.headers).columns,
                            {"contract_type": "first_hand", "status": "available"})
    p = build_preview(ctx, table, mapping)
    assert [r.row for r in p.valid] == [2] and [i.code for i in p.issues] == ["UNKNOWN_AGREEMENT"]
    commit_import(ctx, table, mapping)
    with ctx.read() as s:
        assert s.scalars(select(Apartment.agreement_id)).all() == [agreement.id]


def test_file_warnings_name_unused_columns(ctx: ServiceContext, landlord: int) -> None:
    p = preview_of(ctx, landlord, "Lärkgatan 4;Västerås;2;8500;;;;blå", header=HEADER + ";Dörrfärg")
    assert any("Dörrfärg" in w for w in p.warnings)


def test_progress_is_reported(ctx: ServiceContext, landlord: int) -> None:
    seen: list[tuple[int, int]] = []
    table = csv(*[f"Gata {i};Västerås;2;8500;;;" for i in range(600)])
    build_preview(ctx, table, apartments_mapping(landlord, table), progress=lambda d, t: seen.append((d, t)))
    assert seen == [(250, 600), (500, 600), (600, 600)]


# -- the bad inputs of the issue: each a coded error, the database unchanged ----------------------


def _file_error(ctx: ServiceContext, path: Path) -> str:
    before = db_state(ctx)
    with pytest.raises(ImportFileError) as err:
        read_table(path)
    assert err.value.message and db_state(ctx) == before
    return err.value.error_code


def _row_error(ctx: ServiceContext, landlord: int, row: str) -> Any:
    """The one issue of a one-row file; neither the preview nor an import of it writes anything."""
    before = db_state(ctx)
    table = csv(row)
    mapping = apartments_mapping(landlord, table)
    issue = only_issue(build_preview(ctx, table, mapping, today=TODAY))
    result = commit_import(ctx, table, mapping, today=TODAY)
    assert (result.imported, result.errors) == (0, 1)
    assert db_state(ctx) == before
    return issue


def test_bad_empty_file(ctx: ServiceContext, tmp_path: Path) -> None:
    (tmp_path / "tom.csv").write_bytes(b"")
    assert _file_error(ctx, tmp_path / "tom.csv") == "EMPTY_FILE"


def test_bad_header_only(ctx: ServiceContext, tmp_path: Path) -> None:
    (tmp_path / "rubrik.csv").write_text(HEADER + "\n", encoding="utf-8")
    assert _file_error(ctx, tmp_path / "rubrik.csv") == "NO_ROWS"


def test_bad_not_a_spreadsheet(ctx: ServiceContext, tmp_path: Path) -> None:
    (tmp_path / "lista.csv").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00")
    assert _file_error(ctx, tmp_path / "lista.csv") == "NOT_SPREADSHEET"


def test_bad_wrong_encoding(ctx: ServiceContext, tmp_path: Path) -> None:
    (tmp_path / "lista.csv").write_bytes("Adress;Kommun\nLärkgatan 4;Västerås\n".encode().decode("latin-1").encode())
    assert _file_error(ctx, tmp_path / "lista.csv") == "ENCODING"


def test_bad_text_in_a_number_column(ctx: ServiceContext, landlord: int) -> None:
    issue = _row_error(ctx, landlord, "Lärkgatan 4;Västerås;två;8500;;;")
    assert (issue.row, issue.column, issue.code) == (2, "Rok", "INT_FORMAT")


def test_rent_8_500_kr_is_read_as_8500_as_the_form_reads_it(ctx: ServiceContext, landlord: int) -> None:
    """Decided: the forms' kronor parser accepts "8 500 kr", so the import does too."""
    before = db_state(ctx)
    table = csv("Lärkgatan 4;Västerås;2;8 500 kr;;;")
    mapping = apartments_mapping(landlord, table)
    assert len(build_preview(ctx, table, mapping).valid) == 1
    assert db_state(ctx) == before
    commit_import(ctx, table, mapping)
    with ctx.read() as s:
        assert s.scalars(select(Apartment.rent_sek)).all() == [8500]


def test_rent_with_oren_or_dots_is_refused(ctx: ServiceContext, landlord: int) -> None:
    assert _row_error(ctx, landlord, "Lärkgatan 4;Västerås;2;8 500,50 kr;;;").code == "AMOUNT_FRACTION"
    assert _row_error(ctx, landlord, "Lärkgatan 4;Västerås;2;8.500;;;").code == "AMOUNT_FORMAT"


def test_postnummer_12345_is_valid_and_written_123_45(ctx: ServiceContext, landlord: int) -> None:
    """Decided by the forms' validator: five digits not starting with 0 are a postnummer ("123 45")."""
    table = csv("Lärkgatan 4;Västerås;2;8500;;;12345")
    mapping = apartments_mapping(landlord, table)
    assert len(build_preview(ctx, table, mapping).valid) == 1
    commit_import(ctx, table, mapping)
    with ctx.read() as s:
        assert s.scalars(select(Apartment.postal_code)).all() == ["123 45"]


def test_postnummer_that_the_validator_refuses(ctx: ServiceContext, landlord: int) -> None:
    assert _row_error(ctx, landlord, "Lärkgatan 4;Västerås;2;8500;;;01234").code == "POSTCODE_FORMAT"


def test_dates_in_the_supported_forms(ctx: ServiceContext, landlord: int) -> None:
    p = preview_of(ctx, landlord, "A 1;Västerås;2;8500;;1/7/2025;", "A 2;Västerås;2;8500;;2025-07-01;",
                   "A 3;Västerås;2;8500;;2025-7-1;", "A 4;Västerås;2;8500;;20250701;",
                   "A 5;Västerås;2;8500;;2025-07-01 00:00:00;")
    assert [r.summary[4] for r in p.valid] == ["2025-07-01"] * 5


def test_bad_date_31_february(ctx: ServiceContext, landlord: int) -> None:
    issue = _row_error(ctx, landlord, "Lärkgatan 4;Västerås;2;8500;;31/02/2025;")
    assert (issue.column, issue.code) == ("Ledig från", "DATE_FORMAT")


def test_municipality_typo_suggests_the_nearest(ctx: ServiceContext, landlord: int) -> None:
    issue = _row_error(ctx, landlord, "Lärkgatan 4;Västeråås;2;8500;;;722 12")
    assert (issue.column, issue.code) == ("Kommun", "MUNICIPALITY_SUGGESTION")
    assert issue.text.endswith("Menade du Västerås?")


def test_municipality_is_never_derived_from_a_postnummer(ctx: ServiceContext, landlord: int) -> None:
    issue = _row_error(ctx, landlord, "Lärkgatan 4;;2;8500;;;722 12")  # 722 12 is in Västerås
    assert (issue.column, issue.code) == ("Kommun", "REQUIRED")


def test_municipality_by_code_or_with_kommun_suffix(ctx: ServiceContext, landlord: int) -> None:
    p = preview_of(ctx, landlord, "A 1;1980;2;8500;;;", "A 2;västerås kommun;2;8500;;;", "A 3;0180;2;8500;;;",
                   "A 4;Stockholms stad;2;8500;;;", "A 5;Upplands-Bro;2;8500;;;")
    assert [r.summary[1] for r in p.valid] == ["Västerås", "Västerås", "Stockholm", "Stockholm", "Upplands-Bro"]


def test_bad_formula_cell_in_xlsx(ctx: ServiceContext, landlord: int, tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    wb.active.append(["Adress", "Kommun", "Rok", "Hyra"])
    wb.active.append(["Lärkgatan 4", "Västerås", 2, "=7000+1500"])
    wb.save(tmp_path / "lista.xlsx")
    before = db_state(ctx)
    table = read_table(tmp_path / "lista.xlsx")
    mapping = apartments_mapping(landlord, table)
    issue = only_issue(build_preview(ctx, table, mapping))
    assert (issue.row, issue.column, issue.code) == (2, "Hyra", "FORMULA_NO_VALUE")
    assert commit_import(ctx, table, mapping).imported == 0 and db_state(ctx) == before


def test_bad_merged_header_cell_in_xlsx(ctx: ServiceContext, tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    wb.active.append(["Adress", "Hyra", None])
    wb.active.append(["Lärkgatan 4", 8500, 54])
    wb.active.merge_cells("B1:C1")
    wb.save(tmp_path / "lista.xlsx")
    assert _file_error(ctx, tmp_path / "lista.xlsx") == "MERGED_HEADER"


# -- landlords and cases ---------------------------------------------------------------------------


def test_landlords_with_agreements(ctx: ServiceContext, landlord: int) -> None:
    table = read_csv_bytes(lines(
        "Namn;Typ;Organisationsnummer;Benämning;Avtalstyp;Antal lägenheter",
        "Mälarhem Bostäder AB;kommunal;;Förtur 2026;Förturskvot;12",  # existing landlord, new agreement
        "Bergslagens Hem AB;Privat hyresvärd;556036-0793;;;",  # new landlord
        "Bergslagens Hem AB;privat;556036-0793;Sociala kontrakt;Ram för sociala kontrakt;5",  # its agreement
        "Bergslagens Hem AB;privat;556036-0793;;;",  # nothing new
        "Okänd Typ AB;stiftelse;;;;",
    ), "hyresvardar.csv")
    p = build_preview(ctx, table, guess_mapping("landlords", table.headers))
    assert [r.row for r in p.valid] == [2, 3, 4]
    assert {(i.row, i.code) for i in p.issues} == {(5, "DUPLICATE_IN_FILE"), (6, "INVALID_CHOICE")}
    assert p.valid[0].note.startswith("Nytt avtal")


def test_landlord_duplicate_by_organisation_number(ctx: ServiceContext) -> None:
    create_landlord(ctx, {"name": "Bergslagens Hem AB", "kind": "private", "org_number": "556036-0793"})
    table = read_csv_bytes(lines("Namn;Typ;Org.nr;Telefon", "Bergslagens Hem;privat;5560360793;021-12 34 56"), "x.csv")
    p = build_preview(ctx, table, guess_mapping("landlords", table.headers))
    assert len(p.duplicates) == 1
    assert set(p.duplicates[0].changes) == {"Namn: Bergslagens Hem AB → Bergslagens Hem", "Telefon: – → 021-12 34 56"}


CASES_HEADER = ("Diarienummer;Skyddade personuppgifter;Risknivå;Status;I skyddat boende sedan;Födelseår;Barn;"
                "Spärrade kommuner;Namn;Personnummer")


def test_cases_rows_households_and_identity_columns_left_out(ctx: ServiceContext) -> None:
    table = read_csv_bytes(lines(
        CASES_HEADER,
        "SO-2025-101;Skyddad folkbokföring;Hög;Väntar;2025-03-01;1990;2015, 2018;Köping;Anna Fiktiv;19900101-1234",
        ";Ingen;Låg;Ny;;1985;;;;",
        "SB-2025-X;Ingen;Låg;Ny;;1985;;;;",
        "SO-2025-103;Ingen;Låg;Ny;;1985, 1986;;Köpping;;",
    ), "vantande.csv")
    p = build_preview(ctx, table, guess_mapping("cases", table.headers))
    assert [r.row for r in p.valid] == [2, 3]
    assert p.valid[0].summary[0] == "SO-2025-101" and p.valid[0].summary[-1] == "3"
    assert p.valid[0].protection == "protected_registration"
    assert p.valid[1].summary[:2] == ("(nytt nummer)", "(slumpas)")
    assert {(i.row, i.code) for i in p.issues} == {(4, "REFERENCE_FORMAT"), (5, "ONE_APPLICANT"),
                                                   (5, "MUNICIPALITY_SUGGESTION")}
    assert any("”Namn”" in w and "”Personnummer”" in w for w in p.warnings)
    shown = json.dumps([r.summary for r in p.valid + p.errors] + [i.text for i in p.issues], ensure_ascii=False)
    assert "Anna" not in shown and "19900101" not in shown


def test_case_duplicate_by_reference_and_archived_reference(ctx: ServiceContext) -> None:
    first = cases.create_case(ctx, {"protection_level": "none", "risk_level": "low", "status": "new"})
    second = cases.create_case(ctx, {"protection_level": "none", "risk_level": "low", "status": "new"})
    cases.set_case_archived(ctx, second.id)
    table = read_csv_bytes(f"Ärendenummer;Skydd;Risk;Status\n{first.reference.lower()};Ingen;Hög;Väntar\n"
                           f"{second.reference};Ingen;Låg;Ny\n".encode(), "x.csv")
    p = build_preview(ctx, table, guess_mapping("cases", table.headers))
    assert [r.existing_id for r in p.duplicates] == [first.id]
    assert set(p.duplicates[0].changes) == {"Risknivå", "Status"}  # names only: case values may be personal
    assert [i.code for i in p.issues] == ["ARCHIVED_CASE"]
