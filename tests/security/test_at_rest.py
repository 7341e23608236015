"""What lies on disk: no plaintext in the database, its WAL or shared memory; not readable as SQLite."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from sbdesk.services.context import ServiceContext
from sbdesk.services.demo import LANDLORDS, fill_demo
from sbdesk.store.database import Database, sidecar_paths
from sbdesk.store.seed import load_municipalities
from tests.conftest import PASSPHRASE

NEEDLES = [m["name"] for m in load_municipalities() if len(m["name"]) >= 6][:60] + [
    "Västerås", "Stockholm", "Demo Handläggare", "Andersson", "Björkvägen",
    *(name for name, _ in LANDLORDS),
]


@pytest.fixture(scope="module")
def demo_files(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, bytes], list[str]]:
    """A demo database captured while open (so -wal and -shm exist), plus the names it holds."""
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    db, _ = Database.create(path, PASSPHRASE)
    ctx = ServiceContext(db)
    fill_demo(ctx, apartments=40, cases=6)
    from sbdesk.services.cases import list_cases, reveal_identity

    names = [
        i.last_name for c in list_cases(ctx).rows for i in reveal_identity(ctx, c.id, reason="test")
    ]
    with db.engine.connect() as conn:  # keep a connection so the WAL is not folded away
        files = {p.name: p.read_bytes() for p in sidecar_paths(path) if p.exists()}
        conn.exec_driver_sql("SELECT 1")
    db.close()
    return path, files, names


def test_wal_and_shm_exist_while_open(demo_files: tuple[Path, dict[str, bytes], list[str]]) -> None:
    _, files, _ = demo_files
    assert {"demo.db", "demo.db-wal"} <= set(files)


def test_no_plaintext_in_database_wal_or_shm(demo_files: tuple[Path, dict[str, bytes], list[str]]) -> None:
    _, files, names = demo_files
    # Short needles ("Ali") turn up by chance in ciphertext: 3 random bytes match ~2 % of the time.
    needles = [n for n in NEEDLES + names if len(n) >= 6]
    assert len(needles) > 50
    for name, data in files.items():
        for needle in needles:
            for encoding in ("utf-8", "utf-16-le"):
                assert needle.encode(encoding) not in data, f"{needle!r} in clear in {name}"
        assert b"CREATE TABLE" not in data


def test_header_is_not_sqlite(demo_files: tuple[Path, dict[str, bytes], list[str]]) -> None:
    _, files, _ = demo_files
    assert not files["demo.db"].startswith(b"SQLite format 3")


def test_python_sqlite3_cannot_read_it(demo_files: tuple[Path, dict[str, bytes], list[str]]) -> None:
    path, _, _ = demo_files
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    with pytest.raises(sqlite3.DatabaseError):
        con.execute("SELECT * FROM sqlite_master").fetchall()
    con.close()


def test_files_are_private_to_the_user(demo_files: tuple[Path, dict[str, bytes], list[str]]) -> None:
    import os

    path, _, _ = demo_files
    if os.name != "posix":
        pytest.skip("POSIX permissions only")
    for p in [path, path.with_name(path.name + ".keys")]:
        assert p.stat().st_mode & 0o077 == 0, p.name
