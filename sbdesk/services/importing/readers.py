"""Read a spreadsheet (CSV or XLSX) into a plain table of header names and cell values.

CSV: separator ';', ',' or tab (detected), UTF-8 with or without BOM, UTF-16 with BOM or
Windows-1252 (detected); a file whose å, ä, ö were already garbled ("Ã¤") is refused. XLSX: read
with openpyxl in read-only mode with cached values (data_only); a formula cell without a cached
value, or with an error value, is a problem of that cell; merged header cells refuse the file.
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from xml.etree.ElementTree import iterparse

from sbdesk.errors import SbdeskError

MAX_BYTES = 50 * 1024 * 1024
MAX_ROWS = 100_000
MAX_COLUMNS = 200  # more is never a landlord's list; each row is padded to the widest
MAX_SCANNED_ROWS = 1_048_576  # Excel's own limit; empty rows included
MAX_UNPACKED_BYTES = 300_000_000  # an XLSX is a zip: its unpacked size is bounded before anything is read
_DELIMITERS = (";", "\t", ",")
_MOJIBAKE = re.compile("Ã[¤¥¶„…–©¼]")
_MAGIC = {b"%PDF": "PDF", b"\x89PNG": "PNG", b"\xff\xd8\xff": "JPEG", b"GIF8": "GIF"}
_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_NS = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"


class ImportFileError(SbdeskError):
    """The file cannot be read as a spreadsheet; `error_code` says why (stable), message in Swedish."""

    code = "IMPORT_FILE"

    def __init__(self, error_code: str, message: str) -> None:
        self.error_code = error_code
        super().__init__(message)


@dataclass(frozen=True)
class CellProblem:
    """A cell that holds no usable value (a formula without a cached value, an error value)."""

    code: str
    message: str


@dataclass(frozen=True)
class Table:
    """Header names and data rows of one sheet; row_numbers are the spreadsheet's own row numbers."""

    source_name: str
    file_type: str  # "csv" | "xlsx"
    headers: tuple[str, ...]
    rows: list[tuple[Any, ...]]
    row_numbers: list[int]
    problems: dict[tuple[int, int], CellProblem] = field(default_factory=dict)  # (row index, column) → problem
    warnings: tuple[str, ...] = ()
    encoding: str | None = None
    delimiter: str | None = None

    def column_values(self, column: int, limit: int = 3) -> list[Any]:
        """The first non-empty values of one column (examples for the mapping table)."""
        out = []
        for row in self.rows:
            value = row[column] if column < len(row) else None
            if not _empty(value):
                out.append(value)
                if len(out) >= limit:
                    break
        return out


def _empty(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _column_letter(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def read_table(path: Path | str) -> Table:
    """Read a CSV or XLSX file; ImportFileError with a Swedish message when it cannot be used."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise ImportFileError("TOO_LARGE", "Filen är för stor (högst 50 MB). Dela upp den i flera filer.")
        with path.open("rb") as fh:
            head = fh.read(8)
    except FileNotFoundError:
        raise ImportFileError("FILE_MISSING", "Filen finns inte.") from None
    except IsADirectoryError:
        raise ImportFileError("FILE_MISSING", "Välj en fil, inte en mapp.") from None
    except OSError:
        raise ImportFileError("FILE_UNREADABLE", "Filen går inte att läsa. Kontrollera att den inte är öppen "
                                                 "i ett annat program.") from None
    if head.startswith(b"PK\x03\x04"):
        return read_xlsx(path)
    if path.suffix.lower() in {".xlsx", ".xlsm"}:
        raise ImportFileError("NOT_SPREADSHEET", "Filen heter .xlsx men är ingen Excel-fil. Spara den igen från "
                                                 "Excel som Excel-arbetsbok eller CSV.")
    try:
        data = path.read_bytes()
    except OSError:
        raise ImportFileError("FILE_UNREADABLE", "Filen går inte att läsa.") from None
    return read_csv_bytes(data, path.name)


# -- CSV ----------------------------------------------------------------------------------------


def _not_spreadsheet(kind: str | None = None) -> ImportFileError:
    what = f" (det är en {kind}-fil)" if kind else ""
    return ImportFileError("NOT_SPREADSHEET", f"Filen är inget kalkylark{what}. Välj en Excel-fil (.xlsx) "
                                              "eller en CSV-fil.")


def decode(data: bytes) -> tuple[str, str]:
    """Text and encoding name of CSV bytes (UTF-8 with/without BOM, UTF-16 with BOM, Windows-1252)."""
    if not data.strip():
        raise ImportFileError("EMPTY_FILE", "Filen är tom.")
    if data.startswith(_OLE2):
        raise ImportFileError("OLD_EXCEL", "Filen är i det gamla Excel-formatet (.xls). Öppna den i Excel och "
                                           "spara som Excel-arbetsbok (.xlsx) eller CSV.")
    for magic, kind in _MAGIC.items():
        if data.startswith(magic):
            raise _not_spreadsheet(kind)
    bad = ImportFileError("ENCODING", "Filens teckenkodning känns inte igen. Spara filen som CSV (UTF-8) "
                                      "från Excel och försök igen.")
    if data.startswith(b"\xef\xbb\xbf"):
        attempts = [("utf-8-sig", "UTF-8")]
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        attempts = [("utf-16", "UTF-16")]
    elif b"\x00" in data:
        raise _not_spreadsheet()
    else:
        attempts = [("utf-8", "UTF-8"), ("cp1252", "Windows-1252")]
    for codec, name in attempts:
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        break
    else:
        raise bad
    if _MOJIBAKE.search(text) or "\ufffd" in text:
        raise ImportFileError("ENCODING", "Filen har fel teckenkodning: å, ä och ö har blivit andra tecken "
                                          "(t.ex. ”Ã¤” i stället för ”ä”). Spara filen som CSV (UTF-8) från "
                                          "originalet och försök igen.")
    controls = sum(1 for ch in text if ch < " " and ch not in "\t\r\n")
    if "\x00" in text or controls > max(3, len(text) // 100):
        raise _not_spreadsheet()
    return text, name


def _records(text: str, delimiter: str) -> Iterable[list[str]]:
    return csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, quotechar='"', strict=False)


def sniff_delimiter(text: str) -> str:
    """The separator (';', tab or ',') that gives the header most columns, consistently over 50 rows."""
    best, best_score = ";", (-1.0, -1)
    for delimiter in _DELIMITERS:
        sample: list[list[str]] = []
        try:
            for record in _records(text, delimiter):
                if any(cell.strip() for cell in record):
                    sample.append(record)
                if len(sample) >= 50:
                    break
        except csv.Error:
            continue
        if not sample:
            continue
        width = len(sample[0])
        consistent = sum(len(r) == width for r in sample) / len(sample)
        score = (consistent if width > 1 else -0.5, width)
        if score > best_score:
            best, best_score = delimiter, score
    return best


def read_csv_bytes(data: bytes, source_name: str) -> Table:
    """A table from CSV bytes (encoding and separator detected)."""
    text, encoding = decode(data)
    delimiter = sniff_delimiter(text)
    raw: list[tuple[int, list[str]]] = []
    try:
        for number, record in enumerate(_records(text, delimiter), start=1):
            if len(record) > MAX_COLUMNS:
                raise _too_many_columns()
            if any(cell.strip() for cell in record):
                raw.append((number, record))
                if len(raw) > MAX_ROWS + 1:
                    raise ImportFileError("TOO_MANY_ROWS", f"Filen har fler än {MAX_ROWS} rader. Dela upp den.")
    except csv.Error:
        raise ImportFileError("CSV_FORMAT", "Filen kunde inte läsas som CSV (t.ex. ett citattecken som aldrig "
                                            "avslutas eller en mycket lång cell).") from None
    return _table(source_name, "csv", raw, {}, [], encoding=encoding, delimiter=delimiter)


# -- shared -------------------------------------------------------------------------------------


def _too_many_columns() -> ImportFileError:
    return ImportFileError("TOO_MANY_COLUMNS", f"Filen har fler än {MAX_COLUMNS} kolumner. Ta bort de kolumner "
                                               "som inte ska importeras och försök igen.")


def clean_header(value: Any) -> str:
    """A header cell as text: trimmed, NFC, whitespace collapsed."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = unicodedata.normalize("NFC", str(value)).replace("\ufeff", "")
    return " ".join(text.split())


def _table(source_name: str, file_type: str, raw: list[tuple[int, list[Any]]],
           problems: dict[tuple[int, int], CellProblem], warnings: list[str], **kw: Any) -> Table:
    if not raw:
        raise ImportFileError("EMPTY_FILE", "Filen är tom.")
    header_cells = raw[0][1]
    data = raw[1:]
    if not data:
        raise ImportFileError("NO_ROWS", "Filen har bara en rubrikrad och inga rader att importera.")
    width = max(len(header_cells), *(len(cells) for _, cells in data))
    headers = [clean_header(c) for c in header_cells] + [""] * (width - len(header_cells))
    used = [bool(headers[i]) or any(i < len(c) and not _empty(c[i]) for _, c in data) for i in range(width)]
    while width and not used[width - 1]:
        width -= 1
    seen: dict[str, int] = {}
    names: list[str] = []
    for i, name in enumerate(headers[:width]):
        if not name:
            name = f"Kolumn {_column_letter(i)}"
            warnings.append(f"Kolumn {_column_letter(i)} har ingen rubrik.")
        key = name.casefold()
        if key in seen:
            seen[key] += 1
            warnings.append(f"Rubriken ”{name}” finns flera gånger; den {seen[key]}:a kallas ”{name} ({seen[key]})”.")
            name = f"{name} ({seen[key]})"
        else:
            seen[key] = 1
        names.append(name)
    rows, numbers = [], []
    for number, cells in data:
        rows.append(tuple(list(cells[:width]) + [None] * (width - len(cells))))
        numbers.append(number)
    index_of = {n: i for i, n in enumerate(numbers)}
    table_problems = {(index_of[r], c): p for (r, c), p in problems.items() if r in index_of and c < width}
    return Table(source_name, file_type, tuple(names), rows, numbers, table_problems, tuple(warnings), **kw)


# -- XLSX ---------------------------------------------------------------------------------------


def _scan_sheet_xml(source: Any) -> tuple[list[str], dict[tuple[int, int], CellProblem]]:
    """Merged ranges, and cells that are formulas without a cached value or hold an error value."""
    from openpyxl.utils.cell import coordinate_to_tuple

    merges: list[str] = []
    problems: dict[tuple[int, int], CellProblem] = {}
    context = iterparse(source, events=("start", "end"))
    _event, root = next(context)
    scanned = 0
    for event, elem in context:
        if event != "end":
            continue
        tag = elem.tag
        if tag == _NS + "c":
            ref = elem.get("r")
            if ref and coordinate_to_tuple(ref)[1] > MAX_COLUMNS:
                raise _too_many_columns()
            formula = elem.find(_NS + "f")
            value = elem.find(_NS + "v")
            has_value = value is not None and (value.text or "") != ""
            if ref:
                row, col = coordinate_to_tuple(ref)
                if elem.get("t") == "e":
                    shown = (value.text if value is not None else "") or "#FEL"
                    problems[(row, col - 1)] = CellProblem(
                        "FORMULA_ERROR", f"Cellen innehåller ett formelfel ({shown[:20]}).")
                elif formula is not None and not has_value:
                    problems[(row, col - 1)] = CellProblem(
                        "FORMULA_NO_VALUE", "Cellen har en formel utan sparat värde. Öppna filen i Excel och "
                                            "spara den igen, eller ersätt formeln med värdet.")
            elem.clear()
        elif tag == _NS + "row":
            scanned += 1  # empty rows count too: a sheet of millions of them is refused, not walked
            if scanned > MAX_SCANNED_ROWS:
                raise ImportFileError("TOO_MANY_ROWS", f"Bladet har fler än {MAX_SCANNED_ROWS} rader. Dela upp det.")
            root.clear()  # finished rows are dropped: memory stays flat whatever the sheet's length
        elif tag == _NS + "mergeCell" and elem.get("ref"):
            merges.append(elem.get("ref") or "")
    return merges, problems


def read_xlsx(path: Path) -> Table:
    """A table from the first sheet of an XLSX workbook (cached values; formulas and merges checked)."""
    import openpyxl
    from openpyxl.utils.cell import range_boundaries

    try:
        with zipfile.ZipFile(path) as archive:
            if sum(info.file_size for info in archive.infolist()) > MAX_UNPACKED_BYTES:
                raise ImportFileError("TOO_LARGE", "Excel-filen packas upp till mer än "
                                      f"{MAX_UNPACKED_BYTES // 1_000_000} MB. Dela upp den eller spara den som CSV.")
            mimetype = b""
            if "mimetype" in archive.namelist():
                with archive.open("mimetype") as fh:
                    mimetype = fh.read(100)  # never the whole entry: it could be a zip bomb
    except (OSError, zipfile.BadZipFile):
        raise _not_spreadsheet() from None
    if b"opendocument" in mimetype:
        raise ImportFileError("OPENDOCUMENT", "Filen är i OpenDocument-format (.ods). Spara den som Excel-arbetsbok "
                                              "(.xlsx) eller CSV och försök igen.")
    try:
        workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception:  # noqa: BLE001 - any failure of a foreign file is "not a spreadsheet"
        raise _not_spreadsheet() from None
    try:
        sheets = workbook.worksheets
        if not sheets or not hasattr(sheets[0], "_worksheet_path"):
            raise ImportFileError("NOT_SPREADSHEET", "Arbetsboken har inget blad med celler.")
        sheet = sheets[0]
        warnings = []
        if len(sheets) > 1:
            warnings.append(f"Arbetsboken har {len(sheets)} blad; bara det första (”{sheet.title}”) läses.")
        try:
            with zipfile.ZipFile(path) as archive, archive.open(sheet._worksheet_path) as src:
                merges, cell_problems = _scan_sheet_xml(src)
            sheet.reset_dimensions()
            raw: list[tuple[int, list[Any]]] = []
            for number, values in enumerate(sheet.iter_rows(min_row=1, max_col=MAX_COLUMNS, values_only=True),
                                            start=1):
                cells = list(values)
                if any(not _empty(c) for c in cells) or any((number, c) in cell_problems for c in range(len(cells))):
                    raw.append((number, cells))
                    if len(raw) > MAX_ROWS + 1:
                        raise ImportFileError("TOO_MANY_ROWS", f"Filen har fler än {MAX_ROWS} rader. Dela upp den.")
        except ImportFileError:
            raise
        except Exception:  # noqa: BLE001 - a damaged workbook
            raise ImportFileError("NOT_SPREADSHEET", "Excel-filen är skadad och kan inte läsas.") from None
    finally:
        workbook.close()
    if raw:
        header_row = raw[0][0]
        merged_header = []
        for ref in merges:
            try:
                _first_col, min_row, _last_col, max_row = range_boundaries(ref)
            except (TypeError, ValueError):
                continue
            if min_row is not None and max_row is not None and min_row <= header_row <= max_row:
                merged_header.append(ref)
            else:
                warnings.append(f"Cellerna {ref} är sammanfogade; bara den första har ett värde.")
        if merged_header:
            raise ImportFileError(
                "MERGED_HEADER", f"Rubrikraden har sammanfogade celler ({', '.join(merged_header[:5])}). Dela upp "
                                 "dem i Excel så att varje kolumn har en egen rubrik.")
        if any(r == header_row for r, _ in cell_problems):
            raise ImportFileError("HEADER_FORMULA", "Rubrikraden har en formel utan värde. Skriv rubrikerna som text.")
    return _table(path.name, "xlsx", raw, cell_problems, warnings)
