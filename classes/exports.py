"""Exports of the class progress grid: CSV that Excel opens with Cyrillic intact
(UTF-8 with a BOM, comma or semicolon) and XLSX."""

import csv
import io

from django.utils.translation import gettext as _
from openpyxl import Workbook
from openpyxl.styles import Font

from .progress import Grid


def grid_table(grid: Grid) -> list[list]:
    """The grid as rows of plain values: a header, one row per learner, totals."""
    status_words = {
        "completed": _("completed"),
        "in_progress": _("started"),
        "not_started": "",
    }
    header = [_("Learner")]
    for lesson in grid.lessons:
        header += [lesson.title, _("Score, %")]
    header.append(_("Done"))
    rows = [header]
    for row in grid.rows:
        values = [row.learner.get_short_name()]
        for cell in row.cells:
            values += [
                str(status_words.get(cell.status, "")),
                None if cell.score is None else float(cell.score),
            ]
        values.append(row.done)
        rows.append(values)
    totals = [_("Completed")]
    for count in grid.done_per_lesson:
        totals += [count, None]
    totals.append(None)
    rows.append(totals)
    return rows


def as_csv(table: list[list], *, delimiter: str = ",") -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter)
    for row in table:
        writer.writerow(["" if value is None else value for value in row])
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def as_xlsx(table: list[list], *, title: str) -> bytes:
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = title[:31] or "Grid"
    for row in table:
        sheet.append(row)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    sheet.freeze_panes = "B2"
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()
