"""Fuzzing the CSV import path: hostile files give only typed errors, and an import is never partial."""

from __future__ import annotations

from typing import Any
from unittest import mock

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from sbdesk.domain.audit import AuditEvent
from sbdesk.domain.housing import Apartment
from sbdesk.errors import ValidationError
from sbdesk.services.context import ServiceContext
from sbdesk.services.housing import create_landlord
from sbdesk.services.importing.apartments import ApartmentImport
from sbdesk.services.importing.commit import ImportChoices, ImportFailed, commit_import
from sbdesk.services.importing.mapping import ColumnMapping, guess_mapping
from sbdesk.services.importing.preview import build_preview
from sbdesk.services.importing.readers import ImportFileError, Table, read_csv_bytes

FIXTURE_OK = settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                              HealthCheck.too_slow])
HEADERS = ["Adress", "Kommun", "Rok", "Hyra", "Yta m²", "Ledig från", "Postnummer", "Hiss", "Våning", "Övrigt"]
cell = st.one_of(
    st.sampled_from(["Lärkgatan 4", "Västerås", "Köping", "Västeråås", "2 rok", "två", "8 500 kr", "8.500", "54,5",
                     "1/7/2025", "31/02/2025", "2025-07-01", "12345", "722 12", "ja", "nej", "x", "BV", "", " ",
                     "=1+1", "-5", "0", "99999999999999999999999", "\u202e", "\ufeff"]),
    st.text(alphabet=st.characters(blacklist_categories=["Cs", "Cc"]), max_size=12),
    st.sampled_from(["\x07", "a\nb", "\r", '"', '""', ";", ","]),  # a few hostile ones; random bytes above
)
GOOD = [["Lärkgatan 4", "Ekgatan 2 B", "Storgatan 1, lgh 1102"], ["Västerås", "Köping", "1980"], ["2", "3 rok", "1"],
        ["8 500 kr", "9100", "7 450"], ["54,5", "61", ""], ["2025-07-01", "1/8/2025", ""], ["722 12", "12345", ""],
        ["ja", "nej", ""], ["2", "BV", ""], ["", "Nyrenoverad"]]
row = (st.tuples(*[st.sampled_from(good) for good in GOOD]).map(list)
       | st.tuples(*[st.sampled_from(good) | st.sampled_from(good) | cell for good in GOOD]).map(list)
       | st.lists(cell, max_size=12))
separator = st.sampled_from([";", ",", "\t"])
encoding = st.sampled_from(["utf-8", "utf-8-sig", "cp1252", "utf-16"])


def counts(ctx: ServiceContext) -> tuple[int, int]:
    with ctx.read() as s:
        return (s.scalar(select(func.count()).select_from(Apartment)) or 0,
                s.scalar(select(func.count()).select_from(AuditEvent)) or 0)


def build(rows: list[list[str]], sep: str, enc: str) -> bytes | None:
    def quote(value: str) -> str:
        return '"' + value.replace('"', '""') + '"' if any(c in value for c in f'{sep}"\r\n') else value

    text = "\r\n".join(sep.join(quote(c) for c in row) for row in [HEADERS, *rows]) + "\r\n"
    try:
        return text.encode(enc)
    except UnicodeEncodeError:
        return None


@pytest.fixture
def landlord(ctx: ServiceContext) -> int:
    return create_landlord(ctx, {"name": "Mälarhem Bostäder AB", "kind": "municipal"}).id


def mapping_for(landlord: int, table: Table) -> ColumnMapping:
    return ColumnMapping("apartments", guess_mapping("apartments", table.headers).columns,
                         {"landlord_id": landlord, "contract_type": "first_hand", "status": "available"})


@settings(max_examples=400)
@given(st.binary(max_size=3000))
def test_random_bytes_give_a_table_or_an_import_file_error(raw: bytes) -> None:
    try:
        table = read_csv_bytes(raw, "x.csv")
    except ImportFileError as exc:
        assert exc.error_code and exc.message
        return
    assert table.rows and all(len(r) == len(table.headers) for r in table.rows)


@settings(max_examples=300)
@given(st.text(max_size=800), encoding)
def test_random_text_in_any_supported_encoding(text: str, enc: str) -> None:
    try:
        raw = text.encode(enc)
    except UnicodeEncodeError:
        return
    try:
        read_csv_bytes(raw, "x.csv")
    except ImportFileError:
        pass


@FIXTURE_OK
@given(st.lists(row, min_size=1, max_size=12), separator, encoding,
       st.booleans())
def test_preview_and_import_never_fail_untyped_and_never_write_half(
        ctx: ServiceContext, landlord: int, rows: list[list[str]], sep: str, enc: str, update: bool) -> None:
    raw = build(rows, sep, enc)
    if raw is None:
        return
    before = counts(ctx)
    try:
        table = read_csv_bytes(raw, "fuzz.csv")
        mapping = mapping_for(landlord, table)
        preview = build_preview(ctx, table, mapping)
        assert counts(ctx) == before  # a preview never writes
        result = commit_import(ctx, table, mapping, ImportChoices(True, update))
    except (ImportFileError, ValidationError):
        assert counts(ctx) == before
        return
    event("rows imported" if result.imported else "nothing imported")
    assert result.imported == len(preview.valid)
    wrote = result.imported or result.updated
    # one import event, plus one event per record the import changed (as a form's save writes)
    assert counts(ctx) == (before[0] + result.imported, before[1] + (1 if wrote else 0) + result.updated)


@FIXTURE_OK
@given(st.integers(min_value=1, max_value=8), st.integers(min_value=1, max_value=8))
def test_a_failure_at_any_row_leaves_nothing_behind(ctx: ServiceContext, landlord: int, rows: int,
                                                     fail_at: int) -> None:
    table = read_csv_bytes(("Adress;Kommun;Rok;Hyra\n" + "".join(
        f"Fuzzgatan {n};Västerås;2;8500\n" for n in range(rows))).encode(), "f.csv")
    calls = {"n": 0}
    real = ApartmentImport.create

    def create(self: Any, s: Any, state: Any, check: Any) -> None:
        calls["n"] += 1
        if calls["n"] == fail_at:
            raise IntegrityError("INSERT", {}, Exception("simulerat"))
        real(self, s, state, check)

    before = counts(ctx)
    with mock.patch.object(ApartmentImport, "create", create):
        try:
            result = commit_import(ctx, table, mapping_for(landlord, table), ImportChoices(True, True))
        except ImportFailed:
            assert counts(ctx) == before
            return
    assert fail_at > rows - result.skipped  # it only succeeds when the failing call never came
    assert counts(ctx)[0] == before[0] + result.imported
