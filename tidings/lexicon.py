"""The event lexicon: trigger patterns with their PLOVER type and CAMEO code, and cue words.

Needs: the tables of ``tidings/data``. Sets: ``lexicon()``, what the event coder matches, and
``trigger_words()``, every inflected form of its words, which the NLP stage uses to tell which
sentences may hold an event before any tagging (the forms are stored in ``inflections.json`` by
``tools/build_inflections.py``).

Three tables make the lexicon:

- ``triggers.csv``, written for Tidings: verbs, event nouns and adjectives, multi-word patterns,
  plus cue words (saying verbs, modals, negation, habitual adverbs), word lists and synonym sets
  of its own (type ``&name``: the relief goods a state sends). Its rows take
  precedence; a row of type ``NONE`` is an idiom that is no event ("strike a tone"): it matches
  before the shorter patterns of its head word and codes nothing.
- ``cameo_verbs.csv`` (same columns), derived by ``tools/build_lexicon.py`` from PETRARCH2's CAMEO
  verb dictionary: about nine hundred verbs and their object and preposition patterns, each typed
  through the CAMEO → PLOVER correspondence of ``cameo.csv``. A pattern word ``&name`` stands for
  any lemma of that synonym set (``cameo_synsets.csv``).
- ``cameo.csv``: every CAMEO code with its Goldstein value, quad class, PLOVER type and the PLOVER
  mode it implies ("173" arrest, "195" aerial), which a trigger without a mode of its own takes.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache, cached_property, lru_cache
from pathlib import Path

from lemminflect import Lemmatizer, getAllInflections, getAllInflectionsOOV

from tidings import table_cache
from tidings.names import read_table

DATA = Path(__file__).parent / "data"
RECEIVING = frozenset({"receive", "secure", "obtain"})  # verbs of receiving money from another: aid from it
# Word lists in triggers.csv: verbs naming who carried out an act ("claimed by", "blamed on"),
# nouns of settling a conflict ("an end to the fighting"), nouns of a party's proposal or claim, and
# nouns of the foreign envoys a host state summons or expels ("ordered the officials to leave"), and
# verbs whose subject receives the act of their object noun ("faced threats", "received aid").
WORD_KINDS = ("perpetrate", "settle", "proposal", "envoy", "receive", "stage", "name",  # "name": calling one something
              "document",  # what a body issues and speaks through ("the resolution condemned ...")
              "body",  # a body named by its kind alone ("the mission demanded ..., it said")
              "invest",  # verbs whose "in" names who receives ("committed to invest in X")
              "harm",  # verbs of a harm a speaker charges another with ("X has destabilised the region")
              "ongoing",  # verbs saying an act goes on ("will continue to support X": support now)
              "need",  # nouns whose infinitive is asked for, not promised ("the need to send food")
              "prospect",  # adjectives saying an act is only in prospect ("a truce is close", "possible")
              "deceit",  # nouns of a deceit, told of another an accusation ("X's propaganda")
              "wrong",  # nouns of a wrong done by whom they name, told of another an accusation ("X's atrocities")
              "culpable",  # adjectives holding one to blame ("held X responsible", "X is accountable")
              "blame",  # words that call an act a wrong ("termed X's move illegal", "a violation")
              "spread",  # verbs of making, spreading or doing a deceit or wrong, whose subject is its author
              # ("built a false narrative", "sponsors terrorism", "committed atrocities")
              "false",  # adjectives making a claim a deceit ("false claims", "a baseless narrative")
              "partitive",  # nouns counting acts ("a round of talks", "a wave of strikes"): the acts stand for them
              "halt",  # verbs that stop an act ("halted its strikes", "ended the crackdown"): its undoing
              "decree",  # verbs by which a state decides a measure ("announced that tariffs will be imposed")
              "related",  # nouns of a party related to another ("its neighbour", "its ally")
              "wish",  # verbs of wanting another to act, a demand ("wants Y to release ...")
              "attend",  # verbs of attending a gathering, which meets its host ("attended the summit hosted by X")
              "condition",  # verbs making a benefit hang on a demand ("conditioned aid on ...", "tied aid to ...")
              "deliberate",  # verbs of weighing an act to come ("is considering sanctions"): a threat or an intent
              "crowd",  # unnamed people who protest where they are ("thousands of people marched in X")
              "visitor",  # nouns of the guests a host receives besides envoys ("received the prime minister")
              "record",  # nouns of what is handed over to be read ("a list of names", "a dossier"), no aid
              "topic",  # verbs whose object is what is talked of, not with whom ("discussed the security of X")
              "consignment",  # nouns of what carries an act named before them ("an aid package", "an aid convoy")
              "emblem",  # nouns of what stands for a party in a protest ("burned an effigy of X": against X)
              "weapon",  # nouns of a weapon, or of an unnamed attacker ("a landmine wounded ...", "gunmen")
              "mishap",  # nouns of a death no unnamed attacker inflicts ("in a road accident", "in custody")
              "casualty",  # verbs of killing, wounding or seizing people, told of the victims alone
              "duty")  # nouns of what one is bound to do ("X has a responsibility to ..."): a demand, as "must"
NOT_AN_EVENT = "NONE"
# The quad class an event of each PLOVER type is exported with (PLOVER codebook; the export
# contract's table): verbal and material cooperation, verbal and material conflict. A type spans
# CAMEO codes of more than one class (an appeal, 02, and a demand, 10, are both a REQUEST).
PLOVER_QUADS = {"AGREE": 1, "CONSULT": 1, "SUPPORT": 1, "CONCEDE": 1, "COOPERATE": 2, "AID": 2, "RETREAT": 2,
                "REQUEST": 3, "ACCUSE": 3, "REJECT": 3, "THREATEN": 3,
                "PROTEST": 4, "SANCTION": 4, "MOBILIZE": 4, "COERCE": 4, "ASSAULT": 4}
LINKING_PREPS = {"between"}  # pattern words that only link a noun to its parties ("an agreement between A and B")
# The quad classes of verbal cooperation and conflict (statements and meetings): one only supposed
# ("could urge X", "should agree", "if they meet") was not made, while a supposed material act
# stays, as what may come of it.
VERBAL_QUADS = {1, 3}
# The statement an act makes when its author announces it for the future, with its CAMEO code: an
# intent to help or to meet (03x, AGREE) or a threat of harm (13x, THREATEN).
INTENT_CAMEO = {"CONSULT": ("AGREE", "036"), "AID": ("AGREE", "033"), "COOPERATE": ("AGREE", "031"),
                "SUPPORT": ("AGREE", "032"), "CONCEDE": ("AGREE", "035"), "RETREAT": ("AGREE", "035"),
                "SANCTION": ("THREATEN", "132"), "PROTEST": ("THREATEN", "133"), "COERCE": ("THREATEN", "137"),
                "ASSAULT": ("THREATEN", "138")}
# Words news uses for a pattern word of the CAMEO dictionary: "restored ties" is "restore relation",
# "sent arms" (lemma "arm") is "send weapon".
SAME_WORD = {"tie": "relation", "relationship": "relation", "arm": "weapon", "offer": "proposal"}
SAME_HEAD = {"convey": "express", "voice": "express", "shut": "close"}  # a verb that heads the patterns of another ("conveyed its
# concern", "shut its airspace")


@dataclass(frozen=True)
class Trigger:
    """A lexicon entry: ``words`` are lemmas (or ``&set`` names); ``head`` is the word the parse
    hangs on."""

    words: tuple[str, ...]
    pos: str
    type: str
    mode: str | None
    contexts: tuple[str, ...]
    cameo: str
    joint: bool
    weight: float
    host: str | None = None  # passive | envoy | visitor | refused: when it is an act (see ``lexicon``)
    slots: bool = False  # the other words fill the head's argument slots (``cameo_verbs.csv``)

    @cached_property
    def plain(self) -> frozenset[str]:
        """The other words that are words, not synonym sets: every sentence matching has them."""
        return frozenset(w for w in self.extras if not w.startswith("&"))

    @property
    def head(self) -> str:
        return self.words[-1] if self.pos == "NOUN" else self.words[0]

    @property
    def extras(self) -> tuple[str, ...]:
        return self.words[:-1] if self.pos == "NOUN" else self.words[1:]


@dataclass(frozen=True)
class Lexicon:
    triggers: dict[tuple[str, str], tuple[Trigger, ...]]  # (head lemma, pos) -> hand-written first, longest first
    cues: dict[str, str]  # lemma -> say | plan | hypothetical | attempt | demand | negate | deny | habitual
    words: dict[str, frozenset[str]]  # perpetrate | settle | proposal | envoy | receive | stage -> lemmas
    sets: dict[str, frozenset[str]]  # synonym set name ("&weapon") -> lemmas
    cameo: dict[str, tuple[float, int, str]]  # code -> (goldstein, quad_class, plover type)
    modes: dict[str, str]  # code -> its PLOVER mode, where it has one ("162": aid)
    quads: dict[str, int]  # PLOVER type -> the class the coder reasons with: its first CAMEO code's (an
    # appeal and a denial of responsibility are verbal cooperation, a concession material); the
    # exported class is ``PLOVER_QUADS``

    @cached_property
    def heads(self) -> frozenset[str]:
        """Every lemma a trigger hangs on."""
        return frozenset(lemma for lemma, _ in self.triggers)

    def event_types(self, lemma: str) -> set[str]:
        """The types of the hand-written triggers a noun heads ("condemnation": ACCUSE), not of those
        it heads only with a preposition ("an agreement between A and B")."""
        return {t.type for t in self.triggers.get((lemma, "NOUN"), ())
                if not t.slots and not (t.extras and all(w in LINKING_PREPS for w in t.extras))}

    def event_noun(self, lemma: str, other_than: str | None = None) -> bool:
        """Whether a noun heads a hand-written trigger ("condemnation", "expulsion", "talk"), of a
        type other than ``other_than`` if given."""
        return bool(self.event_types(lemma) - {other_than})

    def is_word(self, lemma: str, word: str) -> bool:
        """Whether a lemma is a pattern word: the word itself, a word news uses for it ("ties" for
        "relations"), or a member of its synonym set."""
        same = SAME_WORD.get(lemma, lemma)
        return (lemma == word or same == word
                or (word.startswith("&") and bool({lemma, same} & self.sets.get(word, frozenset()))))


def _trigger(row: dict[str, str], modes: dict[str, str], slots: bool = False) -> Trigger:
    """A trigger of a table row; its mode is the row's, else that of its CAMEO code."""
    mode = row["mode"] or modes.get(row["cameo"]) or None
    return Trigger(words=tuple(row["pattern"].split()), pos=row["pos"], type=row["type"], mode=mode,
                   contexts=tuple(c for c in row["contexts"].split(";") if c), cameo=row["cameo"],
                   joint=row["joint"] == "1", weight=float(row["weight"]), host=row.get("host") or None,
                   slots=slots)


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """Load the trigger and CAMEO tables from ``tidings/data``.

    A trigger pattern lists lemmas; verbs and adjectives hang on their first word, nouns on
    their last ("air strike"); the other words must be children or grandchildren of it, or, for
    the derived CAMEO patterns, fill its argument slots in the parse (object, particle,
    preposition and its object).
    Rows whose type is lower case are cue words, not triggers; those of a kind in ``WORD_KINDS``
    are word lists (a lemma may be in several). A trigger whose ``host`` is ``passive`` (a summons,
    a declaration of persona non grata) is done by the state hosting an envoy: in the agentless
    passive its source is the place the envoy was called to, else the dateline's country. An
    ``envoy`` trigger ("called in", "ordered ... to leave", "recalled") is one only when it acts on
    an ``envoy`` noun: a foreign envoy, or, recalled, one's own from where they are posted; a
    ``visitor`` trigger ("received") when it acts on an envoy, a ``visitor`` noun or a person; a
    ``refused`` one ("will not accept", "will not tolerate") only when no other pattern of its word
    holds, and only refused: a rejection.

    Read once and then kept between runs (``table_cache``).
    """
    return table_cache.load("lexicon", _read_lexicon)


def _read_lexicon() -> Lexicon:
    cameo: dict[str, tuple[float, int, str]] = {}
    quads: dict[str, int] = {}
    modes: dict[str, str] = {}
    for row in read_table(DATA / "cameo.csv")[1]:
        cameo[row["code"]] = (float(row["goldstein"]), int(row["quad_class"]), row["plover_type"])
        if row["plover_type"]:
            quads.setdefault(row["plover_type"], int(row["quad_class"]))
        if row["plover_mode"]:
            modes[row["code"]] = row["plover_mode"]
    cues: dict[str, str] = {}
    words: dict[str, set[str]] = {kind: set() for kind in WORD_KINDS}
    chosen: dict[tuple[str, str], Trigger | None] = {}  # (pattern, pos) -> trigger, None: not an event
    sets: dict[str, set[str]] = {}
    for row in read_table(DATA / "triggers.csv")[1]:
        if row["type"] in WORD_KINDS:
            words[row["type"]].add(row["pattern"])
        elif row["type"].startswith("&"):
            sets.setdefault(row["type"], set()).add(row["pattern"])
        elif row["type"].islower():
            cues[row["pattern"]] = row["type"]
        else:
            key = (row["pattern"], row["pos"])
            chosen[key] = _trigger(row, modes)  # a NONE row matches, and so keeps shorter patterns out
    for row in read_table(DATA / "cameo_verbs.csv")[1]:
        chosen.setdefault((row["pattern"], row["pos"]), _trigger(row, modes, slots=True))
    found: dict[tuple[str, str], list[Trigger]] = {}
    for trig in chosen.values():
        if trig is not None:
            found.setdefault((trig.head, trig.pos), []).append(trig)
    for row in read_table(DATA / "cameo_synsets.csv")[1]:
        sets.setdefault(row["set"], set()).add(row["lemma"])
    triggers = {k: tuple(sorted(v, key=lambda t: (t.slots, -len(t.words), sum(w.startswith("&") for w in t.words))))
                for k, v in found.items()}  # (of patterns as long, those with words of their own first: "set fire"
    # before "set &ceasefire", whose set holds the head word of "cease fire")
    for (head, pos), trigs in list(triggers.items()):  # "conveyed its concern": after its own, "express"'s
        for alias in (a for a, word in SAME_HEAD.items() if word == head):  # (hand-written ones first)
            merged = triggers.get((alias, pos), ()) + trigs
            triggers[(alias, pos)] = tuple(t for t in merged if not t.slots) + tuple(t for t in merged if t.slots)
    return Lexicon(triggers, cues, {k: frozenset(v) for k, v in words.items()},
                   {k: frozenset(v) for k, v in sets.items()}, cameo, modes, quads)


@dataclass(frozen=True)
class TriggerWords:
    """Every inflected form of the lexicon's trigger words (and of the demand cue "must"), to tell
    before any tagging whether a sentence may hold an event: some pattern has each of its words
    in the sentence, in any form."""

    single: frozenset[str]  # every form of the one-word patterns: one of them is enough
    patterns: tuple[tuple[frozenset[str], ...], ...]  # the patterns of several words
    index: dict[str, tuple[int, ...]]  # lower-case form of a pattern's first word -> those patterns

    def present(self, words: set[str]) -> bool:
        """Whether the lower-case ``words`` of a sentence hold every word of some pattern."""
        return not self.single.isdisjoint(words) or any(
            all(forms & words for forms in self.patterns[p][1:]) for word in words for p in self.index.get(word, ()))


@lru_cache(maxsize=1)
def trigger_words() -> TriggerWords:
    """The surface forms of every trigger pattern, inflected by lemminflect (nouns, verbs and
    adjectives alike, since a tagger may read a word either way); also of a reported "must", of
    the harms and deceits a speaker charges another with, of the verbs of wanting another to act,
    and of the saying verbs (a sentence that tells who speaks serves the sentences that go on with
    the statement). Worked out once and then kept between runs (``table_cache``)."""
    return table_cache.load("trigger-words", _gather_trigger_words, libraries=("lemminflect",))


def _gather_trigger_words() -> TriggerWords:
    lex = lexicon()

    @cache  # a synonym set's forms are the union of its members': built once, not once per pattern
    def forms(word: str) -> frozenset[str]:
        return frozenset().union(*map(_forms, _members(lex, word)))

    patterns = {tuple(forms(w) for w in t.words) for ts in lex.triggers.values() for t in ts}
    patterns |= {(_forms(w),) for w in _single_words(lex)}
    single = frozenset().union(*(p[0] for p in patterns if len(p) == 1))
    several = [p for p in patterns if not any(forms <= single for forms in p)]  # else one word is enough
    index: dict[str, list[int]] = {}
    for number, pattern in enumerate(several):
        for form in pattern[0]:
            index.setdefault(form, []).append(number)
    return TriggerWords(single, tuple(several), {k: tuple(v) for k, v in index.items()})


def inflected_lemmas() -> set[str]:
    """Every lemma whose forms ``trigger_words`` gathers."""
    lex = lexicon()
    return {m for ts in lex.triggers.values() for t in ts for w in t.words for m in _members(lex, w)} \
        | _single_words(lex)


def _members(lex: Lexicon, word: str) -> set[str]:
    """The lemmas a pattern word stands for: a synonym set's members, and the words used for it."""
    members = set(lex.sets.get(word, ())) if word.startswith("&") else {word}
    return members | {k for k, v in (*SAME_WORD.items(), *SAME_HEAD.items()) if v in members}


def _single_words(lex: Lexicon) -> set[str]:
    """The cue and charge words that tell by themselves that a sentence may hold an event."""
    return {w for w, kind in lex.cues.items() if kind in ("demand", "say")} | lex.words["harm"] \
        | lex.words["deceit"] | lex.words["false"] | lex.words["blame"] | lex.words["culpable"] | lex.words["wish"] \
        | RECEIVING


@lru_cache(maxsize=None)
def _forms(lemma: str) -> frozenset[str]:
    stored = _stored_inflections().get(lemma)
    return frozenset(stored) if stored is not None else inflect(lemma)


@cache
def _stored_inflections() -> dict[str, list[str]]:
    """The forms of the lexicon's lemmas as ``inflect`` gives them, stored by
    ``tools/build_inflections.py`` (``inflections.json``): read at start-up in a tenth of the time
    lemminflect takes to work them out; a lemma added to the tables since is inflected at once."""
    return json.loads((DATA / "inflections.json").read_text("utf-8"))["forms"]


PREFIXES = ("un", "re", "de", "co", "pre", "over", "counter", "mis")  # what a verb lemminflect lacks may be made of


def inflect(lemma: str) -> frozenset[str]:
    """A lemma and every inflected form lemminflect knows of it, lower-cased; a word it does not
    know that is a prefix and a word it knows is inflected as that word ("unfreeze": "unfroze")."""
    forms = {lemma}
    for upos in ("VERB", "NOUN", "ADJ"):
        inflections = getAllInflections(lemma, upos=upos)
        if not inflections:
            prefix = next((p for p in PREFIXES if lemma.startswith(p) and len(lemma) > len(p) + 2
                           and getAllInflections(lemma[len(p):], upos=upos)), None)
            inflections = ({tag: tuple(prefix + f for f in found)
                            for tag, found in getAllInflections(lemma[len(prefix):], upos=upos).items()}
                           if prefix else getAllInflectionsOOV(lemma, upos=upos))
        forms.update(f.lower() for found in inflections.values() for f in found)
    return frozenset(forms)


@cache
def lemmatizer() -> Lemmatizer:
    """lemminflect's lemmatizer (one per process), with its dictionary of 70,000 words kept between
    runs (``table_cache``): unpickled in about 0.1 s, where lemminflect reads it from its gzip file
    line by line in 0.4-0.8 s. The table goes where lemminflect's lazy loading keeps it
    (``lemma_dict``, which it reads only when unset), so it is not read again."""
    found = Lemmatizer()
    if not hasattr(found, "lemma_dict"):
        found.lemma_dict = table_cache.load("lemminflect-lemmas", lambda: Lemmatizer()._getLemmaDict(),
                                            libraries=("lemminflect",))
    return found
