"""Courses: the catalogue, modules ("courses") and lessons, authored in Wagtail.

Content only: nothing here knows about learners' attempts or progress. The tree is
CourseIndexPage (the catalogue) -> CoursePage (a module) -> LessonPage, in each locale.
Glossary terms are translatable snippets; audiences are a fixed list.
"""

from decimal import Decimal

from django import forms
from django.contrib.contenttypes.fields import GenericRelation
from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import (
    DraftStateMixin,
    GroupApprovalTask,
    LockableMixin,
    Page,
    RevisionMixin,
    TranslatableMixin,
    WorkflowMixin,
)
from wagtail.search import index

from . import blocks as course_blocks
from . import page_cache
from .activity import ActivityBlock
from .catalogue import catalogue_context
from .lesson import handout_context, lesson_context
from .permissions import can_see_teacher_material
from .stemming import stem_text


class Audience(models.Model):
    """Who a module is for. A fixed list, created by migration."""

    SCHOOL = "school"
    UNIVERSITY = "university"
    VOCATIONAL = "vocational"
    TEACHER_PD = "teacher_pd"
    CHOICES = [
        (SCHOOL, _("School pupils")),
        (UNIVERSITY, _("University students")),
        (VOCATIONAL, _("Vocational college students")),
        (TEACHER_PD, _("Teachers (professional development)")),
    ]

    slug = models.SlugField(_("code"), unique=True, choices=CHOICES)
    sort_order = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["sort_order"]
        verbose_name = _("audience")
        verbose_name_plural = _("audiences")

    def __str__(self) -> str:
        return str(self.get_slug_display())

    @classmethod
    def ensure_all(cls) -> None:
        """The fixed list, as the migration creates it (for emptied databases)."""
        for order, (slug, _label) in enumerate(cls.CHOICES):
            cls.objects.get_or_create(slug=slug, defaults={"sort_order": order})


class GlossaryTermQuerySet(models.QuerySet):
    def live(self):
        """Terms that passed review: what learners may see."""
        return self.filter(live=True)


class GlossaryTerm(
    WorkflowMixin,
    DraftStateMixin,
    LockableMixin,
    RevisionMixin,
    TranslatableMixin,
    models.Model,
):
    """A term with a short definition, shown in lessons and on the glossary page.

    Reviewed like a lesson: an edit is a draft revision until a methodologist
    publishes it, and the row holds only what was last published (Wagtail keeps a
    live object's row as it is until a revision is published). A term never
    published is not shown to learners at all.
    """

    term = models.CharField(_("term"), max_length=120)
    definition = models.TextField(_("definition"), max_length=1000)
    _revisions = GenericRelation("wagtailcore.Revision", related_query_name="glossary")

    objects = GlossaryTermQuerySet.as_manager()

    panels = [FieldPanel("term"), FieldPanel("definition")]

    class Meta(TranslatableMixin.Meta):
        ordering = ["term"]
        verbose_name = _("glossary term")
        verbose_name_plural = _("glossary terms")

    def __str__(self) -> str:
        return self.term

    @property
    def revisions(self):
        return self._revisions

    @property
    def anchor(self) -> str:
        return f"term-{self.translation_key}"


class CourseIndexPage(RoutablePageMixin, Page):
    """The catalogue: every module in this language, with filters and search."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["courses.CoursePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("course catalogue")
        verbose_name_plural = _("course catalogues")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(
            catalogue_context(
                self,
                request,
                module_page=CoursePage,
                lesson_page=LessonPage,
                audiences=Audience.CHOICES,
            )
        )
        return context

    @path("glossary/", name="glossary")
    def glossary(self, request):
        terms = GlossaryTerm.objects.live().filter(locale=self.locale).order_by("term")
        return self.render(
            request,
            context_overrides={"terms": terms},
            template="courses/glossary_page.html",
        )


class CourseTopic(TaggedItemBase):
    content_object = ParentalKey(
        "courses.CoursePage", on_delete=models.CASCADE, related_name="tagged_items"
    )


class CoursePage(Page):
    """A module: a sequence of lessons with outcomes, audiences and duration.

    A module may be certifying: completing every lesson earns a certificate, either
    a professional-development document (provider, hours and/or ECTS credits,
    signatory) or, for pupils' modules, a simpler certificate of completion.
    """

    NO_CERTIFICATE = ""
    COMPLETION_CERTIFICATE = "completion"
    PD_CERTIFICATE = "pd"
    CERTIFICATE_KINDS = [
        (NO_CERTIFICATE, _("No certificate")),
        (COMPLETION_CERTIFICATE, _("Certificate of completion")),
        (PD_CERTIFICATE, _("Professional-development certificate")),
    ]

    summary = models.TextField(_("summary"), max_length=400)
    cover_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("cover image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    cover_alt = models.CharField(
        _("cover alt text"),
        max_length=250,
        blank=True,
        help_text=_("Describe the cover image. Required when there is a cover."),
    )
    audiences = ParentalManyToManyField(
        Audience, verbose_name=_("audiences"), related_name="courses"
    )
    topics = ClusterTaggableManager(
        verbose_name=_("topics"), through=CourseTopic, blank=True
    )
    age_guidance = models.CharField(
        _("language level / age guidance"), max_length=120, blank=True
    )
    estimated_hours = models.DecimalField(
        _("estimated hours"),
        max_digits=4,
        decimal_places=1,
        validators=[MinValueValidator(Decimal("0.1"))],
        default=Decimal("1.0"),
    )
    learning_outcomes = StreamField(
        course_blocks.OutcomesBlock(),
        verbose_name=_("learning outcomes"),
        blank=True,
    )
    pd_hours = models.PositiveSmallIntegerField(
        _("professional-development hours"),
        null=True,
        blank=True,
        help_text=_(
            "For teacher courses: hours counted for professional development in "
            "the reports. A certificate prints the module's duration above."
        ),
    )
    ects_credits = models.DecimalField(
        _("ECTS credits"), max_digits=4, decimal_places=1, null=True, blank=True
    )
    certificate_kind = models.CharField(
        _("certificate"),
        max_length=16,
        choices=CERTIFICATE_KINDS,
        default=NO_CERTIFICATE,
        blank=True,
        help_text=_(
            "Learners who complete every lesson get this certificate, once. "
            "A professional-development certificate needs the provider, hours or "
            "ECTS credits and the signatory's position."
        ),
    )
    certificate_provider = models.CharField(
        _("provider"),
        max_length=255,
        blank=True,
        help_text=_("The institution that issues the certificate, by its full name."),
    )
    certificate_signatory_name = models.CharField(
        _("signatory's name"), max_length=150, blank=True
    )
    certificate_signatory_position = models.CharField(
        _("signatory's position"), max_length=255, blank=True
    )
    grading_group = models.ForeignKey(
        "auth.Group",
        verbose_name=_("course leaders (who grade open answers)"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "Members of this group grade the open answers of learners who take the "
            "module on their own, outside a class. Learners in a class that is "
            "assigned the module are graded by its teacher."
        ),
    )
    certificate_accepts_h5p = models.BooleanField(
        _("H5P results count towards the certificate"),
        default=False,
        help_text=_(
            "H5P activities report their results from the learner's browser, and "
            "the platform cannot check them. Tick this only if a certificate may "
            "rest on this module's H5P activities. Quizzes graded on the platform "
            "and lessons the learner reads to the end always count; lessons a "
            "teacher marks as done offline never do (ask for recognition instead)."
        ),
    )
    prerequisites = ParentalManyToManyField(
        "self",
        verbose_name=_("prerequisite modules"),
        blank=True,
        symmetrical=False,
        related_name="required_by",
    )
    teacher_guide = RichTextField(
        _("teacher's guide"),
        blank=True,
        help_text=_("Visible only to teachers."),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        MultiFieldPanel(
            [FieldPanel("cover_image"), FieldPanel("cover_alt")], heading=_("Cover")
        ),
        FieldPanel("audiences", widget=forms.CheckboxSelectMultiple),
        FieldPanel("topics"),
        FieldPanel("age_guidance"),
        FieldPanel("estimated_hours"),
        FieldPanel("learning_outcomes"),
        MultiFieldPanel(
            [FieldPanel("pd_hours"), FieldPanel("ects_credits")],
            heading=_("Teacher professional development"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("certificate_kind"),
                FieldPanel("certificate_provider"),
                FieldPanel("certificate_signatory_name"),
                FieldPanel("certificate_signatory_position"),
                FieldPanel("grading_group"),
                FieldPanel("certificate_accepts_h5p"),
            ],
            heading=_("Certificate"),
        ),
        FieldPanel("prerequisites"),
        FieldPanel("teacher_guide"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("learning_outcomes"),
        index.SearchField("age_guidance"),
        # Every form of a Ukrainian word finds the module (courses.stemming).
        index.SearchField("search_stems"),
    ]

    def search_stems(self) -> str:
        """The stems of the module's searchable text (courses.stemming)."""
        outcomes = self.learning_outcomes
        return stem_text(
            " ".join(
                [
                    self.title,
                    self.summary,
                    self.age_guidance,
                    *map(str, outcomes.stream_block.get_searchable_content(outcomes)),
                ]
            )
        )

    parent_page_types = ["courses.CourseIndexPage"]
    subpage_types = ["courses.LessonPage"]

    class Meta:
        verbose_name = _("module")
        verbose_name_plural = _("modules")

    def clean(self):
        super().clean()
        if self.cover_image_id and not self.cover_alt.strip():
            raise ValidationError(
                {"cover_alt": _("Describe the cover image: alt text is required.")}
            )
        if self.certificate_kind == self.PD_CERTIFICATE:
            errors = {}
            if not self.certificate_provider.strip():
                errors["certificate_provider"] = _(
                    "A professional-development certificate names its provider."
                )
            if not self.certificate_signatory_position.strip():
                errors["certificate_signatory_position"] = _(
                    "A professional-development certificate names its signatory."
                )
            if not self.pd_hours and not self.ects_credits:
                errors["pd_hours"] = _(
                    "A professional-development certificate states its volume: "
                    "hours, ECTS credits or both."
                )
            if errors:
                raise ValidationError(errors)

    @property
    def is_certifying(self) -> bool:
        return bool(self.certificate_kind)

    @cached_property
    def lessons(self):
        return list(
            LessonPage.objects.live()
            .child_of(self)
            .only(
                "id", "title", "slug", "url_path", "path", "depth", "estimated_minutes"
            )
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["lessons"] = self.lessons
        context["is_teacher"] = can_see_teacher_material(request.user)
        context["audience_list"] = list(self.audiences.all())
        context["prerequisite_list"] = list(self.prerequisites.live())
        return context


class LessonPage(RoutablePageMixin, Page):
    """A lesson: an introduction and a body of content and activity blocks, the
    teacher's 45-minute plan, and a printable handout at `handout/`."""

    READ_TO_END = "read"
    ACTIVITIES_DONE = "activities"
    COMPLETION_RULES = [
        (READ_TO_END, _("Read to the end")),
        (ACTIVITIES_DONE, _("All required activities done")),
    ]

    intro = models.TextField(_("introduction"), blank=True)
    estimated_minutes = models.PositiveSmallIntegerField(
        _("estimated minutes"), default=10, validators=[MinValueValidator(1)]
    )
    body = StreamField(
        course_blocks.LessonBodyBlock(), verbose_name=_("body"), blank=True
    )
    completion_rule = models.CharField(
        _("completion rule"),
        max_length=16,
        choices=COMPLETION_RULES,
        default=READ_TO_END,
        help_text=_(
            "Lessons without required activities are complete when read to the end."
        ),
    )
    sources = StreamField(
        [("source", course_blocks.SourceBlock())],
        verbose_name=_("sources"),
        blank=True,
    )
    as_of = models.DateField(
        _("facts as of"),
        null=True,
        blank=True,
        help_text=_("The date the lesson's facts are stated as of."),
    )
    review_by = models.DateField(
        _("review by"),
        null=True,
        blank=True,
        help_text=_("When an editor should check the lesson's facts again."),
    )
    plan = StreamField(
        [("plan", course_blocks.LessonPlanBlock())],
        verbose_name=_("lesson plan"),
        blank=True,
        max_num=1,
        help_text=_(
            "A 45-minute plan for the teacher: goal, hook, activity, reflection and "
            "exit ticket. Shown only to teachers; its tasks and exit ticket are "
            "printed on the handout."
        ),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        FieldPanel("estimated_minutes"),
        FieldPanel("completion_rule"),
        FieldPanel("body"),
        MultiFieldPanel(
            [FieldPanel("as_of"), FieldPanel("review_by"), FieldPanel("sources")],
            heading=_("Sources and freshness"),
        ),
        FieldPanel("plan"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("intro"),
        index.SearchField("body"),
        index.SearchField("search_stems"),
    ]

    def search_stems(self) -> str:
        """The stems of the lesson's searchable text (courses.stemming)."""
        body = self.body
        content = body.stream_block.get_searchable_content(body)
        return stem_text(" ".join([self.title, self.intro, *map(str, content)]))

    parent_page_types = ["courses.CoursePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("lesson")
        verbose_name_plural = _("lessons")

    def required_activity_ids(self) -> list[str]:
        """Ids of the body's activity blocks that must be done to complete it."""
        return [
            activity_id
            for _block, values in self.activity_values().values()
            for activity_id, value in values.items()
            if value.get("required")
        ]

    def activity_values(self) -> dict[str, tuple[ActivityBlock, dict[str, dict]]]:
        """The body's activities by kind: block type -> (block, {activity id: value}).

        Read from the stored JSON, not the converted stream: converting would load
        every image and snippet the lesson shows. A value is the block's stored dict
        with each missing field at its default; choosers stay ids.
        """
        children = self.body.stream_block.child_blocks
        kinds: dict[str, tuple[ActivityBlock, dict[str, dict]]] = {}
        for raw in self.body.raw_data:
            block = children.get(raw.get("type"))
            if not isinstance(block, ActivityBlock):
                continue
            stored = raw.get("value") or {}
            value = {
                name: stored[name] if name in stored else child.get_default()
                for name, child in block.child_blocks.items()
            }
            _block, values = kinds.setdefault(raw["type"], (block, {}))
            values[str(raw.get("id"))] = value
        return kinds

    def serve(self, request, *args, **kwargs):
        # A logged-in learner's lesson never reaches here: the lesson shell serves it
        # (courses.wagtail_hooks, on_serve_page).
        response = super().serve(request, *args, **kwargs)
        # What an anonymous visitor sees is the same for all: cache it (page_cache).
        if not request.user.is_authenticated and not getattr(
            request, "is_preview", False
        ):
            page_cache.mark_cacheable(response)
        return response

    @property
    def lesson_plan(self):
        """The plan's value (goal, hook, activity, reflection, exit ticket) or None."""
        return self.plan[0].value if self.plan else None

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(lesson_context(self, request))
        return context

    @path("handout/", name="handout")
    def handout(self, request):
        """The lesson on A4 for printing: key text, tasks, exit ticket, sources."""
        return self.render(
            request,
            template="courses/lesson_handout.html",
            context_overrides=handout_context(self),
        )

    def is_handout_route(self, args) -> bool:
        """Whether Wagtail routed the request (its `args`) to the handout."""
        view = args[0] if args else None
        return getattr(view, "__name__", "") == "handout"


class ReviewTask(GroupApprovalTask):
    """The methodologists' approval in the review workflow: Wagtail's group approval,
    except that a lesson whose required quiz or H5P package is not published cannot
    be approved (courses.publishing); the edit page says why."""

    class Meta:
        proxy = True
        verbose_name = _("methodologist approval")
        verbose_name_plural = _("methodologist approvals")

    @staticmethod
    def _refusal(obj) -> str:
        from .publishing import refusal

        if isinstance(obj, Page):
            obj = obj.specific_deferred
        if not isinstance(obj, LessonPage):
            return ""
        return refusal(obj.get_latest_revision_as_object())

    def get_actions(self, obj, user):
        actions = super().get_actions(obj, user)
        if any(name == "approve" for name, *_rest in actions) and self._refusal(obj):
            actions = [action for action in actions if action[0] != "approve"]
        return actions

    def on_action(self, task_state, user, action_name, **kwargs):
        if action_name == "approve" and self._refusal(
            task_state.workflow_state.content_object
        ):
            return None
        return super().on_action(task_state, user, action_name, **kwargs)
