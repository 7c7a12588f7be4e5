"""The H5P activity block: a package from the H5P library, placed in a lesson."""

from django.core.exceptions import ValidationError
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.snippets.blocks import SnippetChooserBlock
from wagtail.snippets.widgets import AdminSnippetChooser

from courses.activity import ActivityBlock

from . import media

COMPLETED = "completed"
SCORE = "score"
VIEWED = "viewed"

RULE_CHOICES = [
    (COMPLETED, _("Completed: the learner finishes the activity")),
    (SCORE, _("Score: at least the pass mark")),
    (VIEWED, _("Viewed: the learner opens the activity")),
]


class PackageChooser(AdminSnippetChooser):
    """The package chooser; the chosen package's title carries what an editor must
    know before placing it: media from hosts this site does not allow."""

    def get_display_title(self, instance):
        return media.titled(super().get_display_title(instance), instance.content_path)


class PackageChooserBlock(SnippetChooserBlock):
    """A snippet chooser with that widget. Only the widget differs, so migrations
    record it as the plain snippet chooser it stores like."""

    @cached_property
    def widget(self):
        return PackageChooser(self.target_model, icon=self.meta.icon or "pick")

    def deconstruct(self):
        _path, args, kwargs = super().deconstruct()
        return "wagtail.snippets.blocks.SnippetChooserBlock", args, kwargs


class H5PActivityBlock(ActivityBlock):
    """Interactive H5P content, played in an isolated frame; results count."""

    package = PackageChooserBlock("h5p.Package", label=_("H5P package"))
    completion_rule = blocks.ChoiceBlock(
        choices=RULE_CHOICES,
        default=COMPLETED,
        label=_("Counts as done when"),
    )
    pass_percent = blocks.IntegerBlock(
        min_value=0,
        max_value=100,
        default=60,
        required=False,
        label=_("Pass mark, %"),
        help_text=_("Used when the rule is “Score”."),
    )

    class Meta:
        icon = "pick"
        template = "h5p/blocks/h5p_block.html"
        label = _("H5P activity")
        description = _("Interactive content from the H5P library.")

    def clean(self, value):
        value = super().clean(value)
        if value.get("completion_rule") == SCORE and value.get("pass_percent") is None:
            raise StructBlockValidationError(
                block_errors={
                    "pass_percent": ValidationError(
                        _("Give the pass mark for the “Score” rule.")
                    )
                }
            )
        return value

    def get_preview_value(self):
        # The chooser's model (h5p.Package): the content layer imports no results.
        package_model = self.child_blocks["package"].target_model
        package = package_model.objects.order_by("pk").first()
        return self.to_python(
            {"package": package.pk if package else None, "required": True}
        )
