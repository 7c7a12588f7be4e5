"""factory_boy factories shared by the tests."""

import factory
from django.contrib.auth import get_user_model

DEFAULT_PASSWORD = "correct-horse-battery-staple"


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        django_get_or_create = ("username",)
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"learner{n}")
    email = ""
    display_name = factory.Faker("first_name", locale="uk_UA")
    password = factory.PostGenerationMethodCall("set_password", DEFAULT_PASSWORD)

    @factory.post_generation
    def groups(self, create, extracted, **kwargs):
        if create and extracted:
            self.groups.add(*extracted)
        if create:
            self.save()


def class_taking(*, learner, course=None, teacher="vchytel", name="7-А"):
    """A school's class taught by a new teacher (username `teacher`), with `learner`
    as its member and, when given, `course` assigned to it: (teacher, class,
    assignment or None)."""
    from django.contrib.auth.models import Group

    from classes.models import (
        Assignment,
        Class,
        Institution,
        InstitutionMembership,
        Membership,
    )

    teaching = UserFactory(
        username=teacher, groups=[Group.objects.get_or_create(name="Teachers")[0]]
    )
    school = Institution.objects.create(
        name="Гімназія", kind="school", district="podilskyi"
    )
    klass = Class.objects.create(
        institution=school, name=name, academic_year="2026/2027"
    )
    klass.teachers.add(teaching)
    InstitutionMembership.objects.create(user=teaching, institution=school)
    Membership.objects.create(klass=klass, learner=learner)
    assignment = (
        Assignment.objects.create(klass=klass, course=course) if course else None
    )
    return teaching, klass, assignment
