"""Turn spreadsheet cells into the raw values the forms' FieldSpecs parse (dates, numbers, choices, names).

The conversion only reshapes a cell (a D/M/YYYY date into YYYY-MM-DD, an Excel number into text,
"2 rok" into "2", a Swedish label into its enum value, a municipality name into its code); every
rule about what is valid stays in the FieldSpecs and validators the forms use.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Any

from sbdesk.domain.enums import LabelledEnum
from sbdesk.errors import ValidationError

Converter = Callable[[Any, str, "Lookups"], Any]

_DMY = re.compile(r"([0-9]{1,2})/([0-9]{1,2})/([0-9]{4})")
_YMD_SHORT = re.compile(r"([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})")
_ISO_TIME = re.compile(r"([0-9]{4}-[0-9]{2}-[0-9]{2})[ T]0{1,2}:00(?::00(?:\.0+)?)?")
_SPACES = str.maketrans({"\u00a0": " ", "\u2009": " ", "\u202f": " ", "\u2007": " "})


@dataclass(frozen=True)
class ImportField:
    """One target of the column mapping: its name (the FieldSpec name where there is one), Swedish
    label, header names it is guessed from, and the converter that reshapes a cell for the form parser."""

    name: str
    label: str
    headers: tuple[str, ...]
    convert: Converter
    required: bool = False
    choices: tuple[tuple[str, Any], ...] = ()  # (Swedish label, value) for a fixed-value drop-down
    spec: Any = None  # the forms' FieldSpec that parses the converted value (None: checked by the kind)


@dataclass
class Lookups:
    """Names the converters resolve: municipalities (code → name) and landlords (id → name)."""

    municipalities: dict[str, str] = field(default_factory=dict)
    landlords: dict[int, str] = field(default_factory=dict)
    _by_name: dict[str, str] = field(default_factory=dict, repr=False)
    _landlord_by_name: dict[str, int] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        self._by_name = {_name_key(n): c for c, n in self.municipalities.items()}
        self._landlord_by_name = {}
        for landlord_id, name in sorted(self.landlords.items()):
            self._landlord_by_name.setdefault(_name_key(name), landlord_id)

    def municipality_code(self, value: Any, fld: str) -> str:
        """Code of a municipality given by code or name (typos get the nearest name as a suggestion)."""
        text = as_text(value)
        if re.fullmatch(r"[0-9]{3,4}", text):
            code = text.zfill(4)
            if code in self.municipalities:
                return code
            raise ValidationError(fld, "UNKNOWN_MUNICIPALITY", f"Kommunkoden {text} finns inte.")
        key = _name_key(text)
        base = key.removesuffix(" kommun").removesuffix(" stad")
        for candidate in (key, base, base.removesuffix("s")):  # "Västerås kommun", "Stockholms stad"
            if candidate in self._by_name:
                return self._by_name[candidate]
        near = difflib.get_close_matches(base, list(self._by_name), n=1, cutoff=0.6)
        if near:
            name = self.municipalities[self._by_name[near[0]]]
            raise ValidationError(fld, "MUNICIPALITY_SUGGESTION",
                                  f"Kommunen ”{text[:40]}” finns inte. Menade du {name}?")
        raise ValidationError(fld, "UNKNOWN_MUNICIPALITY", f"Kommunen ”{text[:40]}” finns inte.")

    def landlord_id(self, value: Any, fld: str) -> int:
        """Id of an existing landlord given by name (or by id, as a saved mapping stores it)."""
        if isinstance(value, int) and not isinstance(value, bool):
            if value in self.landlords:
                return value
            raise ValidationError(fld, "UNKNOWN_LANDLORD", "Hyresvärden finns inte längre. Välj en i listan.")
        key = _name_key(as_text(value))
        if key in self._landlord_by_name:
            return self._landlord_by_name[key]
        near = difflib.get_close_matches(key, list(self._landlord_by_name), n=1, cutoff=0.75)
        hint = f" Menade du {self.landlords[self._landlord_by_name[near[0]]]}?" if near else (
            " Lägg till hyresvärden först (eller importera hyresvärdar).")
        raise ValidationError(fld, "UNKNOWN_LANDLORD", f"Hyresvärden ”{as_text(value)[:60]}” finns inte.{hint}")


def _name_key(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).casefold().replace("-", " ").split())


def normalise_header(text: str) -> str:
    """A header reduced for matching: case-folded, ² as 2, punctuation removed, spaces collapsed."""
    text = unicodedata.normalize("NFC", text).casefold().replace("²", "2")
    text = re.sub(r"[^\w]+", " ", text)
    return " ".join(text.split())


# -- cell → text ---------------------------------------------------------------------------------


def as_text(value: Any) -> str:
    """A cell as trimmed text (whole floats without '.0', dates as YYYY-MM-DD)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "ja" if value else "nej"
    if isinstance(value, float):
        if value.is_integer():
            return str(int(value))
        return repr(value).replace(".", ",")
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == datetime.min.time() else value.isoformat(" ")
    if isinstance(value, date):
        return value.isoformat()
    return str(value).translate(_SPACES).strip()


def text(value: Any, fld: str, lookups: Lookups) -> Any:
    """Text as written (the FieldSpec trims and checks it)."""
    return value if isinstance(value, str) else as_text(value)


def _number_text(value: Any, units: Iterable[str]) -> Any:
    if isinstance(value, bool):
        return as_text(value)
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        return int(value) if value.is_integer() else as_text(value)
    out = as_text(value)
    lowered = out.casefold()
    for unit in units:
        if lowered.endswith(unit):
            out = out[: len(out) - len(unit)].strip()
            break
    return re.sub(r"(?<=[0-9]) (?=[0-9]{3}\b)", "", out)


def integer(*units: str, aliases: dict[str, int] | None = None) -> Converter:
    """A whole number; a trailing unit ("2 rok", "3 tr") is dropped, aliases ("bv" → 0) applied."""

    def convert(value: Any, fld: str, lookups: Lookups) -> Any:
        if aliases and isinstance(value, str) and value.strip().casefold() in aliases:
            return aliases[value.strip().casefold()]
        return _number_text(value, units)

    return convert


def rounded(*units: str) -> Converter:
    """A number that may have decimals (Swedish comma or point), rounded half up to a whole number."""

    def convert(value: Any, fld: str, lookups: Lookups) -> Any:
        out = _number_text(value, units)
        if isinstance(out, str) and re.fullmatch(r"[0-9]+[,.][0-9]+", out):
            try:
                return int(Decimal(out.replace(",", ".")).quantize(Decimal(1), rounding=ROUND_HALF_UP))
            except InvalidOperation:
                return out
        return out

    return convert


def kronor(value: Any, fld: str, lookups: Lookups) -> Any:
    """An amount in kronor: "8 500 kr", "8500,00", an Excel number; the forms' parser decides."""
    if isinstance(value, bool):
        return as_text(value)
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        return int(value) if value.is_integer() else Decimal(repr(value))
    out = as_text(value)
    for tail in ("/mån", "/månad", " per månad", "/month", " i månaden"):
        if out.casefold().endswith(tail):
            out = out[: len(out) - len(tail)].strip()
    return out


def a_date(value: Any, fld: str, lookups: Lookups) -> Any:
    """A date: an Excel date, YYYY-MM-DD (also 2025-7-1), or D/M/YYYY (reshaped to YYYY-MM-DD for the
    forms' parser, which then decides whether the date exists)."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    out = as_text(value)
    if m := _DMY.fullmatch(out):
        day, month, year = (int(g) for g in m.groups())
        return f"{year:04d}-{month:02d}-{day:02d}"
    if m := _ISO_TIME.fullmatch(out):
        return m.group(1)
    if m := _YMD_SHORT.fullmatch(out):
        year, month, day = (int(g) for g in m.groups())
        return f"{year:04d}-{month:02d}-{day:02d}"
    return out


def postnummer(value: Any, fld: str, lookups: Lookups) -> Any:
    """A postnummer; an Excel number 72212 becomes "72212" (never used to find a municipality)."""
    return as_text(value)


def flag(value: Any, fld: str, lookups: Lookups) -> Any:
    """Yes/no; besides the forms' ja/nej/1/0 a mark such as "x" or "✓" means yes."""
    if isinstance(value, bool):
        return value
    out = as_text(value)
    return "ja" if out.casefold() in {"x", "✓", "✔", "ja!"} else out


def choice(enum_cls: type[LabelledEnum], aliases: dict[str, str] | None = None) -> Converter:
    """A choice given by its Swedish label (any case), its stored value or an alias."""
    table = {m.value.casefold(): m.value for m in enum_cls}
    table.update({m.label.casefold(): m.value for m in enum_cls})
    table.update({k.casefold(): v for k, v in (aliases or {}).items()})

    def convert(value: Any, fld: str, lookups: Lookups) -> Any:
        out = as_text(value)
        return table.get(" ".join(out.casefold().split()), out)

    return convert


def municipality(value: Any, fld: str, lookups: Lookups) -> Any:
    """A municipality by name or code, as its code (typos suggest the nearest of the 290)."""
    return lookups.municipality_code(value, fld)


def municipalities(value: Any, fld: str, lookups: Lookups) -> list[str]:
    """Several municipalities separated by ',' ';' or line breaks, as codes."""
    codes, errors = [], []
    for part in re.split(r"[,;\n]+", as_text(value)):
        if part.strip():
            try:
                codes.append(lookups.municipality_code(part.strip(), fld))
            except ValidationError as exc:
                errors.append(exc)
    if errors:
        raise ValidationError.collect(errors)
    return list(dict.fromkeys(codes))


def landlord(value: Any, fld: str, lookups: Lookups) -> Any:
    """An existing landlord by name, as its id."""
    return lookups.landlord_id(value, fld)


def years(value: Any, fld: str, lookups: Lookups) -> list[Any]:
    """Birth years separated by ',' ';' or spaces ("2015, 2018"), each checked by the member form later."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return [_number_text(value, ())]
    return [part for part in re.split(r"[,;\s]+", as_text(value)) if part]
