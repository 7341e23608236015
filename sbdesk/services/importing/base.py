"""What every kind of import provides (fields, row checks, create/update) and shared helpers."""

from __future__ import annotations

import enum
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Protocol

from sqlalchemy.orm import Session

from sbdesk.domain.validators import format_kronor
from sbdesk.errors import ValidationError
from sbdesk.services import forms as f
from sbdesk.services.importing.convert import ImportField, Lookups


@dataclass
class RowCheck:
    """One row checked: clean values to write, errors keyed by import field, and its duplicate key."""

    values: dict[str, Any]
    errors: list[ValidationError]
    key: Any = None  # equal keys are the same record (None: cannot be matched)
    summary: tuple[str, ...] = ()
    label: str = ""  # a short, safe description for the report ("Lärkgatan 4, Västerås")
    note: str = ""
    protection: str | None = None  # a case's protection level, shown as a badge wherever the case appears


@dataclass
class RowInput:
    """The raw values of one row by import field, and which of them came from a cell of the file."""

    raw: dict[str, Any]
    from_file: set[str] = field(default_factory=set)


class ImportKind(Protocol):
    """One kind of record that can be imported (apartments, landlords and agreements, cases)."""

    name: str  # "apartments"
    title: str  # Swedish, "Lägenheter"
    entity: str  # audit entity, "apartment"
    model: type[Any]  # the table whose rows duplicates point at
    fields: list[ImportField]
    summary_headers: tuple[str, ...]
    match_rule: str  # Swedish: how duplicates are recognised

    def prepare(self, s: Session, lookups: Lookups, today: date) -> Any:
        """Load what the row checks need (existing keys → ids); returns the kind's state."""

    def check(self, s: Session, state: Any, row: RowInput) -> RowCheck:
        """Convert and validate one row with the forms' FieldSpecs and the services' reference checks."""

    def existing(self, state: Any, check: RowCheck) -> int | None:
        """Id of the existing record this row duplicates, or None."""

    def changes(self, s: Session, state: Any, record_id: int, check: RowCheck, mapped: set[str]) -> list[str]:
        """What updating record_id from this row would change (Swedish, one entry per field)."""

    def create(self, s: Session, state: Any, check: RowCheck) -> None:
        """Add the record (inside the import's transaction)."""

    def update(self, s: Session, state: Any, record_id: int, check: RowCheck, mapped: set[str]) -> list[str]:
        """Change the mapped fields of record_id; the names of the fields that changed."""

    def finish(self, s: Session, state: Any) -> None:
        """Write what was deferred until every row was seen."""


def pin(s: Session, *models: type[Any]) -> list[Any]:
    """Load every row of small tables (municipalities, landlords) and keep them referenced, so the
    services' reference checks (session.get) find them in the identity map instead of querying per row."""
    from sqlalchemy import select

    return [obj for model in models for obj in s.scalars(select(model))]


def spec(specs: Iterable[f.FieldSpec], name: str) -> f.FieldSpec:
    """The FieldSpec with this name (the forms' own object, never a copy)."""
    return next(s for s in specs if s.name == name)


def convert_row(fields: Iterable[ImportField], row: RowInput,
                lookups: Lookups) -> tuple[dict[str, Any], list[ValidationError]]:
    """Reshape each raw value with its field's converter; errors keyed by import field name."""
    out: dict[str, Any] = {}
    errors: list[ValidationError] = []
    for fld in fields:
        if fld.name not in row.raw:
            continue
        value = row.raw[fld.name]
        if value is None or (isinstance(value, str) and not value.strip()):
            out[fld.name] = None
            continue
        try:
            out[fld.name] = fld.convert(value, fld.name, lookups)
        except ValidationError as exc:
            errors.extend(ValidationError(fld.name, e.error_code, e.message) for e in exc.errors)
    return out, errors


def parse_with(specs: list[f.FieldSpec], values: Mapping[str, Any], failed: set[str],
               prefix: str = "") -> tuple[dict[str, Any], list[ValidationError]]:
    """The forms' parse_fields on the converted values; fields whose conversion failed are not re-reported."""
    raw = {s.name: values[prefix + s.name] for s in specs if prefix + s.name in values
           and prefix + s.name not in failed}
    data, errors = f.parse_fields(specs, raw)
    keep = [ValidationError(prefix + e.field, e.error_code, e.message) for e in errors
            if prefix + e.field not in failed]
    for name in failed:
        data.pop(name.removeprefix(prefix), None)
    return data, keep


def first_per_field(errors: Iterable[ValidationError]) -> list[ValidationError]:
    """One error per field (a reference check may repeat what parsing already said)."""
    seen: dict[str, ValidationError] = {}
    for err in errors:
        seen.setdefault(err.field, err)
    return list(seen.values())


def address_key(address: str) -> str:
    """An address normalised for matching: case-folded, spaces collapsed, "4 A" = "4A", no end punctuation."""
    text = unicodedata.normalize("NFC", address).casefold()
    text = re.sub(r"[.,;:]+$", "", text)
    text = re.sub(r"(?<=[0-9])\s+(?=[a-zåäö]\b)", "", text)
    text = re.sub(r"\s*([,/-])\s*", r"\1", text)
    return " ".join(text.split())


MONEY_FIELDS = {"rent_sek", "max_rent_sek"}


def shown(value: Any, name: str = "") -> str:
    """A value as the preview and report show it (labels for choices, ja/nej, kronor, '–' for empty)."""
    if value is None or value == "" or value == []:
        return "–"
    if name in MONEY_FIELDS and isinstance(value, int) and not isinstance(value, bool):
        return format_kronor(value)
    if isinstance(value, bool):
        return "ja" if value else "nej"
    if isinstance(value, enum.Enum):
        return str(getattr(value, "label", value.value))
    if isinstance(value, date):
        return value.isoformat()
    text = " ".join(str(value).split())
    return text if len(text) <= 40 else text[:39] + "…"


def diff(obj: Any, values: Mapping[str, Any], labels: Mapping[str, str], names: Iterable[str],
         *, show_values: bool = True) -> list[str]:
    """'Label: old → new' for each named field whose value differs (labels only when not show_values)."""
    out = []
    for name in names:
        if name in values and getattr(obj, name) != values[name]:
            label = labels.get(name, name)
            out.append(f"{label}: {shown(getattr(obj, name), name)} → {shown(values[name], name)}" if show_values
                       else label)
    return out
