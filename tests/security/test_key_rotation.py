"""Rotating the data key: data and audit chain survive; an interruption at any step leaves a database
that opens with the passphrase; the old recovery key stops working."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from sbdesk.errors import WrongPassphrase
from sbdesk.services.context import ServiceContext
from sbdesk.services.demo import fill_demo
from sbdesk.services import unlock
from sbdesk.store import rotation
from sbdesk.store.backup import table_counts
from sbdesk.store.database import Database
from sbdesk.store.keyslots import KeySlotFile, keyfile_path
from sbdesk.store.verify import verify_database
from tests.conftest import COORDINATOR, PASSPHRASE, RECOVERY_KEY


def _sound(path: Path, counts: dict[str, int] | None = None) -> Database:
    db = Database.open(path, passphrase=PASSPHRASE)
    report = verify_database(db)
    assert report.ok, report.lines()
    if counts is not None:
        now = table_counts(db)
        assert {k: v for k, v in now.items() if k not in ("audit_event", "setting")} == {
            k: v for k, v in counts.items() if k not in ("audit_event", "setting")}
    assert not KeySlotFile.load(keyfile_path(path)).has_next()
    return db


def test_rotation_keeps_data_and_chain_and_replaces_the_recovery_key(db_path: Path) -> None:
    db = Database.open(db_path, passphrase=PASSPHRASE)
    fill_demo(ServiceContext(db), apartments=10, cases=3)
    counts = table_counts(db)
    old_key = bytes(db.data_key)
    new_recovery = rotation.rotate_data_key(db, PASSPHRASE, actor=COORDINATOR)
    assert bytes(db.data_key) != old_key
    ServiceContext(db, actor=COORDINATOR).audit_standalone("after.rotation")  # new events, new chain key
    assert verify_database(db).ok
    db.close()
    _sound(db_path, counts).close()
    with pytest.raises(WrongPassphrase):
        Database.open(db_path, recovery_key=RECOVERY_KEY)
    Database.open(db_path, recovery_key=new_recovery).close()


def test_wrong_passphrase_changes_nothing(db: Database, db_path: Path) -> None:
    before = keyfile_path(db_path).read_bytes()
    with pytest.raises(WrongPassphrase):
        rotation.rotate_data_key(db, "inte-rätt-lösen", actor=COORDINATOR)
    assert keyfile_path(db_path).read_bytes() == before


@pytest.mark.parametrize("fail_at", ["check_copy", "replace", "after_replace", "promote"])
def test_an_interruption_at_any_step_leaves_a_database_that_opens(
        db_path: Path, monkeypatch: pytest.MonkeyPatch, fail_at: str) -> None:
    db = Database.open(db_path, passphrase=PASSPHRASE)
    fill_demo(ServiceContext(db), apartments=5, cases=2)
    counts = table_counts(db)

    def boom(*_a: object, **_k: object) -> None:
        raise KeyboardInterrupt("avbrott")  # like a kill: nothing after it runs

    if fail_at == "check_copy":
        monkeypatch.setattr(rotation, "check_copy", boom)
    elif fail_at == "replace":
        monkeypatch.setattr(rotation.os, "replace", boom)
    elif fail_at == "after_replace":
        monkeypatch.setattr(rotation, "fsync_dir", boom)
    else:
        monkeypatch.setattr(KeySlotFile, "promote_next", boom)
    with pytest.raises(KeyboardInterrupt):
        rotation.rotate_data_key(db, PASSPHRASE, actor=COORDINATOR)
    monkeypatch.undo()
    db.engine.dispose()
    if db.lock is not None:
        db.lock.release()
    _sound(db_path, counts).close()


ROTATOR = textwrap.dedent(
    """
    import sys
    sys.path.insert(0, {root!r})
    from sbdesk.store import keyslots
    keyslots.use_test_kdf(True)
    from sbdesk.store.database import Database
    from sbdesk.store.rotation import rotate_data_key
    db = Database.open({path!r}, passphrase={pw!r})
    print("ready", flush=True)
    while True:
        rotate_data_key(db, {pw!r}, actor="Kraschtest")
    """
)


def test_rotation_killed_at_random_moments(db_path: Path) -> None:
    rng = random.Random(7)
    root = str(Path(__file__).resolve().parents[2])
    db = Database.open(db_path, passphrase=PASSPHRASE)
    fill_demo(ServiceContext(db), apartments=5, cases=2)
    counts = table_counts(db)
    db.close()
    for _ in range(6):
        proc = subprocess.Popen([sys.executable, "-c", ROTATOR.format(root=root, path=str(db_path), pw=PASSPHRASE)],
                                stdout=subprocess.PIPE, text=True)
        assert proc.stdout is not None and proc.stdout.readline().strip() == "ready"
        time.sleep(rng.uniform(0.0, 0.3))  # a random moment inside the rotation loop (not a test wait)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
        _sound(db_path, counts).close()


@pytest.mark.parametrize(("fail_at", "stale"), [("check_copy", False), ("promote", True)])
def test_a_finished_interrupted_rotation_says_the_printed_recovery_key_is_stale(
        db_path: Path, monkeypatch: pytest.MonkeyPatch, fail_at: str, stale: bool) -> None:
    db = Database.open(db_path, passphrase=PASSPHRASE)

    def boom(*_a: object, **_k: object) -> None:
        raise KeyboardInterrupt("avbrott")

    if fail_at == "check_copy":
        monkeypatch.setattr(rotation, "check_copy", boom)
    else:
        monkeypatch.setattr(KeySlotFile, "promote_next", boom)
    with pytest.raises(KeyboardInterrupt):
        rotation.rotate_data_key(db, PASSPHRASE, actor=COORDINATOR)
    monkeypatch.undo()
    db.engine.dispose()
    if db.lock is not None:
        db.lock.release()
    ctx = unlock.unlock(db_path, passphrase=PASSPHRASE)
    try:
        assert ctx.db.recovery_key_stale is stale  # the start flow then asks for a new recovery key
    finally:
        ctx.db.close()
    ctx = unlock.unlock(db_path, passphrase=PASSPHRASE)  # still stale until a new key is made
    assert ctx.db.recovery_key_stale is stale
    if stale:
        new_key = unlock.new_recovery_key(ctx, PASSPHRASE)
        assert not ctx.db.recovery_key_stale
        ctx.db.close()
        assert not unlock.unlock(db_path, recovery_key=new_key).db.recovery_key_stale
    else:
        ctx.db.close()
