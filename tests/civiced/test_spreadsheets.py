"""civiced.spreadsheets: every CSV and XLSX download is written one way, and no text
a person typed is ever run as a formula, however a spreadsheet splits the line."""

import csv
import io
import re
import uuid

import pytest
from openpyxl import load_workbook

from civiced.spreadsheets import as_csv, as_xlsx, inert
from tests.factories import UserFactory, class_taking

NAME = 'Іван;=HYPERLINK("http://x")'
GUARDED = "Іван;'" + NAME.split(";", 1)[1]  # the "'" after the ";"
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
NUMBER = re.compile(r"-?\d+(\.\d+)?")


def naive_cells(text: str) -> list[str]:
    """The cells as Excel in Ukraine may read the file: each line split on ";" and
    on ",", quotes ignored."""
    cells = []
    for line in text.lstrip("\ufeff").split("\r\n"):
        for cell in re.split("[;,]", line):
            cells.append(cell.strip('"').lstrip(" "))
    return cells


def formula_cells(text: str) -> list[str]:
    return [
        cell
        for cell in naive_cells(text)
        if cell.startswith(FORMULA_START) and not NUMBER.fullmatch(cell)
    ]


TEXTS = [
    NAME,
    "=1+1",
    "+380441234567",
    "-відповідь",
    "@SUM(A1)",
    "\t=1",
    "\r=1",
    "Київ, =2",
    "a,-b",
    "a;@b",
    "звичайний текст, без формул",
]


@pytest.mark.parametrize("delimiter", [";", ","])
def test_a_csv_has_no_cell_a_spreadsheet_would_run(delimiter):
    data = as_csv([TEXTS, [-1, 2.5, None, "2026-09-01"]], delimiter=delimiter)
    assert data.startswith("\ufeff".encode())
    text = data.decode("utf-8")
    assert formula_cells(text) == []
    # Every cell is quoted, and a proper reader gets the text back behind one "'".
    assert text.lstrip("\ufeff").startswith('"')
    texts, numbers = csv.reader(io.StringIO(text.lstrip("\ufeff")), delimiter=delimiter)
    assert texts[0] == GUARDED
    assert texts[-1] == "звичайний текст, без формул"
    assert [cell.replace("'", "") for cell in texts] == [
        text.replace("'", "") for text in TEXTS
    ]
    # Numbers are numbers: a negative score is not text to guard; with ";" (Excel
    # in Ukraine) a fraction has a decimal comma, with "," (open data) a point.
    fraction = "2,5" if delimiter == ";" else "2.5"
    assert numbers == ["-1", fraction, "", "2026-09-01"]


def test_an_xlsx_title_row_sits_above_a_bold_frozen_header():
    from decimal import Decimal

    sheet = load_workbook(
        io.BytesIO(
            as_xlsx(
                [["Ім'я", "Бал", "Години"], ["Олена", 75.0, Decimal("1.5")]],
                title="7-А",
                caption=["Клас: 7-А", "Модуль: Петиції"],
            )
        )
    ).active
    assert [c.value for c in sheet[1]][:2] == ["Клас: 7-А", "Модуль: Петиції"]
    assert sheet["A3"].value == "Ім'я" and sheet["A3"].font.b
    assert sheet.freeze_panes == "B4"
    assert (sheet["B4"].value, sheet["B4"].number_format) == (75, "0.0")
    assert (sheet["C4"].value, sheet["C4"].data_type) == (1.5, "n")


def test_file_names_use_the_ukrainian_national_transliteration():
    from civiced.spreadsheets import file_name

    assert file_name("9-Б Згода: Юлія та Їжак") == "9-b-zghoda-yuliia-ta-yizhak"
    assert file_name("<b>") == "b"
    assert file_name("—") == "export"


def test_inert_leaves_ordinary_text_alone():
    assert inert("Олена Коваль") == "Олена Коваль"
    assert inert("2026-09-01, 10:00") == "2026-09-01, 10:00"
    assert inert("=1") == "'=1"


def test_an_xlsx_keeps_text_as_text_and_numbers_as_numbers():
    sheet = load_workbook(
        io.BytesIO(as_xlsx([["Ім'я", "Бал"], [NAME, -1], ["=1+1", 2.5]], title="7-А"))
    ).active
    assert sheet.title == "7-А"
    cells = {cell.coordinate: cell for row in sheet.iter_rows() for cell in row}
    assert (cells["A2"].value, cells["A2"].data_type) == (NAME, "s")
    assert (cells["A3"].value, cells["A3"].data_type) == ("=1+1", "s")
    assert (cells["B2"].value, cells["B2"].data_type) == (-1, "n")


@pytest.mark.django_db
def test_my_learning_csv_guards_the_learners_own_answers(client, quiz_lesson):

    learner = UserFactory(username="ivan")
    client.force_login(learner)

    lesson, quiz, activity = quiz_lesson()
    _choice, text = quiz.question_snapshots()
    client.post(
        f"/api/quizzes/{lesson.pk}/{activity}/submit/",
        {"key": str(uuid.uuid4()), f"q-{text['id']}": NAME},
    )
    response = client.get("/learning/export.csv")
    body = response.content.decode("utf-8")
    assert body.startswith("\ufeff")
    assert response["Content-Disposition"] == 'attachment; filename="my-learning.csv"'
    assert formula_cells(body) == []
    rows = list(csv.reader(io.StringIO(body.lstrip("\ufeff")), delimiter=";"))
    assert any(row[7] == GUARDED for row in rows[1:])


@pytest.mark.django_db
@pytest.mark.parametrize("export", ["csv", "csv-semicolon"])
def test_the_class_grid_csv_guards_a_learners_name(client, make_course, export):
    teacher, klass, assignment = class_taking(
        learner=UserFactory(username="ivan", display_name=NAME),
        course=make_course(title="Петиції", lessons=1),
    )
    client.force_login(teacher)
    url = f"/teach/{klass.pk}/assignments/{assignment.pk}/"
    body = client.get(url, {"export": export}).content.decode("utf-8")
    assert formula_cells(body) == []
    delimiter = "," if export == "csv" else ";"
    rows = list(csv.reader(io.StringIO(body.lstrip("\ufeff")), delimiter=delimiter))
    assert rows[1][0] == GUARDED
