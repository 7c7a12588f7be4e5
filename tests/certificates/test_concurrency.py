"""Finishing the last lessons of a certifying module at the same moment, on
PostgreSQL: exactly one certificate, never two and never none.

SQLite serialises every write, so these run in the PostgreSQL pass of `make test`.
"""

import pytest
from django.db import connection
from django.test import Client

from certificates.models import Certificate
from learning.models import LessonProgress
from tests.certificates.conftest import lessons_of
from tests.factories import UserFactory
from tests.quizzes.test_concurrency import in_parallel

pytestmark = pytest.mark.django_db(transaction=True)
THREADS = 8
ROUNDS = 3


@pytest.fixture(autouse=True)
def postgresql_only():
    if connection.vendor != "postgresql":
        pytest.skip("concurrency is checked in the PostgreSQL pass (make test)")


def test_simultaneous_completions_issue_exactly_one_certificate(pd_course):
    lessons = lessons_of(pd_course)
    for round_number in range(ROUNDS):
        learner = UserFactory(username=f"rivnochasno-{round_number}")
        clients = []
        for _ in range(THREADS):
            client = Client()
            client.force_login(learner)
            clients.append(client)

        def finish(i, clients=clients):
            # Half the requests end one lesson, half the other, all at once.
            lesson = lessons[i % len(lessons)]
            url = f"/api/lessons/{lesson.pk}/reading/"
            return clients[i].post(url, {"seconds": "5", "end": "1"}).status_code

        assert in_parallel(finish, THREADS) == [200] * THREADS
        assert (
            LessonProgress.objects.filter(
                learner=learner, status=LessonProgress.COMPLETED
            ).count()
            == 2
        )
        assert Certificate.objects.filter(learner=learner).count() == 1
