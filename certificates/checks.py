"""A system check: the font that prints Cyrillic on certificates is installed."""

from django.core.checks import Warning, register

from .wording import font_dir


@register()
def certificate_font_installed(app_configs, **kwargs):
    missing = [
        name
        for name in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf")
        if not (font_dir() / name).is_file()
    ]
    if not missing:
        return []
    return [
        Warning(
            f"Certificates cannot be rendered: {', '.join(missing)} is missing "
            f"from {font_dir()}.",
            hint="Install the Debian package fonts-dejavu-core (make run does), "
            "or set CERTIFICATE_FONT_DIR.",
            id="certificates.W001",
        )
    ]
