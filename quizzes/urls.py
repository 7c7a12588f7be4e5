from django.urls import path

from . import views

# Language-neutral endpoints used by the lesson page's scripts and forms.
api_urlpatterns = [
    path(
        "quizzes/<int:lesson_id>/<str:activity_id>/autosave/",
        views.autosave,
        name="quiz_autosave",
    ),
    path(
        "quizzes/<int:lesson_id>/<str:activity_id>/submit/",
        views.submit,
        name="quiz_submit",
    ),
    path(
        "quizzes/<int:lesson_id>/<str:activity_id>/check/",
        views.check,
        name="quiz_check",
    ),
    path("lessons/<int:lesson_id>/reading/", views.reading, name="lesson_reading"),
]
