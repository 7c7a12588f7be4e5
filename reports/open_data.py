"""Open data: the published releases (reports.releases) as the public sees them.

No live figure is public: the page, the files and the index read frozen releases
only. For each module and period the records form a table of districts by kinds of
institution with district totals, kind totals and the module's total. Hidden values
are empty in CSV and null in JSON. Each file's URL never changes
(/open-data/releases/<release>/<table>.csv or .json); datapackage.json lists them
all as a Frictionless Data package, for harvesters such as data.gov.ua's.
"""

from collections.abc import Callable

from django.conf import settings
from django.utils.translation import gettext_lazy as _

from .models import Release
from .releases import CORRECTIONS, PARTICIPATION, SCHEMAS
from .suppression import TOTAL

# The participation table's columns and their meaning, as on the page.
FIELDS = [(name, help_text) for name, _type, help_text in SCHEMAS[PARTICIPATION]]
TABLES = (PARTICIPATION, CORRECTIONS)
FORMATS = {
    "csv": ("text/csv; charset=utf-8", "text/csv"),
    "json": ("application/json; charset=utf-8", "application/json"),
}


def schemas() -> list[tuple[str, list[tuple[str, str, str]]]]:
    """Each table's name and columns (name, type, description), for the page."""
    return [(name, SCHEMAS[name]) for name in TABLES]


def summary(release: Release) -> list[dict]:
    """The release's module totals for the city, as shown on the page."""
    table = release.tables.get(PARTICIPATION)
    if table is None:
        return []
    return [
        r
        for r in table["records"]
        if r["district"] == TOTAL and r["institution_kind"] == TOTAL
    ]


def datapackage(releases: list[Release], url: Callable[[Release, str, str], str]):
    """A Frictionless Data package listing every table of every release."""
    licence = settings.OPEN_DATA_LICENCE
    resources = []
    for release in releases:
        for name, table in release.tables.items():
            for fmt, (_content_type, mediatype) in FORMATS.items():
                resource = {
                    "name": f"{release.slug}-{name}"
                    + ("" if fmt == "csv" else "-json"),
                    "path": url(release, name, fmt),
                    "title": table["title"]["en"],
                    "description": f"{table['title']['uk']} · {release.period_label}",
                    "format": fmt,
                    "mediatype": mediatype,
                    "encoding": "utf-8-sig" if fmt == "csv" else "utf-8",
                    "created": release.published_at.isoformat(timespec="seconds"),
                    "version": str(release.version),
                }
                if fmt == "csv":
                    resource["profile"] = "tabular-data-resource"
                    resource["schema"] = {
                        "fields": [
                            {
                                "name": field["name"],
                                "type": field["type"],
                                "description": field["description"]["en"],
                            }
                            for field in table["schema"]
                        ],
                        "missingValues": [""],
                    }
                resources.append(resource)
    return {
        "profile": "data-package",
        "name": "civiced-open-data",
        "title": str(_("Participation in civic-education modules in Kyiv")),
        "licenses": [dict(licence)],
        "resources": resources,
    }
