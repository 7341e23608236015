"""Retention (gallring): what is due, exemptions, and a purge that leaves no trace of the text."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import text

from sbdesk.errors import ValidationError
from sbdesk.services.backups import make_backup, run_daily_backup
from sbdesk.services.cases import create_case, list_cases
from sbdesk.services.context import ServiceContext
from sbdesk.services.retention import (
    RetentionPolicy,
    due_for_purge,
    purge,
    purge_old_backups,
    refresh_backups_after_purge,
    set_exempt,
)
from sbdesk.store.database import Database
from sbdesk.services import requests
from tests.conftest import PASSPHRASE
from tests.security.sqlcipher_pages import decrypted_pages

SENTINEL = "SENTINEL-gallra-mig-7f3a"
TODAY = date(2026, 11, 27)


def _case(ctx: ServiceContext, status: str = "closed", sentinel: str = SENTINEL, birth_day: int = 3) -> int:
    row = create_case(ctx, {"protection_level": "protected_registration", "risk_level": "high", "status": status,
                            "notes": f"Anteckning {sentinel}", "wishes": f"Önskar {sentinel}"},
                      [{"role": "applicant", "birth_year": 1985,
                        "identity": {"first_name": "Testa", "last_name": f"Person{sentinel[:8]}",
                                     "personal_number": "19121212-1212" if birth_day == 12 else None,
                                     "address": f"Gatan 1 {sentinel}"}}])
    return row.id


def _age(ctx: ServiceContext, case_id: int, years: int) -> None:
    """Pretend the last entry was long ago (tests only write timestamps directly)."""
    old = datetime.now(UTC) - timedelta(days=365 * years + 2)
    with ctx.db.engine.begin() as conn:
        conn.execute(text('UPDATE "case" SET updated_at = :t WHERE id = :i'), {"t": old, "i": case_id})
        conn.execute(text("UPDATE person SET updated_at = :t WHERE id IN (SELECT person_id FROM household_member "
                          "WHERE case_id = :i)"), {"t": old, "i": case_id})


def test_only_closed_cases_past_the_period_are_due(ctx: ServiceContext) -> None:
    old_closed = _case(ctx)
    _age(ctx, old_closed, 6)
    recent_closed = _case(ctx)
    _age(ctx, recent_closed, 2)
    old_open = _case(ctx, status="waiting")
    _age(ctx, old_open, 6)
    due = due_for_purge(ctx, date.today())
    assert [d.id for d in due] == [old_closed]
    assert due[0].deadline == date(due[0].due.year + 1, 12, 31)
    assert due_for_purge(ctx, date.today(), RetentionPolicy(keep_everything=True)) == []


def test_exemptions(ctx: ServiceContext) -> None:
    exempted = _case(ctx)
    _age(ctx, exempted, 6)
    set_exempt(ctx, exempted, True, "Dokumenthanteringsplan 4.2")
    sample = _case(ctx, birth_day=12)
    _age(ctx, sample, 6)
    assert due_for_purge(ctx, date.today(), RetentionPolicy(exempt_birth_days=(12,))) == []
    with pytest.raises(ValidationError):
        set_exempt(ctx, exempted, False, " ")


def test_purge_refuses_cases_that_are_not_due(ctx: ServiceContext) -> None:
    recent = _case(ctx)
    with pytest.raises(ValidationError) as err:
        purge(ctx, [recent], date.today())
    assert err.value.error_code == "NOT_DUE"


def test_purge_leaves_no_trace_in_tables_free_pages_or_kept_backups(ctx: ServiceContext, tmp_path: Path) -> None:
    folder = tmp_path / "kopior"
    folder.mkdir()
    keep = _case(ctx, sentinel="BEHALL-mig-1234")
    doomed = _case(ctx, status="waiting")
    request = requests.create_outgoing(ctx, doomed, "1984", notes=f"Om hushållet {SENTINEL}")
    requests.send(ctx, request.id, note=f"Bilaga {SENTINEL}")
    requests.decline(ctx, request.id, f"Skäl {SENTINEL}")
    with ctx.db.engine.begin() as conn:
        conn.execute(text("UPDATE \"case\" SET status = 'closed' WHERE id = :i"), {"i": doomed})
    _age(ctx, doomed, 6)
    run_daily_backup(ctx, folder, TODAY - timedelta(days=1))
    key = bytes(ctx.db.data_key)
    with ctx.db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    before = b"".join(decrypted_pages(ctx.db.path, key))
    assert SENTINEL.encode() in before  # the page decryption works: the text is there before

    assert purge(ctx, [doomed], date.today(), reason="Gallring 2026") == 1
    refresh_backups_after_purge(ctx, folder, TODAY)

    with ctx.db.engine.connect() as conn:  # no table holds it
        for (table,) in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type='table'").fetchall():
            for row in conn.exec_driver_sql(f'SELECT * FROM "{table}"'):
                assert SENTINEL not in " ".join(str(v) for v in row), table
    after = b"".join(decrypted_pages(ctx.db.path, key))
    assert SENTINEL.encode() not in after  # nor any free page (secure_delete)
    assert b"BEHALL-mig-1234" in after  # what was not purged is still there
    wal = Path(str(ctx.db.path) + "-wal")
    assert not wal.exists() or SENTINEL.encode() not in wal.read_bytes()
    kept = sorted(folder.glob("*.db"))
    assert kept and all(SENTINEL.encode() not in b"".join(decrypted_pages(p, key)) for p in kept)
    rows = {r.id: r for r in list_cases(ctx).rows}
    assert rows[doomed].pseudonym == "Gallrad" and rows[doomed].household_size == 1  # counts kept
    assert rows[keep].pseudonym != "Gallrad"
    kept_request = requests.get_request(ctx, request.id).row  # the request and its dates stay for statistics
    assert kept_request.sent_on is not None and kept_request.status.value == "declined"
    with ctx.db.engine.connect() as conn:
        assert conn.exec_driver_sql(
            "SELECT count(*) FROM audit_event WHERE action = 'retention.purge'").scalar() == 1


def test_old_automatic_backups_are_deleted(ctx: ServiceContext, tmp_path: Path) -> None:
    folder = tmp_path / "kopior"
    folder.mkdir()
    make_backup(ctx, folder / "sbdesk-2019-01-01.db")
    make_backup(ctx, folder / "sbdesk-2026-11-01.db")
    removed = purge_old_backups(folder, TODAY)
    assert [p.name for p in removed] == ["sbdesk-2019-01-01.db"]
    assert sorted(p.name for p in folder.iterdir()) == ["sbdesk-2026-11-01.db", "sbdesk-2026-11-01.db.keys"]


def test_purged_database_still_verifies(ctx: ServiceContext, db_path: Path) -> None:
    from sbdesk.store.verify import verify_database

    doomed = _case(ctx)
    _age(ctx, doomed, 6)
    purge(ctx, [doomed], date.today())
    assert verify_database(ctx.db).ok
    ctx.db.close()
    Database.open(db_path, passphrase=PASSPHRASE).close()


def test_purge_replaces_manual_copies_and_kept_old_databases(ctx: ServiceContext, tmp_path: Path) -> None:
    folder = tmp_path / "kopior"
    folder.mkdir()
    doomed = _case(ctx)
    _age(ctx, doomed, 6)
    make_backup(ctx, folder / "sbdesk-kopia-2026-11-01.db")
    kept_old = ctx.db.path.with_name(ctx.db.path.name + ".före-återställning-20261101T120000")
    make_backup(ctx, kept_old)
    purge(ctx, [doomed], date.today())
    removed = refresh_backups_after_purge(ctx, folder, TODAY)
    assert {p.name for p in removed} == {"sbdesk-kopia-2026-11-01.db", kept_old.name}
    assert not kept_old.exists() and sorted(p.name for p in folder.iterdir()) == [
        "sbdesk-2026-11-27.db", "sbdesk-2026-11-27.db.keys"]


def test_restoring_a_backup_made_before_a_purge_purges_again(ctx: ServiceContext, tmp_path: Path) -> None:
    from sbdesk.services.backups import restore

    doomed = _case(ctx)
    _age(ctx, doomed, 6)
    before_purge = tmp_path / "fore-gallring.db"
    make_backup(ctx, before_purge)  # a copy outside the backup folder, which refresh cannot know of
    purge(ctx, [doomed], date.today(), reason="Gallring 2026")
    path = ctx.db.path
    ctx.db.close()
    done = restore(before_purge, path, passphrase=PASSPHRASE, actor="Testa Testsson")
    assert done.purged_again == 1
    db = Database.open(path, passphrase=PASSPHRASE)
    try:
        with db.engine.connect() as conn:
            for (table,) in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type='table'").fetchall():
                for row in conn.exec_driver_sql(f'SELECT * FROM "{table}"'):
                    assert SENTINEL not in " ".join(str(v) for v in row), table
            reasons = [r for (r,) in conn.exec_driver_sql(
                "SELECT reason FROM audit_event WHERE action = 'retention.purge' ORDER BY id")]
        assert reasons[-1] == "Gallrad igen: säkerhetskopian gjordes före gallringen"
    finally:
        db.close()
