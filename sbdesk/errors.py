"""Typed errors raised by the core; each has a stable code and a Swedish message for users."""

from __future__ import annotations


class SbdeskError(Exception):
    """Base of every error sbdesk raises on purpose."""

    code = "SBDESK_ERROR"
    default_message = "Ett fel inträffade."

    def __init__(self, message: str | None = None) -> None:
        self.message = message or self.default_message
        super().__init__(self.message)

    def __str__(self) -> str:
        return self.message


class NoEncryption(SbdeskError):
    """SQLCipher is missing: sbdesk refuses to run on plain SQLite."""

    code = "NO_ENCRYPTION"
    default_message = (
        "Krypteringen (SQLCipher) saknas i den här installationen. sbdesk startar inte "
        "utan kryptering. Installera om programmet eller kontakta IT."
    )


class WrongPassphrase(SbdeskError):
    """The passphrase, recovery key or stored key does not open the key slot."""

    code = "WRONG_PASSPHRASE"
    default_message = "Fel lösenfras. Försök igen – var uppmärksam på Caps Lock."


class KeyFileMissing(SbdeskError):
    """The key-slot file beside the database does not exist."""

    code = "KEY_FILE_MISSING"
    default_message = (
        "Nyckelfilen saknas bredvid databasen. Utan den kan databasen inte öppnas. "
        "Hämta nyckelfilen från en säkerhetskopia."
    )


class KeyFileDamaged(SbdeskError):
    """The key-slot file is unreadable, truncated or has been altered."""

    code = "KEY_FILE_DAMAGED"
    default_message = (
        "Nyckelfilen är skadad eller har ändrats. Ingenting har skrivits över. "
        "Hämta nyckelfilen från en säkerhetskopia."
    )


class DatabaseDamaged(SbdeskError):
    """The key is right but the database file is truncated, damaged or not a database."""

    code = "DATABASE_DAMAGED"
    default_message = (
        "Databasfilen är skadad (nyckeln stämmer men filen går inte att läsa). "
        "Ingenting har ändrats. Återställ från en säkerhetskopia."
    )


class DatabaseMissing(SbdeskError):
    """No database file at the given path."""

    code = "DATABASE_MISSING"
    default_message = "Databasfilen finns inte."


class DatabaseExists(SbdeskError):
    """Refusing to create a database where a file already exists."""

    code = "DATABASE_EXISTS"
    default_message = "Det finns redan en databas på den platsen. Ingenting har skrivits över."


class DatabaseInUse(SbdeskError):
    """Another sbdesk has the database open."""

    code = "DATABASE_IN_USE"
    default_message = "Databasen används redan av ett annat sbdesk-fönster eller en annan användare."


class DatabaseLocked(SbdeskError):
    """The database was locked (Ctrl+L or auto-lock); nothing can be read until it is unlocked."""

    code = "DATABASE_LOCKED"
    default_message = "Databasen är låst. Lås upp den med lösenfrasen för att fortsätta."


class NewerSchema(SbdeskError):
    """The database was written by a newer sbdesk than this one."""

    code = "NEWER_SCHEMA"
    default_message = (
        "Databasen har skapats av en nyare version av sbdesk. Uppdatera programmet; "
        "databasen har inte ändrats."
    )


class KeyringUnavailable(SbdeskError):
    """The OS keyring could not give or take the key; the passphrase is needed."""

    code = "KEYRING_UNAVAILABLE"
    default_message = "Operativsystemets nyckelring är inte tillgänglig. Ange lösenfrasen."


class NotFound(SbdeskError):
    """A record that was asked for does not exist."""

    code = "NOT_FOUND"
    default_message = "Posten finns inte (den kan ha tagits bort eller arkiverats)."


class IllegalTransition(SbdeskError):
    """A status change that the record's lifecycle does not allow."""

    code = "ILLEGAL_TRANSITION"
    default_message = "Statusändringen är inte tillåten."


class ValidationError(SbdeskError):
    """Bad input for one field; `errors` holds every field error when several were found."""

    code = "VALIDATION"

    def __init__(
        self,
        field: str,
        code: str,
        message: str,
        errors: list[ValidationError] | None = None,
    ) -> None:
        self.field = field
        self.error_code = code
        self.errors: list[ValidationError] = errors if errors else [self]
        super().__init__(message)

    @classmethod
    def collect(cls, errors: list[ValidationError]) -> ValidationError:
        """Bundle several field errors into one exception (the first one leads)."""
        first = errors[0]
        return cls(first.field, first.error_code, first.message, errors=list(errors))

    def by_field(self) -> dict[str, str]:
        """Field name → Swedish message, for showing next to each input."""
        out: dict[str, str] = {}
        for err in self.errors:
            out.setdefault(err.field, err.message)
        return out

    def __repr__(self) -> str:
        return f"ValidationError({self.field!r}, {self.error_code!r}, {self.message!r})"
