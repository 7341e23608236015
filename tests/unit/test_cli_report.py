"""`sbdesk report --year YYYY --format xlsx|csv|pdf DB OUT` with --passphrase-stdin (fictional data)."""

from __future__ import annotations

import argparse
import io
import sys
from pathlib import Path

import pytest
from openpyxl import load_workbook

from sbdesk.cli_report import add_report_command
from sbdesk.services.context import ServiceContext
from sbdesk.store.database import Database
from tests.conftest import COORDINATOR, PASSPHRASE
from tests.unit.test_grant_figures import YEAR, build_year


def run(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], *argv: str,
        stdin: str = PASSPHRASE + "\n") -> tuple[int, str, str]:
    parser = argparse.ArgumentParser(prog="sbdesk")
    add_report_command(parser.add_subparsers(dest="command"))
    args = parser.parse_args(["report", *argv])
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    try:
        rc = int(args.func(args))
    except SystemExit as exc:  # _read_secret ends the command when stdin has no line
        rc = int(exc.code or 0)
    out, err = capsys.readouterr()
    return rc, out, err


@pytest.fixture
def filled_db(db_path: Path) -> Path:
    db = Database.open(db_path, passphrase=PASSPHRASE)
    try:
        build_year(ServiceContext(db, actor=COORDINATOR))
    finally:
        db.close()
    return db_path


def test_report_writes_the_workbook(filled_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                    capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "återrapportering-2025.xlsx"
    rc, stdout, _ = run(monkeypatch, capsys, "--year", str(YEAR), "--format", "xlsx", "--passphrase-stdin",
                        str(filled_db), str(out))
    assert rc == 0, stdout
    assert "Återrapporteringen för 2025 skrevs" in stdout and "inte fryst" in stdout
    assert "Saknas före inlämning" in stdout and "Fråga 7" in stdout
    rows = {r[0]: r for r in load_workbook(out)["Återrapportering"].iter_rows(values_only=True) if r[0]}
    assert (rows["1a"][2], rows["1b"][2], rows["1c"][2]) == (822_900, 64_048, 8)


@pytest.mark.parametrize("fmt", ["csv", "pdf"])
def test_report_format_from_the_file_name(fmt: str, filled_db: Path, tmp_path: Path,
                                          monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / f"rapport.{fmt}"
    rc, _, _ = run(monkeypatch, capsys, "--year", str(YEAR), "--passphrase-stdin", str(filled_db), str(out))
    assert rc == 0
    head = out.read_bytes()[:6]
    assert head.startswith(b"\xef\xbb\xbfDel" if fmt == "csv" else b"%PDF-")


def test_report_errors(filled_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                       capsys: pytest.CaptureFixture[str]) -> None:
    rc, _, err = run(monkeypatch, capsys, "--year", str(YEAR), "--passphrase-stdin", str(filled_db),
                     str(tmp_path / "rapport.txt"))
    assert rc == 3 and "REPORT_FORMAT" in err
    rc, _, err = run(monkeypatch, capsys, "--year", str(YEAR), "--passphrase-stdin", str(filled_db),
                     str(tmp_path / "saknas" / "rapport.csv"))
    assert rc == 3 and "FOLDER_MISSING" in err
    rc, _, _ = run(monkeypatch, capsys, "--year", str(YEAR), "--passphrase-stdin", str(filled_db),
                   str(tmp_path / "rapport.csv"), stdin="")
    assert rc == 3
    assert not (tmp_path / "rapport.csv").exists()
    from sbdesk.errors import WrongPassphrase

    with pytest.raises(WrongPassphrase):  # cli.main turns this into 'sbdesk: fel [WRONG_PASSPHRASE]'
        run(monkeypatch, capsys, "--year", str(YEAR), "--passphrase-stdin", str(filled_db),
            str(tmp_path / "rapport.csv"), stdin="fel-fel-fel-fel\n")
