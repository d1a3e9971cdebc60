#!/usr/bin/env python3
"""Regenerate assets/geo/world-110m.txt, the bundled world outline of the route map.

Source: the npm package `world-atlas` v2 (Mike Bostock, ISC licence), which redistributes
Natural Earth 4.1.0 admin-0 countries (public domain) as quantized TopoJSON. Only the data is used.

    mkdir /tmp/wa && cd /tmp/wa && npm install world-atlas@2   # do not commit node_modules
    python3 -m venv venv && ./venv/bin/pip install pycountry    # ISO numeric -> alpha-2 table
    ./venv/bin/python tools/make_world_outline.py /tmp/wa/node_modules/world-atlas > assets/geo/world-110m.txt

What it does:
  1. Decodes the TopoJSON arcs of countries-110m.json (delta-encoded quantized positions, then the
     transform) and stitches each ring from its arcs (a negative index ~i means arc i reversed; each
     arc after the first drops its first point, shared with the previous arc's last).
  2. Makes rings flat-map safe (planar): rings that the source joins across the antimeridian
     (Russia's Chukotka, Wrangel Island, Fiji) are cut at +-180; Antarctica, which runs around the
     South Pole, gets the pole's edge of the map.
  3. Rounds to 2 decimals (~1 km), drops repeated points, zero-area rings and the closing point
     (rings are implicitly closed), and splits rings that rounding made cross or touch themselves,
     dropping the twisted slivers (untwist): every ring of the asset is simple, so it can be
     triangulated for filling.
  4. Maps ISO 3166-1 numeric ids to alpha-2 with pycountry. Natural Earth units without an ISO id:
     Kosovo -> XK (the code the gazetteer uses), N. Cyprus -> CY and Somaliland -> SO (the states
     that the UN recognizes there; the gazetteer has no entry for either). Units that still have no
     code (Indian Ocean Ter., Siachen Glacier) are left out and listed on stderr.
  5. Adds from countries-50m.json what 1:110m lacks:
     - the countries and territories too small for 1:110m (Bahrain, Singapore, Malta, Maldives,
       Comoros, Vatican, ...): every unit whose id is absent from the 110m file;
     - the Gaza Strip (EXTRA_FROM_50M), which 1:110m draws inside Israel's outline;
     - the island of any gazetteer capital that lies more than CAPITAL_SLACK degrees off its
       country's 1:110m outline (Malabo, Nassau, Port Vila).
     Some additions overlap a coarse 110m ring (Gaza over Israel, Vatican over Italy): readers
     resolve overlaps by the smallest containing ring (src/geo does).
  6. Recodes the part of Morocco's ring south of 27.66 N as EH (Western Sahara, as in ISO 3166 and
     the gazetteer; Natural Earth 4.1 codes only the area east of the berm as W. Sahara).
  7. Dissolves the borders between units given the same code (Morocco's recoded part and W. Sahara,
     Cyprus and N. Cyprus, Somalia and Somaliland), so no line is drawn inside a country.
  8. Writes one line per ring, sorted by code (each country's rings in source order).

The output is deterministic; it takes about a minute (pure Python, quadratic self-crossing test).
"""

import json
import math
import sys
from pathlib import Path

import pycountry

# Natural Earth units that have no ISO 3166-1 numeric id in world-atlas.
NAMED_CODES = {"Kosovo": "XK", "N. Cyprus": "CY", "Somaliland": "SO"}

# The Morocco / Western Sahara border (see recode_western_sahara).
WS_BORDER_LAT = 27.66

# How far (degrees) a capital may lie off its country's outline before its island is added.
CAPITAL_SLACK = 0.12

# Countries present at 1:110m that miss a part there; that part is added from 1:50m.
EXTRA_FROM_50M = {"Palestine"}

HEADER = """\
# jawla world outline: Natural Earth 1:110m admin-0 countries (public domain), plus the small
# countries and territories that 1:110m leaves out, taken from Natural Earth 1:50m.
# Converted from the npm package world-atlas 2.0.2 (TopoJSON) by tools/make_world_outline.py;
# see assets/geo/README.md for the source and licence. Do not edit by hand: regenerate.
# Format: UTF-8, one ring per line, TAB between the three columns:
#   iso2  kind  points
# Columns:
#   iso2    ISO 3166-1 alpha-2 code of the country (XK = Kosovo). A country has one or more rings;
#           N. Cyprus is coded CY and Somaliland SO.
#   kind    `o` = outer ring of a polygon, `h` = hole in the preceding outer ring of the same country.
#   points  space-separated `lon,lat` pairs in decimal degrees (WGS84), 2 decimals, at least 3 pairs.
#           The ring is implicitly closed: the last point is joined back to the first.
# Every ring is simple (no self-crossing) and lies within lon -180..180: rings that cross the
# antimeridian are cut there, and Antarctica's ring runs along the map's bottom edge (lat -90).
# Overlaps: a 1:50m addition may lie over a coarse 1:110m outline (the Gaza Strip over Israel,
# Vatican and San Marino over Italy); the smallest ring containing a point decides its country.
# Western Sahara (EH) is the whole territory, as in ISO 3166 (Natural Earth 4.1 puts the
# Moroccan-administered part in Morocco; the converter recodes it south of 27.66 N).
# Left out: Tuvalu (absent from the source), Indian Ocean Ter. and Siachen Glacier (no ISO code).
"""


def inside(point, ring):
    """Even-odd point-in-ring test in the lon/lat plane."""
    x, y = point
    hit = False
    j = len(ring) - 1
    for i in range(len(ring)):
        (xi, yi), (xj, yj) = ring[i], ring[j]
        if (yi > y) != (yj > y) and x < (xj - xi) * (y - yi) / (yj - yi) + xi:
            hit = not hit
        j = i
    return hit


def mean(points):
    """Mean of a ring's points (inside any ring that is not too concave)."""
    return (sum(p[0] for p in points) / len(points), sum(p[1] for p in points) / len(points))


def decode_arcs(topo):
    """Absolute lon/lat positions of every arc of a quantized TopoJSON topology."""
    sx, sy = topo["transform"]["scale"]
    tx, ty = topo["transform"]["translate"]
    arcs = []
    for arc in topo["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x += dx
            y += dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)
    return arcs


def ring_points(arcs, indexes):
    """Stitch one ring from its arc indexes."""
    points = []
    for i in indexes:
        arc = arcs[i] if i >= 0 else list(reversed(arcs[~i]))
        points.extend(arc if not points else arc[1:])
    return points


def wrap_delta(d):
    """A longitude difference brought into [-180, 180]."""
    while d > 180:
        d -= 360
    while d < -180:
        d += 360
    return d


def clip(points, edge, east):
    """Sutherland-Hodgman clip of a ring against the meridian x = edge, keeping the side east
    (x >= edge) or west (x <= edge) of it."""

    def keep(x):
        return x >= edge if east else x <= edge

    out = []
    n = len(points)
    for i in range(n):
        (x0, y0), (x1, y1) = points[i - 1], points[i]
        in0, in1 = keep(x0), keep(x1)
        if in1 != in0:
            t = (edge - x0) / (x1 - x0)
            out.append((edge, y0 + t * (y1 - y0)))
        if in1:
            out.append((x1, y1))
    return out


def planar(points):
    """Rings for a flat map from one spherical ring: the source joins some points across the
    antimeridian (Russia's Chukotka, Fiji) or around the South Pole (Antarctica), which a flat
    map would draw as lines across the whole world.

    A ring around a pole gets the pole's edge of the map inserted where it jumps; a ring across
    the antimeridian is made continuous, cut at +-180 and its far part moved back by 360.
    """
    n = len(points)
    jumps = [i for i in range(n) if abs(points[(i + 1) % n][0] - points[i][0]) > 180]
    if not jumps:
        return [points]
    lons = [points[0][0]]
    for i in range(1, n):
        lons.append(lons[-1] + wrap_delta(points[i][0] - points[i - 1][0]))
    turn = lons[-1] + wrap_delta(points[0][0] - points[-1][0]) - lons[0]
    if abs(turn) > 180:
        # Around a pole: at the (single) jump, run along the map's edge past the pole.
        assert len(jumps) == 1, "a polar ring crosses the antimeridian once"
        i = jumps[0]
        (x0, y0), (x1, y1) = points[i], points[(i + 1) % n]
        pole = -90.0 if y0 < 0 else 90.0
        side = 180.0 if x0 > 0 else -180.0
        edge = [(side, y0), (side, pole), (-side, pole), (-side, y1)]
        return [points[: i + 1] + edge + points[i + 1 :]]
    unwrapped = [(x, y) for x, (_, y) in zip(lons, points)]
    if max(lons) > 180:
        east = clip(unwrapped, 180.0, east=False)
        west = [(x - 360, y) for x, y in clip(unwrapped, 180.0, east=True)]
    else:
        east = [(x + 360, y) for x, y in clip(unwrapped, -180.0, east=False)]
        west = clip(unwrapped, -180.0, east=True)
    return [r for r in (east, west) if len(r) >= 3]


def area(points):
    """Signed area (positive = counter-clockwise) in square degrees."""
    return sum(points[i - 1][0] * p[1] - p[0] * points[i - 1][1] for i, p in enumerate(points)) / 2


def cross(o, a, b):
    return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0])


def first_crossing(points):
    """(i, j, point) of the first pair of non-adjacent edges i, j (i < j) of a ring that cross
    or touch at a shared vertex; None for a simple ring."""
    n = len(points)
    for i in range(n):
        a, b = points[i], points[(i + 1) % n]
        for j in range(i + 2, n):
            if i == 0 and j == n - 1:
                continue
            c, d = points[j], points[(j + 1) % n]
            if b == d:  # a repeated vertex: the ring touches itself
                return i, j, b
            d1, d2, d3, d4 = cross(a, b, c), cross(a, b, d), cross(c, d, a), cross(c, d, b)
            if ((d1 > 0 > d2) or (d1 < 0 < d2)) and ((d3 > 0 > d4) or (d3 < 0 < d4)):
                t = d3 / (d3 - d4)
                return i, j, (a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1]))
    return None


def untwist(points):
    """Simple rings from a ring that rounding made cross or touch itself: split it at each
    crossing into two loops; a loop running against the ring's orientation is a twisted
    rounding artefact (a sliver) and is dropped, the others are kept as separate rings."""
    sign = area(points) >= 0
    todo, done = [points], []
    while todo:
        ring = todo.pop()
        hit = first_crossing(ring)
        if hit is None:
            if len(ring) >= 3 and area(ring) != 0 and (area(ring) >= 0) == sign:
                done.append(ring)
            continue
        i, j, x = hit
        inner = [x] + ring[i + 1 : j + 1]
        outer = ring[: i + 1] + [x] + ring[j + 1 :]
        for loop in (inner, outer):
            loop = [p for k, p in enumerate(loop) if p != loop[k - 1]]
            if len(loop) >= 3:
                todo.append(loop)
    return done


def clean(points):
    """Round to 2 decimals, drop repeats and the closing point; None if fewer than 3 remain."""
    out = []
    for lon, lat in points:
        p = (round(lon, 2), round(lat, 2))
        if not out or out[-1] != p:
            out.append(p)
    while len(out) > 1 and out[-1] == out[0]:
        out.pop()
    return out if len(out) >= 3 and area(out) != 0 else None


def fmt(v):
    s = f"{v:.2f}".rstrip("0").rstrip(".")
    return "0" if s in ("-0", "") else s


def simple_rings(points):
    """Flat, rounded, simple rings from one source ring (see planar, clean, untwist)."""
    out = []
    for ring in planar(points):
        ring = clean(ring)
        if ring is None:
            continue
        for part in untwist(ring):
            part = clean(part)  # crossing points are rounded too
            if part is not None and first_crossing(part) is None:
                out.append(part)
            elif part is not None:
                raise SystemExit(f"ring still crosses itself after rounding: {part[:3]}...")
    return out


def iso2_of(geometry):
    gid = geometry.get("id")
    name = geometry["properties"]["name"]
    if gid is None:
        return NAMED_CODES.get(name)
    country = pycountry.countries.get(numeric=gid)
    return country.alpha_2 if country else None


def country_rings(topo):
    """(iso2, name, numeric id, [(kind, points)]) per country geometry of a topology."""
    arcs = decode_arcs(topo)
    out = []
    for g in topo["objects"]["countries"]["geometries"]:
        if g["type"] == "Polygon":
            polygons = [g["arcs"]]
        elif g["type"] == "MultiPolygon":
            polygons = g["arcs"]
        else:
            continue
        rings = []
        for polygon in polygons:
            outers = simple_rings(ring_points(arcs, polygon[0]))
            if not outers:
                continue  # an islet that vanishes at 2 decimals takes its holes with it
            rings.extend(("o", r) for r in outers)
            if len(outers) > 1 and len(polygon) > 1:
                raise SystemExit(f"{g['properties']['name']}: holes in a ring cut at 180")
            for hole in polygon[1:]:
                rings.extend(("h", r) for r in simple_rings(ring_points(arcs, hole)))
        out.append((iso2_of(g), g["properties"]["name"], g.get("id"), rings))
    return out


def clip_lat(points, lat, north):
    """Sutherland-Hodgman clip of a ring against the parallel y = lat, keeping its north
    (y >= lat) or south (y <= lat) side."""

    def keep(y):
        return y >= lat if north else y <= lat

    out = []
    for i in range(len(points)):
        (x0, y0), (x1, y1) = points[i - 1], points[i]
        if keep(y0) != keep(y1):
            t = (lat - y0) / (y1 - y0)
            out.append((x0 + t * (x1 - x0), lat))
        if keep(y1):
            out.append((x1, y1))
    return out


def recode_western_sahara(units):
    """Natural Earth 4.1 draws the Moroccan-administered part of Western Sahara inside Morocco
    and codes only the area east of the berm as W. Sahara. The gazetteer follows ISO 3166 (EH =
    the whole territory, Laayoune and Dakhla in it), so the part of Morocco's ring south of the
    27.66 N parallel (the Morocco/Western Sahara border) is recoded EH."""
    out = []
    for iso2, name, gid, rings in units:
        if iso2 != "MA":
            out.append((iso2, name, gid, rings))
            continue
        assert all(kind == "o" for kind, _ in rings), "Morocco has no hole"
        north = [("o", r) for _, ring in rings for r in simple_rings(clip_lat(ring, WS_BORDER_LAT, True))]
        south = [("o", r) for _, ring in rings for r in simple_rings(clip_lat(ring, WS_BORDER_LAT, False))]
        out.append((iso2, name, gid, north))
        out.append(("EH", "W. Sahara (part in Morocco's Natural Earth outline)", None, south))
    return out


def segment_distance(p, a, b):
    dx, dy = b[0] - a[0], b[1] - a[1]
    len2 = dx * dx + dy * dy
    t = 0 if len2 == 0 else max(0.0, min(1.0, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len2))
    return math.hypot(p[0] - a[0] - t * dx, p[1] - a[1] - t * dy)


def capital_islands(units, medium):
    """The 1:50m islands that carry a gazetteer capital missing from its country's 1:110m
    outline (Malabo on Bioko, Nassau on New Providence, Port Vila on Efate): a route stop at a
    capital must sit on its country's land, or at least within CAPITAL_SLACK degrees of it (a
    coastal city just off the 2-decimal coastline)."""
    extra = []
    for iso2, city, lon, lat in gazetteer_capitals():
        own = [r for i2, _, _, rs in units if i2 == iso2 for kind, r in rs if kind == "o"]
        if not own:
            print(f"no outline for the capital {city} ({iso2})", file=sys.stderr)
            continue
        near = min(segment_distance((lon, lat), r[i - 1], r[i]) for r in own for i in range(len(r)))
        if any(inside((lon, lat), r) for r in own) or near < CAPITAL_SLACK:
            continue
        found = [
            (iso2, f"{name} (island of {city})", gid, [("o", r)])
            for i2, name, gid, rs in medium
            if i2 == iso2
            for kind, r in rs
            if kind == "o" and inside((lon, lat), r)
        ]
        if not found:
            print(f"capital {city} ({iso2}) is {near:.2f} deg off its outline", file=sys.stderr)
        extra += found
    return extra


def gazetteer_capitals():
    """(iso2, name, lon, lat) of the capitals in assets/gazetteer/cities.tsv."""
    path = Path(__file__).resolve().parent.parent / "assets" / "gazetteer" / "cities.tsv"
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        cols = line.split("\t")
        if line.startswith("#") or len(cols) < 5 or cols[4] != "capital":
            continue
        out.append((cols[1], cols[0], float(cols[3]), float(cols[2])))
    return out


def dissolve(rings):
    """Merges the outer rings of one country that share a border (Morocco's recoded part and
    Natural Earth's W. Sahara, Cyprus and N. Cyprus, Somalia and Somaliland), so no internal
    line is drawn: the edges that two rings run in opposite directions are removed and the rest
    is walked into rings. Rings that share nothing come back unchanged; if the walk would be
    ambiguous (rings touching at a single vertex) the rings are kept as they were."""
    ccw = [r if area(r) > 0 else list(reversed(r)) for r in rings]
    edges = {}
    for r in ccw:
        for i in range(len(r)):
            edges[(r[i - 1], r[i])] = edges.get((r[i - 1], r[i]), 0) + 1
    shared = {e for e in edges if (e[1], e[0]) in edges}
    if not shared:
        return rings
    nexts = {}
    for (a, b), count in edges.items():
        if (a, b) not in shared:
            if count > 1 or a in nexts:
                return rings
            nexts[a] = b
    out = []
    for r in ccw:
        for start in r:
            if start not in nexts:
                continue
            ring, p = [], start
            while p in nexts:
                ring.append(p)
                p = nexts.pop(p)
            if p != start or len(ring) < 3 or first_crossing(ring) is not None:
                return rings
            out.append(ring)
    return out


def main():
    src = Path(sys.argv[1] if len(sys.argv) > 1 else "node_modules/world-atlas")
    small = country_rings(json.loads((src / "countries-110m.json").read_text()))
    medium = country_rings(json.loads((src / "countries-50m.json").read_text()))

    have = {gid for _, _, gid, _ in small if gid is not None}
    have |= {name for _, name, _, _ in small}
    units = list(small)
    for unit in medium:
        iso2, name, gid, rings = unit
        if gid not in have and name not in have:
            units.append(unit)
        elif name in EXTRA_FROM_50M:
            # Polygons that 1:110m lacks: keep the 50m outer rings whose mean point lies inside no
            # 110m ring of the same country (for Palestine: the Gaza Strip, which 110m leaves
            # inside Israel's outline).
            own = [r for i2, _, _, rs in small if i2 == iso2 for _, r in rs]
            extra = [(k, r) for k, r in rings if k == "o" and not any(inside(mean(r), o) for o in own)]
            units.append((iso2, name, gid, extra))

    units = recode_western_sahara(units)
    units += capital_islands(units, medium)

    # Dissolve the borders inside a country made of several units.
    merged = {}
    for iso2, name, gid, rings in units:
        if iso2 is None:
            print(f"skipped (no ISO code): {name} (id {gid})", file=sys.stderr)
        elif iso2 in merged:
            merged[iso2][3].extend(rings)
        else:
            merged[iso2] = (iso2, name, gid, list(rings))
    units = []
    for iso2, name, gid, rings in merged.values():
        outers = dissolve([r for kind, r in rings if kind == "o"])
        holes = [("h", r) for kind, r in rings if kind == "h"]
        if holes and len(outers) != sum(kind == "o" for kind, _ in rings):
            raise SystemExit(f"{name}: dissolving borders of a country with holes")
        if holes:
            units.append((iso2, name, gid, rings))
        else:
            units.append((iso2, name, gid, [("o", r) for r in outers]))

    lines = []
    codes = set()
    for iso2, name, gid, rings in units:
        if not rings:
            print(f"skipped (no ring left at 2 decimals): {name}", file=sys.stderr)
            continue
        codes.add(iso2)
        for kind, points in rings:
            coords = " ".join(f"{fmt(lon)},{fmt(lat)}" for lon, lat in points)
            lines.append((iso2, kind, coords))

    # Stable order: by country code, keeping each country's rings in source order (holes follow
    # their outer ring).
    lines.sort(key=lambda line: line[0])
    sys.stdout.write(HEADER)
    for iso2, kind, coords in lines:
        sys.stdout.write(f"{iso2}\t{kind}\t{coords}\n")
    print(f"{len(codes)} countries, {len(lines)} rings", file=sys.stderr)


if __name__ == "__main__":
    main()
