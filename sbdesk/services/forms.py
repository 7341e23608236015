"""Declarative field specs: parse raw form values, collecting every error with its field."""

from __future__ import annotations

import enum
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from sbdesk.domain import validators as v
from sbdesk.errors import ValidationError

Parser = Callable[[Any, str], Any]


@dataclass(frozen=True)
class FieldSpec:
    """One input: its name, Swedish label and parser (value, field) -> clean value."""

    name: str
    label: str
    parse: Parser
    required: bool = False
    blank: Any = None  # value stored when the input is left empty (False for yes/no fields)


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def clean(specs: list[FieldSpec], raw: Mapping[str, Any], *, partial: bool = False) -> dict[str, Any]:
    """Parse raw values by spec; raise one ValidationError carrying every field error."""
    out, errors = parse_fields(specs, raw, partial=partial)
    if errors:
        raise ValidationError.collect(errors)
    return out


def parse_fields(
    specs: list[FieldSpec], raw: Mapping[str, Any], *, partial: bool = False
) -> tuple[dict[str, Any], list[ValidationError]]:
    """Parse what parses and collect the errors (so reference checks can add theirs)."""
    out: dict[str, Any] = {}
    errors: list[ValidationError] = []
    known = {s.name for s in specs}
    unknown = set(raw) - known
    if unknown:
        raise KeyError(f"unknown fields: {sorted(unknown)}")
    for spec in specs:
        if partial and spec.name not in raw:
            continue
        value = raw.get(spec.name)
        if _blank(value):
            if spec.required:
                errors.append(ValidationError(spec.name, "REQUIRED", f"{spec.label} måste fyllas i."))
            else:
                out[spec.name] = spec.blank
            continue
        try:
            out[spec.name] = spec.parse(value, spec.name)
        except ValidationError as exc:
            errors.extend(exc.errors)
    return out, errors


def finish(errors: list[ValidationError]) -> None:
    """Raise the collected errors, if any, as one ValidationError."""
    if errors:
        raise ValidationError.collect(errors)


def check_field(specs: list[FieldSpec], name: str, value: Any) -> str | None:
    """Swedish message for one field's value, or None when it is fine (for as-you-type checks)."""
    try:
        clean([s for s in specs if s.name == name], {name: value})
    except ValidationError as exc:
        return exc.message
    return None


# -- parsers ----------------------------------------------------------------------------------


def text(max_length: int = 200) -> Parser:
    """Trimmed text up to max_length."""
    return lambda value, field: v.require_text(str(value), field=field, max_length=max_length)


def long_text(value: Any, field: str) -> str | None:
    """Multi-line free text (notes): up to 10 000 characters, newlines allowed."""
    value = str(value).strip()
    if len(value) > 10_000:
        raise ValidationError(field, "TOO_LONG", "Texten är för lång (högst 10 000 tecken).")
    return value


def integer(min_value: int | None = None, max_value: int | None = None) -> Parser:
    """Whole number within bounds."""
    return lambda value, field: v.parse_int(value, field=field, min_value=min_value, max_value=max_value)


def kronor(value: Any, field: str) -> int:
    """Whole kronor (never float)."""
    return v.parse_kronor(value, field=field)


def a_date(value: Any, field: str) -> date:
    """Date as YYYY-MM-DD."""
    return v.parse_date(value, field=field)


def postnummer(value: Any, field: str) -> str:
    """Postnummer normalised to NNN NN."""
    return v.parse_postnummer(str(value), field=field)


def phone(value: Any, field: str) -> str | None:
    """Phone number."""
    return v.parse_phone(str(value), field=field)


def email(value: Any, field: str) -> str | None:
    """E-mail address."""
    return v.parse_email(str(value), field=field)


def org_number(value: Any, field: str) -> str:
    """Swedish organisationsnummer."""
    return v.parse_org_number(str(value), field=field)


def flag(value: Any, field: str) -> bool:
    """A yes/no value."""
    if isinstance(value, bool):
        return value
    text_value = str(value).strip().lower()
    if text_value in {"1", "true", "ja", "j", "yes"}:
        return True
    if text_value in {"0", "false", "nej", "n", "no"}:
        return False
    raise ValidationError(field, "BOOL_FORMAT", "Ange ja eller nej.")


def choice(enum_cls: type[enum.Enum]) -> Parser:
    """A member of enum_cls, given as the member or its value."""

    def parse(value: Any, field: str) -> enum.Enum:
        try:
            return enum_cls(value.value if isinstance(value, enum.Enum) else value)
        except ValueError as exc:
            raise ValidationError(field, "INVALID_CHOICE", "Välj ett av alternativen i listan.") from exc

    return parse


def identifier(value: Any, field: str) -> int:
    """A record id (positive integer)."""
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ValidationError(field, "INVALID_REFERENCE", "Välj en post i listan.")
    return value
