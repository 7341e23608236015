"""SQLCipher connections and the SQLAlchemy engine built on them (never at import time)."""

from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import SingletonThreadPool

from sbdesk.errors import DatabaseDamaged, DatabaseLocked, DatabaseMissing, NoEncryption

log = logging.getLogger(__name__)

PAGE_SIZE = 4096
# Decrypted-page cache per connection (KiB). A connection is kept per thread, so pages decrypted
# once stay decrypted while the database is unlocked; locking disposes of the engine.
CACHE_KIB = 65536
PLAIN_SQLITE_HEADER = b"SQLite format 3\x00"


def sqlcipher_module() -> Any:
    """The sqlcipher3 DB-API module, or NoEncryption when it is missing or unencrypted."""
    try:
        import sqlcipher3.dbapi2 as dbapi
    except ImportError as exc:  # pragma: no cover - depends on the installation
        raise NoEncryption() from exc
    probe = dbapi.connect(":memory:")
    try:
        row = probe.execute("PRAGMA cipher_version").fetchone()
    finally:
        probe.close()
    if not row or not row[0]:
        raise NoEncryption()
    return dbapi


def cipher_version() -> str:
    """Version string of the SQLCipher library in use."""
    dbapi = sqlcipher_module()
    con = dbapi.connect(":memory:")
    try:
        return str(con.execute("PRAGMA cipher_version").fetchone()[0])
    finally:
        con.close()


def _key_pragma(key: bytes) -> str:
    if len(key) != 32:
        raise ValueError("the data key must be 32 bytes")
    return f"PRAGMA key = \"x'{key.hex()}'\""


def check_file_shape(path: Path) -> None:
    """Cheap checks before opening: exists, whole pages, not a plain SQLite file."""
    if not path.is_file():
        raise DatabaseMissing(f"Databasfilen finns inte: {path.name}")
    size = path.stat().st_size
    if size == 0 or size % PAGE_SIZE:
        raise DatabaseDamaged()
    with path.open("rb") as fh:
        if fh.read(len(PLAIN_SQLITE_HEADER)) == PLAIN_SQLITE_HEADER:
            raise DatabaseDamaged(
                "Filen är en okrypterad SQLite-databas, inte en sbdesk-databas. Den har inte öppnats."
            )


def _lower(value: object) -> object:
    return value.lower() if isinstance(value, str) else value


def raw_connect(path: Path, key: bytes | None, *, create: bool = False) -> Any:
    """Open one keyed DB-API connection with sbdesk's pragmas; key=None only for benchmarks."""
    dbapi = sqlcipher_module()
    path = Path(path)
    if not create and key is not None:
        check_file_shape(path)
    # check_same_thread=False only so that locking can *close* a worker thread's connection from the
    # GUI thread; SingletonThreadPool still gives each thread its own connection, never shared in use,
    # and SQLCipher's SQLite is built THREADSAFE=1 (serialized).
    con = dbapi.connect(str(path), isolation_level=None, check_same_thread=False)
    try:
        con.execute("PRAGMA cipher_log_level = NONE")
        if key is not None:
            con.execute(_key_pragma(key))
        try:
            con.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except dbapi.DatabaseError as exc:
            # The key slot opened, so the key is right: an unreadable file is damage.
            raise DatabaseDamaged() from exc
        for pragma in (
            "PRAGMA foreign_keys = ON",
            "PRAGMA journal_mode = WAL",
            "PRAGMA synchronous = FULL",
            "PRAGMA secure_delete = ON",
            "PRAGMA temp_store = MEMORY",
            "PRAGMA busy_timeout = 5000",
            f"PRAGMA cache_size = -{CACHE_KIB}",
        ):
            con.execute(pragma)
        # Unicode-aware lower() (SQLite's own folds ASCII only), so "ÄLVSBYN" finds "Älvsbyn"
        # the same way it does on PostgreSQL.
        con.create_function("lower", 1, _lower, deterministic=True)
    except BaseException:
        con.close()
        raise
    return con


def verify_key(path: Path, key: bytes) -> None:
    """Open and close once; WrongPassphrase/DatabaseDamaged as raw_connect decides."""
    raw_connect(path, key).close()


def build_engine(path: Path, key: bytes | None, *, create: bool = False) -> Engine:
    """An engine with one keyed connection per thread (SingletonThreadPool; see docs/decisions.md).

    sqlcipher3 refuses to use a connection from another thread, and SingletonThreadPool never
    shares one: a QThread worker gets its own. Keeping the connection keeps its page cache warm,
    which measured 3x faster on register queries than a fresh connection per checkout (NullPool).
    """
    path = Path(path)
    first = {"create": create}
    held = bytearray(key) if key is not None else None  # wiped by close_engine()

    def connect() -> Any:
        if held is not None and not any(held):
            raise DatabaseLocked()
        con = raw_connect(path, bytes(held) if held is not None else None, create=first["create"])
        first["create"] = False
        if os.name == "posix":
            for suffix in ("", "-wal", "-shm"):
                sibling = Path(str(path) + suffix)
                if sibling.exists():
                    os.chmod(sibling, 0o600)
        return con

    engine = create_engine(
        "sqlite://", module=sqlcipher_module(), creator=connect, poolclass=SingletonThreadPool, pool_size=4,
        hide_parameters=True,  # SQL errors and logs never carry the values (names, personnummer)
    )

    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:  # proper transactions (pysqlite's own are unreliable)
        # Writes take the write lock up front (BEGIN IMMEDIATE): a read-then-write transaction (the
        # audit chain reads the last row, then appends) never fails halfway because another
        # connection committed in between; busy_timeout makes the second writer wait instead.
        conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get("sbdesk_write") else "BEGIN")

    engine.sbdesk_key = held  # type: ignore[attr-defined]
    return engine


def close_engine(engine: Engine) -> None:
    """Lock: close every connection and wipe the key the engine holds, so it cannot reconnect."""
    held = getattr(engine, "sbdesk_key", None)
    if held is not None:
        for i in range(len(held)):
            held[i] = 0
    engine.dispose()

