"""The profile page."""

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
        return redirect("/")
    return render(request, "accounts/delete.html", {"form": form})
