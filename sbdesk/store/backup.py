"""Encrypted backups (sqlcipher_export into an attached copy, with the key slots) and restore.

A backup is two files: DEST (the encrypted database, same data key) and DEST.keys (the key slots
it was made with, so the passphrase and recovery key of that day open it). Both are written to a
temporary name, fsynced, verified, then renamed into place.
"""

from __future__ import annotations

import logging
import os
import shutil
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sbdesk.errors import DatabaseDamaged, DatabaseExists, SbdeskError
from sbdesk.store.atomic import fsync_dir
from sbdesk.store.database import Database, sidecar_paths
from sbdesk.store.engine import check_file_shape, raw_connect
from sbdesk.store.keyslots import KeySlotFile, keyfile_path
from sbdesk.store.lockfile import DatabaseLock, lock_path

log = logging.getLogger(__name__)


class BackupFailed(SbdeskError):
    """Writing or checking a backup failed; the previous backup (if any) is untouched."""

    code = "BACKUP_FAILED"
    default_message = "Säkerhetskopian kunde inte skapas. Tidigare säkerhetskopior är orörda."


@dataclass(frozen=True)
class BackupCheck:
    """What a backup holds: its tables' row counts (for comparing with the source)."""

    tables: dict[str, int]


def _fsync(path: Path) -> None:
    with path.open("rb+") as fh:
        os.fsync(fh.fileno())


def check_copy(path: Path, key: bytes) -> BackupCheck:
    """Open a copy with key and run the integrity checks; DatabaseDamaged when they fail."""
    con = raw_connect(path, key)
    try:
        if con.execute("PRAGMA cipher_integrity_check").fetchall():
            raise DatabaseDamaged("Säkerhetskopian är skadad (krypteringskontrollen misslyckades).")
        if [r[0] for r in con.execute("PRAGMA integrity_check")] != ["ok"]:
            raise DatabaseDamaged("Säkerhetskopian är skadad (databaskontrollen misslyckades).")
        names = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")]
        return BackupCheck({n: con.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0] for n in names})
    finally:
        con.close()


def table_counts(db: Database) -> dict[str, int]:
    """Row counts per table of an open database."""
    with db.engine.connect() as conn:
        names = [r[0] for r in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")]
        return {n: conn.exec_driver_sql(f'SELECT count(*) FROM "{n}"').scalar() or 0 for n in names}


def write_backup(db: Database, dest: Path) -> BackupCheck:
    """Export db into an encrypted copy at dest (+ dest.keys), verified before it replaces anything."""
    dest = Path(dest).expanduser().resolve()
    own = [*sidecar_paths(db.path), keyfile_path(db.path), lock_path(db.path)]
    if any(dest == p or str(dest).casefold() == str(p).casefold() for p in own) or (
            dest.exists() and dest.samefile(db.path)):
        raise BackupFailed("Säkerhetskopian kan inte skrivas över databasen eller dess filer. Välj ett annat namn.")
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest.with_name(f".{dest.name}.{uuid.uuid4().hex[:8]}.tmp")
    tmp_keys = keyfile_path(tmp)
    key = bytes(db.data_key)
    try:
        with db.engine.connect() as conn:
            raw = conn.connection.dbapi_connection
            assert raw is not None
            raw.execute(f"ATTACH DATABASE ? AS backup KEY \"x'{key.hex()}'\"", (str(tmp),))
            try:
                raw.execute("SELECT sqlcipher_export('backup')")
            finally:
                raw.execute("DETACH DATABASE backup")
        os.chmod(tmp, 0o600)
        _fsync(tmp)
        shutil.copyfile(db.key_path, tmp_keys)
        os.chmod(tmp_keys, 0o600)
        _fsync(tmp_keys)
        expected = table_counts(db)
        check = check_copy(tmp, key)
        if check.tables != expected:
            raise BackupFailed("Säkerhetskopian stämmer inte med databasen (antal rader skiljer sig).")
        KeySlotFile.load(tmp_keys)  # the slots we ship must parse
        os.replace(tmp_keys, keyfile_path(dest))
        os.replace(tmp, dest)
        fsync_dir(dest.parent)
    except SbdeskError:
        raise
    except Exception as exc:
        log.exception("backup failed")
        raise BackupFailed() from exc
    finally:
        for leftover in (tmp, tmp_keys, Path(str(tmp) + "-wal"), Path(str(tmp) + "-shm")):
            leftover.unlink(missing_ok=True)
    return check


def restore_backup(backup: Path, target: Path, *, passphrase: str | None = None,
                   recovery_key: str | None = None) -> Path | None:
    """Copy the backup beside target, verify the copy (with the backup's own key slots), then swap.

    The backup itself is only read (it may sit on read-only media). The target's lock is held
    throughout, so sbdesk cannot open the database mid-swap. The replaced database (if any) is kept
    as '<target>.före-återställning-<time>'; returns that path.
    """
    backup, target = Path(backup).expanduser().resolve(), Path(target).expanduser().resolve()
    check_file_shape(backup)
    incoming = target.with_name(f".{target.name}.restoring.tmp")
    guard = DatabaseLock(target)
    guard.acquire()  # DatabaseInUse while sbdesk has the database open: never swap under it
    try:
        try:
            for src, dst in ((backup, incoming), (keyfile_path(backup), keyfile_path(incoming))):
                shutil.copyfile(src, dst)
                os.chmod(dst, 0o600)
                _fsync(dst)
            opened = Database.open(incoming, passphrase=passphrase, recovery_key=recovery_key, upgrade=False)
            key = bytes(opened.data_key)
            opened.close()
            check_copy(incoming, key)
        except BaseException:
            for leftover in (*sidecar_paths(incoming), keyfile_path(incoming)):
                leftover.unlink(missing_ok=True)
            raise
        kept: Path | None = None
        if target.exists():
            kept = target.with_name(f"{target.name}.före-återställning-{datetime.now(UTC):%Y%m%dT%H%M%S}")
            if kept.exists():
                raise DatabaseExists()
            os.replace(target, kept)
            if keyfile_path(target).exists():
                os.replace(keyfile_path(target), keyfile_path(kept))
            for side in sidecar_paths(target)[1:]:
                if side.exists():
                    os.replace(side, Path(str(kept) + side.name.removeprefix(target.name)))
        try:
            os.replace(keyfile_path(incoming), keyfile_path(target))
            os.replace(incoming, target)
            for side in sidecar_paths(incoming)[1:]:
                side.unlink(missing_ok=True)
            fsync_dir(target.parent)
        except BaseException:
            if kept is not None:  # put the old database back
                os.replace(kept, target)
                if keyfile_path(kept).exists():
                    os.replace(keyfile_path(kept), keyfile_path(target))
            raise
        return kept
    finally:
        guard.release()
