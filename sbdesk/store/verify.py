"""Integrity checks: SQLCipher page HMACs, SQLite structure, foreign keys, the audit chain."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy.orm import Session

from sbdesk.store.audit import ChainReport, verify_chain
from sbdesk.store.database import Database
from sbdesk.store.migrate import current_revision, head_revision


@dataclass
class VerifyReport:
    """What each check found; ok only when every check held."""

    cipher_errors: list[str] = field(default_factory=list)
    integrity_errors: list[str] = field(default_factory=list)
    foreign_key_errors: int = 0
    schema: str = ""
    chain: ChainReport | None = None

    @property
    def ok(self) -> bool:
        """True when nothing is wrong."""
        return (
            not self.cipher_errors
            and not self.integrity_errors
            and self.foreign_key_errors == 0
            and self.chain is not None
            and self.chain.ok
        )

    def lines(self) -> list[str]:
        """Swedish report lines for the command line and the UI."""
        out = [
            "Kryptering (cipher_integrity_check): "
            + ("OK" if not self.cipher_errors else f"{len(self.cipher_errors)} fel: {self.cipher_errors[0]}"),
            "Databasstruktur (integrity_check): "
            + ("OK" if not self.integrity_errors else f"{len(self.integrity_errors)} fel: {self.integrity_errors[0]}"),
            "Referenser (foreign_key_check): "
            + ("OK" if not self.foreign_key_errors else f"{self.foreign_key_errors} fel"),
            f"Schemaversion: {self.schema}",
        ]
        if self.chain is not None:
            if self.chain.ok:
                out.append(f"Loggkedjan: OK ({self.chain.checked} händelser)")
            else:
                out.append(f"Loggkedjan: BRUTEN vid händelse {self.chain.broken_id} – {self.chain.problem}")
        return out


def verify_database(db: Database) -> VerifyReport:
    """Run every check on an unlocked database (read-only)."""
    report = VerifyReport()
    with db.engine.connect() as conn:
        report.cipher_errors = [str(r[0]) for r in conn.exec_driver_sql("PRAGMA cipher_integrity_check")]
        report.integrity_errors = [
            str(r[0]) for r in conn.exec_driver_sql("PRAGMA integrity_check") if str(r[0]) != "ok"
        ]
        report.foreign_key_errors = len(conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall())
    rev = current_revision(db.engine)
    report.schema = f"{rev} (senaste: {head_revision()})"
    with Session(db.engine) as session:
        report.chain = verify_chain(session, db.audit_key)
    return report
