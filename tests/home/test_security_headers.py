"""Security headers: a Content-Security-Policy without inline scripts on our pages."""

import re
from pathlib import Path

import pytest

pytestmark = pytest.mark.django_db

TEMPLATES = Path(__file__).resolve().parents[2] / "templates"


def directives(header: str) -> dict[str, str]:
    return dict(
        part.strip().split(" ", 1) for part in header.split(";") if " " in part.strip()
    )


def test_our_pages_allow_scripts_from_ourselves_only(client, site_pages):
    response = client.get("/about/")
    policy = directives(response["Content-Security-Policy"])
    assert policy["script-src"] == "'self'"
    assert "unsafe" not in response["Content-Security-Policy"]
    assert policy["object-src"] == "'none'"
    assert policy["frame-ancestors"] == "'self'"


def test_the_admin_and_the_h5p_frame_keep_their_own_policies(admin_client, h5p_package):
    assert "Content-Security-Policy" not in admin_client.get("/admin/")
    frame = admin_client.get(f"/h5p/play/{h5p_package.pk}/{h5p_package.version_key}/")
    assert frame["Content-Security-Policy"].startswith("sandbox allow-scripts")


def test_no_template_holds_an_inline_script():
    inline = []
    for path in TEMPLATES.rglob("*.html"):
        for tag in re.findall(r"<script\b[^>]*>", path.read_text()):
            if "src=" not in tag and "application/json" not in tag:
                inline.append(f"{path.relative_to(TEMPLATES)}: {tag}")
        if re.search(r"\son[a-z]+=\"", path.read_text()):
            inline.append(f"{path.relative_to(TEMPLATES)}: an on… handler attribute")
    assert inline == []


def test_uploaded_files_cannot_run_script_at_our_origin(client, media, h5p_package):
    (media / "images").mkdir(parents=True, exist_ok=True)
    (media / "images" / "x.svg").write_text(
        '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'
    )
    response = client.get("/media/images/x.svg")
    assert response.status_code == 200
    assert response["Content-Security-Policy"].startswith("sandbox")
    assert response["X-Content-Type-Options"] == "nosniff"
    # H5P package files are reachable only through the H5P file view.
    stored = f"{h5p_package.content_path}/h5p.json"
    assert (media / stored).is_file()
    assert client.get(f"/media/{stored}").status_code == 404
    assert client.get("/media//" + stored).status_code == 404
