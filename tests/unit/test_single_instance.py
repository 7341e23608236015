"""Only one sbdesk may open a database at a time; the lock never outlives its process."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from sbdesk.errors import DatabaseInUse
from sbdesk.store.database import Database
from sbdesk.store.lockfile import lock_path
from tests.conftest import PASSPHRASE


def test_second_open_is_refused_with_a_clear_message(db_path: Path) -> None:
    first = Database.open(db_path, passphrase=PASSPHRASE)
    with pytest.raises(DatabaseInUse) as err:
        Database.open(db_path, passphrase=PASSPHRASE)
    assert err.value.code == "DATABASE_IN_USE"
    assert "redan öppen" in err.value.message
    first.close()
    Database.open(db_path, passphrase=PASSPHRASE).close()
    assert not lock_path(db_path).exists()  # nothing left beside the database


HOLDER = textwrap.dedent(
    """
    import sys, time
    sys.path.insert(0, {root!r})
    from sbdesk.store import keyslots
    keyslots.use_test_kdf(True)
    from sbdesk.store.database import Database
    db = Database.open({path!r}, passphrase={pw!r})
    print("open", flush=True)
    sys.stdin.readline()
    """
)


def test_another_process_is_refused_and_a_killed_holder_frees_the_lock(db_path: Path) -> None:
    root = str(Path(__file__).resolve().parents[2])
    code = HOLDER.format(root=root, path=str(db_path), pw=PASSPHRASE)
    holder = subprocess.Popen([sys.executable, "-c", code], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "open"
        with pytest.raises(DatabaseInUse):
            Database.open(db_path, passphrase=PASSPHRASE)
    finally:
        holder.kill()
        holder.wait(timeout=30)
    Database.open(db_path, passphrase=PASSPHRASE).close()  # the OS released the dead holder's lock


def test_a_locked_database_cannot_be_reached_through_the_old_context(db_path: Path) -> None:
    from sbdesk.errors import DatabaseLocked
    from sbdesk.services.cases import list_cases
    from sbdesk.services.context import ServiceContext

    db = Database.open(db_path, passphrase=PASSPHRASE)
    ctx = ServiceContext(db, actor="Test")
    list_cases(ctx)
    db.close()
    with pytest.raises(DatabaseLocked):
        list_cases(ctx)  # e.g. a timer firing after auto-lock
    with pytest.raises(DatabaseLocked):
        ctx.audit_standalone("should.not.happen")
    assert not any(db.data_key)


def test_two_threads_writing_at_once_both_succeed(db_path: Path) -> None:
    import threading

    from sbdesk.services.context import ServiceContext
    from sbdesk.services.housing import create_landlord, list_landlords
    from sbdesk.store.audit import verify_chain

    db = Database.open(db_path, passphrase=PASSPHRASE)
    ctx = ServiceContext(db, actor="Test")
    errors: list[BaseException] = []

    def writer(prefix: str) -> None:
        try:
            for i in range(25):
                create_landlord(ctx, {"name": f"{prefix} {i}", "kind": "private"})
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=writer, args=(p,)) for p in ("Tråd A", "Tråd B")]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    try:
        assert errors == []
        assert list_landlords(ctx).total == 50
        with db.sessions() as s:
            assert verify_chain(s, db.audit_key).ok
    finally:
        db.close()
