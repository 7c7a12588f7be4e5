"""URL configuration.

Ukrainian pages live at the root (`/…`), English ones under `/en/…`. The Wagtail admin,
the health check and static/media files are language-neutral.
"""

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path, re_path
from django.views.generic import RedirectView
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from accounts import views as accounts_views
from h5p import urls as h5p_urls
from home import views as home_views
from offline import urls as offline_urls
from quizzes.urls import api_urlpatterns as quiz_api_urls

handler500 = "home.views.server_error"

urlpatterns = [
    path("healthz", home_views.healthz, name="healthz"),
    path("django-admin/", admin.site.urls),
    # Wagtail's own password reset is off (WAGTAIL_PASSWORD_RESET_ENABLED): editors
    # reset theirs with allauth's, which is rate limited. Django admin's log-in page
    # links to the URL of this name too.
    path(
        "admin/password_reset/",
        RedirectView.as_view(pattern_name="account_reset_password"),
        name="admin_password_reset",
    ),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("api/", include(quiz_api_urls)),
    path("api/", include(h5p_urls.api_urlpatterns)),
    path("api/", include(offline_urls.api_urlpatterns)),
    path("", include(offline_urls.root_urlpatterns)),
    path("", include(h5p_urls.urlpatterns)),
]

if settings.BENCH_BASELINE:
    # The benchmark's yardstick; absent unless BENCH_BASELINE is set (see bench/).
    urlpatterns.append(
        path("bench/baseline/", home_views.bench_baseline, name="bench_baseline")
    )

if settings.SERVE_MEDIA:
    media_prefix = settings.MEDIA_URL.lstrip("/")
    urlpatterns += [
        re_path(rf"^{media_prefix}(?P<path>.*)$", home_views.media, name="media")
    ]

urlpatterns += i18n_patterns(
    path("accounts/profile/", include("accounts.urls")),
    path("", include(offline_urls.urlpatterns)),
    path("learning/", include("learning.urls")),
    path("", include("classes.urls")),
    path("certificates/", include("certificates.urls")),
    path("", include("reports.urls")),
    # allauth's logout, clearing the browser's site data (accounts.views).
    path("accounts/logout/", accounts_views.log_out, name="account_logout"),
    path("accounts/", include("allauth.urls")),
    # Wagtail's page tree comes last: it answers every path not matched above.
    path("", include(wagtail_urls)),
    prefix_default_language=False,
)
