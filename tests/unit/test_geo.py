"""Tests for ``utregs_plekkie.core.geo`` and the derivation of the shipped PC4 table."""

from __future__ import annotations

import csv
import importlib.util
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import numpy as np
import pytest

from utregs_plekkie.core.enums import Provider
from utregs_plekkie.core.geo import (
    GEO_ATTRIBUTION,
    WIJK_PROVIDER,
    GeoIndex,
    Place,
    cycling_minutes,
    describe_distance,
    format_km,
    haversine_km,
    haversine_km_np,
    pc4_of,
)

REPO = Path(__file__).resolve().parents[2]
SHARED_GEO = REPO.parent / "shared" / "geo"
SCRIPT = REPO / "resources" / "geo" / "derive_pc4_table.py"
SHIPPED = REPO / "resources" / "geo" / "pc4_utrecht_regio.csv"

needs_shared = pytest.mark.skipif(
    not SHARED_GEO.is_dir(),
    reason=f"shared reference geodata not found at {SHARED_GEO} (expected beside the repo)",
)

CITY_PC4S = [f"{n}" for n in range(3451, 3456)] + [
    "3511", "3512", "3513", "3514", "3515",
    "3521", "3522", "3523", "3524", "3525", "3526", "3527", "3528",
    "3531", "3532", "3533", "3534",
    "3541", "3542", "3543", "3544", "3545", "3546",
    "3551", "3552", "3553", "3554", "3555",
    "3561", "3562", "3563", "3564", "3565", "3566",
    "3571", "3572", "3573",
    "3581", "3582", "3583", "3584", "3585",
]  # fmt: skip

KOOS_WIJKEN = {"Leidsche Rijn", "Vleuten-De Meern", "West", "Zuidwest"}
SPOOR_WIJKEN = {"Binnenstad", "Noordoost", "Noordwest", "Oost", "Overvecht", "Zuid"}


@pytest.fixture(scope="module")
def index() -> GeoIndex:
    return GeoIndex.default()


def _derived_rows() -> list[dict[str, str]]:
    with (SHARED_GEO / "utrecht_pc4_wijk_derived.csv").open(encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


# --- pc4_of ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "value", ["3511 AB", "3511ab", " 3511AB ", "3511", "3511  ab", "3511\tAB", "3511-AB"]
)
def test_pc4_of_accepts_postcodes(value: str) -> None:
    assert pc4_of(value) == "3511"


@pytest.mark.parametrize(
    "value", ["", "   ", "0511 AB", "351", "351 AB", "AB 3511", "35111", "３５１１", "abcd", "9"]
)
def test_pc4_of_rejects_non_postcodes(value: str) -> None:
    assert pc4_of(value) is None


# --- the shipped table ----------------------------------------------------------------


def test_default_is_cached(index: GeoIndex) -> None:
    assert GeoIndex.default() is index
    assert len(index) > 200


def test_shipped_header() -> None:
    first = SHIPPED.read_text(encoding="utf-8").splitlines()[0]
    assert first == "pc4,lat,lon,gemeente_code,gemeente,plaats,wijk_code,wijk,provider"


@pytest.mark.parametrize(
    ("pc4", "lat", "lon"),
    [("3511", 52.0884, 5.1176), ("3453", 52.0822, 5.0147), ("3563", 52.1187, 5.0994)],
)
def test_sanity_values(index: GeoIndex, pc4: str, lat: float, lon: float) -> None:
    place = index.lookup(pc4)
    assert place is not None
    assert place.lat == pytest.approx(lat, abs=1e-4)
    assert place.lon == pytest.approx(lon, abs=1e-4)


def test_distance_3511_3453(index: GeoIndex) -> None:
    km = index.distance_km("3511 AB", "3453")
    assert km == pytest.approx(7.07, abs=0.02)
    assert index.distance_km("3453", "3511") == km


def test_all_city_pc4s_have_a_wijk(index: GeoIndex) -> None:
    assert len(CITY_PC4S) == 47
    for pc4 in CITY_PC4S:
        place = index.lookup(pc4)
        assert place is not None, pc4
        assert place.in_city, pc4
        assert place.gemeente == "Utrecht"
        assert place.wijk in WIJK_PROVIDER, pc4
        assert place.wijk_code is not None and place.wijk_code.startswith("WK0344")
        assert place.provider == WIJK_PROVIDER[place.wijk]
    in_city = sorted(p.pc4 for p in index.places.values() if p.in_city)
    assert in_city == CITY_PC4S


def test_places_outside_city_have_no_wijk(index: GeoIndex) -> None:
    outside = [p for p in index.places.values() if not p.in_city]
    assert outside
    for place in outside:
        assert place.wijk is None and place.wijk_code is None and place.provider is None
    # Some neighbours the campaign cares about.
    assert {"Stichtse Vecht", "De Bilt", "Zeist", "Bunnik", "Houten", "Nieuwegein"} <= {
        p.gemeente for p in outside
    }


def test_plaats_is_the_nearest_place(index: GeoIndex) -> None:
    place = index.lookup("3454")
    assert place is not None and place.plaats == "De Meern"
    assert index.lookup("3523") == index.lookup("3523 AA")
    p3523 = index.lookup("3523")
    assert p3523 is not None and p3523.plaats == "Utrecht" and p3523.gemeente == "Utrecht"


def test_wijken_route_to_the_right_provider(index: GeoIndex) -> None:
    wijken = index.wijken()
    assert len(wijken) == 10
    assert {name for _code, name, _p in wijken} == KOOS_WIJKEN | SPOOR_WIJKEN
    for code, name, provider in wijken:
        assert code.startswith("WK0344")
        expected = Provider.KOOS if name in KOOS_WIJKEN else Provider.SPOOR030
        assert provider == expected, name
        assert WIJK_PROVIDER[name] == expected, name
    # Every wijk has at least one postcode in the table, routed to its provider.
    by_wijk = {p.wijk: p.provider for p in index.places.values() if p.wijk}
    assert set(by_wijk) == KOOS_WIJKEN | SPOOR_WIJKEN
    for wijk, routed in by_wijk.items():
        assert routed == WIJK_PROVIDER[wijk]


def test_provider_examples(index: GeoIndex) -> None:
    assert index.provider_of("3453 AB") == Provider.KOOS  # De Meern
    assert index.provider_of("3563") == Provider.SPOOR030  # Overvecht
    assert index.provider_of("3511") == Provider.SPOOR030  # Binnenstad
    assert index.provider_of("3700") is None  # Zeist: outside the city


# --- unknown postcodes ---------------------------------------------------------------


@pytest.mark.parametrize("postcode", ["9999 ZZ", "1011", "1011 AB", "", "abc"])
def test_unknown_postcode_is_unknown_never_zero(index: GeoIndex, postcode: str) -> None:
    assert index.lookup(postcode) is None
    assert postcode not in index
    assert index.distance_km(postcode, "3511") is None
    assert index.distance_km("3511", postcode) is None
    assert index.distance_km(postcode, postcode) is None


def test_contains(index: GeoIndex) -> None:
    assert "3511" in index
    assert "3511 AB" in index
    assert 3511 not in index


def test_coordinates_vectorised(index: GeoIndex) -> None:
    lats, lons, known = index.coordinates(["3511", "9999 ZZ", "3453 AB", "1011"])
    assert known.tolist() == [True, False, True, False]
    assert lats[0] == pytest.approx(52.0884) and lons[2] == pytest.approx(5.0147)
    assert np.isnan(lats[1]) and np.isnan(lons[3])
    empty = index.coordinates([])
    assert all(a.shape == (0,) for a in empty)
    d = haversine_km_np(lats[0], lons[0], lats, lons)
    assert d[0] == pytest.approx(0.0, abs=1e-9)
    assert d[2] == pytest.approx(index.distance_km("3511", "3453"))
    assert np.isnan(d[1])


# --- a reference file -----------------------------------------------------------------


@needs_shared
def test_with_reference_centroids_json(index: GeoIndex) -> None:
    full = index.with_reference(SHARED_GEO / "nl_pc4_centroids_bag2021.json")
    assert "1011" not in index  # the original is unchanged
    assert len(full) == 4073
    place = full.lookup("1011 AB")
    assert place is not None and place.wijk is None and place.provider is None
    assert not place.in_city
    km = full.distance_km("3511", "1011")
    assert km is not None and 30 < km < 40
    # Shipped entries keep their wijk and provider.
    assert full.lookup("3511") == index.lookup("3511")
    assert "9999" in full  # a real PC4 (Stedum), so it is known now
    assert full.lookup("1000") is None  # not a PC4 in use
    assert full.distance_km("1000 AA", "3511") is None


@needs_shared
def test_with_reference_geonames(index: GeoIndex) -> None:
    full = index.with_reference(SHARED_GEO / "geonames_NL_2024-04.txt")
    place = full.lookup("1011")
    assert place is not None and place.plaats == "Amsterdam" and place.gemeente == "Amsterdam"
    assert full.lookup("3523") == index.lookup("3523")  # not "Ouddorp"


def test_with_reference_detects_geonames(tmp_path: Path, index: GeoIndex) -> None:
    ref = tmp_path / "ref.txt"
    ref.write_text(
        "NL\t9401\tAssen\tDrenthe\t01\tAssen Municipality\t0106\t\t\t52.9939\t6.5625\t\n"
        "NL\t1234\tA\tX\t01\tGemeente A\t0001\t\t\t52.0\t5.0\t\n"
        "NL\t1234\tB\tX\t01\tGemeente A\t0001\t\t\t52.01\t5.0\t\n"
        "NL\t1234\tStray\tY\t02\tGemeente Z\t0002\t\t\t51.0\t3.9\t\n",
        encoding="utf-8",
    )
    full = index.with_reference(ref)
    assen = full.lookup("9401 AA")
    assert assen is not None
    assert (assen.plaats, assen.gemeente, assen.gemeente_code) == ("Assen", "Assen", "0106")
    stray = full.lookup("1234")
    assert stray is not None and stray.plaats in {"A", "B"}


def test_with_reference_detects_json(tmp_path: Path, index: GeoIndex) -> None:
    ref = tmp_path / "ref.json"
    ref.write_text('{"9401": [52.99, 6.56], "3511": [0.0, 0.0]}', encoding="utf-8")
    full = index.with_reference(ref)
    assert full.lookup("9401") == Place("9401", 52.99, 6.56, "", "", None, None, None)
    assert full.lookup("3511") == index.lookup("3511")


def test_with_reference_missing_file_is_a_user_error(tmp_path: Path, index: GeoIndex) -> None:
    from utregs_plekkie.core.errors import UserError

    with pytest.raises(UserError):
        index.with_reference(tmp_path / "nope.json")


def test_from_csv(tmp_path: Path) -> None:
    table = tmp_path / "t.csv"
    table.write_text(
        "pc4,lat,lon,gemeente_code,gemeente,plaats,wijk_code,wijk,provider\n"
        "3511,52.0884,5.1176,0344,Utrecht,Utrecht,WK034406,Binnenstad,spoor030\n"
        "3701,52.0880,5.2300,0355,Zeist,Zeist,,,\n",
        encoding="utf-8",
    )
    idx = GeoIndex.from_csv(table)
    assert len(idx) == 2
    zeist = idx.lookup("3701 AA")
    assert zeist is not None and not zeist.in_city and zeist.provider is None
    city = idx.lookup("3511")
    assert city is not None and city.in_city and city.provider == Provider.SPOOR030


# --- formatting -----------------------------------------------------------------------


def test_haversine() -> None:
    assert haversine_km(52.0, 5.0, 52.0, 5.0) == 0.0
    # One degree of latitude is about 111.2 km.
    assert haversine_km(52.0, 5.0, 53.0, 5.0) == pytest.approx(111.195, abs=0.01)


@pytest.mark.parametrize(
    ("km", "minutes"), [(2.1, 8), (0.0, 1), (0.05, 1), (1.0, 4), (5.0, 20), (10.0, 40)]
)
def test_cycling_minutes(km: float, minutes: int) -> None:
    assert cycling_minutes(km) == minutes


def test_cycling_minutes_rejects_nonsense() -> None:
    with pytest.raises(ValueError):
        cycling_minutes(-1.0)
    with pytest.raises(ValueError):
        cycling_minutes(float("nan"))


@pytest.mark.parametrize(
    ("km", "text"), [(2.14, "2,1 km"), (0.0, "0,0 km"), (12.96, "13,0 km"), (7.07, "7,1 km")]
)
def test_format_km(km: float, text: str) -> None:
    assert format_km(km) == text


def test_format_km_unknown() -> None:
    assert format_km(None) == "afstand onbekend"


def test_describe_distance() -> None:
    assert describe_distance(2.1, "school") == "2,1 km van school, 8 minuten fietsen"
    assert describe_distance(0.1, "huis") == "0,1 km van huis, 1 minuut fietsen"
    unknown = describe_distance(None, "school")
    assert "onbekend" in unknown and "school" in unknown and "postcode" in unknown
    assert "0," not in unknown


def test_attribution() -> None:
    assert GEO_ATTRIBUTION == (
        "CBS/Kadaster (CC BY 4.0), GeoNames (CC BY 4.0), BAG (Kadaster, public domain)"
    )


# --- against the shared reference data ------------------------------------------------


@needs_shared
def test_wijk_agrees_with_cbs2024_pip(index: GeoIndex) -> None:
    rows = _derived_rows()
    assert sorted(r["pc4"] for r in rows) == CITY_PC4S
    differs_from_2013 = set()
    for row in rows:
        place = index.lookup(row["pc4"])
        assert place is not None, row["pc4"]
        assert place.wijk == row["wijk_cbs2024gen_pip"], row["pc4"]
        assert place.lat == pytest.approx(float(row["lat"]), abs=1e-4)
        assert place.lon == pytest.approx(float(row["lon"]), abs=1e-4)
        if row["wijk_gemeente2013_pip"] != row["wijk_cbs2024gen_pip"]:
            differs_from_2013.add(row["pc4"])
    # Only the PC4s that straddle wijken may differ between the coarse CBS 2024 map
    # and the detailed 2013 outlines.
    assert differs_from_2013 <= {"3521", "3528", "3542"}


@needs_shared
def test_shipped_table_equals_a_fresh_derivation(tmp_path: Path) -> None:
    out = tmp_path / "pc4.csv"
    result = subprocess.run(
        [sys.executable, str(SCRIPT), "--shared", str(SHARED_GEO), "--out", str(out), "--quiet"],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert out.read_bytes() == SHIPPED.read_bytes()


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("derive_pc4_table", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_script_point_in_polygon_and_nearest_fallback() -> None:
    script = _script()
    square = [(5.0, 52.0), (5.1, 52.0), (5.1, 52.1), (5.0, 52.1), (5.0, 52.0)]
    hole = [(5.04, 52.04), (5.06, 52.04), (5.06, 52.06), (5.04, 52.06), (5.04, 52.04)]
    assert script.point_in_rings(5.02, 52.02, [square])
    assert not script.point_in_rings(5.2, 52.02, [square])
    assert not script.point_in_rings(5.05, 52.05, [square, hole])
    # About 0.01 degree of longitude east of the edge: ~0.68 km at 52 N.
    assert script.distance_to_rings_km(5.11, 52.05, [square]) == pytest.approx(0.686, abs=0.01)
    other = [(5.3, 52.0), (5.4, 52.0), (5.4, 52.1), (5.3, 52.1), (5.3, 52.0)]
    wijken = [("WK1", "Links", [square]), ("WK2", "Rechts", [other])]
    assert script.wijk_of(52.05, 5.05, wijken) == ("WK1", "Links", True)
    assert script.wijk_of(52.05, 5.12, wijken) == ("WK1", "Links", False)
    assert script.wijk_of(52.05, 5.29, wijken) == ("WK2", "Rechts", False)
