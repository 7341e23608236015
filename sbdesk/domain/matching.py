"""Matching households to apartments: hard rules filter, a soft score ranks (no Qt, no database).

The facts, the policy, the rules and the score live in `matching_rules`; this module adds the
queries. Each query has a naive twin (`naive_*`: every rule on every pair) that the tests hold the
fast one to, result for result. The fast queries bucket their input once:

* `HouseholdIndex`: households by (size, needs, förtur), each bucket sorted by max rent, plus
  inverted indexes municipality → households that exclude it and district → households that
  exclude it. An apartment then only looks at the buckets its rooms, features and rent allow.
* `ApartmentIndex`: apartments by municipality, then (rooms, features, set aside for förtur),
  each bucket sorted by rent. A household skips its spärrområden whole and scores the parts
  that depend on the municipality once per municipality.

`best_households_for_each` ranks each apartment on its own, like `households_for(...)[0]`: one
household may come out best for several apartments (choosing who gets which is the coordinator's).

Order is deterministic: total score descending, then waiting since (longest first, unknown
last), then reference (households) or apartment id (apartments). The fast queries sort on one
integer per match (total and a precomputed tie-break rank), which is what makes 100 000 matches
sortable in a few tens of milliseconds.

Garbage collector: a query may build one Match per fitting pair (100 000 for a household that
fits everything) and creates no reference cycles. A full cyclic collection that happens to fire
in the middle walks every object in the process (the indexes hold several hundred thousand), which
made single queries up to three times slower at random. The fast queries and the index constructors
therefore pause the cyclic collector while they run; reference counting still frees everything.
"""

from __future__ import annotations

import functools
import gc
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import date
from typing import ParamSpec, TypeVar

from sbdesk.domain.matching_rules import (
    RULES,
    RULES_BY_CODE,
    ApartmentFacts,
    HouseholdFacts,
    Match,
    MatchPolicy,
    Rule,
    RuleFailure,
    Score,
    ScorePart,
    capacity,
    check,
    distance,
    make_score,
    min_rooms,
    normalize_area,
    score,
    score_waited,
    waiting_points,
    why_not,
)
from sbdesk.errors import ValidationError

__all__ = [
    "RULES", "RULES_BY_CODE", "ApartmentFacts", "ApartmentIndex", "HouseholdFacts", "HouseholdIndex", "Match",
    "MatchPolicy", "Rule", "RuleFailure", "Score", "ScorePart", "apartments_for", "best_households_for_each",
    "capacity", "check", "households_for", "min_rooms", "naive_apartments_for", "naive_best_households_for_each",
    "naive_households_for", "normalize_area", "score", "why_not",
]

_NO_LIMIT = 1 << 62  # max rent of a household without one
_NEVER = date.max.toordinal() + 1  # needed_by of a household without a date: never too late
_LAST = date.max.toordinal() + 1  # waiting_since ordinal that sorts unknown dates last
_EMPTY: frozenset[int] = frozenset()


def _tie_key(h: HouseholdFacts) -> tuple[int, str, int]:
    """Tie-break among equal totals: longest waiting first (unknown last), then reference, then case id."""
    return (_LAST if h.waiting_since is None else h.waiting_since.toordinal(), h.reference, h.case_id)


def _household_order(m: Match) -> tuple[int, tuple[int, str, int]]:
    """Sort key of the naive household list."""
    return -m.score.total, _tie_key(m.household)


def _apartment_order(m: Match) -> tuple[int, int]:
    """Sort key of the naive apartment list."""
    return -m.score.total, m.apartment.apartment_id


P = ParamSpec("P")
R = TypeVar("R")


def _collector_paused(fn: Callable[P, R]) -> Callable[P, R]:
    """Run fn with the cyclic garbage collector paused (see "Garbage collector" in the module docs)."""

    @functools.wraps(fn)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        was_enabled = gc.isenabled()
        gc.disable()
        try:
            return fn(*args, **kwargs)
        finally:
            if was_enabled:
                gc.enable()

    return wrapper


def _in_key_order(keys: list[int], matches: list[Match]) -> list[Match]:
    """The matches sorted by their integer keys (ints sort much faster than tuples)."""
    return [matches[j] for j in sorted(range(len(keys)), key=keys.__getitem__)]


# --- naive: every rule on every pair ------------------------------------------------------------------


def naive_households_for(apartment: ApartmentFacts, households: Iterable[HouseholdFacts], policy: MatchPolicy,
                         today: date) -> list[Match]:
    """Households that may get the apartment, best first (rule by rule; the reference for tests)."""
    found = [Match(h, apartment, score(h, apartment, policy, today))
             for h in households if not check(h, apartment, policy)]
    return sorted(found, key=_household_order)


def naive_apartments_for(household: HouseholdFacts, apartments: Iterable[ApartmentFacts], policy: MatchPolicy,
                         today: date) -> list[Match]:
    """Apartments the household may get, best first (rule by rule; the reference for tests)."""
    found = [Match(household, a, score(household, a, policy, today))
             for a in apartments if not check(household, a, policy)]
    return sorted(found, key=_apartment_order)


def naive_best_households_for_each(apartments: Iterable[ApartmentFacts], households: Sequence[HouseholdFacts],
                                   policy: MatchPolicy, today: date) -> dict[int, Match | None]:
    """Best household for each apartment, each apartment on its own (rule by rule; for tests)."""
    out: dict[int, Match | None] = {}
    for a in apartments:
        found = naive_households_for(a, households, policy, today)
        out[a.apartment_id] = found[0] if found else None
    return out


# --- households for an apartment ----------------------------------------------------------------------


class HouseholdIndex:
    """Households bucketed for apartment queries; build once, query many times (do not mutate)."""

    __slots__ = (
        "_excluded_by_area",
        "_excluded_by_municipality",
        "_groups",
        "_needed",
        "_rank",
        "_waiting",
        "households",
    )

    @_collector_paused
    def __init__(self, households: Iterable[HouseholdFacts]) -> None:
        self.households: tuple[HouseholdFacts, ...] = tuple(households)
        groups: dict[tuple[int, int, bool], list[tuple[int, int]]] = {}
        by_municipality: dict[str, set[int]] = {}
        by_area: dict[str, set[int]] = {}
        for i, h in enumerate(self.households):
            limit = _NO_LIMIT if h.max_rent_sek is None else h.max_rent_sek
            groups.setdefault((h.household_size, h.need_mask, h.has_priority), []).append((-limit, i))
            for code in h.excluded_municipalities:
                by_municipality.setdefault(code, set()).add(i)
            for area in h.excluded_areas:
                by_area.setdefault(area, set()).add(i)
        # (size, needs, förtur, -max rent ascending, positions): the rent rule keeps a prefix of each bucket.
        self._groups: list[tuple[int, int, bool, list[int], list[int]]] = []
        for (size, mask, priority), rows in sorted(groups.items()):
            rows.sort()
            self._groups.append((size, mask, priority, [r[0] for r in rows], [r[1] for r in rows]))
        self._excluded_by_municipality = {k: frozenset(v) for k, v in by_municipality.items()}
        self._excluded_by_area = {k: frozenset(v) for k, v in by_area.items()}
        self._needed = [_NEVER if h.needed_by is None else h.needed_by.toordinal() for h in self.households]
        order = sorted(range(len(self.households)), key=lambda i: _tie_key(self.households[i]))
        self._rank = [0] * len(order)  # position in the tie-break order
        for rank, i in enumerate(order):
            self._rank[i] = rank
        self._waiting: tuple[tuple[date, int, int], list[int]] | None = None

    def __len__(self) -> int:
        return len(self.households)

    def waiting(self, today: date, policy: MatchPolicy) -> list[int]:
        """Waiting points of every household (kept for the last day and policy asked for)."""
        key = (today, policy.weight_waiting, policy.waiting_cap_days)
        cached = self._waiting
        if cached is None or cached[0] != key:
            cached = self._waiting = (key, [waiting_points(h.waiting_since, today, policy) for h in self.households])
        return cached[1]

    def fitting(self, a: ApartmentFacts, policy: MatchPolicy) -> list[int]:
        """Positions of the households that break no hard rule for the apartment."""
        cap = capacity(a.rooms, policy.persons_per_room)
        lacking = ~a.offer_mask
        skip = self._excluded_by_municipality.get(a.municipality_code, _EMPTY)
        if a.district is not None and a.district in self._excluded_by_area:
            skip = skip | self._excluded_by_area[a.district]
        threshold = None if a.available_from is None else a.available_from.toordinal() - policy.days_slack
        needed = self._needed
        neg_rent = -a.rent_sek
        priority_only = a.reserved_for_priority
        out: list[int] = []
        for size, mask, priority, neg_limits, positions in self._groups:
            if size > cap:
                break
            if mask & lacking or (priority_only and not priority):
                continue
            n = bisect_right(neg_limits, neg_rent)
            if not n:
                continue
            chosen = positions[:n] if n < len(positions) else positions
            if skip:
                chosen = [i for i in chosen if i not in skip]
            if threshold is not None:
                chosen = [i for i in chosen if needed[i] >= threshold]
            out.extend(chosen)
        return out


def _household_index(households: Iterable[HouseholdFacts] | HouseholdIndex) -> HouseholdIndex:
    """The given index, or one built from the households."""
    return households if isinstance(households, HouseholdIndex) else HouseholdIndex(households)


@_collector_paused
def households_for(apartment: ApartmentFacts, households: Iterable[HouseholdFacts] | HouseholdIndex,
                   policy: MatchPolicy, today: date) -> list[Match]:
    """Households that may get the apartment, best first (pass a HouseholdIndex to reuse the buckets)."""
    index = _household_index(households)
    hs, rank, wait, n = index.households, index._rank, index.waiting(today, policy), len(index)
    keys: list[int] = []
    found: list[Match] = []
    for i in index.fitting(apartment, policy):
        s = score_waited(hs[i], apartment, policy, wait[i])
        keys.append(rank[i] - s.total * n)
        found.append(Match(hs[i], apartment, s))
    return _in_key_order(keys, found)


@_collector_paused
def best_households_for_each(apartments: Iterable[ApartmentFacts],
                             households: Iterable[HouseholdFacts] | HouseholdIndex, policy: MatchPolicy,
                             today: date) -> dict[int, Match | None]:
    """Best household for each apartment, or None when none fits (apartments ranked independently)."""
    index = _household_index(households)
    hs, rank, wait, n = index.households, index._rank, index.waiting(today, policy), len(index)
    p = policy
    w_mun, w_area, w_school = p.weight_wished_municipality, p.weight_wished_area, p.weight_school_municipality
    w_far, w_near, w_rent = p.weight_other_county, p.weight_same_county, p.weight_rent_headroom
    out: dict[int, Match | None] = {}
    for a in apartments:
        code, district, county, rent = a.municipality_code, a.district, a.county_code, a.rent_sek
        best_i, best_key = -1, 0
        for i in index.fitting(a, p):
            h = hs[i]  # the same sum as score_waited(), without building parts
            total = wait[i]
            if code in h.wished_municipalities:
                total += w_mun
            if district in h.wished_areas:
                total += w_area
            if code in h.school_municipalities:
                total += w_school
            total += w_near if county in h.excluded_counties else w_far
            max_rent = h.max_rent_sek
            if max_rent:
                total += w_rent * max(max_rent - rent, 0) // max_rent
            key = rank[i] - total * n
            if best_i < 0 or key < best_key:
                best_i, best_key = i, key
        out[a.apartment_id] = None if best_i < 0 else Match(hs[best_i], a, score_waited(hs[best_i], a, p, wait[best_i]))
    return out


# --- apartments for a household -----------------------------------------------------------------------


class ApartmentIndex:
    """Apartments bucketed by municipality, rooms, features and förtur, each bucket sorted by rent."""

    __slots__ = ("_by_municipality", "_id_span", "_lowest_id", "apartments")

    @_collector_paused
    def __init__(self, apartments: Iterable[ApartmentFacts]) -> None:
        self.apartments: tuple[ApartmentFacts, ...] = tuple(apartments)
        ids = [a.apartment_id for a in self.apartments]
        if len(set(ids)) != len(ids):
            twice = ", ".join(str(k) for k, n in sorted(Counter(ids).items()) if n > 1)
            raise ValidationError("apartment_id", "DUPLICATE_APARTMENT",
                                  f"Samma lägenhet finns flera gånger i underlaget (id {twice}).")
        self._lowest_id = min(ids, default=0)
        self._id_span = max(ids, default=0) - self._lowest_id + 1
        groups: dict[tuple[str, int, int, bool], list[ApartmentFacts]] = {}
        for a in self.apartments:
            groups.setdefault((a.municipality_code, a.rooms, a.offer_mask, a.reserved_for_priority), []).append(a)
        self._by_municipality: dict[str, list[tuple[int, int, bool, list[int], list[ApartmentFacts]]]] = {}
        for (code, rooms, mask, reserved), rows in sorted(groups.items()):
            rows.sort(key=lambda a: (a.rent_sek, a.apartment_id))
            bucket = (rooms, mask, reserved, [a.rent_sek for a in rows], rows)
            self._by_municipality.setdefault(code, []).append(bucket)

    def __len__(self) -> int:
        return len(self.apartments)

    def fitting(self, h: HouseholdFacts, policy: MatchPolicy) -> Iterator[tuple[str, list[ApartmentFacts]]]:
        """(municipality code, apartments there that break no hard rule for the household), by code."""
        need = h.need_mask
        least_rooms = min_rooms(h.household_size, policy.persons_per_room)
        max_rent = h.max_rent_sek
        excluded, excluded_areas = h.excluded_municipalities, h.excluded_areas
        latest = None if h.needed_by is None else h.needed_by.toordinal() + policy.days_slack
        for code, buckets in self._by_municipality.items():
            if code in excluded:
                continue
            chosen: list[ApartmentFacts] = []
            for rooms, mask, reserved, rents, rows in buckets:
                if rooms < least_rooms or need & ~mask or (reserved and not h.has_priority):
                    continue
                n = len(rows) if max_rent is None else bisect_right(rents, max_rent)
                if not n:
                    continue
                sel = rows[:n] if n < len(rows) else rows
                if excluded_areas:
                    sel = [a for a in sel if a.district not in excluded_areas]
                if latest is not None:
                    sel = [a for a in sel if a.available_from is None or a.available_from.toordinal() <= latest]
                chosen.extend(sel)
            if chosen:
                yield code, chosen


@_collector_paused
def apartments_for(household: HouseholdFacts, apartments: Iterable[ApartmentFacts] | ApartmentIndex,
                   policy: MatchPolicy, today: date) -> list[Match]:
    """Apartments the household may get, best first (pass an ApartmentIndex to reuse the buckets)."""
    index = apartments if isinstance(apartments, ApartmentIndex) else ApartmentIndex(apartments)
    h, p = household, policy
    lowest, span = index._lowest_id, index._id_span
    wait = waiting_points(h.waiting_since, today, p)
    max_rent, wished_areas = h.max_rent_sek, h.wished_areas
    w_area, w_rent = p.weight_wished_area, p.weight_rent_headroom
    keys: list[int] = []
    found: list[Match] = []
    for code, chosen in index.fitting(h, p):
        wished = p.weight_wished_municipality if code in h.wished_municipalities else 0
        school = p.weight_school_municipality if code in h.school_municipalities else 0
        label, near_or_far = distance(h, code[:2], p)
        scores: dict[tuple[int, int], Score] = {}  # this municipality's scores by (area, rent) points
        for a in chosen:  # the same parts as score(), with the municipality's parts worked out once
            area = w_area if a.district in wished_areas else 0
            rent = w_rent * max(max_rent - a.rent_sek, 0) // max_rent if max_rent else 0
            s = scores.get((area, rent))
            if s is None:
                s = scores[area, rent] = make_score(wished, area, school, label, near_or_far, wait, rent)
            keys.append(a.apartment_id - lowest - s.total * span)
            found.append(Match(h, a, s))
    return _in_key_order(keys, found)
