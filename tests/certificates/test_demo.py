"""The demo: the teachers' module issues a PD certificate whose provider, signatory,
hours and graders come from settings, with neutral demo values."""

import pytest

from courses.models import CoursePage
from home.demo import seed

pytestmark = pytest.mark.django_db


def test_the_demo_pd_module_is_certifying_in_both_languages():
    seed()
    modules = {
        page.locale.language_code: page
        for page in CoursePage.objects.filter(slug="teaching-civic-participation")
    }
    uk, en = modules["uk"], modules["en"]
    assert uk.certificate_kind == en.certificate_kind == CoursePage.PD_CERTIFICATE
    assert uk.certificate_provider == "Демонстраційний курс civiced"
    assert en.certificate_provider == "civiced demonstration course"
    assert uk.certificate_signatory_position == "Координатор курсу (демо)"
    assert en.certificate_signatory_position == "Course coordinator (demo)"
    for page in (uk, en):
        # No claim about a real institution, no ECTS; the hours are the page's.
        assert "Грінченк" not in page.certificate_provider
        assert "Grinchenko" not in page.certificate_provider
        assert page.ects_credits is None
        assert page.pd_hours == page.estimated_hours == 2
        assert page.grading_group.name == "Course leaders (demo)"
    uk.full_clean()  # a complete PD certificate: provider, volume, signatory
    en.full_clean()
    # Pupils' modules issue nothing.
    assert (
        not CoursePage.objects.exclude(slug="teaching-civic-participation")
        .exclude(certificate_kind="")
        .exists()
    )


def test_the_demo_values_come_from_settings(settings):
    settings.CIVICED_PD_PROVIDER = {"uk": "Курс школи №1", "en": "School No. 1 course"}
    settings.CIVICED_PD_HOURS = 3
    seed()
    uk = CoursePage.objects.get(
        slug="teaching-civic-participation", locale__language_code="uk"
    )
    assert uk.certificate_provider == "Курс школи №1" and uk.pd_hours == 3
