"""Schema migrations (Alembic, shipped inside the package): create at head, upgrade, refuse newer."""

from __future__ import annotations

import logging
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, inspect

from sbdesk.errors import DatabaseDamaged, NewerSchema

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def alembic_config(connection: Connection | None = None) -> Config:
    """An Alembic Config pointing at the packaged migrations (no alembic.ini needed)."""
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def head_revision() -> str:
    """The newest revision this sbdesk knows."""
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def known_revisions() -> set[str]:
    """Every revision shipped with this sbdesk."""
    return {rev.revision for rev in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


def current_revision(engine: Engine) -> str | None:
    """The revision recorded in the database (None for an empty database)."""
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def upgrade_to_head(engine: Engine, target: str = "head") -> None:
    """Run every pending migration in one transaction, with foreign keys off while tables are rebuilt.

    SQLite rebuilds a table for many ALTERs (Alembic's batch mode: copy, DROP, rename); with
    foreign_keys=ON that DROP would cascade into child tables and delete their rows. The pragma
    cannot change inside a transaction, so it is switched off before BEGIN, and the references are
    checked before COMMIT.
    """
    with engine.connect() as conn:
        raw = conn.connection.dbapi_connection
        assert raw is not None
        raw.execute("PRAGMA foreign_keys = OFF")
        try:
            with conn.begin():
                command.upgrade(alembic_config(conn), target)
                broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if broken:
                    raise DatabaseDamaged("Uppgraderingen skulle lämna trasiga referenser; den avbröts och "
                                          "databasen är oförändrad.")
        finally:
            raw.execute("PRAGMA foreign_keys = ON")


def schema_state(engine: Engine) -> str:
    """'current', 'older' or raise NewerSchema / DatabaseDamaged for an unknown database."""
    rev = current_revision(engine)
    if rev is None:
        with engine.connect() as conn:
            if inspect(conn).get_table_names():
                raise DatabaseDamaged("Filen är ingen sbdesk-databas (versionsuppgift saknas).")
        raise DatabaseDamaged("Databasen är tom – den skapades aldrig färdigt.")
    if rev == head_revision():
        return "current"
    if rev not in known_revisions():
        raise NewerSchema()
    return "older"
