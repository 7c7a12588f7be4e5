"""The profile page, deleting one's account, and logging out."""

from allauth.account.views import LogoutView
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import translation
from django.utils.translation import gettext as _

from civiced.i18n import url_in_language

from .deletion import delete_account
from .forms import DeleteAccountForm, ProfileForm

# Leaving clears what this browser keeps for the person at this origin (saved
# offline modules, answers waiting to be sent, the service worker): a shared school
# computer must not show the previous pupil's pages. The page's script clears them
# too (static/js/offline.js), for browsers that ignore the header.
CLEAR_SITE_DATA = '"cache", "storage"'


class ClearingLogoutView(LogoutView):
    """allauth's logout, whose answer also tells the browser to clear site data."""

    def post(self, *args, **kwargs):
        response = super().post(*args, **kwargs)
        response["Clear-Site-Data"] = CLEAR_SITE_DATA
        return response


log_out = ClearingLogoutView.as_view()


@login_required
def profile(request: HttpRequest) -> HttpResponse:
    form = ProfileForm(request.POST or None, instance=request.user)
    if request.method == "POST" and form.is_valid():
        user = form.save()
        with translation.override(user.preferred_language):
            messages.success(request, _("Your profile has been saved."))
        # Show the saved page in the language the user has just chosen.
        return redirect(url_in_language(request.path, user.preferred_language))
    return render(request, "accounts/profile.html", {"form": form})


@login_required
def delete(request: HttpRequest) -> HttpResponse:
    """Delete one's own account, after confirming with the password."""
    form = DeleteAccountForm(request.POST or None, user=request.user)
    if request.method == "POST" and form.is_valid():
        delete_account(request.user)
        logout(request)
        messages.success(
            request,
            _("Your account is deleted. Nothing in it identifies you any more."),
        )
        response = redirect("/")
        response["Clear-Site-Data"] = CLEAR_SITE_DATA
        return response
    return render(request, "accounts/delete.html", {"form": form})
