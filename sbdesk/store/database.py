"""Create, unlock and open an encrypted sbdesk database with its key slots."""

from __future__ import annotations

import logging
import os
import shutil
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from sbdesk.errors import DatabaseDamaged, DatabaseExists, KeyFileDamaged, KeyringUnavailable, WrongPassphrase
from sbdesk.store import keyring_slot
from sbdesk.store.audit import derive_audit_key
from sbdesk.store.engine import build_engine, check_file_shape, close_engine, verify_key
from sbdesk.store.lockfile import DatabaseLock
from sbdesk.store.keyslots import (
    NEXT,
    PASSPHRASE,
    RECOVERY,
    KeySlotFile,
    check_passphrase_strength,
    generate_recovery_key,
    keyfile_path,
    normalise_recovery_key,
)
from sbdesk.store.migrate import schema_state, upgrade_to_head

log = logging.getLogger(__name__)


def sidecar_paths(db_path: Path) -> list[Path]:
    """The database file, its -wal and -shm."""
    return [Path(str(db_path) + suffix) for suffix in ("", "-wal", "-shm")]


@dataclass
class Database:
    """An unlocked database: engine, session factory, and the audit chain key."""

    path: Path
    db_id: str
    engine: Engine
    audit_key: bytes = field(repr=False)
    opened_with: str = "passphrase"
    data_key: bytearray = field(default_factory=bytearray, repr=False)
    lock: DatabaseLock | None = field(default=None, repr=False)
    # True when opening finished an interrupted key rotation: the recovery key that rotation made was
    # never shown, so the printed one no longer opens the database; the user must make a new one.
    recovery_key_stale: bool = False
    sessions: sessionmaker[Session] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self.sessions = sessionmaker(self.engine, expire_on_commit=False)

    @property
    def key_path(self) -> Path:
        """The key-slot file beside the database."""
        return keyfile_path(self.path)

    def close(self) -> None:
        """Close every connection, wipe the key the engine and this object hold, release the lock.

        Afterwards the engine refuses to connect (DatabaseLocked): code still running after a lock
        cannot quietly reopen the database.
        """
        close_engine(self.engine)
        self.audit_key = b""
        for i in range(len(self.data_key)):  # as far as Python allows: overwrite our copy
            self.data_key[i] = 0
        self.data_key = bytearray()
        if self.lock is not None:
            self.lock.release()

    # -- creating ---------------------------------------------------------------------------

    @classmethod
    def create(
        cls, path: Path, passphrase: str, *, recovery_key: str | None = None
    ) -> tuple[Database, str]:
        """A new encrypted database at head with its key file; returns it and the recovery key."""
        path = Path(path).expanduser().resolve()
        check_passphrase_strength(passphrase)
        key_path = keyfile_path(path)
        if any(p.exists() for p in [*sidecar_paths(path), key_path]):
            raise DatabaseExists()
        path.parent.mkdir(parents=True, exist_ok=True)
        lock = DatabaseLock(path)
        lock.acquire()
        recovery_key = normalise_recovery_key(recovery_key or generate_recovery_key())
        slots, data_key = KeySlotFile.create(passphrase, recovery_key)
        try:
            engine = build_engine(path, data_key, create=True)
        except BaseException:
            lock.release()
            raise
        try:
            upgrade_to_head(engine)
            slots.save(key_path)
        except BaseException:
            engine.dispose()
            lock.release()
            for leftover in [*sidecar_paths(path), key_path, lock.path]:
                leftover.unlink(missing_ok=True)
            raise
        db = cls(path, slots.db_id, engine, derive_audit_key(data_key), data_key=bytearray(data_key), lock=lock)
        return db, recovery_key

    # -- opening ----------------------------------------------------------------------------

    @classmethod
    def open(
        cls,
        path: Path,
        *,
        passphrase: str | None = None,
        recovery_key: str | None = None,
        upgrade: bool = True,
    ) -> Database:
        """Unlock with the passphrase (or the recovery key); upgrade an older schema after a backup."""
        path = Path(path).expanduser().resolve()
        check_file_shape(path)
        slots = KeySlotFile.load(keyfile_path(path))
        if recovery_key is not None:
            kind, secret, how = RECOVERY, normalise_recovery_key(recovery_key), "recovery_key"
        elif passphrase is not None:
            kind, secret, how = PASSPHRASE, passphrase, "passphrase"
        else:
            raise ValueError("a passphrase or a recovery key is needed")
        data_key = slots.open_slot(kind, secret)
        lock = DatabaseLock(path)
        lock.acquire()
        completed = False
        try:
            slots = KeySlotFile.load(keyfile_path(path))  # as it is now that we hold the lock
            if slots.has_next():
                data_key, completed = _settle_rotation(path, slots, kind, secret, data_key)
        except BaseException:
            lock.release()
            raise
        db = cls._open_with_key(path, slots.db_id, data_key, how, upgrade=upgrade, lock=lock)
        db.recovery_key_stale = completed
        return db

    @classmethod
    def open_with_keyring(cls, path: Path, *, upgrade: bool = True) -> Database:
        """Unlock with the key remembered in the OS keyring; KeyringUnavailable → ask for passphrase."""
        path = Path(path).expanduser().resolve()
        check_file_shape(path)
        slots = KeySlotFile.load(keyfile_path(path))
        data_key = keyring_slot.load_key(slots.db_id)
        try:
            verify_key(path, data_key)
        except Exception as exc:
            # A stale key (database restored or replaced): fall back to the passphrase.
            raise KeyringUnavailable(
                "Nyckeln i nyckelringen passar inte längre den här databasen. Ange lösenfrasen."
            ) from exc
        return cls._open_with_key(path, slots.db_id, data_key, "keyring", upgrade=upgrade)

    @classmethod
    def _open_with_key(
        cls, path: Path, db_id: str, data_key: bytes, how: str, *, upgrade: bool, lock: DatabaseLock | None = None
    ) -> Database:
        if lock is None:
            lock = DatabaseLock(path)
            lock.acquire()
        try:
            verify_key(path, data_key)
        except BaseException:
            lock.release()
            raise
        engine = build_engine(path, data_key)
        try:
            if schema_state(engine) == "older" and upgrade:
                backup = path.with_name(f"{path.name}.före-uppgradering-{datetime.now(UTC):%Y%m%dT%H%M%S}")
                copy_database_files(path, backup)
                log.info("schema upgrade: backup written before migrating")
                upgrade_to_head(engine)
        except BaseException:
            engine.dispose()
            lock.release()
            raise
        return cls(path, db_id, engine, derive_audit_key(data_key), opened_with=how,
                   data_key=bytearray(data_key), lock=lock)

    # -- key management ---------------------------------------------------------------------

    def change_passphrase(self, old: str, new: str) -> None:
        """Rewrap the passphrase slot (the database is not re-encrypted)."""
        check_passphrase_strength(new)
        slots = KeySlotFile.load(self.key_path)
        data_key = slots.open_slot(PASSPHRASE, old)
        slots.set_slot(PASSPHRASE, new, data_key)
        slots.save(self.key_path)

    def reset_passphrase(self, recovery_key: str, new: str) -> None:
        """Set a new passphrase using the recovery key (when the passphrase is forgotten)."""
        check_passphrase_strength(new)
        slots = KeySlotFile.load(self.key_path)
        data_key = slots.open_slot(RECOVERY, normalise_recovery_key(recovery_key))
        slots.set_slot(PASSPHRASE, new, data_key)
        slots.save(self.key_path)

    def new_recovery_key(self, passphrase: str) -> str:
        """Replace the recovery key (the old one stops opening this file, not old backups)."""
        slots = KeySlotFile.load(self.key_path)
        data_key = slots.open_slot(PASSPHRASE, passphrase)
        recovery = generate_recovery_key()
        slots.set_slot(RECOVERY, recovery, data_key)
        slots.save(self.key_path)
        return recovery

    def remember_in_keyring(self, passphrase: str) -> None:
        """Opt in: store the data key in the OS keyring (KeyringUnavailable on failure)."""
        data_key = KeySlotFile.load(self.key_path).open_slot(PASSPHRASE, passphrase)
        keyring_slot.store_key(self.db_id, data_key)

    def forget_keyring(self) -> None:
        """Opt out: remove the data key from the OS keyring."""
        keyring_slot.forget_key(self.db_id)


def _settle_rotation(path: Path, slots: KeySlotFile, kind: str, secret: str, current: bytes
                     ) -> tuple[bytes, bool]:
    """Finish or undo a data-key rotation that was interrupted (see store/rotation.py); the key that
    opens the database, and True when the rotation was finished (its recovery key was never shown)."""
    try:
        verify_key(path, current)
        slots.drop_next()  # the database still has the old key: the rotation never happened
        slots.save(keyfile_path(path))
        return current, False
    except DatabaseDamaged:
        pass
    try:
        new_key = slots.open_slot(NEXT + kind, secret)
    except (WrongPassphrase, KeyFileDamaged):
        raise DatabaseDamaged() from None
    verify_key(path, new_key)  # DatabaseDamaged if neither key opens it
    slots.promote_next()  # the database has the new key: finish the rotation
    slots.save(keyfile_path(path))
    log.info("an interrupted data-key rotation was completed")
    return new_key, True


def copy_database_files(db_path: Path, dest: Path) -> None:
    """Copy an encrypted database (checkpointed by the caller or closed) and its key file."""
    tmp = dest.with_name(dest.name + ".tmp")
    for src, dst in ((db_path, dest), (keyfile_path(db_path), keyfile_path(dest))):
        shutil.copyfile(src, tmp)
        with tmp.open("rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, dst)
    wal = Path(str(db_path) + "-wal")
    if wal.exists() and wal.stat().st_size:
        shutil.copyfile(wal, Path(str(dest) + "-wal"))
