"""Command line for municipal IT and scripts: init, demo, verify, passwd; no subcommand starts the GUI."""

from __future__ import annotations

import argparse
import getpass
import logging
import sys
from collections.abc import Callable
from pathlib import Path

from sbdesk import __version__
from sbdesk.errors import SbdeskError

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_ERROR = 0, 1, 2, 3
COMMANDS = ("init", "demo", "verify", "passwd", "backup", "restore", "new-recovery-key", "rekey", "report",
            "import")


def _read_secret(args: argparse.Namespace, prompt: str, *, confirm: bool = False) -> str:
    """One line from standard input (--passphrase-stdin) or an interactive prompt."""
    if args.passphrase_stdin:
        line = sys.stdin.readline()
        if not line:
            raise SystemExit(_fail("STDIN_EMPTY", "Ingen lösenfras på standard in."))
        return line.rstrip("\r\n")
    first = getpass.getpass(prompt)
    if confirm and getpass.getpass("Upprepa: ") != first:
        raise SystemExit(_fail("PASSPHRASE_MISMATCH", "Lösenfraserna är inte likadana."))
    return first


def _fail(code: str, message: str) -> int:
    print(f"sbdesk: fel [{code}]: {message}", file=sys.stderr)
    return EXIT_ERROR


def _warn_if_recovery_key_stale(ctx: object) -> None:
    """An interrupted rekey was finished on opening: the printed recovery key no longer works."""
    if getattr(getattr(ctx, "db", None), "recovery_key_stale", False):
        print("VARNING: en avbruten nyckelrotation slutfördes nu. Den återställningsnyckel som skrevs ut tidigare "
              "öppnar inte längre databasen. Kör: sbdesk new-recovery-key DB", file=sys.stderr)


def _print_recovery_key(key: str) -> None:
    print("ÅTERSTÄLLNINGSNYCKEL (visas bara nu – skriv ut den och förvara den säkert):")
    print(f"    {key}")
    print("Utan lösenfrasen är återställningsnyckeln enda sättet att öppna databasen.")


def cmd_init(args: argparse.Namespace) -> int:
    """Create a new, empty encrypted database with the coordinator's profile."""
    from sbdesk.services import unlock
    from sbdesk.services.geography import find_municipality

    passphrase = _read_secret(args, "Ny lösenfras (minst 10 tecken): ", confirm=True)
    created = unlock.create_database(
        args.db, passphrase, coordinator_name=args.name, municipality_code=args.municipality,
        remember_in_keyring=args.keyring,
    )
    row = find_municipality(created.ctx, args.municipality)
    created.ctx.db.close()
    print(f"Databasen skapades: {Path(args.db).resolve()} ({row.name if row else args.municipality})")
    if created.keyring_message:
        print(created.keyring_message)
    _print_recovery_key(created.recovery_key)
    return EXIT_OK


def cmd_demo(args: argparse.Namespace) -> int:
    """Create a new database filled with fictional demo data."""
    from sbdesk.services.context import ServiceContext
    from sbdesk.services.demo import fill_demo
    from sbdesk.store.database import Database

    passphrase = _read_secret(args, "Ny lösenfras (minst 10 tecken): ", confirm=True)
    db, recovery = Database.create(Path(args.db), passphrase)
    try:
        fill_demo(ServiceContext(db), apartments=args.apartments, cases=args.cases)
    except BaseException:
        db.close()
        from sbdesk.store.database import sidecar_paths
        from sbdesk.store.keyslots import keyfile_path

        for leftover in [*sidecar_paths(db.path), keyfile_path(db.path)]:
            leftover.unlink(missing_ok=True)
        raise
    db.close()
    print(f"Demodatabasen skapades: {db.path} ({args.apartments} lägenheter, {args.cases} ärenden, fiktiva)")
    _print_recovery_key(recovery)
    return EXIT_OK


def cmd_verify(args: argparse.Namespace) -> int:
    """Check encryption, structure, references and the audit chain; exit 0 only when all hold."""
    from sbdesk.store.database import Database
    from sbdesk.store.verify import verify_database

    secret = _read_secret(args, "Lösenfras: ")
    db = Database.open(Path(args.db), passphrase=secret, upgrade=False)
    _warn_if_recovery_key_stale(type("Opened", (), {"db": db})())
    try:
        report = verify_database(db)
    finally:
        db.close()
    for line in report.lines():
        print(line)
    print("Resultat: " + ("allt stämmer" if report.ok else "FEL HITTADES"))
    return EXIT_OK if report.ok else EXIT_FAILED


def cmd_passwd(args: argparse.Namespace) -> int:
    """Change the passphrase (rewraps one key slot; the database is not re-encrypted)."""
    from sbdesk.services import unlock

    old = _read_secret(args, "Nuvarande lösenfras: ")
    new = _read_secret(args, "Ny lösenfras (minst 10 tecken): ", confirm=not args.passphrase_stdin)
    ctx = unlock.unlock(Path(args.db), passphrase=old)
    _warn_if_recovery_key_stale(ctx)
    try:
        unlock.change_passphrase(ctx, old, new, new)
    finally:
        ctx.db.close()
    print("Lösenfrasen är bytt.")
    return EXIT_OK


def cmd_backup(args: argparse.Namespace) -> int:
    """Write a verified, encrypted backup of DB to DEST (and DEST.keys)."""
    from sbdesk.services import unlock
    from sbdesk.services.backups import make_backup

    ctx = unlock.unlock(Path(args.db), passphrase=_read_secret(args, "Lösenfras: "))
    _warn_if_recovery_key_stale(ctx)
    try:
        result = make_backup(ctx, Path(args.dest))
    finally:
        ctx.db.close()
    print(f"Säkerhetskopian skrevs och kontrollerades: {result.path} "
          f"({sum(result.tables.values())} rader). Nyckelfil: {result.path.name}.keys")
    return EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    """Restore DB from BACKUP: verify, copy, check, then swap (the old file is kept)."""
    from sbdesk.services.backups import restore

    secret = _read_secret(args, "Säkerhetskopians lösenfras: ")
    done = restore(Path(args.backup), Path(args.db), passphrase=secret)
    print(f"Databasen återställdes från {Path(args.backup).name}.")
    if done.kept is not None:
        print(f"Den tidigare databasen finns kvar som {done.kept.name} (ta bort den när allt fungerar).")
    if done.purged_again:
        print(f"{done.purged_again} ärenden hade gallrats efter att kopian gjordes och gallrades igen.")
    return EXIT_OK


def cmd_new_recovery_key(args: argparse.Namespace) -> int:
    """Replace the recovery key (the old one stops opening this database; old backups keep theirs)."""
    from sbdesk.services import unlock

    secret = _read_secret(args, "Lösenfras: ")
    ctx = unlock.unlock(Path(args.db), passphrase=secret)
    try:
        key = unlock.new_recovery_key(ctx, secret)
    finally:
        ctx.db.close()
    _print_recovery_key(key)
    return EXIT_OK


def cmd_rekey(args: argparse.Namespace) -> int:
    """Re-encrypt the database under a new data key (and a new recovery key)."""
    from sbdesk.services import unlock

    secret = _read_secret(args, "Lösenfras: ")
    ctx = unlock.unlock(Path(args.db), passphrase=secret)
    try:
        key = unlock.rotate_data_key(ctx, secret)
    finally:
        ctx.db.close()
    print("Databasen är omkrypterad med en ny datanyckel. Lösenfrasen är densamma.")
    _print_recovery_key(key)
    return EXIT_OK


# argparse's own words, in Swedish (argparse looks its messages up through the module's `_` at run time).
ARGPARSE_SV = {
    "usage: ": "användning: ",
    "positional arguments": "argument",
    "options": "flaggor",
    "show this help message and exit": "visa den här hjälpen och avsluta",
    "show program's version number and exit": "visa versionen och avsluta",
    "%(prog)s: error: %(message)s\n": "%(prog)s: fel: %(message)s\n",
    "the following arguments are required: %s": "de här argumenten behövs: %s",
    "unrecognized arguments: %s": "okända argument: %s",
    "invalid choice: %(value)r (choose from %(choices)s)": "ogiltigt val: %(value)r (välj bland %(choices)s)",
    "invalid %(type)s value: %(value)r": "ogiltigt värde: %(value)r",
    "expected one argument": "ett värde behövs",
    "argument %(argument_name)s: %(message)s": "argument %(argument_name)s: %(message)s",
    "ambiguous option: %(option)s could match %(matches)s": "tvetydig flagga: %(option)s kan vara %(matches)s",
    "one of the arguments %s is required": "ett av argumenten %s behövs",
    "not allowed with argument %s": "går inte ihop med argumentet %s",
}


def _swedish_argparse() -> None:
    argparse._ = lambda text: ARGPARSE_SV.get(text, text)  # type: ignore[attr-defined]


def build_parser() -> argparse.ArgumentParser:
    """The argument parser (Swedish help texts, and argparse's own words in Swedish)."""
    _swedish_argparse()
    parser = argparse.ArgumentParser(
        prog="sbdesk",
        description="sbdesk – samordning av stadigvarande boende för våldsutsatta. "
        "Utan kommando startar programmet (fönstret) på standarddatabasen eller på DB.",
    )
    parser.add_argument("--version", action="version", version=f"sbdesk {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="KOMMANDO")

    def add(name: str, func: Callable[[argparse.Namespace], int], help_text: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_text, description=help_text)
        p.add_argument("db", type=Path, metavar="DB", help="databasfilen")
        p.add_argument("--passphrase-stdin", action="store_true",
                       help="läs lösenfrasen som en rad från standard in (för skript)")
        p.set_defaults(func=func)
        return p

    p = add("init", cmd_init, "skapa en ny, tom krypterad databas")
    p.add_argument("--name", required=True, help="handläggarens namn")
    p.add_argument("--municipality", required=True, help="egen kommun: kommunkod (t.ex. 1980) eller namn")
    p.add_argument("--keyring", action="store_true", help="lås upp med operativsystemets nyckelring")
    p = add("demo", cmd_demo, "skapa en ny databas med fiktiva demodata")
    p.add_argument("--apartments", type=int, default=300, help="antal lägenheter (standard 300)")
    p.add_argument("--cases", type=int, default=40, help="antal ärenden (standard 40)")
    add("verify", cmd_verify, "kontrollera kryptering, struktur och loggkedja (0 = allt stämmer)")
    add("passwd", cmd_passwd, "byt lösenfras")
    add("new-recovery-key", cmd_new_recovery_key, "skapa en ny återställningsnyckel (den gamla slutar gälla)")
    add("rekey", cmd_rekey, "kryptera om databasen med en ny datanyckel (ger även en ny återställningsnyckel)")
    p = add("backup", cmd_backup, "skriv en krypterad, kontrollerad säkerhetskopia av DB till DEST")
    p.add_argument("dest", type=Path, metavar="DEST", help="säkerhetskopians fil (DEST.keys skrivs bredvid)")
    p = sub.add_parser("restore", help="återställ DB från en säkerhetskopia (den gamla filen sparas)",
                       description="återställ DB från en säkerhetskopia (den gamla filen sparas)")
    p.add_argument("backup", type=Path, metavar="BACKUP", help="säkerhetskopian")
    p.add_argument("db", type=Path, metavar="DB", help="databasen som ska ersättas (eller skapas)")
    p.add_argument("--passphrase-stdin", action="store_true",
                   help="läs säkerhetskopians lösenfras som en rad från standard in")
    p.set_defaults(func=cmd_restore)
    from sbdesk.cli_report import add_report_command

    add_report_command(sub)
    from sbdesk.cli_import import add_import_command

    add_import_command(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Entry point of the `sbdesk` console script."""
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv == ["--self-test"]:  # offscreen, throwaway database; before logging and argparse
        from sbdesk.selftest import run_self_test

        return run_self_test()
    try:
        from sbdesk.logsetup import configure_logging

        configure_logging()
    except OSError:
        logging.basicConfig(level=logging.WARNING)
    if not argv or (argv[0] not in COMMANDS and not argv[0].startswith("-")):
        from sbdesk.app import run_gui

        return run_gui(Path(argv[0]) if argv else None)
    args = build_parser().parse_args(argv)
    if args.command is None:
        build_parser().print_help()
        return EXIT_USAGE
    if args.command == "init":
        from sbdesk.services.geography import MunicipalityRow  # noqa: F401 - import check
        from sbdesk.services.unlock import municipality_choices

        wanted = args.municipality.strip().casefold()
        match = [m for m in municipality_choices() if wanted in (m.code, m.name.casefold())]
        if not match:
            return _fail("UNKNOWN_MUNICIPALITY", f"Okänd kommun: {args.municipality}")
        args.municipality = match[0].code
    try:
        return int(args.func(args))
    except SbdeskError as exc:
        code = getattr(exc, "error_code", None) or exc.code
        return _fail(code, exc.message)
    except KeyboardInterrupt:
        return EXIT_ERROR
