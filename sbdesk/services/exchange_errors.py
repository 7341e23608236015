"""Errors of the exchange files: each a stable code (EXCHANGE_*) and a Swedish message saying that nothing
was imported. `exchange_format` re-exports them."""

from __future__ import annotations

from sbdesk.errors import SbdeskError


class ExchangeFileError(SbdeskError):
    """Base of every problem with an exchange file; nothing is imported when one is raised."""

    code = "EXCHANGE_FILE"
    default_message = "Filen kunde inte läsas. Ingenting har importerats."


class NotAnExchangeFile(ExchangeFileError):
    """Not an sbdesk exchange file at all (empty, another format, random bytes)."""

    code = "EXCHANGE_NOT_A_FILE"
    default_message = "Filen är inte en utväxlingsfil från sbdesk. Ingenting har importerats."


class ExchangeTooLarge(ExchangeFileError):
    """Far larger than any exchange file can be."""

    code = "EXCHANGE_TOO_LARGE"
    default_message = "Filen är för stor för att vara en utväxlingsfil från sbdesk. Ingenting har importerats."


class NewerExchangeVersion(ExchangeFileError):
    """Written by a newer sbdesk, in a format version this one does not know."""

    code = "EXCHANGE_VERSION"
    default_message = ("Filen är gjord med en nyare version av sbdesk. Uppdatera sbdesk och importera filen "
                       "igen. Ingenting har importerats.")


class ExchangeTruncated(ExchangeFileError):
    """The file ends before it should: it did not arrive whole."""

    code = "EXCHANGE_TRUNCATED"
    default_message = ("Filen är avkortad – den har inte kommit fram hel. Be avsändaren skicka den igen. "
                       "Ingenting har importerats.")


class ExchangeDamaged(ExchangeFileError):
    """The header cannot be read, or the file has extra bytes: damaged or edited."""

    code = "EXCHANGE_DAMAGED"
    default_message = ("Filen är skadad eller har ändrats (sidhuvudet stämmer inte). Be avsändaren skicka "
                       "den igen. Ingenting har importerats.")


class ExchangeKdfParameters(ExchangeFileError):
    """The file asks for a key derivation outside the bounds sbdesk accepts."""

    code = "EXCHANGE_KDF_PARAMETERS"
    default_message = ("Filen begär en nyckelhärledning som är orimligt dyr eller för svag, och öppnas "
                       "därför inte. Ingenting har importerats.")


class TamperedOrWrongCode(ExchangeFileError):
    """Authenticated decryption failed: the code does not fit, or the file was changed on the way."""

    code = "EXCHANGE_TAMPERED_OR_WRONG_CODE"
    default_message = ("Koden passar inte filen, eller så har filen ändrats på vägen. Kontrollera koden "
                       "med avsändaren per telefon. Ingenting har importerats.")


class CodeTypo(ExchangeFileError):
    """The typed code has the wrong length, a character no code holds, or a failing check group."""

    code = "EXCHANGE_CODE_TYPO"
    default_message = ("Koden är felskriven. Den har sex grupper om fyra tecken; jämför den tecken för "
                       "tecken med den du fick uppläst.")


class WrongRecipient(ExchangeFileError):
    """The file is addressed to another municipality."""

    code = "EXCHANGE_WRONG_RECIPIENT"
    default_message = "Filen är gjord för en annan kommun. Ingenting har importerats."


class Replayed(ExchangeFileError):
    """The file (or a newer answer, or the same request) was imported before."""

    code = "EXCHANGE_REPLAYED"
    default_message = "Filen har redan importerats. Ingenting har importerats nu."


class UnknownRequest(ExchangeFileError):
    """An answer to a request this database does not hold."""

    code = "EXCHANGE_UNKNOWN_REQUEST"
    default_message = "Svaret gäller en förfrågan som inte finns här. Ingenting har importerats."


class ContentInvalid(ExchangeFileError):
    """The file opened, but what it holds is not what an exchange file may hold."""

    code = "EXCHANGE_CONTENT_INVALID"
    default_message = "Filens innehåll kunde inte tolkas. Ingenting har importerats."


class AnswerConflict(ExchangeFileError):
    """The answer does not fit the request's present status here (e.g. withdrawn meanwhile)."""

    code = "EXCHANGE_ANSWER_CONFLICT"
    default_message = "Svaret passar inte förfrågans status här. Ingenting har importerats."
