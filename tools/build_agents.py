"""Derive Tidings' table of agent nouns from PETRARCH2's agents dictionary.

    .venv/bin/python tools/build_agents.py [Phoenix.agents.txt]

writes tidings/data/agents.csv: common nouns for kinds of actors outside the state ("farmers",
"insurgents", "journalists") with the sector their CAMEO agent code gives (``[~REB]`` -> REB; a compound code
such as ``[~GOVMED]`` keeps its first, primary sector). The dictionary (PETRARCH2,
Phoenix.agents.txt; MIT License, (c) 2014 Open Event Data Alliance) spells plurals out or lets
them be formed regularly (S, ES after SS, IES after a consonant and Y); a ``!MACRO!`` stands for
each of its words ("DAIRY!PERSON!" -> dairyman, dairymen, dairywoman ...).

Each noun becomes a ``person_mod`` term in the singular and a ``body_mod`` term in the plural, in
the format of roles.csv: an actor only when a country or organisation qualifies it ("Swiss
doctors", "Afghan guerrillas"). Nouns roles.csv already lists, in either number, are left to it.
"""
from __future__ import annotations

import csv
import re
import sys
from pathlib import Path

from lemminflect import getLemma

from tidings.names import read_table

ROOT = Path(__file__).resolve().parent.parent
DICTIONARY = ROOT.parent / "shared" / "reference" / "petrarch2" / "Phoenix.agents.txt"
# Kinds of people outside the state: offices and forces of the state are roles.csv's, whose grammar
# of descriptors ("Russia's Foreign Minister", "Pakistani troops") they need.
SECTORS = {"REB", "CRM", "OPP", "BUS", "CVL", "MED", "HLH", "EDU", "UAF", "AGR", "REL", "LAB", "REF", "ENV",
           "NGO", "HRI", "RAD"}
HEADER = """\
# Agent nouns derived by tools/build_agents.py from PETRARCH2's agents dictionary (openeventdata/
# petrarch2, Phoenix.agents.txt; MIT License, Copyright (c) 2014 Open Event Data Alliance: permission
# is granted to use, copy, modify, merge, publish, distribute, sublicense and sell copies, provided
# this notice is kept; the dictionary is provided "as is", without warranty of any kind).
# Same columns as roles.csv, whose rows take precedence.
"""


def plural(word: str) -> str:
    if word.endswith(("ss", "sh", "ch", "x")):
        return word + "es"
    if word.endswith("y") and word[-2:-1] not in "aeiou":
        return word[:-1] + "ies"
    if word.endswith("man"):
        return word[:-3] + "men"
    return word if word.endswith("s") else word + "s"


def parse(path: Path) -> list[tuple[str, str, str]]:
    """(noun, person_mod or body_mod, sector) of every agent noun, singular and plural."""
    macros: dict[str, list[str]] = {}
    found = []
    for raw in path.read_text("utf-8", errors="replace").splitlines():
        line = raw.split("#", 1)[0].strip()
        if m := re.fullmatch(r"(![A-Z]+!)\s*=\s*(.+)", line):
            macros[m[1]] = [w.strip() for w in m[2].split(",") if w.strip()]
            continue
        m = re.fullmatch(r"([A-Z!_'.\-]+)\s*(?:\{([^}]*)\})?\s*\[~([A-Z]+)[\]}]", line)
        if not m or m[3][:3] not in SECTORS:
            continue
        sector, word = m[3][:3], m[1]
        macro = next((k for k in macros if k in word), None)
        if macro:  # "DAIRY!PERSON!": dairyman, dairymen, dairywoman, dairywomen, dairyperson
            for form in macros[macro]:
                many = form.endswith(("EN", "S"))
                found.append((_text(word.replace(macro, form)), "body_mod" if many else "person_mod", sector))
            continue
        singular = _text(word)
        if m[2] is not None:  # plurals spelled out; "{}": none
            plurals = [_text(p) for p in m[2].split()]
        else:
            plurals = [] if word.endswith("_") else [plural(singular)]
        found.append((singular, "person_mod", sector))
        found.extend((p, "body_mod", sector) for p in plurals)
    return found


def _text(word: str) -> str:
    return re.sub(r"\s+", " ", word.strip("_").replace("_", " ")).lower()


def main() -> None:
    source = Path(sys.argv[1]) if len(sys.argv) > 1 else DICTIONARY
    data = ROOT / "tidings" / "data"
    known = {r["term"].lower() for r in read_table(data / "roles.csv")[1]}
    rows: dict[str, tuple[str, str]] = {}
    for term, kind, sector in parse(source):
        words = term.split()
        singular = " ".join([*words[:-1], getLemma(words[-1], upos="NOUN")[0]])
        if term not in known and singular not in known and len(term) > 2 and term not in rows:
            rows[term] = (kind, sector)
    with open(data / "agents.csv", "w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(["term", "kind", "sector", "canonical"])
        out.write(HEADER)  # comments after the header, as in roles.csv
        writer.writerows([term, kind, sector, ""] for term, (kind, sector) in sorted(rows.items()))
    print(f"{len(rows)} agent nouns written to {data / 'agents.csv'}", file=sys.stderr)


if __name__ == "__main__":
    main()
