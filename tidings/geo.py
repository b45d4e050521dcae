"""The bundled world outline (``data/world.json``: Natural Earth 1:110m countries, public domain,
built by ``tools/world_map.py``): country shapes for the dashboard's map, and country centroids
for places that are whole countries."""
from __future__ import annotations

import json
from functools import cache
from importlib import resources

from . import names
from .records import Place


@cache
def world() -> dict[str, dict]:
    """``{iso3: {"name", "centroid": [lon, lat], "rings": [[lon10, lat10, ...], ...]}}``; ring
    coordinates are in tenths of a degree, and may run past ±180° where a country crosses it."""
    data = json.loads(resources.files("tidings.data").joinpath("world.json").read_text("utf-8"))
    return {c["iso3"]: c for c in data["countries"]}


def centroid(iso3: str | None) -> tuple[float, float] | None:
    """``(lat, lon)`` of a country's centre, if the outline has it."""
    country = world().get(iso3 or "")
    return (country["centroid"][1], country["centroid"][0]) if country else None


@cache
def _country_names() -> dict[str, str]:
    """``{folded name: ISO3}``: each country's name in the actor table and in the outline."""
    found = {names.fold(name): code for code, name in names.display().items() if len(code) == 3}
    found.update((names.fold(c["name"]), code) for code, c in world().items())
    return found


def is_country(place: Place) -> bool:
    """Whether a place is a whole country: it has one of its country's names ("Kenya", not "Gaza")."""
    return bool(place.country) and _country_names().get(names.fold(place.name)) == place.country


def position(place: Place) -> tuple[bool, float | None, float | None]:
    """``(whole country, lat, lon)`` of a place: a whole country at its centre, another place at
    its own coordinates."""
    whole = is_country(place)
    lat, lon = (centroid(place.country) if whole else None) or (place.lat, place.lon)
    return whole, lat, lon
