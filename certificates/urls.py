from django.urls import path

from . import views

urlpatterns = [
    path("verify/", views.verify_lookup, name="certificate_verify_lookup"),
    path("verify/<str:number>/", views.verify, name="certificate_verify"),
    path(
        "mine/<str:number>/certificate.pdf",
        views.download,
        name="certificate_download",
    ),
    path(
        "mine/<str:number>/name/", views.confirm_name, name="certificate_confirm_name"
    ),
    path(
        "recognition/new/",
        views.recognition_new,
        name="certificate_recognition_new",
    ),
    path("grading/", views.pd_grading, name="certificate_pd_grading"),
    path("registry/", views.registry, name="certificate_registry"),
    path(
        "registry/recognition/",
        views.recognition_list,
        name="certificate_recognition_list",
    ),
    path(
        "registry/recognition/export.csv",
        views.recognition_export,
        {"fmt": "csv"},
        name="certificate_recognition_csv",
    ),
    path(
        "registry/recognition/export.xlsx",
        views.recognition_export,
        {"fmt": "xlsx"},
        name="certificate_recognition_xlsx",
    ),
    path(
        "registry/recognition/<int:pk>/",
        views.recognition_detail,
        name="certificate_recognition_detail",
    ),
    path(
        "registry/export.csv",
        views.registry_export,
        {"fmt": "csv"},
        name="certificate_registry_csv",
    ),
    path(
        "registry/export.xlsx",
        views.registry_export,
        {"fmt": "xlsx"},
        name="certificate_registry_xlsx",
    ),
    path(
        "registry/<str:number>/reissue/",
        views.registry_reissue,
        name="certificate_registry_reissue",
    ),
    path(
        "registry/<str:number>/",
        views.registry_detail,
        name="certificate_registry_detail",
    ),
]
