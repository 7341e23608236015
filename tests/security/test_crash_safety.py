"""Crash safety: a writer killed with SIGKILL at random moments never leaves a database that cannot
be opened, fails its checks, or lacks a row whose commit was reported."""

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

from sbdesk.store.database import Database
from sbdesk.store.verify import verify_database
from tests.conftest import PASSPHRASE

OTHER = "annan-lösenfras-77"

WRITER = textwrap.dedent(
    """
    import sys
    sys.path.insert(0, {root!r})
    from sbdesk.store import keyslots
    keyslots.use_test_kdf(True)
    from sbdesk.errors import WrongPassphrase
    from sbdesk.store.database import Database
    from sbdesk.services.context import ServiceContext
    from sbdesk.services.housing import create_landlord
    path, start = {path!r}, {start}
    for secret in ({pw!r}, {other!r}):
        try:
            db = Database.open(path, passphrase=secret)
            current = secret
            break
        except WrongPassphrase:
            continue
    ctx = ServiceContext(db, actor="Kraschtest")
    print("ready", flush=True)
    i = start
    while True:
        create_landlord(ctx, {{"name": f"Hyresvärd {{i}}", "kind": "private"}})
        print(f"committed {{i}}", flush=True)
        if i % 7 == 0:  # a passphrase change now and then: the key file is rewritten atomically
            new = {other!r} if current == {pw!r} else {pw!r}
            db.change_passphrase(current, new)
            current = new
            print(f"passphrase {{new}}", flush=True)
        i += 1
    """
)


def _open_either(path: Path) -> Database:
    from sbdesk.errors import WrongPassphrase

    try:
        return Database.open(path, passphrase=PASSPHRASE)
    except WrongPassphrase:
        return Database.open(path, passphrase=OTHER)


def kill_cycles(db_path: Path, cycles: int, seed: int) -> None:
    rng = random.Random(seed)
    root = str(Path(__file__).resolve().parents[2])
    committed: set[int] = set()
    start = 0
    for _ in range(cycles):
        code = WRITER.format(root=root, path=str(db_path), start=start, pw=PASSPHRASE, other=OTHER)
        proc = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == "ready"
        deadline = time.monotonic() + rng.uniform(0.0, 0.25)
        while time.monotonic() < deadline:
            line = proc.stdout.readline()
            if line.startswith("committed "):
                committed.add(int(line.split()[1]))
        os.kill(proc.pid, signal.SIGKILL)
        for line in proc.stdout:  # lines already written before the kill
            if line.startswith("committed "):
                committed.add(int(line.split()[1]))
        proc.wait(timeout=30)
        db = _open_either(db_path)  # always opens, with the old or the new passphrase
        try:
            report = verify_database(db)
            assert report.ok, report.lines()
            with db.engine.connect() as conn:
                names = {r[0] for r in conn.exec_driver_sql("SELECT name FROM landlord")}
            assert {f"Hyresvärd {i}" for i in committed} <= names
            start = max(committed, default=start) + 1000  # fresh names for the next writer
        finally:
            db.close()
    assert committed, "the writer never got to commit: the test proved nothing"


def test_killed_writer_leaves_a_sound_database(db_path: Path) -> None:
    kill_cycles(db_path, cycles=8, seed=1)


@pytest.mark.slow
def test_killed_writer_a_hundred_times(db_path: Path) -> None:
    kill_cycles(db_path, cycles=100, seed=2)
