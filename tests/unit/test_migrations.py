"""Migrations keep the data: upgrading an older database loses no household, consent or link."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import text

from sbdesk.store.database import Database
from sbdesk.store.engine import build_engine
from sbdesk.store.keyslots import KeySlotFile, keyfile_path
from sbdesk.store.migrate import (
    current_revision,
    head_revision,
    known_revisions,
    upgrade_to_head,
)
from tests.conftest import PASSPHRASE, RECOVERY_KEY


def _old_database(path: Path, revision: str) -> None:
    """A database created by an older sbdesk (schema at revision) with a household in it."""
    slots, key = KeySlotFile.create(PASSPHRASE, RECOVERY_KEY)
    engine = build_engine(path, key, create=True)
    upgrade_to_head(engine, revision)
    with engine.begin() as conn:
        conn.execute(text(
            'INSERT INTO "case" (id, reference, pseudonym, protection_level, risk_level, status, needs_elevator, '
            "needs_ground_floor, needs_wheelchair, created_at, updated_at) VALUES (1, 'SB-2025-0001', 'Ek 1', "
            "'none', 'low', 'waiting', 0, 0, 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)"))
        conn.execute(text("INSERT INTO household_member (id, case_id, role, birth_year) VALUES (1, 1, 'applicant', 1980)"))
        conn.execute(text("INSERT INTO consent (id, case_id, recipient_kind, recipient_name, scope, given_on, "
                          "created_at, updated_at) VALUES (1, 1, 'landlord', 'Bostäder AB', 'Behov', '2025-01-01', "
                          "CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)"))
        conn.execute(text("INSERT INTO case_excluded_municipality (case_id, municipality_code) VALUES (1, '0180')"))
    engine.dispose()
    slots.save(keyfile_path(path))


def test_every_older_schema_upgrades_without_losing_rows(tmp_path: Path) -> None:
    for revision in sorted(known_revisions() - {head_revision()}):
        path = tmp_path / f"gammal-{revision}.db"
        _old_database(path, revision)
        db = Database.open(path, passphrase=PASSPHRASE)  # takes a backup, then upgrades
        try:
            assert current_revision(db.engine) == head_revision()
            with db.engine.connect() as conn:
                counts = [conn.execute(text(f'SELECT count(*) FROM "{t}"')).scalar()
                          for t in ("case", "household_member", "consent", "case_excluded_municipality")]
                assert counts == [1, 1, 1, 1], (revision, counts)
                assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1  # back on afterwards
        finally:
            db.close()
        assert list(tmp_path.glob(f"gammal-{revision}.db.före-uppgradering-*"))
