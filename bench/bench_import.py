"""Import benchmark: preview and import of a landlord's list of 10 000 apartments.

Measures, on a fresh encrypted database (the cheap test KDF: unlocking is measured elsewhere):

* read: a 10 000-row CSV (semicolons, Windows-1252, Swedish formats: "8 500 kr", "54,5", 1/7/2025)
  and the same rows as XLSX (openpyxl, read-only);
* preview: every row validated with the forms' field specs and the services' reference checks;
* import: the same rows written in one transaction (re-checked inside it) with one audit event;
* next month: preview and import of the same list again, now all duplicates, updating the rents.

Goal: preview + import under 5 s on this 2-core machine. Prints a table of medians; writes nothing
outside a temporary folder it removes. Run from the repository root:

    python bench/bench_import.py [--rows 10000] [--repeat 3]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.dont_write_bytecode = True
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sbdesk.services.context import ServiceContext
from sbdesk.services.housing import create_landlord
from sbdesk.services.importing.commit import ImportChoices, commit_import
from sbdesk.services.importing.mapping import ColumnMapping, guess_mapping
from sbdesk.services.importing.preview import build_preview
from sbdesk.services.importing.readers import read_table
from sbdesk.services.settings import setup_profile
from sbdesk.store import keyslots
from sbdesk.store.database import Database

HEADER = ["Adress", "Postnr", "Kommun", "Rok", "Yta m²", "Hyra", "Våning", "Hiss", "Ledig från"]
TOWNS = ["Västerås", "Köping", "Arboga", "Sala", "Fagersta", "Eskilstuna"]


def rows(n: int, rent_offset: int = 0) -> list[list[Any]]:
    """n fictional apartments in Swedish formats (deterministic)."""
    out = []
    for i in range(n):
        out.append([f"Björkvägen {i // 40 + 1}, lgh {1000 + i}", f"7{22 + i % 7}{i % 10}{i % 7}",
                    TOWNS[i % len(TOWNS)], f"{i % 5 + 1} rok", f"{35 + i % 80},5",
                    f"{6000 + (i * 37) % 5000 + rent_offset:,} kr".replace(",", " "), str(i % 8),
                    "ja" if i % 3 else "nej", f"{i % 28 + 1}/{i % 12 + 1}/2026"])
    return out


def write_csv(path: Path, data: list[list[Any]]) -> Path:
    path.write_bytes(("\r\n".join(";".join(r) for r in [HEADER, *data]) + "\r\n").encode("cp1252"))
    return path


def write_xlsx(path: Path, data: list[list[Any]]) -> Path:
    import openpyxl

    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet("Lediga")
    ws.append(HEADER)
    for row in data:
        ws.append(row)
    wb.save(path)
    return path


def timed(action: Callable[[], Any]) -> tuple[float, Any]:
    start = time.perf_counter()
    result = action()
    return (time.perf_counter() - start) * 1000, result


def one_run(folder: Path, n: int) -> dict[str, float]:
    """A fresh database; every step once."""
    db, _ = Database.create(folder / "bench.db", "bench-lösen-123")
    ctx = ServiceContext(db, actor="Bench")
    try:
        setup_profile(ctx, coordinator_name="Bench Benchsson", municipality_code="1980")
        landlord = create_landlord(ctx, {"name": "Mälarhem Bostäder AB", "kind": "municipal"}).id
        figures: dict[str, float] = {}
        figures["read CSV"], table = timed(lambda: read_table(write_csv(folder / "lista.csv", rows(n))))
        figures["read XLSX"], _ = timed(lambda: read_table(folder / "lista.xlsx"))
        mapping = ColumnMapping("apartments", guess_mapping("apartments", table.headers).columns,
                                {"landlord_id": landlord, "contract_type": "first_hand", "status": "available"})
        figures["preview"], preview = timed(lambda: build_preview(ctx, table, mapping))
        assert len(preview.valid) == n, (len(preview.valid), preview.issues[:3])
        figures["import"], result = timed(lambda: commit_import(ctx, table, mapping))
        assert result.imported == n
        figures["preview + import"] = figures["preview"] + figures["import"]
        again = read_table(write_csv(folder / "juli.csv", rows(n, rent_offset=100)))
        figures["next month: preview (all duplicates)"], preview = timed(lambda: build_preview(ctx, again, mapping))
        assert len(preview.duplicates) == n
        figures["next month: update"], result = timed(
            lambda: commit_import(ctx, again, mapping, ImportChoices(update_duplicates=True)))
        assert result.updated == n
        return figures
    finally:
        db.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    keyslots.use_test_kdf(True)
    runs: list[dict[str, float]] = []
    with tempfile.TemporaryDirectory(prefix="sbdesk-bench-import-") as tmp:
        write_xlsx(Path(tmp) / "template.xlsx", rows(args.rows))
        for n in range(args.repeat):
            folder = Path(tmp) / f"run{n}"
            folder.mkdir()
            (folder / "lista.xlsx").write_bytes((Path(tmp) / "template.xlsx").read_bytes())
            runs.append(one_run(folder, args.rows))
    print(f"Import of {args.rows} apartment rows, median of {args.repeat} runs (ms):")
    width = max(len(k) for k in runs[0])
    for key in runs[0]:
        print(f"  {key:<{width}}  {statistics.median(r[key] for r in runs):8.0f}")
    total = statistics.median(r["preview + import"] for r in runs)
    print(f"Goal: preview + import under 5 000 ms -> {'met' if total < 5000 else 'NOT met'} ({total:.0f} ms)")


if __name__ == "__main__":
    main()
