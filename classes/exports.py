"""Exports of the class progress grid: CSV that Excel opens with Cyrillic intact
(UTF-8 with a BOM, comma or semicolon) and XLSX."""

import csv
import io
import re

from django.http import HttpResponse
from django.utils.text import slugify
from django.utils.translation import gettext as _

from .progress import STATE_WORDS, Grid

# Control characters an XLSX cell cannot hold (openpyxl's own rule, kept here so
# that openpyxl is imported only when a workbook is built).
_ILLEGAL_IN_XLSX = re.compile(r"[\000-\010]|[\013-\014]|[\016-\037]")

XLSX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def grid_table(grid: Grid) -> list[list]:
    """The grid as rows of plain values: a header, one row per learner, totals.

    Each lesson has three columns: status, score, and whether the learner's browser
    reported the result (an H5P activity's) rather than the server grading it.
    """
    status_words = {
        "completed": _("completed"),
        "in_progress": _("started"),
        "not_started": "",
    }
    reported, yes = _("Reported by the browser (H5P)"), _("yes")
    header = [_("Learner")]
    for lesson in grid.lessons:
        header += [lesson.title, _("Score, %"), reported]
    header += [_("Done"), _("Status")]
    rows = [header]
    for row in grid.rows:
        values = [row.name]
        for cell in row.cells:
            values += [
                str(status_words.get(cell.status, "")),
                None if cell.score is None else float(cell.score),
                yes if cell.reported else "",
            ]
        values += [row.done, str(STATE_WORDS[row.state])]
        rows.append(values)
    totals = [_("Completed")]
    for count in grid.done_per_lesson:
        totals += [count, None, None]
    totals += [None, None]
    rows.append(totals)
    return rows


# Text a spreadsheet would run as a formula (names and answers come from people).
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
# What a sheet title may not contain.
BAD_TITLE_CHARACTERS = re.compile(r"[\\*?:/\[\]\x00-\x1f]")


def _csv_value(value):
    if value is None:
        return ""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value  # shown as the text it is, never computed
    return value


def as_csv(table: list[list], *, delimiter: str = ",") -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter)
    for row in table:
        writer.writerow([_csv_value(value) for value in row])
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def _xlsx_value(value):
    if isinstance(value, str):
        # Control characters cannot be stored in a worksheet.
        return _ILLEGAL_IN_XLSX.sub("", value)
    return value


def sheet_title(title: str) -> str:
    """A title Excel accepts: 31 characters at most, none of \\ * ? : / [ ]."""
    cleaned = BAD_TITLE_CHARACTERS.sub(" ", str(title)).strip(" '")
    return cleaned[:31].strip(" '") or "Grid"


def as_xlsx(table: list[list], *, title: str) -> bytes:
    # Imported here: openpyxl (and numpy, which it loads when installed) would add
    # some 15-35 MB to every worker that never builds a spreadsheet.
    from openpyxl import Workbook
    from openpyxl.styles import Font

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = sheet_title(title)
    for row in table:
        sheet.append([_xlsx_value(value) for value in row])
    for cells in sheet.iter_rows():
        for cell in cells:
            if cell.data_type == "f":
                cell.data_type = "s"  # text that looks like a formula stays text
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    sheet.freeze_panes = "B2"
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


def learner_table(learner, rows: list[dict], attempts: list[dict]) -> list[list]:
    """One learner's record: their lessons, then every answer they gave."""
    from django.utils.html import strip_tags

    table = [
        [learner.get_short_name()],
        [
            _("Lesson"),
            _("Status"),
            _("Score, %"),
            _("Time spent"),
            _("Last seen"),
            _("Reported by the browser (H5P)"),
        ],
    ]
    for row in rows:
        progress = row["progress"]
        table.append(
            [
                row["lesson"].title,
                str(progress.get_status_display()) if progress else "",
                None
                if not progress or progress.best_score is None
                else float(progress.best_score),
                progress.time_spent_minutes if progress else None,
                progress.last_seen.strftime("%Y-%m-%d %H:%M")
                if progress and progress.last_seen
                else "",
                _("yes") if progress and progress.reported_by_browser else "",
            ]
        )
    table.append([])
    table.append(
        [_("Lesson"), _("Attempt"), _("Question"), _("Your answer"), _("Result")]
    )
    for summary in attempts:
        attempt = summary["attempt"]
        for row in summary["rows"]:
            table.append(
                [
                    attempt.lesson.title,
                    attempt.number,
                    strip_tags(row["prompt"]),
                    row["answer"],
                    row["status_label"],
                ]
            )
    return table


def table_download(
    table: list[list], fmt: str, name: str, *, title: str, delimiter: str = ";"
) -> HttpResponse:
    """The table as an XLSX or CSV attachment (semicolons by default, for Excel)."""
    filename = slugify(unidecode_name(name)) or "export"
    if fmt == "xlsx":
        response = HttpResponse(
            as_xlsx(table, title=title),
            content_type=XLSX_CONTENT_TYPE,
        )
        response["Content-Disposition"] = f'attachment; filename="{filename}.xlsx"'
        return response
    response = HttpResponse(
        as_csv(table, delimiter=delimiter), content_type="text/csv; charset=utf-8"
    )
    response["Content-Disposition"] = f'attachment; filename="{filename}.csv"'
    return response


def unidecode_name(name: str) -> str:
    """An ASCII file name from a class name (Cyrillic transliterated roughly)."""
    from anyascii import anyascii

    return anyascii(name)


def class_record(learner, klass, rows: list[dict], attempts: list[dict], h5p) -> dict:
    """What a teacher may download of a learner: their work on the class's own
    assigned lessons, and nothing from other classes or elsewhere (no email, no
    certificates)."""
    from django.utils.html import strip_tags

    return {
        "learner": {
            "username": learner.username,
            "display_name": learner.get_short_name(),
        },
        "class": {"name": klass.name, "academic_year": klass.academic_year},
        "progress": [
            {
                "lesson": row["lesson"].title,
                "status": row["progress"].status if row["progress"] else "",
                "best_score": None
                if not row["progress"] or row["progress"].best_score is None
                else str(row["progress"].best_score),
                "completed_at": row["progress"].completed_at.isoformat()
                if row["progress"] and row["progress"].completed_at
                else None,
                "completed_offline": bool(
                    row["progress"] and row["progress"].completed_offline
                ),
                # The score or completion came from the learner's browser (H5P).
                "reported_by_browser": bool(
                    row["progress"] and row["progress"].reported_by_browser
                ),
                "time_spent_seconds": row["progress"].time_spent
                if row["progress"]
                else 0,
            }
            for row in rows
        ],
        "answers": [
            {
                "lesson": summary["attempt"].lesson.title,
                "attempt": summary["attempt"].number,
                "submitted_at": summary["attempt"].submitted_at.isoformat()
                if summary["attempt"].submitted_at
                else None,
                "question": strip_tags(row["prompt"]),
                "answer": row["answer"],
                "result": str(row["status_label"]),
            }
            for summary in attempts
            for row in summary["rows"]
        ],
        "h5p_results": [
            {
                "lesson": statement.lesson.title,
                "activity": statement.package.title,
                "percent": None
                if statement.percent is None
                else str(statement.percent),
                "completed": statement.completed,
                "received_at": statement.received_at.isoformat(),
            }
            for statement in h5p
        ],
    }
