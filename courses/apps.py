from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoursesConfig(AppConfig):
    name = "courses"
    verbose_name = _("Courses")

    def ready(self):
        from django.db.models.signals import post_delete, post_save
        from wagtail.signals import (
            page_published,
            page_unpublished,
            post_page_move,
            published,
            unpublished,
        )

        from . import page_cache

        # Cached anonymous pages go stale when what they show changes: pages and
        # snippets (quizzes) published, unpublished or moved, and the models lessons
        # show saved or deleted.
        for signal in (
            page_published,
            page_unpublished,
            post_page_move,
            published,
            unpublished,
        ):
            signal.connect(page_cache.content_changed, dispatch_uid="page_cache")
        for signal in (post_save, post_delete):
            signal.connect(page_cache.model_changed, dispatch_uid="page_cache")
