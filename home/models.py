"""Home: the home page, standard pages (about, privacy) and site-wide settings."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from courses.catalogue import featured_modules
from courses.models import CoursePage

from .blocks import AudienceBlock


class HomePage(Page):
    """The site root in each language: who the platform is for, in plain words."""

    intro = models.TextField(
        _("introduction"),
        blank=True,
        help_text=_("A short plain-language introduction shown at the top."),
    )
    audiences = StreamField(
        [("audience", AudienceBlock())],
        verbose_name=_("who it is for"),
        blank=True,
    )
    body = RichTextField(
        _("body"),
        blank=True,
        features=["h2", "h3", "bold", "italic", "link", "ol", "ul"],
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        FieldPanel("audiences"),
        FieldPanel("body"),
    ]
    search_fields = [*Page.search_fields, index.SearchField("intro")]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["home.StandardPage", "courses.CourseIndexPage"]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["featured_modules"] = featured_modules(
            self.locale, module_page=CoursePage
        )
        return context

    class Meta:
        verbose_name = _("home page")
        verbose_name_plural = _("home pages")


class StandardPage(Page):
    """A plain page such as About or Privacy."""

    intro = models.TextField(_("introduction"), blank=True)
    body = RichTextField(
        _("body"),
        blank=True,
        features=["h2", "h3", "bold", "italic", "link", "ol", "ul", "hr"],
    )

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    search_fields = [
        *Page.search_fields,
        index.SearchField("intro"),
        index.SearchField("body"),
    ]

    parent_page_types = ["home.HomePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("standard page")
        verbose_name_plural = _("standard pages")


@register_setting(icon="site")
class SiteSettings(BaseSiteSetting):
    """Settings an administrator changes without a deploy."""

    contact_email = models.EmailField(
        _("contact email"),
        blank=True,
        help_text=_("Shown in the footer for questions about the platform."),
    )
    about_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("about page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    privacy_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("privacy page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    panels = [
        FieldPanel("contact_email"),
        FieldPanel("about_page"),
        FieldPanel("privacy_page"),
    ]

    class Meta:
        verbose_name = _("site settings")
