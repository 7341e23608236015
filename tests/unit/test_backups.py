"""Backups: round trip row for row, no plaintext, verification, atomic writes, restore, rotation, CLI."""

from __future__ import annotations

import io
import os
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sbdesk.cli import main
from sbdesk.errors import DatabaseDamaged, DatabaseInUse, WrongPassphrase
from sbdesk.services.backups import (
    backup_folder_warnings,
    backups_to_keep,
    location_warnings,
    make_backup,
    restore,
    run_daily_backup,
)
from sbdesk.services.context import ServiceContext
from sbdesk.services.demo import fill_demo
from sbdesk.services.housing import create_landlord
from sbdesk.store.backup import BackupFailed, check_copy, table_counts
from sbdesk.store.database import Database
from sbdesk.store.keyslots import keyfile_path
from tests.conftest import COORDINATOR, PASSPHRASE


@pytest.fixture
def demo_ctx(ctx: ServiceContext) -> ServiceContext:
    fill_demo(ctx, apartments=25, cases=5)
    return ctx


def test_backup_round_trip_is_equal_row_for_row(demo_ctx: ServiceContext, tmp_path: Path) -> None:
    dest = tmp_path / "kopior" / "b.db"
    result = make_backup(demo_ctx, dest)
    assert dest.exists() and keyfile_path(dest).exists()
    source = table_counts(demo_ctx.db)
    assert result.tables == source | {"audit_event": result.tables["audit_event"]}
    copy = Database.open(dest, passphrase=PASSPHRASE)
    try:
        with demo_ctx.db.engine.connect() as a, copy.engine.connect() as b:
            for table in ("apartment", "case", "person", "landlord", "household_member"):
                rows_a = a.exec_driver_sql(f'SELECT * FROM "{table}" ORDER BY id').fetchall()
                rows_b = b.exec_driver_sql(f'SELECT * FROM "{table}" ORDER BY id').fetchall()
                assert rows_a == rows_b and rows_a
    finally:
        copy.close()
    assert not [p for p in dest.parent.iterdir() if p.name.endswith(".tmp")]


def test_backup_is_logged(demo_ctx: ServiceContext, tmp_path: Path) -> None:
    make_backup(demo_ctx, tmp_path / "b.db")
    with demo_ctx.db.engine.connect() as conn:
        action, details = conn.exec_driver_sql(
            "SELECT action, details FROM audit_event ORDER BY id DESC LIMIT 1").one()
    assert action == "backup.create" and "b.db" in details


def test_backup_contains_no_plaintext(demo_ctx: ServiceContext, tmp_path: Path) -> None:
    dest = tmp_path / "b.db"
    make_backup(demo_ctx, dest)
    data = dest.read_bytes()
    assert not data.startswith(b"SQLite format 3")
    for needle in ("Västerås", "Mälarhem Bostäder", "Demo Handläggare", "Björkvägen", "CREATE TABLE"):
        assert needle.encode() not in data


def test_failing_replace_leaves_the_previous_backup_intact(demo_ctx: ServiceContext, tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    dest = tmp_path / "b.db"
    make_backup(demo_ctx, dest)
    before = (dest.read_bytes(), keyfile_path(dest).read_bytes())
    create_landlord(demo_ctx, {"name": "Ny Hyresvärd AB", "kind": "private"})

    def broken_replace(*_a: object) -> None:
        raise OSError("disken är full")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(BackupFailed):
        make_backup(demo_ctx, dest)
    monkeypatch.undo()
    assert (dest.read_bytes(), keyfile_path(dest).read_bytes()) == before
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("b.db") or p.name.startswith(".b")) == [
        "b.db", "b.db.keys"]


def test_restore_round_trip_keeps_the_old_file(demo_ctx: ServiceContext, db_path: Path, tmp_path: Path) -> None:
    dest = tmp_path / "b.db"
    make_backup(demo_ctx, dest)
    expected = table_counts(demo_ctx.db)
    create_landlord(demo_ctx, {"name": "Efter kopian AB", "kind": "private"})
    demo_ctx.db.close()
    done = restore(dest, db_path, passphrase=PASSPHRASE, actor=COORDINATOR)
    kept = done.kept
    assert kept is not None and kept.exists() and keyfile_path(kept).exists() and done.purged_again == 0
    db = Database.open(db_path, passphrase=PASSPHRASE)
    try:
        counts = table_counts(db)
        assert {k: v for k, v in counts.items() if k != "audit_event"} == {
            k: v for k, v in expected.items() if k != "audit_event"}
        with db.engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT action FROM audit_event ORDER BY id DESC LIMIT 1").scalar() == "backup.restore"
    finally:
        db.close()


def test_restore_of_a_damaged_backup_is_refused_and_the_database_untouched(
        demo_ctx: ServiceContext, db_path: Path, tmp_path: Path) -> None:
    dest = tmp_path / "b.db"
    make_backup(demo_ctx, dest)
    demo_ctx.db.close()
    raw = bytearray(dest.read_bytes())
    raw[len(raw) // 2: len(raw) // 2 + 64] = bytes(64)  # a damaged page in the middle
    dest.write_bytes(bytes(raw))
    before = {p.name: p.read_bytes() for p in db_path.parent.iterdir() if p.is_file()}
    with pytest.raises(DatabaseDamaged):
        restore(dest, db_path, passphrase=PASSPHRASE)
    assert {p.name: p.read_bytes() for p in db_path.parent.iterdir() if p.is_file()} == before


def test_restore_with_wrong_passphrase_changes_nothing(demo_ctx: ServiceContext, db_path: Path, tmp_path: Path) -> None:
    dest = tmp_path / "b.db"
    make_backup(demo_ctx, dest)
    demo_ctx.db.close()
    before = {p.name: p.read_bytes() for p in db_path.parent.iterdir() if p.is_file()}
    with pytest.raises(WrongPassphrase):
        restore(dest, db_path, passphrase="fel-lösenfras-1")
    assert {p.name: p.read_bytes() for p in db_path.parent.iterdir() if p.is_file()} == before


def test_restore_refuses_while_the_database_is_open(demo_ctx: ServiceContext, db_path: Path, tmp_path: Path) -> None:
    dest = tmp_path / "b.db"
    make_backup(demo_ctx, dest)
    with pytest.raises(DatabaseInUse):
        restore(dest, db_path, passphrase=PASSPHRASE)


def test_check_copy_detects_damage(demo_ctx: ServiceContext, tmp_path: Path) -> None:
    dest = tmp_path / "b.db"
    make_backup(demo_ctx, dest)
    key = bytes(demo_ctx.db.data_key)
    assert check_copy(dest, key).tables["apartment"] == 25
    raw = bytearray(dest.read_bytes())
    raw[-4096 + 100] ^= 0xFF
    dest.write_bytes(bytes(raw))
    with pytest.raises(DatabaseDamaged):
        check_copy(dest, key)


def test_daily_backup_once_a_day_with_rotation(ctx: ServiceContext, tmp_path: Path) -> None:
    folder = tmp_path / "auto"
    folder.mkdir()
    start = date(2026, 1, 1)
    for offset in range(60):
        run_daily_backup(ctx, folder, start + timedelta(days=offset))
    assert run_daily_backup(ctx, folder, start + timedelta(days=59)) is None  # already done today
    names = sorted(p.name for p in folder.glob("*.db"))
    assert len(names) == 7 + 4
    assert names[-1] == "sbdesk-2026-03-01.db"
    assert all(keyfile_path(folder / n).exists() for n in names)


@given(st.lists(st.dates(min_value=date(2020, 1, 1), max_value=date(2030, 12, 31)), max_size=80),
       st.integers(0, 10), st.integers(0, 6))
def test_rotation_keeps_the_newest_and_one_per_week(days: list[date], daily: int, weekly: int) -> None:
    keep = backups_to_keep(days, daily, weekly)
    ordered = sorted(set(days), reverse=True)
    assert set(ordered[:daily]) <= keep <= set(days)
    extra = keep - set(ordered[:daily])
    assert len(extra) <= weekly
    weeks = [d.isocalendar()[:2] for d in extra]
    assert len(weeks) == len(set(weeks))


def test_location_warnings() -> None:
    assert location_warnings(Path("C:/Users/anna/OneDrive - Kommunen/sbdesk/sbdesk.db"))
    assert location_warnings(Path("//server/share/sbdesk.db"))
    assert location_warnings(Path("/home/anna/Dropbox/sbdesk.db"))
    assert not location_warnings(Path("/home/anna/.local/share/sbdesk/sbdesk.db"))


def test_backup_folder_on_the_same_disk_is_warned(db_path: Path, tmp_path: Path) -> None:
    assert any("samma disk" in w for w in backup_folder_warnings(db_path, tmp_path))
    assert backup_folder_warnings(db_path, tmp_path / "finns-inte")


def test_cli_backup_and_restore(db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                capsys: pytest.CaptureFixture[str]) -> None:
    dest = tmp_path / "ut" / "kopia.db"
    monkeypatch.setattr(sys, "stdin", io.StringIO(PASSPHRASE + "\n"))
    assert main(["backup", str(db_path), str(dest), "--passphrase-stdin"]) == 0
    assert "kontrollerades" in capsys.readouterr().out
    monkeypatch.setattr(sys, "stdin", io.StringIO(PASSPHRASE + "\n"))
    assert main(["restore", str(dest), str(db_path), "--passphrase-stdin"]) == 0
    out = capsys.readouterr().out
    assert "återställdes" in out and "finns kvar" in out
    monkeypatch.setattr(sys, "stdin", io.StringIO(PASSPHRASE + "\n"))
    assert main(["verify", str(db_path), "--passphrase-stdin"]) == 0


def test_start_of_day_backup_uses_the_settings(ctx: ServiceContext, tmp_path: Path) -> None:
    from sbdesk.services.backups import backup_config, start_of_day_backup
    from sbdesk.services.settings import set_settings

    assert backup_config(ctx).folder == ctx.db.path.parent / "säkerhetskopior"
    folder = tmp_path / "annan-disk"
    folder.mkdir()
    set_settings(ctx, {"backup.folder": str(folder), "backup.keep_daily": "2", "backup.keep_weekly": "0"})
    for day in (1, 2, 3):
        made, warnings = start_of_day_backup(ctx, date(2026, 3, day))
        assert made is not None
    assert sorted(p.name for p in folder.glob("*.db")) == ["sbdesk-2026-03-02.db", "sbdesk-2026-03-03.db"]
    assert any("samma disk" in w for w in warnings)  # tmp_path is on the database's disk here
    assert start_of_day_backup(ctx, date(2026, 3, 3))[0] is None


def test_retention_policy_from_settings(ctx: ServiceContext) -> None:
    from sbdesk.services.retention import retention_policy
    from sbdesk.services.settings import set_settings

    assert retention_policy(ctx).years == 5
    set_settings(ctx, {"retention.years": "7", "retention.exempt_birth_days": "5, 15", "retention.keep_everything": True})
    policy = retention_policy(ctx)
    assert (policy.years, policy.exempt_birth_days, policy.keep_everything) == (7, (5, 15), True)


@pytest.mark.parametrize("suffix", ["", ".keys", ".lock", "-wal"])
def test_backup_refuses_the_database_and_its_files(ctx: ServiceContext, suffix: str) -> None:
    target = Path(str(ctx.db.path) + suffix)
    before = target.read_bytes() if target.exists() else None
    with pytest.raises(BackupFailed):
        make_backup(ctx, target)
    assert (target.read_bytes() if target.exists() else None) == before


def test_restore_only_reads_the_backup(demo_ctx: ServiceContext, db_path: Path, tmp_path: Path) -> None:
    folder = tmp_path / "kopior"
    make_backup(demo_ctx, folder / "b.db")
    demo_ctx.db.close()
    before = {p.name: p.read_bytes() for p in folder.iterdir()}
    restore(folder / "b.db", db_path, passphrase=PASSPHRASE)
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == before  # no lock, WAL or key rewrite
    assert not [p for p in db_path.parent.iterdir() if ".restoring" in p.name]


def test_backups_are_private_files(ctx: ServiceContext, tmp_path: Path) -> None:
    if os.name != "posix":
        pytest.skip("POSIX permissions only")
    make_backup(ctx, tmp_path / "b.db")
    for path in (tmp_path / "b.db", tmp_path / "b.db.keys"):
        assert path.stat().st_mode & 0o077 == 0


def test_pruning_never_deletes_the_open_database(tmp_path: Path) -> None:
    from sbdesk.services.settings import set_settings
    from tests.conftest import RECOVERY_KEY

    folder = tmp_path / "kopior"
    folder.mkdir()
    old = folder / "sbdesk-2020-01-01.db"  # a backup that someone opened directly
    db, _ = Database.create(old, PASSPHRASE, recovery_key=RECOVERY_KEY)
    ctx = ServiceContext(db, actor="IT")
    set_settings(ctx, {"backup.folder": str(folder)})
    run_daily_backup(ctx, folder, date(2026, 11, 27), keep_daily=1, keep_weekly=0)
    assert old.exists() and keyfile_path(old).exists()
    db.close()
