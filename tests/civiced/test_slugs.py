"""Ukrainian titles become ASCII slugs by the national transliteration."""

import pytest

from civiced.transliteration import ascii_slug, transliterate


@pytest.mark.parametrize(
    ("text", "latin"),
    [
        ("Київ", "Kyiv"),
        ("Згорани", "Zghorany"),
        ("Юрій", "Yurii"),
        ("Єнакієве", "Yenakiieve"),
        ("Знам'янка", "Znamianka"),
        ("Щербухи", "Shcherbukhy"),
        ("Ґалаґан", "Galagan"),
        ("Яготин", "Yahotyn"),
        ("Подільський район", "Podilskyi raion"),
    ],
)
def test_the_national_transliteration(text, latin):
    assert transliterate(text) == latin.lower()


def test_a_slug_is_lowercase_ascii():
    assert ascii_slug("Громадянська освіта: петиції!") == (
        "hromadianska-osvita-petytsii"
    )
    assert ascii_slug("Урок 2 — «Відкриті дані»") == "urok-2-vidkryti-dani"
    assert ascii_slug("!!!") == ""
    assert len(ascii_slug("Слово " * 100, max_length=50)) <= 50
