"""The offline map of Utrecht (core.mapgeo): Voronoi cells of the PC4 centroids."""

from __future__ import annotations

import math

import pytest

from utregs_plekkie.core.geo import WIJKEN, GeoIndex, Place
from utregs_plekkie.core.mapgeo import (
    CityMap,
    build_city_map,
    city_map,
    clip_polygon,
    point_in_polygon,
    polygon_area,
    polygon_centroid,
)


@pytest.fixture(scope="module")
def the_map() -> CityMap:
    return city_map()


def test_every_wijk_has_cells(the_map: CityMap) -> None:
    for code, name, _provider in WIJKEN:
        cells = the_map.wijk_cells(code)
        assert cells, f"no cell for {name}"
        assert all(c.wijk == name for c in cells)


def test_every_postcode_of_the_city_has_one_cell(the_map: CityMap) -> None:
    geo = GeoIndex.default()
    city = {p.pc4 for p in geo.places.values() if p.wijk_code is not None}
    assert sorted(c.pc4 for c in the_map.cells) == sorted(city)
    for cell in the_map.cells:
        place = geo.lookup(cell.pc4)
        assert place is not None
        assert (cell.wijk_code, cell.provider) == (place.wijk_code, place.provider)


def test_cells_tile_the_map_without_overlap(the_map: CityMap) -> None:
    areas = [c.area for c in the_map.cells]
    assert all(a > 0 for a in areas)  # counter-clockwise, not degenerate
    assert sum(areas) == pytest.approx(the_map.area, rel=1e-9)
    # The city of Utrecht covers about 99 km²; the map's edge lies a km outside the
    # outermost postcode centroids.
    assert 80 < the_map.area < 140


def test_each_centroid_lies_in_its_own_cell(the_map: CityMap) -> None:
    for cell in the_map.cells:
        assert cell.contains(cell.site), cell.pc4
        others = [c for c in the_map.cells if c is not cell and c.contains(cell.site)]
        assert not others, (cell.pc4, [c.pc4 for c in others])
        assert the_map.cell_at(cell.site) is cell


def test_projection_is_equirectangular_in_km(the_map: CityMap) -> None:
    centre = GeoIndex.default().lookup("3511")
    de_meern = GeoIndex.default().lookup("3453")
    assert centre is not None and de_meern is not None
    a = the_map.project(centre.lat, centre.lon)
    b = the_map.project(de_meern.lat, de_meern.lon)
    # 3511 -> 3453 is 7.07 km great-circle (geo/SOURCES.txt)
    assert math.dist(a, b) == pytest.approx(7.07, abs=0.02)
    assert b[0] < a[0]  # De Meern lies west of the centre


def test_wijk_outlines_are_closed_borders(the_map: CityMap) -> None:
    outlines = the_map.wijk_outlines()
    assert set(outlines) == {code for code, _n, _p in WIJKEN}
    for code, segments in outlines.items():
        assert len(segments) >= 3, code
        # A border is closed: every end point is shared by an even number of segments.
        ends: dict[tuple[float, float], int] = {}
        for a, b in segments:
            for p in (a, b):
                key = (round(p[0], 6), round(p[1], 6))
                ends[key] = ends.get(key, 0) + 1
        assert all(n % 2 == 0 for n in ends.values()), code
        # Shared edges between the wijk's own cells are gone: fewer segments than edges.
        edges = sum(len(c.polygon) for c in the_map.wijk_cells(code))
        assert len(segments) <= edges


def test_labels_lie_inside_their_wijk(the_map: CityMap) -> None:
    labels = the_map.label_positions()
    assert set(labels) == {code for code, _n, _p in WIJKEN}
    for code, point in labels.items():
        assert any(c.contains(point) for c in the_map.wijk_cells(code)), code


def test_fit_keeps_the_map_inside_the_canvas(the_map: CityMap) -> None:
    for y_down in (True, False):
        transform = the_map.fit(400, 300, margin=10, y_down=y_down)
        for x, y in transform.polygon(the_map.boundary):
            assert 10 - 1e-6 <= x <= 390 + 1e-6
            assert 10 - 1e-6 <= y <= 290 + 1e-6
        point = the_map.cells[0].site
        assert transform.inverse(transform(point)) == pytest.approx(point)
    north = max(the_map.boundary, key=lambda p: p[1])
    south = min(the_map.boundary, key=lambda p: p[1])
    qt = the_map.fit(400, 300, y_down=True)
    assert qt(north)[1] < qt(south)[1]  # north is up on a Qt canvas (y grows down)


def test_sutherland_hodgman_clipping() -> None:
    square = [(0.0, 0.0), (2.0, 0.0), (2.0, 2.0), (0.0, 2.0)]
    shifted = [(1.0, 1.0), (3.0, 1.0), (3.0, 3.0), (1.0, 3.0)]
    clipped = clip_polygon(shifted, square)
    assert polygon_area(clipped) == pytest.approx(1.0)
    assert clip_polygon([(5.0, 5.0), (6.0, 5.0), (6.0, 6.0)], square) == []
    inside = [(0.5, 0.5), (1.0, 0.5), (1.0, 1.0)]
    assert polygon_area(clip_polygon(inside, square)) == pytest.approx(polygon_area(inside))
    assert polygon_centroid(square) == pytest.approx((1.0, 1.0))
    assert point_in_polygon((1.0, 1.0), square) and not point_in_polygon((3.0, 1.0), square)


def test_a_map_from_other_geodata() -> None:
    places = [
        Place("3511", 52.09, 5.12, "Utrecht", "Utrecht", "WK034406", "Binnenstad", None),
        Place("3531", 52.09, 5.09, "Utrecht", "Utrecht", "WK034401", "West", None),
        Place("3562", 52.11, 5.11, "Utrecht", "Utrecht", "WK034403", "Overvecht", None),
        Place("3581", 52.08, 5.14, "Utrecht", "Utrecht", "WK034405", "Oost", None),
        Place("3401", 52.02, 5.05, "IJsselstein", "IJsselstein", None, None, None),
    ]
    small = build_city_map(GeoIndex(places))
    assert sorted(c.pc4 for c in small.cells) == ["3511", "3531", "3562", "3581"]
    assert sum(c.area for c in small.cells) == pytest.approx(small.area)
    assert small.label_positions().keys() == {"WK034406", "WK034401", "WK034403", "WK034405"}
    with pytest.raises(ValueError):
        build_city_map(GeoIndex(places[:2]))
