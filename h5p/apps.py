from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class H5PConfig(AppConfig):
    name = "h5p"
    verbose_name = _("H5P")

    def ready(self):
        from learning import activity

        from .blocks import H5PActivityBlock
        from .player import block_context
        from .results import kind_outcomes, learner_export

        activity.register(
            name="h5p",
            block=H5PActivityBlock,
            outcomes=kind_outcomes,
            export=learner_export,
        )
        H5PActivityBlock.show_learners_with(block_context)
