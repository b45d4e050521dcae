"""Build ``tidings/data/world.json``, the world outline the dashboard's map draws, from Natural
Earth's 1:110m admin-0 countries (public domain) as the npm package ``world-atlas`` 2.0.2 ships
them (TopoJSON)::

    npm pack world-atlas@2.0.2 && tar xzf world-atlas-2.0.2.tgz
    .venv/bin/python tools/world_map.py package/countries-110m.json

Each country keeps its ISO 3166-1 alpha-3 code (from the numeric code the file gives, by
pycountry; Kosovo as XKX, Somaliland with Somalia, Northern Cyprus with Cyprus), its rings with
coordinates in tenths of a degree (a ring that crosses the antimeridian goes on past ±180°; points that fall together at that precision dropped, rings
under two square degrees dropped unless they are all the country has), and its centroid: the
area-weighted centre of its largest ring, where the map puts and the GDELT export places a
country as a whole. Antarctica is left out.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

import pycountry

OUT = Path(__file__).resolve().parent.parent / "tidings" / "data" / "world.json"
UNNUMBERED = {"Kosovo": "XKX", "Somaliland": "SOM", "N. Cyprus": "CYP"}
LEFT_OUT = {"ATA"}
MIN_AREA = 2.0  # square degrees


def arcs(topology: dict) -> list[list[tuple[float, float]]]:
    """The topology's arcs in degrees (they are delta-encoded on a quantized grid)."""
    (sx, sy), (tx, ty) = topology["transform"]["scale"], topology["transform"]["translate"]
    decoded = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((x * sx + tx, y * sy + ty))
        decoded.append(points)
    return decoded


def ring(indexes: list[int], lines: list[list[tuple[float, float]]]) -> list[tuple[float, float]]:
    """A ring from its arcs (a negative index ``~i`` is arc ``i`` reversed), without repeated joints;
    a ring that crosses the antimeridian goes on past ±180° rather than jumping back across the map."""
    points: list[tuple[float, float]] = []
    for index in indexes:
        line = lines[index] if index >= 0 else lines[~index][::-1]
        points.extend(line[1:] if points else line)
    unwrapped = points[:1]
    for x, y in points[1:]:
        previous = unwrapped[-1][0]
        while x - previous > 180:
            x -= 360
        while previous - x > 180:
            x += 360
        unwrapped.append((x, y))
    return unwrapped


def area_and_centre(points: list[tuple[float, float]]) -> tuple[float, tuple[float, float]]:
    """Absolute area and centroid of a ring (shoelace formula, in degrees)."""
    a = cx = cy = 0.0
    for (x0, y0), (x1, y1) in zip(points, points[1:] + points[:1]):
        cross = x0 * y1 - x1 * y0
        a += cross
        cx += (x0 + x1) * cross
        cy += (y0 + y1) * cross
    if a == 0:
        return 0.0, points[0]
    return abs(a) / 2, (cx / (3 * a), cy / (3 * a))


def tenths(points: list[tuple[float, float]]) -> list[int]:
    """A ring as a flat list of coordinates in tenths of a degree, points that coincide dropped."""
    flat: list[int] = []
    for x, y in points:
        pair = [round(x * 10), round(y * 10)]
        if flat[-2:] != pair:
            flat.extend(pair)
    return flat


def iso3(geometry: dict) -> str | None:
    name = geometry["properties"]["name"]
    if "id" not in geometry:
        return UNNUMBERED.get(name)
    country = pycountry.countries.get(numeric=geometry["id"])
    return country.alpha_3 if country else None


def build(topology: dict) -> dict:
    lines = arcs(topology)
    countries: dict[str, dict] = {}
    for geometry in topology["objects"]["countries"]["geometries"]:
        code = iso3(geometry)
        if code is None or code in LEFT_OUT:
            continue
        polygons = geometry["arcs"] if geometry["type"] == "MultiPolygon" else [geometry["arcs"]]
        rings = [ring(polygon[0], lines) for polygon in polygons]  # outer rings: holes are not drawn
        entry = countries.setdefault(code, {"iso3": code, "name": geometry["properties"]["name"], "rings": []})
        if "id" in geometry:
            entry["name"] = geometry["properties"]["name"]
        entry["rings"].extend(rings)
    for entry in countries.values():
        measured = sorted(((area_and_centre(r), r) for r in entry["rings"]), key=lambda m: -m[0][0])
        (_, centre), _ = measured[0]
        entry["centroid"] = [round((centre[0] + 180) % 360 - 180, 2), round(centre[1], 2)]
        kept = [r for (area, _), r in measured if area >= MIN_AREA] or [measured[0][1]]
        entry["rings"] = [flat for flat in map(tenths, kept) if len(flat) >= 6]
    return {"source": "Natural Earth 1:110m admin-0 countries (public domain), via the npm package "
                      "world-atlas 2.0.2; built by tools/world_map.py",
            "countries": sorted(countries.values(), key=lambda c: c["iso3"])}


def main(path: str) -> None:
    world = build(json.loads(Path(path).read_text("utf-8")))
    OUT.write_text(json.dumps(world, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"{len(world['countries'])} countries, {OUT.stat().st_size // 1024} KB in {OUT}")


if __name__ == "__main__":
    main(sys.argv[1])
