"""`sbdesk --self-test`: prove that an installation works, offscreen, on a throwaway encrypted database.

In a new temporary folder it creates an encrypted database with the real Argon2id parameters (so
the KDF is proven too), unlocks it with the passphrase, fills it with fictional demo data, makes one
letter of each kind as PDF, writes the yearly report (PDF and XLSX), loads the Swedish translation,
opens the main window offscreen and renders every page, shows a letter through QtPdf, then reopens
the database with its recovery key and verifies it (cipher, structure, references, audit chain).
It also checks that the bundled resources exist. One line per check ("OK  …" / "FEL …"); the
result is 0 only when every check passed. The folder is removed afterwards; the user's data
folder, keyring and window settings are never touched. With SBDESK_SELFTEST_SCREENSHOTS=<folder>
each rendered page is also saved there as PNG (fictional data only).

Like app.py and cli.py this is an entry point that uses the store; the window's checks, which need Qt,
are in sbdesk/ui/selftest_window.py.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import sys
import tempfile
import time
import traceback
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from datetime import date, timedelta
from pathlib import Path
from typing import TextIO

from sbdesk import __version__
from sbdesk.errors import SbdeskError
from sbdesk.resources import resource_path
from sbdesk.services.context import ServiceContext
from sbdesk.store import keyslots
from sbdesk.store.database import Database

PASSPHRASE = "självtest-lösen-2468"  # a throwaway database in a temporary folder
REASON = "Självtest av installationen (fiktiva data)"
RESOURCES = {
    "typsnitt för PDF": [("fonts", "DejaVuSans.ttf"), ("fonts", "DejaVuSans-Bold.ttf")],
    "svensk översättning (.qm)": [("translations", "sbdesk_sv.qm")],
    "kommun- och länsdata (SCB)": [("data", "kommuner.csv"), ("data", "lan.csv")],
    "ikon, hjälp och brevmallar": [("icons", "sbdesk.svg"), ("help", "anvandarguide.html"),
                                   ("letters", "request.txt"), ("letters", "priority.txt"),
                                   ("letters", "offer.txt")],
}
# The keyring backend sbdesk relies on for each OS (imported only; no secret is read or written).
KEYRING_BACKENDS = {"win32": "keyring.backends.Windows", "darwin": "keyring.backends.macOS"}
KEYRING_DEFAULT = "keyring.backends.SecretService"
SCREENSHOTS_ENV = "SBDESK_SELFTEST_SCREENSHOTS"  # a folder: save each rendered page there as PNG


class Checks:
    """Prints one line per check and counts what failed."""

    def __init__(self, out: TextIO) -> None:
        self.out = out
        self.passed = 0
        self.failed = 0

    def ok(self, text: str) -> None:
        """A check that passed."""
        self.passed += 1
        print(f"OK  {text}", file=self.out, flush=True)

    def fail(self, text: str) -> None:
        """A check that failed."""
        self.failed += 1
        print(f"FEL {text}", file=self.out, flush=True)

    def note(self, text: str) -> None:
        """Information that is neither a pass nor a failure."""
        print(f"--  {text}", file=self.out, flush=True)

    @contextmanager
    def step(self, what: str) -> Iterator[None]:
        """Run a block; an exception in it becomes one FEL line (and a traceback on stderr)."""
        try:
            yield
        except Exception as exc:  # noqa: BLE001 - every failure must be reported, not raised
            traceback.print_exc(file=sys.stderr)
            self.fail(f"{what}: {_describe(exc)}")


def _describe(exc: BaseException) -> str:
    if isinstance(exc, SbdeskError):
        return f"[{getattr(exc, 'error_code', None) or exc.code}] {exc.message}"
    return f"{type(exc).__name__}: {exc}"


# -- resources -------------------------------------------------------------------------------------


def _check_resources(checks: Checks) -> None:
    for label, parts in RESOURCES.items():
        with checks.step(label):
            missing = [p for p in (resource_path(*part) for part in parts) if not p.is_file() or not p.stat().st_size]
            if missing:
                checks.fail(f"{label}: saknas {', '.join('/'.join(p.parts[-2:]) for p in missing)}")
            else:
                checks.ok(f"{label}: {len(parts)} {'fil' if len(parts) == 1 else 'filer'}")
    with checks.step("databasmigreringar"):
        from sbdesk.store.migrate import MIGRATIONS_DIR, head_revision, known_revisions

        files = [p for p in (MIGRATIONS_DIR / "versions").glob("*.py") if p.name != "__init__.py"]
        revisions = known_revisions()
        if not (MIGRATIONS_DIR / "env.py").is_file() or not files or len(revisions) != len(files):
            checks.fail(f"databasmigreringar: {len(files)} filer, {len(revisions)} revisioner i {MIGRATIONS_DIR.name}")
        else:
            checks.ok(f"databasmigreringar: {len(revisions)} st, senaste {head_revision()}")
    backend = KEYRING_BACKENDS.get(sys.platform, KEYRING_DEFAULT)
    with checks.step("nyckelringsmodul"):
        importlib.import_module(backend)
        checks.ok(f"nyckelringsmodul för {sys.platform}: {backend}")


# -- the database ----------------------------------------------------------------------------------


@contextmanager
def _real_kdf() -> Iterator[None]:
    """The real Argon2id parameters, even when a test switched to the cheap ones (restored after)."""
    was_test = keyslots._test_kdf is not None  # read only, to restore it afterwards
    keyslots.use_test_kdf(False)
    try:
        yield
    finally:
        keyslots.use_test_kdf(was_test)


def _create(folder: Path, checks: Checks) -> tuple[ServiceContext, str] | None:
    """A new encrypted database, closed and unlocked again with its passphrase."""
    path = folder / "självtest.db"
    with checks.step("krypterad databas"), _real_kdf():
        started = time.perf_counter()
        db, recovery = Database.create(path, PASSPHRASE)
        db.close()
        db = Database.open(path, passphrase=PASSPHRASE)
        seconds = time.perf_counter() - started
        try:
            with db.engine.connect() as conn:
                cipher = conn.exec_driver_sql("PRAGMA cipher_version").scalar()
            kdf = keyslots.KeySlotFile.load(keyslots.keyfile_path(path)).slots[keyslots.PASSPHRASE]["kdf"]
            with path.open("rb") as file:
                plain = file.read(16) == b"SQLite format 3\x00"
        except BaseException:
            db.close()
            raise
        if plain or not cipher:
            db.close()
            checks.fail("krypterad databas: filen är inte krypterad")
            return None
        if kdf["memory_kib"] != keyslots.DEFAULT_KDF["memory_kib"]:
            checks.fail(f"krypterad databas: nyckelhärledningen använde {kdf['memory_kib']} KiB, inte de riktiga "
                        f"{keyslots.DEFAULT_KDF['memory_kib']} KiB")
        else:
            checks.ok(f"krypterad databas skapad och upplåst med lösenfras (SQLCipher {cipher}, Argon2id "
                      f"{kdf['memory_kib'] // 1024} MiB × {kdf['iterations']}, {seconds:.1f} s)")
        return ServiceContext(db, actor="Självtest"), recovery
    return None


def _fill(ctx: ServiceContext, checks: Checks) -> bool:
    with checks.step("demodata"):
        from sbdesk.services.cases import list_cases
        from sbdesk.services.demo import fill_demo
        from sbdesk.services.listing import ListQuery

        started = time.perf_counter()
        fill_demo(ctx)
        total = list_cases(ctx, ListQuery(limit=1)).total
        checks.ok(f"fiktiva demodata: {total} ärenden ({time.perf_counter() - started:.1f} s)")
        return True
    return False


def _verify(path: Path, recovery: str, checks: Checks) -> None:
    """Reopen with the recovery key (proves that slot) and run every integrity check."""
    from sbdesk.store.verify import verify_database

    with checks.step("databaskontroll"), _real_kdf():
        db = Database.open(path, recovery_key=recovery, upgrade=False)
        try:
            report = verify_database(db)
        finally:
            db.close()
        if report.ok:
            checks.ok(f"databaskontroll efter återöppning med återställningsnyckeln: {'; '.join(report.lines())}")
        else:
            checks.fail(f"databaskontroll: {'; '.join(report.lines())}")


# -- documents -------------------------------------------------------------------------------------


def _letter_ids(ctx: ServiceContext, kind: object) -> dict[str, object]:
    """Records in the demo data that a letter of this kind can be made for."""
    from sbdesk.services.cases import list_cases
    from sbdesk.services.letter_templates import LetterKind
    from sbdesk.services.listing import ListQuery
    from sbdesk.services.offers import list_offers
    from sbdesk.services.priority import create_grant, list_grants

    cases = list_cases(ctx, ListQuery(limit=200)).rows
    if kind is LetterKind.OFFER:
        return {"offer_id": list_offers(ctx)[0].id}
    if kind is LetterKind.REQUEST:
        own = _own_municipality(ctx)
        return {"case_id": cases[0].id, "counterpart_code": "0180" if own != "0180" else "1480"}
    if kind is LetterKind.PRIORITY:
        for case in cases:
            if any(g.valid_today for g in list_grants(ctx, case.id)):
                return {"case_id": case.id}
        today = date.today()
        create_grant(ctx, cases[0].id, {"ground": "social", "issued_by": "Socialsekreterare", "decided_on": today,
                                        "valid_until": today + timedelta(days=365), "offers_allowed": 1})
        return {"case_id": cases[0].id}
    raise LookupError(f"självtestet vet inte vilket ärende brevtypen {kind!s} ska skrivas för")


def _own_municipality(ctx: ServiceContext) -> str:
    from sbdesk.services.settings import get_setting

    return str(get_setting(ctx, "municipality.code") or "")


def _self_test_letters(ctx: ServiceContext, checks: Checks) -> list[bytes]:
    """One letter of each kind as PDF bytes (skipped with a notice where the letters module is missing)."""
    if importlib.util.find_spec("sbdesk.services.letters") is None:
        checks.note("brev: modulen sbdesk.services.letters finns inte i den här versionen – hoppar över")
        return []
    from sbdesk.services.letter_templates import LetterKind
    from sbdesk.services.letters import build_letter, letter_pdf

    made: list[bytes] = []
    for kind in LetterKind:
        with checks.step(f"brev {kind.label}"):
            letter = build_letter(ctx, kind, consent_override_reason=REASON, **_letter_ids(ctx, kind))
            pdf = letter_pdf(letter)
            if pdf[:5] != b"%PDF-" or len(pdf) < 1000:
                checks.fail(f"brev {kind.label}: ingen giltig PDF ({len(pdf)} byte)")
                continue
            made.append(pdf)
            checks.ok(f"brev som PDF: {kind.label} ({len(pdf) // 1024} kB)")
    return made


def _check_report(ctx: ServiceContext, folder: Path, checks: Checks) -> None:
    """The yearly report as PDF (reportlab + matplotlib Agg) and XLSX (openpyxl)."""
    from sbdesk.services.grant import export_report

    year = date.today().year - 1
    for fmt, magic in (("pdf", b"%PDF-"), ("xlsx", b"PK\x03\x04")):
        with checks.step(f"återrapportering {fmt}"):
            path = export_report(ctx, year, fmt, folder / f"återrapportering-{year}.{fmt}")
            head = path.read_bytes()[:5]
            if not head.startswith(magic):
                checks.fail(f"återrapportering {year} som {fmt.upper()}: fel filinnehåll")
            else:
                checks.ok(f"återrapportering {year} som {fmt.upper()} ({path.stat().st_size // 1024} kB)")


# -- running ---------------------------------------------------------------------------------------


def run_self_test(out: TextIO | None = None) -> int:
    """Run every check, print one line each; 0 when all passed, 1 otherwise."""
    out = out if out is not None else sys.stdout
    os.environ["QT_QPA_PLATFORM"] = "offscreen"  # before Qt is imported or an application exists
    os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")
    checks = Checks(out)
    print(f"sbdesk {__version__} – självtest ({sys.platform}, "
          f"{'installerat paket' if getattr(sys, 'frozen', False) else 'Python ' + sys.version.split()[0]})",
          file=out, flush=True)
    started = time.perf_counter()
    folder = Path(tempfile.mkdtemp(prefix="sbdesk-självtest-"))
    try:
        _check_resources(checks)
        created = _create(folder, checks)
        if created is None:
            checks.fail("avbryter: utan databas kan resten inte provas")
        else:
            ctx, recovery = created
            try:
                if _fill(ctx, checks):
                    letters = _self_test_letters(ctx, checks)
                    _check_report(ctx, folder, checks)
                    from sbdesk.ui.selftest_window import check_window  # Qt lives in sbdesk/ui

                    check_window(ctx, folder, letters, checks, os.environ.get(SCREENSHOTS_ENV))
            finally:
                with suppress(Exception):
                    ctx.db.close()  # already closed when the window locked it; closing again is harmless
            _verify(ctx.db.path, recovery, checks)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    if folder.exists():
        checks.fail(f"den tillfälliga mappen kunde inte tas bort: {folder}")
    verdict = "alla kontroller gick igenom" if not checks.failed else f"{checks.failed} kontroller MISSLYCKADES"
    print(f"Självtest: {checks.passed} OK, {verdict} ({time.perf_counter() - started:.0f} s)", file=out, flush=True)
    return 0 if checks.failed == 0 else 1
