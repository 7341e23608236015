"""Matching benchmark: sbdesk.domain.matching on generated, fictional households and apartments in memory.

Figures (goal on a 2-core machine, data already in memory):

* one apartment against 20 000 households            < 50 ms
* one household against 100 000 apartments           < 200 ms
* best household for each of 2 000 apartments among 5 000 households   < 5 s

Each query figure is the median over `--repeat` runs (the single-pair queries are run for `--queries`
different apartments/households per run; the median is over all of them). Queries are timed two ways:
with a prebuilt index (what a service keeps between queries) and from a plain list (the index is built
inside the call). Generating the data and building indexes are timed separately. A sample of queries
is also checked against the naive rule-by-rule implementation. Run from the repository root:

    python bench/bench_matching.py [--households 20000] [--apartments 100000] [--repeat 5] [--seed N]
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import statistics
import sys
import time
from collections.abc import Callable
from datetime import date, timedelta
from functools import partial
from pathlib import Path
from typing import TypeVar

sys.dont_write_bytecode = True
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sbdesk.domain.matching import (  # noqa: E402
    ApartmentFacts,
    ApartmentIndex,
    HouseholdFacts,
    HouseholdIndex,
    Match,
    MatchPolicy,
    apartments_for,
    best_households_for_each,
    households_for,
    naive_apartments_for,
    naive_households_for,
)
from sbdesk.store.seed import load_municipalities  # noqa: E402

T = TypeVar("T")
TODAY = date(2026, 3, 2)
BIG = {"0180": 40, "1480": 25, "1280": 18, "0380": 10}  # Stockholm, Göteborg, Malmö, Uppsala weighted up
DISTRICTS = ["Centrum", "Norr", "Söder", "Öster", "Väster", "Björkhagen", "Ekbacken", "Tallåsen", "Strandbyn",
             "Lindgården", "Ängsvik", "Hagaby", "Kvarnbacken", "Sjöstaden", "Åkerlund"]


def ms(seconds: float) -> str:
    """Seconds as right-aligned milliseconds."""
    return f"{seconds * 1000:9.1f}"


def timed(fn: Callable[[], T]) -> tuple[float, T]:
    """(seconds, result) of one call."""
    start = time.perf_counter()
    result = fn()
    return time.perf_counter() - start, result


def make_households(n: int, codes: list[str], rng: random.Random) -> list[HouseholdFacts]:
    """n fictional households with spärrområden mostly in and around one home municipality."""
    by_county: dict[str, list[str]] = {}
    for code in codes:
        by_county.setdefault(code[:2], []).append(code)
    weights = [BIG.get(c, 1) for c in codes]
    out = []
    for i in range(n):
        size = rng.choices(range(1, 8), [20, 30, 25, 15, 6, 3, 1])[0]
        adults = 1 if size == 1 or rng.random() < 0.7 else 2
        children = size - adults
        home = rng.choices(codes, weights)[0]
        neighbours = by_county[home[:2]]
        excluded = {home} | set(rng.sample(neighbours, min(len(neighbours), rng.randint(0, 2))))
        if rng.random() < 0.1:
            excluded = set()
        wished = set(rng.choices(codes, weights, k=rng.randint(1, 3))) - excluded if rng.random() < 0.5 else set()
        out.append(HouseholdFacts(
            case_id=i + 1,
            reference=f"VB-{2020 + i % 7}-{i + 1:05d}",
            household_size=size,
            children=children,
            max_rent_sek=None if rng.random() < 0.1 else rng.randint(5000, 9000) + 900 * size,
            needs_elevator=rng.random() < 0.1,
            needs_ground_floor=rng.random() < 0.04,
            needs_wheelchair=rng.random() < 0.03,
            excluded_municipalities=frozenset(excluded),
            excluded_areas=frozenset(rng.sample(DISTRICTS, rng.randint(1, 2))) if rng.random() < 0.2 else frozenset(),
            wished_municipalities=frozenset(wished),
            wished_areas=frozenset(rng.sample(DISTRICTS, 2)) if rng.random() < 0.3 else frozenset(),
            needed_by=TODAY + timedelta(days=rng.randint(-60, 240)) if rng.random() < 0.7 else None,
            waiting_since=TODAY - timedelta(days=rng.randint(0, 1000)) if rng.random() < 0.95 else None,
            has_priority=rng.random() < 0.4,
            school_municipalities=frozenset({rng.choice(codes)}) if children and rng.random() < 0.3 else frozenset(),
        ))
    return out


def make_apartments(n: int, codes: list[str], rng: random.Random) -> list[ApartmentFacts]:
    """n fictional apartments spread over the real municipalities (big cities weighted)."""
    chosen = rng.choices(codes, [BIG.get(c, 1) for c in codes], k=n)
    out = []
    for i, code in enumerate(chosen):
        rooms = rng.choices(range(1, 7), [20, 35, 25, 12, 6, 2])[0]
        area = 18 + rooms * rng.randint(14, 24)
        out.append(ApartmentFacts(
            apartment_id=i + 1,
            municipality_code=code,
            rooms=rooms,
            rent_sek=1500 + area * rng.randint(80, 140),
            district=rng.choice(DISTRICTS) if rng.random() < 0.9 else None,
            floor=rng.randint(0, 8) if rng.random() < 0.95 else None,
            elevator=rng.random() < 0.5,
            wheelchair_accessible=rng.random() < 0.1,
            available_from=TODAY + timedelta(days=rng.randint(-30, 365)) if rng.random() < 0.95 else None,
            reserved_for_priority=rng.random() < 0.2,
        ))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--households", type=int, default=20_000)
    parser.add_argument("--apartments", type=int, default=100_000)
    parser.add_argument("--batch-apartments", type=int, default=2_000)
    parser.add_argument("--batch-households", type=int, default=5_000)
    parser.add_argument("--queries", type=int, default=10, help="apartments/households queried per run")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--seed", type=int, default=20260302)
    args = parser.parse_args()
    policy = MatchPolicy()

    print("sbdesk matching benchmark")
    print(f"Python {platform.python_version()} | {os.cpu_count()} CPUs | {platform.platform()}")
    print(f"seed={args.seed} repeat={args.repeat} queries per run={args.queries} today={TODAY.isoformat()}")
    print()

    t_load, municipalities = timed(load_municipalities)
    codes = [m["code"] for m in municipalities]
    rng = random.Random(args.seed)
    t_hh, households = timed(lambda: make_households(args.households, codes, rng))
    t_ap, apartments = timed(lambda: make_apartments(args.apartments, codes, rng))
    t_bhh, batch_households = timed(lambda: make_households(args.batch_households, codes, rng))
    t_bap, batch_apartments = timed(lambda: make_apartments(args.batch_apartments, codes, rng))
    t_hidx, household_index = timed(lambda: HouseholdIndex(households))
    t_aidx, apartment_index = timed(lambda: ApartmentIndex(apartments))
    w = 58
    print(f"{'preparation (not part of the figures below)':<{w + 2}}{'ms':>9}")
    for label, seconds in [
        (f"load {len(codes)} municipalities (SCB list)", t_load),
        (f"generate {len(households)} households", t_hh),
        (f"generate {len(apartments)} apartments", t_ap),
        (f"generate {len(batch_apartments)} apartments + {len(batch_households)} households (batch)", t_bhh + t_bap),
        (f"build HouseholdIndex ({len(households)} households)", t_hidx),
        (f"build ApartmentIndex ({len(apartments)} apartments)", t_aidx),
    ]:
        print(f"  {label:<{w}}{ms(seconds)}")
    print()

    pick = random.Random(args.seed + 1)
    some_apartments = pick.sample(apartments, args.queries)
    some_households = pick.sample(households, args.queries)

    # Same answers as the naive implementation (a sample; the unit tests do the rest).
    for a in some_apartments[:3]:
        assert households_for(a, household_index, policy, TODAY) == naive_households_for(a, households, policy, TODAY)
    for h in some_households[:3]:
        assert apartments_for(h, apartment_index, policy, TODAY) == naive_apartments_for(h, apartments, policy, TODAY)
    t_naive_a = statistics.median(timed(partial(naive_households_for, a, households, policy, TODAY))[0]
                                  for a in some_apartments[:3])
    t_naive_h = statistics.median(timed(partial(naive_apartments_for, h, apartments, policy, TODAY))[0]
                                  for h in some_households[:3])

    def per_query(calls: list[Callable[[], list[Match]]]) -> tuple[float, float, int, int]:
        """(median s, max s, median and max number of matches) over repeat × len(calls) calls."""
        times: list[float] = []
        found: list[int] = []
        for _ in range(args.repeat):
            for call in calls:
                seconds, result = timed(call)
                times.append(seconds)
                found.append(len(result))
        return statistics.median(times), max(times), int(statistics.median(found)), max(found)

    queries: list[tuple[str, list[Callable[[], list[Match]]], float | None]] = [
        (f"1 apartment vs {len(households)} households (index)",
         [partial(households_for, a, household_index, policy, TODAY) for a in some_apartments], 0.050),
        (f"1 apartment vs {len(households)} households (list)",
         [partial(households_for, a, households, policy, TODAY) for a in some_apartments], None),
        (f"1 household vs {len(apartments)} apartments (index)",
         [partial(apartments_for, h, apartment_index, policy, TODAY) for h in some_households], 0.200),
        (f"1 household vs {len(apartments)} apartments (list)",
         [partial(apartments_for, h, apartments, policy, TODAY) for h in some_households], None),
    ]
    rows = [(label, *per_query(calls), goal) for label, calls, goal in queries]

    batch_times = []
    for _ in range(args.repeat):
        seconds, best = timed(lambda: best_households_for_each(batch_apartments, batch_households, policy, TODAY))
        batch_times.append(seconds)
    matched = sum(1 for m in best.values() if m is not None)

    print(f"{'query':<{w + 2}}{'median ms':>9} {'max ms':>9} {'matches med/max':>16}   goal")
    for label, med, worst, found, most, goal in rows:
        verdict = "" if goal is None else f"< {goal * 1000:.0f} ms {'ok' if med < goal else 'MISSED'}"
        print(f"  {label:<{w}}{ms(med)} {ms(worst)} {f'{found}/{most}':>16}   {verdict}")
    med = statistics.median(batch_times)
    label = f"best of {len(batch_households)} households for {len(batch_apartments)} apartments"
    print(f"  {label:<{w}}{ms(med)} {ms(max(batch_times))} {f'{matched} matched':>16}   "
          f"< 5000 ms {'ok' if med < 5 else 'MISSED'}")
    print()
    print("for comparison, the naive rule-by-rule twins (median of 3 queries, same answers checked)")
    print(f"  {f'naive: 1 apartment vs {len(households)} households':<{w}}{ms(t_naive_a)}")
    print(f"  {f'naive: 1 household vs {len(apartments)} apartments':<{w}}{ms(t_naive_h)}")


if __name__ == "__main__":
    main()
