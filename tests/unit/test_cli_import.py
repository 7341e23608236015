"""`sbdesk import`: dry run figures, import with a saved mapping, rows with errors, coded failures."""

from __future__ import annotations

import argparse
import csv
import io
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from sqlalchemy import func, select

from sbdesk import cli
from sbdesk.cli_import import add_import_command
from sbdesk.domain.audit import AuditEvent
from sbdesk.domain.housing import Apartment
from sbdesk.errors import SbdeskError
from sbdesk.services.context import ServiceContext
from sbdesk.services.housing import create_landlord
from sbdesk.services.importing.mapping import ColumnMapping, save_mapping
from sbdesk.store.database import Database
from tests.conftest import COORDINATOR, PASSPHRASE

LIST = ("Adress;Kommun;Rok;Hyra;Ledig från\n"
        "Lärkgatan 4;Västerås;2 rok;8 500 kr;1/7/2025\n"
        "Ekgatan 2;Köping;3;9 100;\n")


def run(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], *args: str,
        stdin: str = PASSPHRASE + "\n") -> tuple[int, str, str]:
    """Through sbdesk's own main() once `import` is wired into cli.py; until then through a parser
    built the same way (add_import_command, errors printed as cli.main prints them)."""
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    if "import" in cli.COMMANDS:
        rc = cli.main(list(args))
    else:
        parser = argparse.ArgumentParser(prog="sbdesk")
        add_import_command(parser.add_subparsers(dest="command"))
        parsed = parser.parse_args(list(args))
        try:
            rc = int(parsed.func(parsed))
        except SbdeskError as exc:
            rc = cli._fail(getattr(exc, "error_code", None) or exc.code, exc.message)
    out, err = capsys.readouterr()
    return rc, out, err


@contextmanager
def opened(db_path: Path) -> Iterator[ServiceContext]:
    db = Database.open(db_path, passphrase=PASSPHRASE)
    try:
        yield ServiceContext(db, actor=COORDINATOR)
    finally:
        db.close()


def counts(db_path: Path) -> tuple[int, int]:
    """(apartments, audit events other than the unlock every command logs)."""
    with opened(db_path) as ctx, ctx.read() as s:
        return (s.scalar(select(func.count()).select_from(Apartment)) or 0,
                s.scalar(select(func.count()).select_from(AuditEvent)
                         .where(AuditEvent.action != "database.unlock")) or 0)


@pytest.fixture
def prepared(db_path: Path, tmp_path: Path) -> tuple[Path, Path]:
    """A database with a landlord and a saved mapping "Mälarhem", and the landlord's list as CSV."""
    with opened(db_path) as ctx:
        landlord = create_landlord(ctx, {"name": "Mälarhem Bostäder AB", "kind": "municipal"}).id
        save_mapping(ctx, ColumnMapping(
            "apartments", {"address": "Adress", "municipality_code": "Kommun", "rooms": "Rok", "rent_sek": "Hyra",
                           "available_from": "Ledig från"},
            {"landlord_id": landlord, "contract_type": "first_hand", "status": "available"}), "Mälarhem")
    source = tmp_path / "lista.csv"
    source.write_text(LIST, encoding="utf-8")
    return db_path, source


def test_dry_run_prints_the_figures_and_writes_nothing(prepared: tuple[Path, Path], tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    db_path, source = prepared
    before = counts(db_path)
    report = tmp_path / "rapport.csv"
    rc, out, _ = run(monkeypatch, capsys, "import", "--kind", "apartments", "--mapping", "Mälarhem", "--dry-run",
                     "--report", str(report), "--passphrase-stdin", str(db_path), str(source))
    assert rc == 0
    assert "Rader: 2   giltiga: 2   fel: 0   dubbletter: 0" in out and "ingenting har sparats" in out
    assert counts(db_path) == before
    rows = list(csv.reader(io.StringIO(report.read_text(encoding="utf-8-sig")), delimiter=";"))
    assert rows == [["Rad", "Resultat", "Orsak"], ["2", "importerad", "Ny post."], ["3", "importerad", "Ny post."]]


def test_import_with_the_saved_mapping(prepared: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    db_path, source = prepared
    apartments, events = counts(db_path)
    rc, out, _ = run(monkeypatch, capsys, "import", "--kind", "apartments", "--mapping", "Mälarhem",
                     "--passphrase-stdin", str(db_path), str(source))
    assert rc == 0 and "Importerade: 2" in out
    assert counts(db_path) == (apartments + 2, events + 1)
    rc, out, _ = run(monkeypatch, capsys, "import", "--kind", "apartments", "--mapping", "Mälarhem",
                     "--passphrase-stdin", str(db_path), str(source))  # next month: the same list again
    assert rc == 0 and "dubbletter: 2" in out and "hoppades över: 2" in out
    assert counts(db_path) == (apartments + 2, events + 1)


def test_update_existing_records(prepared: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch,
                                 capsys: pytest.CaptureFixture[str]) -> None:
    db_path, source = prepared
    run(monkeypatch, capsys, "import", "--kind", "apartments", "--mapping", "Mälarhem", "--passphrase-stdin",
        str(db_path), str(source))
    source.write_text(LIST.replace("8 500 kr", "8 700 kr"), encoding="utf-8")
    rc, out, _ = run(monkeypatch, capsys, "import", "--kind", "apartments", "--mapping", "Mälarhem", "--update",
                     "--passphrase-stdin", str(db_path), str(source))
    assert rc == 0 and "uppdaterade: 1" in out
    with opened(db_path) as ctx, ctx.read() as s:
        assert sorted(s.scalars(select(Apartment.rent_sek)).all()) == [8700, 9100]


def test_rows_with_errors_import_nothing_unless_skipped(prepared: tuple[Path, Path], tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    db_path, source = prepared
    source.write_text(LIST + "Tallvägen 7;Västeråås;1;5 100;31/02/2025\n", encoding="utf-8")
    before = counts(db_path)
    report = tmp_path / "rapport.csv"
    rc, out, _ = run(monkeypatch, capsys, "import", "--kind", "apartments", "--mapping", "Mälarhem",
                     "--report", str(report), "--passphrase-stdin", str(db_path), str(source))
    assert rc == 1 and "fel: 1" in out and "Ingenting importerades" in out
    assert "Rad 4, kolumn ”Kommun”: Kommunen ”Västeråås” finns inte. Menade du Västerås?" in out
    assert counts(db_path) == before
    outcomes = [r[1] for r in csv.reader(io.StringIO(report.read_text(encoding="utf-8-sig")), delimiter=";")][1:]
    assert outcomes == ["hoppades över", "hoppades över", "fel"]
    rc, out, _ = run(monkeypatch, capsys, "import", "--kind", "apartments", "--mapping", "Mälarhem",
                     "--skip-errors", "--passphrase-stdin", str(db_path), str(source))
    assert rc == 0 and "Importerade: 2" in out and counts(db_path)[0] == before[0] + 2


@pytest.mark.parametrize(("content", "code"), [(b"", "EMPTY_FILE"), (b"Adress;Kommun\n", "NO_ROWS"),
                                               (b"%PDF-1.7\n\x00\x01", "NOT_SPREADSHEET")])
def test_a_bad_file_is_a_coded_error(prepared: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch,
                                     capsys: pytest.CaptureFixture[str], content: bytes, code: str) -> None:
    db_path, source = prepared
    source.write_bytes(content)
    before = counts(db_path)
    rc, _, err = run(monkeypatch, capsys, "import", "--kind", "apartments", "--mapping", "Mälarhem",
                     "--passphrase-stdin", str(db_path), str(source))
    assert rc == 3 and f"sbdesk: fel [{code}]:" in err
    assert counts(db_path) == before


def test_unknown_mapping_missing_column_and_wrong_passphrase(prepared: tuple[Path, Path],
                                                             monkeypatch: pytest.MonkeyPatch,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    db_path, source = prepared
    rc, _, err = run(monkeypatch, capsys, "import", "--kind", "apartments", "--mapping", "Okänd",
                     "--passphrase-stdin", str(db_path), str(source))
    assert rc == 3 and "[NOT_FOUND]" in err
    rc, _, err = run(monkeypatch, capsys, "import", "--kind", "cases", "--mapping", "Mälarhem",
                     "--passphrase-stdin", str(db_path), str(source))  # saved for apartments only
    assert rc == 3 and "[NOT_FOUND]" in err
    source.write_text(LIST.replace("Hyra", "Månadshyra"), encoding="utf-8")
    rc, _, err = run(monkeypatch, capsys, "import", "--kind", "apartments", "--mapping", "Mälarhem",
                     "--passphrase-stdin", str(db_path), str(source))
    assert rc == 3 and "[MAPPING_COLUMN_MISSING]" in err
    rc, _, err = run(monkeypatch, capsys, "import", "--kind", "apartments", "--mapping", "Mälarhem",
                     "--passphrase-stdin", str(db_path), str(source), stdin="fel-fel-fel-fel\n")
    assert rc == 3 and "[WRONG_PASSPHRASE]" in err


def test_usage_errors(prepared: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch,
                      capsys: pytest.CaptureFixture[str]) -> None:
    db_path, source = prepared
    with pytest.raises(SystemExit) as exit_info:
        run(monkeypatch, capsys, "import", "--kind", "bilar", "--mapping", "x", str(db_path), str(source))
    assert exit_info.value.code == 2
