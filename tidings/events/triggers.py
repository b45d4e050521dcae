"""Triggers: the lexicon pattern a word of the parse heads, which gives the event's PLOVER type,
mode, contexts and CAMEO code.

The lexicon (``tidings.lexicon``) is data: trigger lemmas (verbs, event nouns, multi-word
patterns) with their type and code. A pattern's other words hang on its head, or, for the
patterns derived from the CAMEO dictionary, fill the head's argument slots; a pattern whose host
is ``envoy`` (a summons, an expulsion) counts only where the verb acts on one, ``visitor`` ("received")
where it acts on an envoy or a guest, ``message`` ("congratulatory") only on a message it describes,
and ``refused`` ("accept") only where no other pattern of its word holds.
"""
from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

from spacy.tokens import Token

from tidings.lexicon import Lexicon, Trigger, lemmatizer

from .grammar import SETTING_PREPS, SUBJECTS, hyphenated, is_preposition, lemma_of, marked, money, nearby, pos_of, word_forms

SLOT_DEPS = {"dobj", "dative", "nsubjpass", "oprd", "attr", "acomp", "prt", "prep", "pobj", "agent"}

# The trigger of a reported obligation ("must"): a demand, CAMEO 100.
DEMAND = Trigger(words=("must",), pos="AUX", type="REQUEST", mode=None, contexts=("diplomatic",), cameo="100",
                 joint=False, weight=0.5)
# The trigger of wanting another to act ("X wants Y to release the fishermen"): a demand, CAMEO 100.
WISH = Trigger(words=("want",), pos="VERB", type="REQUEST", mode=None, contexts=("diplomatic",), cameo="100",
               joint=False, weight=0.5)
# The trigger of ordering another state or body to act ("the court ordered Israel to halt its offensive"): a
# demand, CAMEO 100 (an order that matches no pattern of its own, which the coder reads where no other does).
ORDER = Trigger(words=("order",), pos="VERB", type="REQUEST", mode=None, contexts=("diplomatic",), cameo="100",
                joint=False, weight=0.8)
# The trigger of a harm a speaker says another did ("X has destabilised the region"): an accusation, CAMEO 112.
CHARGE = Trigger(words=("harm",), pos="VERB", type="ACCUSE", mode=None, contexts=("diplomatic",), cameo="112",
                 joint=False, weight=0.5)
# The trigger of holding another to blame ("held X responsible", "X was behind it"): an accusation, CAMEO 112.
CULPABLE = Trigger(words=("responsible",), pos="ADJ", type="ACCUSE", mode=None, contexts=("diplomatic",),
                   cameo="112", joint=False, weight=0.5)
# The trigger of money received from another ("X received $1 billion from Y"): aid from Y, CAMEO 071.
RECEIPT = Trigger(words=("receive",), pos="VERB", type="AID", mode="economic", contexts=("economic",), cameo="071",
                  joint=False, weight=0.6)
# The triggers of arms or relief goods received from another ("X received a batch of missiles from Y"): military
# or humanitarian aid from Y, CAMEO 072 and 073.
ARMS_RECEIPT = Trigger(words=("receive",), pos="VERB", type="AID", mode="military", contexts=("military",),
                       cameo="072", joint=False, weight=0.6)
RELIEF_RECEIPT = Trigger(words=("receive",), pos="VERB", type="AID", mode="humanitarian", contexts=("humanitarian",),
                         cameo="073", joint=False, weight=0.6)
# The trigger of people received back from another ("X received the bodies of 900 soldiers from Y"): their
# release by Y, CAMEO 0841.
# The trigger of a visit made "at the invitation of" another: that other's invitation, extended before
INVITED = Trigger(words=("invitation",), pos="NOUN", type="AGREE", mode=None, contexts=("diplomatic",), cameo="036",
                  joint=False, weight=0.7)
RETURN_RECEIPT = Trigger(words=("receive",), pos="VERB", type="RETREAT", mode="persons", contexts=(), cameo="0841",
                         joint=False, weight=0.6)
RETURNED = frozenset({"body", "remains", "prisoner", "captive", "hostage", "detainee", "fisherman",
                      "pow"})  # people a state holds and may hand back to another (not citizens evacuated)
MESSAGES = frozenset({"message", "letter", "note", "cable", "telegram", "statement"})  # what carries words ("a
# message of condolence", "a congratulatory message", "a protest statement": the condolence, the congratulation, the
# protest)
CARRYING = frozenset({"carry", "load", "laden", "pack", "transport"})  # craft "carrying"/"loaded with" goods
SPURNING = {"PROTEST", "REJECT", "ACCUSE"}  # types of verbs that spurn the event they act on ("boycotted the summit")
# The trigger of saying another's claims are false ("X said Y's accusations were baseless"): a rejection, CAMEO 120.
DISMISSAL = Trigger(words=("false",), pos="ADJ", type="REJECT", mode=None, contexts=("diplomatic",), cameo="120",
                    joint=False, weight=0.5)
# The trigger of calling another's act a wrong ("termed X's move illegal"): criticism, CAMEO 111.
NAMING = Trigger(words=("name",), pos="VERB", type="ACCUSE", mode=None, contexts=("diplomatic",), cameo="111",
                 joint=False, weight=0.5)
# People handed over or returned ("handed over 200 prisoners").
HANDED_PEOPLE = frozenset({"prisoner", "detainee", "hostage", "captive", "body", "national", "fisherman"})


def match_trigger(tok: Token, lex: Lexicon, used: set[int], derived: bool = True,
                  lemmas: frozenset[str] | None = None) -> tuple[Trigger, list[Token]] | None:
    """The longest trigger pattern headed by ``tok`` whose other words hang on it and are not
    ``used`` (hand-written patterns first; ``derived``: also those derived from the CAMEO
    dictionary). ``lemmas``, those of the sentence, rule out at once the patterns with a word the
    sentence lacks. With no word used, a word's pattern is found once per document (the coder asks
    what act the words around a trigger tell again and again)."""
    if used or lemmas is not None:
        return _match(tok, lex, used, derived, lemmas)
    known = tok.doc.user_data.setdefault(("triggers", id(lex), derived), {})
    if tok.i not in known:
        known[tok.i] = _match(tok, lex, used, derived, lemmas)
    hit = known[tok.i]
    return None if hit is None else (hit[0], list(hit[1]))


def _match(tok: Token, lex: Lexicon, used: set[int], derived: bool,
           lemmas: frozenset[str] | None) -> tuple[Trigger, list[Token]] | None:
    pos = pos_of(tok)
    if pos is None or tok.i in used:
        return None
    fallback = None  # a trigger tried when no other pattern of the word holds
    near: list[tuple[Token, str]] | None = None  # the words within two steps, with their lemmas
    slots: dict[int, list[tuple[Token, str]]] = {}  # a word's slot fillers, with their lemmas
    patterns = lex.triggers.get((head_lemma(tok, lex), pos), ())
    particle = _phrasal_particle(tok, patterns)
    for trig in patterns:
        if trig.slots and not derived:
            break
        if (lemmas is not None and not trig.plain <= lemmas) or (particle is not None and particle not in trig.plain):
            continue
        words: list[Token] = []
        for extra in trig.extras:
            if trig.slots:
                found = ((t, lemma) for node in (tok, *words) for t, lemma in _slots(node, slots) if t not in words)
            else:
                if near is None:  # no word of the pattern is its verb's subject ("the envoy received")
                    near = [(t, form) for t in (*nearby(tok), *_loads(tok), *_stray_particle(tok, lex))
                            if t.dep_ not in SUBJECTS for form in word_forms(t)]
                found = ((t, lemma) for t, lemma in near if _attached(t, tok, words))
            hit = next((t for t, lemma in found if lex.is_word(lemma, extra) and t.i not in used), None)
            if hit is None:
                break
            words.append(hit)
        else:
            if trig.slots and (any(_carries_event(w, trig.type, lex) for w in words) or (
                    (words or trig.type not in SPURNING) and any(c.dep_ == "dobj" and c not in words
                                                              and _other_event(c, trig.type, lex) for c in tok.children))):
                continue  # "conveyed its condemnation", "opened investigations against X": the noun is the event
                # (a refusal or protest alone is its own act: "boycotted the summit")
            if trig.host == "refused":
                fallback = fallback or (trig, words)  # "will not accept", when no pattern of "accept" holds
                continue  # ("accepted an invitation"); only a refusal (``coder.candidates``)
            if trig.host == "message" and not (tok.dep_ == "amod" and lemma_of(tok.head) in MESSAGES):
                continue  # "congratulatory" tells an act only of a message it describes
            if trig.host == "traveller" and not _travelling(tok, lex):
                continue  # "troops arrived in X", "the shipment arrived": no visit
            if trig.host not in ("envoy", "visitor") or _on_envoy(tok, words, lex, trig.host == "visitor"):
                return trig, words
    return fallback


def _loads(verb: Token) -> Iterator[Token]:
    """What the craft a verb acts on carry, and the words on them ("sent two planes carrying relief
    goods", "trucks loaded with food"): the load stands for its craft in the verb's patterns."""
    for craft in (c for c in verb.children if c.dep_ == "dobj"):
        for acl in (c for c in craft.children if c.dep_ == "acl" and lemma_of(c) in CARRYING):
            for load in (o for c in acl.children for o in ([c] if c.dep_ == "dobj" else c.children if (
                    c.dep_ == "prep" and c.lower_ == "with") else ()) if o.dep_ in ("dobj", "pobj")):
                yield load
                yield from load.children


def _stray_particle(verb: Token, lex: Lexicon) -> Iterator[Token]:
    """A verb's particle the parser read as a modifier of the number after it, when what is counted
    is money, relief or people ("handed over 50,000 food packages", "rolled over $3 billion": "over"
    as "more than"; not "rolled over 20 trucks of fruit")."""
    after = verb.nbor() if verb.i + 1 < len(verb.doc) else None
    if after is None or after.dep_ != "quantmod" or after.head.i < after.i:
        return
    number = after.head
    counted = number.head if number.dep_ == "nummod" else number
    things = [counted, *(c for c in counted.children if c.dep_ == "compound")]
    if money(number) or money(counted) or lemma_of(counted) in HANDED_PEOPLE or any(
            lex.is_word(lemma_of(t), "&relief") for t in things):
        yield after


def _phrasal_particle(verb: Token, patterns: tuple[Trigger, ...]) -> str | None:
    """The particle of a phrasal verb the hand-written patterns know ("called off": "off"), which
    then only patterns with it match ("call off", not "call" nor "call visit"); the dictionary's
    own phrasal patterns do not decide it ("fought off" is still a fight)."""
    particle = next((c.lower_ for c in verb.children if c.dep_ == "prt"), None)
    return particle if particle is not None and any(particle in t.plain for t in patterns if not t.slots) else None


def head_lemma(tok: Token, lex: Lexicon, lemma: str | None = None) -> str:
    """The lemma by which a word heads trigger patterns: the whole hyphenated noun it ends, if a
    head ("sit-in"; a verb keeps its own: "re-opened its embassy"); the tagger's (``lemma``, if
    known); or for a verb the tagger lemmatised wrongly, the dictionary's ("lambasted": "lambast"
    for the tagger)."""
    lemma = lemma_of(tok) if lemma is None else lemma
    whole = next((form for form in hyphenated(tok) if form in lex.heads), None) if tok.pos_ != "VERB" else None
    if whole is not None:
        return whole  # "staged a sit-in", "the cease-fire held": the hyphenated word
    if lemma in lex.heads or tok.pos_ != "VERB":
        return lemma
    return next((alt for alt in verb_lemmas(tok.lower_) if alt in lex.heads), lemma)


@lru_cache(maxsize=None)
def verb_lemmas(word: str) -> tuple[str, ...]:
    """The dictionary's lemmas of a word read as a verb."""
    return lemmatizer().getLemma(word, upos="VERB")


def _carries_event(word: Token, kind: str, lex: Lexicon) -> bool:
    """Whether a pattern word is an event noun the pattern only conveys: its object, or a noun of
    the pattern's own type ("conveyed its condemnation"), not what the act is about ("defended X
    against criticism")."""
    types = lex.event_types(lemma_of(word))
    return bool(types) and ((word.dep_ != "pobj" and kind != "REQUEST") or kind in types)


def _other_event(noun: Token, kind: str, lex: Lexicon) -> bool:
    """Whether a noun names an event, and not one of the type ``kind``."""
    types = lex.event_types(lemma_of(noun))
    return bool(types) and kind not in types


def _slots(node: Token, known: dict[int, list[tuple[Token, str]]]) -> list[tuple[Token, str]]:
    """The words that fill the argument slots a word opens, with their lemmas (kept in ``known``):
    its objects, particle and prepositions. A pattern's slots are those of its verb and of the
    words it matched: the objects of those prepositions and the prepositions of those objects
    ("lift the ban on X"). A preposition of time fills none ("telephoned X on Monday" is no
    "call on")."""
    if node.i not in known:
        known[node.i] = [(c, form) for c in node.children
                         if c.dep_ in SLOT_DEPS and not (c.dep_ == "prep" and _of_time(c)) for form in word_forms(c)]
    return known[node.i]


def _of_time(word: Token) -> bool:
    """Whether a preposition's object is a date or a time ("on Monday", "in March")."""
    return is_preposition(word) and any(o.ent_type_ in ("DATE", "TIME") for o in word.children if o.dep_ == "pobj")


def patients_of(tok: Token, words: list[Token]) -> list[Token]:
    """Who a verb acts on: its objects or passive subject (that of the verb it is coordinated
    with: "was declared ... and told to leave"), the object of its particle ("called in X"); a person
    the parser took for what the object is called, when there is none ("called Minister X")."""
    found = [c for c in tok.children if c.dep_ in ("dobj", "dative", "nsubjpass")]
    if not found:  # "called Foreign Minister X on Friday", parsed as what one is called
        found = [c for c in tok.children if c.dep_ == "oprd" and c.ent_type_ == "PERSON"]
    if tok.dep_ == "relcl":  # "the envoy, who was summoned": the envoy
        found = [tok.head if c.tag_ in ("WP", "WDT") else c for c in found]
    found += [c for w in words if is_preposition(w) for c in w.children if c.dep_ == "pobj"]
    if not found and tok.dep_ == "conj" and not any(c.dep_ in SUBJECTS for c in tok.children):
        found = [c for c in tok.head.children if c.dep_ == "nsubjpass"]
    return found


def _on_envoy(tok: Token, words: list[Token], lex: Lexicon, visitor: bool = False) -> bool:
    """Whether a verb acts on an envoy ("the ambassador", "12 officials", "a staff member"), or,
    for a ``visitor`` trigger, also on a guest ("the prime minister", a person, body or state named:
    the recognizer may take a person for a body)."""
    envoy = lex.words["envoy"] | (lex.words["visitor"] if visitor else set())
    return any(lemma_of(p) in envoy or any(c.dep_ == "compound" and lemma_of(c) in envoy for c in p.children)
               or (visitor and (p.ent_type_ == "PERSON" or (p.ent_type_ in ("ORG", "GPE") and not any(
                   c.dep_ in ("xcomp", "advcl") and c.i > p.i for c in tok.children))))
               for p in patients_of(tok, words))  # ("called the WHO to send experts": an appeal)


def _travelling(verb: Token, lex: Lexicon) -> bool:
    """Whether who makes a journey is a guest who may visit: a person named or told of by a
    pronoun, an office or a delegation ("the foreign minister flew to X"), not troops, refugees or
    goods."""
    while verb.dep_ in ("conj", "xcomp") and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        verb = verb.head  # "is expected to arrive", "arrived in X and met Y": the subject above
    return any(s.ent_type_ == "PERSON" or s.lower_ in ("he", "she") or lemma_of(s) in lex.words["visitor"]
               for s in verb.children if s.dep_ in ("nsubj", "nsubjpass"))


BACKGROUND_PREPS = SETTING_PREPS - {"at", "until"} | {"without"}  # what a phrase is the setting of, not the act


def _attached(word: Token, head: Token, matched: list[Token]) -> bool:
    """Whether a pattern word hangs on the trigger: function words directly ("called on X"), a
    preposition also on the object the pattern names ("put forward a resolution at X", the parse
    hanging "at" on the resolution; a verb's own preposition, as in "called on", only after it),
    the infinitive marker of its complement ("resolved to"); content words within two steps."""
    if word.dep_ == "quantmod" and word.i == head.i + 1:
        return True  # "handed over 50,000 food packages", the parser reading "over 50,000" as "more than"
    if is_preposition(word):  # a phrasal verb's after it (not a fronted topic: "On X, Y called upon Z to ...")
        return (word.head == head or (word.head in matched and word.head.dep_ == "dobj") or (
            word.head.dep_ == "dobj" and word.head.head == head and word.head.pos_ == "PROPN")) \
            and (not _of_time(word) or word.lower_ == "until") and (word.i > head.i or bool(matched))  # (the
        # parser hangs it on a name: "launched Operation X against Y"; "until" tells a deadline: "gave X until")
    if word.pos_ == "PART":  # after the head: "to" before it is its own infinitive marker ("to protest")
        return word.i > head.i and (word.head == head or (word.dep_ == "aux" and word.head.head == head
                                                          and word.head.dep_ in ("xcomp", "advcl", "acl")))
    return word.head == head or not ((word.dep_ == "pobj" and word.head.lower_ in BACKGROUND_PREPS) or (
        word.head.dep_ == "relcl" or (word.head.dep_ == "advcl" and marked(word.head))
        or (word.head.dep_ == "conj" and word.head.pos_ == "VERB" and any(c.dep_ == "dobj" for c in head.children))))
    # (not "exchanged prisoners despite accusations", "raised rates after X doubled tariffs", "raised duties but cut
    # tariffs": the setting, or another clause's; but "reached, and then violated, a ceasefire": a shared object)
