from django.urls import path

from . import views

urlpatterns = [
    path("reports/", views.dashboard, name="reports_dashboard"),
    path("reports/exports/", views.export_start, name="reports_export_start"),
    path("reports/exports/<uuid:pk>/", views.export_status, name="reports_export"),
    path(
        "reports/exports/<uuid:pk>/download/",
        views.export_download,
        name="reports_export_download",
    ),
    path("reports/questions/", views.question_analysis, name="reports_questions"),
    path("reports/releases/", views.releases_page, name="reports_releases"),
    path(
        "reports/releases/<slug:slug>/report/",
        views.quarterly_report,
        name="reports_quarterly_report",
    ),
    path(
        "reports/releases/<slug:slug>/report.pdf",
        views.quarterly_report_pdf,
        name="reports_quarterly_report_pdf",
    ),
    path("open-data/", views.open_data_page, name="open_data"),
    path(
        "open-data/uaiev0001/",
        views.commitment_progress,
        name="commitment_progress",
    ),
    path(
        "open-data/datapackage.json",
        views.open_data_package,
        name="open_data_package",
    ),
    path(
        "open-data/releases/<slug:slug>/<slug:table>.<str:fmt>",
        views.release_file,
        name="open_data_release_file",
    ),
    path("open-data/participation.csv", views.open_data_csv, name="open_data_csv"),
    path("open-data/participation.json", views.open_data_json, name="open_data_json"),
]
