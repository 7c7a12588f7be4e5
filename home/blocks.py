"""Content blocks for the home page."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks


class AudienceBlock(blocks.StructBlock):
    """One group of people the platform serves, with a line on what it offers them."""

    title = blocks.CharBlock(label=_("Title"), max_length=80)
    text = blocks.TextBlock(label=_("Text"), max_length=400)

    class Meta:
        icon = "group"
        template = "blocks/audience_block.html"
        label = _("Audience")
        description = _("A group of people the platform is for, with a short text.")
        preview_value = {
            "title": "Школярі",
            "text": (
                "Короткі інтерактивні уроки про те, як кияни впливають "
                "на рішення міста."
            ),
        }
