"""Event coding: PLOVER events with their actors, found in the dependency parse of a body.

Needs: the spaCy ``Doc`` of an article body and the ``ActorMention`` records found in it.
Sets: one ``Candidate`` per coded event mention (type, mode, CAMEO code, source, target,
status, trigger and sentence offsets, speaker, confidence), before dates and merging.

The lexicon (``tidings.lexicon``) is data: trigger lemmas (verbs, event nouns, multi-word
patterns) with their PLOVER type and CAMEO code, plus the cue words (saying verbs, modals,
negation, habitual adverbs) that decide status.

Status policy: the request itself ("X urged Y to ...") is a REQUEST that occurred; an event
asked for inside it ("... to release the prisoners") gets status ``requested``. An agreement
occurred; the future act agreed on is ``planned``. Events under refusal or negation are dropped.
Time and concession clauses ("after X said ...", "though Y rejected ...") are outside the scope
of the verb they hang on, for status and for finding targets.

Arguments beyond the parse: "both sides" / "the two countries" / "the three nations" are the
parties of the last joint event when those are among the article's most named actors, else the
ones the sentence names, else the most named; a third party's appeal for "an end to the
fighting" or a ceasefire, an unattributed truce and untargeted fire go to the sides of the
article's last fight; a rejection of a claim or proposal targets its author, else whoever made
it in the clause or sentence it answers; an unattributed attack takes its author from a
following "the attack, claimed by X" and its target from where it happened ("near <city>");
an envoy summoned or expelled in the agentless passive ("was summoned to the Foreign Office in
<capital>") was so by the state of that place or ministry, else by that of the dateline.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from itertools import chain, combinations

from spacy.tokens import Doc, Span, Token

from tidings import places
from tidings.actors import make_actor
from tidings.lexicon import Lexicon, Trigger, lexicon
from tidings.records import Actor, ActorMention

# Dependency labels, prepositions and pronouns: English grammar, not vocabulary.
SUBJECTS = {"nsubj", "csubj"}
OBJECTS = {"dobj", "dative", "nsubjpass", "oprd"}
SLOT_DEPS = {"dobj", "dative", "nsubjpass", "oprd", "attr", "acomp", "prt", "prep", "pobj", "agent"}
TARGET_PREPS = {"with", "to", "on", "against", "toward", "towards", "upon"}
FORCE_PREPS = {"at", "into"}  # targets only of forceful acts ("fired at", "shells into")
FORCE_TYPES = {"ASSAULT", "COERCE", "THREATEN", "PROTEST", "MOBILIZE"}
PATIENT_TYPES = {"ASSAULT", "COERCE", "SANCTION", "RETREAT", "AID"}
DEEP_TYPES = {"REQUEST", "ACCUSE", "SUPPORT", "REJECT", "THREATEN", "SANCTION", "COERCE",
              "ASSAULT", "AID", "CONCEDE", "AGREE"}
UNTARGETED_TYPES = {"PROTEST", "MOBILIZE"}
DYAD_TYPES = {"ASSAULT"}  # with no target, aimed at the other side of the article's last conflict
# Cooperative acts whose negation is a refusal ("will not accept", "did not agree"): a REJECT.
REFUSABLE_TYPES = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT"}
REFUSAL_CAMEO = "120"
REFUSED = "refused"  # a status the coder turns into a REJECT
STATE_SECTORS = {None, "GOV", "MIL", "COP", "JUD", "LEG", "SPY"}  # the state's own sectors
UNDOING_TYPES = {"REJECT", "SANCTION"}  # acts that keep the act they govern from happening
GOVERNED = {"dobj", "xcomp", "ccomp", "pobj", "pcomp", "nsubjpass", "attr", "oprd", "prep"}  # what an act governs
COMPLEMENT_TYPES = {"AGREE", "REQUEST", "CONSULT"}  # "agreed to deepen ties with X"
FIRST_PERSON = {"we", "us", "our", "i", "me", "my"}
PERSONAL = {"he", "him", "his", "she", "her"}
IMPERSONAL = {"it", "its"}
PLURAL = {"they", "them", "their", "both"}
COLLECTIVE_HEADS = {"side", "country", "nation", "leader", "delegation", "minister", "government",
                    "party", "state", "neighbour", "neighbor", "premier", "president"}
NUMBERS = {"both": 2, "two": 2, "three": 3, "four": 4}
PARTY_HEADS = {"side", "country", "nation", "neighbour", "neighbor"}  # "the countries" = both
PERSON_KINDS = {"person", "descriptor"}
BODY_KINDS = {"state", "metonym", "org", "group", "demonym", "descriptor"}
NER_KINDS = {"state", "metonym", "org", "group", "person", "demonym"}
BACKGROUND_PREPS = {"in", "under", "of", "despite", "amid", "during", "since", "within"}
SETTING_PREPS = {"during", "at", "amid", "after", "before", "since", "despite"}
CONTEXT_PREPS = {"during", "in", "at"}
LOCATIVE = frozenset({"in", "at", "near", "inside", "outside", "across", "during", "on", "over",
                      "after", "before", "since", "amid"})
RECIPROCAL = {"other", "another"}  # "each other", "one another"
CLAUSE_MARKS = {"after", "before", "since", "as", "while", "when", "though", "although", "because",
                "whereas", "until", "once"}  # adverbial clauses outside a verb's scope
PLACE_PREPS = {"in", "at", "near", "inside", "on"}  # "an attack near <city>", "on its soil"
PLACE_KINDS = {"state", "metonym"}
QUALIFYING_PREPS = {"in"}  # "officials in A and B": A's and B's officials
QUALIFIER_KINDS = {"state", "metonym", "org", "group"}
DEFINITE = {"the", "this", "that"}
HOST_PREPS = {"to", "at", "in", "from"}  # "summoned to the Foreign Office in <capital>"


@dataclass(frozen=True)
class Candidate:
    """One coded event mention, before dates/merging."""

    type: str
    mode: str | None
    contexts: tuple[str, ...]
    cameo: str | None
    quad_class: int
    goldstein: float
    source: ActorMention
    target: ActorMention | None
    symmetric: bool
    status: str
    trigger: str
    trigger_start: int
    trigger_end: int
    sentence_start: int
    sentence_end: int
    attribution: ActorMention | None
    confidence: float


def _pos(tok: Token) -> str | None:
    if tok.pos_ == "VERB":
        return "VERB"
    if tok.pos_ in ("NOUN", "PROPN"):
        return "NOUN"
    if tok.pos_ == "ADJ":
        return "ADJ"
    return None


def _lemma(tok: Token) -> str:
    """Lower-case lemma; capitalised nouns ("Consultations") are tagged PROPN and kept inflected."""
    lemma = tok.lemma_.lower()
    if tok.pos_ == "PROPN" and lemma.endswith("s") and not lemma.endswith("ss"):
        return lemma[:-1]
    return lemma


def _near(tok: Token) -> Iterator[Token]:
    """Children and grandchildren of a token."""
    for child in tok.children:
        yield child
        yield from child.children


def _match(tok: Token, lex: Lexicon, used: set[int], derived: bool = True,
           lemmas: frozenset[str] | None = None) -> tuple[Trigger, list[Token]] | None:
    """The longest trigger pattern headed by ``tok`` whose other words hang on it (hand-written
    patterns first; ``derived``: also those derived from the CAMEO dictionary). ``lemmas``, those
    of the sentence, rule out at once the patterns with a word the sentence lacks."""
    pos = _pos(tok)
    if pos is None or tok.i in used:
        return None
    lemma = _lemma(tok)
    for trig in lex.triggers.get((lemma, pos), ()):
        if trig.slots and not derived:
            break
        if lemmas is not None and not trig.plain <= lemmas:
            continue
        words: list[Token] = []
        for extra in trig.extras:
            near = _slots(tok, words) if trig.slots else (t for t in _near(tok) if _attached(t, tok))
            hit = next((t for t in near if lex.is_word(_lemma(t), extra) and t.i not in used), None)
            if hit is None:
                break
            words.append(hit)
        else:
            if trig.slots and any(lex.event_noun(_lemma(w)) for w in words):
                continue  # "conveyed its condemnation": the noun is the event, with its own arguments
            if trig.host != "envoy" or _on_envoy(tok, words, lex):
                return trig, words
    return None


def _slots(head: Token, matched: list[Token]) -> Iterator[Token]:
    """The words that fill a verb's argument slots: its objects, particle and prepositions, the
    objects of those prepositions and the prepositions of those objects ("lift the ban on X")."""
    for node in (head, *matched):
        for child in node.children:
            if child.dep_ in SLOT_DEPS and child not in matched:
                yield child


def _patients(tok: Token, words: list[Token]) -> list[Token]:
    """Who a verb acts on: its objects or passive subject (that of the verb it is coordinated
    with: "was declared ... and told to leave"), the object of its particle ("called in X")."""
    found = [c for c in tok.children if c.dep_ in ("dobj", "dative", "nsubjpass")]
    found += [c for w in words if w.pos_ == "ADP" for c in w.children if c.dep_ == "pobj"]
    if not found and tok.dep_ == "conj" and not any(c.dep_ in SUBJECTS for c in tok.children):
        found = [c for c in tok.head.children if c.dep_ == "nsubjpass"]
    return found


def _on_envoy(tok: Token, words: list[Token], lex: Lexicon) -> bool:
    """Whether a verb acts on an envoy ("the ambassador", "12 officials", "a staff member")."""
    envoy = lex.words["envoy"]
    return any(_lemma(p) in envoy or any(c.dep_ == "compound" and _lemma(c) in envoy for c in p.children)
               for p in _patients(tok, words))


def _attached(word: Token, head: Token) -> bool:
    """Whether a pattern word hangs on the trigger: function words directly ("called on X") or
    as the infinitive marker of its complement ("resolved to"); content words within two steps."""
    if word.pos_ == "ADP":
        objs = [c for c in word.children if c.dep_ == "pobj"]
        return word.head == head and not any(o.ent_type_ in ("DATE", "TIME") for o in objs)
    if word.pos_ == "PART":
        return word.head == head or (word.dep_ == "aux" and word.head.head == head
                                     and word.head.dep_ in ("xcomp", "advcl", "acl"))
    return True


class _Actors:
    """Index of actor mentions by token, with simple pronoun and collective resolution."""

    def __init__(self, doc: Doc, mentions: Iterable[ActorMention]):
        self.doc = doc
        self.mentions = sorted((m for m in mentions if m.actor.key), key=lambda m: m.start)
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

    def before(self, tok: Token, kinds: set[str]) -> ActorMention | None:
        """Most recent mention of one of ``kinds`` before ``tok`` in its or the previous sentence."""
        sent = tok.sent
        floor = sent.start_char
        if sent.start > 0:
            floor = self.doc[sent.start - 1].sent.start_char
        for m in reversed(self.mentions):
            if floor <= m.start < tok.idx and m.kind in kinds and m.kind != "pronoun":
                return m
        return None

    def group(self, tok: Token, size: int, last: list[ActorMention]) -> list[ActorMention]:
        """The ``size`` parties "both sides" / "the three nations" refers to: those of the last
        joint event coded when they are among the actors most named before it (the lead
        sentence counts thrice), else the only ones the sentence names, else the most named."""
        sent = tok.sent
        lead_end = next(iter(self.doc.sents)).end_char
        before = [m for m in self.mentions if m.start < tok.idx and m.kind in NER_KINDS]
        counts: Counter[str] = Counter()
        for m in before:
            counts[m.actor.key] += 3 if m.start < lead_end else 1
        prominent = sorted(_distinct(before), key=lambda m: -counts[m.actor.key])
        top = {m.actor.key for m in prominent[:size + 1]}
        if len(last) == size and all(m.actor.key in top for m in last):
            return last
        chosen = _distinct(m for m in self.mentions if sent.start_char <= m.start < sent.end_char
                           and m.kind in NER_KINDS)
        if len(chosen) == size:
            return chosen
        return prominent[:size] if len(prominent) >= size else []


def _distinct(mentions: Iterable[ActorMention]) -> list[ActorMention]:
    out: list[ActorMention] = []
    for m in mentions:
        if all(m.actor.key != o.actor.key for o in out):
            out.append(m)
    return out


@dataclass
class _Party:
    mention: ActorMention
    direct: bool = False  # a direct dependent of the trigger, found without resolution
    collective: bool = False  # one of "both sides", "they"
    deep: bool = False  # found inside a complement, not as the trigger's own object


def _agentless(verb: Token) -> bool:
    """A passive with no agent ("was discussed", "it was agreed that ...")."""
    return any(c.dep_ == "auxpass" for c in verb.children) and not any(c.dep_ == "agent" for c in verb.children)


def _two_sides(a: ActorMention, b: ActorMention) -> bool:
    """Whether two mentions are two parties: actors of two countries or organisations, or of one
    country on either side of the state (rebels and the government, police and protesters)."""
    if a.actor.key != b.actor.key:
        return True
    return (a.actor.sector in STATE_SECTORS) != (b.actor.sector in STATE_SECTORS)


def _plural_subject_before(pronoun: Token) -> Token | None:
    """A plural noun that is a subject earlier in the pronoun's sentence: what "they" most likely
    stands for."""
    return next((t for t in pronoun.sent if t.i < pronoun.i and t.dep_ in ("nsubj", "nsubjpass")
                 and t.tag_ in ("NNS", "NNPS")), None)


def _agrees(pronoun: str, mention: ActorMention) -> bool:
    """Whether a pronoun can stand for an actor: "he"/"she" for a person, "it" for a state or
    body, "they" for a body or a group of people."""
    if pronoun in PERSONAL:
        return mention.kind in PERSON_KINDS
    if pronoun in IMPERSONAL:
        return mention.kind in PLACE_KINDS | {"org"}
    return pronoun in PLURAL and mention.kind in BODY_KINDS - {"descriptor"} | {"org", "group"}


def _group_size(tok: Token) -> int:
    """How many parties a collective names: "the three nations" 3, else 2."""
    return max((NUMBERS.get(_lemma(c), 0) for c in tok.children), default=0) or 2


def _is_collective(tok: Token) -> bool:
    """"they", "both sides", "the two countries", "the three nations", "the countries"."""
    if _lemma(tok) in PLURAL:
        return True
    if _lemma(tok) in COLLECTIVE_HEADS:
        return any(_lemma(c) in NUMBERS for c in tok.children) or (
            _lemma(tok) in PARTY_HEADS and tok.tag_ == "NNS"
            and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children))
    return False


class _Coder:
    def __init__(self, doc: Doc, actors: list[ActorMention], dateline: Actor | None = None, text: str | None = None):
        self.doc = doc
        self.dateline = dateline  # the state of the article's dateline place
        self.text = doc.text if text is None else text  # ``doc.text`` joins every token's text: costly
        self.lex = lexicon()
        self.heads = {lemma for lemma, _ in self.lex.triggers}
        self.actors = _Actors(doc, actors)
        self.last_pair: list[ActorMention] = []  # parties of the last symmetric event coded
        self.last_group: list[ActorMention] = []  # every party of the last joint trigger
        self.last_pair_sent = -1  # index of the sentence's first token
        self.conflict: list[ActorMention] = []  # the two sides of the last ASSAULT coded

    # --- noun phrases -------------------------------------------------------------------

    def np(self, tok: Token, speaker: list[ActorMention], conjuncts: bool = True) -> tuple[list[ActorMention], str]:
        """Actors a noun phrase headed by ``tok`` denotes, and how they were read: ``direct``,
        ``resolved`` (pronoun, speaker) or ``collective`` ("both sides", "they"). With
        ``conjuncts``, an actor's head brings the actors coordinated with it."""
        found = self.actors.at(tok)
        if found is not None:
            return (self._with_conj(tok, found, speaker) if conjuncts else [found]), "direct"
        lemma = _lemma(tok)
        if tok.pos_ == "PRON" and tok.dep_ in SUBJECTS and speaker and _agrees(lemma, speaker[0]):
            return speaker[:1], "resolved"  # "the rebels said they would ...": the rebels
        if _is_collective(tok):
            if lemma in PLURAL:  # "they", "both": only a pair just named ...
                subject = _plural_subject_before(tok) if tok.pos_ == "PRON" else None
                if subject is not None:  # ... not "the envoys were hit while they met": the envoys
                    named = self.actors.at(subject)
                    return ([named] if named is not None else []), "resolved"
                return (self.last_pair if self._recent(tok, self.last_pair_sent) else []), "collective"
            size = _group_size(tok)
            return self.actors.group(tok, size, self.last_pair if size == 2 else self.last_group), "collective"
        if tok.pos_ == "PRON":
            if lemma in FIRST_PERSON:
                return speaker[:1], "resolved"
            kinds = PERSON_KINDS if lemma in PERSONAL else BODY_KINDS if lemma in IMPERSONAL else set()
            hit = self.actors.before(tok, kinds) if kinds else None
            return ([hit] if hit else []), "resolved"
        if _pos(tok) == "NOUN" and lemma in self.lex.words["proposal"]:
            for claim in (tok, *tok.conjuncts):  # "the assertions and claims made by X"
                found = self._author(claim, speaker)
                if found:
                    return found, "direct"
            return [], "direct"
        if _pos(tok) == "NOUN" and (lemma, "NOUN") in self.lex.triggers:
            return [], "direct"  # an event ("the attack killed ...") is not an actor
        for inner in _breadth(tok, skip=LOCATIVE):
            found = self.actors.at(inner)
            if found is not None:
                return self._with_conj(inner, found, speaker), "direct"
            if inner.dep_ == "poss" and (inner.pos_ == "PRON" or _is_collective(inner)):
                return self.np(inner, speaker)  # "their leaders", "both countries' leaders"
        return [], "direct"

    def _author(self, tok: Token, speaker) -> list[ActorMention]:
        """Whose claim or proposal ``tok`` is ("India's claims", "the offer from Chile", "claims
        made by X"); its content ("claims of supporting X") names no party."""
        for child in tok.children:
            agent = self.agent(child) if child.dep_ == "acl" else None
            if agent is not None and self.np(agent, speaker)[0]:
                return self.np(agent, speaker)[0]
            if child.dep_ in ("poss", "compound", "amod", "nmod"):
                found = self.np(child, speaker)[0]
                if found:
                    return found
            if child.dep_ == "prep" and _lemma(child) in ("by", "from", "of"):
                for obj in (c for c in child.children if c.dep_ == "pobj"):
                    if self.actors.at(obj) is not None or _lemma(child) != "of":
                        found = self.np(obj, speaker)[0]
                        if found:
                            return found
        return []

    def _with_conj(self, tok: Token, first: ActorMention, speaker) -> list[ActorMention]:
        """``first`` and the actors coordinated with it: those of the later conjuncts of ``tok``,
        and, for a mention qualified by a place ("officials in A, B and C"), the same people of
        each later conjunct of that place. Each conjunct is read once, without its own conjuncts:
        they are the same list."""
        out = [first]
        found = [(conj, None) for conj in tok.conjuncts if conj.i > tok.i]
        for prep in (c for c in tok.children if c.dep_ == "prep" and _lemma(c) in QUALIFYING_PREPS):
            for place in (c for c in prep.children if c.dep_ == "pobj" and c.idx < first.end):
                found.extend((conj, place) for conj in place.conjuncts if conj.idx >= first.end)
        for conj, place in sorted(found, key=lambda pair: pair[0].i):
            for m in self.np(conj, speaker, conjuncts=False)[0]:
                m = _stand_in(first, place, m) if place is not None else m
                if m not in out:
                    out.append(m)
        return out

    def _recent(self, tok: Token, sent_start: int) -> bool:
        """Whether ``sent_start`` is the start of the sentence of ``tok`` or of the one before."""
        start = tok.sent.start
        return sent_start == start or (start > 0 and self.doc[start - 1].sent.start == sent_start)

    def parties(self, tok: Token, speaker, how: str = "direct") -> list[_Party]:
        """``np`` as parties; ``how`` is "inherited" when ``tok`` is not a dependent of the trigger."""
        found, read = self.np(tok, speaker)
        return [_Party(m, how == "direct" and read == "direct", read == "collective") for m in found]

    # --- arguments ----------------------------------------------------------------------

    def subjects(self, verb: Token) -> list[Token]:
        """Tokens that may name who does ``verb``, following control, conjunction and relatives."""
        own = [c for c in verb.children if c.dep_ in SUBJECTS]
        if own:
            return own
        head = verb.head
        if head.i == verb.i:
            return []
        infinitive = any(c.dep_ == "aux" and _lemma(c) == "to" for c in verb.children)
        if verb.dep_ in ("xcomp", "advcl") and infinitive:
            # "urged Iran to ...": the object; "scrambled jets to hit ...": else the subject
            for child in head.children:
                if child.dep_ in ("dobj", "dative"):
                    return [child, *self.subjects(head)]
                if child.dep_ == "prep" and _lemma(child) == "on":
                    objs = [c for c in child.children if c.dep_ == "pobj"]
                    if objs:
                        return objs
            return self.subjects(head)
        if verb.dep_ in ("xcomp", "conj", "acomp") or (verb.dep_ == "advcl" and verb.tag_ == "VBG"):
            return self.subjects(head)
        if verb.dep_ == "relcl":
            return [head]
        return []

    def agent(self, verb: Token) -> Token | None:
        for child in verb.children:
            if child.dep_ == "agent":
                return next((c for c in child.children if c.dep_ == "pobj"), None)
        return None

    def speaker(self, tok: Token) -> list[ActorMention]:
        """Who reports the clause holding ``tok``: subject of a saying verb above it, or "according to"."""
        for anc in tok.ancestors:
            if anc.pos_ == "VERB" and self.lex.cues.get(_lemma(anc)) == "say":
                for who in [*self.subjects(anc), self.agent(anc)]:
                    found = self.np(who, [])[0] if who is not None else []
                    if found:
                        return found
                return []
        for prep in tok.sent.root.subtree:
            if _lemma(prep) == "according":
                for to in prep.children:
                    obj = next((c for c in to.children if c.dep_ == "pobj"), None)
                    if obj is not None:
                        return self.np(obj, [])[0]
        return []

    def verb_args(self, tok: Token, words: list[Token], trig: Trigger, speaker) -> tuple[list[_Party], list[_Party], list[_Party]]:
        """Sources, targets and joint parties ("signed between A and B") of a verb or adjective."""
        sources: list[_Party] = []
        verb = tok.head if trig.pos == "ADJ" and tok.dep_ == "acomp" else tok
        subjects = [s for s in self.subjects(verb) if s.dep_ != "nsubjpass"]
        for subj in subjects:
            sources = self.parties(subj, speaker, "direct" if subj.head == tok else "inherited")
            if sources:
                break
        agent = self.agent(tok)
        if not sources and agent is not None:
            sources = self.parties(agent, speaker)
        patients = [p for t in _patients(tok, words) for p in self.parties(t, speaker)] if trig.host else []
        targets = patients or self.targets([tok, *words], trig, speaker)
        agentless_passive = agent is None and any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children)
        if trig.host and not sources and agentless_passive:
            sources = self._host(tok, {t.mention.actor.key for t in targets}, speaker)
        passive = any(c.dep_ == "nsubjpass" for c in tok.children)
        if not sources and trig.pos == "VERB" and not passive and all(
                s.pos_ == "PRON" or s.dep_ in ("dobj", "pobj") for s in subjects):
            sources = [_Party(m, False) for m in speaker[:1]]
        parties = [p for c in tok.children if c.dep_ == "prep" and _lemma(c) == "between"
                   for obj in c.children if obj.dep_ == "pobj" for p in self.parties(obj, speaker)]
        return sources, targets, parties

    def _host(self, tok: Token, targets: set[str], speaker) -> list[_Party]:
        """The state that summoned or expelled an envoy (``targets``) in an agentless passive: the
        place or ministry he was called to ("to the Foreign Office in <capital>", "in <capital>"),
        else the state of the dateline. A place named outranks a ministry's assumed country."""
        objs = [o for c in tok.children if c.dep_ == "prep" and _lemma(c) in HOST_PREPS
                for o in c.children if o.dep_ == "pobj"]
        places_named = (self._place(inner, speaker) for obj in objs for inner in [obj, *_breadth(obj)])
        orgs = (m for m in map(self.actors.at, objs) if m is not None and m.kind == "org")
        for found in chain(places_named, orgs):
            if found is not None and found.actor.key not in targets:
                return [_Party(found, False, deep=True)]
        if self.dateline is None or self.dateline.key in targets:
            return []
        # no words name it: the mention is the trigger's, as the dateline stands behind the verb
        return [_Party(ActorMention(tok.idx, tok.idx + len(tok.text), tok.text, self.dateline, tok.i, "metonym"),
                       deep=True)]

    def targets(self, heads: list[Token], trig: Trigger, speaker) -> list[_Party]:
        """Direct objects and prepositional targets of the trigger words, else deeper actors."""
        direct: list[Token] = []
        deep: list[Token] = []
        for head in heads:
            for child in head.children:
                if head.pos_ == "ADP" and child.dep_ in ("pobj", "pcomp"):
                    direct.append(child)
                elif child.dep_ in OBJECTS and child not in heads:
                    direct.append(child)
                elif child.dep_ == "prep" and child not in heads:
                    objs = [c for c in child.children if c.dep_ == "pobj"]
                    prep = _lemma(child)
                    if (prep in TARGET_PREPS or (prep in FORCE_PREPS and trig.type in FORCE_TYPES)
                            or (prep == "of" and head.pos_ == "NOUN" and trig.type in PATIENT_TYPES)):
                        direct.extend(objs)
                    elif head is not heads[0] and head.pos_ == "NOUN" and prep in ("in", "for"):
                        deep.extend(objs)  # "expressed interest in closer ties with X"
                    elif prep not in CONTEXT_PREPS | FORCE_PREPS | SETTING_PREPS | {"between", "by", "within", "under"}:
                        deep.extend(objs)
                elif child.dep_ in ("xcomp", "ccomp", "acl") or (child.dep_ == "advcl" and not _marked(child)):
                    deep.append(child)
        out: list[_Party] = []
        direct = [t for t in direct if _lemma(t) not in RECIPROCAL  # "stood with each other"
                  and t.ent_type_ not in ("DATE", "TIME")]  # "on Monday"
        for tok in direct:
            out.extend(self.parties(tok, speaker, "direct" if tok.head in heads else "inherited"))
        if out:
            return out
        addressed = any(t.dep_ in ("dobj", "dative") or (t.dep_ == "pobj" and _lemma(t.head) == "on")
                        for t in direct)
        if trig.type == "REQUEST" and addressed and any(t.dep_ in ("xcomp", "advcl") for t in deep):
            return out  # "urged the world to ...": the addressee named no party
        if trig.type in DEEP_TYPES:
            skip = LOCATIVE | {"between"} if trig.type == "AGREE" else LOCATIVE  # mediating is not a party
            for tok in direct + deep:
                if _pos(tok) == "NOUN" and _lemma(tok) in self.lex.words["proposal"]:
                    continue  # "denied claims of backing X": X is the claim's content
                for inner in _breadth(tok, clauses=True, skip=skip):
                    found = self.actors.at(inner)
                    if found is not None:
                        return [_Party(found, False, deep=True)]
        if trig.type in COMPLEMENT_TYPES:
            for tok in deep:
                for inner in _breadth(tok):
                    if inner.dep_ == "prep" and _lemma(inner) == "with":  # "between A and B": their act
                        for obj in (c for c in inner.children if c.dep_ == "pobj"):
                            out.extend(replace(p, deep=True) for p in self.parties(obj, speaker, "inherited"))
                        if out:
                            return out
        return out

    def noun_args(self, tok: Token, words: list[Token], trig: Trigger, speaker) -> tuple[list[_Party], list[_Party], list[_Party]]:
        """Sources, targets and joint parties of an event noun."""
        sources: list[_Party] = []
        parties: list[_Party] = []
        for child in [*tok.children, *(c for w in words for c in w.children)]:
            if child.dep_ in ("poss", "amod", "compound", "nmod") and child not in words:
                if trig.type == "AGREE" and child.pos_ == "VERB":
                    continue  # "a US-brokered truce": the mediator is not a party
                sources.extend(self.parties(child, speaker))
            elif child.dep_ == "prep" and (_lemma(child) in ("between", "by", "from")
                                           or (_lemma(child) == "of" and trig.type == "REQUEST")):
                for obj in (c for c in child.children if c.dep_ == "pobj"):  # "the request of X"
                    (parties if _lemma(child) == "between" else sources).extend(self.parties(obj, speaker))
            elif child.dep_ == "acl":
                agent = self.agent(child)
                if agent is not None:
                    sources.extend(self.parties(agent, speaker, "inherited"))
        targets = self.targets([tok, *words], trig, speaker)
        if trig.type == "REQUEST" and tok.dep_ == "pobj" and _lemma(tok.head) == "at" and sources:
            # "At the request of X, Y will ...": Y was asked
            targets = targets or [p for s in self.subjects(tok.head.head) for p in self.parties(s, speaker, "inherited")]
        if not sources and not parties:
            sources, extra = self._light_verb(tok, speaker)
            targets = targets or extra
        if not sources and not parties and trig.type in DYAD_TYPES:
            sources = self._perpetrator(tok, speaker)
        if sources and not targets and trig.type in DYAD_TYPES:
            targets = self._venue(tok, speaker)
        return sources, targets, parties

    def _object_in(self, heads: list[Token], kind: str) -> bool:
        """Whether the object of the trigger words is one of the ``kind`` nouns of the lexicon."""
        wanted = self.lex.words[kind]
        for head in heads:
            for child in head.children:
                objs = [child] if child.dep_ in ("dobj", "pobj", "nsubjpass") else []
                if child.dep_ == "prep" and _lemma(child) in ("for", "to"):
                    objs = [c for c in child.children if c.dep_ == "pobj"]
                if any(_lemma(o) in wanted for o in objs):
                    return True
        return False

    def _proposer(self, verb: Token, speaker) -> list[_Party]:
        """Who made the proposal or claim a rejection answers: the subject of the clause the
        rejecting clause is attached to ("A called for talks, though B rejected them"), else
        the subject of the previous sentence."""
        own = {p.mention.actor.key for s in self.subjects(verb) for p in self.parties(s, speaker)}
        clause = verb.head if verb.dep_ in ("advcl", "conj") else None
        if clause is None and verb.sent.start > 0:
            clause = self.doc[verb.sent.start - 1].sent.root
        if clause is None:
            return []
        for subj in (c for c in clause.children if c.dep_ in SUBJECTS):
            found = [p for p in self.parties(subj, speaker, "inherited") if p.mention.actor.key not in own]
            if found:
                return [replace(p, deep=True) for p in found[:1]]
        return []

    def _perpetrator(self, tok: Token, speaker) -> list[_Party]:
        """Who a following definite mention of the same act names as its author: "a bombing ...
        The bombing, claimed by X, ..." / "The attack was blamed on X"."""
        perpetrate = self.lex.words["perpetrate"]
        sents = list(self.doc.sents)
        here = next(i for i, s in enumerate(sents) if s.start <= tok.i < s.end)
        for sent in sents[here + 1:here + 3]:
            for later in sent:
                if _lemma(later) != _lemma(tok) or not any(
                        c.dep_ == "det" and c.lower_ in DEFINITE for c in later.children):
                    continue
                verbs = [c for c in later.children if c.dep_ == "acl"]
                if later.dep_ == "nsubjpass":
                    verbs.append(later.head)
                for verb in verbs:
                    if _lemma(verb) not in perpetrate:
                        continue
                    who = self.agent(verb) or next(
                        (o for c in verb.children if c.dep_ == "prep" and _lemma(c) == "on"
                         for o in c.children if o.dep_ == "pobj"), None)
                    if who is not None:
                        return self.parties(who, speaker, "inherited")
        return []

    def _venue(self, tok: Token, speaker) -> list[_Party]:
        """The country where an act took place: "an attack near <city>", "strikes on its soil"."""
        heads = [tok]
        if tok.dep_ in ("nsubj", "dobj") and tok.head.pos_ == "VERB":
            heads.append(tok.head)  # "an attack occurred at ...", "carried out a raid in ..."
        for head in heads:
            for prep in head.children:
                if prep.dep_ != "prep" or _lemma(prep) not in PLACE_PREPS:
                    continue
                for obj in (c for c in prep.children if c.dep_ == "pobj"):
                    for inner in [obj, *_breadth(obj)]:
                        found = self._place(inner, speaker)
                        if found is not None:
                            return [_Party(found, False, deep=True)]
        return []

    def _place(self, tok: Token, speaker) -> ActorMention | None:
        """A state, or the country of a city, named by ``tok``; "its" as in "on its soil"."""
        found = self.actors.at(tok)
        if found is not None:
            return found if found.kind in PLACE_KINDS else None
        if tok.dep_ == "poss" and _lemma(tok) in IMPERSONAL:
            hit = self.np(tok, speaker)[0]
            return hit[0] if hit and hit[0].kind in PLACE_KINDS else None
        if tok.ent_type_ in ("GPE", "LOC", "FAC") and tok.ent_iob_ == "B":
            ent = next(e for e in self.doc.ents if e.start == tok.i)
            place = places.lookup(ent.text)
            if place is not None and place.country:
                actor = Actor(name=ent.text, country=place.country)
                return ActorMention(ent.start_char, ent.end_char, ent.text, actor, ent.root.i, "metonym")
        return None

    def _light_verb(self, tok: Token, speaker) -> tuple[list[_Party], list[_Party]]:
        """Actors of the verb that carries an event noun ("held a meeting", "during the visit"); the
        subject of a verb of receiving ("faced threats", "received aid") is the target."""
        verb = None
        if tok.dep_ in ("dobj", "nsubjpass") and tok.head.pos_ == "VERB" and _match(tok.head, self.lex, set(), derived=False) is None:
            verb = tok.head
        elif tok.dep_ == "pobj" and _lemma(tok.head) in CONTEXT_PREPS and tok.head.head.pos_ == "VERB":
            verb = tok.head.head
        if verb is None:
            return [], []
        sources: list[_Party] = []
        for who in [*self.subjects(verb), self.agent(verb)]:
            if who is not None and who.dep_ != "nsubjpass":
                sources = self.parties(who, speaker, "inherited")
                if sources:
                    break
        if _lemma(verb) in self.lex.words["receive"]:  # "Russia faces threats from X": Russia is the target
            givers = [p for c in verb.children if c.dep_ == "prep" and _lemma(c) == "from"
                      for obj in c.children if obj.dep_ == "pobj" for p in self.parties(obj, speaker, "inherited")]
            return givers, sources
        targets: list[_Party] = []
        if tok.dep_ != "pobj":
            for child in verb.children:
                if child.dep_ == "prep" and _lemma(child) in TARGET_PREPS | {"between"}:
                    for obj in (c for c in child.children if c.dep_ == "pobj"):
                        targets.extend(self.parties(obj, speaker, "inherited"))
        return sources, targets

    # --- status -------------------------------------------------------------------------

    def status(self, tok: Token) -> str | None:
        """occurred | planned | requested | denied | hypothetical; ``REFUSED`` when the act itself
        or the verb governing it is negated ("will not accept", "refused to meet"); None when it
        did not happen otherwise (a habit, an act a rejection or sanction undoes)."""
        cues = self.lex.cues
        own = self._local(tok)
        if own == "negate":
            return REFUSED
        if own == "habitual":
            return None
        if tok.dep_ == "relcl" and tok.tag_ in ("VBZ", "VBP"):
            return None  # "the agency that supports refugees": a standing description
        if own in ("plan", "hypothetical"):
            return "planned" if own == "plan" else "hypothetical"
        if (tok.pos_ == "VERB" and tok.dep_ in ("acl", "relcl")
                and any(c.dep_ == "aux" and _lemma(c) == "to" for c in tok.children)):
            return "planned"
        node = tok
        while node.head.i != node.i:
            if node.dep_ == "conj":  # a coordinate act shares its first conjunct's scope, not its status
                node = node.head
                continue
            if node.dep_ in ("nsubj", "nsubjpass", "relcl", "appos") or (node.dep_ == "advcl" and _marked(node)):
                break
            if node.dep_ == "pobj" and _lemma(node.head) in SETTING_PREPS:
                break  # "agreed ... during a meeting": the setting, not what was agreed
            gov = node.head
            kind = cues.get(_lemma(gov)) if gov.pos_ in ("VERB", "ADJ") else None
            match = _match(gov, self.lex, set())
            gtype = match[0].type if match else None
            local = self._local(gov)
            undone = gtype in UNDOING_TYPES and kind != "deny" and node.dep_ in GOVERNED
            if (kind == "negate" or local == "negate") and node.dep_ in GOVERNED:
                return REFUSED  # "refused to meet", "did not want to sign"
            if kind in ("negate", "habitual") or local == "negate" or undone:
                return None  # "froze the aid": the act under it did not happen
            if kind == "deny":
                return "denied"
            if gtype == "REQUEST":
                return "requested"
            if gtype == "CONSULT" and node.pos_ == "VERB" and node.dep_ in GOVERNED:
                return "planned"  # "discussed signing an accord": talked about, not done
            if gtype == "AGREE" or kind == "plan" or local == "plan":
                return "planned"
            if gtype == "THREATEN" or kind == "hypothetical" or local == "hypothetical":
                return "hypothetical"
            node = gov
        return "occurred"

    def _local(self, tok: Token) -> str | None:
        """The status cue among a token's own auxiliaries, markers and adverbs."""
        cues = self.lex.cues
        found = None
        for child in tok.children:
            kind = cues.get(_lemma(child))
            if child.dep_ == "neg" or (kind == "negate" and child.dep_ in ("neg", "advmod")):
                return "negate"
            if kind == "habitual" and child.dep_ == "advmod":
                found = found or "habitual"
            elif kind in ("plan", "hypothetical") and child.dep_ in ("aux", "auxpass"):
                found = found or kind
            elif kind == "demand" and child.dep_ in ("aux", "auxpass"):
                found = found or "hypothetical"  # "X must stop the attacks": asked for, not done
            elif kind == "hypothetical" and child.dep_ == "mark":
                found = "hypothetical"
        return found

    # --- assembly -----------------------------------------------------------------------

    def code(self) -> list[Candidate]:
        out: list[Candidate] = []
        seen: set[tuple] = set()
        used: set[int] = set()
        matches = []
        lemmas = {}  # of each token's sentence
        for sent in self.doc.sents:
            found = frozenset(_lemma(t) for t in sent)
            lemmas.update(dict.fromkeys(range(sent.start, sent.end), found))
        for tok in self.doc:
            lemma = tok.lemma_.lower()
            if lemma not in self.heads and lemma[:-1] not in self.heads:
                continue  # heads no trigger (``_lemma`` is the lemma or, for PROPN, one letter less)
            hit = _match(tok, self.lex, used, lemmas=lemmas[tok.i])
            if hit is not None:
                trig, words = hit
                if not trig.slots:  # a derived pattern leaves its words to their own triggers
                    used.update(w.i for w in words)
                matches.append((tok, trig, words))
        demands = [(tok.head, DEMAND, [tok]) for tok in self.doc
                   if tok.dep_ in ("aux", "auxpass") and self.lex.cues.get(tok.lower_) == "demand"]
        for tok, trig, words in matches + demands:
            if trig is not DEMAND and tok.i in {w.i for _, t, ws in matches if not t.slots for w in ws}:
                continue
            cands = self.demand(tok, words[0]) if trig is DEMAND else self.candidates(tok, trig, words)
            joint = next((c for c in cands if c.symmetric), None)
            if joint is not None:
                self.last_pair, self.last_pair_sent = [joint.source, joint.target], tok.sent.start
                self.last_group = _distinct(m for c in cands if c.symmetric for m in (c.source, c.target))
            fight = next((c for c in cands if c.type == "ASSAULT" and c.target), None)
            if fight is not None:
                self.conflict = [fight.source, fight.target]
            for cand in cands:
                key = (cand.type, cand.source.actor.key, cand.target.actor.key if cand.target else None,
                       cand.trigger_start, cand.status)
                if key not in seen:
                    seen.add(key)
                    out.append(cand)
        return out

    def candidates(self, tok: Token, trig: Trigger, words: list[Token]) -> list[Candidate]:
        if trig.pos == "NOUN" and self._in_name(tok):
            return []  # "the Indus Waters Treaty", "Operation Bunyan-um-Marsoos": a name
        status = self.status(tok)
        if status == REFUSED:  # a refused act of cooperation is a rejection by whoever refuses it
            refusable = trig.type in REFUSABLE_TYPES and trig.pos == "VERB"
            trig, status = replace(trig, type="REJECT", cameo=REFUSAL_CAMEO, joint=False), "occurred" if refusable else None
        if status is None:
            return []
        if (trig.pos == "NOUN" and trig.type == "AGREE" and tok.dep_ == "pobj"
                and _lemma(tok.head) in BACKGROUND_PREPS):
            return []  # "a deadline in the ceasefire": a standing state, not its agreement
        speaker = self.speaker(tok)
        args = self.noun_args if trig.pos == "NOUN" else self.verb_args
        sources, targets, parties = args(tok, words, trig, speaker)
        sources, targets, parties = _unique(sources), _unique(targets), _unique(parties)
        if trig.joint and trig.type == "AGREE" and trig.pos == "NOUN" and not (sources or targets or parties):
            parties = [_Party(m, deep=True) for m in self.conflict]  # "a US-brokered truce": of the fighting
        if (trig.joint and trig.pos == "VERB" and not (sources or parties) and _agentless(tok)
                and self._recent(tok, self.last_pair_sent)):
            parties = [_Party(m, deep=True) for m in self.last_pair]  # "... met. Trade was discussed": theirs
        if not targets and not parties and trig.pos == "VERB":
            if trig.type == "REQUEST" and self._object_in([tok, *words], "settle"):
                targets = [_Party(m, deep=True) for m in self.conflict]  # "urged an end to the fighting"
            elif trig.type in ("REJECT", "ACCUSE") and self._object_in([tok], "proposal"):
                targets = self._proposer(tok, speaker)  # "rejected the offer": whoever made it
        pairs: list[tuple[_Party, _Party | None, bool]] = []
        if trig.joint:
            if len(parties) >= 2:
                everyone = parties
            elif len(sources) >= 2:  # "A and B exchanged fire": only the subjects and their own objects
                everyone = _unique(sources + [t for t in targets if not t.deep])
            else:
                everyone = _unique(sources + targets)
            if len(sources) == 1 and len(targets) >= 2 and everyone is not parties:
                pairs = [(sources[0], t, True) for t in targets]  # "A met B and C": not B with C
            elif len(everyone) >= 2 and (everyone is parties or len(sources) >= 2 or (sources and targets)):
                pairs = [(a, b, True) for a, b in combinations(everyone, 2)]
        elif (not targets and len(sources) >= 2 and any(p.collective for p in sources)
              and (trig.type == "AGREE" or any(_lemma(c) in RECIPROCAL for c in _near(tok)))):
            pairs = [(a, b, False) for a in sources for b in sources if a is not b]  # "blamed each other"
        if not pairs:
            dyad = {m.actor.key: m for m in self.conflict}
            for src in sources:
                tgts = [t for t in targets if _two_sides(src.mention, t.mention)]
                if not targets and trig.type in DYAD_TYPES and src.mention.actor.key in dyad:
                    tgts = [_Party(m) for k, m in dyad.items() if k != src.mention.actor.key]
                if tgts:
                    pairs.extend((src, t, False) for t in tgts)
                elif trig.type in UNTARGETED_TYPES and trig.pos == "VERB":
                    pairs.append((src, None, False))
        return [self.build(tok, trig, words, status, s, t, sym, speaker) for s, t, sym in pairs
                if t is None or _two_sides(s.mention, t.mention)]

    def _in_name(self, tok: Token) -> bool:
        """Whether a noun ends a proper name: a capitalised head after capitalised words that name
        no actor."""
        return tok.pos_ == "PROPN" and any(c.dep_ == "compound" and c.pos_ == "PROPN" and self.actors.at(c) is None
                                           for c in tok.children)

    def demand(self, verb: Token, modal: Token) -> list[Candidate]:
        """A reported obligation is a demand on its subject: in "India must fulfil its obligations,"
        the spokesperson said", the speaker asks India (REQUEST speaker → subject)."""
        speaker = self.speaker(verb)
        if not speaker:
            return []
        asked = [p for subj in self.subjects(verb) if subj.dep_ != "expl" for p in self.parties(subj, [])]
        source = _Party(speaker[0])
        return [self.build(modal, DEMAND, [verb], "occurred", source, target, False, speaker)
                for target in _unique(asked) if target.mention.actor.key != source.mention.actor.key]

    def build(self, tok, trig, words, status, src: _Party, tgt: _Party | None, symmetric, speaker) -> Candidate:
        goldstein, _, _ = self.lex.cameo[trig.cameo]
        span = sorted([tok, *words], key=lambda t: t.i)
        sent: Span = tok.sent
        start, end = span[0].idx, span[-1].idx + len(span[-1].text)
        attribution = next((m for m in speaker if m != src.mention), None) if speaker else None
        return Candidate(
            type=trig.type, mode=trig.mode, contexts=trig.contexts, cameo=trig.cameo,
            quad_class=self.lex.quads[trig.type], goldstein=goldstein,
            source=src.mention, target=tgt.mention if tgt else None, symmetric=symmetric,
            status=status, trigger=self.text[start:end], trigger_start=start, trigger_end=end,
            sentence_start=sent.start_char, sentence_end=sent.end_char, attribution=attribution,
            confidence=_confidence(trig, src, tgt, status))


# The trigger of a reported obligation ("must"): a demand, CAMEO 100.
DEMAND = Trigger(words=("must",), pos="AUX", type="REQUEST", mode=None, contexts=("diplomatic",), cameo="100",
                 joint=False, weight=0.5)


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


def _unique(parties: list[_Party]) -> list[_Party]:
    out: list[_Party] = []
    for p in parties:
        if all(p.mention.actor.key != o.mention.actor.key for o in out):
            out.append(p)
    return out


def _marked(clause: Token) -> bool:
    """Whether an adverbial clause opens with a time or concession marker ("after X said")."""
    return any(c.dep_ == "mark" and _lemma(c) in CLAUSE_MARKS for c in clause.children)


def _breadth(tok: Token, clauses: bool = False, skip: frozenset[str] = frozenset()) -> Iterator[Token]:
    """Tokens under ``tok``, nearest first; clauses are skipped unless asked (time and concession
    clauses always), and so are prepositional phrases headed by a word in ``skip``."""
    queue = list(tok.children)
    while queue:
        node = queue.pop(0)
        if not clauses and node.dep_ in ("relcl", "acl", "advcl", "ccomp", "parataxis"):
            continue
        if node.dep_ == "advcl" and _marked(node):
            continue
        if node.dep_ == "prep" and node.lower_ in skip:
            continue
        yield node
        queue.extend(node.children)


def _confidence(trig: Trigger, src: _Party, tgt: _Party | None, status: str) -> float:
    """0..1 from lexicon strength, whether both actors hang directly on the trigger, and NER kinds."""
    score = 0.3 + 0.3 * trig.weight
    score += 0.15 if src.direct else 0.0
    score += 0.15 if (tgt.direct if tgt else trig.type in UNTARGETED_TYPES) else 0.0
    kinds = {src.mention.kind} | ({tgt.mention.kind} if tgt else set())
    score += 0.1 if kinds <= NER_KINDS else 0.0
    score -= 0.1 if status != "occurred" else 0.0
    return round(max(0.05, min(score, 0.99)), 2)


def code(doc: Doc, actors: list[ActorMention], dateline: Actor | None = None, text: str | None = None
         ) -> list[Candidate]:
    """Find, type and attach every event mention in ``doc`` (an article body); ``dateline`` is
    the state of the article's dateline, the host of an envoy summoned with no place named."""
    return _Coder(doc, actors, dateline, text).code()
