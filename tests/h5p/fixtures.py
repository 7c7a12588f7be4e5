"""H5P fixtures (loaded for every test by tests/conftest.py): a private media
folder per test, the real samples, our own package, a lesson with an H5P activity."""

from pathlib import Path

import pytest
from django.utils import translation

from h5p.demo import build_package

SAMPLES = Path(__file__).resolve().parents[3] / "shared" / "h5p-samples"
SAMPLE_NAMES = ["truefalse-hello.h5p", "multichoice.h5p", "dragtext.h5p"]
# The samples sit beside the repository (in CI too); a clone elsewhere has none.
needs_samples = pytest.mark.skipif(
    not SAMPLES.is_dir(), reason=f"the real H5P samples are not at {SAMPLES}"
)


@pytest.fixture
def media(settings, tmp_path):
    settings.MEDIA_ROOT = str(tmp_path / "media")
    return tmp_path / "media"


@pytest.fixture
def in_english():
    with translation.override("en"):
        yield


@pytest.fixture
def demo_h5p():
    """Our own content type with its demo content, as an .h5p file."""
    return build_package("uk")


def stored_files(root: Path) -> list[str]:
    if not root.exists():
        return []
    return sorted(
        str(path.relative_to(root)) for path in root.rglob("*") if path.is_file()
    )


@pytest.fixture
def h5p_package(media, demo_h5p):
    from h5p.store import import_package

    return import_package(demo_h5p)


@pytest.fixture
def h5p_lesson(make_course, h5p_package):
    """A module whose lessons hold a required H5P activity; returns (lesson, id).

    ``rule`` and ``pass_percent`` set the completion rule; ``extra`` adds blocks.
    """
    import json as _json
    import uuid

    from courses.models import LessonPage

    def make(rule="completed", pass_percent=60, required=True, extra=(), package=None):
        activity_id = str(uuid.uuid4())
        body = [
            {"type": "paragraph", "value": "<p>Текст уроку.</p>"},
            {
                "type": "h5p",
                "id": activity_id,
                "value": {
                    "package": (package or h5p_package).pk,
                    "required": required,
                    "completion_rule": rule,
                    "pass_percent": pass_percent,
                },
            },
            *extra,
        ]
        course = make_course(lessons=1, body=_json.loads(_json.dumps(body)))
        LessonPage.objects.child_of(course).update(
            completion_rule=LessonPage.ACTIVITIES_DONE
        )
        return LessonPage.objects.child_of(course).get(), activity_id

    return make


def statement(
    verb="answered",
    raw=None,
    maximum=None,
    success=None,
    parent=False,
    completion=None,
    sub="",
):
    """An xAPI statement as H5P sends it."""
    data = {
        "actor": {"name": "Хтось інший", "mbox": "mailto:other@example.org"},
        "verb": {"id": f"http://adlnet.gov/expapi/verbs/{verb}"},
        "object": {
            "id": "http://testserver/h5p/files/1/x"
            + (f"?subContentId={sub}" if sub else ""),
            "objectType": "Activity",
        },
        "context": {"contextActivities": {}},
    }
    result = {}
    if raw is not None:
        result["score"] = {"raw": raw, "max": maximum, "min": 0}
    if success is not None:
        result["success"] = success
    if completion is not None:
        result["completion"] = completion
    if result:
        data["result"] = result
    if parent:
        data["context"]["contextActivities"]["parent"] = [{"id": "http://testserver/x"}]
    return data
