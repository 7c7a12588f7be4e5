"""Every teacher page against every role: only the class's own teachers get in.

Other people learn nothing about a class: its pages answer 404 to them.
"""

import pytest
from django.contrib.auth.models import Group

from classes.models import Assignment, Class, Institution, Membership
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

ROLES = [
    "anonymous",
    "learner",
    "member",
    "member_of_other_class",
    "teacher_of_other_class",
    "co_teacher",
    "editor",
    "superuser",
]


@pytest.fixture
def world(make_course):
    teachers = Group.objects.get_or_create(name="Teachers")[0]
    school = Institution.objects.create(
        name="Школа", kind="school", district="darnytskyi"
    )
    klass = Class.objects.create(
        institution=school, name="5-А", academic_year="2026/2027"
    )
    other = Class.objects.create(
        institution=school, name="5-Б", academic_year="2026/2027"
    )
    owner = UserFactory(username="owner", groups=[teachers])
    co_teacher = UserFactory(username="co", groups=[teachers])
    klass.teachers.add(owner, co_teacher)
    other_teacher = UserFactory(username="other-t", groups=[teachers])
    other.teachers.add(other_teacher)
    member = UserFactory(username="member")
    Membership.objects.create(klass=klass, learner=member)
    outsider = UserFactory(username="other-m")
    Membership.objects.create(klass=other, learner=outsider)
    assignment = Assignment.objects.create(klass=klass, course=make_course(lessons=1))
    users = {
        "learner": UserFactory(username="learner"),
        "member": member,
        "member_of_other_class": outsider,
        "teacher_of_other_class": other_teacher,
        "co_teacher": co_teacher,
        "editor": UserFactory(
            username="editor", groups=[Group.objects.get(name="Editors")]
        ),
        "superuser": UserFactory(username="root", is_superuser=True, is_staff=True),
    }
    return klass, assignment, member, users


def class_pages(klass, assignment, member):
    base = f"/teach/{klass.pk}"
    return [
        ("get", f"{base}/", {}),
        ("get", f"{base}/assignments/{assignment.pk}/", {}),
        ("get", f"{base}/assignments/{assignment.pk}/?export=xlsx", {}),
        ("get", f"{base}/learners/{member.pk}/", {}),
        ("get", f"{base}/roster/", {}),
        ("post", f"{base}/code/", {"valid_days": "7"}),
        ("post", f"{base}/teachers/", {"username": "learner"}),
        ("post", f"{base}/archive/", {}),
        ("post", f"{base}/groups/", {"name": "Група"}),
        ("post", f"{base}/assignments/", {}),
    ]


ALLOWED = {"co_teacher"}


@pytest.mark.parametrize("role", ROLES)
def test_class_pages_by_role(client, world, role):
    klass, assignment, member, users = world
    if role != "anonymous":
        client.force_login(users[role])
    for method, url, data in class_pages(klass, assignment, member):
        response = getattr(client, method)(url, data)
        if role == "anonymous":
            assert response.status_code == 302, url
            assert "/accounts/login/" in response["Location"], url
        elif role in ALLOWED:
            assert response.status_code in (200, 302), url
            if response.status_code == 302:
                assert "/accounts/login/" not in response["Location"], url
        else:
            assert response.status_code == 404, (role, url)


@pytest.mark.parametrize(
    ("role", "expected"),
    [
        ("learner", 403),
        ("member", 403),
        ("member_of_other_class", 403),
        ("teacher_of_other_class", 200),
        ("co_teacher", 200),
        ("editor", 403),
        ("superuser", 200),
    ],
)
def test_the_class_list_by_role(client, world, role, expected):
    _klass, _assignment, _member, users = world
    client.force_login(users[role])
    response = client.get("/teach/")
    assert response.status_code == expected
    if expected == 200:
        names = response.content.decode()
        # Each teacher sees only the classes they teach.
        assert ("5-А" in names) == (role == "co_teacher")
