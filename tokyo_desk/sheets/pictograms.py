"""Our own pictograms, one per condition category, drawn as simple vector shapes.

Drawn for this project (ARASAAC is non-commercial only; Mulberry is share-alike), black on
white, thick strokes that survive photocopying, on a 48 x 48 unit grid scaled to size.
"""

from __future__ import annotations

from collections.abc import Callable

from reportlab.graphics.shapes import Circle, Drawing, Group, Line, Polygon, PolyLine, Rect
from reportlab.lib.colors import black, white

STROKE = 3.0
Draw = Callable[[Group], None]


def _rect(x: float, y: float, width: float, height: float, **style: object) -> Rect:
    """A rectangle (set attributes one by one: the type stubs mistype Rect's keywords)."""
    shape = Rect(x, y, width, height)
    for name, value in style.items():
        setattr(shape, name, value)
    return shape


def _line(group: Group, *points: float) -> None:
    group.add(
        PolyLine(
            list(points), strokeColor=black, strokeWidth=STROKE, strokeLineCap=1, strokeLineJoin=1
        )
    )


def _person(group: Group, x: float, y: float, scale: float = 1.0) -> None:
    group.add(Circle(x, y + 22 * scale, 5 * scale, fillColor=black, strokeColor=None))
    _line(group, x, y + 16 * scale, x, y + 4 * scale)
    _line(group, x - 7 * scale, y + 12 * scale, x + 7 * scale, y + 12 * scale)
    _line(group, x - 6 * scale, y - 6 * scale, x, y + 4 * scale, x + 6 * scale, y - 6 * scale)


def _house(group: Group, x: float = 8, y: float = 6, w: float = 32, h: float = 22) -> None:
    group.add(_rect(x, y, w, h, strokeColor=black, strokeWidth=STROKE, fillColor=white))
    group.add(
        Polygon(
            [x - 4, y + h, x + w / 2, y + h + 14, x + w + 4, y + h],
            strokeColor=black,
            strokeWidth=STROKE,
            fillColor=white,
            strokeLineJoin=1,
        )
    )
    group.add(_rect(x + w / 2 - 4, y, 8, 12, strokeColor=None, fillColor=black))


def reporting(group: Group) -> None:
    """A person at an office door."""
    group.add(_rect(22, 4, 22, 34, strokeColor=black, strokeWidth=STROKE, fillColor=white))
    group.add(Circle(38, 20, 2, fillColor=black, strokeColor=None))
    _person(group, 10, 10)


def residence(group: Group) -> None:
    """A house."""
    _house(group)


def travel(group: Group) -> None:
    """A road leaving a boundary: stay inside the area."""
    group.add(
        Circle(
            24,
            24,
            19,
            strokeColor=black,
            strokeWidth=STROKE,
            fillColor=None,
            strokeDashArray=[5, 4],
        )
    )
    _line(group, 16, 6, 22, 42)
    _line(group, 32, 6, 26, 42)
    group.add(Circle(24, 24, 4, fillColor=black, strokeColor=None))


def contact(group: Group) -> None:
    """Two people kept apart by a bar."""
    _person(group, 11, 10, 0.9)
    _person(group, 37, 10, 0.9)
    _line(group, 24, 2, 24, 44)


def community_service(group: Group) -> None:
    """A spade: unpaid work for the community."""
    _line(group, 24, 44, 24, 18)
    _line(group, 18, 44, 30, 44)
    group.add(
        Polygon(
            [16, 18, 32, 18, 30, 6, 24, 2, 18, 6], fillColor=black, strokeColor=black, strokeWidth=1
        )
    )


def attendance_centre(group: Group) -> None:
    """A building with a clock: sessions at set times."""
    group.add(_rect(6, 4, 36, 26, strokeColor=black, strokeWidth=STROKE, fillColor=white))
    group.add(Circle(24, 36, 9, strokeColor=black, strokeWidth=STROKE, fillColor=white))
    _line(group, 24, 36, 24, 41)
    _line(group, 24, 36, 28, 36)
    for x in (12, 22, 32):
        group.add(_rect(x, 14, 5, 8, fillColor=black, strokeColor=None))


def curfew(group: Group) -> None:
    """A house under the moon: be at home at night."""
    _house(group, 4, 4, 26, 18)
    group.add(Circle(38, 38, 8, fillColor=black, strokeColor=None))
    group.add(Circle(34, 41, 7, fillColor=white, strokeColor=None))


def treatment(group: Group) -> None:
    """A heart with a cross: health and treatment."""
    group.add(
        Polygon(
            [24, 6, 6, 26, 8, 36, 16, 41, 24, 34, 32, 41, 40, 36, 42, 26],
            strokeColor=black,
            strokeWidth=STROKE,
            fillColor=white,
            strokeLineJoin=1,
        )
    )
    group.add(_rect(21, 16, 6, 16, fillColor=black, strokeColor=None))
    group.add(_rect(16, 21, 16, 6, fillColor=black, strokeColor=None))


def payment(group: Group) -> None:
    """A banknote and a stack of coins: paying a fine or compensation (no currency sign)."""
    group.add(_rect(4, 22, 32, 18, strokeColor=black, strokeWidth=STROKE, fillColor=white))
    group.add(Circle(20, 31, 5, strokeColor=black, strokeWidth=2, fillColor=white))
    for y in (4, 10, 16):
        group.add(_rect(26, y, 18, 5, strokeColor=black, strokeWidth=2, fillColor=white))


def employment_education(group: Group) -> None:
    """An open book: work, school and training."""
    group.add(
        Polygon(
            [24, 10, 4, 14, 4, 38, 24, 34],
            strokeColor=black,
            strokeWidth=STROKE,
            fillColor=white,
            strokeLineJoin=1,
        )
    )
    group.add(
        Polygon(
            [24, 10, 44, 14, 44, 38, 24, 34],
            strokeColor=black,
            strokeWidth=STROKE,
            fillColor=white,
            strokeLineJoin=1,
        )
    )
    for y in (20, 26):
        _line(group, 9, y + 1, 19, y - 1)
        _line(group, 29, y - 1, 39, y + 1)


def conduct(group: Group) -> None:
    """A shield with a tick: keep the peace, keep the law."""
    group.add(
        Polygon(
            [24, 4, 8, 14, 8, 36, 24, 44, 40, 36, 40, 14],
            strokeColor=black,
            strokeWidth=STROKE,
            fillColor=white,
            strokeLineJoin=1,
        )
    )
    _line(group, 15, 24, 22, 16, 33, 31)


DRAWINGS: dict[str, Draw] = {
    "reporting": reporting,
    "residence": residence,
    "travel": travel,
    "contact": contact,
    "community_service": community_service,
    "attendance_centre": attendance_centre,
    "curfew": curfew,
    "treatment": treatment,
    "payment": payment,
    "employment_education": employment_education,
    "conduct": conduct,
}


def pictogram(category: str, size: float, *, forbidden: bool = False) -> Drawing:
    """The category's pictogram as a ``size`` x ``size`` drawing (crossed out if forbidden)."""
    scale = size / 48
    group = Group()
    DRAWINGS[category](group)
    if forbidden:
        group.add(Circle(24, 24, 22, strokeColor=black, strokeWidth=STROKE, fillColor=None))
        group.add(Line(9, 39, 39, 9, strokeColor=black, strokeWidth=STROKE))
    group.transform = (scale, 0, 0, scale, 0, 0)
    drawing = Drawing(size, size)
    drawing.add(group)
    return drawing
