"""The återrapportering's figures as plain frozen dataclasses: rounding, shares, marks, and JSON round trips.

Money is whole kronor (int). The share of unused money is rounded to a whole percent, half up, the
way Socialstyrelsen's tables print it (822 900 granted, 64 048 unused → 8 %; exactly .5 goes up),
with integer arithmetic only. `GrantFigures.to_json()` / `from_json()` keep every figure of a frozen
report exactly as reported; the queries that fill the figures are in `grant_data`.
"""

from __future__ import annotations

import types
from collections.abc import Iterable
from dataclasses import asdict, dataclass, fields, is_dataclass
from typing import Any, Union, get_args, get_origin, get_type_hints


def round_half_up_percent(part: int, whole: int) -> int:
    """part/whole as a whole percent, rounded half up (0 when whole is 0); integers only, never float."""
    for value in (part, whole):
        if isinstance(value, bool) or not isinstance(value, int):
            raise TypeError("round_half_up_percent expects int")
    if whole <= 0:
        return 0
    sign = -1 if part < 0 else 1
    return sign * ((200 * abs(part) + whole) // (2 * whole))


def median_half_up(values: Iterable[int]) -> int | None:
    """The median of whole numbers, a middle half rounded up (None for no values)."""
    ordered = sorted(values)
    if not ordered:
        return None
    mid = len(ordered) // 2
    if len(ordered) % 2:
        return ordered[mid]
    total = ordered[mid - 1] + ordered[mid]
    return (total + 1) // 2 if total >= 0 else -((-total) // 2)


# -- the figures ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class CostLine:
    """One cost item of question 2: stable code, Swedish label, amount (None while not entered)."""

    code: str
    label: str
    amount_sek: int | None


@dataclass(frozen=True)
class Mark:
    """One activity area or collaboration partner: manual marks, what the data shows, and the confirmation."""

    kind: str  # "area" | "partner"
    code: str
    label: str
    manual: int  # activities of the year that mark it
    derived: str  # Swedish explanation of what the recorded data shows ("" when nothing)
    confirmed: bool  # the coordinator confirmed the derived mark for the report

    @property
    def reported(self) -> bool:
        """True when the report answers yes: marked by an activity, or derived and confirmed."""
        return self.manual > 0 or (bool(self.derived) and self.confirmed)

    @property
    def awaiting_confirmation(self) -> bool:
        """True when only the data shows it and the coordinator has not confirmed it yet."""
        return bool(self.derived) and not self.confirmed and self.manual == 0


@dataclass(frozen=True)
class Count:
    """A label and a number (a decline reason and how often it was given, …)."""

    label: str
    value: int


@dataclass(frozen=True)
class ContractLine:
    """Households (and their children) who moved in under one contract type."""

    code: str
    label: str
    households: int
    children: int


@dataclass(frozen=True)
class RequestLine:
    """One outcome of the year's requests, counted per direction."""

    code: str
    label: str
    outgoing: int
    incoming: int


@dataclass(frozen=True)
class Outcome:
    """What the year's recorded work achieved (counts only: nothing here identifies a person)."""

    households_moved: int = 0  # into stadigvarande boende (signed contracts; jourlägenhet not counted)
    children_moved: int = 0
    by_contract: tuple[ContractLine, ...] = ()
    emergency_households: int = 0  # moved into a jourlägenhet (not stadigvarande boende)
    days_known: int = 0  # households whose start in skyddat boende is recorded
    median_days: int | None = None
    longest_days: int | None = None
    requests_out: int = 0  # sent during the year
    requests_in: int = 0  # received during the year
    request_outcomes: tuple[RequestLine, ...] = ()
    moved_out: int = 0  # households of ours moved through a request during the year
    moved_in: int = 0  # households received through a request during the year
    offers_made: int = 0
    offers_accepted: int = 0
    offers_declined: int = 0
    offers_expired: int = 0
    decline_reasons: tuple[Count, ...] = ()


@dataclass(frozen=True)
class ActivityLine:
    """An activity as reported (labels, not codes, so a frozen report keeps its wording)."""

    id: int
    occurred_on: str
    description: str
    areas: tuple[str, ...]
    partners: tuple[str, ...]
    hours: int | None
    cost_sek: int | None


@dataclass(frozen=True)
class Missing:
    """Something to do before export: a stable code and a Swedish explanation."""

    code: str
    message: str


@dataclass(frozen=True)
class GrantFigures:
    """Every figure of one year's report; `previous` is the year before when it is registered."""

    year: int
    generated_on: str
    registered: bool = False
    granted_sek: int | None = None
    costs: tuple[CostLine, ...] = ()
    cost_total_sek: int = 0
    unused_sek: int | None = None
    unused_share_percent: int | None = None
    overspent_sek: int = 0
    unused_time_shortage: bool = False
    unused_staff_shortage: bool = False
    unused_other: bool = False
    unused_other_text: str = ""
    strengthened_existing: bool | None = None
    started_new: bool | None = None
    assessment: str | None = None
    assessment_label: str = ""
    without_grant: str | None = None
    without_grant_label: str = ""
    documentation: str = ""
    disseminated: bool | None = None
    areas: tuple[Mark, ...] = ()
    partners: tuple[Mark, ...] = ()
    outcome: Outcome = Outcome()
    activities: tuple[ActivityLine, ...] = ()
    activity_hours: int = 0
    activity_cost_sek: int = 0
    missing: tuple[Missing, ...] = ()
    frozen_at: str | None = None
    frozen_by: str | None = None
    previous: GrantFigures | None = None

    @property
    def frozen(self) -> bool:
        """True for a snapshot kept when the report was frozen."""
        return self.frozen_at is not None

    def cost(self, code: str) -> int | None:
        """One cost item's amount by code (salaries, services, travel)."""
        return next((c.amount_sek for c in self.costs if c.code == code), None)

    def marks(self) -> tuple[Mark, ...]:
        """Areas and partners together."""
        return self.areas + self.partners

    def mark(self, kind: str, code: str) -> Mark:
        """One mark by kind and code (KeyError when unknown)."""
        for m in self.marks():
            if m.kind == kind and m.code == code:
                return m
        raise KeyError((kind, code))

    def to_json(self) -> dict[str, Any]:
        """Plain JSON-ready dict of every figure (tuples become lists)."""
        return _plain(asdict(self))

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> GrantFigures:
        """Rebuild figures stored by to_json (fields added later take their defaults)."""
        return _load(cls, data)


def _plain(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return value


def _load(cls: type[Any], data: dict[str, Any]) -> Any:
    hints = get_type_hints(cls)
    kwargs = {f.name: _coerce(hints[f.name], data[f.name]) for f in fields(cls) if f.name in data}
    return cls(**kwargs)


def _coerce(tp: Any, value: Any) -> Any:
    if value is None:
        return None
    origin = get_origin(tp)
    if origin is tuple:
        inner = get_args(tp)[0]
        return tuple(_coerce(inner, v) for v in value)
    if origin in (Union, types.UnionType):
        inner = next(a for a in get_args(tp) if a is not type(None))
        return _coerce(inner, value)
    if is_dataclass(tp) and isinstance(value, dict):
        return _load(tp, value)  # type: ignore[arg-type]
    return value
