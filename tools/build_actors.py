"""Derive Tidings' tables of known people, armed groups and international bodies from PETRARCH2's actor
dictionaries.

    .venv/bin/python tools/build_actors.py

writes tidings/data/groups.csv (the format of organisations.csv): the militant and non-state groups of
Phoenix.MilNonState.actors.txt that one country's code places (``ANGRY_BRIGADE_ [ITAREB]`` -> ITA, REB),
with their other names; transnational ones (``[IMG...]``) are left to organisations.csv, whose codes
the gold and the exports share. And tidings/data/people.csv: office holders and other public figures (``YOWERI_MUSEVENI_``) with
the country and sector of the role they held last (``[UGAGOV >860126]`` -> UGA, GOV) and the other
spellings the dictionary gives (``+YOWERI_KAGUTA_MUSEVENI_``). The dictionary (PETRARCH2,
Phoenix.Countries.actors.txt; MIT License, (c) 2014 Open Event Data Alliance) lists people up to
about 2014; names of countries, places and adjectives (an entry coded on its own line, ``UGANDA_
[UGA]``) are left to countries.csv. A person keeps a country after leaving office, so the country
of the last role is the one given; a role ``ELI`` (elite, no office) gives no sector. And
tidings/data/bodies.csv (the format of organisations.csv): the intergovernmental bodies of
Phoenix.International.actors.txt (``ORGANIZATION_OF_AMERICAN_STATES_ +OAS [IGOOAS]``) that organisations.csv
does not name; its people, corporations, NGOs and bodies of one country are left out.
"""
from __future__ import annotations

import csv
import re
import sys
from collections.abc import Collection, Iterator
from pathlib import Path

import pycountry
from lemminflect import getAllInflections, getLemma

ROOT = Path(__file__).resolve().parent.parent
REFERENCE = ROOT.parent / "shared" / "reference" / "petrarch2"
SECTORS = {"GOV", "MIL", "COP", "JUD", "LEG", "SPY", "OPP", "REB", "BUS", "MED", "CVL", "REL", "LAB"}
NOTICE = """\
# {what} derived by tools/build_actors.py from PETRARCH2's dictionary {source} (openeventdata/petrarch2;
# MIT License, Copyright (c) 2014 Open Event Data Alliance: permission is granted to use, copy, modify,
# merge, publish, distribute, sublicense and sell copies, provided this notice is kept; the dictionary
# is provided "as is", without warranty of any kind).
# {columns}
"""


PARTICLES = {"e", "i", "ul", "ut", "ud", "ad", "el", "al", "as", "ar", "ash", "az", "ur", "us", "o"}


def _name(word: str) -> str:
    """``VLADIMIR_V._PUTIN_`` -> ``Vladimir V. Putin``, ``LASHKAR-E-TAIBA_`` -> ``Lashkar-e-Taiba``."""
    text = re.sub(r"\s+", " ", word.strip("_").replace("_", " ")).strip()
    return " ".join(w if "." in w and len(w) <= 3 else _word(w, k == 0) for k, w in enumerate(text.split()))


FUNCTION_WORDS = {"of", "the", "and", "for", "in", "on", "to"}


def _word(word: str, first: bool = False) -> str:
    if not first and word.lower() in FUNCTION_WORDS:
        return word.lower()
    parts = word.lower().split("-")
    return "-".join(p if k and p in PARTICLES else p.capitalize() for k, p in enumerate(parts))


def _last_role(roles: list[tuple[str, str]]) -> str | None:
    """The code of the role held last: an open-ended one (``>860126``), else the one ending last,
    else an undated one."""
    def order(role: tuple[str, str]) -> tuple[int, str]:
        code, dates = role
        if dates.startswith(">"):
            return 3, _full(dates[1:])
        if "-" in dates:
            return 2, _full(dates.split("-")[1])
        return 1, ""
    return max(roles, key=order)[0] if roles else None


def _full(stamp: str) -> str:
    """A dictionary date as YYYYMMDD (``860126`` is 1986, ``100601`` is 2010)."""
    stamp = stamp.strip()
    if len(stamp) == 6:
        return ("19" if int(stamp[:2]) > 30 else "20") + stamp
    return stamp


def _entries(path: Path) -> Iterator[list]:
    """(name, aliases, codes) of every entry: a name line, its ``+`` aliases and the contents of its
    brackets (``IGOSAM >100507``), on the name line or on indented lines after the aliases."""
    entry: list | None = None
    for raw in path.read_text("utf-8", errors="replace").splitlines():
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        if line.startswith("+"):
            if entry is not None:
                entry[1].append(line[1:])
        elif raw[0] in " \t":
            if entry is not None:
                entry[2] += re.findall(r"\[([^\]]*)\]", line)
        else:
            if entry:
                yield entry
            entry = [line.split("[", 1)[0].strip(), [], re.findall(r"\[([^\]]*)\]", line)]
    if entry:
        yield entry


def groups(path: Path) -> list[tuple[str, str, str, list[str]]]:
    """(name, ISO3, sector, aliases) of every group coded with one country: its first code without dates."""
    found = []
    for written, aliases, codes in _entries(path):
        code = next((c for c in codes if re.fullmatch(r"[A-Z]{6,}", c)), "")
        if pycountry.countries.get(alpha_3=code[:3]) and code[3:6] in SECTORS:
            names = []
            for each in [written, *aliases]:
                name, acronyms = _group_name(each)
                names += [n for n in [name, *acronyms] if n]
            if names:
                found.append((names[0], code[:3], code[3:6], names[1:]))
    return found


def _group_name(word: str) -> tuple[str, list[str]]:
    """A group's name and the acronym it gives in brackets: ``LIBERATION_TIGERS_OF_TAMIL_EELAM_(LTTE)_``
    -> ("Liberation Tigers of Tamil Eelam", ["LTTE"]); a lone English word ("TIGERS_", "THE_FOUNDATION_")
    names no one group."""
    bracket = re.search(r"\(([^)]*)\)", word)
    name = _name(re.sub(r"\([^)]*\)", "", word))
    acronym = [bracket[1].strip("_ ").upper()] if bracket and re.fullmatch(r"[A-Za-z]{2,8}", bracket[1].strip("_ ")) else []
    bare = re.sub(r"^The ", "", name)
    if " " not in bare and _english(bare):
        return "", acronym  # "Tigers", "Popular", "The Foundation": an English word names no one group
    if " " not in name and len(name) <= 4:
        return name, [*acronym, name.upper()]  # "Amal" or "PLO": the dictionary is upper case
    return name, acronym


def _english(word: str) -> bool:
    """Whether a word is an English word, or a form of one ("Tigers")."""
    lower = word.lower()
    return any(getAllInflections(lemma, upos=upos) for upos in ("NOUN", "VERB", "ADJ")
               for lemma in {lower, *getLemma(lower, upos=upos)})


# CAMEO's sector and religion codes: a code ending in one (IGOENV, IGOBUS) is a kind of body's, not one body's
CAMEO_SECTORS = SECTORS | {"IGO", "NGO", "AGR", "CRM", "DEV", "EDU", "ELI", "ENV", "HLH", "HRI", "MOD", "RAD", "REF",
                           "UAF", "CHR", "CTH", "PRO", "MOS", "SUN", "SHI", "JEW", "HIN", "BUD"}
REGIONS = {"CAF", "NAM"}  # the dictionary's codes for Central Africa and North America, not for a country
# CAMEO's region codes: a body coded with a region alone (IGOSAM, IGOCRB) shares it with the region's other bodies
CAMEO_REGIONS = REGIONS | {"AFR", "ASA", "BLK", "CRB", "CAU", "CFR", "CAS", "CEU", "EIN", "EAF", "EEU", "EUR", "LAM",
                           "MEA", "MDT", "NAF", "NMR", "PGS", "SCN", "SAM", "SAS", "SEA", "SAF", "WAF", "WST"}
PREFIXES = re.compile(r"\b(Inter|Indo|Non) (?=[A-Z])")  # "INTER_AMERICAN_": "Inter-American"


def bodies(path: Path, given: set[str]) -> list[tuple[str, str, str, list[str]]]:
    """(name, key, sector, aliases) of the intergovernmental bodies: entries coded ``IGO...`` without dates
    (``ANDEAN_COMMUNITY_ [IGOSAM]``; a dated role is a person's), not coded with one country, named for no
    person or office ("Lena Sundh", "UN Envoy"; ``given``: known people's first names) nor for their kind
    ("International Government Organization"). The key: UN for the UN's bodies (``IGOUNO...``), else the
    acronym the dictionary gives an entry whose code ends in the same three letters (``+OAS``, ``BIMSTEC_``),
    else those letters (IGOOAS -> OAS); a body whose code ends in a sector or names only a region
    (``[IGOENV]``, ``[IGOSAM]``) goes by its acronym or initials. A body organisations.csv names is left to it, with the others its letters key."""
    rows = _table("organisations.csv")
    known = {_same(n) for row in rows for n in [row["name"], *row["aliases"].split("|")]}
    upper = {a for row in rows for a in [row["code"], *row["aliases"].split("|")] if a.isupper() and " " not in a}
    upper -= {a for a in upper if _english(a)}  # "UN", "U.N.", not "WHO"
    offices = {row["term"].lower() for name in ("roles.csv", "agents.csv") for row in _table(name)
               if row["kind"] in ("person", "person_mod", "rank", "title")}
    found = []
    for written, aliases, codes in _entries(path):
        code = codes[0] if codes else ""
        if code[:3] != "IGO" or not all(re.fullmatch(r"[A-Z]{3,}", c) for c in codes) \
                or (pycountry.countries.get(alpha_3=code[3:6]) and code[3:6] not in REGIONS):
            continue
        names, acronyms = [], []
        for k, each in enumerate([written, *aliases]):
            name, short = _group_name(each)
            name = PREFIXES.sub(r"\1-", re.sub(r"^The ", "", name))
            name = re.sub(r"[\w.]+", lambda w: w[0].upper() if w[0].upper() in upper else w[0], name)  # "Un" -> "UN"
            if name and (_office(name, offices) or _person(name, given) or _initials(name) == "IGO"):
                if k == 0:
                    break  # a person, an office or a kind, with its other names
                continue
            if name and " " not in name and len(name) <= 8:  # "BIMSTEC_", "+INTERPOL": an acronym, or written so
                short.append(name.upper())
                name = name.upper() if k == 0 else name
            names += [n for n in [name, *short] if n]
            acronyms += short
        else:
            if names:
                own = code[-3:] not in CAMEO_SECTORS and not (len(code) == 6 and code[3:] in CAMEO_REGIONS)
                group = "UN" if code.startswith("IGOUNO") else code[-3:] if own else None
                found.append((group, list(dict.fromkeys(names)), acronyms))
    left = {group for group, names, _ in found if group != "UN" and any(_same(n) in known for n in names)}
    keys: dict[str, str] = {"UN": "UN"}
    for group, _, acronyms in found:
        if group and acronyms:
            keys.setdefault(group, acronyms[0])
    return [(names[0], keys.get(group, group) if group else (acronyms or [_initials(names[0])])[0], "IGO", names[1:])
            for group, names, acronyms in found
            if not any(_same(n) in known for n in names) and (group is None or group not in left)]


def _same(name: str) -> str:
    """A name's comparison form: "The Organisation of ..." and "Organization of" compare equal."""
    return re.sub(r"[^a-z0-9]", "", re.sub(r"^the ", "", name.lower()).replace("isation", "ization"))


def _table(name: str) -> list[dict[str, str]]:
    with open(ROOT / "tidings" / "data" / name, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(line for line in handle if not line.startswith("#")))


def _office(name: str, offices: set[str]) -> bool:
    """Whether a name is an office's: its words before any preposition end in an office word of roles.csv
    or agents.csv ("UN Special Envoy for Burma", "ASEAN Defense Ministers")."""
    head = re.split(r" (?:of|for|to|in|on)\b", name)[0].lower().split()
    last = getLemma(head[-1], upos="NOUN")[0] if head else ""
    return any(" ".join([*head[:-1], last][-k:]) in offices for k in (1, 2, 3))


def _person(name: str, given: Collection[str] = ()) -> bool:
    """Whether a name of two words or more, none of them a function word, is a person's: its first word
    is a known person's first name ("Louise Arbour"), or none of the others is English ("Lena Sundh")."""
    words = name.split()
    return len(words) > 1 and not any(w.lower() in FUNCTION_WORDS for w in words) \
        and (words[0] in given or not any(_english(w) for w in words[1:]))


def _initials(name: str) -> str:
    """ "Universal Postal Union" -> UPU, "Inter-American Development Bank" -> IADB, "Saferworld" -> SAFERWORLD."""
    words = [w for w in re.split(r"[ -]", name) if w and w.lower() not in FUNCTION_WORDS]
    return "".join(w[0] for w in words).upper() if len(words) > 1 else name.upper()


def people(path: Path) -> list[tuple[str, str, str | None, list[str]]]:
    """(name, ISO3, sector or None, aliases) of every person entry."""
    found = []
    entry: list | None = None

    def close() -> None:
        if entry and entry[2]:
            code = _last_role(entry[2])
            country = code[:3]
            if pycountry.countries.get(alpha_3=country) and len(entry[0].split()) >= 2:
                sector = code[3:6] if code[3:6] in SECTORS else None
                found.append((entry[0], country, sector, entry[1]))

    for raw in path.read_text("utf-8", errors="replace").splitlines():
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        if raw[0] in " \t":
            if entry is not None and (m := re.fullmatch(r"\s*\[([A-Z]{3,})\s*([^\]]*)\]\s*", line)):
                entry[2].append((m[1], m[2].strip()))
            continue
        if line.startswith("+"):
            if entry is not None:
                entry[1].append(_name(line[1:]))
            continue
        close()
        entry = None if "[" in line else [_name(line), [], []]  # a coded line: a country or place
    close()
    return found


def write(name: str, header: list[str], notice: str, rows: list[list[str]]) -> None:
    target = ROOT / "tidings" / "data" / name
    with open(target, "w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(header)
        out.write(notice)  # comments after the header, as in roles.csv
        writer.writerows(sorted(rows))
    print(f"{len(rows)} rows written to {target}", file=sys.stderr)


def _distinct(found) -> list[tuple[str, str, str, str]]:
    """One row per name (the first), with its other spellings."""
    rows: dict[str, tuple[str, str, str, str]] = {}
    for name, country, sector, aliases in found:
        if name.lower() not in rows:
            others = sorted({a for a in aliases if a.lower() != name.lower()})
            rows[name.lower()] = (name, country, sector or "", "|".join(others))
    return list(rows.values())


def main() -> None:
    persons = _distinct(people(REFERENCE / "Phoenix.Countries.actors.txt"))
    write("people.csv", ["person", "country", "sector", "aliases"],
          NOTICE.format(what="Known people", source="Phoenix.Countries.actors.txt",
                        columns="country and sector: of the last role the dictionary gives; aliases: other spellings."),
          [list(r) for r in persons])
    write("groups.csv", ["code", "country", "sector", "name", "aliases"],
          NOTICE.format(what="Armed and non-state groups", source="Phoenix.MilNonState.actors.txt",
                        columns="The columns of organisations.csv; a group based in one country has that country's key."),
          [["", country, sector, name, aliases] for name, country, sector, aliases in
           _distinct(groups(REFERENCE / "Phoenix.MilNonState.actors.txt"))])
    given = {name.split()[0] for name, *_ in persons if _person(name)}
    write("bodies.csv", ["code", "country", "sector", "name", "aliases"],
          NOTICE.format(what="Intergovernmental bodies", source="Phoenix.International.actors.txt",
                        columns="The columns of organisations.csv, which keeps the bodies it names; code: UN for the "
                                "UN's bodies, else an acronym, else letters of the dictionary's code."),
          [[key, "", sector, name, aliases] for name, key, sector, aliases in
           _distinct(bodies(REFERENCE / "Phoenix.International.actors.txt", given))])


if __name__ == "__main__":
    main()
