"""The demo: the teachers' module issues the institute's PD certificate."""

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
    assert uk.certificate_provider == (
        "Інститут післядипломної освіти Київського столичного університету імені "
        "Бориса Грінченка"
    )
    assert en.certificate_provider == (
        "Institute of Postgraduate Education of Borys Grinchenko Kyiv Metropolitan "
        "University"
    )
    assert uk.certificate_signatory_position.startswith("Директор")
    uk.full_clean()  # a complete PD certificate: provider, volume, signatory
    en.full_clean()
    # Pupils' modules issue nothing.
    assert (
        not CoursePage.objects.exclude(slug="teaching-civic-participation")
        .exclude(certificate_kind="")
        .exists()
    )
