"""The player frame and its files: external media by policy, video by ranges, CORS
preflight, popups for links, base-uri, and the media warnings editors see."""

import io
import json
import zipfile
from pathlib import Path

import pytest
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command

from h5p.blocks import H5PActivityBlock
from h5p.demo import build_package
from h5p.store import import_package
from tests.factories import UserFactory

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("media")]

YOUTUBE = "https://www.youtube.com/watch?v=dQw4w9WgXcQ"
VIDEO = bytes(range(256)) * 4  # 1 024 bytes standing in for an MP4


def with_content(source: io.BytesIO, changes: dict) -> io.BytesIO:
    """``source`` with the entries in ``changes`` replaced or added."""
    out = io.BytesIO()
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(out, "w") as new:
        for info in old.infolist():
            if info.filename not in changes:
                new.writestr(info, old.read(info))
        for name, content in changes.items():
            new.writestr(name, content)
    out.seek(0)
    return out


def demo_content() -> dict:
    return json.loads(zipfile.ZipFile(build_package("uk")).read("content/content.json"))


def package_with_media(*urls: str, files: dict | None = None):
    content = demo_content()
    content["civicedMedia"] = [{"path": url, "mime": "video/YouTube"} for url in urls]
    changes = {"content/content.json": json.dumps(content, ensure_ascii=False)}
    return import_package(
        with_content(build_package("uk"), {**changes, **(files or {})})
    )


def frame(client, package):
    return client.get(f"/h5p/play/{package.pk}/{package.version_key}/?lang=uk")


def directive(csp: str, name: str) -> str:
    return next(part for part in csp.split("; ") if part.startswith(name + " "))


# CORS


def test_package_files_answer_the_frames_cors_preflight(client, h5p_package):
    url = f"/h5p/files/{h5p_package.pk}/{h5p_package.version_key}/h5p.json"
    response = client.options(
        url,
        HTTP_ORIGIN="null",
        HTTP_ACCESS_CONTROL_REQUEST_METHOD="GET",
        HTTP_ACCESS_CONTROL_REQUEST_HEADERS="range, x-requested-with",
    )
    assert response.status_code == 204
    assert response["Access-Control-Allow-Origin"] == "*"
    assert "GET" in response["Access-Control-Allow-Methods"]
    assert response["Access-Control-Allow-Headers"] == "range, x-requested-with"
    assert "Access-Control-Allow-Credentials" not in response
    assert response["X-Content-Type-Options"] == "nosniff"
    # A header list that is not a list of names is not echoed.
    odd = client.options(
        url, HTTP_ORIGIN="null", HTTP_ACCESS_CONTROL_REQUEST_HEADERS="a b\r\nc"
    )
    assert odd.status_code == 204 and "Access-Control-Allow-Headers" not in odd
    got = client.get(url, HTTP_ORIGIN="null")
    assert got["Access-Control-Allow-Origin"] == "*"
    assert got["Content-Security-Policy"].startswith("sandbox")
    assert got["X-Content-Type-Options"] == "nosniff"
    # Other methods are still refused.
    assert client.post(url).status_code == 405


# Video files inside packages


def test_video_files_play_with_range_requests(client):
    package = package_with_media(files={"content/videos/clip.mp4": VIDEO})
    url = f"/h5p/files/{package.pk}/{package.version_key}/content/videos/clip.mp4"
    whole = client.get(url)
    assert whole.status_code == 200
    assert whole["Accept-Ranges"] == "bytes"
    assert whole["Content-Type"] == "video/mp4"
    assert b"".join(whole.streaming_content) == VIDEO

    part = client.get(url, HTTP_RANGE="bytes=100-199")
    assert part.status_code == 206
    assert part["Content-Range"] == "bytes 100-199/1024"
    assert part["Content-Length"] == "100"
    assert part["Content-Type"] == "video/mp4"
    assert b"".join(part.streaming_content) == VIDEO[100:200]
    assert part["X-Content-Type-Options"] == "nosniff"

    tail = client.get(url, HTTP_RANGE="bytes=1000-")
    assert tail["Content-Range"] == "bytes 1000-1023/1024"
    assert b"".join(tail.streaming_content) == VIDEO[1000:]
    suffix = client.get(url, HTTP_RANGE="bytes=-24")
    assert b"".join(suffix.streaming_content) == VIDEO[-24:]
    beyond = client.get(url, HTTP_RANGE="bytes=900-5000")
    assert beyond["Content-Range"] == "bytes 900-1023/1024"

    outside = client.get(url, HTTP_RANGE="bytes=2000-")
    assert outside.status_code == 416
    assert outside["Content-Range"] == "bytes */1024"
    # A range we do not serve (several, or nonsense) gets the whole file.
    for header in ("bytes=0-1,5-6", "lines=1-2", "bytes=9-3"):
        response = client.get(url, HTTP_RANGE=header)
        assert response.status_code == 200, header
        assert b"".join(response.streaming_content) == VIDEO


# The frame's policy


def test_the_frame_lets_links_open_new_windows_and_base_be_its_own(client, h5p_package):
    csp = frame(client, h5p_package)["Content-Security-Policy"]
    sandbox = directive(csp, "sandbox").split()
    assert {"allow-scripts", "allow-popups", "allow-popups-to-escape-sandbox"} <= set(
        sandbox
    )
    assert "allow-same-origin" not in sandbox
    assert directive(csp, "base-uri") == "base-uri 'self'"
    script = Path("static/js/h5p-activity.js").read_text()
    assert (
        "allow-scripts allow-downloads allow-popups allow-popups-to-escape-sandbox"
        in (script)
    )


def test_allowed_media_hosts_join_the_frame_policy_only_behind_a_click(
    client, settings, h5p_lesson
):
    settings.H5P_MEDIA_HOSTS = ["youtube-nocookie.com", "video.kyivcity.gov.ua"]
    package = package_with_media(YOUTUBE, "https://video.kyivcity.gov.ua/a/b.mp4")
    response = frame(client, package)
    csp = response["Content-Security-Policy"]
    assert "https://www.youtube.com" in directive(csp, "script-src")
    assert "https://www.youtube-nocookie.com" in directive(csp, "frame-src")
    assert "https://video.kyivcity.gov.ua" in directive(csp, "media-src")
    assert "https://video.kyivcity.gov.ua" not in directive(csp, "script-src")
    page = response.content.decode()
    assert "Це відео розміщено на video.kyivcity.gov.ua, YouTube." in page
    assert '<button type="button"' in page and "Завантажити відео" in page

    # The site's own policy never names them.
    lesson, _activity_id = h5p_lesson(package=package)
    site = client.get(lesson.url)
    assert "youtube" not in site.get("Content-Security-Policy", "")
    # A package without external media gets neither the sources nor the notice.
    plain = frame(client, package_with_media())
    assert "youtube" not in plain["Content-Security-Policy"]
    assert "Завантажити відео" not in plain.content.decode()


def test_a_host_not_allowed_stays_blocked_and_the_learner_is_told(client, settings):
    settings.H5P_MEDIA_HOSTS = ["vimeo.com"]
    package = package_with_media(YOUTUBE)
    response = frame(client, package)
    assert "youtube" not in response["Content-Security-Policy"]
    page = response.content.decode()
    assert "Завантажити відео" not in page
    assert "Відео з YouTube тут не відтворюється" in page


# Warnings for editors


def test_the_import_command_warns_about_media_hosts_not_allowed(
    tmp_path, capsys, settings
):
    settings.H5P_MEDIA_HOSTS = []
    content = demo_content()
    content["video"] = {"files": [{"path": YOUTUBE, "mime": "video/YouTube"}]}
    path = tmp_path / "video.h5p"
    path.write_bytes(
        with_content(
            build_package("uk"), {"content/content.json": json.dumps(content)}
        ).getvalue()
    )
    call_command("import_h5p", str(path))
    out = capsys.readouterr().out
    assert "imported as" in out or "імпортовано" in out
    assert "YouTube" in out and "H5P_MEDIA_HOSTS" in out


def test_the_admin_upload_and_the_lesson_editor_warn_about_media_hosts(
    client, settings
):
    settings.H5P_MEDIA_HOSTS = []
    content = demo_content()
    content["video"] = {"files": [{"path": YOUTUBE, "mime": "video/YouTube"}]}
    data = with_content(
        build_package("uk"), {"content/content.json": json.dumps(content)}
    )
    client.force_login(UserFactory(groups=[Group.objects.get(name="Moderators")]))
    response = client.post(
        "/admin/snippets/h5p/package/add/",
        {
            "title": "",
            "upload": SimpleUploadedFile("v.h5p", data.getvalue(), "application/zip"),
        },
        follow=True,
    )
    page = response.content.decode()
    assert "YouTube" in page and "H5P_MEDIA_HOSTS" in page

    from h5p.models import Package

    package = Package.objects.get()
    widget = H5PActivityBlock().child_blocks["package"].widget
    title = widget.get_value_data(package)["string"]
    assert title.startswith(package.title) and "YouTube" in title
    # As the editor chooses it in the block's chooser, too.
    chosen = client.get(f"/admin/snippets/choose/h5p/package/chosen/{package.pk}/")
    assert "H5P_MEDIA_HOSTS" in chosen.json()["result"]["string"]
    settings.H5P_MEDIA_HOSTS = ["youtube.com"]
    assert widget.get_value_data(package)["string"] == package.title
