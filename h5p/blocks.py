"""The H5P activity block: a package from the H5P library, placed in a lesson.

Its completion rule follows what the package's content type reports
(h5p.content_types): left empty, it is the type's default; a required block whose
rule the type can never meet is refused.
"""

from django.core.exceptions import ValidationError
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.snippets.blocks import SnippetChooserBlock
from wagtail.snippets.widgets import AdminSnippetChooser

from courses.activity import ActivityBlock

from . import media
from .content_types import (
    COMPLETED,
    REPORTS_TEXT,
    RULES_MET,
    SCORE,
    VIEWED,
    can_meet,
    default_rule,
    machine_name,
    reports_of,
)

AS_THE_TYPE = ""

RULE_CHOICES = [
    (AS_THE_TYPE, _("As the content type reports (recommended)")),
    (COMPLETED, _("Completed: the learner finishes the activity")),
    (SCORE, _("Score: at least the pass mark")),
    (VIEWED, _("Viewed: the learner opens the activity")),
]


class PackageChooser(AdminSnippetChooser):
    """The package chooser; the chosen package's title carries what an editor must
    know before placing it: a content type the table (h5p.content_types) does not
    know (the block then counts as done once opened, unless another rule is
    chosen), and media from hosts this site does not allow."""

    def get_display_title(self, instance):
        return media.titled(package_title(instance), instance.content_path)


class PackageChooserBlock(SnippetChooserBlock):
    """A snippet chooser with that widget."""

    @cached_property
    def widget(self):
        return PackageChooser(self.target_model, icon=self.meta.icon or "pick")


class H5PActivityBlock(ActivityBlock):
    """Interactive H5P content, played in an isolated frame; results count."""

    package = PackageChooserBlock("h5p.Package", label=_("H5P package"))
    completion_rule = blocks.ChoiceBlock(
        choices=RULE_CHOICES,
        default=AS_THE_TYPE,
        required=False,
        label=_("Counts as done when"),
        help_text=_(
            "Left as recommended, the rule is chosen from what the content type "
            "reports: “Completed” for questions and quizzes, “Viewed” for content "
            "that reports nothing (an accordion, a timeline) or that is unknown."
        ),
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
        package = value.get("package")
        reports = package_reports(package) if package is not None else None
        rule = value.get("completion_rule") or AS_THE_TYPE
        if rule == AS_THE_TYPE:
            value["completion_rule"] = rule = default_rule(reports)
        elif value.get("required") and not can_meet(reports, rule):
            names = {
                COMPLETED: _("Completed"),
                SCORE: _("Score"),
                VIEWED: _("Viewed"),
            }
            raise StructBlockValidationError(
                block_errors={
                    "completion_rule": ValidationError(
                        _(
                            "%(type)s reports %(reports)s, so a learner can never "
                            "meet this rule and the lesson would never be "
                            "completed. Choose %(rules)s, or make the activity "
                            "not required."
                        )
                        % {
                            "type": machine_name(package.main_library),
                            "reports": REPORTS_TEXT[reports],
                            "rules": ", ".join(
                                _("“%(rule)s”") % {"rule": names[r]}
                                for r in (COMPLETED, SCORE, VIEWED)
                                if r in RULES_MET[reports]
                            ),
                        }
                    )
                }
            )
        if rule == SCORE and value.get("pass_percent") is None:
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


def package_reports(package):
    """What ``package``'s content type reports (h5p.content_types), None when the
    type is not in the table."""
    libraries = package.libraries.values_list("machine_name", flat=True)
    return reports_of(package.main_library, libraries)


def package_title(package) -> str:
    """The package as the editor's chooser shows it: its title, and a warning when
    its content type is not in the table."""
    if package_reports(package) is not None:
        return str(package)
    return _(
        "%(title)s (unknown content type %(type)s: counts as done once opened, "
        "unless you choose another rule)"
    ) % {"title": package.title, "type": machine_name(package.main_library)}
