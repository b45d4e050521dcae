"""Noun phrases and actors: which actor mentions a noun phrase of the parse denotes.

An actor's own words denote it, with those coordinated with it ("officials in A and B": A's and
B's officials). A pronoun stands for the speaker ("we"; "the rebels said they would ..."), "he"
or "it" for the last person or body named, "they" for a plural subject before it in its
sentence, else for the parties of a joint event just coded; a claim or proposal is its author's.
"Both sides" / "the two countries" / "the three nations" are the parties of the last joint
event when those are among the article's most named actors, else the ones the sentence names,
else the most named.
"""
from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import cached_property
from typing import TypeVar

from spacy.tokens import Doc, Span, Token

from tidings.actors import ARMED_SECTORS, make_actor
from tidings.lexicon import lexicon
from tidings.records import Actor, ActorMention

from .grammar import ABOUT, LOCATIVE, SUBJECTS, agent_of, breadth, lemma_of, pos_of
from .status import is_saying
from .triggers import match_trigger

T = TypeVar("T")

# Pronouns, the heads of collectives and the kinds of mention they stand for.
FIRST_PERSON = {"we", "us", "our", "i", "me", "my"}
PERSONAL = {"he", "him", "his", "she", "her"}
IMPERSONAL = {"it", "its"}
PLURAL = {"they", "them", "their", "both"}
RELATIVE = {"whose", "who", "which"}  # a relative clause's possessive or subject: the noun the clause tells of
OUTCOME_VERBS = frozenset({"draw", "spark", "trigger", "prompt", "provoke", "cause", "fuel", "lead", "raise", "attract",
                           "earn", "invite", "escalate", "mark", "follow", "come", "result"})  # verbs whose subject
# "which" is the act told before it, not the actor it follows ("..., which drew condemnation from X")
THIRD_PERSON = PERSONAL | IMPERSONAL | PLURAL
STATE_SECTORS = {None, "GOV", "MIL", "COP", "JUD", "LEG", "SPY"}  # the state's own sectors
OUT_OF_OFFICE = frozenset({"former", "ex", "ex-", "ousted", "deposed", "jailed", "exiled", "detained", "imprisoned"})
# words before an office that say its holder no longer holds it
STATE_HEADS = {"country", "nation", "state", "neighbour", "neighbor"}  # collective heads that name states
COLLECTIVE_HEADS = {"side", "country", "nation", "leader", "delegation", "minister", "government",
                    "party", "state", "neighbour", "neighbor", "premier", "president", "dignitary", "commander",
                    "speaker", "chief", "envoy", "diplomat", "general", "counterpart", "ambassador"}
DEFINITE = {"the", "this", "that"}
NUMBERS = {"both": 2, "two": 2, "three": 3, "four": 4}
PARTY_HEADS = {"side", "country", "nation", "neighbour", "neighbor"}  # "the countries" = both
PERSON_KINDS = {"person", "descriptor"}
BODY_KINDS = {"state", "metonym", "org", "group", "demonym", "descriptor"}
NER_KINDS = {"state", "metonym", "org", "group", "person", "demonym"}
PLACE_KINDS = {"state", "metonym"}
QUALIFYING_PREPS = {"in"}  # "officials in A and B": A's and B's officials
OFFICE_SECTORS = {"GOV", "MIL", "LEG"}  # "the ministers of (from) A and B": A's and B's ministers
QUALIFIER_KINDS = {"state", "metonym", "org", "group"}
SUBHEAD_WORDS = 6  # a line of at most this many words, without final punctuation, is a subhead
QUOTE_MARKS = re.compile('[“”"\n]')  # what opens and closes quotations, and paragraphs
PROVENANCE = {"supply", "make", "build", "manufacture", "produce", "provide", "donate", "fund", "finance",
              "own", "operate", "design", "develop"}  # "Chilean-supplied": where a thing comes from


class _Actors:
    """Index of actor mentions by token, with simple pronoun and collective resolution."""

    def __init__(self, doc: Doc, mentions: Iterable[ActorMention], text: str):
        self.doc = doc
        self.mentions = sorted((m for m in mentions if m.actor.key), key=lambda m: m.start)
        self.sections = _sections(text)
        self.text = text
        self.by_token: dict[int, ActorMention] = {}
        for m in sorted(self.mentions, key=lambda m: m.start - m.end):  # widest first
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            for tok in span or ():
                self.by_token[tok.i] = m
        for m in self.mentions:
            if 0 <= m.head < len(doc):
                self.by_token[m.head] = m

    def at(self, tok: Token) -> ActorMention | None:
        return self.by_token.get(tok.i)

    def before(self, tok: Token, kinds: set[str], singular: bool = False) -> ActorMention | None:
        """Most recent mention of one of ``kinds`` before ``tok`` in its or the previous sentence;
        with ``singular``, not a plural one ("it" is not "the Peruvians"); an object pronoun is not
        its own verb's subject ("X assured her", "X, who called on him": not X)."""
        sent = tok.sent
        floor = sent.start_char
        if sent.start > 0:
            floor = self.doc[sent.start - 1].sent.start_char
        verb = tok.head if tok.dep_ in ("dobj", "dative") else tok.head.head if (
            tok.dep_ == "pobj" and tok.head.head.pos_ == "VERB") else None  # ("called on him")
        subjects = [s for s in (verb.children if verb is not None else ()) if s.dep_ in ("nsubj", "nsubjpass")]
        subjects += [verb.head for s in subjects if lemma_of(s) in RELATIVE and verb.dep_ == "relcl"]  # "X, who
        own = {m.actor for s in subjects for t in (s, *s.conjuncts) for m in [self.at(t)] if m is not None}  # met him"
        topic = self._topic(tok, kinds, singular)
        if topic is not None:
            return topic
        for m in reversed(self.mentions):
            if floor <= m.start < tok.idx and m.kind in kinds and m.kind != "pronoun" and m.actor not in own and not (
                    singular and 0 <= m.head < len(self.doc) and self.doc[m.head].tag_ in ("NNS", "NNPS")):
                return m
        return None

    def _topic(self, tok: Token, kinds: set[str], singular: bool) -> ActorMention | None:
        """The subject of the sentence before, for a pronoun that opens its own sentence as its
        subject with no party named before it ("... the Foreign Office said India's remarks were
        ... It called on the UN to ...": the Foreign Office, not India)."""
        sent = tok.sent
        if tok.dep_ not in ("nsubj", "nsubjpass") or tok.head != sent.root or sent.start == 0 or any(
                sent.start_char <= m.start < tok.idx for m in self.mentions):
            return None
        before = self.doc[sent.start - 1].sent
        found = [m for s in before.root.children if s.dep_ in ("nsubj", "nsubjpass") for m in [self.at(s)] if m]
        if len(found) != 1 or found[0].kind not in kinds or (
                singular and 0 <= found[0].head < len(self.doc) and self.doc[found[0].head].tag_ in ("NNS", "NNPS")):
            return None
        if any(tok.idx < m.start < sent.end_char and m.actor.key == found[0].actor.key for m in self.mentions):
            return None  # "The Taliban rejected X's demand. It has accused Kabul of ...": not the one it acts on
        return found[0]

    def group(self, tok: Token, size: int, last: list[ActorMention], recent: bool = False) -> list[ActorMention]:
        """The ``size`` parties "both sides" / "the three nations" refers to: the states (for "the
        two ministers", the people) named before it in its sentence when they are as many, else
        those of the last joint event coded
        when it was told in this sentence or the one before (``recent``) or they are among the
        actors most named before it (the lead sentence counts thrice), else the only ones the
        sentence names, else the two most named; three or more are too unsure to guess. "The two
        countries" are states, not a court or an agency named with them; "talks between the two
        neighbours" are not between the hosts who offer them."""
        sent = tok.sent
        states_only = lemma_of(tok) in STATE_HEADS  # "the two countries": not a court or an agency
        apart = not states_only  # (countries count as one party with their armed groups; sides do not)
        doers = _hosts(tok)  # "A and B offered to host talks between the two neighbours": not A and B
        mentions = [m for m in self.mentions if (m.actor.country or not states_only) and m.head not in doers]
        states = distinct((m for m in mentions if sent.start_char <= m.start < tok.idx and m.kind in PLACE_KINDS),
                          armed_apart=apart)
        if len(states) == size:  # "at the A-B talks, the two sides ...": the states just named
            return states
        joined = [(a, b) for a, b in zip(states, states[1:]) if self.text[a.end:b.start] in ("-", "–")]
        if size == 2 and len(joined) == 1:  # "X, which hosted A-B talks, urged both sides to ...": A and B
            return list(joined[0])
        named = distinct([m for m in mentions if sent.start_char <= m.start < tok.idx and m.kind == "person"
                          and not (self.doc[m.head].dep_ == "nsubj" and is_saying(self.doc[m.head].head, lexicon()))],
                         armed_apart=apart)  # (not the spokesman who tells it)
        if len(named) == size and lemma_of(tok) not in PARTY_HEADS:  # "a call from A's minister X, during which
            return named  # the two ministers ...": the people just named
        lead_end = next(iter(self.doc.sents)).end_char
        section = self.sections[bisect.bisect_right(self.sections, tok.idx) - 1]  # a subhead starts a new topic
        before = [m for m in mentions if section <= m.start < tok.idx and m.kind in NER_KINDS]
        last = last if all(m.start >= section and (m.actor.country or not states_only) for m in last) else []
        counts: Counter[tuple[str | None, bool]] = Counter()
        for m in before:
            for side in {(m.actor.key, False), party_key(m.actor)}:
                counts[side] += 3 if m.start < lead_end else 1
        prominent = sorted(distinct(before, armed_apart=apart), key=lambda m: -counts[  # (a state counts its armed
            party_key(m.actor) if apart else (m.actor.key, False)])  # groups' mentions, they only their own)
        top = {m.actor.key for m in prominent[:size + 1]}
        if len(last) == size and (recent or all(m.actor.key in top for m in last)):
            return last
        chosen = distinct((m for m in mentions if sent.start_char <= m.start < sent.end_char and m.kind in NER_KINDS),
                          armed_apart=apart)
        if len(chosen) == size:
            return chosen
        return prominent[:size] if len(prominent) >= size and size == 2 else []


def _hosts(tok: Token) -> set[int]:
    """The tokens of the subject of the clause that holds "between" ``tok``: those who bring
    others together, never among them."""
    if tok.dep_ != "pobj" or lemma_of(tok.head) != "between":
        return set()
    verb = next((a for a in tok.ancestors if any(c.dep_ in ("nsubj", "nsubjpass") for c in a.children)), None)
    if verb is None:
        return set()
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    subjects += [verb.head for c in subjects if c.tag_ in ("WDT", "WP") and verb.dep_ == "relcl"]  # "A and B,
    # which have mediated between the two sides": not A and B
    return {t.i for c in subjects for t in (c, *c.conjuncts, *(w for x in c.conjuncts for w in x.subtree))} | {
        t.i for c in subjects if c.tag_ not in ("WDT", "WP") for t in c.subtree}


def _sections(text: str) -> list[int]:
    """Where the parts of a body start: 0, and after each subhead (a line of a few words that ends
    without punctuation, between paragraphs, as in "Gaza" or "Trade talks")."""
    starts, offset = [0], 0
    for line in text.splitlines(keepends=True):
        offset += len(line)
        words = line.split()
        if words and len(words) <= SUBHEAD_WORDS and line.rstrip()[-1].isalnum() and offset < len(text):
            starts.append(offset)
    return starts


def provenance(tok: Token) -> bool:
    """Whether a name only says where a thing comes from: "Chilean-supplied rifles", "Peruvian-made drones"
    (not who acts, as in "US-led strikes")."""
    return tok.dep_ in ("npadvmod", "compound", "nmod") and lemma_of(tok.head) in PROVENANCE and tok.head.tag_ == "VBN"


def bare_definite(noun: Token) -> bool:
    """Whether a noun is only "the"/"this"/"these" noun ("the claim"): what it is was told before
    (an adjective after it is what it is called: "called the move unjustified and ...")."""
    words = [c for c in noun.children if c.dep_ != "punct" and not (c.dep_ == "amod" and c.i > noun.i)]
    return len(words) == 1 and words[0].dep_ == "det" and words[0].lower_ in DEFINITE | {"these"}


def distinct(items: Iterable[T], mention: Callable[[T], ActorMention] = lambda m: m,
             armed_apart: bool = True) -> list[T]:
    """The first of ``items`` for each party: an actor, its armed groups apart unless not
    ``armed_apart`` ("the government and the rebels"; ``mention`` gives an item's actor mention)."""
    out: list[T] = []
    seen: set[tuple[str | None, bool]] = set()
    for item in items:
        actor = mention(item).actor
        key = party_key(actor) if armed_apart else (actor.key, False)
        if key not in seen:
            seen.add(key)
            out.append(item)
    return out


def party_key(actor: Actor) -> tuple[str | None, bool]:
    """What tells one party from another: its country or organisation, and whether it is of
    that country's armed groups ("the government and the rebels" are two)."""
    return actor.key, _side(actor) == "armed"


@dataclass
class Party:
    """An actor mention found as a party to an event, and how it was found."""

    mention: ActorMention
    direct: bool = False  # a direct dependent of the trigger, found without resolution
    collective: bool = False  # one of "both sides", "they"
    deep: bool = False  # found inside a complement, not as the trigger's own object


def same_side(a: ActorMention, b: ActorMention) -> bool:
    """Whether two mentions are one party: actors of one country or organisation on the same side,
    the state's, armed men's or the people's (not rebels and the government, police and
    protesters, nor gunmen and villagers)."""
    return a.actor.key == b.actor.key and _side(a.actor) == _side(b.actor)


def _side(actor: Actor) -> str:
    """Which side of the state an actor is on: the state's, armed men's or the people's."""
    return "state" if actor.sector in STATE_SECTORS else "armed" if actor.sector in ARMED_SECTORS else "people"


def out_of_office(actor: Actor) -> bool:
    """Whether an office holder no longer holds the office: "former prime minister X", "jailed ex-minister"."""
    return bool(actor.role) and actor.role.split()[0].lower() in OUT_OF_OFFICE


def _clause_of(verb: Token) -> set[int]:
    """The verb and those it is coordinated with, down to the first: one subject's clause ("A met
    B and urged ...")."""
    found = {verb.i}
    while verb.dep_ == "conj" and verb.head.i != verb.i and not any(c.dep_ in ("nsubj", "nsubjpass")
                                                                   for c in verb.children):
        verb = verb.head  # (not past a conjunct with a subject of its own: "X strayed and Y arrested them")
        found.add(verb.i)
    return found


def _plural_subject_before(pronoun: Token) -> Token | None:
    """A plural noun that is a subject earlier in the pronoun's sentence: what "they" most likely
    stands for; not the subject of the clause whose object the pronoun is ("the authorities do not
    authorise many of them": others)."""
    bound = _clause_of(_verb_over(pronoun)) if pronoun.dep_ not in ("nsubj", "nsubjpass", "poss") else set()
    return next((t for t in pronoun.sent if t.i < pronoun.i and t.dep_ in ("nsubj", "nsubjpass")
                 and t.tag_ in ("NNS", "NNPS") and t.head.i not in bound), None)


def _plural_object_before(pronoun: Token) -> Token | None:
    """The plural object of the verb that the clause of an object pronoun hangs on: whom "them"
    stands for in "expelled three diplomats, accusing them of spying"."""
    verb = pronoun.head
    if pronoun.dep_ not in ("dobj", "dative") or verb.dep_ not in ("advcl", "conj", "xcomp"):
        return None
    return next((c for c in verb.head.children if c.dep_ == "dobj" and c.tag_ in ("NNS", "NNPS") and c.i < pronoun.i),
                None)


def _verb_over(word: Token) -> Token:
    """The verb whose clause a word is in, through the objects and prepositions above it."""
    while word.pos_ not in ("VERB", "AUX") and word.dep_ in ("dobj", "pobj", "prep", "dative", "appos", "conj") \
            and word.head.i != word.i:
        word = word.head
    return word


def _own_subject(possessive: Token) -> Token | None:
    """The subject, before it, of the clause a possessive pronoun is in: whom "his" before an act
    most likely stands for ("he renewed to X his request"), also through a clause that has none
    ("X said ..., recalling his call"); or the subject after a fronted phrase the pronoun is in
    ("Ahead of his trip to X, Y spoke ...")."""
    if possessive.dep_ != "poss":
        return None
    node, top = possessive.head, possessive
    while True:
        subject = next((c for c in node.children if c.dep_ == "nsubj"), None) if node.pos_ in ("VERB", "AUX") else None
        if subject is not None:
            after = top.right_edge.i + 1  # "Ahead of his trip to X, Y spoke ...": Y, named after a fronted phrase
            fronted = top.head.i == node.i and after < subject.i and top.doc[after].text == ","
            return subject if subject.i < possessive.i or fronted else None
        if node.head.i == node.i:
            return None
        top = node
        if node.pos_ in ("VERB", "AUX") and node.dep_ not in ("advcl", "xcomp", "conj", "pcomp"):
            return None  # a clause of its own with no subject named
        node = node.head  # "said ..., while recalling his call": the subject of "said"


def _agrees(pronoun: str, mention: ActorMention) -> bool:
    """Whether a pronoun can stand for an actor: "he"/"she" for a person, "it" for a state or
    body, "they" for a body or a group of people; "both" for no one speaker."""
    if pronoun in PERSONAL:
        return mention.kind in PERSON_KINDS
    if pronoun in IMPERSONAL:
        return mention.kind in PLACE_KINDS | {"org"}
    return pronoun in PLURAL - {"both"} and mention.kind in BODY_KINDS - {"descriptor"} | {"org", "group"}


def _group_size(tok: Token) -> int:
    """How many parties a collective names: "the three nations", "the three" 3, else 2."""
    own = NUMBERS.get(lemma_of(tok), 0) if tok.pos_ == "NUM" else 0
    return max((NUMBERS.get(lemma_of(c), 0) for c in tok.children), default=own) or own or 2


def _is_collective(tok: Token) -> bool:
    """"they", "both sides", "the two countries", "the three nations", "the countries", "the two"."""
    if lemma_of(tok) in PLURAL:
        return True
    if tok.pos_ == "NUM" and lemma_of(tok) in NUMBERS and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
        return True
    if lemma_of(tok) in COLLECTIVE_HEADS:
        return any(lemma_of(c) in NUMBERS for c in tok.children) or (
            lemma_of(tok) in PARTY_HEADS and tok.tag_ == "NNS"
            and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children))
    return False


def _stand_in(first: ActorMention, place: Token, other: ActorMention) -> ActorMention:
    """``first`` ("officials in A") with the place or body ``other`` ("B") in that of ``place``:
    the actor "officials in B", mentioned by the words "B"."""
    cut, end = place.left_edge.idx - first.start, place.idx + len(place.text) - first.start
    if other.kind not in QUALIFIER_KINDS or not 0 <= cut < end <= len(first.text):
        return other

    def swap(text: str | None) -> str | None:
        return text[:cut] + other.text + text[end:] if text == first.text else text

    actor = make_actor(swap(first.actor.name), other.actor.country, other.actor.org,
                       other.actor.sector or first.actor.sector, swap(first.actor.role))
    return ActorMention(other.start, other.end, other.text, actor, other.head, first.kind)


class PhraseReader:
    """The actors the noun phrases of one body denote, with what the events coded so far leave
    for the next: the parties of the last joint event ("they", "both sides")."""

    def __init__(self, doc: Doc, actors: list[ActorMention], text: str | None = None):
        self.doc = doc
        self.lex = lexicon()
        self.text = doc.text if text is None else text  # ``doc.text`` joins every token's text: costly
        self.actors = _Actors(doc, actors, self.text)
        self.last_pair: list[ActorMention] = []  # parties of the last symmetric event coded
        self.last_group: list[ActorMention] = []  # every party of the last joint trigger
        self.last_pair_sent = -1  # index of the sentence's first token

    @cached_property
    def quotations(self) -> list[tuple[int, int]]:
        """The quotations of the body as (opening, closing) character offsets, each within a
        paragraph; read from the body's text, as sentences that hold no event are blanked."""
        spans, opening = [], None
        for mark in QUOTE_MARKS.finditer(self.text):
            k, char = mark.start(), mark.group()
            if char == "\n":
                opening = None  # an unclosed quotation ends with its paragraph
            elif char == "“" or (char == '"' and opening is None):
                opening = k
            elif char in ("”", '"') and opening is not None:
                spans.append((opening, k))
                opening = None
        return spans

    def quotation(self, tok: Token) -> tuple[int, int] | None:
        """The quotation holding ``tok``, as (opening, closing) character offsets."""
        return next(((o, c) for o, c in self.quotations if o < tok.idx < c), None)

    def in_own_words(self, pronoun: Token) -> bool:
        """Whether a third-person pronoun stands in a speaker's own quoted words, where it is not
        the speaker ("“They supply arms to X,” the minister said")."""
        return lemma_of(pronoun) in THIRD_PERSON and self.quotation(pronoun) is not None

    def np(self, tok: Token, speaker: list[ActorMention], conjuncts: bool = True) -> tuple[list[ActorMention], str]:
        """Actors a noun phrase headed by ``tok`` denotes, and how they were read: ``direct``,
        ``resolved`` (pronoun, speaker) or ``collective`` ("both sides", "they"). With
        ``conjuncts``, an actor's head brings the actors coordinated with it."""
        found = self.actors.at(tok)
        named = next((m for c in tok.children if c.dep_ == "appos" for m in [self.actors.at(c)]
                      if m is not None and m.kind == "person" and m.actor.country), None)
        if found is not None and found.kind == "descriptor" and named is not None:
            return [named], "direct"  # "the deputy prime minister and foreign minister, X, met ...": X, whose office it is
        if found is not None and self._pair_named(tok, found):
            return self.last_pair, "collective"  # "A's minister met B's. The ministers agreed ...": both
        if found is not None:
            return (self._with_conj(tok, found, speaker) if conjuncts else [found]), "direct"
        lemma = lemma_of(tok)
        if (tok.pos_ == "PRON" and tok.dep_ in SUBJECTS and speaker and _agrees(lemma, speaker[0])
                and not self.in_own_words(tok)):
            return speaker[:1], "resolved"  # "the rebels said they would ...": the rebels
        if _is_collective(tok):
            if lemma in PLURAL:  # "they", "both": only a pair just named ...
                strikers = self._strikers(tok) if tok.dep_ == "poss" and speaker else set()
                if strikers and speaker[0].actor.key not in strikers:  # "the Houthis said US strikes destroyed
                    return speaker[:1], "resolved"  # their radar sites": the speaker's
                subject = _plural_subject_before(tok) if tok.pos_ == "PRON" else None
                if subject is not None:  # ... not "the envoys were hit while they met": the envoys
                    named = self.actors.at(subject)
                    return ([named] if named is not None else []), "resolved"
                owners = self._listing_subject(tok, speaker) if tok.dep_ == "poss" else []
                if owners:  # "A, B and C announced their withdrawal": theirs
                    return owners, "resolved"
                listed = self._listed_before(tok, speaker) if tok.pos_ == "PRON" else []
                if listed:  # "called A and B, urging them": A and B
                    return listed, "resolved"
                acted_on = _plural_object_before(tok) if tok.pos_ == "PRON" else None
                if acted_on is not None and self.actors.at(acted_on) is not None:  # "expelled three French
                    return [self.actors.at(acted_on)], "resolved"  # diplomats, accusing them of ...": them
                return (self.last_pair if self._recent(tok, self.last_pair_sent) else []), "collective"
            size = _group_size(tok)
            last = self.last_pair if size == 2 else self.last_group
            return self.actors.group(tok, size, last, self._recent(tok, self.last_pair_sent)), "collective"
        if lemma in RELATIVE:
            clause = next((a for a in tok.ancestors if a.dep_ == "relcl"), None) if lemma == "whose" else (
                tok.head if tok.head.dep_ == "relcl" and tok.dep_ in SUBJECTS else None)  # (not "knows who attacked")
            if clause is not None and lemma == "which":
                told = clause.head
                if lemma_of(clause) in OUTCOME_VERBS or (told.dep_ == "pobj" and self.lex.event_noun(
                        lemma_of(told.head.head))):
                    return [], "resolved"  # "X struck Y, which drew condemnation from Z", "X's strike on Y, which
                    # killed six": the strike, no party
                plural = any(a.dep_ in ("aux", "auxpass") and a.lower_ in ("have", "are", "were")
                             for a in clause.children)
                if plural or clause.tag_ == "VBP":
                    while told.dep_ == "conj" and told.head.i != told.i:
                        told = told.head
                    return self.np(told, speaker, True)  # "A and B, which have mediated ...": both
                told = max([told, *(c for c in told.conjuncts if c.i < clause.i)], key=lambda t: t.i)
                return self.np(told, speaker, False)  # "A and B, which has ...", the parser hanging it on A: B
            if clause is not None:  # "X, whose troops attacked ...", "X, who met Y": X
                return self.np(clause.head, speaker, conjuncts)
        if tok.pos_ == "PRON":
            if lemma in FIRST_PERSON:
                return speaker[:1], "resolved"
            kinds = PERSON_KINDS if lemma in PERSONAL else BODY_KINDS if lemma in IMPERSONAL else set()
            subject = _own_subject(tok) if (lemma in PERSONAL and self.lex.event_noun(lemma_of(tok.head))) or (
                lemma in IMPERSONAL and tok.dep_ == "poss") else None
            bound = self.actors.at(subject) if subject is not None else None
            if bound is not None and lemma in PERSONAL and bound.kind in PERSON_KINDS | {"pronoun"}:
                return [bound], "resolved"  # "he renewed to X his request": his own, not X's
            hit = (bound if bound is not None and bound.kind in PLACE_KINDS  # "X, an ally of Y, urged its citizens": X's
                   else self.actors.before(tok, kinds, singular=lemma in IMPERSONAL) if kinds else None)
            if hit is not None and self._attacks_own(tok, hit):  # "X said Y had attacked its posts": X's
                hit = speaker[0] if speaker and speaker[0].actor.key != hit.actor.key else None
            return ([hit] if hit else []), "resolved"
        if pos_of(tok) == "NOUN" and lemma in self.lex.words["proposal"]:
            for claim in (tok, *tok.conjuncts):  # "the assertions and claims made by X"
                found = self._author(claim, speaker)
                if found:
                    return found, "direct"
            return [], "direct"
        if pos_of(tok) == "NOUN" and self.lex.event_noun(lemma):
            return [], "direct"  # an event ("the attack killed ...") is not an actor
        if tok.dep_ in SUBJECTS and tok.tag_ == "NNS":  # "troops from the two countries exchanged fire": theirs
            origin = next((o for p in tok.children if p.dep_ == "prep" and p.lower_ == "from"
                           for o in p.children if o.dep_ == "pobj"), None)
            found, read = self.np(origin, speaker) if origin is not None else ([], "direct")
            if found and all(m.kind in PLACE_KINDS for m in found):
                return found, read
        named = next(((c, m) for c in tok.children if c.dep_ == "appos" for m in [self.actors.at(c)] if m is not None),
                     None)
        if named is not None:  # "X's former ruler Y", "its neighbours Y and Z": Y (and Z)
            return self._with_conj(*named, speaker), "direct"
        for inner in breadth(tok, skip=LOCATIVE | ABOUT):  # not "issues concerning X"
            if provenance(inner):
                continue
            found = self.actors.at(inner)
            if found is not None:
                return self._with_conj(inner, found, speaker), "direct"
            if inner.dep_ == "poss" and (inner.pos_ == "PRON" or _is_collective(inner) or lemma_of(inner) in RELATIVE):
                return self.np(inner, speaker)  # "their leaders", "both countries' leaders"
        return [], "direct"

    def _attacks_own(self, possessive: Token, owner: ActorMention) -> bool:
        """Whether reading a possessive as ``owner`` would have the subject of a verb of force strike
        its own posts, troops or territory ("Y had attacked its posts", "violated its airspace")."""
        return owner.actor.key in self._strikers(possessive)

    def _strikers(self, possessive: Token) -> set[str]:
        """Who strikes what a possessive owns, when it is the object of a verb of force: the keys
        of the verb's subject ("Iranian missiles hit its base": Iran's); none for a party related
        to the owner ("attacked its neighbour") or what is said to be the owner's ("its own citizens")."""
        thing = possessive.head
        if thing.dep_ == "pobj" and lemma_of(thing.head) in ("on", "at", "against"):
            verb = thing.head.head
        elif thing.dep_ == "dobj":
            verb = thing.head
        else:
            return set()
        if lemma_of(thing) in self.lex.words["related"] or any(lemma_of(c) == "own" for c in thing.children):
            return set()
        hit = match_trigger(verb, self.lex, set())
        if hit is None or hit[0].type not in ("ASSAULT", "COERCE", "MOBILIZE"):
            return set()
        return {m.actor.key for s in verb.children if s.dep_ == "nsubj"
                for t in (s, *(c for c in s.children if c.dep_ in ("amod", "compound", "poss")))
                for m in [self.actors.at(t)] if m is not None}

    def _pair_named(self, tok: Token, found: ActorMention) -> bool:
        """Whether a bare plural office ("the ministers", "the leaders"), which the resolver gave
        one side's country, names the two parties of the joint act just told, that side among them."""
        return (tok.tag_ == "NNS" and lemma_of(tok) in COLLECTIVE_HEADS and len(self.last_pair) == 2
                and [c.lower_ for c in tok.children] == ["the"] and self._recent(tok, self.last_pair_sent)
                and found.actor.key in {m.actor.key for m in self.last_pair})

    def _listed_before(self, pronoun: Token, speaker) -> list[ActorMention]:
        """The actors of the last list of two or more ("A and B") before a plural pronoun in its
        sentence, when that list is not the subject the pronoun's clause hangs on."""
        for tok in reversed(pronoun.doc[pronoun.sent.start:pronoun.i]):
            found = self.actors.at(tok) if tok.dep_ != "conj" else None
            if found is None or not tok.conjuncts or any(c.right_edge.i >= pronoun.i for c in tok.conjuncts):
                continue  # not a list the pronoun is part of ("A and their leaders")
            if tok.dep_ in SUBJECTS and pronoun.dep_ in ("dobj", "dative") and tok.head.i in _clause_of(pronoun.head):
                continue  # "A and B (met and) urged them to ...": others (A and B would be "themselves")
            listed = self._with_conj(tok, found, speaker)
            return listed if len({m.actor.key for m in listed}) >= 2 else []
        return []

    def _author(self, tok: Token, speaker) -> list[ActorMention]:
        """Whose claim or proposal ``tok`` is ("India's claims", "the offer from Chile", "claims
        made by X"); its content ("claims of supporting X") names no party."""
        for child in tok.children:
            agent = agent_of(child) if child.dep_ == "acl" else None
            if agent is not None and self.np(agent, speaker)[0]:
                return self.np(agent, speaker)[0]
            if child.dep_ in ("poss", "compound", "amod", "nmod"):
                found = self.np(child, speaker)[0]
                if found:
                    return found
            if child.dep_ == "prep" and lemma_of(child) in ("by", "from", "of"):
                for obj in (c for c in child.children if c.dep_ == "pobj"):
                    if self.actors.at(obj) is not None or lemma_of(child) != "of":
                        found = self.np(obj, speaker)[0]
                        if found:
                            return found
        return []

    def _listing_subject(self, pronoun: Token, speaker) -> list[ActorMention]:
        """The actors a list names as the subject of the clause a possessive "their" is in ("A, B
        and C announced their withdrawal"); none for a subject of one."""
        verb = _verb_over(pronoun.head)
        found = [m for s in verb.children if s.dep_ == "nsubj" and self.actors.at(s) is not None
                 for m in self.np(s, speaker)[0]]
        return found if len(found) >= 2 else []

    def _with_conj(self, tok: Token, first: ActorMention, speaker) -> list[ActorMention]:
        """``first`` and the actors coordinated with it: those of the later conjuncts of ``tok``,
        and, for a mention qualified by a place ("officials in A, B and C"), the same people of
        each later conjunct of that place. Each conjunct is read once, without its own conjuncts:
        they are the same list."""
        out = [first]
        found = [(conj, None) for conj in tok.conjuncts if conj.i > tok.i]
        # "between the minister, A, and a delegation from B": the parse joins B's to the apposition
        found += [(conj, None) for a in tok.children if a.dep_ == "appos" for conj in a.conjuncts if conj.i > a.i]
        found += [(a, None) for a in tok.children if a.dep_ == "appos" and a.conjuncts and first.kind == "state"
                  and (m := self.actors.at(a)) is not None and m.kind == "state"]  # "Mali, Burkina Faso and Niger",
        # the parse hanging the second state on the first as an apposition
        # "between A and B" parsed with A as a modifier of B that keeps its "and"
        found += [(c, None) for c in tok.children if c.dep_ in ("nmod", "compound")
                  and any(cc.dep_ == "cc" for cc in c.children)]
        if tok.dep_ in ("nsubj", "nsubjpass") and not tok.conjuncts and any(c.dep_ == "cc" and c.i > tok.i
                                                                             for c in tok.children):
            found += [(s, None) for s in tok.head.children if s.dep_ == tok.dep_ and s.i > tok.i]  # "Chilean
            # President X and Peruvian President Y met", the parser making each a subject of the verb
        found += [(a, None) for a in tok.children if a.dep_ == "appos" and a.idx >= first.end and any(
            t.dep_ == "cc" and first.end <= t.idx < a.idx for t in tok.subtree)]  # "Chile's President X and
        # Peruvian President Y", the parser hanging the second as an apposition of the first's office
        for prep in (c for c in tok.children if c.dep_ == "prep" and (lemma_of(c) in QUALIFYING_PREPS or (
                lemma_of(c) in ("of", "from") and tok.tag_ in ("NNS", "NNPS") and first.actor.sector in OFFICE_SECTORS))):
            for place in (c for c in prep.children if c.dep_ == "pobj" and (c.idx < first.end or (
                    (named := self.actors.at(c)) is not None and named.actor.country == first.actor.country))):
                found.extend((conj, place) for conj in place.conjuncts if conj.idx >= first.end)
        for conj, place in sorted(found, key=lambda pair: pair[0].i):
            for m in self.np(conj, speaker, conjuncts=False)[0]:
                m = _stand_in(first, place, m) if place is not None else m
                if m not in out:
                    out.append(m)
        return self._co_qualified(tok, first) + self._hyphen_pair(tok, first) + self._list_lead(tok, first) + out

    def _list_lead(self, tok: Token, first: ActorMention) -> list[ActorMention]:
        """The first item of a subject list that the parser hung on the verb instead ("Chile, Bolivia
        and Ecuador triggered ...", with Chile as the verb's modifier): an actor of the same kind
        right before the comma that opens the rest of the list."""
        k = tok.left_edge.i
        if tok.dep_ != "nsubj" or k < 2 or self.doc[k - 1].text != "," or not any(c.dep_ == "cc" for c in tok.children):
            return []
        lead = self.doc[k - 2]
        found = self.actors.at(lead)
        head = self.doc[found.head] if found is not None and 0 <= found.head < len(self.doc) else lead
        return [found] if (found is not None and found.kind == first.kind and found.actor.key != first.actor.key
                           and head.dep_ in ("npadvmod", "advmod", "nmod", "dep", "intj") and head.head.i == tok.head.i) else []

    def _hyphen_pair(self, tok: Token, first: ActorMention) -> list[ActorMention]:
        """The other side of a hyphenated pair ("Chile-Peru cooperation": Chile, with Peru)."""
        doc = self.doc
        return [m for c in tok.children if c.dep_ == "compound" and c.i + 2 < len(doc) and doc[c.i + 1].text == "-"
                and doc[c.i + 2].idx == first.start and (m := self.actors.at(c)) is not None
                and m.actor.key != first.actor.key]

    def _co_qualified(self, tok: Token, first: ActorMention) -> list[ActorMention]:
        """The same office or body of the qualifiers coordinated with ``first``'s own: "the Indian
        and Pakistani troops" are Indian troops and Pakistani troops."""
        out = []
        for mod in tok.children:
            qualifier = self.actors.at(mod)
            own = next((c for c in mod.conjuncts if first.start <= c.idx < first.end), None)
            if (mod.dep_ in ("amod", "compound") and mod.idx < first.start and own is not None
                    and qualifier is not None and qualifier.kind in QUALIFIER_KINDS | {"demonym"}
                    and qualifier.actor.key != first.actor.key):
                name = first.actor.name.replace(own.text, qualifier.text, 1)
                actor = make_actor(name, qualifier.actor.country, qualifier.actor.org,
                                   first.actor.sector, first.actor.role)
                out.append(ActorMention(qualifier.start, qualifier.end, qualifier.text, actor, qualifier.head,
                                        first.kind))
        return out

    def _recent(self, tok: Token, sent_start: int, back: int = 1) -> bool:
        """Whether ``sent_start`` is the start of the sentence of ``tok`` or of one of the ``back``
        sentences before it."""
        return sent_start == tok.sent.start or any(s.start == sent_start for s in self._sentences_back(tok, back))

    def _sentences_back(self, tok: Token, count: int) -> Iterator[Span]:
        """Up to ``count`` sentences before the one of ``tok``, nearest first."""
        start = tok.sent.start
        for _ in range(count):
            if start == 0:
                return
            sent = self.doc[start - 1].sent
            yield sent
            start = sent.start

    def _sentences_ahead(self, tok: Token, count: int) -> Iterator[Span]:
        """Up to ``count`` sentences after the one of ``tok``, nearest first."""
        end = tok.sent.end
        for _ in range(count):
            if end >= len(self.doc):
                return
            sent = self.doc[end].sent
            yield sent
            end = sent.end

    def parties(self, tok: Token, speaker, how: str = "direct") -> list[Party]:
        """``np`` as parties; ``how`` is "inherited" when ``tok`` is not a dependent of the trigger."""
        found, read = self.np(tok, speaker)
        return [Party(m, how == "direct" and read == "direct", read == "collective") for m in found]
