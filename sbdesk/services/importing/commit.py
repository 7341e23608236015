"""Apply an import in ONE transaction: the user's choices for valid rows and duplicates, a report per
row, and one audit event (the file name hashed, counts only). Either everything chosen is written or
nothing is."""

from __future__ import annotations

import csv
import hashlib
import io
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from sbdesk.errors import SbdeskError
from sbdesk.exports.cells import csv_safe
from sbdesk.services.context import ServiceContext
from sbdesk.services.importing.base import ImportKind
from sbdesk.services.importing.kinds import get_kind
from sbdesk.services.importing.mapping import ColumnMapping
from sbdesk.services.importing.preview import (
    Planned,
    Preview,
    Progress,
    RowIssue,
    build_lookups,
    plan_rows,
    preload,
    require_mapping,
)
from sbdesk.services.importing.readers import Table
from sbdesk.store.atomic import atomic_write_bytes

OUTCOME_WORDS = {"imported": "importerad", "updated": "uppdaterad", "skipped": "hoppades över", "error": "fel"}


class ReportNotWritten(SbdeskError):
    """The import report could not be saved where the user chose."""

    code = "REPORT_NOT_WRITTEN"
    default_message = "Rapporten kunde inte sparas: mappen finns inte eller är skrivskyddad."


class ImportFailed(SbdeskError):
    """The database refused the import; the transaction was rolled back and nothing was saved."""

    code = "IMPORT_FAILED"
    default_message = "Importen avbröts och ingenting sparades. Kontrollera filen och försök igen."


@dataclass(frozen=True)
class ImportChoices:
    """What to do: import the valid (new) rows, and update or skip rows that match existing records."""

    import_valid: bool = True
    update_duplicates: bool = False


@dataclass(frozen=True)
class ReportLine:
    """One row of the import report: the file's row number, outcome and reason (Swedish)."""

    row: int
    outcome: str  # "imported" | "updated" | "skipped" | "error"
    reason: str = ""


@dataclass(frozen=True)
class ImportResult:
    """Counts and the per-row report of one import (or of a dry run, when committed is False)."""

    kind: str
    lines: list[ReportLine]
    file_hash: str
    committed: bool = True

    def count(self, outcome: str) -> int:
        """Rows with this outcome."""
        return sum(1 for line in self.lines if line.outcome == outcome)

    @property
    def imported(self) -> int:
        """New records written."""
        return self.count("imported")

    @property
    def updated(self) -> int:
        """Existing records changed."""
        return self.count("updated")

    @property
    def skipped(self) -> int:
        """Rows left out by choice or because nothing would change."""
        return self.count("skipped")

    @property
    def errors(self) -> int:
        """Rows with errors (never written)."""
        return self.count("error")


def file_hash(source_name: str) -> str:
    """The source file's name as a SHA-256 hex prefix (the audit log never holds the name itself)."""
    return hashlib.sha256(source_name.encode("utf-8")).hexdigest()[:16]


def _error_reason(issues: list[RowIssue]) -> str:
    return "; ".join(f"{i.where[:1].upper()}{i.where[1:]}: {i.text}" for i in issues)


def _new_reason(note: str) -> str:
    return note or "Ny post."


def commit_import(ctx: ServiceContext, table: Table, mapping: ColumnMapping,
                  choices: ImportChoices = ImportChoices(), *, today: date | None = None,
                  progress: Progress | None = None) -> ImportResult:
    """Re-check every row inside one write transaction and apply the choices; all or nothing."""
    kind = get_kind(mapping.kind)
    require_mapping(mapping, table)
    lookups = build_lookups(ctx)
    mapped = mapping.mapped()
    lines: list[ReportLine] = []
    try:
        with ctx.write() as s:
            state, planned = plan_rows(s, kind, table, mapping, lookups, today or date.today(), progress)
            keep = preload(s, kind, planned) if choices.update_duplicates else []
            for p in planned:
                line = _apply(s, kind, state, p, choices, mapped)
                lines.append(line)
                if line.outcome == "updated" and p.existing_id is not None:
                    # a changed record gets its own event, as a form's save does: the log review must
                    # see which case or apartment an import changed (field names only, never values)
                    ctx.audit(s, f"{kind.entity}.update", kind.entity, p.existing_id,
                              details={"fields": _field_names(line.reason), "via": "import"})
            kind.finish(s, state)
            s.flush()
            # an imported case gets its own event as create_case writes, so the extract and the log show it
            for case in getattr(state, "created", []):
                ctx.audit(s, "case.create", "case", case.id, details={"members": len(case.members), "via": "import"})
            del keep
            result = ImportResult(kind.name, lines, file_hash(table.source_name))
            if result.imported or result.updated:
                ctx.audit(s, "import.commit", kind.entity, None, details={
                    "kind": kind.name, "file": result.file_hash, "file_type": table.file_type,
                    "rows": len(lines), "imported": result.imported, "updated": result.updated,
                    "skipped": result.skipped, "errors": result.errors,
                })
    except SQLAlchemyError as exc:
        raise ImportFailed() from exc
    return result


def _apply(s: Session, kind: ImportKind, state: Any, p: Planned, choices: ImportChoices,
           mapped: set[str]) -> ReportLine:
    if p.outcome == "error":
        return ReportLine(p.row, "error", _error_reason(p.issues))
    if p.outcome == "valid":
        if not choices.import_valid:
            return ReportLine(p.row, "skipped", "Nya rader valdes bort.")
        kind.create(s, state, p.check)
        return ReportLine(p.row, "imported", _new_reason(p.check.note))
    if not choices.update_duplicates:
        return ReportLine(p.row, "skipped", f"Finns redan ({p.check.label}); dubbletter hoppas över.")
    assert p.existing_id is not None
    changes = kind.changes(s, state, p.existing_id, p.check, mapped)
    if not changes:
        return ReportLine(p.row, "skipped", f"Finns redan ({p.check.label}) och är oförändrad.")
    kind.update(s, state, p.existing_id, p.check, mapped)
    return ReportLine(p.row, "updated", "Ändrat: " + "; ".join(changes))


def _field_names(reason: str) -> list[str]:
    """'Ändrat: Hyra per månad: 7 900 kr → 8 200 kr; Status' → ['Hyra per månad', 'Status']."""
    changes = reason.removeprefix("Ändrat: ").split("; ")
    return [change.split(":", 1)[0].strip() for change in changes if change.strip()]


def planned_report(preview: Preview, choices: ImportChoices = ImportChoices()) -> ImportResult:
    """What commit_import would do with these choices (for a dry run's report); nothing is written."""
    lines = []
    for row in sorted(preview.valid + preview.errors + preview.duplicates, key=lambda r: r.row):
        if row.outcome == "error":
            lines.append(ReportLine(row.row, "error", _error_reason(list(row.issues))))
        elif row.outcome == "valid":
            lines.append(ReportLine(row.row, "imported", _new_reason(row.note)) if choices.import_valid
                         else ReportLine(row.row, "skipped", "Nya rader valdes bort."))
        elif choices.update_duplicates and row.changes:
            lines.append(ReportLine(row.row, "updated", "Ändrat: " + "; ".join(row.changes)))
        else:
            why = "och är oförändrad" if choices.update_duplicates else "; dubbletter hoppas över"
            lines.append(ReportLine(row.row, "skipped", f"Finns redan ({row.label}) {why}.".replace(" ;", ";")))
    return ImportResult(preview.kind, lines, file_hash(preview.source_name), committed=False)


def report_csv(result: ImportResult) -> bytes:
    """The report as CSV for Excel: UTF-8 with BOM, ';' separated, columns Rad;Resultat;Orsak."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow(["Rad", "Resultat", "Orsak"])
    for line in result.lines:
        writer.writerow([line.row, OUTCOME_WORDS[line.outcome], _safe_cell(line.reason)])
    return b"\xef\xbb\xbf" + buffer.getvalue().encode("utf-8")


def _safe_cell(text: str) -> str:
    """Text that a spreadsheet will not run as a formula."""
    return str(csv_safe(text))


def write_report(path: Path | str, result: ImportResult) -> Path:
    """Save the report where the user chose (atomically: the old file or the new, never half)."""
    path = Path(path)
    try:
        atomic_write_bytes(path, report_csv(result), mode=0o600)
    except OSError as exc:
        raise ReportNotWritten() from exc
    return path
