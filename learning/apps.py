from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class LearningConfig(AppConfig):
    name = "learning"
    verbose_name = _("Learning")

    def ready(self):
        from django.test.signals import setting_changed

        from . import listeners

        def forget_listeners(setting, **kwargs):
            if setting == "LEARNING_LISTENERS":
                listeners.listeners.cache_clear()

        setting_changed.connect(forget_listeners, weak=False, dispatch_uid="listeners")
