"""Open data as frozen releases: computed once after the period closes, never
recomputed or changed; late results only in the next release's corrections or in
the academic year's release."""

import csv
import io
import json
from datetime import timedelta

import pytest
from django.core.management import CommandError, call_command
from django.utils import timezone
from wagtail.models import ModelLogEntry

from classes.models import Class, Institution, Membership
from learning.models import LessonProgress
from reports.models import Release, ReleaseImmutable
from reports.periods import QUARTER, YEAR, period_of
from tests.factories import UserFactory

from .conftest import progress

NOW = timezone.now()
THIS_QUARTER = period_of(NOW, QUARTER)
LAST_QUARTER = period_of(THIS_QUARTER.start - timedelta(seconds=1), QUARTER)
QUARTER_BEFORE = period_of(LAST_QUARTER.start - timedelta(seconds=1), QUARTER)


def moment(period, days=20):
    """A time inside the period, as the fixtures write it (UTC, no zone)."""
    return (period.start + timedelta(days=days)).strftime("%Y-%m-%dT%H:%M")


def table(response) -> list[dict]:
    text = response.content.decode("utf-8").lstrip("\ufeff")
    return list(csv.DictReader(io.StringIO(text)))


def cell(rows, district, kind, period=None):
    return next(
        r
        for r in rows
        if r["district"] == district
        and r["institution_kind"] == kind
        and (period is None or r["period"] == period)
    )


def join_crowd(lesson, when, groups, prefix=""):
    for district, kind, size, completing in groups:
        institution, _new = Institution.objects.get_or_create(
            name=f"{kind} {district}", kind=kind, district=district
        )
        klass, _new = Class.objects.get_or_create(
            institution=institution, name="1", academic_year="2026/2027"
        )
        for number in range(size):
            learner = UserFactory(username=f"{prefix}{district}-{kind}-{number}")
            Membership.objects.create(klass=klass, learner=learner)
            status = (
                LessonProgress.COMPLETED
                if number < completing
                else LessonProgress.IN_PROGRESS
            )
            progress(learner, lesson, status, 80, when)


def loners(lesson, when, count, prefix="loner"):
    """Learners in no class (district "unknown") who read one lesson."""
    for number in range(count):
        learner = UserFactory(username=f"{prefix}-{number}")
        progress(learner, lesson, LessonProgress.IN_PROGRESS, None, when)


@pytest.fixture
def lesson(make_course):
    module = make_course(title="Петиції", slug="petitions", lessons=1)
    return module.get_children().get().specific


@pytest.fixture
def crowd(lesson):
    """Last quarter: 12 pupils of an Obolon school (7 complete), 6 students of a
    Podil college (2 complete), 3 pupils of a Podil school (1 completes), and one
    learner in no class."""
    join_crowd(
        lesson,
        moment(LAST_QUARTER),
        [
            ("obolonskyi", "school", 12, 7),
            ("podilskyi", "vocational", 6, 2),
            ("podilskyi", "school", 3, 1),
        ],
    )
    loners(lesson, moment(LAST_QUARTER), 1)
    return lesson


def download(client, url="/open-data/participation.csv"):
    response = client.get(url, follow=True)
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    return response


def test_two_downloads_hours_apart_show_the_same_frozen_release(
    client, lesson, settings
):
    """The leak: with 12 Obolon pupils, 3 Podil pupils and one learner in no class,
    the live table hid the 3 and the 1, and published that they made 4 together.
    Hours later four sign-ups in no class read a lesson: the "unknown" cell showed
    5, so it had been 1, and the Podil cell was exactly 3. Now both downloads are
    the quarter's release, frozen when it was published."""
    settings.REPORTS_CACHE_SECONDS = 0  # nothing stale hides a live change
    join_crowd(
        lesson,
        moment(LAST_QUARTER),
        [("obolonskyi", "school", 12, 7), ("podilskyi", "school", 3, 1)],
    )
    loners(lesson, moment(LAST_QUARTER), 1)
    call_command("publish_release", quarter=LAST_QUARTER.label, verbosity=0)
    first = download(client)
    # Hours later, four accounts in no class read the lesson, dated last quarter
    # (results that reached the server late).
    loners(lesson, moment(LAST_QUARTER, days=30), 4, prefix="late")
    second = download(client)
    assert second.content == first.content
    rows = [r for r in table(second) if r["period"] == LAST_QUARTER.label]
    assert cell(rows, "unknown", "unknown")["learners_reached"] == ""
    assert cell(rows, "podilskyi", "school")["learners_reached"] == ""
    assert cell(rows, "total", "total")["learners_reached"] == "16"
    # The URL it came from never changes.
    assert second.redirect_chain[-1][0].endswith(
        f"/open-data/releases/{LAST_QUARTER.label.lower()}/participation.csv"
    )


def test_a_quarter_not_over_or_long_gone_cannot_be_released(crowd):
    with pytest.raises(CommandError, match="has not ended yet"):
        call_command("publish_release", quarter=THIS_QUARTER.label, verbosity=0)
    with pytest.raises(CommandError, match="not a quarter"):
        call_command("publish_release", quarter="2026-Q7", verbosity=0)
    # A release can never be taken back: none for a period long gone.
    with pytest.raises(CommandError, match="too long ago"):
        call_command("publish_release", quarter="1999-Q1", verbosity=0)
    assert not Release.objects.exists()


def test_a_period_is_released_once_and_never_recomputed(crowd):
    call_command("publish_release", quarter=LAST_QUARTER.label, verbosity=0)
    release = Release.objects.get()
    loners(crowd, moment(LAST_QUARTER, days=30), 10, prefix="late")
    with pytest.raises(CommandError, match="already released"):
        call_command("publish_release", quarter=LAST_QUARTER.label, verbosity=0)
    again = Release.objects.get()
    assert again.tables == release.tables
    assert again.input_checksum == release.input_checksum


def test_a_published_release_is_never_changed(crowd):
    call_command("publish_release", quarter=LAST_QUARTER.label, verbosity=0)
    release = Release.objects.get()
    before = (release.tables, release.counts, release.published_at)
    release.tables = {}
    with pytest.raises(ReleaseImmutable):
        release.save()
    with pytest.raises(ReleaseImmutable):
        Release.objects.update(threshold=1)
    with pytest.raises(ReleaseImmutable):
        release.delete()
    with pytest.raises(ReleaseImmutable):
        Release.objects.all().delete()
    stored = Release.objects.get()
    assert (stored.tables, stored.counts, stored.published_at) == before
    assert stored.threshold == 5
    assert len(stored.input_checksum) == 64
    assert stored.published_by is None and stored.version == 1


def test_late_results_appear_in_the_next_quarters_corrections(client, lesson):
    join_crowd(
        lesson, moment(QUARTER_BEFORE), [("obolonskyi", "school", 20, 2)], prefix="a"
    )
    call_command("publish_release", quarter=QUARTER_BEFORE.label, verbosity=0)
    frozen = Release.objects.get().tables
    # After it was published: 6 more of its pupils complete, late.
    for number in range(2, 8):
        learner = UserFactory._meta.model.objects.get(
            username=f"aobolonskyi-school-{number}"
        )
        LessonProgress.objects.filter(learner=learner).delete()
        progress(learner, lesson, LessonProgress.COMPLETED, 90, moment(QUARTER_BEFORE))
    join_crowd(
        lesson, moment(LAST_QUARTER), [("darnytskyi", "school", 8, 0)], prefix="b"
    )
    call_command("publish_release", quarter=LAST_QUARTER.label, verbosity=0)
    assert Release.objects.get(period_label=QUARTER_BEFORE.label).tables == frozen
    old = table(
        client.get(
            f"/open-data/releases/{QUARTER_BEFORE.label.lower()}/participation.csv"
        )
    )
    assert cell(old, "obolonskyi", "school")["completions"] == ""
    slug = LAST_QUARTER.label.lower()
    corrections = table(client.get(f"/open-data/releases/{slug}/corrections.csv"))
    assert {r["period"] for r in corrections} == {QUARTER_BEFORE.label}
    row = cell(corrections, "obolonskyi", "school")
    assert row["learners_reached_added"] == "0"
    # The quarter hid that cell's completions (2): their changes stay hidden, 6
    # as much as 0, else "1 more", known to be at least 1, could bound the 2.
    assert row["completions_added"] == ""
    # Reach, which the quarter published, shows its changes (none).
    assert cell(corrections, "total", "total")["learners_reached_added"] == "0"
    participation = table(client.get(f"/open-data/releases/{slug}/participation.csv"))
    assert {r["period"] for r in participation} == {LAST_QUARTER.label}
    assert cell(participation, "darnytskyi", "school")["learners_reached"] == "8"
    # Nothing more to correct: the next correction of that quarter is refused.
    with pytest.raises(CommandError, match="Nothing has changed"):
        call_command("publish_release", correction=QUARTER_BEFORE.label, verbosity=0)


def test_late_completions_do_not_give_a_hidden_count_away(client, lesson):
    """11 pupils, 1 completed at the release (hidden). Later the other 10
    complete: published, "10 added" with completions at most 11 said it was 1."""
    join_crowd(
        lesson, moment(QUARTER_BEFORE), [("obolonskyi", "school", 11, 1)], prefix="a"
    )
    call_command("publish_release", quarter=QUARTER_BEFORE.label, verbosity=0)
    for number in range(1, 11):
        learner = UserFactory._meta.model.objects.get(
            username=f"aobolonskyi-school-{number}"
        )
        LessonProgress.objects.filter(learner=learner).delete()
        progress(learner, lesson, LessonProgress.COMPLETED, 90, moment(QUARTER_BEFORE))
    join_crowd(
        lesson, moment(LAST_QUARTER), [("darnytskyi", "school", 8, 0)], prefix="b"
    )
    call_command("publish_release", quarter=LAST_QUARTER.label, verbosity=0)
    label = QUARTER_BEFORE.label
    old = table(client.get(f"/open-data/releases/{label.lower()}/participation.csv"))
    assert cell(old, "obolonskyi", "school")["learners_reached"] == "11"
    assert cell(old, "obolonskyi", "school")["completions"] == ""
    slug = LAST_QUARTER.label.lower()
    corrections = table(client.get(f"/open-data/releases/{slug}/corrections.csv"))
    for district in ("obolonskyi", "total"):
        row = cell(corrections, district, "school", period=label)
        assert row["completions_added"] == "", district
    assert Release.objects.get(period_label=LAST_QUARTER.label).counts["corrections"][
        label
    ]  # the 10 are counted, only not shown


def test_a_correction_is_a_new_release_that_says_what_it_supersedes(client, crowd):
    call_command("publish_release", quarter=LAST_QUARTER.label, verbosity=0)
    original = Release.objects.get()
    join_crowd(
        crowd, moment(LAST_QUARTER), [("darnytskyi", "school", 9, 0)], prefix="c"
    )
    call_command("publish_release", correction=LAST_QUARTER.label, verbosity=0)
    correction = Release.objects.get(kind=Release.CORRECTION)
    assert correction.supersedes == original and correction.version == 2
    assert correction.slug == f"{LAST_QUARTER.label.lower()}-v2"
    rows = table(client.get(f"/open-data/releases/{correction.slug}/corrections.csv"))
    assert cell(rows, "darnytskyi", "school")["learners_reached_added"] == "9"
    document = json.loads(
        client.get(f"/open-data/releases/{correction.slug}/corrections.json").content
    )
    assert document["supersedes"] == original.slug
    assert document["version"] == 2


def test_the_year_hides_what_its_quarters_hid(client, lesson):
    year = period_of(THIS_QUARTER.start - timedelta(days=200), YEAR)
    if year.end > NOW:
        year = period_of(year.start - timedelta(seconds=1), YEAR)
    quarter = period_of(year.start + timedelta(days=100), QUARTER)
    # 3 Podil pupils (hidden) in one quarter; the year adds 10 more there later.
    join_crowd(
        lesson,
        moment(quarter),
        [("podilskyi", "school", 3, 0), ("obolonskyi", "school", 20, 0)],
        prefix="q",
    )
    call_command("publish_release", quarter=quarter.label, verbosity=0)
    later = period_of(quarter.end + timedelta(days=5), QUARTER)
    join_crowd(lesson, moment(later), [("podilskyi", "school", 10, 0)], prefix="r")
    call_command("publish_release", year=year.label, verbosity=0)
    slug = year.label.replace("/", "-")
    rows = table(client.get(f"/open-data/releases/{slug}/participation.csv"))
    # 13 is not small, but 13 - 10 would give the quarter's hidden 3 back.
    assert cell(rows, "podilskyi", "school")["learners_reached"] == ""
    assert cell(rows, "total", "total")["learners_reached"] == "33"
    with pytest.raises(CommandError, match="already released"):
        call_command("publish_release", year=year.label, verbosity=0)
    # Its other quarters' learners are in the year's release already.
    with pytest.raises(CommandError, match="lies in the academic year"):
        call_command("publish_release", quarter=later.label, verbosity=0)
    assert not Release.objects.filter(period_label=later.label).exists()


def test_latest_publishes_what_has_closed_and_is_idempotent(crowd):
    call_command("publish_release", latest=True, verbosity=0)
    kinds = set(Release.objects.values_list("kind", "period_label"))
    assert (Release.QUARTER, LAST_QUARTER.label) in kinds
    assert any(kind == Release.YEAR for kind, _label in kinds)
    call_command("publish_release", latest=True, verbosity=0)
    assert set(Release.objects.values_list("kind", "period_label")) == kinds


def test_the_old_live_urls_lead_to_the_latest_release(client, crowd):
    response = client.get("/open-data/participation.json")
    assert response.status_code == 404
    call_command("publish_release", quarter=LAST_QUARTER.label, verbosity=0)
    response = client.get("/open-data/participation.json")
    slug = LAST_QUARTER.label.lower()
    assert response.status_code == 302
    assert response["Location"].endswith(
        f"/open-data/releases/{slug}/participation.json"
    )
    document = json.loads(client.get(response["Location"]).content)
    assert document["period"] == LAST_QUARTER.label
    assert {f["name"] for f in document["schema"]["fields"]} >= {
        "learners_reached",
        "completions",
    }
    assert client.get(f"/open-data/releases/{slug}/nothing.csv").status_code == 404
    assert (
        client.get("/open-data/releases/1999-q1/participation.csv").status_code == 404
    )


def test_the_page_lists_releases_schema_and_licence(caches_off, client, crowd):
    response = client.get("/en/open-data/")
    assert "No release has been published yet" in response.content.decode()
    call_command("publish_release", quarter=LAST_QUARTER.label, verbosity=0)
    slug = LAST_QUARTER.label.lower()
    for prefix, words in (
        ("/en", ("Quarter", "Licence", "Learners reached")),
        ("", ("Квартал", "Ліцензія", "Охоплено")),
    ):
        html = client.get(f"{prefix}/open-data/").content.decode()
        for word in words:
            assert word in html, (prefix, word)
        assert f'href="/open-data/releases/{slug}/participation.csv"' in html
        assert f'href="/open-data/releases/{slug}/participation.json"' in html
        assert "https://creativecommons.org/licenses/by/4.0/" in html
        assert "CC BY 4.0" in html
        assert "<code>learners_reached</code>" in html
        assert "<code>completions_added</code>" in html
        assert THIS_QUARTER.label in html  # the next release
        assert 'src="http' not in html


def test_the_licence_is_a_setting(client, crowd, settings):
    settings.OPEN_DATA_LICENCE = {
        "name": "CC0-1.0",
        "title": "CC0 1.0",
        "path": "https://creativecommons.org/publicdomain/zero/1.0/",
    }
    call_command("publish_release", quarter=LAST_QUARTER.label, verbosity=0)
    html = client.get("/en/open-data/").content.decode()
    assert "CC0 1.0" in html and "CC BY 4.0" not in html
    package = json.loads(client.get("/open-data/datapackage.json").content)
    assert package["licenses"][0]["name"] == "CC0-1.0"


def test_the_datapackage_lists_every_release_with_stable_urls(client, crowd):
    call_command("publish_release", quarter=LAST_QUARTER.label, verbosity=0)
    response = client.get("/en/open-data/datapackage.json")
    assert response["Content-Type"] == "application/json; charset=utf-8"
    package = json.loads(response.content)
    assert package["licenses"][0]["name"] == "CC-BY-4.0"
    slug = LAST_QUARTER.label.lower()
    paths = {r["name"]: r["path"] for r in package["resources"]}
    assert paths[f"{slug}-participation"] == (
        f"http://testserver/open-data/releases/{slug}/participation.csv"
    )
    resource = next(
        r for r in package["resources"] if r["name"] == f"{slug}-participation"
    )
    assert resource["format"] == "csv"
    fields = {f["name"]: f["type"] for f in resource["schema"]["fields"]}
    assert fields["learners_reached"] == "integer"
    assert resource["schema"]["missingValues"] == [""]
    # Every stated file is there.
    for path in paths.values():
        assert client.get(path.removeprefix("http://testserver")).status_code == 200


@pytest.fixture
def as_analyst(client, analyst, password):
    client.login(username=analyst.username, password=password)
    return client


def test_an_analyst_publishes_with_the_button(as_analyst, analyst, crowd):
    page = as_analyst.get("/en/reports/releases/")
    html = page.content.decode()
    assert LAST_QUARTER.label in html and "csrfmiddlewaretoken" in html
    response = as_analyst.post(
        "/en/reports/releases/",
        {"kind": "quarter", "period": LAST_QUARTER.label},
        follow=True,
    )
    release = Release.objects.get()
    assert release.published_by == analyst
    assert "Published" in response.content.decode()
    entry = ModelLogEntry.objects.get(action="civiced.publish_release")
    assert entry.user_id == analyst.pk and entry.object_id == str(release.pk)
    # Twice, a period not over, or nonsense: refused, with a reason, nothing new.
    for data, message in (
        ({"kind": "quarter", "period": LAST_QUARTER.label}, "already released"),
        ({"kind": "quarter", "period": THIS_QUARTER.label}, "has not ended yet"),
        ({"kind": "quarter", "period": "<script>"}, "not a quarter"),
        ({"kind": "bogus", "period": "2026-Q1"}, "Unknown kind"),
    ):
        response = as_analyst.post("/en/reports/releases/", data)
        assert response.status_code == 400
        assert message in response.content.decode()
    assert Release.objects.count() == 1


def test_others_cannot_publish(client, crowd, password):
    learner = UserFactory(username="pupil")
    client.login(username=learner.username, password=password)
    response = client.post(
        "/en/reports/releases/", {"kind": "quarter", "period": LAST_QUARTER.label}
    )
    assert response.status_code == 403
    client.logout()
    response = client.post(
        "/en/reports/releases/", {"kind": "quarter", "period": LAST_QUARTER.label}
    )
    assert response.status_code == 302 and "/login/" in response["Location"]
    assert not Release.objects.exists()
