"""Issue 24's "Sizes": a module pack is at most 2 MB without video. The largest
module of the demo, measured as `make bench` measures it (bench/prepare.py): the
stored sizes of its files, and the bytes the server sends for its pages."""

import io

import pytest
from django.core.management import call_command
from django.test import RequestFactory

from courses.models import CoursePage
from offline.pack import module_pack
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db
LIMIT = 2 * 1024 * 1024


def test_the_largest_demo_modules_pack_is_at_most_2_mb(client, media):
    call_command("seed_demo", stdout=io.StringIO())
    learner = UserFactory(username="marta-7a")
    client.force_login(learner)
    request = RequestFactory().get("/")
    request.user = learner
    sizes = {}
    for course in CoursePage.objects.live().public().specific():
        pack = module_pack(course=course, request=request)
        total = 0
        for entry in pack["files"]:
            if entry["size"] is None:
                response = client.get(entry["url"])
                assert response.status_code == 200, entry["url"]
                total += len(response.content)
            else:
                total += entry["size"]
        sizes[course.title] = total
    assert len(sizes) >= 2
    largest = max(sizes, key=sizes.get)
    assert sizes[largest] <= LIMIT, (largest, sizes[largest])
    assert sizes[largest] > 100 * 1024  # the pages, pictures, scripts: a real pack
