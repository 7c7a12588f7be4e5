"""The learner's own pages: "My learning" and the download of their data."""

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render
from django.utils.translation import gettext as _

from civiced import spreadsheets

from .my_learning import learner_export, my_learning_context


@login_required
def my_learning(request: HttpRequest) -> HttpResponse:
    return render(request, "learning/my_learning.html", my_learning_context(request))


@login_required
def export(request: HttpRequest, fmt: str) -> HttpResponse:
    data = learner_export(request.user)
    if fmt == "json":
        response = JsonResponse(
            data, json_dumps_params={"ensure_ascii": False, "indent": 2}
        )
        response["Content-Disposition"] = 'attachment; filename="my-learning.json"'
        return response
    # The CSV lists every answer the kinds of activity exported (`answers`).
    header = [
        _("Course"),
        _("Lesson"),
        _("Quiz"),
        _("Attempt"),
        _("Submitted"),
        _("Score, %"),
        _("Question"),
        _("Your answer"),
        _("Result"),
    ]
    rows = [
        [
            row["course"],
            row["lesson"],
            row["quiz"],
            row["attempt"],
            row["submitted_at"],
            row["percent"],
            row["question"],
            row["answer"],
            row["result"],
        ]
        for row in data.get("answers", [])
    ]
    return spreadsheets.download(
        [header, *rows], "csv", "my-learning", title=_("My learning")
    )
