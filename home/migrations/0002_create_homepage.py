"""Replace Wagtail's placeholder root page with our HomePage so a bare `migrate` serves a site.

The content (introduction, audiences, English translation, About and Privacy) comes from
`manage.py seed_demo` or the editors.
"""

from django.db import migrations


def create_homepage(apps, schema_editor):
    ContentType = apps.get_model("contenttypes.ContentType")
    Page = apps.get_model("wagtailcore.Page")
    Site = apps.get_model("wagtailcore.Site")
    HomePage = apps.get_model("home.HomePage")
    Locale = apps.get_model("wagtailcore.Locale")

    locale, _created = Locale.objects.get_or_create(language_code="uk")
    Page.objects.filter(
        content_type__app_label="wagtailcore",
        content_type__model="page",
        slug="home",
        depth=2,
    ).delete()
    content_type, _created = ContentType.objects.get_or_create(
        model="homepage", app_label="home"
    )
    homepage = HomePage.objects.create(
        title="Громадянська освіта для Києва",
        draft_title="Громадянська освіта для Києва",
        slug="home",
        content_type=content_type,
        path="00010001",
        depth=2,
        numchild=0,
        url_path="/home/",
        locale=locale,
    )
    Site.objects.all().delete()
    Site.objects.create(
        hostname="localhost", root_page=homepage, is_default_site=True, site_name="civiced"
    )


def remove_homepage(apps, schema_editor):
    HomePage = apps.get_model("home.HomePage")
    HomePage.objects.filter(slug="home", depth=2).delete()


class Migration(migrations.Migration):
    dependencies = [("home", "0001_initial")]

    operations = [migrations.RunPython(create_homepage, remove_homepage)]
