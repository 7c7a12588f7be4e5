"""Security headers: a Content-Security-Policy without inline scripts on our pages."""

import re
from pathlib import Path

import pytest
from django.core.files.base import ContentFile, File
from django.core.files.storage import FileSystemStorage
from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction

from tests.factories import UserFactory

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


def test_documents_are_served_only_through_wagtails_checked_view(
    client, media, default_site, settings
):
    """A document in a private collection cannot be fetched from the media folder;
    Wagtail's document view serves it to those the collection admits, itself (not
    by a redirect to the raw file), and refuses everyone else."""
    assert settings.SERVE_MEDIA
    (media / "images").mkdir(parents=True, exist_ok=True)
    (media / "images" / "photo.txt").write_text("rendition")
    root = Collection.get_first_root_node()
    private = root.add_child(name="Для вчителів")
    CollectionViewRestriction.objects.create(
        collection=private, restriction_type=CollectionViewRestriction.LOGIN
    )
    Document = get_document_model()
    public = Document(title="Пам'ятка", collection=root)
    public.file.save("pamyatka.txt", ContentFile(b"public text"), save=False)
    public.save()
    secret = Document(title="Ключ відповідей", collection=private)
    secret.file.save("klyuch.txt", ContentFile(b"the answer key"), save=False)
    secret.save()
    assert (media / secret.file.name).is_file()

    # Renditions and other uploads still come from the media folder.
    assert b"".join(client.get("/media/images/photo.txt")) == b"rendition"
    # No document comes from it, whatever the spelling of the path.
    for document in (public, secret):
        for path in (
            f"/media/{document.file.name}",
            f"/media//{document.file.name}",
            f"/media/images/../{document.file.name}",
            f"/media/./{document.file.name}",
        ):
            response = client.get(path)
            assert response.status_code == 404, path
            assert b"answer key" not in b"".join(response)

    served = client.get(public.url)
    assert served.status_code == 200
    assert b"".join(served) == b"public text"
    refused = client.get(secret.url)
    assert refused.status_code == 302 and "/login/" in refused["Location"]
    learner = UserFactory()
    client.force_login(learner)
    allowed = client.get(secret.url)
    assert allowed.status_code == 200
    assert b"".join(allowed) == b"the answer key"


class StorageWithoutPaths(FileSystemStorage):
    """Storage that, like a bucket, gives a URL but no local path."""

    def path(self, name):
        raise NotImplementedError

    def _open(self, name, mode="rb"):
        return File(open(super().path(name), mode))

    def size(self, name):
        return Path(super().path(name)).stat().st_size


def test_documents_in_a_bucket_are_served_by_wagtail_not_by_a_redirect(
    client, media, default_site, settings
):
    """Even where uploads have a URL of their own, the document view sends the file
    itself: a redirect would hand out an address that skips the collection check."""
    document = get_document_model()(title="Пам'ятка")
    document.file.save("pamyatka.txt", ContentFile(b"public text"), save=False)
    document.save()
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {
            "BACKEND": f"{__name__}.StorageWithoutPaths",
            "OPTIONS": {"location": str(media)},
        },
    }
    response = client.get(document.url)
    assert response.status_code == 200
    assert b"".join(response) == b"public text"
