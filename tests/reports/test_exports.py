"""Background exports: queued, run by the task worker, downloadable by their owner."""

import io

import pytest
from django.core.management import call_command
from django.test import override_settings
from openpyxl import load_workbook

from reports.models import ExportJob
from tests.factories import UserFactory

DATABASE_QUEUE = {
    "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
    "reports": {"BACKEND": "django_tasks_db.DatabaseBackend"},
}


def start(client, **data):
    return client.post("/en/reports/exports/", {"fmt": "xlsx", **data})


def test_the_full_breakdown_is_prepared_and_only_its_owner_downloads_it(
    client, city, analyst, password, settings
):
    settings.REPORTS_SUPPRESSION_THRESHOLD = 1  # the city is tiny: hide nothing
    client.login(username=analyst.username, password=password)
    response = start(client, district="obolonskyi", granularity="quarter")
    job = ExportJob.objects.get()
    assert response["Location"] == f"/en/reports/exports/{job.pk}/"
    assert job.status == ExportJob.DONE and job.progress == 100
    page = client.get(response["Location"]).content.decode()
    assert f"/en/reports/exports/{job.pk}/download/" in page
    assert client.get(response["Location"] + "?poll=1").json() == {
        "status": "done",
        "progress": 100,
        "finished": True,
    }
    download = client.get(f"/en/reports/exports/{job.pk}/download/")
    rows = list(
        load_workbook(io.BytesIO(download.content)).active.iter_rows(values_only=True)
    )
    assert rows[0][:5] == (
        "Period",
        "District",
        "Kind of institution",
        "Institution",
        "Module",
    )
    assert {row[3] for row in rows[1:]} == {"Ліцей № 1"}
    assert sum(row[5] for row in rows[1:]) == 3  # learners, one row per quarter

    other = UserFactory(username="insha", groups=list(analyst.groups.all()))
    client.login(username=other.username, password=password)
    assert client.get(f"/en/reports/exports/{job.pk}/").status_code == 404
    assert client.get(f"/en/reports/exports/{job.pk}/download/").status_code == 404


def test_bad_export_requests_change_nothing(client, city, analyst, password):
    client.login(username=analyst.username, password=password)
    response = start(client, fmt="pdf")
    assert response.status_code == 302 and ExportJob.objects.count() == 0
    start(client, district="atlantis")
    assert ExportJob.objects.count() == 0
    client.login(username="olha", password=password)
    assert start(client).status_code == 403
    assert client.get("/reports/exports/").status_code == 405


# The worker opens its own transactions, as it does in production.
@pytest.mark.django_db(transaction=True)
@override_settings(TASKS=DATABASE_QUEUE)
def test_the_database_queue_waits_for_the_worker(client, city, analyst, password):
    client.login(username=analyst.username, password=password)
    response = start(client, fmt="csv")
    job = ExportJob.objects.get()
    assert job.status == ExportJob.QUEUED
    page = client.get(response["Location"]).content.decode()
    assert "data-export-poll" in page and "download/" not in page
    assert client.get(f"/reports/exports/{job.pk}/download/").status_code == 404

    call_command(
        "db_worker",
        "--batch",
        "--no-startup-delay",
        "--backend",
        "reports",
        verbosity=0,
    )

    job.refresh_from_db()
    assert job.status == ExportJob.DONE
    text = bytes(job.content).decode("utf-8")
    assert text.startswith("\ufeff") and "Ліцей № 1" in text
    assert "download/" in client.get(response["Location"]).content.decode()
