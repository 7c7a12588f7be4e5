"""`manage.py seed_demo` loads the demo and is idempotent."""

import io

import pytest
from django.contrib.auth import authenticate, get_user_model
from django.core.management import call_command
from wagtail.models import Page, Revision

from home.demo import DEMO_ACCOUNTS

pytestmark = pytest.mark.django_db


def dump() -> str:
    out = io.StringIO()
    call_command(
        "dumpdata",
        "--natural-foreign",
        exclude=["sessions", "contenttypes", "auth.permission"],
        stdout=out,
    )
    return out.getvalue()


def test_seed_demo_creates_every_role_and_prints_the_logins():
    out = io.StringIO()
    call_command("seed_demo", stdout=out)
    printed = out.getvalue()
    for account in DEMO_ACCOUNTS:
        assert account.username in printed
        assert account.password in printed
        assert authenticate(username=account.username, password=account.password)
    User = get_user_model()
    assert User.objects.get(username="demo-learner").email == ""
    assert User.objects.get(username="admin").is_superuser
    assert User.objects.get(username="demo-editor").has_perm(
        "wagtailadmin.access_admin"
    )
    assert not User.objects.get(username="demo-learner").has_perm(
        "wagtailadmin.access_admin"
    )
    assert User.objects.filter(
        username="demo-analyst", groups__name="Institute analysts"
    ).exists()
    # The demo teacher's class is at an institution the teacher belongs to.
    from classes.models import Class
    from classes.permissions import may_hold_class_at

    teacher = User.objects.get(username="demo-teacher")
    for klass in Class.objects.taught_by(teacher.pk):
        assert may_hold_class_at(teacher, klass.institution)


def test_seed_demo_publishes_the_site_in_both_languages():
    call_command("seed_demo", stdout=io.StringIO())
    titles = set(Page.objects.live().values_list("title", "locale__language_code"))
    assert ("Громадянська освіта для Києва", "uk") in titles
    assert ("Civic education for Kyiv", "en") in titles
    assert ("Конфіденційність", "uk") in titles
    assert ("Privacy", "en") in titles


def test_running_seed_demo_twice_changes_nothing():
    call_command("seed_demo", stdout=io.StringIO())
    before = dump()
    revisions = Revision.objects.count()
    call_command("seed_demo", stdout=io.StringIO())
    assert Revision.objects.count() == revisions
    assert dump() == before


def test_seed_demo_refuses_production_settings(settings):
    settings.SETTINGS_MODULE = "civiced.settings.production"
    from django.core.management.base import CommandError

    with pytest.raises(CommandError, match="--allow-production"):
        call_command("seed_demo", stdout=io.StringIO())


def test_seed_demo_writes_the_commitment_narrative_in_both_languages(client):
    call_command("seed_demo", stdout=io.StringIO())
    page = client.get("/open-data/uaiev0001/").content.decode()
    assert "Демонстраційний текст" in page
    assert "не є офіційним звітом міста" in page
    english = client.get("/en/open-data/uaiev0001/").content.decode()
    assert "A demonstration text" in english
    assert "not the city's official report" in english
