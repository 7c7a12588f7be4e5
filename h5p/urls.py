from django.urls import path

from . import views

# Language-neutral: the player frame and its files (public, cookie-free) and the
# learner endpoints the lesson page calls.
urlpatterns = [
    path("h5p/play/<int:pk>/<str:version>/", views.player, name="h5p_player"),
    path("h5p/offline/", views.offline_frame, name="h5p_offline_frame"),
    path(
        "h5p/files/<int:pk>/<str:version>/<path:path>",
        views.package_file,
        name="h5p_file",
    ),
]

api_urlpatterns = [
    path("h5p/<int:lesson_id>/<str:activity_id>/xapi/", views.xapi, name="h5p_xapi"),
    path("h5p/<int:lesson_id>/<str:activity_id>/state/", views.state, name="h5p_state"),
    path(
        "h5p/<int:lesson_id>/<str:activity_id>/viewed/",
        views.viewed,
        name="h5p_viewed",
    ),
]
