"""Notices at login: invitations that wait for the person's answer, and due dates a
teacher moved because a lesson was interrupted (an air-raid alert, a power cut).

Connected to django.contrib.auth's user_logged_in (like the caches in
accounts.roles): they change nothing, they only tell the person, once per login,
that a teacher is waiting for them to accept or decline, or that they have more
time.
"""

from django.contrib import messages
from django.urls import reverse
from django.utils import timezone
from django.utils.html import format_html
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from .models import Extension
from .permissions import invitations_for


def invitations_waiting(sender, request, user, **kwargs) -> None:
    if request is None:
        return
    count = invitations_for(user).count()
    if not count:
        return
    text = ngettext(
        "An invitation to a class is waiting for your answer.",
        "%(count)s invitations to classes are waiting for your answer.",
        count,
    ) % {"count": count}
    messages.info(
        request,
        format_html(
            '{} <a href="{}">{}</a>',
            text,
            reverse("invitations"),
            _("Answer the invitations"),
        ),
        fail_silently=True,  # a login without a browser (tests, scripts)
    )


def due_dates_moved(sender, request, user, **kwargs) -> None:
    """The learner's due dates that an interruption moved and that are still ahead,
    in the classes they are in: one query."""
    if request is None:
        return
    classes = list(
        Extension.objects.filter(
            learner=user,
            interrupted_at__isnull=False,
            due_at__gt=timezone.now(),
            assignment__klass__memberships__learner=user,
            assignment__klass__memberships__left_at__isnull=True,
        )
        .order_by("assignment__klass__name")
        .values_list("assignment__klass__name", flat=True)
        .distinct()
    )
    if not classes:
        return
    text = _(
        "A lesson was interrupted, so the due dates in %(classes)s are later "
        "(due date moved: lesson interrupted)."
    ) % {"classes": ", ".join(classes)}
    messages.info(
        request,
        format_html(
            '{} <a href="{}">{}</a>', text, reverse("my_learning"), _("My learning")
        ),
        fail_silently=True,  # a login without a browser (tests, scripts)
    )
