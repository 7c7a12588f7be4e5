"""Cached report figures are never served after new results, even when the cache
dropped the version they were kept under."""

from django.core.cache import cache

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
