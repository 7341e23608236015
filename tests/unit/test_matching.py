"""Tests for sbdesk.domain.matching: hard rules, crowding norm, soft score, fast == naive (fictional data only)."""

from __future__ import annotations

import ast
import random
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import sbdesk.domain.matching as matching
from sbdesk.domain.matching import (
    RULES,
    RULES_BY_CODE,
    ApartmentFacts,
    ApartmentIndex,
    HouseholdFacts,
    HouseholdIndex,
    Match,
    MatchPolicy,
    apartments_for,
    best_households_for_each,
    capacity,
    check,
    households_for,
    min_rooms,
    naive_apartments_for,
    naive_best_households_for_each,
    naive_households_for,
    score,
    why_not,
)
from sbdesk.errors import ValidationError

TODAY = date(2026, 3, 2)
POLICY = MatchPolicy()
NBSP = "\u00a0"
SWEDISH_LETTERS = set("åäöÅÄÖ")


def household(**kw: object) -> HouseholdFacts:
    """A fictional household of two that fits `apartment()` unless changed."""
    base: dict[str, object] = {"case_id": 1, "reference": "VB-2026-0001", "household_size": 2, "children": 1}
    return HouseholdFacts(**{**base, **kw})  # type: ignore[arg-type]


def apartment(**kw: object) -> ApartmentFacts:
    """A fictional 2 rok in Västerås with an elevator that fits `household()` unless changed."""
    base: dict[str, object] = {"apartment_id": 10, "municipality_code": "1980", "rooms": 2, "rent_sek": 7_200,
                               "district": "Bäckby", "floor": 2, "elevator": True}
    return ApartmentFacts(**{**base, **kw})  # type: ignore[arg-type]


def only_failure(h: HouseholdFacts, a: ApartmentFacts, policy: MatchPolicy = POLICY) -> str:
    """The single failing rule's Swedish message (asserts there is exactly one, and that it reads as Swedish)."""
    failures = check(h, a, policy)
    assert len(failures) == 1, failures
    message = failures[0].message
    assert message.strip() and message.endswith(".")
    assert SWEDISH_LETTERS & set(message) or any(w in message for w in (" och ", " för ", " är ", " ligger "))
    return failures[0].code + ": " + message


def test_matching_imports_no_database_or_qt_code() -> None:
    allowed = {"sbdesk.domain.matching_rules", "sbdesk.domain.validators", "sbdesk.errors"}
    for path in (Path(matching.__file__), Path(matching.__file__).with_name("matching_rules.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = ([a.name for a in node.names] if isinstance(node, ast.Import)
                     else [node.module or ""] if isinstance(node, ast.ImportFrom) else [])
            for name in names:
                assert not name.startswith(("sqlalchemy", "PySide6", "sbdesk.store", "sbdesk.services", "sbdesk.ui"))
                assert not name.startswith("sbdesk") or name in allowed, name


def test_base_pair_fits() -> None:
    assert check(household(), apartment(), POLICY) == []
    assert why_not(household(), apartment(), POLICY) == []


# --- the crowding norm ------------------------------------------------------------------------------------

# n persons fit in r rok when n <= max(2, 2 × (r − 1)) (DESIGN.md: SCB norm 2, kitchen and one living room
# not counted, a single person or a couple fit one room).
CROWDING = [
    (1, 1, True), (2, 1, True), (3, 1, False), (3, 2, False), (3, 3, True), (4, 2, False), (4, 3, True),
    (5, 3, False), (5, 4, True), (6, 4, True), (7, 4, False), (7, 5, True), (8, 5, True), (9, 5, False),
    (2, 2, True), (1, 6, True),
]


@pytest.mark.parametrize(("persons", "rooms", "fits"), CROWDING)
def test_crowding_norm_table(persons: int, rooms: int, fits: bool) -> None:
    assert (persons <= capacity(rooms)) is fits
    h = household(household_size=persons, children=persons - 1)
    failures = check(h, apartment(rooms=rooms), POLICY)
    assert [f.code for f in failures] == ([] if fits else ["ROOMS"])
    assert (min_rooms(persons) <= rooms) is fits


def test_rooms_message_names_persons_rooms_and_limit() -> None:
    message = only_failure(household(household_size=5, children=4), apartment(rooms=2))
    assert message == "ROOMS: För litet: 5 personer får inte plats i 2 rok (högst 2 enligt trångboddhetsnormen)."


def test_crowding_norm_follows_persons_per_room() -> None:
    one_per_room = MatchPolicy(persons_per_room=1)
    assert capacity(3, 1) == 2 and capacity(4, 1) == 3
    h = household(household_size=3, children=2)
    assert [f.code for f in check(h, apartment(rooms=3), one_per_room)] == ["ROOMS"]
    assert check(h, apartment(rooms=4), one_per_room) == []
    assert "högst 2" in check(h, apartment(rooms=3), one_per_room)[0].message


@given(persons=st.integers(1, 40), per_room=st.integers(1, 4))
def test_min_rooms_is_the_smallest_that_fits(persons: int, per_room: int) -> None:
    rooms = min_rooms(persons, per_room)
    assert persons <= capacity(rooms, per_room)
    assert rooms == 1 or persons > capacity(rooms - 1, per_room)


# --- each hard rule explains itself -----------------------------------------------------------------------


def test_rent_rule() -> None:
    message = only_failure(household(max_rent_sek=8_000), apartment(rent_sek=9_500))
    assert message.startswith("RENT: ") and f"9{NBSP}500 kr" in message and f"8{NBSP}000 kr" in message
    assert check(household(max_rent_sek=9_500), apartment(rent_sek=9_500), POLICY) == []
    assert check(household(max_rent_sek=None), apartment(rent_sek=40_000), POLICY) == []


def test_elevator_rule() -> None:
    h = household(needs_elevator=True)
    message = only_failure(h, apartment(elevator=False, floor=3))
    assert message.startswith("ELEVATOR: ") and "våning 3" in message
    assert "okänd" in only_failure(h, apartment(elevator=False, floor=None))
    assert check(h, apartment(elevator=False, floor=0), POLICY) == []  # ground floor needs no elevator
    assert check(h, apartment(elevator=True, floor=7), POLICY) == []
    assert check(h, apartment(elevator=True, floor=None), POLICY) == []


def test_ground_floor_rule() -> None:
    h = household(needs_ground_floor=True)
    message = only_failure(h, apartment(floor=2))
    assert message.startswith("GROUND_FLOOR: ") and "våning 2" in message
    assert "våning okänd" in only_failure(h, apartment(floor=None))
    assert check(h, apartment(floor=0), POLICY) == []


def test_wheelchair_rule() -> None:
    message = only_failure(household(needs_wheelchair=True), apartment(wheelchair_accessible=False))
    assert message.startswith("WHEELCHAIR: ") and "rullstol" in message.lower()
    assert check(household(needs_wheelchair=True), apartment(wheelchair_accessible=True), POLICY) == []


def test_excluded_municipality_rule() -> None:
    h = household(excluded_municipalities=frozenset({"1980", "1984"}))
    message = only_failure(h, apartment(municipality_code="1980"))
    assert message.startswith("EXCLUDED_MUNICIPALITY: ") and "1980" in message
    assert check(h, apartment(municipality_code="1983"), POLICY) == []  # same county: allowed, scores lower


def test_excluded_area_rule_compares_casefolded_names() -> None:
    h = household(excluded_areas=frozenset({"  västra   HAMNEN "}))
    assert h.excluded_areas == frozenset({"västra hamnen"})
    message = only_failure(h, apartment(district="Västra Hamnen"))
    assert message.startswith("EXCLUDED_AREA: ") and "Västra hamnen" in message
    assert check(h, apartment(district="Östra hamnen"), POLICY) == []
    assert check(h, apartment(district=None), POLICY) == []


def test_available_date_rule_allows_the_slack() -> None:
    needed = date(2026, 3, 1)
    h = household(needed_by=needed)
    message = only_failure(h, apartment(available_from=date(2026, 4, 15)))
    assert message.startswith("AVAILABLE_DATE: ")
    assert "2026-04-15" in message and "2026-03-01" in message and "45 dagar" in message and "30 dagar" in message
    assert check(h, apartment(available_from=needed + timedelta(days=30)), POLICY) == []
    assert [f.code for f in check(h, apartment(available_from=needed + timedelta(days=31)), POLICY)] == [
        "AVAILABLE_DATE"]
    assert check(h, apartment(available_from=needed + timedelta(days=31)), MatchPolicy(days_slack=31)) == []
    assert check(h, apartment(available_from=None), POLICY) == []
    assert check(household(needed_by=None), apartment(available_from=date(2030, 1, 1)), POLICY) == []


def test_priority_only_rule() -> None:
    message = only_failure(household(has_priority=False), apartment(reserved_for_priority=True))
    assert message.startswith("PRIORITY_ONLY: ") and "förtur" in message
    assert check(household(has_priority=True), apartment(reserved_for_priority=True), POLICY) == []


def test_every_failure_is_listed_in_rule_order() -> None:
    h = household(household_size=4, children=3, max_rent_sek=5_000, needs_elevator=True, needs_ground_floor=True,
                  needs_wheelchair=True, excluded_municipalities=frozenset({"1980"}),
                  excluded_areas=frozenset({"bäckby"}), needed_by=date(2026, 1, 1))
    a = apartment(elevator=False, floor=3, available_from=date(2026, 6, 1), reserved_for_priority=True)
    failures = why_not(h, a, POLICY)
    assert [f.code for f in failures] == [rule.code for rule in RULES]
    assert all(f.message.strip() for f in failures)
    assert set(RULES_BY_CODE) == {"ROOMS", "RENT", "ELEVATOR", "GROUND_FLOOR", "WHEELCHAIR",
                                  "EXCLUDED_MUNICIPALITY", "EXCLUDED_AREA", "AVAILABLE_DATE", "PRIORITY_ONLY"}


# --- facts and policy validate themselves -----------------------------------------------------------------


@pytest.mark.parametrize(("kwargs", "code"), [
    ({"household_size": 0, "children": 0}, "HOUSEHOLD_SIZE"),
    ({"household_size": 2, "children": 2}, "CHILDREN"),
    ({"max_rent_sek": -1}, "MAX_RENT"),
    ({"excluded_municipalities": frozenset({"180"})}, "MUNICIPALITY_CODE"),
    ({"wished_municipalities": frozenset({"Västerås"})}, "MUNICIPALITY_CODE"),
    ({"excluded_counties": frozenset({"1"})}, "COUNTY_CODE"),
])
def test_household_facts_refuse_bad_values(kwargs: dict[str, object], code: str) -> None:
    with pytest.raises(ValidationError) as info:
        household(**kwargs)
    assert info.value.error_code == code and info.value.message.strip()


def test_derived_fields() -> None:
    h = household(excluded_municipalities=frozenset({"0180", "1980"}), excluded_counties=frozenset({"03"}))
    assert h.excluded_counties == frozenset({"01", "19", "03"})
    a = apartment(municipality_code="2080", district="  Norr  ")
    assert a.county_code == "20" and a.district == "norr"
    assert apartment(district="   ").district is None
    with pytest.raises(ValidationError) as info:
        apartment(municipality_code="2080", county_code="19")
    assert info.value.error_code == "COUNTY_CODE"
    for bad in ({"rooms": 0}, {"rent_sek": -5}, {"municipality_code": "20800"}):
        with pytest.raises(ValidationError):
            apartment(**bad)
    with pytest.raises(ValidationError):
        MatchPolicy(persons_per_room=0)
    with pytest.raises(ValidationError):
        MatchPolicy(weight_waiting=-1)


# --- the soft score ---------------------------------------------------------------------------------------


def test_score_parts_and_total() -> None:
    h = household(wished_municipalities=frozenset({"1980"}), wished_areas=frozenset({"BÄCKBY"}),
                  school_municipalities=frozenset({"1980"}), excluded_municipalities=frozenset({"0180"}),
                  waiting_since=TODAY - timedelta(days=365), max_rent_sek=9_000)
    s = score(h, apartment(rent_sek=7_200), POLICY, TODAY)
    assert [p.code for p in s.parts] == ["WISHED_MUNICIPALITY", "WISHED_AREA", "SCHOOL_MUNICIPALITY", "DISTANCE",
                                         "WAITING", "RENT_HEADROOM"]
    assert all(p.label_sv for p in s.parts)
    assert [p.points for p in s.parts] == [30, 10, 20, 20, 20, 2]  # 40 × 365/730; 10 × 1 800/9 000
    assert s.total == sum(p.points for p in s.parts) == 102
    assert s.points("WAITING") == 20 and s.points("NOPE") == 0


def test_distance_from_excluded_counties() -> None:
    same = household(excluded_municipalities=frozenset({"1984"}))  # Arboga, Västmanland like 1980
    other = household(excluded_municipalities=frozenset({"0180"}))
    none = household()
    parts = {name: score(h, apartment(), POLICY, TODAY).parts[3] for name, h in
             [("same", same), ("other", other), ("none", none)]}
    assert parts["same"].points < parts["other"].points == parts["none"].points
    assert parts["same"].label_sv == "Samma län som ett spärrområde"
    assert parts["other"].label_sv == "Annat län än spärrområdena"


@pytest.mark.parametrize(("waited", "points"), [(None, 0), (-10, 0), (0, 0), (73, 4), (730, 40), (5000, 40)])
def test_waiting_points_are_capped(waited: int | None, points: int) -> None:
    since = None if waited is None else TODAY - timedelta(days=waited)
    assert score(household(waiting_since=since), apartment(), POLICY, TODAY).points("WAITING") == points


def test_rent_headroom() -> None:
    def points(max_rent: int | None, rent: int) -> int:
        return score(household(max_rent_sek=max_rent), apartment(rent_sek=rent), POLICY, TODAY).points(
            "RENT_HEADROOM")

    assert points(None, 5_000) == 0
    assert points(10_000, 10_000) == 0
    assert points(10_000, 5_000) == 5
    assert points(10_000, 0) == 10
    assert points(10_000, 12_000) == 0  # breaks RENT; the score never goes negative


def test_households_ranked_by_score_then_waiting_then_reference() -> None:
    a = apartment()
    early, late = TODAY - timedelta(days=2_000), TODAY - timedelta(days=1_000)  # both past the cap: equal points
    hs = [
        household(case_id=1, reference="VB-3", waiting_since=late),
        household(case_id=2, reference="VB-2", waiting_since=None),
        household(case_id=3, reference="VB-1", waiting_since=late),
        household(case_id=4, reference="VB-9", waiting_since=early),
        household(case_id=5, reference="VB-0", waiting_since=late, wished_municipalities=frozenset({"1980"})),
        household(case_id=6, reference="VB-8", excluded_municipalities=frozenset({"1980"})),
    ]
    expected = [5, 4, 3, 1, 2]  # 5: a wish on top; 4 waited longest; 3 before 1 by reference; unknown last
    assert [m.household.case_id for m in households_for(a, hs, POLICY, TODAY)] == expected
    assert [m.household.case_id for m in naive_households_for(a, hs, POLICY, TODAY)] == expected


def test_apartments_ranked_by_score_then_id() -> None:
    h = household(wished_municipalities=frozenset({"2080"}), max_rent_sek=10_000)
    aps = [apartment(apartment_id=7, rent_sek=8_000), apartment(apartment_id=3, rent_sek=8_000),
           apartment(apartment_id=5, rent_sek=8_000, municipality_code="2080"),
           apartment(apartment_id=1, rent_sek=11_000)]
    assert [m.apartment.apartment_id for m in apartments_for(h, aps, POLICY, TODAY)] == [5, 3, 7]


def test_empty_inputs() -> None:
    assert households_for(apartment(), [], POLICY, TODAY) == []
    assert apartments_for(household(), [], POLICY, TODAY) == []
    assert best_households_for_each([apartment()], [], POLICY, TODAY) == {10: None}
    assert best_households_for_each([], [household()], POLICY, TODAY) == {}


def test_duplicate_apartment_ids_are_refused() -> None:
    with pytest.raises(ValidationError):
        ApartmentIndex([apartment(apartment_id=1), apartment(apartment_id=1, rent_sek=1)])


# --- properties on random data ------------------------------------------------------------------------------

CODES = ["0180", "0114", "0120", "1980", "1984", "1280", "1281", "2080", "2021"]  # counties 01, 19, 12, 20
DISTRICTS = ["Centrum", "Norr", "Söder", "Västra hamnen", "Bäckby"]
codes = st.frozensets(st.sampled_from(CODES), max_size=3)
areas = st.frozensets(st.sampled_from([*DISTRICTS, "NORR", "söder "]), max_size=2)
days = st.integers(-120, 120).map(lambda d: TODAY + timedelta(days=d))
rarely = st.sampled_from([False, False, False, True])  # needs and set-asides: most pairs should still meet
weights = st.sampled_from([0, 5, 20]) | st.integers(0, 50)  # few distinct values: ties happen


@st.composite
def households_st(draw: st.DrawFn, max_size: int = 25) -> list[HouseholdFacts]:
    n = draw(st.integers(0, max_size))
    references = draw(st.lists(st.text("AB12-", min_size=1, max_size=4), min_size=n, max_size=n, unique=True))
    out = []
    for i, reference in enumerate(references):
        size = draw(st.integers(1, 8))
        out.append(HouseholdFacts(
            case_id=i + 1, reference=reference, household_size=size, children=draw(st.integers(0, size - 1)),
            max_rent_sek=draw(st.none() | st.integers(0, 12_000)), needs_elevator=draw(rarely),
            needs_ground_floor=draw(rarely), needs_wheelchair=draw(rarely),
            excluded_municipalities=draw(codes), excluded_counties=draw(st.frozensets(st.sampled_from(["03", "20"]))),
            excluded_areas=draw(areas), wished_municipalities=draw(codes), wished_areas=draw(areas),
            needed_by=draw(st.none() | days), waiting_since=draw(st.none() | days),
            has_priority=draw(st.booleans()), school_municipalities=draw(codes)))
    return out


@st.composite
def apartments_st(draw: st.DrawFn, max_size: int = 25) -> list[ApartmentFacts]:
    ids = draw(st.lists(st.integers(-1_000, 10**12), max_size=max_size, unique=True))
    return [ApartmentFacts(
        apartment_id=apartment_id, municipality_code=draw(st.sampled_from(CODES)), rooms=draw(st.integers(1, 6)),
        rent_sek=draw(st.integers(0, 12_000)), district=draw(st.none() | st.sampled_from(DISTRICTS)),
        floor=draw(st.none() | st.integers(-1, 6)), elevator=draw(st.booleans()),
        wheelchair_accessible=draw(st.booleans()), available_from=draw(st.none() | days),
        reserved_for_priority=draw(rarely)) for apartment_id in ids]


policies = st.builds(
    MatchPolicy, persons_per_room=st.integers(1, 4), days_slack=st.integers(0, 60),
    weight_wished_municipality=weights, weight_wished_area=weights, weight_school_municipality=weights,
    weight_other_county=weights, weight_same_county=weights, weight_waiting=weights,
    waiting_cap_days=st.integers(1, 400), weight_rent_headroom=weights)
FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def breaks_nothing(matches: list[Match], policy: MatchPolicy) -> bool:
    return all(not check(m.household, m.apartment, policy)
               and m.apartment.municipality_code not in m.household.excluded_municipalities for m in matches)


@FAST
@given(hs=households_st(), aps=apartments_st(), policy=policies)
def test_fast_equals_naive(hs: list[HouseholdFacts], aps: list[ApartmentFacts], policy: MatchPolicy) -> None:
    household_index, apartment_index = HouseholdIndex(hs), ApartmentIndex(aps)
    for a in aps:
        expected = naive_households_for(a, hs, policy, TODAY)
        assert households_for(a, hs, policy, TODAY) == expected
        assert households_for(a, household_index, policy, TODAY) == expected
        assert breaks_nothing(expected, policy)
        assert all(m.score == score(m.household, a, policy, TODAY) for m in expected)
    for h in hs:
        expected = naive_apartments_for(h, aps, policy, TODAY)
        assert apartments_for(h, aps, policy, TODAY) == expected
        assert apartments_for(h, apartment_index, policy, TODAY) == expected
        assert breaks_nothing(expected, policy)
    best = best_households_for_each(aps, household_index, policy, TODAY)
    assert best == naive_best_households_for_each(aps, hs, policy, TODAY)
    assert breaks_nothing([m for m in best.values() if m is not None], policy)


@FAST
@given(hs=households_st(), aps=apartments_st(), policy=policies, seed=st.integers(0, 2**32))
def test_shuffled_input_gives_the_same_output(hs: list[HouseholdFacts], aps: list[ApartmentFacts],
                                              policy: MatchPolicy, seed: int) -> None:
    rng = random.Random(seed)
    hs2, aps2 = rng.sample(hs, len(hs)), rng.sample(aps, len(aps))
    for a in aps:
        assert households_for(a, hs, policy, TODAY) == households_for(a, hs2, policy, TODAY)
    for h in hs:
        assert apartments_for(h, aps, policy, TODAY) == apartments_for(h, aps2, policy, TODAY)
    assert best_households_for_each(aps, hs, policy, TODAY) == best_households_for_each(aps2, hs2, policy, TODAY)


@FAST
@given(hs=households_st(), aps=apartments_st(), policy=policies)
def test_every_pair_is_either_matched_or_explained(hs: list[HouseholdFacts], aps: list[ApartmentFacts],
                                                   policy: MatchPolicy) -> None:
    for a in aps:
        matched = {m.household.case_id for m in households_for(a, hs, policy, TODAY)}
        for h in hs:
            failures = why_not(h, a, policy)
            assert (h.case_id in matched) == (not failures)
            assert all(f.code in RULES_BY_CODE and f.message.strip() for f in failures)
            if a.municipality_code in h.excluded_municipalities:
                assert "EXCLUDED_MUNICIPALITY" in [f.code for f in failures]


def test_fast_equals_naive_on_a_larger_seeded_sample() -> None:
    rng = random.Random(5)

    def pick(values: list[str], most: int) -> frozenset[str]:
        return frozenset(rng.sample(values, rng.randint(0, most)))

    hs = [HouseholdFacts(
        case_id=i, reference=f"VB-{rng.randint(0, 99):02d}-{i}", household_size=(size := rng.randint(1, 7)),
        children=rng.randint(0, size - 1), max_rent_sek=rng.choice([None, rng.randint(4_000, 12_000)]),
        needs_elevator=rng.random() < 0.2, needs_ground_floor=rng.random() < 0.1, needs_wheelchair=rng.random() < 0.1,
        excluded_municipalities=pick(CODES, 2), excluded_areas=pick(DISTRICTS, 1), wished_municipalities=pick(CODES, 2),
        wished_areas=pick(DISTRICTS, 2), needed_by=rng.choice([None, TODAY + timedelta(days=rng.randint(-90, 90))]),
        waiting_since=rng.choice([None, TODAY - timedelta(days=rng.randint(0, 900))]), has_priority=rng.random() < 0.5,
        school_municipalities=pick(CODES, 1)) for i in range(300)]
    aps = [ApartmentFacts(
        apartment_id=rng.randint(1, 10**9) * 1000 + i, municipality_code=rng.choice(CODES), rooms=rng.randint(1, 5),
        rent_sek=rng.randint(3_000, 12_000), district=rng.choice([None, *DISTRICTS]),
        floor=rng.choice([None, 0, 1, 2, 5]), elevator=rng.random() < 0.5, wheelchair_accessible=rng.random() < 0.3,
        available_from=rng.choice([None, TODAY + timedelta(days=rng.randint(-30, 180))]),
        reserved_for_priority=rng.random() < 0.3) for i in range(400)]
    household_index, apartment_index = HouseholdIndex(hs), ApartmentIndex(aps)
    for policy in (POLICY, replace(POLICY, persons_per_room=1, days_slack=0, weight_waiting=100)):
        for a in aps[:80]:
            assert households_for(a, household_index, policy, TODAY) == naive_households_for(a, hs, policy, TODAY)
        for h in hs[:60]:
            assert apartments_for(h, apartment_index, policy, TODAY) == naive_apartments_for(h, aps, policy, TODAY)
        assert (best_households_for_each(aps, household_index, policy, TODAY)
                == naive_best_households_for_each(aps, hs, policy, TODAY))
    # The index keeps waiting points for the last day asked: another day must not reuse them.
    later = TODAY + timedelta(days=200)
    assert households_for(aps[0], household_index, POLICY, later) == naive_households_for(aps[0], hs, POLICY, later)
