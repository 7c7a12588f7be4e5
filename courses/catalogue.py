"""The catalogue: filters, search and the module cards, in a fixed number of queries."""

from django import forms
from django.conf import settings
from django.db.models import Prefetch
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _
from taggit.models import Tag
from wagtail.images import get_image_model
from wagtail.models import Locale

from .models import Audience, CourseIndexPage, CoursePage, LessonPage

# The renditions a card's <picture> asks for (templates/includes/course_card.html).
CARD_RENDITIONS = ("format-webp|fill-480x270", "format-jpeg|fill-480x270")


class CatalogueFilterForm(forms.Form):
    q = forms.CharField(label=_("Search"), required=False, max_length=100)
    audience = forms.ChoiceField(
        label=_("Audience"),
        required=False,
        choices=[("", _("All audiences")), *Audience.CHOICES],
    )
    topic = forms.ChoiceField(label=_("Topic"), required=False)
    language = forms.ChoiceField(
        label=_("Language of the course"),
        required=False,
        choices=[("", _("This site's language")), *settings.LANGUAGES],
    )

    def __init__(self, *args, topics=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["topic"].choices = [
            ("", _("All topics")),
            *[(t.slug, t.name) for t in topics],
        ]


def _search_module_ids(locale: Locale, query: str) -> set[int]:
    """Modules whose own text, or whose lessons' text, matches the query."""
    modules = CoursePage.objects.live().filter(locale=locale).search(query)
    ids = {page.pk for page in modules}
    lessons = LessonPage.objects.live().filter(locale=locale).search(query)
    parent_paths = {lesson.path[: -CoursePage.steplen] for lesson in lessons}
    if parent_paths:
        ids.update(
            CoursePage.objects.filter(path__in=parent_paths).values_list(
                "pk", flat=True
            )
        )
    return ids


def _with_cards(modules):
    """Prefetch what a module card shows: audiences and cover renditions."""
    Image = get_image_model()
    return modules.prefetch_related(
        "audiences",
        Prefetch(
            "cover_image", queryset=Image.objects.prefetch_renditions(*CARD_RENDITIONS)
        ),
    )


def featured_modules(locale: Locale, limit: int = 6) -> list[CoursePage]:
    """Modules for the home page: the first ones in catalogue order."""
    modules = CoursePage.objects.live().filter(locale=locale).order_by("path")
    return list(_with_cards(modules)[:limit])


def catalogue_context(index: CourseIndexPage, request: HttpRequest) -> dict:
    language = request.GET.get("language")
    # Only the site's languages are looked up (anything else, a NUL character
    # included, which PostgreSQL refuses in a query, is this page's language).
    if language not in dict(settings.LANGUAGES):
        language = index.locale.language_code
    locale = Locale.objects.filter(language_code=language).first() or index.locale
    modules = CoursePage.objects.live().filter(locale=locale)
    topics = (
        Tag.objects.filter(courses_coursetopic_items__content_object__in=modules)
        .distinct()
        .order_by("name")
    )
    form = CatalogueFilterForm(request.GET or None, topics=list(topics))
    if form.is_bound and form.is_valid():
        data = form.cleaned_data
        if data["audience"]:
            modules = modules.filter(audiences__slug=data["audience"])
        if data["topic"]:
            modules = modules.filter(tagged_items__tag__slug=data["topic"])
        if data["q"].strip():
            modules = modules.filter(pk__in=_search_module_ids(locale, data["q"]))
        filtered = any(data.values())
    else:
        # Bad input: say so, and show the whole catalogue rather than a guess.
        filtered = False
    modules = _with_cards(modules.distinct().order_by("path"))
    return {
        "filter_form": form,
        "modules": list(modules),
        "filtered": filtered,
        "catalogue_locale": locale,
    }
