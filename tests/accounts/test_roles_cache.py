"""The roles a cached lesson page reads from the cache follow every change at once."""

import pytest
from django.contrib.auth.models import Group, Permission
from django.core.exceptions import ImproperlyConfigured

from accounts.models import User
from accounts.roles import TEACHERS_GROUP, group_names, load_cached_roles, role
from classes.models import Class, Institution
from classes.permissions import is_teacher
from tests.factories import UserFactory


def fresh(user) -> User:
    """The user as the next request sees them, with the cached roles loaded."""
    again = User.objects.get(pk=user.pk)
    load_cached_roles(again)
    return again


def make_class():
    institution = Institution.objects.create(
        name="Ліцей № 1",
        kind=Institution.KINDS[0][0],
        district=Institution.DISTRICTS[0][0],
    )
    return Class.objects.create(
        institution=institution, name="8-А", academic_year="2026/2027"
    )


def test_a_second_request_reads_the_roles_without_a_query(
    db, django_assert_num_queries
):
    user = UserFactory(username="pupil")
    fresh(user)
    again = User.objects.get(pk=user.pk)
    with django_assert_num_queries(0):
        load_cached_roles(again)
        assert not again.has_perm("wagtailadmin.access_admin")
        assert group_names(again) == frozenset()
        assert not is_teacher(again)


def test_joining_the_teachers_group_shows_at_once(
    db, django_capture_on_commit_callbacks
):
    user = UserFactory(username="pupil")
    assert not is_teacher(fresh(user))
    with django_capture_on_commit_callbacks(execute=True):
        user.groups.add(Group.objects.get_or_create(name=TEACHERS_GROUP)[0])
    assert is_teacher(fresh(user))
    with django_capture_on_commit_callbacks(execute=True):
        Group.objects.get(name=TEACHERS_GROUP).user_set.remove(user)
    assert not is_teacher(fresh(user))


def test_being_given_a_class_to_teach_shows_at_once(
    db, django_capture_on_commit_callbacks
):
    user = UserFactory(username="pupil")
    klass = make_class()
    assert not is_teacher(fresh(user))
    with django_capture_on_commit_callbacks(execute=True):
        klass.teachers.add(user)
    assert is_teacher(fresh(user))
    with django_capture_on_commit_callbacks(execute=True):
        klass.teachers.clear()
    assert not is_teacher(fresh(user))


def test_a_group_given_a_permission_passes_it_on_at_once(
    db, django_capture_on_commit_callbacks
):
    user = UserFactory(username="editor")
    group = Group.objects.create(name="Методисти")
    user.groups.add(group)
    assert not fresh(user).has_perm("wagtailadmin.access_admin")
    access = Permission.objects.get(
        content_type__app_label="wagtailadmin", codename="access_admin"
    )
    with django_capture_on_commit_callbacks(execute=True):
        group.permissions.add(access)
    assert fresh(user).has_perm("wagtailadmin.access_admin")


def test_a_user_made_superuser_or_deactivated_changes_at_once(
    db, django_capture_on_commit_callbacks
):
    user = UserFactory(username="admin2")
    assert not fresh(user).has_perm("wagtailadmin.access_admin")
    with django_capture_on_commit_callbacks(execute=True):
        user.is_superuser = True
        user.save()
    assert fresh(user).has_perm("wagtailadmin.access_admin")
    with django_capture_on_commit_callbacks(execute=True):
        user.is_active = False
        user.save()
    assert not fresh(user).has_perm("wagtailadmin.access_admin")


def test_a_deleted_class_takes_its_teacher_role_at_once(
    db, django_capture_on_commit_callbacks
):
    user = UserFactory(username="teacher")
    klass = make_class()
    with django_capture_on_commit_callbacks(execute=True):
        klass.teachers.add(user)
    assert is_teacher(fresh(user))
    with django_capture_on_commit_callbacks(execute=True):
        klass.delete()
    assert not is_teacher(fresh(user))


seen = []


def counted_role(user) -> bool:
    """A role source for the test below: holds for "olena", counting its calls."""
    seen.append(user.pk)
    return user.username == "olena"


def test_each_declared_role_source_is_read_once_then_from_the_cache(
    db, settings, django_assert_num_queries
):
    source = f"{__name__}.counted_role"
    settings.ROLE_SOURCES = [*settings.ROLE_SOURCES, source]
    seen.clear()
    olena, petro = UserFactory(username="olena"), UserFactory(username="petro")
    assert role(fresh(olena), source) and not role(fresh(petro), source)
    assert seen == [olena.pk, petro.pk]
    again = User.objects.get(pk=olena.pk)
    with django_assert_num_queries(0):
        load_cached_roles(again)
        assert role(again, source) and not is_teacher(again)
    assert seen == [olena.pk, petro.pk]


def test_a_role_source_not_declared_in_the_settings_is_refused(db):
    with pytest.raises(ImproperlyConfigured, match="ROLE_SOURCES"):
        role(UserFactory(), f"{__name__}.counted_role")
