"""Editors make a module certifying in the Wagtail admin."""

import pytest
from django.contrib.auth.models import Group
from wagtail.test.utils.form_data import (
    nested_form_data,
    querydict_from_html,
    streamfield,
)

from courses.models import CoursePage
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor_client(client, site_pages):
    editor = UserFactory(
        username="metodystka",
        groups=[
            Group.objects.get(name="Editors"),
            Group.objects.get(name="Moderators"),
        ],
    )
    client.force_login(editor)
    return client


def edit(client, course, **fields):
    url = f"/admin/pages/{course.pk}/edit/"
    data = querydict_from_html(
        client.get(url).content.decode(), form_id="page-edit-form"
    )
    for key, value in fields.items():
        data[key] = value
    # The outcomes' StreamField is drawn by JavaScript, so post it as the editor would.
    data.update(nested_form_data({"learning_outcomes": streamfield([])}))
    data["action-publish"] = "action-publish"
    return client.post(url, {key: data.getlist(key) for key in data})


def test_an_incomplete_pd_certificate_is_refused_with_reasons(
    editor_client, make_course
):
    course = make_course(title="Для вчителів", audiences=("teacher_pd",), lessons=1)
    response = edit(editor_client, course, certificate_kind="pd")
    assert response.status_code == 200
    errors = response.context["form"].errors
    assert "certificate_provider" in errors
    assert "certificate_signatory_position" in errors
    assert "pd_hours" in errors
    course.refresh_from_db()
    assert course.certificate_kind == ""


def test_an_editor_makes_a_module_issue_pd_certificates(editor_client, make_course):
    course = make_course(title="Для вчителів", audiences=("teacher_pd",), lessons=1)
    page = editor_client.get(f"/admin/pages/{course.pk}/edit/").content.decode()
    assert "Сертифікат про підвищення кваліфікації" in page
    response = edit(
        editor_client,
        course,
        certificate_kind="pd",
        pd_hours="30",
        ects_credits="1.0",
        certificate_provider="Інститут післядипломної освіти",
        certificate_signatory_name="",
        certificate_signatory_position="Директор",
    )
    assert response.status_code == 302
    course = CoursePage.objects.get(pk=course.pk)
    assert course.certificate_kind == CoursePage.PD_CERTIFICATE
    assert course.certificate_provider == "Інститут післядипломної освіти"


def test_an_editor_names_the_course_leaders_who_grade_a_module(
    editor_client, make_course
):
    from django.contrib.auth.models import Group

    leaders = Group.objects.create(name="Керівники курсу (демо)")
    course = make_course(title="Для вчителів", audiences=("teacher_pd",), lessons=1)
    page = editor_client.get(f"/admin/pages/{course.pk}/edit/").content.decode()
    assert "керівники курсу (оцінюють відкриті відповіді)" in page.lower()
    response = edit(
        editor_client,
        course,
        certificate_kind="pd",
        pd_hours="2",
        certificate_provider="Демонстраційний курс civiced",
        certificate_signatory_position="Координатор курсу (демо)",
        grading_group=str(leaders.pk),
    )
    assert response.status_code == 302
    assert CoursePage.objects.get(pk=course.pk).grading_group == leaders
