"""Cached report figures are never served after new results, even when the cache
dropped the version they were kept under."""

from django.core.cache import cache

from courses.models import LessonPage
from reports.cache import VERSION_KEY, cached, results_changed


def test_new_results_show_after_the_version_was_evicted(
    db, django_capture_on_commit_callbacks
):
    figures = {"learners": 1}

    def compute():
        return figures["learners"]

    assert cached("dashboard", {"course": 1}, compute) == 1
    figures["learners"] = 2
    with django_capture_on_commit_callbacks(execute=True):
        results_changed()
    assert cached("dashboard", {"course": 1}, compute) == 2

    # Redis under memory pressure evicts the version key, not the entries.
    cache.delete(VERSION_KEY)
    figures["learners"] = 3
    with django_capture_on_commit_callbacks(execute=True):
        results_changed()
    assert cached("dashboard", {"course": 1}, compute) == 3


def test_a_published_lesson_stales_the_cached_figures(
    make_course, django_capture_on_commit_callbacks
):
    """The figures are counted against the live modules and lessons: a module
    published (or a lesson added to one) shows at once, not when entries expire."""
    course = make_course(title="Петиції", slug="petitions", lessons=1)
    seen = {"lessons": 1}
    assert cached("dashboard", {}, lambda: seen["lessons"]) == 1
    lesson = LessonPage(title="Новий урок", slug="new", intro="Вступ.")
    course.add_child(instance=lesson)
    seen["lessons"] = 2
    with django_capture_on_commit_callbacks(execute=True):
        lesson.save_revision().publish()
    assert cached("dashboard", {}, lambda: seen["lessons"]) == 2
