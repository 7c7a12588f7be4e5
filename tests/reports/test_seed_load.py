"""seed_load: a synthetic city on top of the demo, made once, replaced on request."""

import io

import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from django.db.models import Exists, OuterRef

from classes.models import Class, Institution, InstitutionMembership
from learning.models import LessonProgress
from quizzes.models import Attempt
from reports.models import Release
from reports.queries import Filters, aggregate, catalogue


def run(*args):
    out, err = io.StringIO(), io.StringIO()
    call_command("seed_load", *args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def test_it_needs_the_demo_content(db):
    with pytest.raises(CommandError, match="seed_demo"):
        run("--learners", "10")


@pytest.mark.parametrize(
    "bad", [["--learners", "0"], ["--learners", "5", "--attempt-share", "2"]]
)
def test_bad_arguments_are_refused(db, bad):
    with pytest.raises(CommandError):
        run(*bad)


def test_a_small_city_once_then_replaced(site_pages, client):
    call_command("seed_demo", "--quiet-accounts", stdout=io.StringIO())
    out, err = run("--learners", "120", "--attempt-share", "0.5")
    assert "Synthetic city ready" in out and "120 learners" in out
    assert "learners  [" in err and "120/120" in err
    User = get_user_model()
    synthetic = User.objects.filter(username__startswith="load-")
    pupils = synthetic.exclude(username__startswith="load-t")
    assert pupils.count() == 120
    # Least personal data: no names, no email, no usable password.
    assert not synthetic.exclude(display_name="").exists()
    assert not synthetic.exclude(email="").exists()
    assert not any(user.has_usable_password() for user in synthetic[:5])
    progress = LessonProgress.objects.filter(learner__in=synthetic).count()
    attempts = Attempt.objects.filter(learner__in=synthetic)
    assert progress > 120 and attempts.exists()
    assert attempts.filter(quiz_revision__isnull=True).count() == 0
    kinds = set(
        Institution.objects.filter(name__endswith="[seed_load]").values_list(
            "kind", flat=True
        )
    )
    assert "institute" in kinds and "school" in kinds
    # Every synthetic teacher belongs to the institution of the class they teach.
    taught = Class.teachers.through.objects.filter(user__in=synthetic)
    assert taught.exists()
    assert not taught.exclude(
        Exists(
            InstitutionMembership.objects.filter(
                user=OuterRef("user_id"), institution=OuterRef("class__institution")
            )
        )
    ).exists()
    (total,) = aggregate(cat=catalogue(), filters=Filters())
    assert total.learners > 100 and total.completions > 0 and total.pd_hours > 0
    # The demo ends with open-data releases of the periods that have ended.
    assert "Open-data releases published" in out
    published = Release.objects.values_list("kind", flat=True)
    assert Release.QUARTER in published and Release.YEAR in published
    reached = [
        record["learners_reached"]
        for release in Release.objects.filter(kind=Release.QUARTER)
        for record in release.tables["participation"]["records"]
        if record["district"] == record["institution_kind"] == "total"
    ]
    assert any(reached), "some module's quarter total is published"
    # The commitment page reads the latest quarter's release, with the narrative.
    latest = Release.objects.filter(kind=Release.QUARTER).order_by("-period_start")[0]
    page = client.get("/open-data/uaiev0001/").content.decode()
    assert f'data-release="{latest.slug}"' in page
    assert 'data-table="by-kind"' in page and 'data-table="trend"' in page
    assert "Демонстраційний текст" in page

    out, _err = run("--learners", "120")
    assert "already loaded" in out
    assert LessonProgress.objects.filter(learner__in=synthetic).count() == progress

    run("--learners", "40", "--reset")
    assert synthetic.exclude(username__startswith="load-t").count() == 40
    # The demo itself is untouched.
    assert User.objects.filter(username="demo-learner").exists()


def _institutions():
    return sorted(
        Institution.objects.filter(name__endswith="[seed_load]").values_list(
            "name", "kind", "district"
        )
    )


def test_the_city_does_not_change_when_a_module_is_added(site_pages, monkeypatch):
    """The synthetic city's institutions come from the seed alone: adding a demo
    module (whose quiz variants draw random numbers) must not turn every school of a
    small city into colleges."""
    from reports import synthetic

    call_command("seed_demo", "--quiet-accounts", stdout=io.StringIO())
    run("--learners", "120")
    before = _institutions()
    assert "school" in {kind for _name, kind, _district in before}
    original = synthetic._variants

    def one_more_draw(questions, rng):
        rng.random()  # as a module more in content/ would
        return original(questions, rng)

    monkeypatch.setattr(synthetic, "_variants", one_more_draw)
    run("--learners", "120", "--reset")
    assert _institutions() == before
