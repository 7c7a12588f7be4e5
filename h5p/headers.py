"""Response headers for the H5P player's static files (read by settings: no models)."""


def static_headers(headers, path: str, url: str) -> None:
    """whitenoise: the player's files may be loaded by the opaque-origin frame."""
    if "/h5p-standalone/" in url:
        headers["Access-Control-Allow-Origin"] = "*"
