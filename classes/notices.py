"""A notice at login when invitations wait for the person's answer.

Connected to django.contrib.auth's user_logged_in (like the caches in
accounts.roles): it changes nothing, it only tells the person, once per login, that
a teacher is waiting for them to accept or decline.
"""

from django.contrib import messages
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

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
