"""The catalogue: filters, search and the module cards, in a fixed number of queries.

The pages call it with their own classes (CourseIndexPage.get_context, and the home
page for its featured modules), so this module never imports the models.
"""

import re

from django import forms
from django.conf import settings
from django.db.models import Prefetch
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _
from taggit.models import Tag
from wagtail.images import get_image_model
from wagtail.models import Locale, Page

from .stemming import stem_text

# The renditions a card's <picture> asks for (templates/includes/course_card.html).
CARD_RENDITIONS = ("format-webp|fill-480x270", "format-jpeg|fill-480x270")


# Words SQLite's and PostgreSQL's full-text queries read as operators in capitals.
FTS_OPERATORS = {"AND", "OR", "NOT", "NEAR"}


def topic_name(name: str) -> str:
    """A topic as a heading shows it: its first letter in capitals ("vcentri" and
    "петиції", typed in lower case as tags often are, read "Vcentri", "Петиції")."""
    return name[:1].upper() + name[1:]


class CatalogueFilterForm(forms.Form):
    q = forms.CharField(label=_("Search"), required=False, max_length=100)
    audience = forms.ChoiceField(label=_("Audience"), required=False)
    topic = forms.ChoiceField(label=_("Topic"), required=False)
    language = forms.ChoiceField(
        label=_("Language of the course"),
        required=False,
        choices=[("", _("This site's language")), *settings.LANGUAGES],
    )

    def clean_q(self) -> str:
        """The words typed, and nothing of the search index's own syntax (quotes,
        AND/OR/NOT, brackets, `*`), which SQLite's full-text search refuses with an
        error when it is unbalanced: a visitor searches for words."""
        words = re.findall(r"\w+", self.cleaned_data["q"])
        return " ".join(word for word in words if word not in FTS_OPERATORS)

    def __init__(self, *args, audiences=(), topics=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["audience"].choices = [("", _("All audiences")), *audiences]
        self.fields["topic"].choices = [
            ("", _("All topics")),
            *[(t.slug, topic_name(t.name)) for t in topics],
        ]


def _search_module_ids(
    locale: Locale, query: str, *, module_page: type[Page], lesson_page: type[Page]
) -> set[int]:
    """Modules whose own text, or whose lessons' text, matches the query, every
    word stemmed as the pages' `search_stems` are (courses.stemming)."""
    query = stem_text(query)
    modules = module_page.objects.live().filter(locale=locale).search(query)
    ids = {page.pk for page in modules}
    lessons = lesson_page.objects.live().filter(locale=locale).search(query)
    parent_paths = {lesson.path[: -module_page.steplen] for lesson in lessons}
    if parent_paths:
        ids.update(
            module_page.objects.filter(path__in=parent_paths).values_list(
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


def featured_modules(
    locale: Locale, *, module_page: type[Page], limit: int = 6
) -> list[Page]:
    """Modules (pages of `module_page`) for the home page: the first ones in
    catalogue order."""
    modules = module_page.objects.live().filter(locale=locale).order_by("path")
    return list(_with_cards(modules)[:limit])


def catalogue_context(
    index: Page,
    request: HttpRequest,
    *,
    module_page: type[Page],
    lesson_page: type[Page],
    audiences: list[tuple[str, str]],
) -> dict:
    """The catalogue page's context: the filter form and the modules (pages of
    `module_page`, searched with their lessons' text) it selects; `audiences` are
    the form's audience choices."""
    language = request.GET.get("language")
    # Only the site's languages are looked up (anything else, a NUL character
    # included, which PostgreSQL refuses in a query, is this page's language).
    if language not in dict(settings.LANGUAGES):
        language = index.locale.language_code
    locale = Locale.objects.filter(language_code=language).first() or index.locale
    modules = module_page.objects.live().filter(locale=locale)
    topics = (
        Tag.objects.filter(courses_coursetopic_items__content_object__in=modules)
        .distinct()
        .order_by("name")
    )
    form = CatalogueFilterForm(
        request.GET or None, audiences=audiences, topics=list(topics)
    )
    if form.is_bound and form.is_valid():
        data = form.cleaned_data
        if data["audience"]:
            modules = modules.filter(audiences__slug=data["audience"])
        if data["topic"]:
            modules = modules.filter(tagged_items__tag__slug=data["topic"])
        if data["q"].strip():
            found = _search_module_ids(
                locale, data["q"], module_page=module_page, lesson_page=lesson_page
            )
            modules = modules.filter(pk__in=found)
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
