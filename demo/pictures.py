"""Drawn illustrations for the demo content, made with Pillow and shipped in `demo/art/`.

Nothing here is downloaded: every picture is drawn from shapes in code (CC0, like all demo
content). The files are committed; `load_demo_content` only reads them. To draw them again
after changing a scene: `python -m demo.pictures`.

Scenes are drawn at twice their size and scaled down, which smooths the edges.
"""

import math
import random
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter

ART = Path(__file__).resolve().parent / "art"
SCALE = 2

SKIN = [(241, 200, 170), (224, 172, 130), (198, 140, 100), (141, 94, 62), (250, 214, 188)]
HAIR = [(60, 40, 30), (120, 80, 40), (30, 30, 30), (200, 160, 90), (170, 170, 170)]
CLOTHES = [
    (11, 85, 99),
    (200, 80, 60),
    (240, 180, 60),
    (90, 140, 80),
    (120, 90, 160),
    (60, 110, 180),
    (220, 120, 150),
    (80, 80, 90),
]


class Canvas:
    """A picture being drawn, in output coordinates (scaled up internally)."""

    def __init__(self, width, height, seed):
        self.width, self.height = width, height
        self.image = Image.new("RGB", (width * SCALE, height * SCALE), (255, 255, 255))
        self.draw = ImageDraw.Draw(self.image)
        self.random = random.Random(seed)  # noqa: S311 (placing shapes, no secrets)

    def _box(self, x0, y0, x1, y1):
        return [round(v * SCALE) for v in (x0, y0, x1, y1)]

    def rect(self, x0, y0, x1, y1, fill, radius=0, outline=None, width=0):
        self.draw.rounded_rectangle(
            self._box(x0, y0, x1, y1),
            radius=round(radius * SCALE),
            fill=fill,
            outline=outline,
            width=round(width * SCALE),
        )

    def ellipse(self, x0, y0, x1, y1, fill, outline=None, width=0):
        self.draw.ellipse(
            self._box(x0, y0, x1, y1), fill=fill, outline=outline, width=round(width * SCALE)
        )

    def circle(self, x, y, r, fill, outline=None, width=0):
        self.ellipse(x - r, y - r, x + r, y + r, fill, outline, width)

    def polygon(self, points, fill):
        self.draw.polygon([(x * SCALE, y * SCALE) for x, y in points], fill=fill)

    def line(self, points, fill, width):
        self.draw.line(
            [(x * SCALE, y * SCALE) for x, y in points], fill=fill, width=round(width * SCALE)
        )

    def gradient(self, y0, y1, top, bottom):
        """A vertical gradient band (sky, floor, wall)."""
        a, b = round(y0 * SCALE), round(y1 * SCALE)
        for y in range(a, b):
            t = (y - a) / max(b - a - 1, 1)
            colour = tuple(round(top[i] + (bottom[i] - top[i]) * t) for i in range(3))
            self.draw.line([(0, y), (self.width * SCALE, y)], fill=colour)

    def save(self, name, quality=84):
        picture = self.image.resize((self.width, self.height), Image.LANCZOS)
        picture = picture.filter(ImageFilter.UnsharpMask(radius=1, percent=40, threshold=2))
        ART.mkdir(exist_ok=True)
        path = ART / f"{name}.jpg"
        picture.save(path, "JPEG", quality=quality, optimize=True, progressive=True)
        return path


def sky(c, horizon, top=(120, 180, 230), bottom=(214, 236, 248), sun=True):
    c.gradient(0, horizon, top, bottom)
    if sun:
        x = c.random.uniform(0.7, 0.9) * c.width
        c.circle(x, horizon * 0.25, 70, (255, 236, 170))
        c.circle(x, horizon * 0.25, 48, (255, 214, 90))
    for _ in range(3):
        x = c.random.uniform(0.05, 0.6) * c.width
        y = c.random.uniform(0.12, 0.4) * horizon
        for dx, dy, r in ((0, 0, 34), (38, -12, 42), (80, 0, 32), (40, 10, 30)):
            c.circle(x + dx, y + dy, r, (250, 252, 255))


def ground(c, horizon, colour=(120, 175, 95), far=(150, 195, 120)):
    c.gradient(horizon, c.height, far, colour)
    for _ in range(3):
        x = c.random.uniform(-0.2, 0.9) * c.width
        c.ellipse(x, horizon - 60, x + c.width * 0.6, horizon + 80, far)


def tree(c, x, base, size=1.0, crown=(70, 140, 70)):
    c.rect(x - 9 * size, base - 90 * size, x + 9 * size, base, (110, 78, 50), radius=3)
    dark = tuple(max(v - 25, 0) for v in crown)
    for dx, dy, r in ((0, -130, 55), (-40, -100, 42), (40, -100, 44), (0, -80, 40)):
        c.circle(x + dx * size, base + dy * size, r * size, dark)
    for dx, dy, r in ((-8, -138, 46), (-36, -106, 32), (32, -108, 34)):
        c.circle(x + dx * size, base + dy * size, r * size, crown)


def person(c, x, base, height=200, shirt=None, skin=None, hair=None, arms_up=False, holds=None):
    """A standing person seen from the front, feet at `base`."""
    r = c.random
    shirt = shirt or r.choice(CLOTHES)
    skin = skin or r.choice(SKIN)
    hair = hair or r.choice(HAIR)
    trousers = r.choice([(50, 60, 80), (70, 70, 70), (40, 70, 110), (110, 90, 70)])
    h = height
    head = h * 0.13
    body_w = h * 0.30
    # legs
    c.rect(x - body_w * 0.38, base - h * 0.45, x - 2, base, trousers, radius=h * 0.03)
    c.rect(x + 2, base - h * 0.45, x + body_w * 0.38, base, trousers, radius=h * 0.03)
    c.ellipse(x - body_w * 0.5, base - h * 0.04, x, base + h * 0.01, (40, 40, 40))
    c.ellipse(x, base - h * 0.04, x + body_w * 0.5, base + h * 0.01, (40, 40, 40))
    # arms
    arm_w = h * 0.07
    if arms_up:
        c.line(
            [(x - body_w * 0.45, base - h * 0.72), (x - body_w * 0.9, base - h * 0.98)],
            shirt,
            arm_w,
        )
        c.line(
            [(x + body_w * 0.45, base - h * 0.72), (x + body_w * 0.9, base - h * 0.98)],
            shirt,
            arm_w,
        )
    else:
        c.rect(
            x - body_w * 0.62,
            base - h * 0.76,
            x - body_w * 0.38,
            base - h * 0.42,
            shirt,
            radius=arm_w / 2,
        )
        c.rect(
            x + body_w * 0.38,
            base - h * 0.76,
            x + body_w * 0.62,
            base - h * 0.42,
            shirt,
            radius=arm_w / 2,
        )
        c.circle(x - body_w * 0.5, base - h * 0.42, arm_w * 0.45, skin)
        c.circle(x + body_w * 0.5, base - h * 0.42, arm_w * 0.45, skin)
    # body
    c.rect(x - body_w / 2, base - h * 0.78, x + body_w / 2, base - h * 0.40, shirt, radius=h * 0.07)
    # head and hair
    cy = base - h * 0.78 - head * 0.95
    c.circle(x, cy + head * 0.15, head * 1.05, hair)
    c.circle(x, cy + head * 0.3, head * 0.92, skin)
    c.ellipse(x - head * 0.95, cy - head * 0.75, x + head * 0.95, cy + head * 0.1, hair)
    if holds:
        c.rect(
            x - body_w * 0.3, base - h * 0.62, x + body_w * 0.45, base - h * 0.46, holds, radius=2
        )


def group(c, xs, base, heights, **kwargs):
    for x, h in zip(xs, heights, strict=True):
        person(c, x, base, h, **kwargs)


def windows(c, x0, y0, x1, y1, cols, rows, frame, glass=(190, 220, 240), lit=0.0):
    cw = (x1 - x0) / cols
    rh = (y1 - y0) / rows
    for i in range(cols):
        for j in range(rows):
            colour = (255, 226, 140) if c.random.random() < lit else glass
            wx, wy = x0 + i * cw + cw * 0.2, y0 + j * rh + rh * 0.18
            c.rect(wx, wy, wx + cw * 0.6, wy + rh * 0.64, frame, radius=2)
            c.rect(wx + 3, wy + 3, wx + cw * 0.6 - 3, wy + rh * 0.64 - 3, colour, radius=1)


def house(c, x, base, w, h, wall, roof, door=(150, 70, 50)):
    c.rect(x, base - h, x + w, base, wall)
    c.polygon([(x - 15, base - h), (x + w / 2, base - h - h * 0.55), (x + w + 15, base - h)], roof)
    windows(c, x + 10, base - h + 15, x + w - 10, base - h * 0.45, 3, 1, (255, 255, 255))
    c.rect(x + w * 0.42, base - h * 0.42, x + w * 0.58, base, door, radius=6)


def town_hall(c, x, base, w, h):
    """A brick town hall with a clock tower and stepped gable."""
    brick = (178, 92, 70)
    stone = (236, 226, 206)
    c.rect(x, base - h, x + w, base, brick)
    tower_w = w * 0.18
    tx = x + w / 2 - tower_w / 2
    c.rect(tx, base - h * 1.75, tx + tower_w, base - h, brick)
    c.polygon(
        [
            (tx - 8, base - h * 1.75),
            (tx + tower_w / 2, base - h * 2.15),
            (tx + tower_w + 8, base - h * 1.75),
        ],
        (70, 110, 100),
    )
    c.circle(tx + tower_w / 2, base - h * 1.48, tower_w * 0.33, stone)
    c.circle(tx + tower_w / 2, base - h * 1.48, tower_w * 0.27, (250, 250, 245))
    c.line(
        [(tx + tower_w / 2, base - h * 1.48), (tx + tower_w / 2, base - h * 1.58)], (40, 40, 40), 4
    )
    c.line(
        [(tx + tower_w / 2, base - h * 1.48), (tx + tower_w * 0.68, base - h * 1.48)],
        (40, 40, 40),
        3,
    )
    c.line(
        [(tx + tower_w / 2, base - h * 2.15), (tx + tower_w / 2, base - h * 2.35)], (60, 60, 60), 3
    )
    c.polygon(
        [
            (tx + tower_w / 2, base - h * 2.35),
            (tx + tower_w / 2 + 40, base - h * 2.3),
            (tx + tower_w / 2, base - h * 2.25),
        ],
        (11, 85, 99),
    )
    for side in (x, x + w * 0.62):
        steps = 4
        sw = w * 0.38 / steps
        for i in range(steps):
            c.rect(
                side + i * sw / 2,
                base - h - (i + 1) * 22,
                side + w * 0.38 - i * sw / 2,
                base - h - i * 22 + 1,
                brick,
            )
    c.rect(x, base - h * 0.5, x + w, base - h * 0.46, stone)
    windows(c, x + 15, base - h + 20, x + w - 15, base - h * 0.52, 8, 2, stone, lit=0.15)
    windows(c, x + 15, base - h * 0.44, x + w * 0.4, base - 20, 3, 1, stone)
    windows(c, x + w * 0.6, base - h * 0.44, x + w - 15, base - 20, 3, 1, stone)
    c.rect(x + w * 0.43, base - h * 0.42, x + w * 0.57, base, stone, radius=30)
    c.rect(x + w * 0.45, base - h * 0.38, x + w * 0.55, base, (110, 60, 40), radius=24)
    c.rect(x - 30, base - 8, x + w + 30, base + 14, (190, 180, 165))


def kita():
    c = Canvas(960, 640, "kita")
    sky(c, 380)
    ground(c, 380)
    tree(c, 90, 470, 1.2)
    house(c, 220, 470, 380, 190, (250, 220, 120), (200, 80, 60))
    for i, colour in enumerate(CLOTHES[:5]):
        c.circle(260 + i * 70, 320, 14, colour)  # painted handprints on the wall
    # slide
    c.rect(700, 330, 712, 480, (90, 90, 100))
    c.rect(758, 330, 770, 480, (90, 90, 100))
    for y in range(345, 480, 28):
        c.rect(700, y, 770, y + 6, (90, 90, 100))
    c.polygon([(770, 330), (905, 470), (880, 482), (756, 350)], (60, 110, 180))
    c.rect(690, 320, 780, 336, (200, 80, 60), radius=4)
    person(c, 735, 330, 90, arms_up=True)
    group(c, [160, 420, 500, 610, 840], 590, [200, 95, 110, 100, 90])
    c.circle(560, 585, 20, (240, 180, 60))
    return c.save("kita")


def pflege():
    c = Canvas(960, 640, "pflege")
    sky(c, 330, top=(150, 190, 225), bottom=(235, 240, 235))
    ground(c, 330, colour=(110, 160, 90))
    tree(c, 120, 430, 1.4, crown=(90, 150, 80))
    tree(c, 840, 420, 1.2, crown=(200, 150, 60))
    # path
    c.polygon([(380, 640), (580, 640), (520, 330), (470, 330)], (214, 196, 160))
    # bench
    c.rect(280, 470, 700, 490, (140, 95, 60), radius=4)
    c.rect(280, 420, 700, 438, (140, 95, 60), radius=4)
    c.rect(300, 488, 314, 560, (60, 60, 60))
    c.rect(666, 488, 680, 560, (60, 60, 60))
    person(c, 400, 560, 210, hair=(215, 215, 215), shirt=(120, 90, 160))
    person(c, 580, 560, 230, shirt=(11, 85, 99))
    # walker beside the older person
    c.line([(230, 560), (250, 440), (300, 440), (310, 560)], (150, 150, 160), 7)
    c.circle(230, 560, 12, (50, 50, 50))
    c.circle(310, 560, 12, (50, 50, 50))
    # heart above both
    c.circle(470, 250, 34, (220, 90, 100))
    c.circle(526, 250, 34, (220, 90, 100))
    c.polygon([(438, 264), (558, 264), (498, 330)], (220, 90, 100))
    return c.save("pflege")


def vereinbarkeit():
    c = Canvas(960, 640, "vereinbarkeit")
    sky(c, 400, top=(250, 200, 150), bottom=(250, 235, 210), sun=False)
    c.circle(480, 400, 90, (255, 200, 110))
    ground(c, 400, colour=(140, 170, 110), far=(170, 195, 130))
    # office block left
    c.rect(60, 130, 330, 480, (170, 185, 200))
    windows(c, 75, 145, 315, 470, 5, 7, (140, 150, 165), glass=(210, 230, 245), lit=0.3)
    # home right
    house(c, 640, 480, 240, 160, (240, 240, 230), (90, 120, 160))
    # path between them
    c.polygon([(330, 480), (640, 480), (700, 640), (260, 640)], (214, 196, 160))
    # clock in the sky
    c.circle(480, 170, 80, (255, 255, 255), outline=(80, 80, 90), width=8)
    for i in range(12):
        a = math.tau * i / 12
        c.circle(480 + 62 * math.sin(a), 170 - 62 * math.cos(a), 5, (80, 80, 90))
    c.line([(480, 170), (480, 115)], (80, 80, 90), 8)
    c.line([(480, 170), (525, 190)], (200, 80, 60), 6)
    person(c, 430, 600, 220, shirt=(60, 110, 180), holds=(110, 80, 50))
    person(c, 510, 600, 110, shirt=(240, 180, 60))
    return c.save("vereinbarkeit")


def bildung():
    c = Canvas(960, 640, "bildung")
    sky(c, 360)
    ground(c, 360)
    # school building
    c.rect(140, 150, 820, 470, (236, 220, 190))
    c.rect(120, 130, 840, 160, (170, 90, 70))
    windows(c, 160, 175, 800, 440, 8, 3, (255, 255, 255), lit=0.1)
    c.rect(430, 360, 530, 470, (11, 85, 99), radius=6)
    # books
    for i, colour in enumerate([(200, 80, 60), (60, 110, 180), (240, 180, 60), (90, 140, 80)]):
        c.rect(60 + i * 8, 560 - (i + 1) * 34, 260 - i * 6, 560 - i * 34, colour, radius=4)
        c.rect(
            70 + i * 8,
            560 - (i + 1) * 34 + 8,
            250 - i * 6,
            560 - (i + 1) * 34 + 12,
            (255, 255, 255),
        )
    group(c, [380, 460, 560, 640, 760], 600, [110, 120, 230, 105, 115])
    return c.save("bildung")


def bericht():
    c = Canvas(960, 640, "bericht")
    c.gradient(0, 420, (225, 232, 236), (205, 214, 220))
    c.gradient(420, 640, (170, 125, 85), (140, 100, 65))  # desk
    # report pages
    c.rect(180, 90, 560, 600, (200, 200, 200), radius=8)
    c.rect(170, 80, 550, 590, (255, 255, 255), radius=8)
    c.rect(200, 110, 520, 150, (11, 85, 99), radius=4)
    for i in range(5):
        c.rect(200, 175 + i * 22, 520 - (i % 2) * 80, 185 + i * 22, (190, 195, 200), radius=3)
    # bar chart: fewer children, more older people
    values = [150, 130, 120, 140, 175, 205]
    for i, v in enumerate(values):
        colour = (60, 110, 180) if i < 3 else (200, 80, 60)
        c.rect(215 + i * 50, 560 - v, 250 + i * 50, 560, colour, radius=3)
    c.line([(205, 562), (515, 562)], (80, 80, 90), 3)
    # pie chart on a second sheet
    c.rect(600, 200, 860, 520, (255, 255, 255), radius=8)
    box = [660 * SCALE, 260 * SCALE, 800 * SCALE, 400 * SCALE]
    c.draw.pieslice(box, 0, 130, fill=(240, 180, 60))
    c.draw.pieslice(box, 130, 250, fill=(90, 140, 80))
    c.draw.pieslice(box, 250, 360, fill=(11, 85, 99))
    for i in range(3):
        c.rect(640, 430 + i * 24, 820 - i * 30, 440 + i * 24, (190, 195, 200), radius=3)
    # pen and cup
    c.line([(600, 600), (760, 560)], (40, 40, 60), 10)
    c.rect(820, 520, 900, 610, (200, 80, 60), radius=10)
    c.ellipse(820, 510, 900, 530, (120, 60, 40))
    return c.save("bericht")


def rathaus():
    c = Canvas(960, 640, "rathaus")
    sky(c, 440)
    c.gradient(440, 640, (200, 195, 185), (170, 165, 155))  # square
    tree(c, 80, 500, 1.3)
    tree(c, 890, 500, 1.2)
    town_hall(c, 230, 500, 500, 260)
    group(c, [170, 230, 600, 660, 720, 820], 610, [210, 105, 220, 120, 200, 95])
    return c.save("rathaus")


def freizeit():
    c = Canvas(960, 640, "freizeit")
    sky(c, 300)
    ground(c, 300, colour=(90, 160, 80), far=(130, 185, 110))
    for x in (60, 180, 800, 910):
        tree(c, x, 330, 0.9)
    # pitch lines and goal
    c.ellipse(330, 420, 630, 520, (90, 160, 80), outline=(240, 245, 240), width=5)
    c.line([(480, 360), (480, 640)], (240, 245, 240), 5)
    c.rect(40, 380, 56, 560, (245, 245, 245))
    c.rect(40, 380, 200, 396, (245, 245, 245))
    c.rect(184, 380, 200, 560, (245, 245, 245))
    for i in range(6):
        c.line([(56, 400 + i * 26), (184, 400 + i * 26)], (220, 225, 220), 2)
    person(c, 300, 600, 150, arms_up=True)
    person(c, 420, 580, 140)
    person(c, 620, 600, 210)
    person(c, 720, 570, 130, arms_up=True)
    c.circle(520, 560, 22, (255, 255, 255), outline=(40, 40, 40), width=3)
    # kite
    c.polygon([(760, 90), (800, 140), (760, 200), (720, 140)], (200, 80, 60))
    c.line([(760, 200), (725, 440), (720, 490)], (80, 80, 80), 2)
    return c.save("freizeit")


def netzwerk():
    c = Canvas(960, 640, "netzwerk")
    c.gradient(0, 640, (232, 240, 242), (200, 222, 228))
    nodes = [(480, 320), (200, 160), (760, 150), (180, 480), (780, 490), (480, 90), (480, 560)]
    for x, y in nodes[1:]:
        c.line([(480, 320), (x, y)], (11, 85, 99), 6)
    for (x0, y0), (x1, y1) in zip(nodes[1:], nodes[2:] + nodes[1:2], strict=True):
        c.line([(x0, y0), (x1, y1)], (120, 170, 180), 3)
    for (x, y), colour in zip(nodes, CLOTHES[: len(nodes)], strict=True):
        r = 78 if (x, y) == nodes[0] else 56
        c.circle(x, y, r + 6, (255, 255, 255))
        c.circle(x, y, r, colour)
        c.circle(x, y - r * 0.25, r * 0.28, (255, 255, 255))
        c.ellipse(x - r * 0.5, y + r * 0.1, x + r * 0.5, y + r * 0.75, (255, 255, 255))
    return c.save("netzwerk")


def zertifikate():
    """Press photo: a group with certificates in front of a concrete university building."""
    c = Canvas(1400, 933, "zertifikate")
    sky(c, 520, top=(110, 165, 215))
    c.rect(0, 160, 1400, 640, (190, 190, 185))
    for i in range(9):
        c.rect(30 + i * 155, 190, 150 + i * 155, 600, (165, 168, 165))
        windows(
            c,
            40 + i * 155,
            210,
            140 + i * 155,
            580,
            1,
            6,
            (120, 125, 125),
            glass=(170, 200, 220),
            lit=0.2,
        )
    c.gradient(640, 933, (205, 200, 190), (175, 170, 160))
    c.rect(420, 230, 980, 310, (11, 85, 99), radius=6)  # banner
    c.rect(450, 255, 950, 285, (230, 240, 240), radius=4)
    xs = [130 + i * 105 for i in range(12)]
    heights = [c.random.randint(300, 350) for _ in xs]
    back = xs[::2]
    group(c, back, 800, heights[::2], holds=(250, 250, 250))
    front = [x + 52 for x in xs[1::2]]
    group(c, front, 870, heights[1::2], holds=(250, 250, 250))
    tree(c, 60, 860, 2.0)
    tree(c, 1350, 860, 1.8)
    return c.save("pressefoto-zertifikate", quality=82)


def fachtag():
    """Press photo: an audience in front of a stage with a projected chart."""
    c = Canvas(1400, 933, "fachtag")
    c.gradient(0, 933, (60, 66, 80), (30, 32, 40))
    c.rect(250, 80, 1150, 540, (235, 240, 245))  # screen
    c.rect(290, 120, 1110, 180, (11, 85, 99))
    for i, v in enumerate([180, 220, 260, 250, 300, 330]):
        c.rect(
            340 + i * 120, 500 - v, 420 + i * 120, 500, (240, 180, 60) if i % 2 else (200, 80, 60)
        )
    c.rect(0, 560, 1400, 600, (110, 80, 60))  # stage edge
    person(c, 1240, 560, 300, shirt=(60, 110, 180))
    c.rect(1150, 430, 1210, 560, (90, 70, 55))  # lectern
    for row, y in enumerate((700, 790, 890)):
        for i in range(12):
            x = 60 + i * 118 + (row % 2) * 55 + c.random.uniform(-10, 10)
            r = 38 + row * 6
            c.circle(x, y, r, c.random.choice(HAIR))
            c.rect(
                x - r * 1.4, y + r * 0.6, x + r * 1.4, y + r * 3, c.random.choice(CLOTHES), radius=r
            )
    return c.save("pressefoto-fachtag", quality=82)


def portal():
    """Press photo: the new portal on a laptop on a desk."""
    c = Canvas(1400, 933, "portal")
    c.gradient(0, 600, (236, 232, 224), (220, 214, 204))
    c.gradient(600, 933, (170, 125, 85), (135, 95, 60))
    c.rect(300, 120, 1100, 640, (40, 40, 46), radius=24)
    c.rect(325, 145, 1075, 615, (255, 255, 255))
    c.rect(325, 145, 1075, 200, (11, 85, 99))
    c.rect(345, 162, 520, 184, (255, 255, 255), radius=4)
    # a map of NRW with markers
    c.polygon(
        [
            (380, 300),
            (470, 240),
            (600, 250),
            (660, 330),
            (620, 450),
            (520, 520),
            (400, 470),
            (360, 380),
        ],
        (214, 232, 220),
    )
    for _ in range(14):
        c.circle(c.random.uniform(410, 620), c.random.uniform(290, 470), 9, (200, 80, 60))
    for i in range(3):
        y = 240 + i * 120
        c.rect(720, y, 1040, y + 100, (240, 244, 246), radius=8)
        c.rect(740, y + 18, 980, y + 34, (11, 85, 99), radius=3)
        c.rect(740, y + 50, 1010, y + 60, (190, 195, 200), radius=3)
        c.rect(740, y + 70, 940, y + 80, (190, 195, 200), radius=3)
    c.polygon([(240, 640), (1160, 640), (1240, 700), (160, 700)], (70, 70, 78))
    c.rect(620, 650, 780, 670, (50, 50, 56), radius=4)
    c.rect(1200, 560, 1300, 690, (240, 240, 235), radius=12)
    c.ellipse(1200, 550, 1300, 575, (120, 80, 50))
    tree(c, 150, 640, 1.0, crown=(80, 150, 90))
    return c.save("pressefoto-portal", quality=82)


SCENES = [kita, pflege, vereinbarkeit, bildung, bericht, rathaus, freizeit, netzwerk]
PRESS = [zertifikate, fachtag, portal]


def draw_all():
    return [scene() for scene in SCENES + PRESS]


if __name__ == "__main__":
    for path in draw_all():
        print(f"{path.name}: {path.stat().st_size // 1024} KB")
