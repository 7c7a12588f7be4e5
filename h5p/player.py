"""What the lesson page and the isolated player frame need to play a package.

The lesson page holds a sandboxed iframe (``allow-scripts`` only, so its origin is
opaque: no cookies, no storage, no authenticated calls to us). The frame loads the
h5p-standalone player and the package files, and talks to the lesson page only by
``postMessage``; the lesson page sends statements and state to our endpoints with
the learner's session and CSRF token. ``H5P_PLAYER_ORIGIN`` may name a separate,
cookieless origin serving the same application for the frame.
"""

from urllib.parse import urlencode

from django.conf import settings
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from .models import Package
from .results import attempts, best_and_last


def player_origin() -> str:
    return getattr(settings, "H5P_PLAYER_ORIGIN", "").rstrip("/")


def player_url(package: Package, language: str) -> str:
    path = reverse("h5p_player", args=[package.pk, package.version_key])
    return f"{player_origin()}{path}?{urlencode({'lang': language})}"


def block_context(value, parent_context) -> dict:
    """The H5P block on a lesson page: the frame's address, endpoints, results."""
    request = parent_context.get("request")
    lesson = parent_context.get("page")
    activity_id = str(parent_context.get("activity_id") or "")
    package = value.get("package")
    if package is None or not package.playable:
        # Not published yet (a draft, or in review), or unpublished.
        return {"package": None}
    user = getattr(request, "user", None)
    learner = user if user is not None and user.is_authenticated else None
    best = last = None
    if learner is not None and lesson is not None:
        best, last = best_and_last(
            attempts(learner=learner, lesson=lesson, activity_id=activity_id)
        )
    endpoints = {}
    if learner is not None and lesson is not None:
        endpoints = {
            "xapi": reverse("h5p_xapi", args=[lesson.pk, activity_id]),
            "state": reverse("h5p_state", args=[lesson.pk, activity_id]),
            "viewed": reverse("h5p_viewed", args=[lesson.pk, activity_id]),
        }
    return {
        "package": package,
        "activity_id": activity_id,
        "learner": learner,
        "frame_url": player_url(package, get_language() or settings.LANGUAGE_CODE),
        "frame_origin": player_origin(),
        "endpoints": endpoints,
        "best": best,
        "last": last,
    }


def core_translations() -> dict:
    """H5P core's interface strings in the active language (h5p-standalone merges
    them into ``H5PIntegration.l10n.H5P``)."""
    return {
        "H5P": {
            "fullscreen": _("Fullscreen"),
            "disableFullscreen": _("Exit fullscreen"),
            "download": _("Download"),
            "copyrights": _("Rights of use"),
            "embed": _("Embed"),
            "size": _("Size"),
            "showAdvanced": _("Show advanced"),
            "hideAdvanced": _("Hide advanced"),
            "advancedHelp": _(
                "Include this script on your website if you want dynamic sizing of the "
                "embedded content:"
            ),
            "copyrightInformation": _("Rights of use"),
            "close": _("Close"),
            "title": _("Title"),
            "author": _("Author"),
            "year": _("Year"),
            "source": _("Source"),
            "license": _("Licence"),
            "thumbnail": _("Thumbnail"),
            "noCopyrights": _("No copyright information available for this content."),
            "reuse": _("Reuse"),
            "reuseContent": _("Reuse Content"),
            "reuseDescription": _("Reuse this content."),
            "downloadDescription": _("Download this content as an H5P file."),
            "copyrightsDescription": _("View copyright information for this content."),
            "embedDescription": _("View the embed code for this content."),
            "h5pDescription": _("Visit H5P.org to check out more cool content."),
            "contentChanged": _("This content has changed since you last used it."),
            "startingOver": _("You'll be starting over."),
            "by": _("by"),
            "showMore": _("Show more"),
            "showLess": _("Show less"),
            "subLevel": _("Sublevel"),
            "confirmDialogHeader": _("Confirm action"),
            "confirmDialogBody": _(
                "Please confirm that you wish to proceed. This action is not "
                "reversible."
            ),
            "cancelLabel": _("Cancel"),
            "confirmLabel": _("Confirm"),
            "licenseU": _("Undisclosed"),
            "licenseCCBY": _("Attribution"),
            "licenseCCBYSA": _("Attribution-ShareAlike"),
            "licenseCCBYND": _("Attribution-NoDerivs"),
            "licenseCCBYNC": _("Attribution-NonCommercial"),
            "licenseCCBYNCSA": _("Attribution-NonCommercial-ShareAlike"),
            "licenseCCBYNCND": _("Attribution-NonCommercial-NoDerivs"),
            "licenseGPL": _("General Public License"),
            "licensePD": _("Public Domain"),
            "licenseC": _("Copyright"),
            "contentType": _("Content Type"),
            "licenseExtras": _("Licence Extras"),
            "changes": _("Changelog"),
            "contentCopied": _("Content is copied to the clipboard"),
            "connectionLost": _(
                "Connection lost. Results will be stored and sent when you regain "
                "connection."
            ),
            "connectionReestablished": _("Connection reestablished."),
            "resubmitScores": _("Attempting to submit stored results."),
            "offlineDialogHeader": _("Your connection to the server was lost"),
            "offlineDialogBody": _(
                "We were unable to send information about your completion of this "
                "task. Please check your internet connection."
            ),
            "offlineDialogRetryMessage": _("Retrying in :num...."),
            "offlineDialogRetryButtonLabel": _("Retry now"),
            "offlineSuccessfulSubmit": _("Successfully submitted results."),
        }
    }
