"""`sbdesk report --year YYYY --format xlsx|csv|pdf DB OUT`: the yearly återrapportering for scripts."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

FORMATS = ("xlsx", "csv", "pdf")


def add_report_command(subparsers: Any) -> argparse.ArgumentParser:
    """Register the 'report' subcommand on the parser's subparsers."""
    help_text = "skriv årets återrapportering till Socialstyrelsen som xlsx, csv eller pdf"
    p = subparsers.add_parser("report", help=help_text, description=help_text)
    p.add_argument("db", type=Path, metavar="DB", help="databasfilen")
    p.add_argument("out", type=Path, metavar="OUT", help="filen som skrivs (skrivs över om den finns)")
    p.add_argument("--year", type=int, required=True, help="verksamhetsåret, t.ex. 2025")
    p.add_argument("--format", choices=FORMATS, default=None,
                   help="xlsx, csv eller pdf (standard: efter filändelsen på OUT)")
    p.add_argument("--passphrase-stdin", action="store_true",
                   help="läs lösenfrasen som en rad från standard in (för skript)")
    p.set_defaults(func=cmd_report)
    return p


def cmd_report(args: argparse.Namespace) -> int:
    """Unlock DB, write the year's report to OUT (frozen figures when the year is frozen), lock again."""
    from sbdesk.cli import EXIT_OK, _fail, _read_secret
    from sbdesk.services import unlock
    from sbdesk.services.grant import export_report, report_figures

    fmt = args.format or Path(args.out).suffix.lower().lstrip(".")
    if fmt not in FORMATS:
        return _fail("REPORT_FORMAT", "Ange --format xlsx, csv eller pdf (eller en sådan filändelse på OUT).")
    out = Path(args.out)
    if not out.parent.is_dir():
        return _fail("FOLDER_MISSING", f"Mappen finns inte: {out.parent}")
    ctx = unlock.unlock(Path(args.db), passphrase=_read_secret(args, "Lösenfras: "))
    try:
        figures = report_figures(ctx, args.year)
        written = export_report(ctx, args.year, fmt, out)
    finally:
        unlock.lock(ctx)
    state = f"fryst {figures.frozen_at[:10]}" if figures.frozen_at else "inte fryst"
    print(f"Återrapporteringen för {args.year} skrevs: {written.resolve()} ({fmt}, {state}).")
    if figures.missing:
        print(f"Saknas före inlämning ({len(figures.missing)}):")
        for item in figures.missing:
            print(f"  - {item.message}")
    return EXIT_OK
