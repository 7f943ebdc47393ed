"""Postcodes, places and distances (pure Python + numpy, no Qt).

The program ships a compact table (``resources/geo/pc4_utrecht_regio.csv``, derived by
``resources/geo/derive_pc4_table.py``) with every four-digit postcode (PC4) of the
province of Utrecht: its BAG centroid, municipality, place, and for the city of Utrecht
its wijk and the provider (KOOS Utrecht or Spoor030) that wijk belongs to.

A postcode outside that table is never silently placed anywhere: it is looked up in a
full reference file when the user has configured one (:meth:`GeoIndex.with_reference`),
otherwise :meth:`GeoIndex.lookup` gives ``None`` and every distance with it is
*unknown* (``None``), never 0.

Nothing is read at import time; :meth:`GeoIndex.default` loads the table on first use
and caches it.
"""

from __future__ import annotations

import csv
import io
import json
import math
import os
import re
import threading
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from importlib.abc import Traversable
from importlib.resources import files
from pathlib import Path
from typing import ClassVar

import numpy as np
import numpy.typing as npt

from utregs_plekkie.core.enums import Provider
from utregs_plekkie.core.errors import UserError
from utregs_plekkie.core.i18n import _

__all__ = [
    "CYCLING_DETOUR_FACTOR",
    "CYCLING_SPEED_KMH",
    "EARTH_RADIUS_KM",
    "GEO_ATTRIBUTION",
    "UTRECHT_GEMEENTE_CODE",
    "WIJKEN",
    "WIJK_PROVIDER",
    "GeoIndex",
    "Place",
    "cycling_minutes",
    "describe_distance",
    "format_km",
    "haversine_km",
    "haversine_km_np",
    "pc4_of",
]

GEO_ATTRIBUTION = "CBS/Kadaster (CC BY 4.0), GeoNames (CC BY 4.0), BAG (Kadaster, public domain)"

#: CBS code of the municipality of Utrecht.
UTRECHT_GEMEENTE_CODE = "0344"

#: Mean earth radius (IUGG), the usual choice for great-circle distances.
EARTH_RADIUS_KM = 6371.0088

# Cycling time is estimated from the great-circle distance. Streets, canals and
# railways make a real route longer than the straight line; in Dutch cities the ratio
# of route to straight-line distance is typically 1.2-1.3, so 1.2 is a modest detour.
# 18 km/h is an everyday (not sporty) cycling speed, including some waiting at lights.
CYCLING_DETOUR_FACTOR = 1.2
CYCLING_SPEED_KMH = 18.0

#: The ten wijken of the municipality of Utrecht: (CBS code, name, provider).
#: Since 2020 the city is split between KOOS Utrecht and Spoor030 by wijk.
WIJKEN: tuple[tuple[str, str, Provider], ...] = (
    ("WK034401", "West", Provider.KOOS),
    ("WK034402", "Noordwest", Provider.SPOOR030),
    ("WK034403", "Overvecht", Provider.SPOOR030),
    ("WK034404", "Noordoost", Provider.SPOOR030),
    ("WK034405", "Oost", Provider.SPOOR030),
    ("WK034406", "Binnenstad", Provider.SPOOR030),
    ("WK034407", "Zuid", Provider.SPOOR030),
    ("WK034408", "Zuidwest", Provider.KOOS),
    ("WK034409", "Leidsche Rijn", Provider.KOOS),
    ("WK034410", "Vleuten-De Meern", Provider.KOOS),
)

#: Provider per wijk name.
WIJK_PROVIDER: dict[str, Provider] = {name: provider for _code, name, provider in WIJKEN}

_TABLE_HEADER = (
    "pc4",
    "lat",
    "lon",
    "gemeente_code",
    "gemeente",
    "plaats",
    "wijk_code",
    "wijk",
    "provider",
)

# Four ASCII digits, the first not 0, not followed by a fifth digit.
_PC4_RE = re.compile(r"\s*([1-9][0-9]{3})(?![0-9])")

FloatArray = npt.NDArray[np.float64]
BoolArray = npt.NDArray[np.bool_]
PathLike = str | os.PathLike[str] | Traversable
_GeoNamesEntry = tuple[float, float, str, str, str]  # lat, lon, place, gemeente, code


def pc4_of(postcode: str) -> str | None:
    """The four-digit part of a Dutch postcode, or ``None`` if it has none.

    ``"3511 AB"``, ``"3511ab"``, ``" 3511AB "`` and ``"3511"`` all give ``"3511"``;
    anything that does not start with four digits (the first not 0) gives ``None``.
    """
    if not isinstance(postcode, str):
        return None
    match = _PC4_RE.match(postcode)
    return match.group(1) if match else None


@dataclass(frozen=True, slots=True)
class Place:
    """Where a PC4 lies: its centroid, municipality and place, and in the city its wijk."""

    pc4: str
    lat: float
    lon: float
    gemeente: str
    plaats: str
    wijk_code: str | None
    wijk: str | None
    provider: Provider | None
    gemeente_code: str = ""

    @property
    def in_city(self) -> bool:
        """Whether the PC4 lies in the municipality of Utrecht."""
        return self.gemeente_code == UTRECHT_GEMEENTE_CODE or self.wijk_code is not None

    @property
    def label(self) -> str:
        """A short description for a user, e.g. ``"3453 De Meern (Vleuten-De Meern)"``."""
        where = self.plaats or self.gemeente
        text = f"{self.pc4} {where}".strip()
        return f"{text} ({self.wijk})" if self.wijk else text


# --- distances -------------------------------------------------------------------------


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km between two WGS84 points (degrees)."""
    p1 = math.radians(lat1)
    p2 = math.radians(lat2)
    dp = p2 - p1
    dl = math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2.0 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))


def haversine_km_np(lat: float, lon: float, lats: npt.ArrayLike, lons: npt.ArrayLike) -> FloatArray:
    """Great-circle distances in km from one point to many (NaN stays NaN)."""
    la = np.radians(np.asarray(lats, dtype=np.float64))
    lo = np.radians(np.asarray(lons, dtype=np.float64))
    p1 = math.radians(lat)
    a = (
        np.sin((la - p1) / 2) ** 2
        + math.cos(p1) * np.cos(la) * np.sin((lo - math.radians(lon)) / 2) ** 2
    )
    result: FloatArray = 2.0 * EARTH_RADIUS_KM * np.arcsin(np.sqrt(np.minimum(a, 1.0)))
    return result


def cycling_minutes(km: float) -> int:
    """Estimated cycling time in whole minutes (at least 1) for a great-circle distance."""
    if math.isnan(km) or km < 0:
        raise ValueError(f"invalid distance: {km!r}")
    minutes = km * CYCLING_DETOUR_FACTOR / CYCLING_SPEED_KMH * 60.0
    return max(1, math.floor(minutes + 0.5))


def format_km(km: float | None) -> str:
    """``2.14`` -> ``"2,1 km"`` (Dutch decimal comma); ``None`` -> "afstand onbekend"."""
    if km is None or math.isnan(km):
        return _("afstand onbekend")
    return _("{afstand} km").format(afstand=f"{km:.1f}".replace(".", ","))


def describe_distance(km: float | None, to: str) -> str:
    """E.g. ``"2,1 km van school, 8 minuten fietsen"``; says so when it is unknown."""
    if km is None or math.isnan(km):
        return _("afstand tot {doel} onbekend: de postcode is niet bekend").format(doel=to)
    minutes = cycling_minutes(km)
    if minutes == 1:
        text = _("{afstand} van {doel}, 1 minuut fietsen")
    else:
        text = _("{afstand} van {doel}, {minuten} minuten fietsen")
    return text.format(afstand=format_km(km), doel=to, minuten=minutes)


# --- the index -------------------------------------------------------------------------


def _read_text(source: PathLike) -> str:
    if isinstance(source, Traversable) and not isinstance(source, Path):
        return source.read_text(encoding="utf-8-sig")
    return Path(os.fspath(source)).read_text(encoding="utf-8-sig")


def _unreadable(source: PathLike, detail: str) -> UserError:
    return UserError(
        _("Het postcodebestand {pad} kan niet worden gelezen: {reden}").format(
            pad=str(source), reden=detail
        )
    )


def _parse_table(text: str, source: PathLike) -> list[Place]:
    reader = csv.reader(io.StringIO(text))
    header = next(reader, None)
    if header is None or tuple(h.strip() for h in header) != _TABLE_HEADER:
        raise _unreadable(source, _("onverwachte kolommen"))
    places: list[Place] = []
    for line_no, row in enumerate(reader, start=2):
        if not row:
            continue
        try:
            pc4, lat, lon, code, gemeente, plaats, wijk_code, wijk, provider = row
            place = Place(
                pc4=pc4,
                lat=float(lat),
                lon=float(lon),
                gemeente=gemeente,
                plaats=plaats,
                wijk_code=wijk_code or None,
                wijk=wijk or None,
                provider=Provider(provider) if provider else None,
                gemeente_code=code,
            )
        except ValueError as exc:
            raise _unreadable(source, _("regel {regel}").format(regel=line_no)) from exc
        if pc4_of(pc4) != pc4:
            raise _unreadable(source, _("regel {regel}").format(regel=line_no))
        places.append(place)
    return places


def _parse_centroids_json(text: str, source: PathLike) -> list[Place]:
    """``{"1011": [lat, lon], ...}`` (the BAG PC4 centroid file)."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise _unreadable(source, _("geen geldige JSON")) from exc
    if not isinstance(data, dict):
        raise _unreadable(source, _("geen geldige JSON"))
    places: list[Place] = []
    for key, value in data.items():
        pc4 = pc4_of(str(key))
        if pc4 is None or pc4 != str(key).strip():
            continue
        try:
            lat, lon = float(value[0]), float(value[1])
        except (TypeError, ValueError, IndexError, KeyError):
            continue
        if math.isfinite(lat) and math.isfinite(lon):
            places.append(Place(pc4, lat, lon, "", "", None, None, None))
    return places


def _clean_gemeente(name: str) -> str:
    name = name.strip()
    name = name.removeprefix("Gemeente ")
    return name.removesuffix(" Municipality")


def _parse_geonames(text: str, source: PathLike) -> list[Place]:
    """GeoNames postal codes: one tab-separated row per (PC4, place).

    For a PC4 with several rows the medoid is taken: the row with the smallest summed
    distance to the other rows. A single stray row (such as 3523 "Ouddorp", 89 km from
    Utrecht) is thereby never chosen when at least two rows agree.
    """
    rows: dict[str, list[_GeoNamesEntry]] = {}
    for line in text.splitlines():
        cols = line.split("\t")
        if len(cols) < 11:
            continue
        pc4 = pc4_of(cols[1])
        if pc4 is None:
            continue
        try:
            lat, lon = float(cols[9]), float(cols[10])
        except ValueError:
            continue
        if not (math.isfinite(lat) and math.isfinite(lon)):
            continue
        entry = (lat, lon, cols[2].strip(), _clean_gemeente(cols[5]), cols[6].strip())
        rows.setdefault(pc4, []).append(entry)
    if not rows:
        raise _unreadable(source, _("geen postcodes gevonden"))
    places: list[Place] = []
    for pc4, entries in rows.items():
        lat, lon, plaats, gemeente, code = _medoid(entries)
        places.append(Place(pc4, lat, lon, gemeente, plaats, None, None, None, code))
    return places


def _medoid(entries: Sequence[_GeoNamesEntry]) -> _GeoNamesEntry:
    """The entry nearest all others; ties: with a municipality code, then by name."""

    def key(e: _GeoNamesEntry) -> tuple[float, bool, str]:
        total = sum(haversine_km(e[0], e[1], o[0], o[1]) for o in entries)
        return (round(total, 6), not e[4], e[2])

    return min(entries, key=key)


def _parse_reference(text: str, source: PathLike) -> list[Place]:
    """Detect the format (BAG centroid JSON or GeoNames txt) and parse it."""
    head = text.lstrip()[:1]
    if head in ("{", "["):
        return _parse_centroids_json(text, source)
    return _parse_geonames(text, source)


class GeoIndex:
    """PC4 -> :class:`Place`, with distances. Immutable once built."""

    _default: ClassVar[GeoIndex | None] = None
    _default_lock: ClassVar[threading.Lock] = threading.Lock()

    def __init__(self, places: Iterable[Place]) -> None:
        by_pc4: dict[str, Place] = {}
        for place in places:
            by_pc4.setdefault(place.pc4, place)
        self._places: dict[str, Place] = dict(sorted(by_pc4.items()))
        self._row: dict[str, int] = {pc4: i for i, pc4 in enumerate(self._places)}
        self._lats: FloatArray = np.fromiter(
            (p.lat for p in self._places.values()), dtype=np.float64, count=len(self._places)
        )
        self._lons: FloatArray = np.fromiter(
            (p.lon for p in self._places.values()), dtype=np.float64, count=len(self._places)
        )

    # construction

    @classmethod
    def default(cls) -> GeoIndex:
        """The table shipped with the program (loaded on first use, then cached)."""
        if cls._default is None:
            with cls._default_lock:
                if cls._default is None:
                    resource = files("utregs_plekkie.resources") / "geo" / "pc4_utrecht_regio.csv"
                    cls._default = cls.from_csv(resource)
        return cls._default

    @classmethod
    def from_csv(cls, path: PathLike) -> GeoIndex:
        """Read a table in the shipped format (``pc4,lat,lon,gemeente_code,...``)."""
        try:
            text = _read_text(path)
        except (OSError, UnicodeDecodeError) as exc:
            raise _unreadable(path, str(exc)) from exc
        return cls(_parse_table(text, path))

    def with_reference(self, path: PathLike) -> GeoIndex:
        """A copy that also knows every PC4 of a full reference file.

        The file is either a BAG PC4 centroid JSON (``{"1011": [lat, lon], ...}``) or a
        GeoNames postal-code txt; the format is detected. Postcodes in this index keep
        their entries (with wijk and provider); the others are added without them.
        """
        try:
            text = _read_text(path)
        except (OSError, UnicodeDecodeError) as exc:
            raise _unreadable(path, str(exc)) from exc
        extra = _parse_reference(text, path)
        return GeoIndex([*self._places.values(), *extra])

    # queries

    def __len__(self) -> int:
        return len(self._places)

    def __contains__(self, pc4: object) -> bool:
        return isinstance(pc4, str) and (key := pc4_of(pc4)) is not None and key in self._places

    def __iter__(self) -> Iterator[str]:
        return iter(self._places)

    @property
    def places(self) -> Mapping[str, Place]:
        return self._places

    def lookup(self, postcode_or_pc4: str) -> Place | None:
        """The place of a postcode (``"3511 AB"`` or ``"3511"``), or ``None`` if unknown."""
        pc4 = pc4_of(postcode_or_pc4)
        return None if pc4 is None else self._places.get(pc4)

    def distance_km(self, a: str | Place | None, b: str | Place | None) -> float | None:
        """Great-circle km between two postcodes; ``None`` (never 0) if either is unknown."""
        pa = a if isinstance(a, Place) else (self.lookup(a) if a is not None else None)
        pb = b if isinstance(b, Place) else (self.lookup(b) if b is not None else None)
        if pa is None or pb is None:
            return None
        return haversine_km(pa.lat, pa.lon, pb.lat, pb.lon)

    def provider_of(self, postcode: str) -> Provider | None:
        """The provider for a postcode in the city of Utrecht, else ``None``."""
        place = self.lookup(postcode)
        return None if place is None else place.provider

    def coordinates(self, pc4s: Sequence[str | None]) -> tuple[FloatArray, FloatArray, BoolArray]:
        """(lat, lon, known) arrays for many postcodes; unknown ones are NaN and False."""
        rows = np.fromiter(
            (self._row.get(pc4_of(p) or "", -1) if p is not None else -1 for p in pc4s),
            dtype=np.intp,
            count=len(pc4s),
        )
        known: BoolArray = rows >= 0
        lats: FloatArray = np.full(len(pc4s), np.nan, dtype=np.float64)
        lons: FloatArray = np.full(len(pc4s), np.nan, dtype=np.float64)
        lats[known] = self._lats[rows[known]]
        lons[known] = self._lons[rows[known]]
        return lats, lons, known

    def wijken(self) -> list[tuple[str, str, Provider]]:
        """The ten wijken of Utrecht: (CBS code, name, provider), by code."""
        return list(WIJKEN)

    def __repr__(self) -> str:
        return f"GeoIndex({len(self)} postcodes)"
