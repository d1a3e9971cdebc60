#!/usr/bin/env python3
"""Validate the gazetteer and people lexicons under assets/.

Usage: python3 tools/check_lexicons.py [REPO_ROOT]

Checks assets/gazetteer/countries.tsv, assets/gazetteer/cities.tsv,
assets/people/officials.tsv, assets/people/roles_ar.tsv (every role_en of
officials.tsv has its Arabic there, once) and assets/i18n/countries.tsv (the
interface's short country names: each of a gazetteer country, its Arabic one of
the country's names_ar) against the formats stated in their headers
(and in assets/gazetteer/README.md, assets/people/README.md):

* each file starts with `#` comment lines (the header), has no blank lines,
  and every data row has exactly the expected number of TAB-separated columns;
* cells have no leading/trailing spaces, no double spaces, no empty variants
  (`a||b`, `|a`), no repeated variant inside one cell;
* ISO codes come from the fixed ISO 3166-1 alpha-2 list below (plus XK for
  Kosovo); officials may also use the organization keys;
* every capital named in countries.tsv is a row of cities.tsv with
  kind=capital and the same iso2; every kind=capital row is the capital of
  its country in countries.tsv;
* lat in [-90, 90], lon in [-180, 180], written with 2-4 decimals; each
  capital lies within 50 km of an independent GeoNames reference point and
  each other city within a plausible distance of its country's capital
  (catches swapped lat/lon and flipped signs);
* office in the closed list; years are YYYY, from <= to, within 1900..2026;
* no duplicate rows or keys; no empty names; no Arabic name shared by two
  countries, no demonym shared by two countries, no Arabic name form shared
  by two people;
* no Latin letters in Arabic cells, Arabic letters in every Arabic cell, and
  no Arabic letters in English cells.

Prints every violation as FILE:LINE: message and exits 1 if there is any,
else prints a summary and exits 0. Uses only the Python standard library.
"""

from __future__ import annotations

import math
import re
import sys
from pathlib import Path

# ISO 3166-1 alpha-2 (officially assigned codes) plus XK (Kosovo, user-assigned,
# used by the EU, IMF and most news databases).
ISO2 = set(
    """
AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR
BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ
EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW
GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY
KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV
MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY
QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG
TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM
ZW XK
""".split()
)

# The 193 UN member states.
UN_MEMBERS = set(
    """
AF AL DZ AD AO AG AR AM AU AT AZ BS BH BD BB BY BE BZ BJ BT BO BA BW BR BN BG BF BI CV KH CM
CA CF TD CL CN CO KM CG CD CR CI HR CU CY CZ DK DJ DM DO EC EG SV GQ ER EE SZ ET FJ FI FR GA
GM GE DE GH GR GD GT GN GW GY HT HN HU IS IN ID IR IQ IE IL IT JM JP JO KZ KE KI KP KR KW KG
LA LV LB LS LR LY LI LT LU MG MW MY MV ML MT MH MR MU MX FM MD MC MN ME MA MZ MM NA NR NP NL
NZ NI NE NG MK NO OM PK PW PA PG PY PE PH PL PT QA RO RU RW KN LC VC WS SM ST SA SN RS SC SL
SG SK SI SB SO ZA SS ES LK SD SR SE CH SY TJ TZ TH TL TG TO TT TN TR TM TV UG UA AE GB US UY
UZ VU VE VN YE ZM ZW
""".split()
)
# Observer states and partially recognized / disputed entities the press names.
EXTRA_COUNTRIES = {"PS", "VA", "XK", "TW", "EH"}

ORG_KEYS = {"un", "eu", "nato", "arab-league", "gcc", "au", "oic"}

OFFICES = set(
    """
president vice-president king emir sultan crown-prince prime-minister deputy-prime-minister
foreign-minister defence-minister interior-minister finance-minister intelligence-chief speaker
secretary-general national-security-adviser army-chief envoy pope opposition-leader minister other
""".split()
)

KINDS = {"capital", "city"}

FIRST_YEAR, LAST_YEAR = 1900, 2026

ARABIC_RE = re.compile(r"[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]")
LATIN_RE = re.compile(r"[A-Za-z\u00C0-\u024F]")
# Arabic cells: Arabic letters, diacritics, spaces, hyphen, apostrophe-free.
ARABIC_CELL_RE = re.compile(r"^[\u0621-\u064A\u064B-\u0652\u0670\u0671\u067E\u0686\u06A4\u06AF\u06CC\u0640 \-]+$")
COORD_RE = re.compile(r"^-?\d{1,3}\.\d{2,4}$")
YEAR_RE = re.compile(r"^\d{4}$")
ISO_RE = re.compile(r"^[A-Z]{2}$")

# Independent reference point (1 decimal) for each capital, taken from GeoNames (CC BY 4.0,
# geonames.org) by the capital's English name: a capital row must lie within CAPITAL_REF_KM of it.
# This catches swapped lat/lon or a flipped sign on capitals, which the distance-to-capital check
# below cannot see (it measures every other city from the capital).
CAPITAL_REF = {
    iso: (float(lat), float(lon))
    for iso, lat, lon in (
        re.split(r"[:,]", item)
        for item in """
DZ:36.7,3.1 BH:26.2,50.6 KM:-11.7,43.3 DJ:11.6,43.1 EG:30.1,31.2 IQ:33.3,44.4 JO:32.0,35.9
KW:29.4,48.0 LB:33.9,35.5 LY:32.9,13.2 MR:18.1,-16.0 MA:34.0,-6.8 OM:23.6,58.4 PS:31.9,35.2
QA:25.3,51.5 SA:24.7,46.7 SO:2.0,45.3 SD:15.6,32.5 SY:33.5,36.3 TN:36.8,10.2 AE:24.5,54.4
YE:15.4,44.2 IR:35.7,51.4 TR:39.9,32.9 IL:31.8,35.2 CY:35.2,33.4 AF:34.5,69.2 PK:33.7,73.0
AL:41.3,19.8 AD:42.5,1.5 AT:48.2,16.4 BY:53.9,27.6 BE:50.9,4.3 BA:43.8,18.4 BG:42.7,23.3
HR:45.8,16.0 CZ:50.1,14.4 DK:55.7,12.6 EE:59.4,24.8 FI:60.2,24.9 FR:48.9,2.3 DE:52.5,13.4
GR:38.0,23.7 HU:47.5,19.0 IS:64.1,-21.9 IE:53.3,-6.2 IT:41.9,12.5 XK:42.7,21.2 LV:56.9,24.1
LI:47.1,9.5 LT:54.7,25.3 LU:49.6,6.1 MT:35.9,14.5 MD:47.0,28.9 MC:43.7,7.4 ME:42.4,19.3
NL:52.4,4.9 MK:42.0,21.4 NO:59.9,10.7 PL:52.2,21.0 PT:38.7,-9.1 RO:44.4,26.1 RU:55.8,37.6
SM:43.9,12.4 RS:44.8,20.5 SK:48.1,17.1 SI:46.1,14.5 ES:40.4,-3.7 SE:59.3,18.1 CH:46.9,7.4
UA:50.5,30.5 GB:51.5,-0.1 VA:41.9,12.5 AM:40.2,44.5 AZ:40.4,49.9 GE:41.7,44.8 BD:23.7,90.4
BT:27.5,89.6 BN:4.9,114.9 KH:11.6,104.9 CN:39.9,116.4 IN:28.6,77.2 ID:-6.2,106.8 JP:35.7,139.7
KZ:51.2,71.4 KP:39.0,125.8 KR:37.6,127.0 KG:42.9,74.6 LA:18.0,102.6 MY:3.1,101.7 MV:4.2,73.5
MN:47.9,106.9 MM:19.7,96.1 NP:27.7,85.3 PH:14.6,121.0 SG:1.3,103.9 LK:6.9,79.8 TW:25.1,121.5
TJ:38.5,68.8 TH:13.8,100.5 TL:-8.6,125.6 TM:38.0,58.4 UZ:41.3,69.2 VN:21.0,105.8 AO:-8.8,13.2
BJ:6.5,2.6 BW:-24.7,25.9 BF:12.4,-1.5 BI:-3.4,29.9 CV:14.9,-23.5 CM:3.9,11.5 CF:4.4,18.6
TD:12.1,15.0 CG:-4.3,15.3 CD:-4.3,15.3 CI:6.8,-5.3 GQ:3.8,8.8 ER:15.3,38.9 SZ:-26.3,31.1
ET:9.0,38.7 GA:0.4,9.5 GM:13.5,-16.6 GH:5.6,-0.2 GN:9.5,-13.7 GW:11.9,-15.6 KE:-1.3,36.8
LS:-29.3,27.5 LR:6.3,-10.8 MG:-18.9,47.5 MW:-14.0,33.8 ML:12.6,-8.0 MU:-20.2,57.5 MZ:-26.0,32.6
NA:-22.6,17.1 NE:13.5,2.1 NG:9.1,7.5 RW:-1.9,30.1 ST:0.3,6.7 SN:14.7,-17.4 SC:-4.6,55.5
SL:8.5,-13.2 ZA:-25.7,28.2 SS:4.9,31.6 TZ:-6.2,35.7 TG:6.1,1.2 UG:0.3,32.6 ZM:-15.4,28.3
ZW:-17.8,31.1 EH:27.1,-13.2 AG:17.1,-61.8 AR:-34.6,-58.4 BS:25.1,-77.3 BB:13.1,-59.6
BZ:17.3,-88.8 BO:-19.0,-65.3 BR:-15.8,-47.9 CA:45.4,-75.7 CL:-33.5,-70.6 CO:4.6,-74.1
CR:9.9,-84.1 CU:23.1,-82.4 DM:15.3,-61.4 DO:18.5,-69.9 EC:-0.2,-78.5 SV:13.7,-89.2
GD:12.1,-61.8 GT:14.6,-90.5 GY:6.8,-58.2 HT:18.5,-72.3 HN:14.1,-87.2 JM:18.0,-76.8
MX:19.4,-99.1 NI:12.1,-86.3 PA:9.0,-79.5 PY:-25.3,-57.6 PE:-12.0,-77.0 KN:17.3,-62.7
LC:14.0,-61.0 VC:13.2,-61.2 SR:5.9,-55.2 TT:10.7,-61.5 US:38.9,-77.0 UY:-34.9,-56.2
VE:10.5,-66.9 AU:-35.3,149.1 FJ:-18.1,178.4 KI:1.3,173.0 MH:7.1,171.4 FM:6.9,158.2
NR:-0.6,166.9 NZ:-41.3,174.8 PW:7.5,134.6 PG:-9.5,147.2 WS:-13.8,-171.8 SB:-9.4,159.9
TO:-21.1,-175.2 TV:-8.5,179.2 VU:-17.7,168.3
""".split()
    )
}
CAPITAL_REF_KM = 50

# Largest plausible distance (km) from a country's capital to any of its cities.
DEFAULT_RADIUS_KM = 2500
RADIUS_KM = {
    "RU": 7500,
    "US": 6000,
    "CA": 5000,
    "CN": 4000,
    "AU": 4000,
    "BR": 4000,
    "IN": 2800,
    "ID": 4000,
    "DZ": 2000,
    "EH": 1200,
}


class Checker:
    def __init__(self) -> None:
        self.errors: list[str] = []

    def err(self, path: Path, line: int, msg: str) -> None:
        self.errors.append(f"{path}:{line}: {msg}")


def read_rows(ck: Checker, path: Path, ncols: int) -> list[tuple[int, list[str]]]:
    """Return (line number, cells) for every data row; report structural problems."""
    if not path.is_file():
        ck.err(path, 0, "file is missing")
        return []
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        ck.err(path, 0, f"not valid UTF-8: {e}")
        return []
    if text.startswith("\ufeff"):
        ck.err(path, 1, "starts with a byte-order mark")
    if "\r" in text:
        ck.err(path, 0, "contains CR characters (use LF line ends)")
    if not text.endswith("\n"):
        ck.err(path, 0, "does not end with a newline")
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    header = 0
    while header < len(lines) and lines[header].startswith("#"):
        header += 1
    if header < 3:
        ck.err(path, 1, "header missing: the file must start with at least 3 '#' comment lines")
    header_text = "\n".join(lines[:header]).lower()
    if "format" not in header_text and "column" not in header_text:
        ck.err(path, 1, "header does not state the format (no 'format'/'columns' line)")
    rows = []
    seen_lines: dict[str, int] = {}
    for i, line in enumerate(lines, start=1):
        if line.startswith("#"):
            continue
        if line.strip() == "":
            ck.err(path, i, "blank line inside data")
            continue
        if line in seen_lines:
            ck.err(path, i, f"duplicate row (same as line {seen_lines[line]})")
        seen_lines.setdefault(line, i)
        cells = line.split("\t")
        if len(cells) != ncols:
            ck.err(path, i, f"expected {ncols} TAB-separated columns, found {len(cells)}")
            continue
        for c in cells:
            if c != c.strip():
                ck.err(path, i, f"cell {c!r} has leading/trailing whitespace")
            if "  " in c:
                ck.err(path, i, f"cell {c!r} has a double space")
        rows.append((i, cells))
    if not rows:
        ck.err(path, 0, "no data rows")
    return rows


def variants(ck: Checker, path: Path, line: int, cell: str, what: str, required: bool) -> list[str]:
    """Split a `|` cell, reporting empty or repeated variants."""
    if cell == "":
        if required:
            ck.err(path, line, f"{what} is empty")
        return []
    parts = cell.split("|")
    for p in parts:
        if p.strip() == "":
            ck.err(path, line, f"{what} has an empty variant: {cell!r}")
        elif p != p.strip():
            ck.err(path, line, f"{what} variant {p!r} has surrounding spaces")
    seen = set()
    for p in parts:
        if p in seen:
            ck.err(path, line, f"{what} repeats the variant {p!r}")
        seen.add(p)
    return [p for p in parts if p.strip()]


def check_arabic(ck: Checker, path: Path, line: int, values: list[str], what: str) -> None:
    for v in values:
        if LATIN_RE.search(v):
            ck.err(path, line, f"{what} {v!r} contains Latin letters")
        elif not ARABIC_RE.search(v):
            ck.err(path, line, f"{what} {v!r} contains no Arabic letter")
        elif not ARABIC_CELL_RE.match(v):
            bad = sorted({ch for ch in v if not ARABIC_CELL_RE.match(ch)})
            ck.err(path, line, f"{what} {v!r} contains unexpected characters {bad!r}")


def check_english(ck: Checker, path: Path, line: int, value: str, what: str, required: bool) -> None:
    if value == "":
        if required:
            ck.err(path, line, f"{what} is empty")
        return
    if ARABIC_RE.search(value):
        ck.err(path, line, f"{what} {value!r} contains Arabic letters")
    if not LATIN_RE.search(value):
        ck.err(path, line, f"{what} {value!r} contains no Latin letter")
    if "|" in value:
        ck.err(path, line, f"{what} {value!r} must be a single value (no '|')")


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(a))


def check_countries(ck: Checker, path: Path) -> dict[str, tuple[int, str]]:
    """Return iso2 -> (line, capital_en)."""
    countries: dict[str, tuple[int, str]] = {}
    names_ar: dict[str, tuple[str, int]] = {}
    all_demonyms: dict[str, tuple[str, int]] = {}
    for line, (iso, name_en, ar, dem, capital) in read_rows(ck, path, 5):
        if not ISO_RE.match(iso) or iso not in ISO2:
            ck.err(path, line, f"iso2 {iso!r} is not a valid ISO 3166-1 alpha-2 code")
        elif iso not in UN_MEMBERS and iso not in EXTRA_COUNTRIES:
            ck.err(path, line, f"iso2 {iso} is neither a UN member nor one of {sorted(EXTRA_COUNTRIES)}")
        if iso in countries:
            ck.err(path, line, f"duplicate iso2 {iso} (first on line {countries[iso][0]})")
        check_english(ck, path, line, name_en, "name_en", True)
        check_english(ck, path, line, capital, "capital_en", True)
        names = variants(ck, path, line, ar, "names_ar", True)
        check_arabic(ck, path, line, names, "names_ar")
        for n in names:
            if n in names_ar and names_ar[n][0] != iso:
                ck.err(path, line, f"Arabic name {n!r} also names {names_ar[n][0]} (line {names_ar[n][1]})")
            names_ar.setdefault(n, (iso, line))
        dems = variants(ck, path, line, dem, "demonyms_ar", False)
        check_arabic(ck, path, line, dems, "demonyms_ar")
        for d in dems:
            owner = all_demonyms.setdefault(d, (iso, line))
            if owner[0] != iso:
                ck.err(path, line, f"demonym {d!r} also belongs to {owner[0]} (line {owner[1]})")
            # ألماني written without hamza is الماني: allowed when the hamza form is listed too.
            hamza_form = d[:1] in ("ا",) and ("أ" + d[1:] in dems or "إ" + d[1:] in dems)
            if d.startswith("ال") and not hamza_form:
                ck.err(path, line, f"demonym {d!r} must be written without the article ال")
        countries.setdefault(iso, (line, capital))
    missing = (UN_MEMBERS | EXTRA_COUNTRIES) - set(countries)
    for iso in sorted(missing):
        ck.err(path, 0, f"missing country {iso}")
    return countries


def check_cities(ck: Checker, path: Path, countries: dict[str, tuple[int, str]]) -> int:
    rows = read_rows(ck, path, 6)
    keys: dict[tuple[str, str], int] = {}
    capitals: dict[str, list[tuple[str, int, float, float]]] = {}
    parsed = []
    for line, (name_en, iso, lat_s, lon_s, kind, ar) in rows:
        check_english(ck, path, line, name_en, "name_en", True)
        if iso not in ISO2:
            ck.err(path, line, f"iso2 {iso!r} is not a valid ISO 3166-1 alpha-2 code")
        elif iso not in countries:
            ck.err(path, line, f"iso2 {iso} has no row in countries.tsv")
        key = (name_en, iso)
        if key in keys:
            ck.err(path, line, f"duplicate city {name_en} ({iso}), first on line {keys[key]}")
        keys.setdefault(key, line)
        lat = lon = None
        if not COORD_RE.match(lat_s):
            ck.err(path, line, f"lat {lat_s!r} is not decimal degrees with 2-4 decimals")
        else:
            lat = float(lat_s)
            if not -90 <= lat <= 90:
                ck.err(path, line, f"lat {lat} outside [-90, 90]")
        if not COORD_RE.match(lon_s):
            ck.err(path, line, f"lon {lon_s!r} is not decimal degrees with 2-4 decimals")
        else:
            lon = float(lon_s)
            if not -180 <= lon <= 180:
                ck.err(path, line, f"lon {lon} outside [-180, 180]")
        if kind not in KINDS:
            ck.err(path, line, f"kind {kind!r} is not one of {sorted(KINDS)}")
        names = variants(ck, path, line, ar, "names_ar", True)
        check_arabic(ck, path, line, names, "names_ar")
        if kind == "capital":
            capitals.setdefault(iso, []).append((name_en, line, lat or 0.0, lon or 0.0))
            if iso in countries and countries[iso][1] != name_en:
                ck.err(
                    path,
                    line,
                    f"{name_en} is kind=capital but the capital of {iso} in countries.tsv is "
                    f"{countries[iso][1]}",
                )
        parsed.append((line, name_en, iso, lat, lon))
    for iso, (cline, capital) in sorted(countries.items()):
        found = [c for c in capitals.get(iso, []) if c[0] == capital]
        if not found:
            ck.err(path, 0, f"capital {capital} of {iso} (countries.tsv:{cline}) has no kind=capital row")
    for iso, caps in capitals.items():
        name, cline, clat, clon = caps[0]
        if iso not in CAPITAL_REF:
            ck.err(path, cline, f"no reference point for the capital of {iso} in CAPITAL_REF")
        else:
            rlat, rlon = CAPITAL_REF[iso]
            d = haversine_km(clat, clon, rlat, rlon)
            if d > CAPITAL_REF_KM:
                ck.err(path, cline, f"capital {name} is {d:.0f} km from its reference point {rlat},{rlon}")
        if len(caps) > 1:
            ck.err(path, caps[1][1], f"{iso} has more than one kind=capital row")
    # Distance sanity: every city within the radius of its country's capital.
    for line, name_en, iso, lat, lon in parsed:
        if lat is None or lon is None or iso not in capitals:
            continue
        _, _, clat, clon = capitals[iso][0]
        d = haversine_km(lat, lon, clat, clon)
        limit = RADIUS_KM.get(iso, DEFAULT_RADIUS_KM)
        if d > limit:
            ck.err(path, line, f"{name_en} is {d:.0f} km from the capital of {iso} (limit {limit} km)")
    return len(rows)


def check_officials(ck: Checker, path: Path, countries: dict[str, tuple[int, str]]) -> int:
    rows = read_rows(ck, path, 7)
    keys: dict[tuple[str, str, str, str], int] = {}
    short_forms: dict[str, set[str]] = {}
    for line, (name_en, ar, country, office, y_from, y_to, role) in rows:
        check_english(ck, path, line, name_en, "name_en", True)
        check_english(ck, path, line, role, "role_en", False)
        names = variants(ck, path, line, ar, "names_ar", True)
        check_arabic(ck, path, line, names, "names_ar")
        for n in names:
            if " " not in n and len(n) <= 3:
                ck.err(path, line, f"Arabic name form {n!r} is too short to identify a person")
            short_forms.setdefault(n, set()).add(name_en)
        if country in ORG_KEYS:
            pass
        elif country not in ISO2:
            ck.err(path, line, f"country {country!r} is neither an ISO alpha-2 code nor one of {sorted(ORG_KEYS)}")
        elif country not in countries:
            ck.err(path, line, f"country {country} has no row in countries.tsv")
        if office not in OFFICES:
            ck.err(path, line, f"office {office!r} is not in the closed list")
        yf = yt = None
        if not YEAR_RE.match(y_from):
            ck.err(path, line, f"from {y_from!r} is not a year YYYY")
        else:
            yf = int(y_from)
            if not FIRST_YEAR <= yf <= LAST_YEAR:
                ck.err(path, line, f"from {yf} outside {FIRST_YEAR}..{LAST_YEAR}")
        if y_to != "":
            if not YEAR_RE.match(y_to):
                ck.err(path, line, f"to {y_to!r} is not a year YYYY (or empty)")
            else:
                yt = int(y_to)
                if not FIRST_YEAR <= yt <= LAST_YEAR:
                    ck.err(path, line, f"to {yt} outside {FIRST_YEAR}..{LAST_YEAR}")
        if yf is not None and yt is not None and yt < yf:
            ck.err(path, line, f"to {yt} is before from {yf}")
        key = (name_en, country, office, y_from)
        if key in keys:
            ck.err(path, line, f"duplicate tenure {key} (first on line {keys[key]})")
        keys.setdefault(key, line)
    # An Arabic form shared by two different people is ambiguous and must not be listed.
    for form, people in sorted(short_forms.items()):
        if len(people) > 1:
            ck.err(path, 0, f"Arabic form {form!r} names several people: {sorted(people)}")
    return len(rows)


def check_roles_ar(ck: Checker, path: Path, officials: Path) -> int:
    """roles_ar.tsv: one Arabic role per English role, for every role_en of officials.tsv."""
    rows = read_rows(ck, path, 2)
    seen: dict[str, int] = {}
    for line, (role_en, role_ar) in rows:
        check_english(ck, path, line, role_en, "role_en", True)
        if role_ar == "":
            ck.err(path, line, "role_ar is empty")
        else:
            check_arabic(ck, path, line, [role_ar], "role_ar")
        if role_en in seen:
            ck.err(path, line, f"role_en {role_en!r} twice (first on line {seen[role_en]})")
        seen.setdefault(role_en, line)
    for line, cells in read_rows(Checker(), officials, 7):
        role = cells[6]
        if role and role not in seen:
            ck.err(officials, line, f"role_en {role!r} has no row in {path.name}")
    return len(rows)


def check_country_names(ck: Checker, path: Path, countries_path: Path) -> int:
    """i18n/countries.tsv: the interface's short names, each for a gazetteer country, the Arabic one of
    its names_ar, each different from the name it replaces, the rows sorted by iso2."""
    gazetteer = {cells[0]: (cells[1], cells[2].split("|")) for _, cells in read_rows(Checker(), countries_path, 5)}
    rows = read_rows(ck, path, 3)
    last = ""
    for line, (iso, name_en, name_ar) in rows:
        if iso not in gazetteer:
            ck.err(path, line, f"iso2 {iso!r} is not a row of {countries_path.name}")
            continue
        if iso <= last:
            ck.err(path, line, f"iso2 {iso} is out of order or repeated (after {last})")
        last = iso
        if name_en == "" and name_ar == "":
            ck.err(path, line, "both names are empty: the row changes nothing")
        gaz_en, gaz_ar = gazetteer[iso]
        if name_en:
            check_english(ck, path, line, name_en, "name_en", True)
            if name_en == gaz_en:
                ck.err(path, line, f"name_en {name_en!r} is the gazetteer's name already")
        if name_ar:
            check_arabic(ck, path, line, [name_ar], "name_ar")
            if name_ar not in gaz_ar:
                ck.err(path, line, f"name_ar {name_ar!r} is not one of the gazetteer's names_ar for {iso}")
            elif name_ar == gaz_ar[0]:
                ck.err(path, line, f"name_ar {name_ar!r} is the gazetteer's first name already")
    return len(rows)


def check_sort_prefixes(ck: Checker, path: Path) -> int:
    """i18n/sort_ignored_ar.txt: a header of `#` lines, then one Arabic prefix per line (a word's start
    the interface's Arabic sorting skips), no blank lines, no spaces, no repeats."""
    if not path.exists():
        ck.err(path, 0, "missing")
        return 0
    lines = path.read_text(encoding="utf-8").split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    if not lines or not lines[0].startswith("#"):
        ck.err(path, 1, "the file must open with a `#` header")
    seen: set[str] = set()
    body = False
    for n, text in enumerate(lines, start=1):
        if text.startswith("#"):
            if body:
                ck.err(path, n, "a comment after the prefixes")
            continue
        body = True
        if text.strip() == "":
            ck.err(path, n, "blank line")
        elif text != text.strip() or " " in text:
            ck.err(path, n, f"prefix {text!r} has spaces")
        elif not all("\u0621" <= c <= "\u064a" for c in text):
            ck.err(path, n, f"prefix {text!r} is not Arabic letters only")
        elif text in seen:
            ck.err(path, n, f"prefix {text!r} is repeated")
        seen.add(text)
    if not seen:
        ck.err(path, len(lines), "no prefix")
    return len(seen)


def main() -> int:
    root = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent.parent
    ck = Checker()
    gaz = root / "assets" / "gazetteer"
    countries = check_countries(ck, gaz / "countries.tsv")
    n_cities = check_cities(ck, gaz / "cities.tsv", countries)
    people = root / "assets" / "people"
    n_officials = check_officials(ck, people / "officials.tsv", countries)
    n_roles = check_roles_ar(ck, people / "roles_ar.tsv", people / "officials.tsv")
    n_short = check_country_names(ck, root / "assets" / "i18n" / "countries.tsv", gaz / "countries.tsv")
    n_prefixes = check_sort_prefixes(ck, root / "assets" / "i18n" / "sort_ignored_ar.txt")
    for e in ck.errors:
        print(e)
    if ck.errors:
        print(f"FAILED: {len(ck.errors)} problem(s)")
        return 1
    print(
        f"OK: {len(countries)} countries, {n_cities} cities, {n_officials} officials, "
        f"{n_roles} Arabic roles, {n_short} short country names, {n_prefixes} sort prefixes (0 problems)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
