"""Facts, policy, hard rules and soft score for matching households to apartments (no Qt, no database).

Decisions (services fill the facts from the models; nothing here reads a database):

* Crowding norm (DESIGN.md): n persons fit in r rok when n <= max(2, persons_per_room × (r − 1)),
  so 1–2 persons fit 1 rok, 3–4 need 3 rok, 5–6 need 4 rok (3 persons do not fit 2 rok: one bedroom).
* Unknown facts never pass a need: a household that needs an elevator or a ground floor does not
  get an apartment whose floor is unknown (floor 0, bottenvåning, needs no elevator). An unknown
  max rent, needed-by date or available-from date sets no limit.
* Spärrområden: a municipality (SCB code) is a hard rule; a district is compared by casefolded name
  in any municipality (erring on the side of excluding). Excluded counties only lower the score.
* The score is whole points; a part without data (no max rent, no waiting date) scores 0.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date

from sbdesk.domain.validators import format_kronor
from sbdesk.errors import ValidationError

__all__ = [
    "RULES", "RULES_BY_CODE", "ApartmentFacts", "HouseholdFacts", "Match", "MatchPolicy", "Rule", "RuleFailure",
    "Score", "ScorePart", "capacity", "check", "distance", "make_score", "min_rooms", "normalize_area",
    "rent_points", "score", "score_waited", "waiting_points", "why_not",
]

_MUNICIPALITY_CODE = re.compile(r"\d{4}")

# Bits of what a household needs / what an apartment offers (the fast path compares them as masks).
NEED_ELEVATOR, NEED_GROUND_FLOOR, NEED_WHEELCHAIR = 1, 2, 4


def normalize_area(name: str) -> str:
    """A district name as matching compares it: trimmed, inner spaces collapsed, casefolded."""
    return " ".join(name.split()).casefold()


def _codes(field: str, values: Iterable[str]) -> frozenset[str]:
    """Municipality codes as a frozenset, each checked to be four digits."""
    out = frozenset(values)
    for code in out:
        if not isinstance(code, str) or not _MUNICIPALITY_CODE.fullmatch(code):
            raise ValidationError(field, "MUNICIPALITY_CODE", f"Ogiltig kommunkod: {code!r} (fyra siffror).")
    return out


def _areas(values: Iterable[str]) -> frozenset[str]:
    """District names normalised for comparison; blank names are dropped."""
    return frozenset(a for a in (normalize_area(v) for v in values) if a)


@dataclass(frozen=True, slots=True)
class HouseholdFacts:
    """What matching needs to know about one waiting household (no names, no addresses)."""

    case_id: int
    reference: str
    household_size: int
    children: int = 0
    max_rent_sek: int | None = None
    needs_elevator: bool = False
    needs_ground_floor: bool = False
    needs_wheelchair: bool = False
    excluded_municipalities: frozenset[str] = frozenset()
    # Counties of the excluded municipalities are always added; callers may give more (soft score only).
    excluded_counties: frozenset[str] = frozenset()
    excluded_areas: frozenset[str] = frozenset()
    wished_municipalities: frozenset[str] = frozenset()
    wished_areas: frozenset[str] = frozenset()
    needed_by: date | None = None
    waiting_since: date | None = None
    has_priority: bool = False
    school_municipalities: frozenset[str] = frozenset()

    def __post_init__(self) -> None:
        """Validate sizes and codes; normalise sets, derive excluded counties."""
        if self.household_size < 1:
            raise ValidationError("household_size", "HOUSEHOLD_SIZE", "Hushållet måste ha minst en person.")
        if not 0 <= self.children < self.household_size:
            raise ValidationError(
                "children", "CHILDREN",
                f"Antalet barn ({self.children}) måste vara mindre än hushållets storlek ({self.household_size}).")
        if self.max_rent_sek is not None and self.max_rent_sek < 0:
            raise ValidationError("max_rent_sek", "MAX_RENT", "Maxhyran kan inte vara negativ.")
        excluded = _codes("excluded_municipalities", self.excluded_municipalities)
        counties = frozenset(self.excluded_counties) | {code[:2] for code in excluded}
        for county in counties:
            if not (isinstance(county, str) and len(county) == 2 and county.isdigit()):
                raise ValidationError("excluded_counties", "COUNTY_CODE", f"Ogiltig länskod: {county!r}.")
        set_ = object.__setattr__
        set_(self, "excluded_municipalities", excluded)
        set_(self, "excluded_counties", counties)
        set_(self, "excluded_areas", _areas(self.excluded_areas))
        set_(self, "wished_municipalities", _codes("wished_municipalities", self.wished_municipalities))
        set_(self, "wished_areas", _areas(self.wished_areas))
        set_(self, "school_municipalities", _codes("school_municipalities", self.school_municipalities))

    @property
    def need_mask(self) -> int:
        """NEED_* bits of this household."""
        return ((NEED_ELEVATOR if self.needs_elevator else 0) | (NEED_GROUND_FLOOR if self.needs_ground_floor else 0)
                | (NEED_WHEELCHAIR if self.needs_wheelchair else 0))


@dataclass(frozen=True, slots=True)
class ApartmentFacts:
    """What matching needs to know about one apartment; rooms exclude the kitchen ("2 rok" = 2)."""

    apartment_id: int
    municipality_code: str
    rooms: int
    rent_sek: int
    district: str | None = None
    floor: int | None = None
    elevator: bool = False
    wheelchair_accessible: bool = False
    available_from: date | None = None
    reserved_for_priority: bool = False
    county_code: str = ""  # derived: the first two digits of municipality_code
    municipality_name: str = ""  # for explanations only ("Västerås"); never used to decide

    def __post_init__(self) -> None:
        """Validate; derive county_code and normalise the district name."""
        if not isinstance(self.municipality_code, str) or not _MUNICIPALITY_CODE.fullmatch(self.municipality_code):
            raise ValidationError("municipality_code", "MUNICIPALITY_CODE",
                                  f"Ogiltig kommunkod: {self.municipality_code!r} (fyra siffror).")
        if self.county_code and self.county_code != self.municipality_code[:2]:
            raise ValidationError("county_code", "COUNTY_CODE",
                                  f"Länskoden {self.county_code} hör inte till kommun {self.municipality_code}.")
        if self.rooms < 1:
            raise ValidationError("rooms", "ROOMS", "Lägenheten måste ha minst ett rum.")
        if self.rent_sek < 0:
            raise ValidationError("rent_sek", "RENT", "Hyran kan inte vara negativ.")
        object.__setattr__(self, "county_code", self.municipality_code[:2])
        object.__setattr__(self, "district", normalize_area(self.district) or None if self.district else None)

    @property
    def offer_mask(self) -> int:
        """NEED_* bits this apartment satisfies (ground floor 0 satisfies a need for an elevator)."""
        ground = self.floor == 0
        return ((NEED_ELEVATOR if self.elevator or ground else 0) | (NEED_GROUND_FLOOR if ground else 0)
                | (NEED_WHEELCHAIR if self.wheelchair_accessible else 0))


@dataclass(frozen=True, slots=True)
class MatchPolicy:
    """Crowding norm, date slack and the soft-score weights (whole points)."""

    persons_per_room: int = 2
    days_slack: int = 30
    weight_wished_municipality: int = 30
    weight_wished_area: int = 10
    weight_school_municipality: int = 20
    weight_other_county: int = 20  # no spärrområde in the apartment's county (or none at all)
    weight_same_county: int = 0  # the apartment's county holds a spärrområde
    weight_waiting: int = 40  # reached after waiting_cap_days, linear before
    waiting_cap_days: int = 730
    weight_rent_headroom: int = 10  # rent 0 gets all, rent == max rent gets none

    def __post_init__(self) -> None:
        """Refuse values that make no sense."""
        if self.persons_per_room < 1:
            raise ValidationError("persons_per_room", "PERSONS_PER_ROOM", "Minst en person per rum.")
        if self.days_slack < 0:
            raise ValidationError("days_slack", "DAYS_SLACK", "Antalet dagars marginal kan inte vara negativt.")
        if self.waiting_cap_days < 1:
            raise ValidationError("waiting_cap_days", "WAITING_CAP", "Väntetidens tak måste vara minst en dag.")
        for name in ("weight_wished_municipality", "weight_wished_area", "weight_school_municipality",
                     "weight_other_county", "weight_same_county", "weight_waiting", "weight_rent_headroom"):
            if getattr(self, name) < 0:
                raise ValidationError(name, "WEIGHT", "Vikter kan inte vara negativa.")


def capacity(rooms: int, persons_per_room: int = 2) -> int:
    """Most persons that fit in `rooms` rok: max(2, persons_per_room × (rooms − 1))."""
    return max(2, persons_per_room * (rooms - 1))


def min_rooms(persons: int, persons_per_room: int = 2) -> int:
    """Fewest rooms (rok) a household of `persons` fits in under the crowding norm."""
    return 1 if persons <= 2 else 1 + -(-persons // persons_per_room)


@dataclass(frozen=True, slots=True)
class RuleFailure:
    """A hard rule the pair breaks: stable code and a Swedish explanation."""

    code: str
    message: str


@dataclass(frozen=True, slots=True)
class Rule:
    """A named hard rule; `test` returns a Swedish explanation when the pair breaks it, else None."""

    code: str
    label_sv: str
    test: Callable[[HouseholdFacts, ApartmentFacts, MatchPolicy], str | None]

    def __call__(self, h: HouseholdFacts, a: ApartmentFacts, policy: MatchPolicy) -> RuleFailure | None:
        """The failure, or None when the pair passes this rule."""
        message = self.test(h, a, policy)
        return None if message is None else RuleFailure(self.code, message)


def _persons(n: int) -> str:
    return f"{n} person" if n == 1 else f"{n} personer"


def _rooms(h: HouseholdFacts, a: ApartmentFacts, p: MatchPolicy) -> str | None:
    cap = capacity(a.rooms, p.persons_per_room)
    if h.household_size <= cap:
        return None
    return (f"För litet: {_persons(h.household_size)} får inte plats i {a.rooms} rok "
            f"(högst {cap} enligt trångboddhetsnormen).")


def _rent(h: HouseholdFacts, a: ApartmentFacts, p: MatchPolicy) -> str | None:
    if h.max_rent_sek is None or a.rent_sek <= h.max_rent_sek:
        return None
    return (f"För dyr: hyran {format_kronor(a.rent_sek)}/mån är högre än hushållets maxhyra "
            f"{format_kronor(h.max_rent_sek)}/mån.")


def _elevator(h: HouseholdFacts, a: ApartmentFacts, p: MatchPolicy) -> str | None:
    if not h.needs_elevator or a.elevator or a.floor == 0:
        return None
    if a.floor is None:
        return "Hiss behövs: huset har ingen hiss, och lägenhetens våning är okänd."
    return f"Hiss behövs: lägenheten ligger på våning {a.floor} och huset har ingen hiss."


def _ground_floor(h: HouseholdFacts, a: ApartmentFacts, p: MatchPolicy) -> str | None:
    if not h.needs_ground_floor or a.floor == 0:
        return None
    if a.floor is None:
        return "Bottenvåning behövs: våning okänd för lägenheten."
    return f"Bottenvåning behövs: lägenheten ligger på våning {a.floor}."


def _wheelchair(h: HouseholdFacts, a: ApartmentFacts, p: MatchPolicy) -> str | None:
    if not h.needs_wheelchair or a.wheelchair_accessible:
        return None
    return "Rullstolsanpassad bostad behövs: lägenheten är inte tillgänglighetsanpassad."


def _excluded_municipality(h: HouseholdFacts, a: ApartmentFacts, p: MatchPolicy) -> str | None:
    if a.municipality_code not in h.excluded_municipalities:
        return None
    where = a.municipality_name or f"kommun {a.municipality_code}"
    return f"Spärrområde: lägenheten ligger i {where}, en kommun där hushållet inte får bo."


def _excluded_area(h: HouseholdFacts, a: ApartmentFacts, p: MatchPolicy) -> str | None:
    if a.district is None or a.district not in h.excluded_areas:
        return None
    return f"Spärrområde: området {a.district.capitalize()} är spärrat för hushållet."


def _available_date(h: HouseholdFacts, a: ApartmentFacts, p: MatchPolicy) -> str | None:
    if a.available_from is None or h.needed_by is None:
        return None
    late = (a.available_from - h.needed_by).days
    if late <= p.days_slack:
        return None
    return (f"Ledig för sent: lägenheten blir ledig {a.available_from.isoformat()}, {late} dagar efter "
            f"{h.needed_by.isoformat()} då hushållet behöver den (högst {p.days_slack} dagar senare).")


def _priority_only(h: HouseholdFacts, a: ApartmentFacts, p: MatchPolicy) -> str | None:
    if not a.reserved_for_priority or h.has_priority:
        return None
    return "Avsatt för förtur: lägenheten är avsatt för hushåll med förtur, och hushållet har ingen giltig förtur."


ROOMS = Rule("ROOMS", "Trångboddhetsnormen", _rooms)
RENT = Rule("RENT", "Maxhyra", _rent)
ELEVATOR = Rule("ELEVATOR", "Hiss", _elevator)
GROUND_FLOOR = Rule("GROUND_FLOOR", "Bottenvåning", _ground_floor)
WHEELCHAIR = Rule("WHEELCHAIR", "Rullstolsanpassning", _wheelchair)
EXCLUDED_MUNICIPALITY = Rule("EXCLUDED_MUNICIPALITY", "Spärrad kommun", _excluded_municipality)
EXCLUDED_AREA = Rule("EXCLUDED_AREA", "Spärrat område", _excluded_area)
AVAILABLE_DATE = Rule("AVAILABLE_DATE", "Inflyttningsdatum", _available_date)
PRIORITY_ONLY = Rule("PRIORITY_ONLY", "Avsatt för förtur", _priority_only)
RULES: tuple[Rule, ...] = (ROOMS, RENT, ELEVATOR, GROUND_FLOOR, WHEELCHAIR, EXCLUDED_MUNICIPALITY, EXCLUDED_AREA,
                           AVAILABLE_DATE, PRIORITY_ONLY)
RULES_BY_CODE: dict[str, Rule] = {rule.code: rule for rule in RULES}


def check(household: HouseholdFacts, apartment: ApartmentFacts, policy: MatchPolicy) -> list[RuleFailure]:
    """Every hard rule the pair breaks, in RULES order; empty when the household may get the apartment."""
    return [f for f in (rule(household, apartment, policy) for rule in RULES) if f is not None]


def why_not(household: HouseholdFacts, apartment: ApartmentFacts, policy: MatchPolicy) -> list[RuleFailure]:
    """Why the household cannot get the apartment (the same list as check(), for the UI)."""
    return check(household, apartment, policy)


@dataclass(frozen=True, slots=True)
class ScorePart:
    """One named part of a soft score."""

    code: str
    label_sv: str
    points: int


@dataclass(frozen=True, slots=True)
class Score:
    """A soft score: total points and the parts that add up to it."""

    total: int
    parts: tuple[ScorePart, ...]

    def points(self, code: str) -> int:
        """Points of the part with this code (0 when absent)."""
        return next((part.points for part in self.parts if part.code == code), 0)


@dataclass(frozen=True, slots=True)
class Match:
    """A household that may get an apartment, with its soft score."""

    household: HouseholdFacts
    apartment: ApartmentFacts
    score: Score

    @property
    def total(self) -> int:
        """The soft score's total."""
        return self.score.total


LABEL_NO_EXCLUSIONS = "Inga spärrområden"
LABEL_SAME_COUNTY = "Samma län som ett spärrområde"
LABEL_OTHER_COUNTY = "Annat län än spärrområdena"
_SCORES: dict[tuple[int, int, int, str, int, int, int], Score] = {}


def make_score(wished: int, area: int, school: int, distance_label: str, distance_points: int, waiting: int,
               rent: int) -> Score:
    """The Score with these part points; equal scores are one shared (immutable) object."""
    key = (wished, area, school, distance_label, distance_points, waiting, rent)
    found = _SCORES.get(key)
    if found is None:
        if len(_SCORES) >= 100_000:
            _SCORES.clear()
        found = _SCORES[key] = Score(wished + area + school + distance_points + waiting + rent, (
            ScorePart("WISHED_MUNICIPALITY", "Önskad kommun", wished),
            ScorePart("WISHED_AREA", "Önskat område", area),
            ScorePart("SCHOOL_MUNICIPALITY", "Barnens skolkommun", school),
            ScorePart("DISTANCE", distance_label, distance_points),
            ScorePart("WAITING", "Väntetid", waiting),
            ScorePart("RENT_HEADROOM", "Marginal till maxhyran", rent),
        ))
    return found


def waiting_points(since: date | None, today: date, policy: MatchPolicy) -> int:
    """Points for waiting since `since`: linear up to waiting_cap_days, then flat; none when unknown."""
    if since is None:
        return 0
    days = min(max((today - since).days, 0), policy.waiting_cap_days)
    return policy.weight_waiting * days // policy.waiting_cap_days


def rent_points(max_rent: int | None, rent: int, policy: MatchPolicy) -> int:
    """Points for how far the rent stays below the household's max rent; none when no max rent is known."""
    if not max_rent:
        return 0
    return policy.weight_rent_headroom * max(max_rent - rent, 0) // max_rent


def distance(h: HouseholdFacts, county: str, policy: MatchPolicy) -> tuple[str, int]:
    """(label, points): more when the apartment's county holds none of the household's spärrområden."""
    if not h.excluded_counties:
        return LABEL_NO_EXCLUSIONS, policy.weight_other_county
    if county in h.excluded_counties:
        return LABEL_SAME_COUNTY, policy.weight_same_county
    return LABEL_OTHER_COUNTY, policy.weight_other_county


def score_waited(h: HouseholdFacts, a: ApartmentFacts, policy: MatchPolicy, waiting: int) -> Score:
    """score() with the waiting points already worked out (the fast queries compute them once)."""
    p = policy
    code = a.municipality_code
    label, points = distance(h, a.county_code, p)
    return make_score(
        p.weight_wished_municipality if code in h.wished_municipalities else 0,
        p.weight_wished_area if a.district in h.wished_areas else 0,
        p.weight_school_municipality if code in h.school_municipalities else 0,
        label, points, waiting, rent_points(h.max_rent_sek, a.rent_sek, p))


def score(h: HouseholdFacts, a: ApartmentFacts, policy: MatchPolicy, today: date) -> Score:
    """Soft score of a pair with its named parts (hard rules are not checked here)."""
    return score_waited(h, a, policy, waiting_points(h.waiting_since, today, policy))
