"""Derive the compact PC4 table ``pc4_utrecht_regio.csv`` from the shared geodata.

Usage (from the repository root)::

    python resources/geo/derive_pc4_table.py [--shared ../shared/geo]
                                             [--out resources/geo/pc4_utrecht_regio.csv]

Relative default paths are taken from the repository root (the parent of
``resources/``), so the script can be run from any working directory.

Region
------
Every four-digit postcode (PC4) of the 26 municipalities of the **province of Utrecht**
(2024 boundaries, including Vijfheerenlanden, which joined the province in 2019).
Why the whole province: foster and support families for KOOS Utrecht and Spoor030 often
live just outside the city (Stichtse Vecht, De Bilt, Zeist, Bunnik, Houten, Nieuwegein,
IJsselstein, Woerden, ...), and a child's school or club may be there too; the province
is a well-defined, stable set that contains all those neighbours. It is small enough
to ship (a few hundred rows). Anything further away is found through an optional full
reference file the user configures (see ``utregs_plekkie.core.geo``).

Derivation
----------
- ``lat``/``lon``: the BAG centroid of the PC4 (``nl_pc4_centroids_bag2021.json``, mean
  of the address points, so weighted towards where people live), rounded to 4 decimals.
  A PC4 without a BAG centroid is left out (reported on stderr).
- ``gemeente_code``: GeoNames gives one row per (PC4, place). Rows without a municipality
  code are ignored. The *expected* municipality of a PC4 is that of the GeoNames row
  whose coordinates lie nearest the BAG centroid; rows of any other municipality are
  dropped (this removes the known bad row 3523 "Ouddorp", Goeree-Overflakkee, 89 km
  away, and any PC4 that only partly reaches into the province).
  A PC4 is in the region when its expected municipality is one of ``PROVINCE_UTRECHT``.
- ``gemeente``: the official municipality name for that CBS code (``PROVINCE_UTRECHT``).
- ``plaats``: of the remaining GeoNames rows, the place nearest the BAG centroid (ties:
  alphabetical), e.g. 3454 -> "De Meern" rather than "Utrecht" or "Vleuten".
- ``wijk_code``/``wijk``: only for the municipality of Utrecht (CBS code 0344): the CBS
  wijk (WK034401..WK034410) whose polygon in
  ``utrecht_wijken_cbs2024_generalised.geojson`` contains the (unrounded) BAG centroid,
  by even-odd ray casting. The CBS outlines are generalised (6-23 vertices per wijk), so
  a centroid near the city edge may fall in no polygon; then the wijk whose outline is
  nearest to the centroid (shortest distance to its edges, on a local flat projection)
  is taken. Such cases are reported on stderr. The 2013 municipal layers have no
  confirmed licence and are not used here (only in tests).
- ``provider``: ``koos`` for Leidsche Rijn, Vleuten-De Meern, West and Zuidwest;
  ``spoor030`` for Binnenstad, Noordoost, Noordwest, Oost, Overvecht and Zuid; empty
  outside the city.

The output is sorted by PC4, UTF-8, ``\\n`` line ends, with a plain header line first;
the same inputs always give byte-identical output.

Attribution
-----------
CBS/Kadaster (CC BY 4.0), GeoNames (CC BY 4.0), BAG (Kadaster, public domain).
Wijk outlines: CBS / Kadaster, Wijk- en buurtkaart 2024 (gegeneraliseerd), via PDOK CBS
gebiedsindelingen, CC BY 4.0. Postal codes: GeoNames (geonames.org), CC BY 4.0. PC4
centroids: BAG (Kadaster), public domain, as computed in
github.com/peterarends/Nederlandse-viercijferige-postcode-pc4-naar-geolocatie (MIT).
The source files themselves are not copied into this repository.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import math
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

REPO_ROOT = Path(__file__).resolve().parents[2]
DEFAULT_SHARED = Path("..") / "shared" / "geo"
DEFAULT_OUT = Path("resources") / "geo" / "pc4_utrecht_regio.csv"

CENTROIDS_FILE = "nl_pc4_centroids_bag2021.json"
GEONAMES_FILE = "geonames_NL_2024-04.txt"
WIJKEN_FILE = "utrecht_wijken_cbs2024_generalised.geojson"

HEADER = [
    "pc4",
    "lat",
    "lon",
    "gemeente_code",
    "gemeente",
    "plaats",
    "wijk_code",
    "wijk",
    "provider",
]

UTRECHT_CODE = "0344"

# The 26 municipalities of the province of Utrecht (CBS codes, 2024).
PROVINCE_UTRECHT: dict[str, str] = {
    "0307": "Amersfoort",
    "0308": "Baarn",
    "0310": "De Bilt",
    "0312": "Bunnik",
    "0313": "Bunschoten",
    "0317": "Eemnes",
    "0321": "Houten",
    "0327": "Leusden",
    "0331": "Lopik",
    "0335": "Montfoort",
    "0339": "Renswoude",
    "0340": "Rhenen",
    "0342": "Soest",
    "0344": "Utrecht",
    "0345": "Veenendaal",
    "0351": "Woudenberg",
    "0352": "Wijk bij Duurstede",
    "0353": "IJsselstein",
    "0355": "Zeist",
    "0356": "Nieuwegein",
    "0589": "Oudewater",
    "0632": "Woerden",
    "0736": "De Ronde Venen",
    "1581": "Utrechtse Heuvelrug",
    "1904": "Stichtse Vecht",
    "1961": "Vijfheerenlanden",
}

WIJK_PROVIDER: dict[str, str] = {
    "Leidsche Rijn": "koos",
    "Vleuten-De Meern": "koos",
    "West": "koos",
    "Zuidwest": "koos",
    "Binnenstad": "spoor030",
    "Noordoost": "spoor030",
    "Noordwest": "spoor030",
    "Oost": "spoor030",
    "Overvecht": "spoor030",
    "Zuid": "spoor030",
}

EARTH_RADIUS_KM = 6371.0088

Point = tuple[float, float]  # (lon, lat)
Ring = list[Point]


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))


# --- reading the sources ---------------------------------------------------------------


def read_centroids(path: Path) -> dict[str, tuple[float, float]]:
    data = json.loads(path.read_text(encoding="utf-8"))
    return {str(pc4): (float(v[0]), float(v[1])) for pc4, v in data.items()}


class GeoNamesRow:
    __slots__ = ("gemeente_code", "lat", "lon", "pc4", "place")

    def __init__(self, pc4: str, place: str, gemeente_code: str, lat: float, lon: float):
        self.pc4 = pc4
        self.place = place
        self.gemeente_code = gemeente_code
        self.lat = lat
        self.lon = lon


def read_geonames(path: Path) -> dict[str, list[GeoNamesRow]]:
    rows: dict[str, list[GeoNamesRow]] = {}
    with path.open(encoding="utf-8", newline="") as fh:
        for line in fh:
            cols = line.rstrip("\r\n").split("\t")
            if len(cols) < 11:
                continue
            pc4, place, code = cols[1].strip(), cols[2].strip(), cols[6].strip()
            if not code:  # no municipality: cannot be checked, not used
                continue
            try:
                lat, lon = float(cols[9]), float(cols[10])
            except ValueError:
                continue
            rows.setdefault(pc4, []).append(GeoNamesRow(pc4, place, code, lat, lon))
    return rows


def read_wijken(path: Path) -> list[tuple[str, str, list[Ring]]]:
    """(statcode, wijk name, rings) per wijk; rings of all polygon parts and holes."""
    data = json.loads(path.read_text(encoding="utf-8"))
    wijken: list[tuple[str, str, list[Ring]]] = []
    for feature in data["features"]:
        props, geom = feature["properties"], feature["geometry"]
        if geom["type"] == "Polygon":
            polygons = [geom["coordinates"]]
        elif geom["type"] == "MultiPolygon":
            polygons = geom["coordinates"]
        else:
            raise ValueError(f"unexpected geometry {geom['type']!r}")
        rings = [[(float(x), float(y)) for x, y, *_ in ring] for poly in polygons for ring in poly]
        wijken.append((str(props["statcode"]), str(props["wijk"]), rings))
    wijken.sort()
    return wijken


# --- geometry ----------------------------------------------------------------------------


def point_in_rings(lon: float, lat: float, rings: Sequence[Ring]) -> bool:
    """Even-odd ray casting (a ray to the east), over all rings (holes included)."""
    inside = False
    for ring in rings:
        n = len(ring)
        j = n - 1
        for i in range(n):
            xi, yi = ring[i]
            xj, yj = ring[j]
            if (yi > lat) != (yj > lat):
                x_cross = xi + (lat - yi) * (xj - xi) / (yj - yi)
                if lon < x_cross:
                    inside = not inside
            j = i
    return inside


def distance_to_rings_km(lon: float, lat: float, rings: Sequence[Ring]) -> float:
    """Shortest distance from the point to any edge, on a local equirectangular plane."""
    kx = math.radians(1) * EARTH_RADIUS_KM * math.cos(math.radians(lat))
    ky = math.radians(1) * EARTH_RADIUS_KM
    best = math.inf
    for ring in rings:
        for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1], strict=True):
            ax, ay = (x1 - lon) * kx, (y1 - lat) * ky
            bx, by = (x2 - lon) * kx, (y2 - lat) * ky
            dx, dy = bx - ax, by - ay
            seg2 = dx * dx + dy * dy
            t = 0.0 if seg2 == 0 else max(0.0, min(1.0, -(ax * dx + ay * dy) / seg2))
            best = min(best, math.hypot(ax + t * dx, ay + t * dy))
    return best


def wijk_of(
    lat: float, lon: float, wijken: Sequence[tuple[str, str, list[Ring]]]
) -> tuple[str, str, bool]:
    """(code, name, inside) of the wijk containing the point, else of the nearest one."""
    for code, name, rings in wijken:
        if point_in_rings(lon, lat, rings):
            return code, name, True
    code, name, _ = min(wijken, key=lambda w: (distance_to_rings_km(lon, lat, w[2]), w[0]))
    return code, name, False


# --- derivation --------------------------------------------------------------------------


def derive(shared: Path, log: TextIO | None = None) -> list[list[str]]:
    """The table's rows (without header), sorted by PC4."""
    centroids = read_centroids(shared / CENTROIDS_FILE)
    geonames = read_geonames(shared / GEONAMES_FILE)
    wijken = read_wijken(shared / WIJKEN_FILE)
    out: list[list[str]] = []

    def note(message: str) -> None:
        if log is not None:
            print(message, file=log)

    for pc4 in sorted(geonames):
        rows = geonames[pc4]
        if not any(r.gemeente_code in PROVINCE_UTRECHT for r in rows):
            continue
        if pc4 not in centroids:
            note(f"{pc4}: no BAG centroid, left out")
            continue
        lat, lon = centroids[pc4]

        def dist(r: GeoNamesRow, lat: float = lat, lon: float = lon) -> tuple[float, str]:
            return (haversine_km(lat, lon, r.lat, r.lon), r.place)

        expected = min(rows, key=dist).gemeente_code
        dropped = sorted(
            f"{r.place} ({r.gemeente_code})" for r in rows if r.gemeente_code != expected
        )
        if expected not in PROVINCE_UTRECHT:
            note(f"{pc4}: municipality {expected} is outside the province, left out")
            continue
        if dropped:
            note(f"{pc4}: dropped GeoNames rows of another municipality: {', '.join(dropped)}")
        kept = [r for r in rows if r.gemeente_code == expected]
        plaats = min(kept, key=dist).place

        wijk_code = wijk = provider = ""
        if expected == UTRECHT_CODE:
            wijk_code, wijk, inside = wijk_of(lat, lon, wijken)
            provider = WIJK_PROVIDER[wijk]
            if not inside:
                note(f"{pc4}: centroid in no CBS wijk polygon, nearest is {wijk}")
        out.append(
            [
                pc4,
                f"{lat:.4f}",
                f"{lon:.4f}",
                expected,
                PROVINCE_UTRECHT[expected],
                plaats,
                wijk_code,
                wijk,
                provider,
            ]
        )
    return out


def render(rows: Sequence[Sequence[str]]) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(HEADER)
    writer.writerows(rows)
    return buf.getvalue()


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--quiet", action="store_true", help="no report on stderr")
    args = parser.parse_args(argv)
    shared: Path = args.shared if args.shared.is_absolute() else REPO_ROOT / args.shared
    out: Path = args.out if args.out.is_absolute() else REPO_ROOT / args.out
    for name in (CENTROIDS_FILE, GEONAMES_FILE, WIJKEN_FILE):
        if not (shared / name).is_file():
            print(f"missing {shared / name}", file=sys.stderr)
            return 2
    log = None if args.quiet else sys.stderr
    rows = derive(shared, log=log)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(render(rows).encode("utf-8"))
    city = sum(1 for r in rows if r[3] == UTRECHT_CODE)
    if log is not None:
        print(f"wrote {len(rows)} rows ({city} in the city of Utrecht) to {out}", file=log)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
