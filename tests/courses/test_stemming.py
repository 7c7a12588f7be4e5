"""The light Ukrainian stemmer the catalogue's search indexes and queries with."""

import pytest

from courses.stemming import stem, stem_text


@pytest.mark.parametrize(
    ("words", "common"),
    [
        (("петиція", "петиції", "петицій", "петиціями", "петицію"), "петиц"),
        (("дані", "даних"), "дан"),
        (("прозорість", "прозорості"), "прозор"),
        (("громадський", "громадського", "громадському"), "громадськ"),
    ],
)
def test_the_forms_of_a_word_share_a_stem(words, common):
    assert {stem(word) for word in words} == {common}


def test_short_and_latin_words_pass_unchanged_in_lower_case():
    assert stem("Київ") == "київ"
    assert stem("Vcentri") == "vcentri"
    assert stem("ОГП") == "огп"
    assert stem_text("Петиції, петиція!") == "петиц"
