from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ClassesConfig(AppConfig):
    name = "classes"
    verbose_name = _("Classes")

    def ready(self):
        from django.contrib.auth.signals import user_logged_in
        from django.db.models.signals import post_delete, post_save

        from accounts.roles import follow_role_changes
        from learning.models import LessonProgress

        from .grid_cache import progress_changed
        from .models import Class
        from .notices import due_dates_moved, invitations_waiting

        user_logged_in.connect(invitations_waiting, dispatch_uid="class_invitations")
        user_logged_in.connect(due_dates_moved, dispatch_uid="class_interruptions")
        # Who teaches a class decides the teacher role (settings.ROLE_SOURCES).
        follow_role_changes(links=[Class.teachers.through], deletions=[Class])

        for signal in (post_save, post_delete):
            signal.connect(
                progress_changed, sender=LessonProgress, dispatch_uid="grid_cache"
            )
