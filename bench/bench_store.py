"""Storage benchmark for sbdesk: the SQLCipher-encrypted database against an unencrypted one.

What it measures (every time is the median of --repeat runs):

* creating a database with ``Database.create`` (two Argon2id key slots, migrations, seeding);
* unlocking with the passphrase (``Database.open``; the real Argon2id cost, DEFAULT_KDF);
* unlocking through the keyring (``open_with_keyring``, with an in-memory backend installed here);
* then, for the encrypted database AND for an unencrypted one made the same way with key=None
  on the same sqlcipher3 build (``build_engine(path, None, create=True)`` + ``upgrade_to_head``):
  opening one new keyed connection (paid once per thread), inserting --rows apartments plus
  one landlord in one transaction (Core executemany, each run into a fresh pair of databases),
  and four queries through the real service code or Core: a filtered page, a filtered count,
  a search, a deep page (each run --repeat times, encrypted and plain interleaved).

It ends with the encrypted/plain ratio of each workload row and overall. The data is
deterministic (--seed); every file lives in a temporary directory removed at the end.

Run from the repository root::

    python bench/bench_store.py [--rows 100000] [--repeat 5] [--seed 20240601]
"""

from __future__ import annotations

import argparse
import math
import os
import platform
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any, cast

sys.dont_write_bytecode = True  # write nothing outside the temporary directory
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # run from a checkout

import keyring  # noqa: E402
import keyring.backend  # noqa: E402
from sqlalchemy import Table, func, insert, select  # noqa: E402

from sbdesk.domain.enums import ApartmentStatus, ContractType, LandlordKind  # noqa: E402
from sbdesk.domain.housing import Apartment, Landlord  # noqa: E402
from sbdesk.services.apartments import list_apartments, search_key  # noqa: E402
from sbdesk.services.context import ServiceContext  # noqa: E402
from sbdesk.services.listing import ListQuery  # noqa: E402
from sbdesk.store.database import Database  # noqa: E402
from sbdesk.store.engine import build_engine, cipher_version  # noqa: E402
from sbdesk.store.keyslots import DEFAULT_KDF  # noqa: E402
from sbdesk.store.migrate import upgrade_to_head  # noqa: E402
from sbdesk.store.seed import load_municipalities  # noqa: E402

PASSPHRASE = "bänk-lösenfras-2024"
BIG = {"0180": 40, "1480": 25, "1280": 20, "0380": 12}  # Stockholm, Göteborg, Malmö, Uppsala
QUERY_CODE = "0180"
STREETS = ["Storgatan", "Kungsgatan", "Drottninggatan", "Björkvägen", "Skolvägen", "Ringvägen",
           "Järnvägsgatan", "Ekvägen", "Ängsvägen", "Södra vägen", "Östra Långgatan", "Tallvägen"]
DISTRICTS = ["Centrum", "Norr", "Söder", "Väster", "Öster", "Hagalund", "Ekhaga", None]
STATUS_WEIGHTS = {ApartmentStatus.PLANNED: 10, ApartmentStatus.AVAILABLE: 30, ApartmentStatus.RESERVED: 10,
                  ApartmentStatus.OFFERED: 10, ApartmentStatus.LET: 35, ApartmentStatus.WITHDRAWN: 5}


class MemoryKeyring(keyring.backend.KeyringBackend):
    """A keyring that lives in a dict, so nothing touches the real OS keyring."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()  # type: ignore[no-untyped-call]
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.store.pop((service, username), None)


def median_time(fn: Callable[[], Any], repeat: int, after: Callable[[Any], None] = lambda _: None) -> float:
    """Median seconds of fn(); after(result) runs untimed (e.g. closing what fn opened)."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - start)
        after(result)
    return statistics.median(times)


def make_rows(n: int, seed: int) -> list[dict[str, Any]]:
    """n deterministic apartments spread over the real municipalities (big cities weighted)."""
    rng = random.Random(seed)
    names = {m["code"]: m["name"] for m in load_municipalities()}
    codes = list(names)
    chosen = rng.choices(codes, [BIG.get(c, 1) for c in codes], k=n)
    statuses, status_w = list(STATUS_WEIGHTS), list(STATUS_WEIGHTS.values())
    contracts = list(ContractType)
    start = date(2025, 1, 1)
    rows = []
    for code in chosen:
        rooms = rng.choices(range(1, 7), [20, 35, 25, 12, 6, 2])[0]
        area = 18 + rooms * rng.randint(14, 24)
        rows.append({
            "landlord_id": 1,
            "address": f"{rng.choice(STREETS)} {rng.randint(1, 120)}",
            "postal_code": f"{rng.randint(100, 989)} {rng.randint(0, 99):02d}",
            "postal_town": names[code],
            "municipality_code": code,
            "district": rng.choice(DISTRICTS),
            "rooms": rooms,
            "area_m2": area,
            "rent_sek": 1500 + area * rng.randint(80, 140),
            "floor": rng.randint(0, 8),
            "elevator": rng.random() < 0.5,
            "wheelchair_accessible": rng.random() < 0.1,
            "available_from": None if rng.random() < 0.05 else start + timedelta(days=rng.randint(0, 730)),
            "contract_type": rng.choice(contracts),
            "status": rng.choices(statuses, status_w)[0],
            "notes": "Nyrenoverad, nära skola." if rng.random() < 0.1 else None,
        })
        rows[-1]["search_key"] = search_key(rows[-1]["address"], rows[-1]["district"], rows[-1]["postal_town"])
    return rows


def insert_rows(db: Database, rows: list[dict[str, Any]]) -> float:
    """Seconds to insert one landlord and all apartments in one transaction (Core executemany)."""
    start = time.perf_counter()
    with db.engine.begin() as conn:
        landlord = {"id": 1, "name": "Bänkbostäder AB", "kind": LandlordKind.MUNICIPAL}
        conn.execute(insert(cast(Table, Landlord.__table__)).values(landlord))
        conn.execute(insert(cast(Table, Apartment.__table__)), rows)
    return time.perf_counter() - start


def workload(offset: int) -> dict[str, Callable[[ServiceContext], object]]:
    """The timed operations; each returns something comparable between the two databases."""
    count_stmt = select(func.count()).select_from(cast(Table, Apartment.__table__)).where(
        Apartment.archived_at.is_(None), Apartment.rooms.between(2, 4), Apartment.rent_sek <= 9000,
        Apartment.status.in_([ApartmentStatus.AVAILABLE, ApartmentStatus.PLANNED]))

    def page(ctx: ServiceContext, query: ListQuery) -> object:
        result = list_apartments(ctx, query)
        return result.total, [r.id for r in result.rows]

    def count(ctx: ServiceContext) -> object:
        with ctx.db.engine.connect() as conn:
            return conn.scalar(count_stmt)

    filters = {"status": "available", "municipality_code": QUERY_CODE, "rooms_min": 2}
    return {
        "connect (one new keyed connection)": lambda ctx: ctx.db.engine.connect().close(),
        f"list: available, kommun {QUERY_CODE}, rooms>=2, by rent": lambda ctx: page(
            ctx, ListQuery(filters=filters, sort="rent_sek", limit=200)),
        "count(*): status, rooms 2-4, rent<=9000": count,
        "list: search 'björkvägen 12' (LIKE)": lambda ctx: page(ctx, ListQuery(search="björkvägen 12")),
        f"list: by available_from, offset {offset}": lambda ctx: page(
            ctx, ListQuery(sort="available_from", offset=offset, limit=200)),
    }


def plain_database(path: Path) -> Database:
    """An unencrypted database made like a real one (key=None), wrapped for the services."""
    engine = build_engine(path, None, create=True)
    upgrade_to_head(engine)
    return Database(path, "plain", engine, b"\0" * 32)


def file_mb(path: Path) -> float:
    return sum(p.stat().st_size for p in path.parent.glob(path.name + "*") if p.suffix != ".keys") / 1e6


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000, help="apartments to insert (default 100000)")
    parser.add_argument("--repeat", type=int, default=5, help="runs per measurement (default 5)")
    parser.add_argument("--seed", type=int, default=20240601, help="random seed for the data")
    args = parser.parse_args()
    repeat = max(1, args.repeat)
    keyring.set_keyring(MemoryKeyring())
    rows = make_rows(args.rows, args.seed)
    print("sbdesk storage benchmark")
    print(f"SQLCipher {cipher_version()} | Python {platform.python_version()} | {os.cpu_count()} CPUs"
          f" | {platform.platform()}")
    kdf = "m={memory_kib} KiB t={iterations} p={lanes}".format(**DEFAULT_KDF)
    print(f"rows={args.rows} repeat={repeat} seed={args.seed} | Argon2id {kdf}\n")

    with tempfile.TemporaryDirectory(prefix="sbdesk-bench-") as tmp_name:
        tmp = Path(tmp_name)
        enc_dbs: list[Database] = []
        create_times: list[float] = []
        for i in range(repeat):  # these databases are also the encrypted insert targets below
            start = time.perf_counter()
            enc_dbs.append(Database.create(tmp / f"enc-{i}.db", PASSPHRASE)[0])
            create_times.append(time.perf_counter() - start)
        enc_path = enc_dbs[0].path
        unlock = median_time(lambda: Database.open(enc_path, passphrase=PASSPHRASE), repeat, lambda db: db.close())
        enc_dbs[0].remember_in_keyring(PASSPHRASE)
        via_keyring = median_time(lambda: Database.open_with_keyring(enc_path), repeat, lambda db: db.close())
        print(f"{'encrypted database only':<50}{'median ms':>12}")
        print(f"  {'create (2 KDF slots + migrations + seed)':<48}{statistics.median(create_times) * 1e3:>12.1f}")
        print(f"  {'unlock with passphrase (Argon2id)':<48}{unlock * 1e3:>12.1f}")
        print(f"  {'unlock through keyring':<48}{via_keyring * 1e3:>12.1f}\n")

        plain_dbs = [plain_database(tmp / f"plain-{i}.db") for i in range(repeat)]
        try:
            inserts: dict[str, list[float]] = {"enc": [], "plain": []}
            for i, (enc_db, plain_db) in enumerate(zip(enc_dbs, plain_dbs, strict=True)):  # fresh pair each run
                for side in (("enc", "plain") if i % 2 == 0 else ("plain", "enc")):
                    inserts[side].append(insert_rows(enc_db if side == "enc" else plain_db, rows))
            results = [(f"insert {args.rows} apartments in 1 transaction",
                        statistics.median(inserts["enc"]), statistics.median(inserts["plain"]))]
            enc_dbs.append(Database.open_with_keyring(enc_path))
            enc = ServiceContext(enc_dbs[-1], actor="bench")
            plain = ServiceContext(plain_dbs[0], actor="bench")
            for name, op in workload(min(50_000, args.rows // 2)).items():
                if op(enc) != op(plain):  # also the warm-up run
                    raise SystemExit(f"results differ between encrypted and plain: {name}")
                times: dict[str, list[float]] = {"enc": [], "plain": []}
                for _ in range(repeat):  # interleaved so drift hits both sides alike
                    for side, ctx in (("enc", enc), ("plain", plain)):
                        start = time.perf_counter()
                        op(ctx)
                        times[side].append(time.perf_counter() - start)
                results.append((name, statistics.median(times["enc"]), statistics.median(times["plain"])))
            sizes = file_mb(enc_path), file_mb(plain.db.path)
        finally:
            for db in enc_dbs + plain_dbs:
                db.close()

    print(f"{'workload':<50}{'encrypted ms':>13}{'plain ms':>11}{'enc/plain':>11}")
    for name, e, p in results:
        print(f"  {name:<48}{e * 1e3:>13.1f}{p * 1e3:>11.1f}{e / p:>10.2f}x")
    print(f"  {'database files after insert (MB)':<48}{sizes[0]:>13.1f}{sizes[1]:>11.1f}\n")
    counted = [r for r in results if not r[0].startswith("connect")]
    total_e, total_p = sum(r[1] for r in counted), sum(r[2] for r in counted)
    geo = math.exp(statistics.fmean(math.log(e / p) for _, e, p in counted))
    print(f"overall encrypted/plain (insert + 4 queries): {total_e / total_p:.2f}x by summed time "
          f"({total_e * 1e3:.0f} / {total_p * 1e3:.0f} ms), {geo:.2f}x geometric mean of the ratios")


if __name__ == "__main__":
    main()
