"""Derive Tidings' tables of known people and armed groups from PETRARCH2's actor dictionaries.

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
of the last role is the one given; a role ``ELI`` (elite, no office) gives no sector.
"""
from __future__ import annotations

import csv
import re
import sys
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


def groups(path: Path) -> list[tuple[str, str, str, list[str]]]:
    """(name, ISO3, sector, aliases) of every group coded with one country. An entry is a name line,
    its ``+`` aliases and its code, on the name line or on an indented line after the aliases."""
    found: list[tuple[str, str, str, list[str]]] = []
    entry: list | None = None

    def close() -> None:
        if entry and entry[1] and pycountry.countries.get(alpha_3=entry[1][:3]) and entry[1][3:6] in SECTORS:
            names = []
            for written in [entry[0], *entry[2]]:
                name, acronyms = _group_name(written)
                names += [n for n in [name, *acronyms] if n]
            if names:
                found.append((names[0], entry[1][:3], entry[1][3:6], names[1:]))

    for raw in path.read_text("utf-8", errors="replace").splitlines():
        line = raw.split("#", 1)[0].strip()
        code = re.search(r"\[([A-Z]{6,})\]", line)
        if not line:
            continue
        if line.startswith("+"):
            if entry is not None:
                entry[2].append(line[1:])
        elif raw[0] in " \t":
            if entry is not None and code:
                entry[1] = entry[1] or code[1]
        else:
            close()
            entry = [line.split("[", 1)[0].strip(), code[1] if code else "", []]
    close()
    return found


def _group_name(word: str) -> tuple[str, list[str]]:
    """A group's name and the acronym it gives in brackets: ``LIBERATION_TIGERS_OF_TAMIL_EELAM_(LTTE)_``
    -> ("Liberation Tigers of Tamil Eelam", ["LTTE"]); a lone English plural ("TIGERS_") names no one group."""
    bracket = re.search(r"\(([^)]*)\)", word)
    name = _name(re.sub(r"\([^)]*\)", "", word))
    acronym = [bracket[1].strip("_ ").upper()] if bracket and re.fullmatch(r"[A-Za-z]{2,8}", bracket[1].strip("_ ")) else []
    if " " not in name and _english(name):
        return "", acronym  # "Tigers", "Popular": an English word names no one group
    if " " not in name and len(name) <= 4:
        return name, [*acronym, name.upper()]  # "Amal" or "PLO": the dictionary is upper case
    return name, acronym


def _english(word: str) -> bool:
    """Whether a word is an English word, or a form of one ("Tigers")."""
    lower = word.lower()
    return any(getAllInflections(lemma, upos=upos) for upos in ("NOUN", "VERB", "ADJ")
               for lemma in {lower, *getLemma(lower, upos=upos)})


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
    write("people.csv", ["person", "country", "sector", "aliases"],
          NOTICE.format(what="Known people", source="Phoenix.Countries.actors.txt",
                        columns="country and sector: of the last role the dictionary gives; aliases: other spellings."),
          [list(r) for r in _distinct(people(REFERENCE / "Phoenix.Countries.actors.txt"))])
    write("groups.csv", ["code", "country", "sector", "name", "aliases"],
          NOTICE.format(what="Armed and non-state groups", source="Phoenix.MilNonState.actors.txt",
                        columns="The columns of organisations.csv; a group based in one country has that country's key."),
          [["", country, sector, name, aliases] for name, country, sector, aliases in
           _distinct(groups(REFERENCE / "Phoenix.MilNonState.actors.txt"))])


if __name__ == "__main__":
    main()
