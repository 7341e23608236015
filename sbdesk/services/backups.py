"""Backups as the coordinator and IT see them: make one, restore one, the daily automatic copy with
rotation (7 daily, 4 weekly by default), and warnings about unsafe places."""

from __future__ import annotations

import logging
import os
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path, PurePath

from sbdesk.errors import SbdeskError
from sbdesk.services.context import ServiceContext
from sbdesk.store import backup as store_backup
from sbdesk.store.database import Database
from sbdesk.store.keyslots import keyfile_path

log = logging.getLogger(__name__)

AUTO_PATTERN = re.compile(r"^sbdesk-(\d{4})-(\d{2})-(\d{2})\.db$")
SYNCED_NAMES = ("onedrive", "dropbox", "google drive", "googledrive", "icloud", "icloud drive", "box sync", "nextcloud")
NETWORK_FS = {"nfs", "nfs4", "cifs", "smb3", "smbfs", "fuse.sshfs", "afpfs", "9p", "fuse.gvfsd-fuse", "davfs"}


@dataclass(frozen=True)
class BackupResult:
    """Where the backup went and how many rows it holds per table."""

    path: Path
    tables: dict[str, int]


def make_backup(ctx: ServiceContext, dest: Path) -> BackupResult:
    """Write a verified, encrypted backup to dest and audit-log it (file name only)."""
    check = store_backup.write_backup(ctx.db, Path(dest))
    ctx.audit_standalone("backup.create", details={"file": Path(dest).name, "rows": sum(check.tables.values())})
    return BackupResult(Path(dest).expanduser().resolve(), check.tables)


@dataclass(frozen=True)
class Restored:
    """What a restore did: the previous database kept beside (if any), and how many cases that had
    been purged since the backup was made were purged again."""

    kept: Path | None
    purged_again: int = 0


def _purged_before_restore(target: Path, passphrase: str | None, recovery_key: str | None) -> list[int]:
    """The cases purged in the database about to be replaced (empty when it cannot be opened with the
    backup's secret, e.g. after a passphrase change: then nothing is known to purge again)."""
    from sbdesk.services.retention import purged_case_ids

    if not Path(target).exists():
        return []
    try:
        db = Database.open(target, passphrase=passphrase, recovery_key=recovery_key, upgrade=False)
    except SbdeskError:
        return []
    try:
        return purged_case_ids(ServiceContext(db))
    finally:
        db.close()


def restore(backup: Path, target: Path, *, passphrase: str | None = None, recovery_key: str | None = None,
            actor: str = "") -> Restored:
    """Restore target from backup (verified first; the old database is kept until the swap succeeded).
    Cases purged after the backup was made are purged again: a purge decision outlives the backup."""
    from sbdesk.services.retention import repurge

    purged = _purged_before_restore(target, passphrase, recovery_key)
    kept = store_backup.restore_backup(backup, target, passphrase=passphrase, recovery_key=recovery_key)
    db = Database.open(target, passphrase=passphrase, recovery_key=recovery_key)
    try:
        ctx = ServiceContext(db, actor=actor)
        ctx.audit_standalone(
            "backup.restore", details={"file": Path(backup).name, "kept": kept.name if kept else None}
        )
        again = repurge(ctx, purged) if purged else 0
    finally:
        db.close()
    return Restored(kept, again)


def is_open_database(ctx: ServiceContext, path: Path) -> bool:
    """True when path is the database sbdesk has open (a backup opened directly must never prune itself)."""
    try:
        return Path(path).samefile(ctx.db.path)
    except OSError:
        return False


def auto_backup_name(day: date) -> str:
    """The file name of the automatic backup of one day (no personal data in names)."""
    return f"sbdesk-{day:%Y-%m-%d}.db"


def automatic_backups(folder: Path) -> list[tuple[date, Path]]:
    """The automatic backups in folder, newest first."""
    found = []
    for path in Path(folder).glob("sbdesk-*.db"):
        match = AUTO_PATTERN.match(path.name)
        if match:
            try:
                found.append((date(int(match[1]), int(match[2]), int(match[3])), path))
            except ValueError:
                continue
    return sorted(found, reverse=True)


def backups_to_keep(days: list[date], keep_daily: int, keep_weekly: int) -> set[date]:
    """The newest keep_daily days, plus the newest day of each of the next keep_weekly older weeks."""
    ordered = sorted(set(days), reverse=True)
    keep = set(ordered[:keep_daily])
    covered = {d.isocalendar()[:2] for d in keep}
    for day in ordered[keep_daily:]:
        if len(covered) >= len({d.isocalendar()[:2] for d in ordered[:keep_daily]}) + keep_weekly:
            break
        week = day.isocalendar()[:2]
        if week not in covered:
            covered.add(week)
            keep.add(day)
    return keep


def run_daily_backup(ctx: ServiceContext, folder: Path, today: date, *, keep_daily: int = 7,
                     keep_weekly: int = 4) -> Path | None:
    """The first start of a day makes that day's backup, then prunes old ones; None when done already."""
    folder = Path(folder)
    target = folder / auto_backup_name(today)
    made = None
    if not target.exists():
        make_backup(ctx, target)
        made = target
    keep = backups_to_keep([d for d, _ in automatic_backups(folder)], keep_daily, keep_weekly)
    for day, path in automatic_backups(folder):
        if day not in keep and not is_open_database(ctx, path):
            path.unlink(missing_ok=True)
            keyfile_path(path).unlink(missing_ok=True)
            log.info("old automatic backup removed")
    return made


def _mount_fs_type(path: Path) -> str | None:
    """The file-system type of the mount holding path (Linux), else None."""
    try:
        mounts = Path("/proc/mounts").read_text().splitlines()
    except OSError:
        return None
    best, fs_type = "", None
    resolved = str(path.resolve())
    for line in mounts:
        parts = line.split()
        if len(parts) >= 3 and resolved.startswith(parts[1]) and len(parts[1]) > len(best):
            best, fs_type = parts[1], parts[2]
    return fs_type


def location_warnings(path: Path) -> list[str]:
    """Swedish warnings when a database sits where SQLite's WAL is unsafe (network share, synced folder)."""
    warnings = []
    text = str(path)
    lowered = [part.casefold() for part in PurePath(text).parts]
    if text.startswith("\\\\") or text.startswith("//"):
        warnings.append("Databasen ligger på en nätverksdelning. Där kan databasen skadas; flytta den till "
                        "datorns egen disk och låt säkerhetskopiorna gå till nätverket.")
    elif _mount_fs_type(path.parent if path.suffix else path) in NETWORK_FS:
        warnings.append("Databasen ligger på en nätverksdisk. Där kan databasen skadas; flytta den till "
                        "datorns egen disk.")
    if any(any(name in part for name in SYNCED_NAMES) for part in lowered):
        warnings.append("Databasen ligger i en synkroniserad mapp (t.ex. OneDrive). Synkningen kan skada "
                        "databasen och sprida den till andra datorer; flytta den till en lokal mapp.")
    return warnings


def backup_folder_warnings(db_path: Path, folder: Path) -> list[str]:
    """Swedish warnings about a chosen backup folder (same disk as the database)."""
    warnings = []
    try:
        folder_dev = os.stat(folder).st_dev
        db_dev = os.stat(Path(db_path).parent).st_dev
    except OSError:
        return ["Mappen för säkerhetskopior finns inte eller går inte att läsa."]
    if folder_dev == db_dev:
        warnings.append("Säkerhetskopiorna hamnar på samma disk som databasen. Om disken går sönder "
                        "förloras båda; välj en annan disk eller en nätverksmapp som IT säkerhetskopierar.")
    return warnings


@dataclass(frozen=True)
class BackupConfig:
    """Where automatic backups go and how many are kept (from the settings)."""

    folder: Path
    keep_daily: int
    keep_weekly: int


def backup_config(ctx: ServiceContext) -> BackupConfig:
    """The automatic-backup settings; an empty folder means a folder beside the database."""
    from sbdesk.services.settings import get_setting

    folder = str(get_setting(ctx, "backup.folder") or "").strip()
    return BackupConfig(
        Path(folder) if folder else ctx.db.path.parent / "säkerhetskopior",
        int(get_setting(ctx, "backup.keep_daily")),  # declared defaults: 7 and 4
        int(get_setting(ctx, "backup.keep_weekly")),
    )


def start_of_day_backup(ctx: ServiceContext, today: date) -> tuple[Path | None, list[str]]:
    """The automatic backup of the first start of a day, plus Swedish warnings about the places."""
    config = backup_config(ctx)
    config.folder.mkdir(parents=True, exist_ok=True)
    warnings = location_warnings(ctx.db.path) + backup_folder_warnings(ctx.db.path, config.folder)
    made = run_daily_backup(ctx, config.folder, today, keep_daily=config.keep_daily, keep_weekly=config.keep_weekly)
    return made, warnings
