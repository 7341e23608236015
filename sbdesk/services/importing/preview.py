"""Preview an import: every row validated into valid, errors (Swedish, with row and column) and
duplicates of existing records, without writing anything. The commit plans rows the same way."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from sbdesk.domain.housing import Landlord
from sbdesk.errors import ValidationError
from sbdesk.services.context import ServiceContext
from sbdesk.services.geography import list_municipalities
from sbdesk.services.importing.base import ImportKind, RowCheck, RowInput, first_per_field
from sbdesk.services.importing.cases import IDENTITY_HEADERS
from sbdesk.services.importing.convert import Lookups, normalise_header
from sbdesk.services.importing.kinds import get_kind
from sbdesk.services.importing.mapping import ColumnMapping, check_mapping, resolve_columns
from sbdesk.services.importing.readers import Table

Progress = Callable[[int, int], None]  # (rows done, rows in all); may raise to cancel
PROGRESS_EVERY = 250
KEY_FIELDS = {"apartments": ("address", "adress"), "landlords": ("name", "hyresvärd"),
              "cases": ("reference", "ärendenummer")}


@dataclass(frozen=True)
class RowIssue:
    """One problem in one row: the file's row number, the column (or field) and a Swedish message."""

    row: int
    column: str  # the file's header, or the field's label when the value was a default (or missing)
    field: str
    code: str
    text: str  # the validator's message
    place: str = "column"  # "column" | "default" (the mapping's default value) | "field"

    @property
    def where(self) -> str:
        """'kolumn ”Hyra”', 'Hyresvärd (standardvärde)' or the field's label."""
        if self.place == "column":
            return f"kolumn ”{self.column}”"
        return f"{self.column} (standardvärde)" if self.place == "default" else self.column

    @property
    def message(self) -> str:
        """'Rad 12, kolumn ”Hyra”: …'."""
        return f"Rad {self.row}, {self.where}: {self.text}"


@dataclass(frozen=True)
class PreviewRow:
    """One row as the preview lists it (summary values are safe to show: no identities)."""

    row: int
    outcome: str  # "valid" | "error" | "duplicate"
    summary: tuple[str, ...]
    issues: tuple[RowIssue, ...] = ()
    existing_id: int | None = None
    changes: tuple[str, ...] = ()  # for a duplicate: what an update would change
    note: str = ""
    label: str = ""
    protection: str | None = None  # cases: the protection level's value (the UI shows it as a badge)


@dataclass(frozen=True)
class Preview:
    """Valid rows, rows with errors and duplicates, with the file's warnings; nothing was written."""

    kind: str
    source_name: str
    summary_headers: tuple[str, ...]
    match_rule: str
    valid: list[PreviewRow]
    errors: list[PreviewRow]
    duplicates: list[PreviewRow]
    warnings: tuple[str, ...] = ()

    @property
    def total(self) -> int:
        """Rows in the file (the header not counted)."""
        return len(self.valid) + len(self.errors) + len(self.duplicates)

    @property
    def issues(self) -> list[RowIssue]:
        """Every problem of every row, in row order."""
        return [issue for row in self.errors for issue in row.issues]


@dataclass
class Planned:
    """A row planned for the commit (internal): its check, its issues and the record it duplicates."""

    row: int
    outcome: str
    check: RowCheck
    issues: list[RowIssue] = field(default_factory=list)
    existing_id: int | None = None


def build_lookups(ctx: ServiceContext) -> Lookups:
    """Municipality and landlord names (read before the import's own transaction)."""
    municipalities = {m.code: m.name for m in list_municipalities(ctx)}
    with ctx.read() as s:
        landlords = dict(s.execute(select(Landlord.id, Landlord.name).where(Landlord.archived_at.is_(None))).all())
    return Lookups(municipalities, landlords)


def require_mapping(mapping: ColumnMapping, table: Table) -> None:
    """Raise the mapping's problems (missing columns, required fields without a value) as one error."""
    problems = check_mapping(mapping, table.headers)
    if problems:
        raise ValidationError.collect(problems)


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def plan_rows(s: Session, kind: ImportKind, table: Table, mapping: ColumnMapping, lookups: Lookups, today: date,
              progress: Progress | None = None) -> tuple[Any, list[Planned]]:
    """Check every row of the table (in the caller's session); nothing is written."""
    columns = resolve_columns(mapping, table.headers)
    labels = {f.name: f.label for f in kind.fields}
    state = kind.prepare(s, lookups, today)
    key_field, key_word = KEY_FIELDS[kind.name]
    first_row: dict[Any, int] = {}
    planned: list[Planned] = []
    total = len(table.rows)
    for index, cells in enumerate(table.rows):
        number = table.row_numbers[index]
        raw: dict[str, Any] = {}
        from_file: set[str] = set()
        errors: list[ValidationError] = []
        for fld in kind.fields:
            column = columns.get(fld.name)
            value = None
            if column is not None:
                problem = table.problems.get((index, column))
                if problem is not None:
                    errors.append(ValidationError(fld.name, problem.code, problem.message))
                    continue
                value = cells[column]
                if not _blank(value):
                    from_file.add(fld.name)
            if _blank(value) and fld.name in mapping.fixed:
                value = mapping.fixed[fld.name]
            if column is not None or fld.name in mapping.fixed:
                raw[fld.name] = value
        check = kind.check(s, state, RowInput(raw, from_file))
        errors = first_per_field(errors + check.errors)
        if not errors and check.key is not None:
            in_file = getattr(kind, "in_file_duplicate", None)
            repeated = in_file(state, check) if in_file else check.key in first_row
            if repeated:
                errors = [ValidationError(key_field, "DUPLICATE_IN_FILE",
                                          f"Samma {key_word} som rad {first_row.get(check.key, '?')} i filen.")]
            first_row.setdefault(check.key, number)
        issues = [_issue(number, e, columns, table, labels, from_file, mapping) for e in errors]
        if issues:
            planned.append(Planned(number, "error", check, issues))
        elif (existing := kind.existing(state, check)) is not None:
            planned.append(Planned(number, "duplicate", check, existing_id=existing))
        else:
            planned.append(Planned(number, "valid", check))
        if progress is not None and (index + 1) % PROGRESS_EVERY == 0:
            progress(index + 1, total)
    if progress is not None:
        progress(total, total)
    return state, planned


def _issue(number: int, error: ValidationError, columns: dict[str, int], table: Table, labels: dict[str, str],
           from_file: set[str], mapping: ColumnMapping) -> RowIssue:
    name = error.field
    if name in columns and (name in from_file or name not in mapping.fixed):
        return RowIssue(number, table.headers[columns[name]], name, error.error_code, error.message)
    place = "default" if name in mapping.fixed else "field"
    return RowIssue(number, labels.get(name, name), name, error.error_code, error.message, place)


def preload(s: Session, kind: ImportKind, planned: list[Planned]) -> list[Any]:
    """Load the records that rows duplicate in a few queries (keep the returned list while using them)."""
    ids = sorted({p.existing_id for p in planned if p.existing_id is not None})
    loaded: list[Any] = []
    for start in range(0, len(ids), 500):
        loaded += s.scalars(select(kind.model).where(kind.model.id.in_(ids[start:start + 500]))).all()
    return loaded


def build_preview(ctx: ServiceContext, table: Table, mapping: ColumnMapping, *, today: date | None = None,
                  progress: Progress | None = None) -> Preview:
    """Validate every row with the forms' specs and the services' checks; writes nothing."""
    kind = get_kind(mapping.kind)
    require_mapping(mapping, table)
    lookups = build_lookups(ctx)
    mapped = mapping.mapped()
    rows: dict[str, list[PreviewRow]] = {"valid": [], "error": [], "duplicate": []}
    with ctx.read() as s:
        state, planned = plan_rows(s, kind, table, mapping, lookups, today or date.today(), progress)
        keep = preload(s, kind, planned)
        for p in planned:
            changes = tuple(kind.changes(s, state, p.existing_id, p.check, mapped)) if p.existing_id else ()
            rows[p.outcome].append(PreviewRow(p.row, p.outcome, p.check.summary, tuple(p.issues), p.existing_id,
                                              changes, p.check.note, p.check.label, p.check.protection))
        del keep
    return Preview(kind.name, table.source_name, kind.summary_headers, kind.match_rule, rows["valid"],
                   rows["error"], rows["duplicate"], table.warnings + tuple(_warnings(kind, table, mapping)))


def _warnings(kind: ImportKind, table: Table, mapping: ColumnMapping) -> list[str]:
    used = set(resolve_columns(mapping, table.headers).values())
    unused = [h for i, h in enumerate(table.headers) if i not in used]
    out = []
    if kind.name == "cases":
        identity = [h for h in unused if normalise_header(h) in IDENTITY_HEADERS]
        if identity:
            out.append("Kolumnerna " + ", ".join(f"”{h}”" for h in identity) + " importeras inte: namn, "
                       "personnummer och kontaktuppgifter läggs in i ärendet, där varje visning loggas.")
        unused = [h for h in unused if h not in identity]
    if unused:
        out.append("Kolumner som inte importeras: " + ", ".join(f"”{h}”" for h in unused[:12])
                   + (" …" if len(unused) > 12 else "") + ".")
    return out
