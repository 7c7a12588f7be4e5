"""A learner (or the teacher, for a pupil) downloads the learner's data and deletes
the account: personal data goes, anonymous aggregates stay."""

import json
import uuid

import pytest
from django.contrib.auth.models import Group
from django.test import Client

from accounts.models import User
from classes.models import (
    Assignment,
    AuditEntry,
    Class,
    Institution,
    Membership,
    RosterAccount,
)
from h5p.models import SavedState, Statement
from learning.models import LessonProgress
from quizzes.models import Attempt
from tests.factories import DEFAULT_PASSWORD, UserFactory
from tests.h5p.fixtures import statement

pytestmark = pytest.mark.django_db


@pytest.fixture
def history(client, quiz_lesson, h5p_lesson):
    """A learner with a submitted quiz, an H5P attempt and saved state."""
    learner = UserFactory(
        username="maryna",
        email="maryna@example.org",
        display_name="Марина",
        first_name="Марина",
        last_name="Коваль",
        institution="Ліцей № 1",
    )
    lesson, quiz, activity = quiz_lesson()
    h5p, h5p_activity = h5p_lesson()
    client.force_login(learner)
    question = quiz.question_snapshots()[0]
    right = next(o["id"] for o in question["options"] if o["text"] == "6000")
    client.post(
        f"/api/quizzes/{lesson.pk}/{activity}/submit/",
        {"key": str(uuid.uuid4()), f"q-{question['id']}": right},
    )
    client.post(
        f"/api/h5p/{h5p.pk}/{h5p_activity}/xapi/",
        {"key": str(uuid.uuid4()), "statement": statement(raw=1, maximum=1)},
        content_type="application/json",
    )
    client.post(
        f"/api/h5p/{h5p.pk}/{h5p_activity}/state/",
        {"data": '{"note": "моя відповідь"}', "seq": 1},
        content_type="application/json",
    )
    return learner


def test_the_learner_downloads_everything_kept_about_them(client, history):
    data = json.loads(client.get("/learning/export.json").content)
    assert data["learner"]["email"] == "maryna@example.org"
    assert data["progress"] and data["answers"]
    assert data["h5p_results"][0]["percent"] == "100.00"


def test_deleting_the_account_removes_personal_data_and_keeps_totals(client, history):
    learner_pk = history.pk
    progress_before = LessonProgress.objects.filter(learner_id=learner_pk).count()
    page = client.get("/accounts/profile/delete/")
    assert page.status_code == 200
    wrong = client.post(
        "/accounts/profile/delete/", {"password": "nope", "confirm": "on"}
    )
    assert wrong.status_code == 200 and User.objects.get(pk=learner_pk).is_active
    response = client.post(
        "/accounts/profile/delete/", {"password": DEFAULT_PASSWORD, "confirm": "on"}
    )
    assert response.status_code == 302
    user = User.objects.get(pk=learner_pk)
    assert user.username.startswith("deleted-") and not user.is_active
    for field in ("email", "first_name", "last_name", "display_name", "institution"):
        assert getattr(user, field) == "", field
    assert not user.has_usable_password()
    # Anonymous totals stay; the words and the saved work go.
    assert (
        LessonProgress.objects.filter(learner_id=learner_pk).count() == progress_before
    )
    assert Attempt.objects.filter(learner_id=learner_pk, responses={}).exists()
    assert (
        not Attempt.objects.filter(learner_id=learner_pk).exclude(responses={}).exists()
    )
    assert (
        Statement.objects.filter(learner_id=learner_pk).exclude(statement={}).count()
        == 0
    )
    assert not SavedState.objects.filter(learner_id=learner_pk).exists()
    # Logged out, and the old login no longer works.
    assert client.get("/learning/").status_code == 302
    assert not Client().login(username="maryna", password=DEFAULT_PASSWORD)


def test_a_teacher_may_delete_only_their_own_pupils_roster_accounts(client, history):
    teacher = UserFactory(
        username="vchytel", groups=[Group.objects.get_or_create(name="Teachers")[0]]
    )
    school = Institution.objects.create(
        name="Ліцей", kind="school", district="podilskyi"
    )
    klass = Class.objects.create(
        institution=school, name="9-А", academic_year="2026/2027"
    )
    klass.teachers.add(teacher)
    Membership.objects.create(klass=klass, learner=history)
    url = f"/teach/{klass.pk}/learners/{history.pk}/"
    client.force_login(teacher)
    data = json.loads(client.get(url + "?export=json").content)
    assert data["learner"]["username"] == "maryna"
    # An account with its own email belongs to its owner: the teacher cannot delete it.
    assert "delete_account" not in client.get(url).content.decode()
    assert (
        client.post(url, {"action": "delete_account", "reason": "x"}).status_code == 403
    )

    User.objects.filter(pk=history.pk).update(email="")
    # Nor one their own class list did not create.
    assert "delete_account" not in client.get(url).content.decode()
    RosterAccount.objects.create(user=history, created_by=teacher, klass=klass)
    assert "?confirm=delete_account" in client.get(url).content.decode()
    # The page that asks to confirm, with the reason for the log.
    confirming = client.get(url + "?confirm=delete_account").content.decode()
    assert 'value="delete_account"' in confirming
    client.post(url, {"action": "delete_account", "reason": ""})
    assert User.objects.get(pk=history.pk).is_active
    response = client.post(
        url, {"action": "delete_account", "reason": "Прохання батьків"}
    )
    assert response.status_code == 302
    assert not User.objects.get(pk=history.pk).is_active
    entry = AuditEntry.objects.get(action=AuditEntry.DELETE_ACCOUNT)
    assert entry.actor == teacher and entry.reason == "Прохання батьків"


def test_a_pupil_in_another_teachers_class_too_is_not_deletable(client, history):
    teachers = Group.objects.get_or_create(name="Teachers")[0]
    mine, other = UserFactory(groups=[teachers]), UserFactory(groups=[teachers])
    school = Institution.objects.create(
        name="Школа", kind="school", district="obolonskyi"
    )
    first = Class.objects.create(
        institution=school, name="5-А", academic_year="2026/2027"
    )
    second = Class.objects.create(
        institution=school, name="5-Б", academic_year="2026/2027"
    )
    first.teachers.add(mine)
    second.teachers.add(other)
    User.objects.filter(pk=history.pk).update(email="")
    for klass in (first, second):
        Membership.objects.create(klass=klass, learner=history)
    client.force_login(mine)
    url = f"/teach/{first.pk}/learners/{history.pk}/"
    assert (
        client.post(url, {"action": "delete_account", "reason": "x"}).status_code == 403
    )
    assert User.objects.get(pk=history.pk).is_active
    assert Assignment.objects.count() == 0
