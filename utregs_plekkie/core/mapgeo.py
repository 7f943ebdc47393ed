"""An offline map of the city of Utrecht from the program's own geodata.

No map tiles and no shipped outlines: every four-digit postcode (PC4) of the city in
:meth:`GeoIndex.default` gets the area of the city that lies closer to its centroid than
to any other (a Voronoi cell, :mod:`scipy.spatial`). The cells are clipped to the
convex hull of the centroids widened by about a kilometre, so the map has a sensible
edge. Each cell carries its PC4, wijk and provider; the cells of a wijk together are
the wijk's area, and :meth:`CityMap.wijk_outlines` draws its border.

Coordinates are kilometres east (x) and north (y) of the centroids' middle, from an
equirectangular projection (longitude scaled by the cosine of the latitude), which at
the scale of one city is exact to well within a line's width. :meth:`CityMap.fit` turns
them into canvas coordinates for Qt (y down) or ReportLab (y up).

The page and the report colour a wijk's cells by its shortage
(:func:`utregs_plekkie.core.overview.shortage_class`).
"""

from __future__ import annotations

import math
import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cached_property

import numpy as np
from scipy.spatial import ConvexHull, Voronoi

from utregs_plekkie.core.enums import Provider
from utregs_plekkie.core.geo import EARTH_RADIUS_KM, WIJKEN, GeoIndex

__all__ = [
    "CanvasTransform",
    "CityMap",
    "MapCell",
    "Point",
    "Segment",
    "city_map",
    "clip_polygon",
    "point_in_polygon",
    "polygon_area",
    "polygon_centroid",
]

Point = tuple[float, float]
Segment = tuple[Point, Point]

KM_PER_DEGREE = EARTH_RADIUS_KM * math.pi / 180.0
#: How far the map's edge lies outside the outermost postcode centroids.
DEFAULT_BUFFER_KM = 1.0
_EPS = 1e-9


# --------------------------------------------------------------------------- geometry


def polygon_area(polygon: Sequence[Point]) -> float:
    """Signed area (shoelace): positive for counter-clockwise vertices."""
    total = 0.0
    n = len(polygon)
    for i in range(n):
        x1, y1 = polygon[i]
        x2, y2 = polygon[(i + 1) % n]
        total += x1 * y2 - x2 * y1
    return total / 2.0


def polygon_centroid(polygon: Sequence[Point]) -> Point:
    """The centre of mass of a simple polygon (its vertex mean when it has no area)."""
    area = polygon_area(polygon)
    if abs(area) < _EPS:
        xs = [p[0] for p in polygon]
        ys = [p[1] for p in polygon]
        return (sum(xs) / len(xs), sum(ys) / len(ys))
    cx = cy = 0.0
    n = len(polygon)
    for i in range(n):
        x1, y1 = polygon[i]
        x2, y2 = polygon[(i + 1) % n]
        cross = x1 * y2 - x2 * y1
        cx += (x1 + x2) * cross
        cy += (y1 + y2) * cross
    return (cx / (6.0 * area), cy / (6.0 * area))


def point_in_polygon(point: Point, polygon: Sequence[Point]) -> bool:
    """Whether ``point`` lies inside ``polygon`` (ray casting; the edge counts as inside
    for convex polygons up to rounding)."""
    x, y = point
    inside = False
    n = len(polygon)
    for i in range(n):
        x1, y1 = polygon[i]
        x2, y2 = polygon[(i + 1) % n]
        if (y1 > y) != (y2 > y):
            at = x1 + (y - y1) * (x2 - x1) / (y2 - y1)
            if x < at:
                inside = not inside
    return inside


def _side(point: Point, a: Point, b: Point) -> float:
    """> 0 when ``point`` lies left of the directed line a->b (inside, for a CCW clip)."""
    return (b[0] - a[0]) * (point[1] - a[1]) - (b[1] - a[1]) * (point[0] - a[0])


def _intersection(p: Point, q: Point, a: Point, b: Point) -> Point:
    """Where segment p-q crosses the line a-b.

    The segment's ends are put in a fixed order first, so two neighbouring cells that
    share the edge p-q (one walks it p->q, the other q->p) get exactly the same point;
    their shared borders then match and cancel in :meth:`CityMap.wijk_outlines`.
    """
    if q < p:
        p, q = q, p
    dx, dy = q[0] - p[0], q[1] - p[1]
    ex, ey = b[0] - a[0], b[1] - a[1]
    denominator = dx * ey - dy * ex
    if abs(denominator) < _EPS:
        return p
    t = ((a[0] - p[0]) * ey - (a[1] - p[1]) * ex) / denominator
    return (p[0] + t * dx, p[1] + t * dy)


def clip_polygon(subject: Sequence[Point], clip: Sequence[Point]) -> list[Point]:
    """Sutherland–Hodgman: the part of ``subject`` inside the convex, counter-clockwise
    polygon ``clip`` (empty when they do not overlap)."""
    output = list(subject)
    n = len(clip)
    for i in range(n):
        a, b = clip[i], clip[(i + 1) % n]
        points, output = output, []
        if not points:
            break
        previous = points[-1]
        for current in points:
            current_in = _side(current, a, b) >= -_EPS
            previous_in = _side(previous, a, b) >= -_EPS
            if current_in:
                if not previous_in:
                    output.append(_intersection(previous, current, a, b))
                output.append(current)
            elif previous_in:
                output.append(_intersection(previous, current, a, b))
            previous = current
    return _without_repeats(output)


def _without_repeats(polygon: Sequence[Point]) -> list[Point]:
    result: list[Point] = []
    for point in polygon:
        if not result or math.dist(point, result[-1]) > 1e-9:
            result.append(point)
    while len(result) > 1 and math.dist(result[0], result[-1]) <= 1e-9:
        result.pop()
    return result


def _counter_clockwise(polygon: Sequence[Point]) -> list[Point]:
    return list(polygon) if polygon_area(polygon) >= 0 else list(reversed(polygon))


def _buffered_hull(points: np.ndarray, buffer_km: float, steps: int = 24) -> list[Point]:
    """The convex hull of ``points`` widened by ``buffer_km`` (rounded corners as a
    polygon): the hull of the points with a small circle around each hull vertex."""
    hull = ConvexHull(points)
    angles = np.linspace(0.0, 2.0 * math.pi, steps, endpoint=False)
    ring = np.column_stack((np.cos(angles), np.sin(angles))) * buffer_km
    grown = (points[hull.vertices][:, None, :] + ring[None, :, :]).reshape(-1, 2)
    outer = ConvexHull(grown)
    return _counter_clockwise([(float(x), float(y)) for x, y in grown[outer.vertices]])


# --------------------------------------------------------------------------- the map


@dataclass(frozen=True)
class MapCell:
    """The area of one postcode: its Voronoi cell, clipped to the map's edge."""

    pc4: str
    wijk_code: str
    wijk: str
    provider: Provider | None
    #: the postcode's centroid (km)
    site: Point
    #: counter-clockwise vertices (km)
    polygon: tuple[Point, ...]

    @property
    def area(self) -> float:
        """km²"""
        return polygon_area(self.polygon)

    def contains(self, point: Point) -> bool:
        return point_in_polygon(point, self.polygon)


@dataclass(frozen=True)
class CanvasTransform:
    """From map kilometres to a canvas of a given size, keeping the aspect ratio."""

    scale: float  # canvas units per km
    offset_x: float
    offset_y: float
    height: float
    y_down: bool

    def __call__(self, point: Point) -> Point:
        x = self.offset_x + point[0] * self.scale
        y = self.offset_y + point[1] * self.scale
        return (x, self.height - y) if self.y_down else (x, y)

    def polygon(self, polygon: Iterable[Point]) -> list[Point]:
        return [self(p) for p in polygon]

    def inverse(self, point: Point) -> Point:
        """From canvas coordinates back to map kilometres (for hovering)."""
        x, y = point
        if self.y_down:
            y = self.height - y
        return ((x - self.offset_x) / self.scale, (y - self.offset_y) / self.scale)


class CityMap:
    """The postcode cells of the city, grouped into wijken."""

    def __init__(
        self,
        cells: Sequence[MapCell],
        boundary: Sequence[Point],
        origin: Point,
        wijken: Sequence[tuple[str, str, Provider]],
    ) -> None:
        self.cells: tuple[MapCell, ...] = tuple(cells)
        #: the clip polygon: the map's edge (counter-clockwise, km)
        self.boundary: tuple[Point, ...] = tuple(boundary)
        #: (lat, lon) of the point that is (0, 0)
        self.origin = origin
        self.wijken: tuple[tuple[str, str, Provider], ...] = tuple(wijken)

    # projection

    def project(self, lat: float, lon: float) -> Point:
        """(lat, lon) in degrees to map kilometres (equirectangular)."""
        lat0, lon0 = self.origin
        return (
            (lon - lon0) * math.cos(math.radians(lat0)) * KM_PER_DEGREE,
            (lat - lat0) * KM_PER_DEGREE,
        )

    def bounds(self) -> tuple[float, float, float, float]:
        """(xmin, ymin, xmax, ymax) of the map in km."""
        xs = [p[0] for p in self.boundary]
        ys = [p[1] for p in self.boundary]
        return (min(xs), min(ys), max(xs), max(ys))

    def fit(
        self, width: float, height: float, margin: float = 0.0, *, y_down: bool = True
    ) -> CanvasTransform:
        """The transform that fits the whole map into a ``width`` x ``height`` canvas
        (Qt: ``y_down=True``; ReportLab: ``y_down=False``), centred."""
        xmin, ymin, xmax, ymax = self.bounds()
        usable_w = max(width - 2 * margin, 1e-6)
        usable_h = max(height - 2 * margin, 1e-6)
        scale = min(usable_w / (xmax - xmin), usable_h / (ymax - ymin))
        offset_x = margin + (usable_w - (xmax - xmin) * scale) / 2 - xmin * scale
        offset_y = margin + (usable_h - (ymax - ymin) * scale) / 2 - ymin * scale
        return CanvasTransform(scale, offset_x, offset_y, height, y_down)

    # wijken

    def wijk_cells(self, wijk_code: str) -> list[MapCell]:
        return [c for c in self.cells if c.wijk_code == wijk_code]

    @cached_property
    def _outlines(self) -> dict[str, tuple[Segment, ...]]:
        outlines: dict[str, tuple[Segment, ...]] = {}
        for code, _name, _provider in self.wijken:
            seen: dict[tuple[Point, Point], Segment] = {}
            counts: dict[tuple[Point, Point], int] = {}
            for cell in self.wijk_cells(code):
                polygon = cell.polygon
                for i in range(len(polygon)):
                    a, b = polygon[i], polygon[(i + 1) % len(polygon)]
                    key = _edge_key(a, b)
                    counts[key] = counts.get(key, 0) + 1
                    seen.setdefault(key, (a, b))
            # An edge two cells of the wijk share lies inside the wijk: only the
            # edges seen once form its border.
            outlines[code] = tuple(seen[k] for k, n in counts.items() if n == 1)
        return outlines

    def wijk_outline(self, wijk_code: str) -> tuple[Segment, ...]:
        """The border of a wijk as line segments (km)."""
        return self._outlines.get(wijk_code, ())

    def wijk_outlines(self) -> dict[str, tuple[Segment, ...]]:
        """Every wijk's border as line segments (km), by wijk code."""
        return dict(self._outlines)

    @cached_property
    def _labels(self) -> dict[str, Point]:
        labels: dict[str, Point] = {}
        for code, _name, _provider in self.wijken:
            cells = self.wijk_cells(code)
            if not cells:
                continue
            total = sum(c.area for c in cells)
            cx = sum(polygon_centroid(c.polygon)[0] * c.area for c in cells) / total
            cy = sum(polygon_centroid(c.polygon)[1] * c.area for c in cells) / total
            if not any(c.contains((cx, cy)) for c in cells):
                # A wijk bent around another: the middle of its largest cell instead.
                cx, cy = polygon_centroid(max(cells, key=lambda c: c.area).polygon)
            labels[code] = (cx, cy)
        return labels

    def label_positions(self) -> dict[str, Point]:
        """Where to write each wijk's name (km): inside one of its cells."""
        return dict(self._labels)

    def wijk_area(self, wijk_code: str) -> float:
        return sum(c.area for c in self.wijk_cells(wijk_code))

    def cell_at(self, point: Point) -> MapCell | None:
        """The cell under a point (km), for hovering and clicking; None outside."""
        for cell in self.cells:
            if cell.contains(point):
                return cell
        return None

    @property
    def area(self) -> float:
        """km² inside the map's edge."""
        return polygon_area(self.boundary)


def _edge_key(a: Point, b: Point) -> tuple[Point, Point]:
    ra = (round(a[0], 7), round(a[1], 7))
    rb = (round(b[0], 7), round(b[1], 7))
    return (ra, rb) if ra <= rb else (rb, ra)


def build_city_map(geo: GeoIndex, buffer_km: float = DEFAULT_BUFFER_KM) -> CityMap:
    """Voronoi cells of the city's PC4 centroids, clipped to their buffered hull."""
    places = [p for p in geo.places.values() if p.wijk_code is not None]
    if len(places) < 3:
        raise ValueError("a map needs at least three postcodes with a wijk")
    lat0 = sum(p.lat for p in places) / len(places)
    lon0 = sum(p.lon for p in places) / len(places)
    cos0 = math.cos(math.radians(lat0))
    sites = np.array(
        [((p.lon - lon0) * cos0 * KM_PER_DEGREE, (p.lat - lat0) * KM_PER_DEGREE) for p in places]
    )
    boundary = _buffered_hull(sites, buffer_km)
    # Four far-away extra sites make every real cell finite.
    span = float(np.ptp(sites, axis=0).max()) + 10 * buffer_km + 100.0
    far = np.array([(-span, -span), (span, -span), (span, span), (-span, span)])
    voronoi = Voronoi(np.vstack((sites, far)))
    names = {code: name for code, name, _provider in WIJKEN}
    cells: list[MapCell] = []
    for index, place in enumerate(places):
        region = voronoi.regions[voronoi.point_region[index]]
        if not region or -1 in region:  # cannot happen with the far sites
            raise ValueError(f"open Voronoi cell for {place.pc4}")
        vertices = [tuple(map(float, voronoi.vertices[v])) for v in region]
        centre = (float(sites[index][0]), float(sites[index][1]))
        vertices.sort(key=lambda v: math.atan2(v[1] - centre[1], v[0] - centre[0]))
        polygon = clip_polygon([(v[0], v[1]) for v in vertices], boundary)
        if len(polygon) < 3:
            continue
        assert place.wijk_code is not None
        cells.append(
            MapCell(
                pc4=place.pc4,
                wijk_code=place.wijk_code,
                wijk=place.wijk or names.get(place.wijk_code, place.wijk_code),
                provider=place.provider,
                site=centre,
                polygon=tuple(_counter_clockwise(polygon)),
            )
        )
    return CityMap(cells, boundary, (lat0, lon0), WIJKEN)


_default_map: CityMap | None = None
_default_lock = threading.Lock()


def city_map(geo: GeoIndex | None = None) -> CityMap:
    """The map of the city from ``geo`` (default: the shipped table, built once)."""
    global _default_map
    if geo is not None:
        return build_city_map(geo)
    if _default_map is None:
        with _default_lock:
            if _default_map is None:
                _default_map = build_city_map(GeoIndex.default())
    return _default_map
