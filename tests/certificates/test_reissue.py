"""A revoked certificate reissued with a corrected name by a registry keeper."""

import pytest
from django.core.cache import cache

from certificates.models import Certificate, CertificateEvent
from tests.certificates.conftest import complete
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def fresh_rate_limits():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def revoked(client, pd_course, teacher_learner, analyst):
    complete(teacher_learner, pd_course)
    certificate = Certificate.objects.get()
    client.force_login(analyst)
    client.post(
        f"/certificates/registry/{certificate.number}/",
        {"reason": "Помилка в прізвищі: Коваленко, а не Коваленко-Петренко"},
    )
    certificate.refresh_from_db()
    assert certificate.is_revoked
    return certificate


NAME = {"last_name": "Коваленко-Бойко", "first_name": "Ганна", "patronymic": "Петрівна"}


def test_a_keeper_previews_then_reissues_with_the_corrected_name(
    client, revoked, analyst, teacher_learner
):
    detail = client.get(f"/certificates/registry/{revoked.number}/").content.decode()
    assert "Перевидати з виправленим імʼям" in detail
    url = f"/certificates/registry/{revoked.number}/reissue/"

    # Bad input: a translated error, nothing issued.
    response = client.post(url, {"step": "preview", **NAME, "last_name": "<b>"})
    assert "Лише літери" in response.content.decode()
    response = client.post(url, {"step": "confirm", **NAME, "reason": ""})
    assert "Укажіть причину перевидання." in response.content.decode()
    # The preview issues nothing either.
    response = client.post(url, {"step": "preview", **NAME, "reason": "Виправлення"})
    assert "Коваленко-Бойко Ганна Петрівна" in response.content.decode()
    assert Certificate.objects.count() == 1

    response = client.post(url, {"step": "confirm", **NAME, "reason": "Виправлення"})
    new = Certificate.objects.exclude(pk=revoked.pk).get()
    assert response["Location"] == f"/certificates/registry/{new.number}/"
    assert new.holder_name == "Коваленко-Бойко Ганна Петрівна"
    assert new.replaces == revoked and not new.is_revoked
    assert new.number != revoked.number and new.learner == teacher_learner
    assert (new.title, new.pd_hours, new.texts) == (
        revoked.title,
        revoked.pd_hours,
        revoked.texts,
    )
    assert revoked.events.filter(
        action=CertificateEvent.REISSUED, actor=analyst, reason="Виправлення"
    ).exists()
    assert new.events.get().action == CertificateEvent.ISSUED

    # Once is enough: a second reissue of the same certificate is refused.
    client.post(url, {"step": "confirm", **NAME, "reason": "Ще раз"})
    assert Certificate.objects.count() == 2

    # The learner downloads the new one; the old one's public page names no one.
    client.force_login(teacher_learner)
    pdf = client.get(f"/certificates/mine/{new.number}/certificate.pdf")
    assert pdf.content.startswith(b"%PDF")
    client.logout()
    old_page = client.get(f"/certificates/verify/{revoked.number}/").content.decode()
    assert "Анульовано." in old_page
    assert "Замість нього видано інший сертифікат" in old_page
    for private in ("Коваленко", "Г. П.", new.number):
        assert private not in old_page
    new_page = client.get(f"/certificates/verify/{new.number}/").content.decode()
    assert "Дійсний." in new_page and "Г. П. Коваленко-Бойко" in new_page


def test_a_valid_certificate_cannot_be_reissued_and_nobody_else_may(
    client, pd_course, teacher_learner, analyst
):
    complete(teacher_learner, pd_course)
    certificate = Certificate.objects.get()
    url = f"/certificates/registry/{certificate.number}/reissue/"
    client.force_login(analyst)
    response = client.post(url, {"step": "confirm", **NAME, "reason": "Виправлення"})
    assert response.status_code == 404
    certificate.revoked_at = certificate.issued_at
    certificate.save()
    for user in (teacher_learner, UserFactory(username="someone")):
        client.force_login(user)
        response = client.post(
            url, {"step": "confirm", **NAME, "reason": "Виправлення"}
        )
        assert response.status_code == 403
    assert Certificate.objects.count() == 1
