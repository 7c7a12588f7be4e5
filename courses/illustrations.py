"""Simple flat illustrations for the demo content, drawn with Pillow.

The project makes its own pictures rather than shipping photos of unknown licence.
Each motif is a few geometric shapes on a coloured background.
"""

from io import BytesIO

from PIL import Image, ImageDraw

WIDTH, HEIGHT = 1200, 675
WHITE = (255, 255, 255)
YELLOW = (255, 213, 0)
LIGHT = (214, 228, 245)


def _hex(colour: str) -> tuple[int, int, int]:
    colour = colour.lstrip("#")
    return tuple(int(colour[i : i + 2], 16) for i in (0, 2, 4))


def _people(draw, x0, y, n, size=46):
    for i in range(n):
        x = x0 + i * size * 2
        draw.ellipse([x, y, x + size, y + size], fill=WHITE)
        draw.rounded_rectangle(
            [x - size * 0.3, y + size * 1.15, x + size * 1.3, y + size * 2.6],
            radius=size * 0.5,
            fill=WHITE,
        )


def _consultation(draw):
    draw.rounded_rectangle([170, 140, 620, 380], radius=40, fill=WHITE)
    draw.polygon([(260, 380), (330, 380), (250, 460)], fill=WHITE)
    draw.rounded_rectangle([580, 260, 1030, 500], radius=40, fill=YELLOW)
    draw.polygon([(930, 500), (860, 500), (950, 580)], fill=YELLOW)
    for i in range(3):
        draw.rounded_rectangle(
            [220, 190 + i * 55, 570 - i * 60, 215 + i * 55], 10, LIGHT
        )


def _petition(draw):
    draw.rounded_rectangle([390, 90, 810, 600], radius=24, fill=WHITE)
    for i in range(6):
        draw.rounded_rectangle(
            [440, 150 + i * 55, 760 - (i % 2) * 90, 172 + i * 55], 8, LIGHT
        )
    draw.ellipse([700, 440, 900, 640], fill=YELLOW)
    draw.line([(745, 540), (790, 585), (860, 490)], fill=(20, 20, 20), width=18)


def _data(draw):
    base = 560
    for i, height in enumerate((160, 260, 210, 360, 300)):
        x = 250 + i * 150
        fill = YELLOW if i == 3 else WHITE
        draw.rounded_rectangle([x, base - height, x + 100, base], radius=12, fill=fill)
    draw.line([(200, base + 10), (1000, base + 10)], fill=WHITE, width=8)


def _hub(draw):
    draw.polygon([(300, 330), (600, 120), (900, 330)], fill=YELLOW)
    draw.rectangle([350, 330, 850, 590], fill=WHITE)
    draw.rounded_rectangle([550, 430, 650, 590], radius=16, fill=LIGHT)
    draw.rectangle([400, 380, 500, 460], fill=LIGHT)
    draw.rectangle([700, 380, 800, 460], fill=LIGHT)


def _volunteer(draw):
    x, y = 600, 250
    draw.ellipse([x - 190, y - 170, x + 10, y + 30], fill=YELLOW)
    draw.ellipse([x - 10, y - 170, x + 190, y + 30], fill=YELLOW)
    draw.polygon([(x - 182, y - 40), (x + 182, y - 40), (x, y + 200)], fill=YELLOW)
    _people(draw, 330, 500, 4, size=40)


def _teacher(draw):
    draw.rounded_rectangle([180, 120, 820, 480], radius=18, fill=WHITE)
    for i in range(4):
        draw.rounded_rectangle(
            [230, 170 + i * 70, 700 - i * 80, 200 + i * 70], 10, LIGHT
        )
    _people(draw, 880, 300, 1, size=70)
    draw.line([(820, 360), (700, 300)], fill=YELLOW, width=14)


def _city(draw):
    heights = (220, 330, 270, 420, 300, 240, 380)
    for i, height in enumerate(heights):
        x = 160 + i * 130
        draw.rectangle([x, 600 - height, x + 110, 600], fill=WHITE)
        for row in range(3):
            draw.rectangle(
                [x + 25, 630 - height + row * 60, x + 85, 655 - height + row * 60],
                fill=LIGHT,
            )
    draw.ellipse([900, 80, 1040, 220], fill=YELLOW)


MOTIFS = {
    "consultation": _consultation,
    "petition": _petition,
    "data": _data,
    "hub": _hub,
    "volunteer": _volunteer,
    "teacher": _teacher,
    "city": _city,
}


def draw_illustration(motif: str, colour: str = "#0b4f9c") -> bytes:
    """A PNG of the motif on a background of `colour`."""
    image = Image.new("RGB", (WIDTH, HEIGHT), _hex(colour))
    draw = ImageDraw.Draw(image)
    MOTIFS.get(motif, _city)(draw)
    out = BytesIO()
    image.save(out, format="PNG", optimize=True)
    return out.getvalue()
