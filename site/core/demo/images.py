"""Demo images made here: a theme illustration per theme and a monogram per provider.

Drawn with Pillow, stored as Wagtail images (one per language, so the alt text, Wagtail's
image description, is in the page's language) with the renditions the templates ask for.
Found by title, so a second run adds nothing.
"""

import math
from io import BytesIO

from django.core.files.images import ImageFile
from PIL import Image as Canvas
from PIL import ImageDraw, ImageFont
from wagtail.images import get_image_model

from .pages import load_data

DATA = "core.demo"
SIZE = (1200, 630)
RENDITIONS = ["fill-1200x630", "fill-600x315", "width-1000", "max-240x120"]


def _store(title, alt, draw):
    Image = get_image_model()
    image = Image.objects.filter(title=title).first()
    if image is None:
        buffer = BytesIO()
        draw().save(buffer, format="PNG", optimize=True)
        name = "".join(c if c.isalnum() else "-" for c in title.lower()).strip("-")
        image = Image(title=title, description=alt[:255])
        image.file = ImageFile(buffer, name=f"demo-{name[:60]}.png")
        image.save()
    for spec in RENDITIONS:
        image.get_rendition(spec)
    return image


def theme_image(slug, language="nl"):
    """The illustration of a theme (by slug), with title and alt text in `language`."""
    spec = load_data(DATA, "images")["themes"][slug]
    text = spec[language]
    return _store(text["title"], text["alt"], lambda: _illustration(spec["motif"], spec["colors"]))


def monogram_image(name, language="nl"):
    """A round monogram with the initials of an organisation's name."""
    spec = load_data(DATA, "images")["monogram"]
    initials = "".join(word[0] for word in name.split() if word[0].isupper())[:2] or name[:2]
    color = spec["palette"][sum(map(ord, name)) % len(spec["palette"])]
    text = spec[language]
    return _store(
        text["title"].format(name=name),
        text["alt"].format(name=name, initials=initials),
        lambda: _monogram(initials.upper(), color),
    )


def _font(size):
    try:
        return ImageFont.truetype("DejaVuSans-Bold.ttf", size)
    except OSError:
        return ImageFont.load_default(size)


def _monogram(initials, color):
    canvas = Canvas.new("RGB", (400, 400), "#ffffff")
    draw = ImageDraw.Draw(canvas)
    draw.ellipse((10, 10, 390, 390), fill=color)
    draw.text((200, 205), initials, fill="#ffffff", font=_font(150), anchor="mm")
    return canvas


def _illustration(motif, colors):
    background, main, accent = colors
    canvas = Canvas.new("RGB", SIZE, background)
    draw = ImageDraw.Draw(canvas)
    # A quiet ground line and a soft circle keep every illustration of one family.
    draw.ellipse((760, -160, 1360, 440), fill=_mix(background, main, 0.12))
    draw.rectangle((0, 520, 1200, 630), fill=_mix(background, main, 0.2))
    MOTIFS[motif](draw, main, accent)
    return canvas


def _mix(first, second, amount):
    a, b = _rgb(first), _rgb(second)
    return tuple(round(x + (y - x) * amount) for x, y in zip(a, b, strict=True))


def _rgb(color):
    return tuple(int(color[i : i + 2], 16) for i in (1, 3, 5))


def _person(draw, x, y, scale, color):
    draw.ellipse((x - 28 * scale, y, x + 28 * scale, y + 56 * scale), fill=color)
    draw.rounded_rectangle(
        (x - 45 * scale, y + 66 * scale, x + 45 * scale, y + 200 * scale), 30 * scale, fill=color
    )


def _people(draw, main, accent):
    draw.rectangle((180, 120, 1020, 330), fill=main)
    for x, filled in ((360, True), (600, False), (840, True)):
        if filled:
            _person(draw, x, 330, 1, accent)
        else:
            draw.ellipse((572, 330, 628, 386), outline=accent, width=6)


def _blocks(draw, main, accent):
    for row in range(3):
        for col in range(5):
            x, y = 250 + col * 150 + (60 if row == 1 else 0), 110 + row * 140
            draw.rounded_rectangle(
                (x, y, x + 120, y + 110), 16, fill=accent if (row + col) % 3 == 0 else main
            )


def _houses(draw, main, accent):
    for index, x in enumerate(range(120, 1100, 200)):
        color = accent if index == 2 else main
        height = 260 if index == 2 else 180
        draw.rectangle((x, 520 - height, x + 150, 520), fill=color)
        draw.polygon(
            [(x - 15, 520 - height), (x + 75, 440 - height), (x + 165, 520 - height)], fill=color
        )
    draw.line((0, 570, 1200, 570), fill=accent, width=10)


def _sun(draw, main, accent):
    draw.ellipse((500, 110, 700, 310), fill=main)
    for step in range(12):
        angle = step * math.pi / 6
        draw.line(
            (
                600 + 130 * math.cos(angle),
                210 + 130 * math.sin(angle),
                600 + 190 * math.cos(angle),
                210 + 190 * math.sin(angle),
            ),
            fill=main,
            width=14,
        )
    draw.ellipse((-200, 420, 1400, 900), fill=accent)


def _apple(draw, main, accent):
    draw.ellipse((430, 170, 630, 470), fill=accent)
    draw.ellipse((570, 170, 770, 470), fill=accent)
    draw.line((600, 190, 620, 110), fill=main, width=14)
    draw.ellipse((625, 90, 745, 150), fill=main)


def _hands(draw, main, accent):
    _person(draw, 500, 160, 1.6, main)
    _person(draw, 720, 300, 0.9, accent)


def _steps(draw, main, accent):
    for step in range(5):
        x = 260 + step * 140
        draw.rectangle((x, 500 - step * 80, x + 140, 520), fill=main)
    draw.regular_polygon((1010, 110, 60), 5, fill=accent)


def _circle(draw, main, accent):
    draw.ellipse((520, 240, 680, 400), fill=accent)
    for step in range(8):
        angle = step * math.pi / 4
        x, y = 600 + 240 * math.cos(angle), 300 + 200 * math.sin(angle)
        draw.ellipse((x - 40, y - 40, x + 40, y + 40), fill=main)


def _waves(draw, main, accent):
    for row in range(3):
        y = 400 + row * 45
        points = [(x, y + 18 * math.sin(x / 60)) for x in range(0, 1201, 20)]
        draw.line(points, fill=main, width=12)
    draw.polygon(
        [(650, 400), (900, 160), (1200, 160), (1200, 400)], fill=_mix("#ffffff", main, 0.3)
    )
    draw.line((960, 160, 960, 60), fill=accent, width=12)
    draw.ellipse((960, 50, 1060, 100), fill=accent)
    draw.ellipse((860, 70, 960, 120), fill=accent)


def _compass(draw, main, accent):
    draw.ellipse((450, 110, 750, 410), outline=main, width=18)
    draw.polygon([(600, 130), (640, 260), (600, 390), (560, 260)], fill=accent)
    draw.polygon([(600, 130), (640, 260), (560, 260)], fill=main)


MOTIFS = {
    "people": _people,
    "blocks": _blocks,
    "houses": _houses,
    "sun": _sun,
    "apple": _apple,
    "hands": _hands,
    "steps": _steps,
    "circle": _circle,
    "waves": _waves,
    "compass": _compass,
}
