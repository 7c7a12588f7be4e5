"""Fixtures of the classes tests: a school, a teacher of it and their class."""

import pytest
from django.contrib.auth.models import Group

from classes.models import Class, Institution, InstitutionMembership
from tests.factories import UserFactory


@pytest.fixture
def school(db):
    return Institution.objects.create(
        name="Ліцей № 100", kind="school", district="obolonskyi"
    )


@pytest.fixture
def teacher(school):
    """A teacher who belongs to the school (an administrator's grant)."""
    created = UserFactory(
        username="vchytelka", groups=[Group.objects.get_or_create(name="Teachers")[0]]
    )
    InstitutionMembership.objects.create(user=created, institution=school)
    return created


@pytest.fixture
def klass(school, teacher):
    created = Class.objects.create(
        institution=school, name="9-Б", academic_year="2026/2027"
    )
    created.teachers.add(teacher)
    return created
