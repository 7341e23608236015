"""Reading spreadsheets for import: CSV separators and encodings, XLSX values, formulas, merged headers."""

from __future__ import annotations

import re
import zipfile
from datetime import datetime
from pathlib import Path

import openpyxl
import pytest

from sbdesk.services.importing import readers
from sbdesk.services.importing.readers import ImportFileError, read_csv_bytes, read_table

ROWS = [["Adress", "Kommun", "Rok", "Hyra"], ["Lärkgatan 4", "Västerås", "2 rok", "8 500 kr"],
        ["Åkervägen 1", "Köping", "3", "9 100"]]


def csv_text(delimiter: str) -> str:
    return "\r\n".join(delimiter.join(r) for r in ROWS) + "\r\n"


@pytest.mark.parametrize("delimiter", [";", ",", "\t"])
def test_separator_is_detected(delimiter: str) -> None:
    table = read_csv_bytes(csv_text(delimiter).encode("utf-8"), "lista.csv")
    assert table.delimiter == delimiter
    assert table.headers == ("Adress", "Kommun", "Rok", "Hyra")
    assert table.rows == [tuple(ROWS[1]), tuple(ROWS[2])]
    assert table.row_numbers == [2, 3]


@pytest.mark.parametrize(("data", "encoding"), [
    (csv_text(";").encode("utf-8"), "UTF-8"),
    (b"\xef\xbb\xbf" + csv_text(";").encode("utf-8"), "UTF-8"),
    (csv_text(";").encode("cp1252"), "Windows-1252"),
    (csv_text("\t").encode("utf-16"), "UTF-16"),  # Excel's "Unicode text"
])
def test_encodings_are_detected_and_swedish_letters_kept(data: bytes, encoding: str) -> None:
    table = read_csv_bytes(data, "lista.csv")
    assert table.encoding == encoding
    assert table.headers[0] == "Adress"  # no BOM left in the first header
    assert table.rows[0][1] == "Västerås" and table.rows[1][0] == "Åkervägen 1"


def test_quoted_decimal_comma_in_a_comma_separated_file() -> None:
    table = read_csv_bytes('Adress,Yta m²\n"Lärkgatan 4","54,5"\n'.encode(), "x.csv")
    assert table.delimiter == "," and table.rows == [("Lärkgatan 4", "54,5")]


def test_blank_lines_are_skipped_but_row_numbers_follow_the_file() -> None:
    table = read_csv_bytes(b"Adress;Rok\n\nA 1;2\n;\nB 2;3\n", "x.csv")
    assert table.rows == [("A 1", "2"), ("B 2", "3")]
    assert table.row_numbers == [3, 5]


def test_missing_and_repeated_headers_get_names_and_warnings() -> None:
    table = read_csv_bytes(b"Hyra;;Hyra\n1;2;3\n", "x.csv")
    assert table.headers == ("Hyra", "Kolumn B", "Hyra (2)")
    assert len(table.warnings) == 2


def test_short_rows_are_padded_and_values_beyond_the_headers_get_a_named_column() -> None:
    table = read_csv_bytes(b"A;B\n1\n2;3;4\n", "x.csv")
    assert table.headers == ("A", "B", "Kolumn C")
    assert table.rows == [("1", None, None), ("2", "3", "4")]
    assert any("Kolumn C" in w for w in table.warnings)


# -- bad files: each a clear, coded error ---------------------------------------------------------


@pytest.mark.parametrize("data", [b"", b"   \r\n\r\n", b"\xef\xbb\xbf"])
def test_empty_file(data: bytes) -> None:
    with pytest.raises(ImportFileError) as err:
        read_csv_bytes(data, "tom.csv")
    assert err.value.error_code == "EMPTY_FILE"


def test_header_only() -> None:
    with pytest.raises(ImportFileError) as err:
        read_csv_bytes(b"Adress;Kommun;Rok\r\n", "rubrik.csv")
    assert err.value.error_code == "NO_ROWS"


@pytest.mark.parametrize("data", [
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", b"\x00\x01\x02binary\x00\xff",
    bytes(range(1, 32)) * 20,
])
def test_not_a_spreadsheet(data: bytes) -> None:
    with pytest.raises(ImportFileError) as err:
        read_csv_bytes(data, "bild.csv")
    assert err.value.error_code == "NOT_SPREADSHEET"


def test_old_excel_format_is_named() -> None:
    with pytest.raises(ImportFileError) as err:
        read_csv_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100, "gammal.xls")
    assert err.value.error_code == "OLD_EXCEL"


def test_xlsx_name_on_a_text_file(tmp_path: Path) -> None:
    path = tmp_path / "lista.xlsx"
    path.write_text(csv_text(";"), encoding="utf-8")
    with pytest.raises(ImportFileError) as err:
        read_table(path)
    assert err.value.error_code == "NOT_SPREADSHEET"


def test_a_zip_that_is_not_a_workbook(tmp_path: Path) -> None:
    path = tmp_path / "arkiv.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("hej.txt", "inget kalkylark")
    with pytest.raises(ImportFileError) as err:
        read_table(path)
    assert err.value.error_code == "NOT_SPREADSHEET"


def test_an_opendocument_spreadsheet_is_named(tmp_path: Path) -> None:
    path = tmp_path / "lista.ods"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr("content.xml", "<office:document-content/>")
    with pytest.raises(ImportFileError) as err:
        read_table(path)
    assert err.value.error_code == "OPENDOCUMENT"


def test_wrong_encoding_bytes_that_no_supported_encoding_reads() -> None:
    with pytest.raises(ImportFileError) as err:  # 0x81 and 0x8d are neither UTF-8 nor Windows-1252
        read_csv_bytes(b"Adress;Kommun\nL\x81rkgatan 4;V\x8dster\xe5s\n", "fel.csv")
    assert err.value.error_code == "ENCODING"


def test_wrong_encoding_letters_already_garbled() -> None:
    garbled = "Adress;Kommun\nLärkgatan 4;Västerås\n".encode().decode("latin-1").encode("utf-8")
    with pytest.raises(ImportFileError) as err:
        read_csv_bytes(garbled, "dubbelkodad.csv")
    assert err.value.error_code == "ENCODING"


def test_unterminated_quote_or_giant_cell_is_a_csv_error() -> None:
    with pytest.raises(ImportFileError) as err:
        read_csv_bytes(b'Adress;Rok\n"' + b"x" * 200_000 + b";2\n", "x.csv")
    assert err.value.error_code == "CSV_FORMAT"


def test_too_many_rows(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(readers, "MAX_ROWS", 5)
    with pytest.raises(ImportFileError) as err:
        read_csv_bytes(("A;B\n" + "1;2\n" * 10).encode(), "x.csv")
    assert err.value.error_code == "TOO_MANY_ROWS"


def test_missing_file_and_folder(tmp_path: Path) -> None:
    for path in (tmp_path / "finns-inte.csv", tmp_path):
        with pytest.raises(ImportFileError) as err:
            read_table(path)
        assert err.value.error_code == "FILE_MISSING"


# -- XLSX -----------------------------------------------------------------------------------------


def workbook(path: Path, rows: list[list[object]], *, merge: str | None = None, sheets: int = 1) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Lediga"
    for row in rows:
        ws.append(row)
    if merge:
        ws.merge_cells(merge)
    for n in range(1, sheets):
        wb.create_sheet(f"Blad{n + 1}")
    wb.save(path)
    return path


def set_cached_value(path: Path, cell: str, value: str) -> None:
    """Give a formula cell a cached value, as Excel does when it saves (openpyxl never computes one)."""
    with zipfile.ZipFile(path) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    sheet = "xl/worksheets/sheet1.xml"
    xml = parts[sheet].decode()
    start = xml.index(f'<c r="{cell}"')
    end = xml.index("</c>", start)
    cell_xml = re.sub(r"<v\s*/>|<v></v>", "", xml[start:end]) + f"<v>{value}</v>"
    parts[sheet] = (xml[:start] + cell_xml + xml[end:]).encode()
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in parts.items():
            archive.writestr(name, data)


def test_xlsx_values_numbers_and_dates(tmp_path: Path) -> None:
    path = workbook(tmp_path / "lista.xlsx", [["Adress", "Rok", "Hyra", "Yta m²", "Ledig från", "Postnummer"],
                                              ["Lärkgatan 4", 2, 8500, 54.5, datetime(2025, 7, 1), 72212]])
    table = read_table(path)
    assert table.file_type == "xlsx" and table.source_name == "lista.xlsx"
    assert table.headers == ("Adress", "Rok", "Hyra", "Yta m²", "Ledig från", "Postnummer")
    assert table.rows == [("Lärkgatan 4", 2, 8500, 54.5, datetime(2025, 7, 1), 72212)]
    assert table.row_numbers == [2]
    assert not table.problems


def test_xlsx_formula_without_cached_value_is_a_problem_of_that_cell(tmp_path: Path) -> None:
    path = workbook(tmp_path / "f.xlsx", [["Adress", "Hyra"], ["Lärkgatan 4", "=7000+1500"], ["Ekgatan 2", 6400]])
    table = read_table(path)
    assert table.problems[(0, 1)].code == "FORMULA_NO_VALUE"
    assert (1, 1) not in table.problems


def test_xlsx_formula_with_cached_value_uses_the_value(tmp_path: Path) -> None:
    path = workbook(tmp_path / "f.xlsx", [["Adress", "Hyra"], ["Lärkgatan 4", "=7000+1500"]])
    set_cached_value(path, "B2", "8500")
    table = read_table(path)
    assert table.rows == [("Lärkgatan 4", 8500)] and not table.problems


def test_xlsx_error_value_is_a_problem(tmp_path: Path) -> None:
    path = workbook(tmp_path / "e.xlsx", [["Adress", "Hyra"], ["Lärkgatan 4", "#DIV/0!"]])
    assert read_table(path).problems[(0, 1)].code == "FORMULA_ERROR"


def test_xlsx_merged_header_cells_refuse_the_file(tmp_path: Path) -> None:
    path = workbook(tmp_path / "m.xlsx", [["Adress", "Hyra", None], ["Lärkgatan 4", 8500, 54]], merge="B1:C1")
    with pytest.raises(ImportFileError) as err:
        read_table(path)
    assert err.value.error_code == "MERGED_HEADER" and "B1:C1" in err.value.message


def test_xlsx_merged_data_cells_are_a_warning(tmp_path: Path) -> None:
    path = workbook(tmp_path / "m.xlsx", [["Adress", "Kommun"], ["A 1", "Västerås"], ["A 2", None]], merge="B2:B3")
    table = read_table(path)
    assert any("B2:B3" in w for w in table.warnings)


def test_xlsx_several_sheets_reads_the_first_and_says_so(tmp_path: Path) -> None:
    table = read_table(workbook(tmp_path / "s.xlsx", [["Adress"], ["A 1"]], sheets=3))
    assert table.rows == [("A 1",)] and any("Lediga" in w for w in table.warnings)


def test_xlsx_empty_and_header_only(tmp_path: Path) -> None:
    with pytest.raises(ImportFileError) as err:
        read_table(workbook(tmp_path / "tom.xlsx", []))
    assert err.value.error_code == "EMPTY_FILE"
    with pytest.raises(ImportFileError) as err:
        read_table(workbook(tmp_path / "rubrik.xlsx", [["Adress", "Hyra"]]))
    assert err.value.error_code == "NO_ROWS"


def test_hostile_workbooks_are_refused_before_they_cost_memory(tmp_path: Path) -> None:
    import zipfile as zf

    bomb = tmp_path / "bomb.xlsx"
    with zf.ZipFile(bomb, "w", compression=zf.ZIP_DEFLATED) as archive:
        archive.writestr("mimetype", b"0" * 320_000_000)  # packs to a few hundred KB
    with pytest.raises(ImportFileError) as exc:
        read_table(bomb)
    assert exc.value.error_code == "TOO_LARGE"


def test_a_csv_wider_than_any_list_is_refused() -> None:
    wide = (";".join(f"k{i}" for i in range(300)) + "\n" + ";".join("1" for _ in range(300)) + "\n").encode()
    with pytest.raises(ImportFileError) as exc:
        read_csv_bytes(wide, "bred.csv")
    assert exc.value.error_code == "TOO_MANY_COLUMNS"
