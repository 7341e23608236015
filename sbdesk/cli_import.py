"""`sbdesk import`: bring apartments, landlords/agreements or cases in from XLSX/CSV with a saved mapping.

    sbdesk import --kind apartments --mapping NAMN [--dry-run] [--report CSV] [--update] [--skip-errors] DB FILE

Exit codes: 0 imported (or a dry run), 1 rows with errors and nothing imported (add --skip-errors to
import the valid rows anyway), 2 usage error, 3 any other error (`sbdesk: fel [CODE]: …`).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from sbdesk.errors import ValidationError

EXIT_OK, EXIT_FAILED, EXIT_ERROR = 0, 1, 3
MAX_ERRORS_SHOWN = 20


def add_import_command(subparsers: Any) -> argparse.ArgumentParser:
    """Add the `import` subcommand to sbdesk's argument parser."""
    help_text = "importera lägenheter, hyresvärdar/avtal eller ärenden från XLSX/CSV med en sparad kolumnkoppling"
    p = subparsers.add_parser("import", help=help_text, description=help_text)
    p.add_argument("db", type=Path, metavar="DB", help="databasfilen")
    p.add_argument("file", type=Path, metavar="FILE", help="kalkylarket (.xlsx eller .csv)")
    p.add_argument("--kind", required=True, choices=("apartments", "landlords", "cases"),
                   help="vad filen innehåller: apartments (lägenheter), landlords (hyresvärdar och avtal), "
                        "cases (ärenden)")
    p.add_argument("--mapping", required=True, metavar="NAMN",
                   help="namnet på en kolumnkoppling som sparats i guiden Arkiv → Importera")
    p.add_argument("--dry-run", action="store_true", help="visa bara vad som skulle hända; ingenting sparas")
    p.add_argument("--report", type=Path, metavar="CSV", help="spara en rapport per rad (importerad, uppdaterad, "
                                                               "hoppades över, fel) som CSV")
    p.add_argument("--update", action="store_true",
                   help="uppdatera befintliga poster som filen matchar (annars hoppas dubbletter över)")
    p.add_argument("--skip-errors", action="store_true",
                   help="importera de giltiga raderna även när andra rader har fel")
    p.add_argument("--passphrase-stdin", action="store_true",
                   help="läs lösenfrasen som en rad från standard in (för skript)")
    p.set_defaults(func=cmd_import)
    return p


def _print_preview(preview: Any) -> None:
    print(f"Fil: {preview.source_name}")
    print(f"Rader: {preview.total}   giltiga: {len(preview.valid)}   fel: {len(preview.errors)}   "
          f"dubbletter: {len(preview.duplicates)}")
    for warning in preview.warnings:
        print(f"Obs: {warning}")
    issues = preview.issues
    for issue in issues[:MAX_ERRORS_SHOWN]:
        print(f"  {issue.message}")
    if len(issues) > MAX_ERRORS_SHOWN:
        print(f"  … och {len(issues) - MAX_ERRORS_SHOWN} fel till (se rapporten med --report).")


def _nothing_imported(result: Any) -> Any:
    """The planned report with every would-be write turned into 'skipped' (nothing was imported)."""
    from dataclasses import replace

    from sbdesk.services.importing.commit import ReportLine

    why = "Ingenting importerades eftersom andra rader har fel."
    lines = [line if line.outcome in ("error", "skipped") else ReportLine(line.row, "skipped", why)
             for line in result.lines]
    return replace(result, lines=lines)


def cmd_import(args: argparse.Namespace) -> int:
    """Preview the file with the saved mapping; unless --dry-run, import in one transaction."""
    from sbdesk.cli import _fail, _read_secret
    from sbdesk.services import unlock
    from sbdesk.services.importing.commit import ImportChoices, commit_import, planned_report, write_report
    from sbdesk.services.importing.mapping import load_mapping
    from sbdesk.services.importing.preview import build_preview
    from sbdesk.services.importing.readers import read_table

    secret = _read_secret(args, "Lösenfras: ")
    table = read_table(args.file)
    ctx = unlock.unlock(Path(args.db), passphrase=secret)
    try:
        mapping = load_mapping(ctx, args.kind, args.mapping)
        try:
            preview = build_preview(ctx, table, mapping)
        except ValidationError as exc:
            for err in exc.errors[1:]:
                print(f"  {err.message}")
            return _fail(exc.error_code, exc.message)
        _print_preview(preview)
        choices = ImportChoices(import_valid=True, update_duplicates=args.update)
        if args.dry_run:
            if args.report:
                write_report(args.report, planned_report(preview, choices))
                print(f"Rapporten (vad som skulle hända) sparades: {args.report}")
            print("Provkörning: ingenting har sparats.")
            return EXIT_OK
        if preview.errors and not args.skip_errors:
            if args.report:
                write_report(args.report, _nothing_imported(planned_report(preview, choices)))
            print(f"Ingenting importerades: {len(preview.errors)} rader har fel. Rätta filen, eller kör med "
                  "--skip-errors för att importera de giltiga raderna ändå.")
            return EXIT_FAILED
        result = commit_import(ctx, table, mapping, choices)
    finally:
        ctx.db.close()
    print(f"Importerade: {result.imported}   uppdaterade: {result.updated}   hoppades över: {result.skipped}   "
          f"fel: {result.errors}")
    if args.report:
        write_report(args.report, result)
        print(f"Rapporten sparades: {args.report}")
    return EXIT_OK
