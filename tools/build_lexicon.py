"""Derive Tidings' verb-pattern lexicon from PETRARCH2's CAMEO verb dictionary.

    .venv/bin/python tools/build_lexicon.py [CAMEO.2.0.txt]

writes tidings/data/cameo_verbs.csv and tidings/data/cameo_synsets.csv.

The dictionary (../shared/reference/petrarch2/CAMEO.2.0.txt, MIT License, (c) 2015 Open Event
Data Alliance) groups synonymous verbs in blocks; a block has a default CAMEO code, a verb may
have its own, and the block's patterns (verb + particle, object noun, prepositional phrase) have
theirs. Each becomes one row of Tidings' trigger table, its type the PLOVER type of its CAMEO code
(``tidings/data/cameo.csv``):

- a verb vetted by hand as an event on its own (``tools/bare_verbs.csv``, which also gives its
  type): a one-word trigger ("condemn");
- a pattern after the verb, for every synonym of the block, when its type differs from the bare
  verb's: the verb, its particle, the head noun of its object and its prepositions with their
  head nouns ("call off talk", "ask for aid"); a synonym set stays a name (``&weapon``), listed
  in cameo_synsets.csv. Patterns that constrain the subject (nouns before the verb) are left
  out: Tidings finds the source from the parse.

Nouns become lemmas (lemminflect). When one pattern is derived with different types, the type
most of its sources give wins (ties: the more specific, longer code). Rows are sorted, so that a
rerun on the same dictionary gives the same file.
"""
from __future__ import annotations

import csv
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

from lemminflect import getLemma

from tidings.names import read_table

ROOT = Path(__file__).resolve().parent.parent
DICTIONARY = ROOT.parent / "shared" / "reference" / "petrarch2" / "CAMEO.2.0.txt"
MARKERS = {"$", "+", "^", "%"}  # source, target, skipped and compound markers: positions, not words
VETTED = Path(__file__).resolve().parent / "bare_verbs.csv"
# The code of a vetted verb whose dictionary code has another type than the vetted one.
TYPE_CODES = {"AGREE": "030", "CONSULT": "040", "SUPPORT": "051", "CONCEDE": "080", "COOPERATE": "060",
              "AID": "070", "RETREAT": "084", "REQUEST": "020", "ACCUSE": "111", "REJECT": "120",
              "THREATEN": "130", "PROTEST": "140", "MOBILIZE": "154", "SANCTION": "160", "COERCE": "170",
              "ASSAULT": "190"}
JOINT_CODES = {"040", "041", "044", "046", "057"}  # acts done together: "met", "negotiated", "signed"
CONTEXTS = {"CONSULT": "diplomatic", "SUPPORT": "diplomatic", "SANCTION": "diplomatic", "MOBILIZE": "military"}
HEADER = """\
# Verb patterns derived by tools/build_lexicon.py from PETRARCH2's CAMEO verb dictionary
# (openeventdata/petrarch2, CAMEO.2.0.txt; MIT License, Copyright (c) 2015 Open Event Data Alliance:
# permission is granted to use, copy, modify, merge, publish, distribute, sublicense and sell copies,
# provided this notice is kept; the dictionary is provided "as is", without warranty of any kind).
# One-word triggers are the dictionary's verbs vetted in tools/bare_verbs.csv. Same columns as
# triggers.csv; rows of triggers.csv take precedence over these.
"""


def _code(text: str) -> str | None:
    """The CAMEO code of a ``[...]`` annotation: the first of a pair ("042:043"), None for ---."""
    codes = [c for c in text.strip("[] ").split(":") if c.strip()]
    code = codes[0].strip() if codes else "---"
    return None if code.startswith("-") else code


def _word(token: str, noun: bool) -> str:
    """The lemma of a dictionary word ("SANCTIONS" -> "sanction", "BEEF_UP" -> "beef up")."""
    words = token.strip("_").replace("_", " ").lower().split()
    if noun and words:
        lemma = getLemma(words[-1], upos="NOUN")
        words[-1] = lemma[0] if lemma else words[-1]
    return " ".join(words)


def parse(path: Path) -> tuple[dict[str, list[str]], list[tuple[list[str], str | None, list[tuple[str, str]]]]]:
    """Synonym sets, and the verb blocks: (verbs, default code, [(pattern, code)])."""
    synsets: dict[str, list[str]] = {}
    blocks: list[tuple[list[str], str | None, list[tuple[str, str]]]] = []
    current_set: str | None = None
    in_patterns = False
    for raw in path.read_text("utf-8", errors="replace").splitlines():
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip():
            current_set = None
            continue
        if line.startswith("&"):
            current_set = line.split()[0]
            synsets[current_set] = []
        elif line.startswith("+") and current_set:
            synsets[current_set].append(line[1:].split()[0])
        elif line.startswith("---"):
            in_patterns = True
            m = re.search(r"\[([^\]]*)\]", line)
            blocks.append(([], _code(m[1]) if m else None, []))
            current_set = None
        elif not blocks or not in_patterns:
            continue
        elif line.startswith("-"):
            m = re.search(r"\[([^\]]*)\]", line)
            code = _code(m[1]) if m else None
            if code:
                blocks[-1][2].append((line[1:m.start()].strip(), code))
        else:
            verb_line = re.sub(r"\{[^}]*\}", "", line)
            m = re.search(r"\[([^\]]*)\]", verb_line)
            verb = verb_line[:m.start()].strip() if m else verb_line.strip()
            if verb and "+" not in verb[1:]:  # "WIRE_+TAP": the verb after its complement, left out
                blocks[-1][0].append(verb.lstrip("+") + (f"[{m[1]}]" if m else ""))
    return synsets, blocks


def _phrase(element: str, synsets: dict[str, list[str]]) -> str | None:
    """The head noun of an element of a pattern: a word, ``{A B}`` (its head B) or a synonym set
    (``&weapon``, kept by name), None when it cannot be read."""
    element = element.strip("{}")
    head = element.split()[-1] if element.split() else ""
    if head.startswith("&"):
        return head.lower().rstrip("_") if synsets.get(head) else None
    if not re.fullmatch(r"[A-Za-z][A-Za-z\-']*_?", head):
        return None
    return _word(head, True)


def synonym_sets(synsets: dict[str, list[str]]) -> dict[str, list[str]]:
    """Each synonym set by name (``&weapon``) with the lemmas of its members' head words."""
    return {name.lower().rstrip("_"): sorted({_word(w.split("_")[-1] or w, True) for w in words} - {""})
            for name, words in synsets.items() if words}


def pattern_words(pattern: str, synsets: dict[str, list[str]]) -> list[str] | None:
    """The words after the verb of a pattern; None when it constrains the subject or cannot be read."""
    before, star, after = pattern.partition("*")
    if not star or re.search(r"[A-Za-z&{]", before):
        return None
    words: list[str] = []
    for element in re.findall(r"\([^)]*\)|\{[^}]*\}|[^\s()]+", after):
        if element in MARKERS:
            continue
        inner = [e for e in re.findall(r"\{[^}]*\}|[^\s{}]+", element.strip("()")) if e not in MARKERS]
        if element.startswith("(") and inner:  # a preposition and its object's head
            if not inner[0].isalpha():
                return None
            heads = [_phrase(e, synsets) for e in inner[1:]]
            if None in heads:
                return None
            words += [inner[0].lower(), *heads[-1:]]
        elif not element.startswith("("):
            head = _phrase(element, synsets)
            if head is None:
                return None
            words.append(head)
    return words


def derive(path: Path, cameo: dict[str, tuple[str, str]], vetted: dict[str, str]
           ) -> tuple[list[dict[str, str]], dict[str, list[str]]]:
    """Trigger rows (the columns of triggers.csv) for every vetted verb, and for every pattern
    whose type differs from its bare verb's; and the synonym sets the patterns name."""
    synsets, blocks = parse(path)
    votes: dict[str, Counter] = defaultdict(Counter)
    for verbs, default, patterns in blocks:
        lemmas = []
        for verb in verbs:
            m = re.search(r"\[([^\]]*)\]$", verb)
            own = _code(m[1]) if m else None
            lemma = _word(verb[:m.start()] if m else verb, False)
            lemmas.append(lemma)
            code = own or default
            if code in cameo and " " not in lemma:
                votes[lemma][code] += 1
        for pattern, code in patterns:
            if code not in cameo:
                continue
            words = pattern_words(pattern, synsets)
            for lemma in lemmas if words else ():
                if " " not in lemma:  # multi-word verbs keep their own code only
                    votes[" ".join([lemma, *words])][code] += 1
    chosen = {pattern: _choose(counted, cameo) for pattern, counted in votes.items()
              if " " in pattern or pattern in vetted}
    for verb, kind in vetted.items():
        if verb in chosen and chosen[verb][0] != kind:
            chosen[verb] = (kind, TYPE_CODES[kind])
    rows = []
    for pattern, (best_type, code) in chosen.items():
        verb = pattern.split()[0]
        if pattern != verb and verb in chosen and chosen[verb][0] == best_type:
            continue  # the bare verb says as much
        rows.append({"pattern": pattern, "pos": "VERB", "type": best_type, "mode": cameo[code][1],
                     "contexts": CONTEXTS.get(best_type, ""), "cameo": code,
                     "joint": "1" if code in JOINT_CODES else "0",
                     "weight": "0.5" if " " not in pattern else "0.7", "host": ""})
    used = {w for r in rows for w in r["pattern"].split() if w.startswith("&")}
    sets = {name: words for name, words in synonym_sets(synsets).items() if name in used}
    return sorted(rows, key=lambda r: r["pattern"]), sets


def _choose(counted: Counter, cameo: dict[str, tuple[str, str]]) -> tuple[str, str]:
    """The PLOVER type most of a pattern's sources give, and its most given (then most specific) code."""
    by_type: Counter = Counter()
    for code, n in counted.items():
        by_type[cameo[code][0]] += n
    best = max(by_type, key=lambda t: (by_type[t], t))
    return best, max((c for c in counted if cameo[c][0] == best), key=lambda c: (counted[c], len(c), c))


def main() -> None:
    source = Path(sys.argv[1]) if len(sys.argv) > 1 else DICTIONARY
    cameo = {r["code"]: (r["plover_type"], r["plover_mode"])
             for r in read_table(ROOT / "tidings" / "data" / "cameo.csv")[1] if r["plover_type"]}
    vetted = {r["verb"]: r["type"] for r in read_table(VETTED)[1]}
    rows, sets = derive(source, cameo, vetted)
    data = ROOT / "tidings" / "data"
    with open(data / "cameo_verbs.csv", "w", encoding="utf-8", newline="") as out:
        out.write(HEADER)
        writer = csv.DictWriter(out, fieldnames=list(rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    with open(data / "cameo_synsets.csv", "w", encoding="utf-8", newline="") as out:
        out.write(HEADER.replace("Verb patterns", "Synonym sets of the verb patterns").replace(
            "Same columns as triggers.csv; rows of triggers.csv take precedence over these.",
            "A pattern word &name matches any lemma of that set."))
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(["set", "lemma"])
        writer.writerows([name, lemma] for name in sorted(sets) for lemma in sets[name])
    print(f"{len(rows)} patterns, {len(sets)} synonym sets written to {data}", file=sys.stderr)


if __name__ == "__main__":
    main()
