"""Rotating the data key, crash-safe: a kill at any moment leaves a database that opens.

1. The key file gets next_ slots holding a new random key (under the same passphrase and a new
   recovery key); the old slots stay. 2. The audit log closes its epoch under the old chain key.
3. The database is exported into a copy encrypted with the new key, checked, and renamed over the
   original (after a full checkpoint, so no old WAL is left behind). 4. The next_ slots replace the
   old ones. Opening settles an interruption (Database.open → _settle_rotation): whichever key the
   file on disk has wins.
"""

from __future__ import annotations

import logging
import os
import secrets
import uuid
from pathlib import Path

from sbdesk.store import keyring_slot
from sbdesk.store.atomic import fsync_dir
from sbdesk.store.audit import append_event, close_epoch, derive_audit_key
from sbdesk.store.backup import BackupFailed, check_copy, table_counts
from sbdesk.store.database import Database, sidecar_paths
from sbdesk.store.engine import build_engine
from sbdesk.store.keyslots import NEXT, PASSPHRASE, RECOVERY, KeySlotFile, generate_recovery_key

log = logging.getLogger(__name__)


def rotate_data_key(db: Database, passphrase: str, *, actor: str) -> str:
    """Re-encrypt the database under a new random key; returns the new recovery key (show it once)."""
    slots = KeySlotFile.load(db.key_path)
    old_key = slots.open_slot(PASSPHRASE, passphrase)  # WrongPassphrase before anything changes
    new_key = secrets.token_bytes(32)
    recovery = generate_recovery_key()
    slots.set_slot(NEXT + PASSPHRASE, passphrase, new_key)
    slots.set_slot(NEXT + RECOVERY, recovery, new_key)
    slots.save(db.key_path)  # step 1

    tmp = db.path.with_name(f".{db.path.name}.{uuid.uuid4().hex[:8]}.rekey")
    replaced = False
    try:
        with db.sessions.begin() as session:  # step 2
            event = append_event(session, db.audit_key, actor=actor, action="key.rotate")
            close_epoch(session, db.audit_key, event.id)
        expected = table_counts(db)
        # step 3
        with db.engine.connect() as conn:
            raw = conn.connection.dbapi_connection
            assert raw is not None
            raw.execute(f"ATTACH DATABASE ? AS rekeyed KEY \"x'{new_key.hex()}'\"", (str(tmp),))
            try:
                raw.execute("SELECT sqlcipher_export('rekeyed')")
            finally:
                raw.execute("DETACH DATABASE rekeyed")
        with tmp.open("rb+") as fh:
            os.fsync(fh.fileno())
        if check_copy(tmp, new_key).tables != expected:
            raise BackupFailed("Omkrypteringen gav en kopia som inte stämmer; databasen är oförändrad.")
        with db.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        db.engine.dispose()  # closes every connection: the WAL is folded in and removed
        for side in sidecar_paths(db.path)[1:]:
            if side.exists() and side.stat().st_size and side.name.endswith("-wal"):
                raise BackupFailed("Databasen används fortfarande; omkrypteringen avbröts.")
            side.unlink(missing_ok=True)
        os.replace(tmp, db.path)
        replaced = True
        fsync_dir(db.path.parent)
    except BaseException:
        if not replaced:  # the database still has the old key: forget the new slots
            slots.drop_next()
            slots.save(db.key_path)
        raise
    finally:
        tmp.unlink(missing_ok=True)

    slots.promote_next()  # step 4
    slots.save(db.key_path)

    db.engine = build_engine(db.path, new_key)
    db.__post_init__()
    for i in range(len(db.data_key)):
        db.data_key[i] = 0
    db.data_key = bytearray(new_key)
    db.audit_key = derive_audit_key(new_key)
    try:  # a keyring that remembered the old key now remembers the new one
        keyring_slot.load_key(db.db_id)
        keyring_slot.store_key(db.db_id, new_key)
    except Exception:  # noqa: BLE001 - no keyring entry (not opted in) or no backend
        pass
    del old_key
    log.info("data key rotated")
    return recovery
