"""The learner's download and name confirmation, the public check and "My learning"."""

from datetime import UTC, datetime

import pytest
from django.core.cache import cache
from django.utils import timezone

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
def certificate(pd_course, teacher_learner):
    complete(teacher_learner, pd_course)
    return Certificate.objects.get()


def test_my_learning_lists_the_certificate_with_downloads(
    client, certificate, teacher_learner
):
    client.force_login(teacher_learner)
    page = client.get("/learning/").content.decode()
    assert "Сертифікати" in page
    assert certificate.number in page
    assert f"/certificates/mine/{certificate.number}/certificate.pdf" in page
    assert f"/en/certificates/mine/{certificate.number}/certificate.pdf" in page


def test_the_download_is_the_same_pdf_every_time(client, certificate, teacher_learner):
    client.force_login(teacher_learner)
    url = f"/certificates/mine/{certificate.number}/certificate.pdf"
    first = client.get(url)
    assert first["Content-Type"] == "application/pdf"
    assert first["Content-Disposition"].startswith("attachment;")
    assert first.content.startswith(b"%PDF")
    assert client.get(url).content == first.content


def test_nobody_else_can_download_it(client, certificate):
    client.force_login(UserFactory(username="someone-else"))
    url = f"/certificates/mine/{certificate.number}/certificate.pdf"
    assert client.get(url).status_code == 404
    client.logout()
    assert client.get(url).status_code == 302  # to the log-in page


def test_a_learner_confirms_the_name_before_the_first_download(client, pd_course):
    learner = UserFactory(username="iryna", last_name="Шевчук", first_name="Ірина")
    complete(learner, pd_course)
    certificate = Certificate.objects.get()
    client.force_login(learner)
    assert "Перевірити імʼя на сертифікаті" in client.get("/learning/").content.decode()

    url = f"/certificates/mine/{certificate.number}/certificate.pdf"
    response = client.get(url)
    name_url = f"/certificates/mine/{certificate.number}/name/"
    assert response.status_code == 302 and response["Location"] == name_url
    page = client.get(name_url).content.decode()
    assert 'value="Шевчук"' in page  # the profile's name, to check

    # An empty surname, markup or digits: a translated error, and nothing changes.
    for surname, error in [
        ("", "Введіть прізвище."),
        ("<script>alert(1)</script>", "Лише літери"),
        ("Шевчук2", "Лише літери"),
    ]:
        response = client.post(
            name_url,
            {"step": "preview", "last_name": surname, "first_name": "Ірина"},
        )
        assert response.status_code == 200
        assert error in response.content.decode()
        assert "<script>alert" not in response.content.decode()
    # Nor does the preview itself fix anything: it shows how the document reads.
    name = {
        "last_name": " Шевчук-Бойко ",
        "first_name": "Ірина",
        "patronymic": "Олегівна",
    }
    response = client.post(name_url, {"step": "preview", **name})
    page = response.content.decode()
    assert "Перевірте, як читатиметься ваш сертифікат" in page
    assert "Шевчук-Бойко Ірина Олегівна" in page
    assert "Як навчати громадянської участі" in page and "1,5 години" in page
    certificate.refresh_from_db()
    learner.refresh_from_db()
    assert not certificate.has_name and learner.name_confirmed_at is None
    assert client.get(url).status_code == 302  # still no PDF

    response = client.post(name_url, {"step": "confirm", **name})
    assert response.status_code == 302
    certificate.refresh_from_db()
    assert certificate.holder_name == "Шевчук-Бойко Ірина Олегівна"
    assert client.get(url).content.startswith(b"%PDF")
    assert CertificateEvent.objects.filter(
        certificate=certificate, action=CertificateEvent.NAME_FIXED
    ).exists()
    learner.refresh_from_db()
    assert learner.name_confirmed_at is not None

    # Once fixed, a second confirmation with another name changes nothing.
    client.post(name_url, {"step": "confirm", **name, "last_name": "Інша"})
    certificate.refresh_from_db()
    assert certificate.holder_surname == "Шевчук-Бойко"

    # A later change of name in the profile does not rewrite the document.
    client.post(
        "/accounts/profile/",
        {
            "display_name": "Іра",
            "preferred_language": "uk",
            "last_name": "Інша",
            "first_name": "Ірина",
        },
    )
    learner.refresh_from_db()
    assert learner.last_name == "Інша" and learner.name_confirmed_at is None
    certificate.refresh_from_db()
    assert certificate.holder_surname == "Шевчук-Бойко"


def test_the_profile_confirms_a_name_for_later_certificates(client, pd_course):
    learner = UserFactory(username="oleh")
    client.force_login(learner)
    response = client.post(
        "/accounts/profile/",
        {"preferred_language": "uk", "confirm_name": "on"},
    )
    assert "Спершу введіть прізвище та імʼя" in response.content.decode()
    client.post(
        "/accounts/profile/",
        {
            "preferred_language": "uk",
            "last_name": "Мельник",
            "first_name": "Олег",
            "confirm_name": "on",
        },
    )
    complete(learner, pd_course)
    assert Certificate.objects.get().holder_initials == "О. Мельник"


def test_the_public_check_shows_a_valid_certificate_without_personal_data(
    client, certificate, teacher_learner
):
    response = client.get(f"/certificates/verify/{certificate.number}/")
    page = response.content.decode()
    assert response.status_code == 200
    assert "Дійсний." in page
    assert "Г. П. Коваленко" in page
    assert "Як навчати громадянської участі" in page
    assert "1,5 години (кредитів ЄКТС: 1)" in page  # the module page's 1.5 h
    assert timezone.localtime(certificate.issued_at).strftime("%Y") in page
    for private in ("Ганна", "Петрівна", teacher_learner.username, "hanna@example"):
        assert private not in page


def test_the_public_check_in_english(client, certificate):
    page = client.get(f"/en/certificates/verify/{certificate.number}/").content
    assert b"Valid." in page
    assert b"1.5 hours (ECTS credits: 1)" in page
    assert b"1.0 ECTS" not in page


def test_the_english_check_writes_dates_in_long_form(client, certificate):
    certificate.issued_at = datetime(2026, 12, 6, 10, tzinfo=UTC)
    certificate.revoked_at = datetime(2026, 12, 8, 10, tzinfo=UTC)
    certificate.save()
    page = client.get(f"/en/certificates/verify/{certificate.number}/").content
    assert b"6 December 2026" in page and b"8 December 2026" in page
    assert b"Dec." not in page
    page = client.get(f"/certificates/verify/{certificate.number}/").content.decode()
    assert "6 грудня 2026 р." in page and "р.." not in page


def test_my_learning_says_revoked_with_one_full_stop(
    client, certificate, teacher_learner
):
    certificate.revoked_at = datetime(2026, 12, 8, 10, tzinfo=UTC)
    certificate.save()
    client.force_login(teacher_learner)
    page = client.get("/learning/").content.decode()
    assert "Анульовано 8 грудня 2026 р." in page and "р.." not in page


def test_the_public_check_says_revoked(client, certificate, analyst):
    client.force_login(analyst)
    client.post(
        f"/certificates/registry/{certificate.number}/",
        {"reason": "Видано помилково: курс не завершено"},
    )
    client.logout()
    page = client.get(f"/certificates/verify/{certificate.number}/").content.decode()
    assert "Анульовано." in page
    assert "Дійсний." not in page
    assert "помилково" not in page  # the reason stays in the registry


@pytest.mark.parametrize(
    "number",
    ["2026-AAAA-BBBB-CCCC", "nonsense", "x" * 300, "%00", "2026-ЦЦЦЦ-ЦЦЦЦ-ЦЦЦЦ"],
)
def test_an_unknown_number_is_not_found(client, certificate, number):
    response = client.get(f"/certificates/verify/{number}/")
    assert response.status_code == 404
    assert "Не знайдено." in response.content.decode()


def test_a_retyped_number_leads_to_the_certificate(client, certificate):
    response = client.get(
        "/certificates/verify/",
        {"number": certificate.number.lower().replace("-", " ")},
    )
    assert response.status_code == 302
    assert response["Location"] == f"/certificates/verify/{certificate.number}/"
    response = client.get("/certificates/verify/", {"number": "1234"})
    assert "Це не номер запису" in response.content.decode()


def test_the_public_check_is_rate_limited_per_address(client, certificate, settings):
    from certificates import views

    url = f"/certificates/verify/{certificate.number}/"
    for _ in range(views.VERIFY_PER_HOUR):
        assert client.get(url, REMOTE_ADDR="203.0.113.7").status_code == 200
    limited = client.get(url, REMOTE_ADDR="203.0.113.7")
    assert limited.status_code == 429
    assert "Забагато перевірок" in limited.content.decode()
    assert client.get(url, REMOTE_ADDR="203.0.113.8").status_code == 200


def test_a_revoked_certificate_cannot_be_downloaded(
    client, certificate, teacher_learner
):
    certificate.revoked_at = timezone.now()
    certificate.save()
    client.force_login(teacher_learner)
    assert (
        client.get(
            f"/certificates/mine/{certificate.number}/certificate.pdf"
        ).status_code
        == 404
    )
    assert "Анульовано" in client.get("/learning/").content.decode()


def test_the_public_check_runs_a_fixed_number_of_queries(
    caches_off, client, certificate, django_assert_num_queries
):
    url = f"/certificates/verify/{certificate.number}/"
    client.get(url)  # warm caches (site, locales)
    with django_assert_num_queries(1):
        assert client.get(url).status_code == 200


@pytest.mark.parametrize("modules", [1, 4])
def test_my_learning_lists_certificates_in_one_query(
    caches_off,
    client,
    make_course,
    teacher_learner,
    modules,
    django_assert_max_num_queries,
):
    for index in range(modules):
        complete(
            teacher_learner,
            make_course(
                title=f"Модуль {index}", lessons=1, certificate_kind="completion"
            ),
        )
    assert Certificate.objects.count() == modules
    client.force_login(teacher_learner)
    client.get("/learning/")
    with django_assert_max_num_queries(40) as captured:
        page = client.get("/learning/").content.decode()
    assert page.count("certificate.pdf") == 2 * modules
    certificate_queries = [
        q for q in captured.captured_queries if "certificates_certificate" in q["sql"]
    ]
    assert len(certificate_queries) == 1


def test_the_learners_data_export_includes_name_and_certificates(
    client, certificate, teacher_learner
):
    client.force_login(teacher_learner)
    data = client.get("/learning/export.json").json()
    assert data["learner"]["surname"] == "Коваленко"
    assert data["learner"]["patronymic"] == "Петрівна"
    assert data["certificates"] == [
        {
            "number": certificate.number,
            "module": "Як навчати громадянської участі",
            "issued_at": certificate.issued_at.isoformat(),
            "holder": "Коваленко Ганна Петрівна",
            "revoked_at": None,
        }
    ]


def test_the_module_page_says_it_issues_a_certificate_and_asks_for_the_name(
    client, pd_course
):
    learner = UserFactory(username="bez-imeni")
    client.force_login(learner)
    page = client.get(pd_course.url).content.decode()
    assert "Сертифікат про підвищення кваліфікації" in page
    assert "Додайте й підтвердіть своє повне ім" in page
    learner.last_name, learner.first_name = "Мельник", "Олег"
    learner.name_confirmed_at = timezone.now()
    learner.save()
    assert "Додайте й підтвердіть" not in client.get(pd_course.url).content.decode()
