"""Draw the installable app's icons (static/img/app-icon-*.png) with Pillow.

The same picture as static/img/logo.svg (a yellow building with columns on the
site's blue), drawn at each size the web app manifest names; the maskable icon
keeps the picture inside the central safe zone. Run again after changing the logo:
    .venv/bin/python scripts/draw_app_icons.py
"""

from pathlib import Path

from PIL import Image, ImageDraw

BLUE = "#0b4f9c"
YELLOW = "#ffd500"
OUT = Path(__file__).resolve().parents[1] / "static" / "img"
# The logo's shapes on its 32-unit grid: base, three columns, roof.
RECTS = [(6, 22, 26, 25), (8, 12, 11, 21), (14.5, 12, 17.5, 21), (21, 12, 24, 21)]
ROOF = [(16, 5), (27, 10), (5, 10)]


def draw(size: int, *, maskable: bool) -> Image.Image:
    image = Image.new("RGB", (size, size), BLUE)
    pen = ImageDraw.Draw(image)
    # A maskable icon may be cut to a circle of 80% of its width.
    scale = size / 32 * (0.7 if maskable else 1.0)
    offset = (size - 32 * scale) / 2

    def at(x: float, y: float) -> tuple[float, float]:
        return offset + x * scale, offset + y * scale

    for x0, y0, x1, y1 in RECTS:
        pen.rectangle([at(x0, y0), at(x1, y1)], fill=YELLOW)
    pen.polygon([at(x, y) for x, y in ROOF], fill=YELLOW)
    return image


def main() -> None:
    for size in (192, 512):
        draw(size, maskable=False).save(OUT / f"app-icon-{size}.png", optimize=True)
    draw(512, maskable=True).save(OUT / "app-icon-maskable-512.png", optimize=True)


if __name__ == "__main__":
    main()
