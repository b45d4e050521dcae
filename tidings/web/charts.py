"""Server-rendered SVG charts: plain markup, every text escaped, no JavaScript needed."""
from __future__ import annotations

import functools
import math
from urllib.parse import urlencode

from markupsafe import Markup, escape

from .. import geo

QUAD_NAMES = {1: "Verbal cooperation", 2: "Material cooperation", 3: "Verbal conflict", 4: "Material conflict"}
QUAD_COLOURS = {1: "#7cc4a4", 2: "#23805f", 3: "#f2b15f", 4: "#c9483b"}
COOPERATION, CONFLICT, NEUTRAL = "#23805f", "#c9483b", "#8a94a6"
FONT = 'font-family="system-ui, -apple-system, Segoe UI, Roboto, sans-serif"'


def periods(first: str, last: str) -> list[str]:
    """Every month (``YYYY-MM``) or year (``YYYY``) from ``first`` to ``last``."""
    if len(first) == 4:
        return [str(y) for y in range(int(first), int(last) + 1)]
    y, m = map(int, first.split("-"))
    ly, lm = map(int, last.split("-"))
    found = []
    while (y, m) <= (ly, lm):
        found.append(f"{y:04d}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return found


def _axis_periods(rows: list[dict]) -> list[str]:
    keys = sorted(r["period"] for r in rows)
    return periods(keys[0], keys[-1]) if keys else []


def _label(period: str) -> str:
    """``2025-02`` → ``Feb 2025``."""
    if len(period) != 7:
        return period
    return f"{('Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec')[int(period[5:]) - 1]} {period[:4]}"


def _svg(width: int, height: int, label: str, body: list[str], kind: str) -> Markup:
    return Markup(f'<svg class="chart {kind}" viewBox="0 0 {width} {height}" role="img" aria-label="{escape(label)}" '
                  f'xmlns="http://www.w3.org/2000/svg" {FONT} font-size="11">'
                  f'<title>{escape(label)}</title>{"".join(body)}</svg>')


def _x_labels(axis: list[str], x0: float, step: float, y: float) -> list[str]:
    every = max(1, math.ceil(len(axis) / 8))
    return [f'<text x="{x0 + (i + 0.5) * step:.1f}" y="{y}" text-anchor="middle" fill="#5b6475">{escape(_label(p))}</text>'
            for i, p in enumerate(axis) if i % every == 0]


def index_chart(rows: list[dict], width: int = 560, height: int = 250) -> Markup:
    """Relation index per period: bars from zero on the −10 … +10 Goldstein scale."""
    axis = _axis_periods(rows)
    left, right, top, bottom = 40, 12, 12, 30
    plot_w, plot_h = width - left - right, height - top - bottom
    step = plot_w / max(1, len(axis))

    def y(v: float) -> float:
        return top + (10 - v) / 20 * plot_h

    body = []
    body += [_gridline(left, width - right, y(v), f"+{v}" if v > 0 else str(v), v == 0) for v in (-10, -5, 0, 5, 10)]
    by_period = {r["period"]: r for r in rows}
    bar = min(36.0, step * 0.6)
    for i, period in enumerate(axis):
        row = by_period.get(period)
        if not row or row["index"] is None:
            continue
        value = float(row["index"])
        cx = left + (i + 0.5) * step
        y0, y1 = sorted((y(0), y(value)))
        colour = COOPERATION if value > 0 else CONFLICT if value < 0 else NEUTRAL
        tip = f"{_label(period)}: index {value:+.2f} from {row['events']} event(s), {row['weight']} source(s)"
        body.append(f'<g class="bar"><title>{escape(tip)}</title>'
                    f'<rect x="{cx - bar / 2:.1f}" y="{y0:.1f}" width="{bar:.1f}" height="{max(1.5, y1 - y0):.1f}" '
                    f'rx="2" fill="{colour}"/>'
                    f'<text x="{cx:.1f}" y="{(y1 + 13) if value < 0 else (y0 - 4):.1f}" text-anchor="middle" '
                    f'font-weight="600" fill="{colour}">{value:+.1f}</text></g>')
    body += _x_labels(axis, left, step, height - 10)
    return _svg(width, height, "Relation index by period (−10 conflict … +10 cooperation)", body, "index-chart")


def _gridline(x0: float, x1: float, y: float, label: str, zero: bool) -> str:
    """A horizontal grid line with its value on the left axis."""
    return (f'<line x1="{x0}" x2="{x1}" y1="{y:.1f}" y2="{y:.1f}" stroke="{"#9aa3b2" if zero else "#e6e9ef"}"/>'
            f'<text x="{x0 - 6}" y="{y + 4:.1f}" text-anchor="end" fill="#5b6475">{label}</text>')


def _ticks(top_value: int) -> list[int]:
    step = max(1, math.ceil(top_value / 4))
    return list(range(0, top_value + step, step))


def stacked_chart(rows: list[dict], width: int = 560, height: int = 250) -> Markup:
    """Events per period, stacked by QuadClass, with a legend."""
    axis = _axis_periods(rows)
    left, right, top, bottom = 40, 12, 34, 30
    plot_w, plot_h = width - left - right, height - top - bottom
    step = plot_w / max(1, len(axis))
    ticks = _ticks(max([r["events"] for r in rows] or [1]))
    scale = plot_h / ticks[-1]
    body = []
    x = left
    for quad, name in QUAD_NAMES.items():
        body.append(f'<rect x="{x}" y="6" width="11" height="11" rx="2" fill="{QUAD_COLOURS[quad]}"/>'
                    f'<text x="{x + 16}" y="15.5" fill="#2b3240">{escape(name)}</text>')
        x += 28 + 5.4 * len(name)
    body += [_gridline(left, width - right, top + plot_h - t * scale, str(t), t == 0) for t in ticks]
    by_period = {r["period"]: r for r in rows}
    bar = min(36.0, step * 0.6)
    for i, period in enumerate(axis):
        row = by_period.get(period)
        if not row:
            continue
        cx, base = left + (i + 0.5) * step, top + plot_h
        parts = []
        for quad in QUAD_NAMES:
            count = row[f"quad{quad}"]
            if count:
                h = count * scale
                base -= h
                parts.append(f'<rect x="{cx - bar / 2:.1f}" y="{base:.1f}" width="{bar:.1f}" height="{h:.1f}" '
                             f'fill="{QUAD_COLOURS[quad]}" stroke="#fff" stroke-width="0.6"/>')
        tip = f"{_label(period)}: {row['events']} event(s) — " + ", ".join(
            f"{QUAD_NAMES[q].lower()} {row[f'quad{q}']}" for q in QUAD_NAMES if row[f"quad{q}"])
        body.append(f'<g class="bar"><title>{escape(tip)}</title>{"".join(parts)}</g>')
    body += _x_labels(axis, left, step, height - 10)
    return _svg(width, height, "Events per period by QuadClass", body, "stacked-chart")


def _tone(goldstein: float | None) -> str:
    if goldstein is None or -1 <= goldstein <= 1:
        return NEUTRAL
    return COOPERATION if goldstein > 0 else CONFLICT


def network_chart(center: str, label: str, counterparts: list[dict], links: list[dict],
                  names: dict[str, str], params: dict | None = None, width: int = 760, height: int = 620) -> Markup:
    """An actor in the middle, its counterparts around it; a line's width is the pair's number of
    events and its colour the mean Goldstein (green cooperation, red conflict). Nodes link to
    their actor page, lines to the pair's page (both keeping the filters ``params``). Each name
    runs outward from its circle along the circle's ray (turned to read left to right), so that
    no two names meet however many counterparts there are; neighbours alternate between two
    rings."""
    cx, cy = width / 2, height / 2
    most = max([d["events"] for d in counterparts] or [1])
    many = len(counterparts) > 8
    radius = min(width, height) / 2 - 30 - LABEL * 5.5
    place = {center: (cx, cy)}
    angles = {}
    for i, d in enumerate(counterparts):
        angle = -math.pi / 2 + 2 * math.pi * i / max(1, len(counterparts))
        reach = 0.8 if many and i % 2 else 1.0
        place[d["key"]] = (cx + radius * reach * math.cos(angle), cy + radius * reach * math.sin(angle))
        angles[d["key"]] = angle
    body = []
    for d in links:
        (x1, y1), (x2, y2) = place[d["a"]], place[d["b"]]
        body.append(f'<line x1="{x1:.1f}" y1="{y1:.1f}" x2="{x2:.1f}" y2="{y2:.1f}" stroke="#cfd5df" '
                    f'stroke-width="1" stroke-dasharray="3 3"/>')
    for d in counterparts:
        x, y = place[d["key"]]
        tip = f"{label} – {names.get(d['key'], d['key'])}: {d['events']} event(s), mean Goldstein {d['mean_goldstein']}"
        a, b = sorted((center, d["key"]))
        href = escape(link(f"/dyad/{a}/{b}", params or {}))
        body.append(f'<a href="{href}" class="edge"><title>{escape(tip)}</title>'
                    f'<line x1="{cx:.1f}" y1="{cy:.1f}" x2="{x:.1f}" y2="{y:.1f}" stroke="{_tone(d["mean_goldstein"])}" '
                    f'stroke-opacity="0.75" stroke-linecap="round" stroke-width="{2 + 8 * d["events"] / most:.1f}"/></a>')
    for d in counterparts:
        x, y = place[d["key"]]
        r = 9 + 11 * math.sqrt(d["events"] / most)
        name = names.get(d["key"], d["key"])
        angle = angles[d["key"]]
        lx, ly = x + (r + 5) * math.cos(angle), y + (r + 5) * math.sin(angle)
        right = math.cos(angle) >= -1e-9
        turn = math.degrees(angle) + (0 if right else 180)
        anchor = "start" if right else "end"
        href = escape(link(f"/actor/{d['key']}", params or {}))
        body.append(f'<a href="{href}" class="node">'
                    f'<title>{escape(name)} ({escape(d["key"])})</title>'
                    f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{r:.1f}" fill="#fff" stroke="#3b5b92" stroke-width="2"/>'
                    f'<text x="{x:.1f}" y="{y + 4:.1f}" text-anchor="middle" font-size="10" font-weight="600" '
                    f'fill="#3b5b92">{d["events"]}</text>'
                    f'<text class="label" x="{lx:.1f}" y="{ly:.1f}" text-anchor="{anchor}" dominant-baseline="middle" '
                    f'transform="rotate({turn:.1f} {lx:.1f} {ly:.1f})" fill="#2b3240" paint-order="stroke" '
                    f'stroke="#fff" stroke-width="3">{escape(_short(name))}</text></a>')
    body.append(f'<g class="center"><circle cx="{cx:.1f}" cy="{cy:.1f}" r="30" fill="#3b5b92"/>'
                f'<text x="{cx:.1f}" y="{cy + 4:.1f}" text-anchor="middle" font-weight="700" fill="#fff">'
                f'{escape(center)}</text>'
                f'<text x="{cx:.1f}" y="{cy + 46:.1f}" text-anchor="middle" font-weight="600" fill="#2b3240" '
                f'paint-order="stroke" stroke="#fff" stroke-width="3">{escape(label)}</text></g>')
    return _svg(width, height, f"Counterparts of {label}", body, "network-chart")


LABEL = 18  # characters of a counterpart's name on the network chart


def _short(name: str, most: int = LABEL) -> str:
    """A label of at most ``most`` characters (the full name is the node's tooltip)."""
    return name if len(name) <= most else name[:most - 1].rstrip() + "…"


MAP_TOP, MAP_BOTTOM = 84, -58  # latitudes the map shows (Antarctica is not drawn)
MAP_SCALE = 3  # pixels per degree


def world_map(places: list[dict], countries: list[dict], params: dict | None = None) -> Markup:
    """The world outline (``geo.world``, equirectangular) with each country shaded by its number of
    events and a circle on each place inside a country, sized by its events. A country or a place
    links to the events page filtered to it (keeping the filters ``params``)."""
    width, height = 360 * MAP_SCALE, (MAP_TOP - MAP_BOTTOM) * MAP_SCALE
    counts = {c["country"]: c["events"] for c in countries}
    most = max(counts.values(), default=1)
    params = params or {}
    body = [f'<rect width="{width}" height="{height}" fill="#eef3f8"/>']
    for code, (name, outline) in _country_outlines().items():
        events = counts.get(code, 0)
        fill = _shade(events / most) if events else "#fdfdfd"
        tip = f"{name}: {events} event(s)"
        shape = (f'<path d="{outline}" fill="{fill}" stroke="#b8c2d0" stroke-width="0.6">'
                 f'<title>{escape(tip)}</title></path>')
        href = escape(link("/events", params, country=code, place=None))
        body.append(f'<a href="{href}" class="country" data-country="{code}">{shape}</a>' if events else shape)
    busiest = max((p["events"] for p in places), default=1)
    for place in sorted((p for p in places if not p["whole_country"] and p["lat"] is not None),
                        key=lambda p: -p["events"]):
        x, y = _map_xy(place["lon"], place["lat"])
        r = 3 + 9 * math.sqrt(place["events"] / busiest)
        tip = f"{place['name']}{' (' + place['country'] + ')' if place['country'] else ''}: {place['events']} event(s)"
        href = escape(link("/events", params, place=place["name"], country=place["country"]))
        body.append(f'<a href="{href}" class="place"><title>{escape(tip)}</title>'
                    f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{r:.1f}" fill="{CONFLICT}" fill-opacity="0.75" '
                    f'stroke="#fff" stroke-width="1"/></a>')
    return _svg(width, height, "Events by country and place", body, "world-map")


def _map_xy(lon: float, lat: float) -> tuple[float, float]:
    """Where a longitude and latitude fall on the map, in pixels."""
    return (lon + 180) * MAP_SCALE, (MAP_TOP - lat) * MAP_SCALE


@functools.cache
def _country_outlines() -> dict[str, tuple[str, str]]:
    """Each country's name and SVG path, drawn once per process (a ring that crosses the date line
    is drawn again shifted by 360 degrees)."""
    outlines = {}
    for code, country in geo.world().items():
        paths = []
        for ring in country["rings"]:
            lons = ring[0::2]
            for shift in [0] + ([-3600] if max(lons) > 1800 else []) + ([3600] if min(lons) < -1800 else []):
                points = [_map_xy((x + shift) / 10, y / 10) for x, y in zip(ring[0::2], ring[1::2])]
                paths.append("M" + "L".join(f"{px:.0f} {py:.0f}" for px, py in points) + "Z")
        outlines[code] = (country["name"], "".join(paths))
    return outlines


def _shade(share: float) -> str:
    """A blue from pale (few events) to deep (the most)."""
    low, high = (222, 232, 245), (47, 84, 150)
    t = 0.15 + 0.85 * math.sqrt(share)
    return "#" + "".join(f"{round(a + (b - a) * t):02x}" for a, b in zip(low, high))


def link(path: str, params: dict, **changes) -> str:
    """``path`` with the query parameters ``params`` changed by ``changes`` (None drops one)."""
    merged = {k: v for k, v in {**params, **changes}.items() if v not in (None, "")}
    return f"{path}?{urlencode(merged)}" if merged else path
