"""Spreadsheet downloads, CSV and XLSX, written one way for every page that offers
them (the class grid, a learner's record, "My learning", the certificate registry,
the reports and the open data).

CSV is what Excel opens with Cyrillic intact: UTF-8 with a BOM, every cell quoted.
Pages for people in Ukraine use ";" (Excel's separator where the decimal mark is a
comma), and there a fraction is written with a decimal comma ("75,0"), which
Ukrainian Excel reads as a number (a "75.0" it reads as text or a date). The open
data is for machines: "," between cells and a decimal point. In XLSX a number is a
numeric cell with a number format, whatever the reader's locale.

Names and answers come from people, and a spreadsheet runs text that starts with
``= + - @``, a tab or a carriage return as a formula. Every such text is made inert
with a leading ``'``, also where it follows a ``;`` or ``,`` inside a cell, since a
reader that splits lines on the separator without honouring quotes would start a
cell there. Numbers stay numbers (a score of -1 is not text). In XLSX every text
cell is stored as text (never as a formula), so it shows exactly as typed.
"""

import csv
import io
import re
from collections.abc import Iterable, Sequence
from decimal import Decimal

from anyascii import anyascii
from django.http import HttpResponse
from django.utils.text import slugify

from .transliteration import file_slug

CSV_CONTENT_TYPE = "text/csv; charset=utf-8"
XLSX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

# Where a spreadsheet would start a formula: at the start of a cell, or right after a
# separator a reader may split on (spaces between are skipped, as some readers do).
_FORMULA = re.compile(r"(^|[;,])( *)(?=[=+\-@\t\r])")
# Control characters an XLSX cell cannot hold (openpyxl's own rule, kept here so
# that openpyxl is imported only when a workbook is built).
_ILLEGAL_IN_XLSX = re.compile(r"[\000-\010]|[\013-\014]|[\016-\037]")
# What a sheet title may not contain.
_BAD_TITLE_CHARACTERS = re.compile(r"[\\*?:/\[\]\x00-\x1f]")


def inert(text: str) -> str:
    """The text with a ``'`` before every place a spreadsheet would start a formula."""
    return _FORMULA.sub(r"\1\2'", text)


def _csv_value(value, *, decimal_comma: bool):
    if value is None:
        return ""
    if isinstance(value, str):
        return inert(value)
    if decimal_comma and isinstance(value, float | Decimal):
        return str(value).replace(".", ",")
    return value


def as_csv(table: Iterable[Sequence], *, delimiter: str = ";") -> bytes:
    """The rows as CSV: UTF-8 with a BOM, every cell quoted, text made inert; with
    ";" between cells (Excel in Ukraine), fractions have a decimal comma."""
    out = io.StringIO()
    out.write("\ufeff")  # Excel reads UTF-8 with a BOM as UTF-8, so Cyrillic survives
    writer = csv.writer(out, delimiter=delimiter, quoting=csv.QUOTE_ALL)
    decimal_comma = delimiter == ";"
    for row in table:
        writer.writerow(
            [_csv_value(value, decimal_comma=decimal_comma) for value in row]
        )
    return out.getvalue().encode("utf-8")


def sheet_title(title: str) -> str:
    """A title Excel accepts: 31 characters at most, none of \\ * ? : / [ ]."""
    cleaned = _BAD_TITLE_CHARACTERS.sub(" ", str(title)).strip(" '")
    return cleaned[:31].strip(" '") or "Grid"


def as_xlsx(
    table: Iterable[Sequence], *, title: str, caption: Sequence[str] = ()
) -> bytes:
    """The rows as a workbook of one sheet, the first row of the table bold and
    frozen; `caption` (say the class, the module and the due date) is a bold title
    row above it. Numbers are numeric cells with a number format."""
    # Imported here: openpyxl (and numpy, which it loads when installed) would add
    # some 15-35 MB to every worker that never builds a spreadsheet.
    from openpyxl import Workbook
    from openpyxl.styles import Font

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = sheet_title(title)
    header_row = 1
    if caption:
        sheet.append([_ILLEGAL_IN_XLSX.sub("", str(part)) for part in caption])
        sheet.append([])
        header_row = 3
    for row in table:
        sheet.append(
            [
                _ILLEGAL_IN_XLSX.sub("", value) if isinstance(value, str) else value
                for value in row
            ]
        )
    for cells in sheet.iter_rows():
        for cell in cells:
            if isinstance(cell.value, str):
                cell.data_type = "s"  # text, never a formula, whatever it starts with
            elif isinstance(cell.value, bool):
                pass
            elif isinstance(cell.value, int):
                cell.number_format = "0"
            elif isinstance(cell.value, float | Decimal):
                cell.number_format = "0.0"
    for row in {1, header_row}:
        for cell in sheet[row]:
            cell.font = Font(bold=True)
    sheet.freeze_panes = f"B{header_row + 1}"
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


def file_name(name: str) -> str:
    """An ASCII file name, without extension: Ukrainian by the national
    transliteration ("9-Б Петиції" -> "9-b-petytsii"), other scripts roughly."""
    name = str(name)
    return file_slug(name) or slugify(anyascii(name)) or "export"


def download(
    table: Iterable[Sequence],
    fmt: str,
    name: str,
    *,
    title: str,
    delimiter: str = ";",
    caption: Sequence[str] = (),
) -> HttpResponse:
    """The table as an XLSX (``fmt == "xlsx"``, with `caption` as its title row)
    or CSV attachment."""
    filename = file_name(name)
    if fmt == "xlsx":
        response = HttpResponse(
            as_xlsx(table, title=title, caption=caption),
            content_type=XLSX_CONTENT_TYPE,
        )
        response["Content-Disposition"] = f'attachment; filename="{filename}.xlsx"'
        return response
    response = HttpResponse(
        as_csv(table, delimiter=delimiter), content_type=CSV_CONTENT_TYPE
    )
    response["Content-Disposition"] = f'attachment; filename="{filename}.csv"'
    return response
