"""What a teacher downloads of a class: the progress grid and one learner's record,
as tables of plain values (civiced.spreadsheets writes them as CSV or XLSX) and as
JSON."""

from django.utils import timezone
from django.utils.formats import date_format
from django.utils.html import strip_tags
from django.utils.translation import gettext as _

from .progress import STATE_WORDS, Grid


def grid_caption(klass, assignment, group=None) -> list[str]:
    """The grid workbook's title row: the class, the module (or lesson), the group
    shown, if any, and the due date."""
    caption = [
        _("Class: %(name)s") % {"name": klass.name},
        _("Module: %(name)s") % {"name": assignment},
    ]
    if group is not None:
        caption.append(_("Group: %(name)s") % {"name": group.name})
    if assignment.due_at:
        due = date_format(
            timezone.localtime(assignment.due_at), "SHORT_DATETIME_FORMAT"
        )
        caption.append(_("Due: %(date)s") % {"date": due})
    else:
        caption.append(_("No due date"))
    return caption


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


def learner_table(learner, rows: list[dict], attempts: list[dict]) -> list[list]:
    """One learner's record: their lessons, then every answer they gave."""
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


def class_record(learner, klass, rows: list[dict], attempts: list[dict], h5p) -> dict:
    """What a teacher may download of a learner: their work on the class's own
    assigned lessons, and nothing from other classes or elsewhere (no email, no
    certificates)."""
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
