"""Tests for tidings.lexicon: the hand-written and CAMEO-derived trigger tables and their forms."""
from __future__ import annotations

import csv
import json
import sys

import pytest

from tidings import lexicon

from .conftest import ROOT, SHARED

PLOVER = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
          "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}


def test_lexicon_codes_exist():
    lex = lexicon.lexicon()
    for trigs in lex.triggers.values():
        for trig in trigs:
            if trig.type == lexicon.NOT_AN_EVENT:  # an idiom that is no event
                continue
            assert trig.type in PLOVER
            assert trig.cameo in lex.cameo
            assert all(w in lex.sets for w in trig.words if w.startswith("&"))
    assert set(lex.quads) == PLOVER
    assert {lex.cameo[c][2] for c in lex.cameo} == PLOVER | {""}
    with open(lexicon.DATA / "cameo.csv", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            assert -10.0 <= float(row["goldstein"]) <= 10.0


def test_lexicon_covers_every_plover_type_with_verbs_and_nouns():
    lex = lexicon.lexicon()
    for pos in ("VERB", "NOUN"):
        found = {t.type for (_, p), ts in lex.triggers.items() if p == pos for t in ts} - {lexicon.NOT_AN_EVENT}
        assert found == PLOVER, (pos, PLOVER - found)


def test_lexicon_hand_rows_take_precedence_over_derived_ones():
    lex = lexicon.lexicon()
    (meet, *_) = lex.triggers[("meet", "VERB")]
    assert (meet.type, meet.slots) == ("CONSULT", False)
    derived = [t for ts in lex.triggers.values() for t in ts if t.slots]
    assert len(derived) > 10000
    assert all(lex.triggers[(t.head, t.pos)].index(t) >= sum(not s.slots for s in lex.triggers[(t.head, t.pos)])
               for t in derived[:2000])


def test_lexicon_a_trigger_takes_the_mode_of_its_cameo_code():
    lex = lexicon.lexicon()
    modes = {key: lex.triggers[key][0].mode for key in [("arrest", "VERB"), ("bomb", "VERB"), ("visit", "VERB"),
                                                        ("strike", "NOUN")]}
    assert modes[("arrest", "VERB")] == "arrest" and modes[("bomb", "VERB")] == "explosives"
    assert modes[("visit", "VERB")] == "visit"
    (hunger, *_) = [t for t in lex.triggers[("strike", "NOUN")] if t.words == ("hunger", "strike")]
    assert (hunger.type, hunger.mode) == ("PROTEST", "hunger")


def test_lexicon_synonym_sets_match_their_members():
    lex = lexicon.lexicon()
    name, members = next(iter(lex.sets.items()))
    member = next(iter(members))
    assert lex.is_word(member, name) and not lex.is_word("zzz", name) and lex.is_word("talk", "talk")


def test_lexicon_trigger_words_match_inflected_forms():
    words = lexicon.trigger_words()
    assert words.present({"they", "held", "talks"}) and words.present({"met"}) and words.present({"accusing"})
    assert words.present({"must"})  # a reported obligation
    assert words.present({"lambasted"})  # a vetted verb of the derived table
    assert not words.present({"the", "weather", "was", "warm"})


def test_lexicon_trigger_words_need_every_word_of_a_pattern_of_several():
    words = lexicon.trigger_words()
    checked = 0
    for pattern in words.patterns:  # those no one word of which is a pattern by itself
        forms = [next(f for f in sorted(form) if f not in words.single) for form in pattern]
        assert words.present(set(forms))
        checked += all(not words.present(set(forms) - {form}) for form in forms)
    assert checked > 100


def test_lexicon_stored_inflections_are_complete_and_current():
    """tidings/data/inflections.json holds, for every lemma the selection looks for, what
    lemminflect gives now: after changing the tables, run tools/build_inflections.py."""
    stored = json.loads((ROOT / "tidings" / "data" / "inflections.json").read_text("utf-8"))["forms"]
    lemmas = lexicon.inflected_lemmas()
    assert len(lemmas) > 2000 and {"meet", "accuse", "say"} <= lemmas
    stale = sorted(lemma for lemma in lemmas if stored.get(lemma) != sorted(lexicon.inflect(lemma)))
    assert not stale, f"run tools/build_inflections.py: {stale[:10]}"
    assert "held" in lexicon.inflect("hold") and "talks" in lexicon.inflect("talk")


def test_lexicon_a_prefixed_verb_lemminflect_lacks_is_inflected_as_its_stem():
    assert {"unfroze", "unfrozen"} <= lexicon.inflect("unfreeze") and "unfreezed" not in lexicon.inflect("unfreeze")


def test_lexicon_derived_table_is_rebuilt_identically(tmp_path):
    dictionary = SHARED / "reference" / "petrarch2" / "CAMEO.2.0.txt"
    if not dictionary.exists():
        pytest.skip(f"{dictionary} not found")
    sys.path.insert(0, str(ROOT / "tools"))
    try:
        import build_lexicon
    finally:
        sys.path.pop(0)
    with open(lexicon.DATA / "cameo.csv", encoding="utf-8") as fh:
        cameo = {r["code"]: (r["plover_type"], r["plover_mode"]) for r in csv.DictReader(fh) if r["plover_type"]}
    with open(build_lexicon.VETTED, encoding="utf-8") as fh:
        vetted = {r["verb"]: r["type"] for r in csv.DictReader(line for line in fh if not line.startswith("#"))}
    rows, sets = build_lexicon.derive(dictionary, cameo, vetted)
    stored = [r for r in csv.DictReader(line for line in open(lexicon.DATA / "cameo_verbs.csv", encoding="utf-8")
                                        if not line.startswith("#"))]
    assert rows == stored


def test_actor_tables_are_rebuilt_identically():
    """people.csv, groups.csv and bodies.csv are what tools/build_actors.py derives from PETRARCH2's lists."""
    reference = SHARED / "reference" / "petrarch2"
    if not (reference / "Phoenix.Countries.actors.txt").exists():
        pytest.skip(f"{reference} not found")
    sys.path.insert(0, str(ROOT / "tools"))
    try:
        import build_actors
    finally:
        sys.path.pop(0)

    def stored(name: str) -> list[list[str]]:
        with open(lexicon.DATA / name, encoding="utf-8") as fh:
            return [row for row in csv.reader(line for line in fh if not line.startswith("#"))][1:]

    people = build_actors._distinct(build_actors.people(reference / "Phoenix.Countries.actors.txt"))
    assert sorted(list(row) for row in people) == stored("people.csv")
    groups = build_actors._distinct(build_actors.groups(reference / "Phoenix.MilNonState.actors.txt"))
    rows = sorted(["", country, sector, name, aliases] for name, country, sector, aliases in groups)
    assert rows == stored("groups.csv")
    given = {name.split()[0] for name, *_ in people if build_actors._person(name)}
    bodies = build_actors._distinct(build_actors.bodies(reference / "Phoenix.International.actors.txt", given))
    assert sorted([key, "", sector, name, aliases] for name, key, sector, aliases in bodies) == stored("bodies.csv")
