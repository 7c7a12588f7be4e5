"""Accounts: the site's user, with the least personal data that works.

A pupil's account needs only a username and a password; email is optional. The profile
fields (display name, preferred language, institution) live on the user itself, and so
does the full name (surname, given name, patronymic) that certificates carry once the
learner has confirmed it.
"""

from django.conf import settings
from django.contrib.auth.models import AbstractUser
from django.db import connection, models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class User(AbstractUser):
    """A learner, teacher, editor or analyst. Roles come from groups and classes."""

    # The site addresses people by display_name. first_name/last_name (with the
    # patronymic) are the full name on certificates, set by the learner or a roster.
    display_name = models.CharField(
        _("display name"),
        max_length=150,
        blank=True,
        help_text=_("How the site addresses you. Leave empty to use your username."),
    )
    preferred_language = models.CharField(
        _("preferred language"),
        max_length=8,
        choices=settings.LANGUAGES,
        default=settings.LANGUAGE_CODE,
    )
    institution = models.CharField(
        _("institution"),
        max_length=255,
        blank=True,
        help_text=_("Your school, university, college or institute."),
    )

    patronymic = models.CharField(_("patronymic"), max_length=150, blank=True)
    name_confirmed_at = models.DateTimeField(
        _("full name confirmed at"),
        null=True,
        blank=True,
        help_text=_("When the user confirmed the full name printed on certificates."),
    )

    must_change_password = models.BooleanField(
        _("must change password"),
        default=False,
        help_text=_(
            "Set for accounts made from a roster: the printed password works once."
        ),
    )
    card_password_expires_at = models.DateTimeField(
        _("login card password expires at"),
        null=True,
        blank=True,
        help_text=_(
            "Until when the password printed on a login card lets the pupil log in; "
            "cleared once the pupil chooses their own."
        ),
    )

    offline_auto_save = models.BooleanField(
        _("save my assigned modules for offline use"),
        default=True,
        help_text=_(
            "While you are online, the modules assigned to you in your classes are "
            "saved on your device, so they open without the internet."
        ),
    )

    class Meta(AbstractUser.Meta):
        verbose_name = _("user")
        verbose_name_plural = _("users")
        swappable = "AUTH_USER_MODEL"

    @staticmethod
    def join_sql(*, alias: str, on: str) -> str:
        """An INNER JOIN of the users' table, as `alias`, on `on` (an SQL expression
        holding a user's id), for queries of the apps above written out by hand;
        they read `display_name` and `username` through the alias."""
        table = connection.ops.quote_name(User._meta.db_table)
        return f"INNER JOIN {table} {alias} ON {alias}.{User._meta.pk.column} = {on}"

    @staticmethod
    def locked_row_sql(*, alias: str) -> tuple[str, str]:
        """For a query written out by hand that locks one user's row, to serialise
        what one user's simultaneous requests write: the FROM item (the users'
        table as `alias`) and the clause that locks only that row, empty where the
        database locks otherwise (SQLite locks the whole database on write)."""
        table = connection.ops.quote_name(User._meta.db_table)
        lock = ""
        if connection.features.has_select_for_update_of:
            lock = f" FOR UPDATE OF {alias}"
        return f"{table} {alias}", lock

    def __str__(self) -> str:
        return self.get_short_name()

    def get_short_name(self) -> str:
        return self.display_name or self.username

    def legal_name(self) -> str:
        """Surname, given name and patronymic, as a Ukrainian document writes them."""
        parts = (self.last_name, self.first_name, self.patronymic)
        return " ".join(part.strip() for part in parts if part.strip())

    def card_password_expired(self, now=None) -> bool:
        """The password printed on a login card is still the account's and too old
        to log in with: the pupil needs a new card from the teacher."""
        return (
            self.must_change_password
            and self.card_password_expires_at is not None
            and self.card_password_expires_at <= (now or timezone.now())
        )

    def get_full_name(self) -> str:
        full = super().get_full_name()
        return full or self.get_short_name()
