"""The holder's name: letters of any script with apostrophes, hyphens and spaces."""

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation

from certificates.forms import CertificateNameForm
from certificates.names import MAX_PART_LENGTH, clean_name_part


@pytest.mark.parametrize(
    ("typed", "kept"),
    [
        ("Мар’яна", "Мар’яна"),
        ("Завʼялова", "Завʼялова"),
        ("Пʼєр-Олександр", "Пʼєр-Олександр"),
        ("O'Brien", "O'Brien"),
        ("  Анна   Марія ", "Анна Марія"),
        ("Zoë", "Zoë"),
        ("Łukasz", "Łukasz"),
        ("Ἀλέξανδρος", "Ἀλέξανδρος"),
        ("", ""),
    ],
)
def test_names_in_any_script_with_apostrophes_and_hyphens_are_accepted(typed, kept):
    assert clean_name_part(typed) == kept


@pytest.mark.parametrize(
    "typed",
    [
        "<script>alert(1)</script>",
        "Шевчук2",
        "Іван.",
        "-Іван",
        "Іван-",
        "Іван--Петро",
        "'Іван",
        "Іван ' Петро",
        "Іван_Петро",
        "Ivan@example.org",
        "Іван\u200bПетро",
        "Ш" * (MAX_PART_LENGTH + 1),
    ],
)
def test_digits_markup_and_stray_signs_are_refused(typed):
    with pytest.raises(ValidationError):
        clean_name_part(typed)


def test_the_form_explains_the_refusal_in_ukrainian():
    with translation.override("uk"):
        form = CertificateNameForm(
            {"last_name": "<script>", "first_name": "Ірина1", "patronymic": "-"}
        )
        assert not form.is_valid()
        assert set(form.errors) == {"last_name", "first_name", "patronymic"}
        assert form.errors["last_name"][0].startswith("Лише літери")
