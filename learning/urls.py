from django.urls import path

from . import views

# The learner's own pages, under the language prefix.
urlpatterns = [
    path("", views.my_learning, name="my_learning"),
    path("export.json", views.export, {"fmt": "json"}, name="my_learning_json"),
    path("export.csv", views.export, {"fmt": "csv"}, name="my_learning_csv"),
]
