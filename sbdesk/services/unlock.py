"""First start and unlocking: create the encrypted database, open it, and the keyring opt-in."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sbdesk.domain.setting import Setting
from sbdesk.domain.text import swedish_sort_key
from sbdesk.errors import KeyringUnavailable, ValidationError
from sbdesk.services.context import ServiceContext
from sbdesk.services.settings import actor_name, setup_profile
from sbdesk.store import keyslots
from sbdesk.store.database import Database, sidecar_paths
from sbdesk.store.keyslots import keyfile_path
from sbdesk.store.seed import load_municipalities

MIN_PASSPHRASE_LENGTH = keyslots.MIN_PASSPHRASE_LENGTH


@dataclass(frozen=True)
class MunicipalityChoice:
    """A municipality for the first-start picker (read from the shipped SCB list, no database needed)."""

    code: str
    name: str


def municipality_choices() -> list[MunicipalityChoice]:
    """All 290 municipalities, sorted by name."""
    rows = [MunicipalityChoice(r["code"], r["name"]) for r in load_municipalities()]
    return sorted(rows, key=lambda r: swedish_sort_key(r.name))


def database_exists(path: Path) -> bool:
    """True when a database (or its key file) is already at path."""
    return any(p.exists() for p in [*sidecar_paths(Path(path)), keyfile_path(Path(path))])


def generate_passphrase() -> str:
    """A random passphrase to offer on first start."""
    return keyslots.generate_passphrase()


def passphrase_problem(passphrase: str, repeat: str | None = None) -> str | None:
    """Swedish message for a passphrase that cannot be used, or None."""
    try:
        keyslots.check_passphrase_strength(passphrase)
    except ValidationError as exc:
        return exc.message
    if repeat is not None and repeat != passphrase:
        return "Lösenfraserna är inte likadana."
    return None


@dataclass
class Created:
    """A new database: its service context, the recovery key to show once, and keyring outcome."""

    ctx: ServiceContext
    recovery_key: str
    keyring_message: str | None = None


def create_database(
    path: Path,
    passphrase: str,
    *,
    coordinator_name: str,
    municipality_code: str,
    remember_in_keyring: bool = False,
    recovery_key: str | None = None,
) -> Created:
    """Create and profile a new database; nothing is left behind when the profile is invalid."""
    problems: list[ValidationError] = []
    if (msg := passphrase_problem(passphrase)) is not None:
        problems.append(ValidationError("passphrase", "PASSPHRASE_TOO_SHORT", msg))
    if not coordinator_name.strip():
        problems.append(ValidationError("coordinator.name", "REQUIRED", "Ditt namn måste fyllas i."))
    if municipality_code not in {m.code for m in municipality_choices()}:
        problems.append(
            ValidationError("municipality.code", "UNKNOWN_MUNICIPALITY", "Välj en kommun i listan.")
        )
    if problems:
        raise ValidationError.collect(problems)
    db, recovery = Database.create(Path(path), passphrase, recovery_key=recovery_key)
    ctx = ServiceContext(db)
    try:
        setup_profile(ctx, coordinator_name=coordinator_name, municipality_code=municipality_code)
        ctx.audit_standalone("database.create")
    except BaseException:
        db.close()
        for leftover in [*sidecar_paths(db.path), keyfile_path(db.path)]:
            leftover.unlink(missing_ok=True)
        raise
    created = Created(ctx, recovery)
    if remember_in_keyring:
        try:
            db.remember_in_keyring(passphrase)
        except KeyringUnavailable as exc:
            created.keyring_message = exc.message
    return created


STALE_RECOVERY_KEY = "security.recovery_key_stale"  # kept until a new recovery key is made


def _context(db: Database) -> ServiceContext:
    ctx = ServiceContext(db)
    ctx.actor = actor_name(ctx)
    with ctx.write() as s:
        marker = s.get(Setting, STALE_RECOVERY_KEY)
        if db.recovery_key_stale and marker is None:
            s.add(Setting(key=STALE_RECOVERY_KEY, value=True))
        db.recovery_key_stale = db.recovery_key_stale or marker is not None
        ctx.audit(s, "database.unlock", details={"method": db.opened_with})
    return ctx


def _recovery_key_renewed(ctx: ServiceContext) -> None:
    with ctx.write() as s:
        marker = s.get(Setting, STALE_RECOVERY_KEY)
        if marker is not None:
            s.delete(marker)
        ctx.audit(s, "recovery_key.replace")
    ctx.db.recovery_key_stale = False


def unlock(path: Path, *, passphrase: str | None = None, recovery_key: str | None = None) -> ServiceContext:
    """Open with the passphrase or recovery key (WrongPassphrase, DatabaseDamaged, … on failure)."""
    return _context(Database.open(Path(path), passphrase=passphrase, recovery_key=recovery_key))


def unlock_with_keyring(path: Path) -> ServiceContext:
    """Open with the key remembered in the OS keyring; KeyringUnavailable means: ask for the passphrase."""
    return _context(Database.open_with_keyring(Path(path)))


def set_keyring(ctx: ServiceContext, enabled: bool, passphrase: str | None = None) -> None:
    """Opt in (needs the passphrase) or out of keyring unlock for this OS user."""
    if enabled:
        if passphrase is None:
            raise ValueError("the passphrase is needed to opt in")
        ctx.db.remember_in_keyring(passphrase)
    else:
        ctx.db.forget_keyring()
    ctx.audit_standalone("keyring.enable" if enabled else "keyring.disable")


def change_passphrase(ctx: ServiceContext, old: str, new: str, repeat: str) -> None:
    """Rewrap the passphrase slot; ValidationError / WrongPassphrase on bad input."""
    if (msg := passphrase_problem(new, repeat)) is not None:
        raise ValidationError("new_passphrase", "PASSPHRASE_INVALID", msg)
    ctx.db.change_passphrase(old, new)
    ctx.audit_standalone("passphrase.change")


def reset_passphrase_with_recovery_key(ctx: ServiceContext, recovery_key: str, new: str, repeat: str) -> None:
    """After a recovery-key unlock: choose a new passphrase (rewraps the passphrase slot)."""
    if (msg := passphrase_problem(new, repeat)) is not None:
        raise ValidationError("new_passphrase", "PASSPHRASE_INVALID", msg)
    ctx.db.reset_passphrase(recovery_key, new)
    ctx.audit_standalone("passphrase.reset")


def lock(ctx: ServiceContext) -> None:
    """Close connections and drop key material held by the context."""
    ctx.db.close()


def new_recovery_key(ctx: ServiceContext, passphrase: str) -> str:
    """Replace the recovery key (show the new one once); the old one stops opening this database."""
    key = ctx.db.new_recovery_key(passphrase)
    _recovery_key_renewed(ctx)
    return key


def rotate_data_key(ctx: ServiceContext, passphrase: str) -> str:
    """Re-encrypt under a new data key (crash-safe); returns the new recovery key to show once."""
    from sbdesk.store.rotation import rotate_data_key as rotate

    key = rotate(ctx.db, passphrase, actor=ctx.actor)
    with ctx.write() as s:  # the rotation made and showed a new recovery key
        marker = s.get(Setting, STALE_RECOVERY_KEY)
        if marker is not None:
            s.delete(marker)
    ctx.db.recovery_key_stale = False
    return key


@dataclass(frozen=True)
class CheckResult:
    """The outcome of `sbdesk verify` as the app shows it."""

    ok: bool
    lines: list[str]


def check_database(ctx: ServiceContext) -> CheckResult:
    """Encryption, structure, references and the audit chain (the same checks as `sbdesk verify`)."""
    from sbdesk.store.verify import verify_database

    report = verify_database(ctx.db)
    ctx.audit_standalone("database.verify", details={"ok": report.ok})
    return CheckResult(report.ok, report.lines())
