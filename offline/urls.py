from django.urls import path

from . import views

# Language-neutral: the service worker sits at the root so its scope is the site.
root_urlpatterns = [
    path("sw.js", views.service_worker, name="service_worker"),
]
api_urlpatterns = [
    path("offline/packs/<int:course_id>/", views.pack, name="offline_pack"),
    path("offline/versions/", views.versions, name="offline_versions"),
    path("offline/assigned/", views.assigned, name="offline_assigned"),
]
# Under the language prefix: the manifest and the saved-modules page are translated.
urlpatterns = [
    path("manifest.webmanifest", views.manifest, name="web_manifest"),
    path("learning/offline/", views.saved, name="offline_saved"),
]
