"""The progress grid's body rows as HTML, built in Python rather than in a template.

A 40-learner, 30-lesson grid is 1,200 cells and a 400-learner one 12,000. Through
the template engine (a loop, conditions, a filter and a translation per cell) they
took most of the page's ~90 ms and ~650 ms. A grid repeats a few dozen distinct
cells (status, score, overdue), so each distinct cell is rendered and translated
once per request and rows are joined as strings. The markup is the one the template
wrote: row headers with scope, the status in words, the "overdue" mark as text, and
an asterisk (read out as words) on results the learner's browser reported.
"""

from django.urls import reverse
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from learning.models import LessonProgress
from learning.scores import shown_percent

from .progress import STATE_WORDS, Grid

# A result the server did not grade: an H5P activity's, as the learner's browser sent.
REPORTED_WORDS = gettext_lazy("reported by the learner's browser")
# A due date a class-wide interruption moved (an air-raid alert, a power cut).
INTERRUPTED_WORDS = gettext_lazy("due date moved: lesson interrupted")


def grid_rows_html(grid: Grid, *, klass_pk: int) -> SafeString:
    """The `<tr>` of each learner: name linking to their page, cells, done, state."""
    status_words = {
        LessonProgress.COMPLETED: escape(_("completed")),
        LessonProgress.IN_PROGRESS: escape(_("started")),
    }
    # Outside the f-string: older xgettext (0.21) does not look inside one.
    overdue = escape(_("overdue"))
    overdue_mark = f' <span class="overdue">{overdue}</span>'
    # The words are read out; the sighted see the asterisk and the legend.
    reported_mark = (
        '<span class="reported-mark" aria-hidden="true">*</span>'
        f'<span class="visually-hidden"> ({escape(REPORTED_WORDS)})</span>'
    )
    # Text, not colour alone: the due date came from a class-wide interruption.
    interrupted = escape(INTERRUPTED_WORDS)
    interrupted_mark = f' <span class="interrupted-mark">({interrupted})</span>'
    states = {
        state: (
            f'<td class="assignment--{state}"><span class="assignment__state">'
            f"{escape(word)}</span></td></tr>"
        )
        for state, word in STATE_WORDS.items()
    }
    cells: dict[tuple, str] = {}
    total = f" / {len(grid.lessons)}</td>"
    out = []
    for row in grid.rows:
        url = reverse("learner_detail", args=[klass_pk, row.learner_id])
        out.append(
            f'\n<tr><th scope="row"><a href="{escape(url)}">{escape(row.name)}</a>'
            f"{interrupted_mark if row.interrupted else ''}</th>"
        )
        for cell in row.cells:
            key = (cell.status, cell.score, cell.overdue, cell.reported)
            html = cells.get(key)
            if html is None:
                html = cells[key] = _cell_html(
                    cell, status_words, overdue_mark, reported_mark
                )
            out.append(html)
        out.append(f"<td>{row.done}{total}")
        out.append(states[row.state])
    # Every value in the pieces above went through escape().
    return mark_safe("".join(out))  # noqa: S308


def _cell_html(cell, status_words: dict, overdue_mark: str, reported_mark: str) -> str:
    classes = f"cell cell--{escape(cell.status)}"
    text = status_words.get(cell.status, "—")
    if cell.score is not None:
        text += f" · {escape(shown_percent(cell.score))}%"
    if cell.reported:
        text += reported_mark
    if cell.overdue:
        classes += " cell--overdue"
        text += overdue_mark
    return f'<td class="{classes}">{text}</td>'
