"""Register benchmark: the apartments page on a database with 100 000 apartments.

Measures, as a user feels it (offscreen Qt, the real ApartmentsPage, model and services):

* first rows shown: opening the page (count + first batch + model reset + layout);
* each keystroke of a search, typed one letter at a time ("b", "bj", "bjö", ...);
* choosing a filter (status, municipality, rooms);
* sorting by a column (header click), both directions;
* scrolling: fetching the next batch of 200 rows.

Goal: under 100 ms per action on a 2-core machine. Prints a table of medians; writes nothing
outside a temporary folder it removes. Run from the repository root:

    python bench/bench_register.py [--rows 100000] [--repeat 5]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.dont_write_bytecode = True
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from bench_store import insert_rows, make_rows  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from sbdesk.services.context import ServiceContext  # noqa: E402
from sbdesk.store import keyslots  # noqa: E402
from sbdesk.store.database import Database  # noqa: E402
from sbdesk.ui.i18n import install_translators  # noqa: E402
from sbdesk.ui.pages.apartments import ApartmentsPage  # noqa: E402


def timed(app: QApplication, action: Callable[[], object]) -> float:
    """Milliseconds for action plus the event processing that paints its result."""
    start = time.perf_counter()
    action()
    app.processEvents()
    return (time.perf_counter() - start) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    keyslots.use_test_kdf(True)  # unlock cost is measured by bench_store.py; not part of this
    app = QApplication(sys.argv)
    install_translators(app)
    with tempfile.TemporaryDirectory() as tmp:
        db, _ = Database.create(Path(tmp) / "bench.db", "bänk-lösenfras-2024")
        insert_rows(db, make_rows(args.rows, 20240601))
        ctx = ServiceContext(db, actor="Bänk")
        results: dict[str, list[float]] = {}

        def record(name: str, ms: float) -> None:
            results.setdefault(name, []).append(ms)

        for _ in range(args.repeat):
            page = ApartmentsPage(ctx)
            page.resize(1400, 860)
            page.show()
            record("open page: first rows shown", timed(app, page.activate))
            model = page.model
            for typed in ("b", "bj", "bjö", "björ", "björk"):
                record(f"search keystroke '{typed}'", timed(app, lambda t=typed: model.set_search(t)))
            record("clear search", timed(app, lambda: model.set_search("")))
            record("filter status = Ledig", timed(app, lambda: model.set_filter("status", "available")))
            record("filter municipality = Stockholm", timed(app, lambda: model.set_filter("municipality_code", "0180")))
            record("filter rooms >= 3", timed(app, lambda: model.set_filter("rooms_min", 3)))
            for key in ("status", "municipality_code", "rooms_min"):
                model.set_filter(key, None)
            rent = [c.key for c in model.columns].index("rent_sek")
            record("sort rent ascending", timed(app, lambda: page.table.sortByColumn(rent, Qt.SortOrder.AscendingOrder)))
            record("sort rent descending", timed(app, lambda: page.table.sortByColumn(rent, Qt.SortOrder.DescendingOrder)))
            landlord = [c.key for c in model.columns].index("municipality_name")
            record("sort municipality (joined column)", timed(app, lambda: page.table.sortByColumn(landlord, Qt.SortOrder.AscendingOrder)))
            record("scroll: fetch next 200 rows", timed(app, model.fetchMore))
            page.close()
            page.deleteLater()
            app.processEvents()
        db.close()
    print(f"sbdesk register benchmark: {args.rows} apartments, median of {args.repeat} runs (ms)")
    print(f"{'action':42} {'median':>8} {'max':>8}")
    for name, values in results.items():
        print(f"{name:42} {statistics.median(values):8.1f} {max(values):8.1f}")
    worst = max(statistics.median(v) for v in results.values())
    print(f"slowest median: {worst:.1f} ms (goal: under 100 ms per action)")


if __name__ == "__main__":
    main()
