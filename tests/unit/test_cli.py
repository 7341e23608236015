"""The command line for IT: init, demo, verify, passwd, --version; exit codes and Swedish errors."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import text

from sbdesk import __version__
from sbdesk.cli import main
from sbdesk.store.database import Database
from tests.conftest import PASSPHRASE


def run(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], *args: str, stdin: str = "") -> tuple[int, str, str]:
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    rc = main(list(args))
    out, err = capsys.readouterr()
    return rc, out, err


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--version"])
    assert exit_info.value.code == 0
    assert __version__ in capsys.readouterr().out


def test_init_then_verify(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "ny.db"
    rc, out, _ = run(monkeypatch, capsys, "init", str(db), "--passphrase-stdin", "--name", "Test Testsson",
                     "--municipality", "västerås", stdin=PASSPHRASE + "\n")
    assert rc == 0
    assert "ÅTERSTÄLLNINGSNYCKEL" in out and "Västerås" in out
    recovery = out.split("ÅTERSTÄLLNINGSNYCKEL")[1].splitlines()[1].strip()
    Database.open(db, recovery_key=recovery).close()
    rc, out, _ = run(monkeypatch, capsys, "verify", str(db), "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert rc == 0 and "allt stämmer" in out


def test_init_with_unknown_municipality(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    rc, _, err = run(monkeypatch, capsys, "init", str(tmp_path / "x.db"), "--passphrase-stdin", "--name", "T",
                     "--municipality", "Atlantis", stdin=PASSPHRASE + "\n")
    assert rc == 3 and "UNKNOWN_MUNICIPALITY" in err
    assert list(tmp_path.iterdir()) == []


def test_init_with_short_passphrase(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    rc, _, err = run(monkeypatch, capsys, "init", str(tmp_path / "x.db"), "--passphrase-stdin", "--name", "T",
                     "--municipality", "0180", stdin="kort\n")
    assert rc == 3 and "PASSPHRASE_TOO_SHORT" in err and "minst 10 tecken" in err
    assert list(tmp_path.iterdir()) == []


def test_verify_with_wrong_passphrase(db_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    rc, _, err = run(monkeypatch, capsys, "verify", str(db_path), "--passphrase-stdin", stdin="fel-fel-fel-fel\n")
    assert rc == 3 and "WRONG_PASSPHRASE" in err and "Fel lösenfras" in err


def test_verify_with_damaged_database(db_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    db_path.write_bytes(db_path.read_bytes()[:5000])
    rc, _, err = run(monkeypatch, capsys, "verify", str(db_path), "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert rc == 3 and "DATABASE_DAMAGED" in err


def test_verify_names_a_broken_audit_row(db_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    db = Database.open(db_path, passphrase=PASSPHRASE)
    with db.engine.begin() as conn:
        conn.execute(text("DROP TRIGGER audit_event_no_update"))
        conn.execute(text("UPDATE audit_event SET action = 'ingenting' WHERE id = 1"))
    db.close()
    rc, out, _ = run(monkeypatch, capsys, "verify", str(db_path), "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert rc == 1
    assert "BRUTEN vid händelse 1" in out and "FEL HITTADES" in out


def test_passwd(db_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    rc, _, _ = run(monkeypatch, capsys, "passwd", str(db_path), "--passphrase-stdin",
                   stdin=f"{PASSPHRASE}\nhelt-nytt-lösen-1\n")
    assert rc == 0
    Database.open(db_path, passphrase="helt-nytt-lösen-1").close()


def test_missing_stdin_line_is_an_error(db_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    with pytest.raises(SystemExit) as exit_info:
        main(["verify", str(db_path), "--passphrase-stdin"])
    assert exit_info.value.code == 3


@pytest.mark.slow
def test_demo_and_verify_as_separate_processes(tmp_path: Path) -> None:
    """The issue's acceptance commands, through `python -m sbdesk` (what the console script calls)."""
    db = tmp_path / "d.db"
    demo = subprocess.run([sys.executable, "-m", "sbdesk", "demo", "--passphrase-stdin", str(db),
                           "--apartments", "50", "--cases", "6"],
                          input="x-pass-1234\n", capture_output=True, text=True, timeout=300)
    assert demo.returncode == 0, demo.stderr
    verify = subprocess.run([sys.executable, "-m", "sbdesk", "verify", "--passphrase-stdin", str(db)],
                            input="x-pass-1234\n", capture_output=True, text=True, timeout=300)
    assert verify.returncode == 0, verify.stdout + verify.stderr
    assert "Loggkedjan: OK" in verify.stdout


def test_new_recovery_key_and_rekey(db_path: Path, monkeypatch: pytest.MonkeyPatch,
                                    capsys: pytest.CaptureFixture[str]) -> None:
    rc, out, _ = run(monkeypatch, capsys, "new-recovery-key", str(db_path), "--passphrase-stdin",
                     stdin=PASSPHRASE + "\n")
    assert rc == 0
    first = out.split("ÅTERSTÄLLNINGSNYCKEL")[1].splitlines()[1].strip()
    rc, out, _ = run(monkeypatch, capsys, "rekey", str(db_path), "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert rc == 0 and "omkrypterad" in out
    second = out.split("ÅTERSTÄLLNINGSNYCKEL")[1].splitlines()[1].strip()
    assert first != second
    Database.open(db_path, recovery_key=second).close()
    rc, out, _ = run(monkeypatch, capsys, "verify", str(db_path), "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert rc == 0, out


def test_help_and_usage_errors_are_swedish(capsys: pytest.CaptureFixture[str]) -> None:
    from sbdesk.cli import build_parser

    with pytest.raises(SystemExit):
        build_parser().parse_args(["--help"])
    out = capsys.readouterr().out
    assert out.startswith("användning: sbdesk") and "flaggor:" in out and "visa den här hjälpen" in out
    with pytest.raises(SystemExit) as exc:
        build_parser().parse_args(["verify"])
    assert exc.value.code == 2
    assert "fel: de här argumenten behövs: DB" in capsys.readouterr().err


def test_self_test_flag_runs_the_self_test(monkeypatch: pytest.MonkeyPatch) -> None:
    from sbdesk import selftest
    from sbdesk.cli import main

    monkeypatch.setattr(selftest, "run_self_test", lambda: 7)
    assert main(["--self-test"]) == 7
