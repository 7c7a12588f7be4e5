"""The learning tests' logged-in learner, and the classes tests' school, teacher and
class, for pages that show a learner's results to their teacher."""

import pytest

from tests.classes.conftest import klass, school, teacher  # noqa: F401
from tests.factories import UserFactory


@pytest.fixture
def learner(client):
    user = UserFactory(username="uchenytsia")
    client.force_login(user)
    return user
