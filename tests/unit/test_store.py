"""The store: creation at head, seeded geography, schema versions, upgrade with backup, key management."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from sbdesk.domain import County, Municipality
from sbdesk.errors import NewerSchema, WrongPassphrase
from sbdesk.store import database as database_mod
from sbdesk.store.database import Database
from sbdesk.store.keyslots import keyfile_path
from sbdesk.store.migrate import current_revision, head_revision
from tests.conftest import PASSPHRASE, RECOVERY_KEY


def test_new_database_is_at_head_with_290_municipalities_and_21_counties(db: Database) -> None:
    assert current_revision(db.engine) == head_revision()
    with db.sessions() as s:
        assert s.scalar(select(func.count()).select_from(Municipality)) == 290
        assert s.scalar(select(func.count()).select_from(County)) == 21
        vasteras = s.get(Municipality, "1980")
        assert vasteras is not None and vasteras.name == "Västerås" and vasteras.county_code == "19"
        assert s.get(Municipality, "0180").name == "Stockholm"  # type: ignore[union-attr]


def test_every_municipality_code_starts_with_its_county_code(db: Database) -> None:
    with db.sessions() as s:
        for m in s.scalars(select(Municipality)):
            assert m.code[:2] == m.county_code


def test_pragmas_are_applied_on_every_connection(db: Database) -> None:
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA secure_delete").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA cipher_version").scalar()


def test_transactions_roll_back_as_a_whole(db: Database) -> None:
    from sbdesk.domain import Landlord
    from sbdesk.domain.enums import LandlordKind

    with pytest.raises(RuntimeError), db.sessions.begin() as s:
        s.add(Landlord(name="Halvfärdig AB", kind=LandlordKind.PRIVATE))
        s.flush()
        raise RuntimeError("avbrott mitt i")
    with db.sessions() as s:
        assert s.scalar(select(func.count()).select_from(Landlord)) == 0


def test_database_from_a_newer_sbdesk_is_refused_and_left_alone(db_path: Path) -> None:
    db = Database.open(db_path, passphrase=PASSPHRASE)
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999_from_the_future'"))
    db.close()
    before = {p.name: p.read_bytes() for p in db_path.parent.iterdir()}
    with pytest.raises(NewerSchema) as err:
        Database.open(db_path, passphrase=PASSPHRASE)
    assert err.value.code == "NEWER_SCHEMA"
    assert {p.name: p.read_bytes() for p in db_path.parent.iterdir()} == before


def test_older_schema_is_backed_up_before_upgrading(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []
    monkeypatch.setattr(database_mod, "schema_state", lambda engine: "older")
    monkeypatch.setattr(database_mod, "upgrade_to_head", lambda engine: calls.append("upgrade"))
    Database.open(db_path, passphrase=PASSPHRASE).close()
    assert calls == ["upgrade"]
    backups = [p for p in db_path.parent.iterdir() if "före-uppgradering" in p.name and not p.name.endswith(".keys")]
    assert len(backups) == 1
    assert keyfile_path(backups[0]).exists()
    monkeypatch.undo()
    Database.open(backups[0], passphrase=PASSPHRASE).close()  # the backup opens with the same passphrase


def test_change_passphrase_rewraps_only_the_slot(db_path: Path) -> None:
    db = Database.open(db_path, passphrase=PASSPHRASE)
    db_bytes = db_path.read_bytes()
    db.change_passphrase(PASSPHRASE, "ett-nytt-lösen-42")
    db.close()
    assert db_path.read_bytes() == db_bytes  # nothing re-encrypted
    with pytest.raises(WrongPassphrase):
        Database.open(db_path, passphrase=PASSPHRASE)
    Database.open(db_path, passphrase="ett-nytt-lösen-42").close()
    Database.open(db_path, recovery_key=RECOVERY_KEY).close()  # the recovery slot is untouched


def test_reset_passphrase_with_recovery_key(db_path: Path) -> None:
    db = Database.open(db_path, recovery_key=RECOVERY_KEY)
    db.reset_passphrase(RECOVERY_KEY, "glömt-och-nytt-77")
    db.close()
    Database.open(db_path, passphrase="glömt-och-nytt-77").close()


def test_new_recovery_key_replaces_the_old_one(db_path: Path) -> None:
    db = Database.open(db_path, passphrase=PASSPHRASE)
    new_key = db.new_recovery_key(PASSPHRASE)
    db.close()
    assert new_key != RECOVERY_KEY
    with pytest.raises(WrongPassphrase):
        Database.open(db_path, recovery_key=RECOVERY_KEY)
    Database.open(db_path, recovery_key=new_key).close()


def test_key_file_is_written_atomically(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import os

    key_path = keyfile_path(db_path)
    original = key_path.read_bytes()

    def crash(*_a: object) -> None:
        raise OSError("disken är full")

    monkeypatch.setattr(os, "replace", crash)
    db = Database.open(db_path, passphrase=PASSPHRASE)
    with pytest.raises(OSError):
        db.change_passphrase(PASSPHRASE, "ett-nytt-lösen-42")
    db.close()
    assert key_path.read_bytes() == original
    assert not [p for p in db_path.parent.iterdir() if p.name.endswith(".tmp")]


def test_failed_creation_leaves_nothing_behind(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(engine: object) -> None:
        raise RuntimeError("migrering avbröts")

    monkeypatch.setattr(database_mod, "upgrade_to_head", broken)
    with pytest.raises(RuntimeError):
        Database.create(tmp_path / "ny.db", PASSPHRASE)
    assert list(tmp_path.iterdir()) == []
