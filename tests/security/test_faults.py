"""Bad input and faults: wrong passphrase, damaged key file or database, no keyring, no SQLCipher."""

from __future__ import annotations

import hashlib
import json
import sys
import types
from pathlib import Path

import pytest

from sbdesk.errors import (
    DatabaseDamaged,
    DatabaseExists,
    DatabaseMissing,
    KeyFileDamaged,
    KeyFileMissing,
    KeyringUnavailable,
    NoEncryption,
    WrongPassphrase,
)
from sbdesk.services import unlock
from sbdesk.store import engine as engine_mod
from sbdesk.store.database import Database
from sbdesk.store.keyslots import KeySlotFile, keyfile_path
from tests.conftest import PASSPHRASE, RECOVERY_KEY


def snapshot(folder: Path) -> dict[str, str]:
    """Name → SHA-256 of every file in a folder (to prove nothing changed)."""
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir()) if p.is_file()}


def test_wrong_passphrase_leaves_every_file_byte_for_byte_unchanged(db_path: Path) -> None:
    before = snapshot(db_path.parent)
    with pytest.raises(WrongPassphrase) as err:
        Database.open(db_path, passphrase="fel-lösenfras-99")
    assert err.value.code == "WRONG_PASSPHRASE"
    assert "lösenfras" in err.value.message.lower()
    assert snapshot(db_path.parent) == before


def test_wrong_recovery_key_is_a_wrong_passphrase(db_path: Path) -> None:
    before = snapshot(db_path.parent)
    with pytest.raises(WrongPassphrase):
        Database.open(db_path, recovery_key="ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ")
    assert snapshot(db_path.parent) == before


def test_right_passphrase_and_recovery_key_both_open(db_path: Path) -> None:
    Database.open(db_path, passphrase=PASSPHRASE).close()
    Database.open(db_path, recovery_key=RECOVERY_KEY.lower().replace("-", " ")).close()


def test_missing_key_file(db_path: Path) -> None:
    keyfile_path(db_path).unlink()
    before = snapshot(db_path.parent)
    with pytest.raises(KeyFileMissing):
        Database.open(db_path, passphrase=PASSPHRASE)
    assert snapshot(db_path.parent) == before


@pytest.mark.parametrize("cut", [0, 1, 40, -20])
def test_truncated_key_file(db_path: Path, cut: int) -> None:
    path = keyfile_path(db_path)
    raw = path.read_bytes()
    path.write_bytes(raw[:cut])
    before = snapshot(db_path.parent)
    with pytest.raises(KeyFileDamaged):
        Database.open(db_path, passphrase=PASSPHRASE)
    assert snapshot(db_path.parent) == before


def test_tampered_key_file_is_damage_not_a_wrong_passphrase(db_path: Path) -> None:
    path = keyfile_path(db_path)
    doc = json.loads(path.read_text())
    sealed = doc["slots"]["passphrase"]["sealed_key"]
    doc["slots"]["passphrase"]["sealed_key"] = ("A" if sealed[0] != "A" else "B") + sealed[1:]
    path.write_text(json.dumps(doc))
    before = snapshot(db_path.parent)
    with pytest.raises(KeyFileDamaged) as err:
        Database.open(db_path, passphrase=PASSPHRASE)
    assert err.value.code == "KEY_FILE_DAMAGED"
    assert snapshot(db_path.parent) == before


def test_key_file_with_absurd_kdf_parameters_is_refused_before_deriving(db_path: Path) -> None:
    path = keyfile_path(db_path)
    slots = KeySlotFile.load(path)
    slots.slots["passphrase"]["kdf"]["memory_kib"] = 64 * 1024 * 1024  # 64 GiB
    path.write_bytes(slots.to_bytes())  # valid checksum: only the bounds protect us
    with pytest.raises(KeyFileDamaged):
        Database.open(db_path, passphrase=PASSPHRASE)


def test_slot_from_another_database_does_not_open(db_path: Path, tmp_path: Path) -> None:
    other, _ = Database.create(tmp_path / "annan.db", PASSPHRASE)
    other.close()
    mine = KeySlotFile.load(keyfile_path(db_path))
    theirs = KeySlotFile.load(keyfile_path(tmp_path / "annan.db"))
    mine.slots["passphrase"] = theirs.slots["passphrase"]
    keyfile_path(db_path).write_bytes(mine.to_bytes())
    with pytest.raises(WrongPassphrase):  # AAD binds a slot to its database id
        Database.open(db_path, passphrase=PASSPHRASE)


@pytest.mark.parametrize("size", [0, 100, 5000, 4096, 8192])
def test_truncated_database_is_damaged_not_wrong_passphrase(db_path: Path, size: int) -> None:
    raw = db_path.read_bytes()
    db_path.write_bytes(raw[:size])
    before = snapshot(db_path.parent)
    with pytest.raises(DatabaseDamaged) as err:
        Database.open(db_path, passphrase=PASSPHRASE)
    assert err.value.code == "DATABASE_DAMAGED"
    assert "skadad" in err.value.message
    assert snapshot(db_path.parent) == before


def test_database_with_garbage_pages_is_damaged(db_path: Path) -> None:
    raw = bytearray(db_path.read_bytes())
    raw[0:4096] = bytes(4096)  # first page (salt and schema) zeroed
    db_path.write_bytes(bytes(raw))
    with pytest.raises(DatabaseDamaged):
        Database.open(db_path, passphrase=PASSPHRASE)


def test_plain_sqlite_file_is_refused(tmp_path: Path) -> None:
    import sqlite3

    path = tmp_path / "plain.db"
    con = sqlite3.connect(path)
    con.execute("create table t(x)")
    con.commit()
    con.close()
    KeySlotFile.create(PASSPHRASE, RECOVERY_KEY)[0].save(keyfile_path(path))
    with pytest.raises(DatabaseDamaged, match="okrypterad"):
        Database.open(path, passphrase=PASSPHRASE)


def test_missing_database_is_not_created(tmp_path: Path) -> None:
    with pytest.raises(DatabaseMissing):
        Database.open(tmp_path / "finns-inte.db", passphrase=PASSPHRASE)
    assert list(tmp_path.iterdir()) == []


def test_create_refuses_to_overwrite(db_path: Path) -> None:
    before = snapshot(db_path.parent)
    with pytest.raises(DatabaseExists):
        Database.create(db_path, PASSPHRASE)
    assert snapshot(db_path.parent) == before


def test_short_passphrase_creates_nothing(tmp_path: Path) -> None:
    from sbdesk.errors import ValidationError

    with pytest.raises(ValidationError) as err:
        Database.create(tmp_path / "ny.db", "kort")
    assert err.value.error_code == "PASSPHRASE_TOO_SHORT"
    assert list(tmp_path.iterdir()) == []


def test_no_keyring_backend_falls_back_to_the_passphrase(db_path: Path, no_keyring: None) -> None:
    with pytest.raises(KeyringUnavailable) as err:
        Database.open_with_keyring(db_path)
    assert "lösenfras" in err.value.message.lower()
    db = Database.open(db_path, passphrase=PASSPHRASE)
    with pytest.raises(KeyringUnavailable):
        db.remember_in_keyring(PASSPHRASE)
    db.close()


def test_create_with_keyring_opt_in_but_no_backend_still_works(tmp_path: Path, no_keyring: None) -> None:
    created = unlock.create_database(
        tmp_path / "ny.db", PASSPHRASE, coordinator_name="Test Testsson", municipality_code="0180",
        remember_in_keyring=True,
    )
    assert created.keyring_message
    created.ctx.db.close()
    unlock.unlock(tmp_path / "ny.db", passphrase=PASSPHRASE).db.close()


@pytest.mark.parametrize("failure", ["KeyringLocked", "InitError", "NoKeyringError"])
def test_every_keyring_error_means_use_the_passphrase(
    db_path: Path, monkeypatch: pytest.MonkeyPatch, failure: str
) -> None:
    import keyring
    import keyring.errors

    def boom(*_a: object) -> None:
        raise getattr(keyring.errors, failure)("simulerat fel")

    monkeypatch.setattr(keyring, "get_password", boom)
    with pytest.raises(KeyringUnavailable):
        Database.open_with_keyring(db_path)


def test_keyring_opt_in_then_unlock_without_passphrase(db_path: Path) -> None:
    db = Database.open(db_path, passphrase=PASSPHRASE)
    db.remember_in_keyring(PASSPHRASE)
    db.close()
    db = Database.open_with_keyring(db_path)
    assert db.opened_with == "keyring"
    db.forget_keyring()
    db.close()
    with pytest.raises(KeyringUnavailable):
        Database.open_with_keyring(db_path)


def test_stale_keyring_key_falls_back(db_path: Path, memory_keyring: object) -> None:
    db_id = KeySlotFile.load(keyfile_path(db_path)).db_id
    memory_keyring.set_password("sbdesk", f"datakey:{db_id}", "ab" * 32)  # type: ignore[attr-defined]
    before = snapshot(db_path.parent)
    with pytest.raises(KeyringUnavailable):
        Database.open_with_keyring(db_path)
    assert snapshot(db_path.parent) == before


def test_missing_sqlcipher_refuses_to_start(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "sqlcipher3.dbapi2", None)
    with pytest.raises(NoEncryption):
        Database.create(tmp_path / "ny.db", PASSPHRASE)
    assert not (tmp_path / "ny.db").exists()


def test_sqlite_without_cipher_refuses_to_start(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import sqlite3

    fake = types.ModuleType("sqlcipher3.dbapi2")
    fake.connect = sqlite3.connect  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "sqlcipher3.dbapi2", fake)
    monkeypatch.setattr(sys.modules["sqlcipher3"], "dbapi2", fake, raising=False)
    with pytest.raises(NoEncryption) as err:
        engine_mod.sqlcipher_module()
    assert err.value.code == "NO_ENCRYPTION"
    with pytest.raises(NoEncryption):
        Database.create(tmp_path / "ny.db", PASSPHRASE)
    assert not (tmp_path / "ny.db").exists()
