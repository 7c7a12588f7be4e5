from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AccountsConfig(AppConfig):
    name = "accounts"
    verbose_name = _("Accounts")

    def ready(self):
        from django.db.models.signals import post_delete, post_save

        from .backends import user_changed
        from .models import User
        from .roles import connect_signals

        connect_signals()
        for signal in (post_save, post_delete):
            signal.connect(user_changed, sender=User, dispatch_uid=f"row_{signal}")
