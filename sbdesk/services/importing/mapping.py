"""Column mappings: guessed from header names (Swedish and English), adjusted, saved per source.

A saved mapping is a Setting row "import.mapping.<kind>.<name>" holding JSON
{"version": 1, "columns": {field: header}, "fixed": {field: value}}; a fixed value is used when no
column is chosen or the row's cell is empty (e.g. the landlord of a landlord's own list).
"""

from __future__ import annotations

import difflib
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select

from sbdesk.domain import validators as v
from sbdesk.domain.setting import Setting
from sbdesk.errors import NotFound, ValidationError
from sbdesk.services import forms
from sbdesk.services.context import ServiceContext
from sbdesk.services.importing.convert import Lookups, normalise_header
from sbdesk.services.importing.kinds import KINDS, get_kind

PREFIX = "import.mapping."
NAME_MAX = 50
VERSION = 1


@dataclass(frozen=True)
class ColumnMapping:
    """Which column of the file feeds each import field, and fixed values for fields without one."""

    kind: str
    columns: dict[str, str] = field(default_factory=dict)  # import field → header name
    fixed: dict[str, Any] = field(default_factory=dict)  # import field → value (str, int or bool)
    name: str | None = None

    def mapped(self) -> set[str]:
        """Fields that get a value from the file or a fixed value (the fields an update may change)."""
        return set(self.columns) | set(self.fixed)

    def to_json(self) -> dict[str, Any]:
        """The stored form."""
        return {"version": VERSION, "columns": dict(self.columns), "fixed": dict(self.fixed)}


def _score(header: str, synonyms: Sequence[str]) -> float:
    best = 0.0
    for position, synonym in enumerate(synonyms):
        bonus = (len(synonyms) - position) / 100
        if header == synonym:
            best = max(best, 100 + bonus)
        elif header.startswith(synonym + " ") or header.endswith(" " + synonym):
            best = max(best, 60 + len(synonym) / 10 + bonus)
        else:
            ratio = difflib.SequenceMatcher(None, header, synonym).ratio()
            if ratio >= 0.85:
                best = max(best, 50 * ratio + bonus)
    return best


def guess_mapping(kind_name: str, headers: Sequence[str]) -> ColumnMapping:
    """The columns whose headers look like each field's names; each column and field used once."""
    kind = get_kind(kind_name)
    normalised = [normalise_header(h) for h in headers]
    candidates = []
    for fld in kind.fields:
        synonyms = [normalise_header(s) for s in (*fld.headers, fld.label)]
        for index, header in enumerate(normalised):
            if header and (score := _score(header, synonyms)) > 0:
                candidates.append((score, -index, fld.name, index))
    columns: dict[str, str] = {}
    taken: set[int] = set()
    for _score_value, _order, name, index in sorted(candidates, reverse=True):
        if name not in columns and index not in taken:
            columns[name] = headers[index]
            taken.add(index)
    order = [f.name for f in kind.fields]
    return ColumnMapping(kind_name, {n: columns[n] for n in order if n in columns})


def resolve_columns(mapping: ColumnMapping, headers: Sequence[str]) -> dict[str, int]:
    """Import field → index of its column in this file (headers matched ignoring case and spaces)."""
    index = {" ".join(h.casefold().split()): i for i, h in reversed(list(enumerate(headers)))}
    return {name: index[key] for name, header in mapping.columns.items()
            if (key := " ".join(header.casefold().split())) in index}


def check_mapping(mapping: ColumnMapping, headers: Sequence[str]) -> list[ValidationError]:
    """Columns that the file lacks, and required fields with neither a column nor a fixed value."""
    kind = get_kind(mapping.kind)
    found = resolve_columns(mapping, headers)
    errors = []
    for fld in kind.fields:
        header = mapping.columns.get(fld.name)
        if header is not None and fld.name not in found:
            errors.append(ValidationError(fld.name, "MAPPING_COLUMN_MISSING",
                                          f"{fld.label}: kolumnen ”{header[:60]}” finns inte i filen."))
        elif fld.required and header is None and _blank(mapping.fixed.get(fld.name)):
            errors.append(ValidationError(fld.name, "MAPPING_REQUIRED",
                                          f"{fld.label}: välj en kolumn eller ange ett standardvärde."))
    return errors


def check_fixed_value(kind_name: str, name: str, value: Any, lookups: Lookups) -> str | None:
    """Swedish message for a fixed value typed in the mapping table, or None when it is usable
    (the field's converter, then the forms' FieldSpec: the same checks every row gets)."""
    fld = next((f for f in get_kind(kind_name).fields if f.name == name), None)
    if fld is None or _blank(value):
        return None
    try:
        converted = fld.convert(value, name, lookups)
    except ValidationError as exc:
        return exc.message
    if fld.spec is None:
        return None
    if isinstance(converted, list):
        return None
    return forms.check_field([fld.spec], fld.spec.name, converted)


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _key(kind: str, name: str) -> str:
    return f"{PREFIX}{kind}.{name}"


def clean_name(name: str) -> str:
    """A mapping's name checked: 1–50 characters, no control characters."""
    text = v.require_text(name, field="name", max_length=NAME_MAX)
    assert text is not None
    return text


def _from_json(kind: str, name: str, value: Any) -> ColumnMapping:
    known = {f.name for f in get_kind(kind).fields}
    data = value if isinstance(value, dict) else {}
    columns = {k: str(h)[:200] for k, h in (data.get("columns") or {}).items() if k in known and isinstance(h, str)}
    fixed = {k: x for k, x in (data.get("fixed") or {}).items()
             if k in known and isinstance(x, (str, int, bool)) and not _blank(x)}
    return ColumnMapping(kind, columns, fixed, name)


def save_mapping(ctx: ServiceContext, mapping: ColumnMapping, name: str) -> ColumnMapping:
    """Save (or replace) the mapping under name for its kind; audit-logged without the name."""
    get_kind(mapping.kind)
    name = clean_name(name)
    known = {f.name for f in get_kind(mapping.kind).fields}
    stored = _from_json(mapping.kind, name, {
        "columns": {k: h for k, h in mapping.columns.items() if k in known},
        "fixed": {k: x for k, x in mapping.fixed.items() if k in known},
    })
    with ctx.write() as s:
        row = s.get(Setting, _key(mapping.kind, name))
        if row is None:
            s.add(Setting(key=_key(mapping.kind, name), value=stored.to_json()))
        else:
            row.value = stored.to_json()
        ctx.audit(s, "import.mapping_save", "setting", None, details={"kind": mapping.kind})
    return stored


def load_mapping(ctx: ServiceContext, kind: str, name: str) -> ColumnMapping:
    """The mapping saved under name for kind (NotFound when there is none)."""
    get_kind(kind)
    with ctx.read() as s:
        row = s.get(Setting, _key(kind, name.strip()))
        if row is None:
            raise NotFound(f"Det finns ingen sparad kolumnkoppling som heter ”{name.strip()[:NAME_MAX]}”.")
        return _from_json(kind, name.strip(), row.value)


def list_mappings(ctx: ServiceContext, kind: str) -> list[str]:
    """Names of the mappings saved for kind, alphabetically."""
    get_kind(kind)
    prefix = f"{PREFIX}{kind}."
    with ctx.read() as s:
        keys = s.scalars(select(Setting.key).where(Setting.key.startswith(prefix, autoescape=True))).all()
    return sorted((k.removeprefix(prefix) for k in keys), key=str.casefold)


def delete_mapping(ctx: ServiceContext, kind: str, name: str) -> None:
    """Remove a saved mapping; audit-logged."""
    get_kind(kind)
    with ctx.write() as s:
        row = s.get(Setting, _key(kind, name.strip()))
        if row is None:
            raise NotFound("Kolumnkopplingen finns inte.")
        s.delete(row)
        ctx.audit(s, "import.mapping_delete", "setting", None, details={"kind": kind})


__all__ = ["KINDS", "ColumnMapping", "check_fixed_value", "check_mapping", "delete_mapping", "guess_mapping", "list_mappings",
           "load_mapping", "resolve_columns", "save_mapping"]
