"""Event coding: PLOVER events with their actors, found in the dependency parse of a body.

Needs: the spaCy ``Doc`` of an article body and the ``ActorMention`` records found in it.
Sets: one ``Candidate`` per coded event mention (type, mode, CAMEO code, source, target,
status, trigger and sentence offsets, speaker, confidence), before dates and merging.

Lexicons are data: ``data/triggers.csv`` lists trigger lemmas (verbs, event nouns, multi-word
patterns) with their PLOVER type and CAMEO code, plus the cue words (saying verbs, modals,
negation, habitual adverbs) that decide status; ``data/cameo.csv`` gives each CAMEO code's
Goldstein value and quad class.

Status policy: the request itself ("X urged Y to ...") is a REQUEST that occurred; an event
asked for inside it ("... to release the prisoners") gets status ``requested``. An agreement
occurred; the future act agreed on is ``planned``. Events under refusal or negation are dropped.
"""
from __future__ import annotations

import csv
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from itertools import combinations
from pathlib import Path

from spacy.tokens import Doc, Span, Token

from tidings.records import ActorMention

DATA = Path(__file__).parent / "data"

# Dependency labels, prepositions and pronouns: English grammar, not vocabulary.
SUBJECTS = {"nsubj", "csubj"}
OBJECTS = {"dobj", "dative", "nsubjpass", "oprd"}
TARGET_PREPS = {"with", "to", "on", "against", "at", "into", "toward", "towards", "upon"}
PATIENT_TYPES = {"ASSAULT", "COERCE", "SANCTION", "RETREAT", "AID"}
DEEP_TYPES = {"REQUEST", "ACCUSE", "SUPPORT", "REJECT", "THREATEN", "SANCTION", "COERCE",
              "ASSAULT", "AID", "CONCEDE"}
UNTARGETED_TYPES = {"PROTEST", "MOBILIZE"}
FIRST_PERSON = {"we", "us", "our", "i", "me", "my"}
PERSONAL = {"he", "him", "his", "she", "her"}
IMPERSONAL = {"it", "its"}
PLURAL = {"they", "them", "their", "both"}
COLLECTIVE_HEADS = {"side", "country", "nation", "leader", "delegation", "minister", "government",
                    "party", "state", "neighbour", "neighbor", "premier", "president"}
PERSON_KINDS = {"person", "descriptor"}
BODY_KINDS = {"state", "metonym", "org", "group", "demonym", "descriptor"}
NER_KINDS = {"state", "metonym", "org", "group", "person", "demonym"}
CONTEXT_PREPS = {"during", "in", "at"}


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


@dataclass(frozen=True)
class Trigger:
    """A lexicon entry: ``words`` are lemmas; ``head`` indexes the word the parse hangs on."""

    words: tuple[str, ...]
    pos: str
    type: str
    mode: str | None
    contexts: tuple[str, ...]
    cameo: str
    joint: bool
    weight: float

    @property
    def head(self) -> str:
        return self.words[-1] if self.pos == "NOUN" else self.words[0]

    @property
    def extras(self) -> tuple[str, ...]:
        return self.words[:-1] if self.pos == "NOUN" else self.words[1:]


@dataclass(frozen=True)
class Lexicon:
    triggers: dict[tuple[str, str], tuple[Trigger, ...]]  # (head lemma, pos) -> longest first
    cues: dict[str, str]  # lemma -> say | plan | hypothetical | negate | deny | habitual
    cameo: dict[str, tuple[float, int, str]]  # code -> (goldstein, quad_class, plover type)
    quads: dict[str, int]  # PLOVER type -> quad class


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """Load the trigger and CAMEO tables from ``tidings/data``.

    A trigger pattern lists lemmas; verbs and adjectives hang on their first word, nouns on
    their last ("air strike"); the other words must be children or grandchildren of it.
    Rows whose type is lower case are cue words, not triggers.
    """
    cameo: dict[str, tuple[float, int, str]] = {}
    quads: dict[str, int] = {}
    with open(DATA / "cameo.csv", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            cameo[row["code"]] = (float(row["goldstein"]), int(row["quad_class"]), row["plover_type"])
            if row["plover_type"]:
                quads.setdefault(row["plover_type"], int(row["quad_class"]))
    found: dict[tuple[str, str], list[Trigger]] = {}
    cues: dict[str, str] = {}
    with open(DATA / "triggers.csv", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            if row["type"].islower():
                cues[row["pattern"]] = row["type"]
                continue
            trig = Trigger(
                words=tuple(row["pattern"].split()), pos=row["pos"], type=row["type"],
                mode=row["mode"] or None,
                contexts=tuple(c for c in row["contexts"].split(";") if c),
                cameo=row["cameo"], joint=row["joint"] == "1", weight=float(row["weight"]))
            found.setdefault((trig.head, trig.pos), []).append(trig)
    triggers = {k: tuple(sorted(v, key=lambda t: -len(t.words))) for k, v in found.items()}
    return Lexicon(triggers, cues, cameo, quads)


def _pos(tok: Token) -> str | None:
    if tok.pos_ == "VERB":
        return "VERB"
    if tok.pos_ in ("NOUN", "PROPN"):
        return "NOUN"
    if tok.pos_ == "ADJ":
        return "ADJ"
    return None


def _lemma(tok: Token) -> str:
    return tok.lemma_.lower()


def _near(tok: Token) -> Iterator[Token]:
    """Children and grandchildren of a token."""
    for child in tok.children:
        yield child
        yield from child.children


def _match(tok: Token, lex: Lexicon, used: set[int]) -> tuple[Trigger, list[Token]] | None:
    """The longest trigger pattern headed by ``tok`` whose other words hang on it."""
    pos = _pos(tok)
    if pos is None or tok.i in used:
        return None
    lemma = _lemma(tok)
    for trig in lex.triggers.get((lemma, pos), ()):
        words = []
        for extra in trig.extras:
            hit = next((t for t in _near(tok) if _lemma(t) == extra and t.i not in used), None)
            if hit is None:
                break
            words.append(hit)
        else:
            return trig, words
    return None


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

    def pair(self, tok: Token) -> list[ActorMention]:
        """The two parties "both sides" refers to: two distinct keys in the sentence, else before it."""
        sent = tok.sent
        inside = [m for m in self.mentions if sent.start_char <= m.start < sent.end_char]
        chosen = _distinct(inside)
        if len(chosen) < 2:
            chosen = _distinct(reversed([m for m in self.mentions if m.start < sent.start_char]))
        return chosen[:2] if len(chosen) >= 2 else []


def _distinct(mentions: Iterable[ActorMention]) -> list[ActorMention]:
    out: list[ActorMention] = []
    for m in mentions:
        if all(m.actor.key != o.actor.key for o in out):
            out.append(m)
    return out


@dataclass
class _Party:
    mention: ActorMention
    direct: bool  # a direct dependent of the trigger, found without resolution


def _is_collective(tok: Token) -> bool:
    if _lemma(tok) in PLURAL:
        return True
    if _lemma(tok) in COLLECTIVE_HEADS:
        return any(_lemma(c) in ("both", "two") for c in tok.children)
    return False


class _Coder:
    def __init__(self, doc: Doc, actors: list[ActorMention]):
        self.doc = doc
        self.lex = lexicon()
        self.actors = _Actors(doc, actors)

    # --- noun phrases -------------------------------------------------------------------

    def np(self, tok: Token, speaker: list[ActorMention], joint: bool) -> tuple[list[ActorMention], bool]:
        """Actors a noun phrase headed by ``tok`` denotes, and whether they were read directly."""
        found = self.actors.at(tok)
        if found is not None:
            return self._with_conj(tok, found, speaker, joint), True
        lemma = _lemma(tok)
        if tok.pos_ == "PRON" or _is_collective(tok):
            if lemma in FIRST_PERSON:
                return speaker[:1], False
            if _is_collective(tok):
                return (self.actors.pair(tok) if joint else []), False
            kinds = PERSON_KINDS if lemma in PERSONAL else BODY_KINDS if lemma in IMPERSONAL else set()
            hit = self.actors.before(tok, kinds) if kinds else None
            return ([hit] if hit else []), False
        for inner in _breadth(tok):
            found = self.actors.at(inner)
            if found is not None:
                return self._with_conj(inner, found, speaker, joint), True
        return [], False

    def _with_conj(self, tok: Token, first: ActorMention, speaker, joint) -> list[ActorMention]:
        out = [first]
        for conj in tok.conjuncts:
            if conj.i > tok.i:
                out.extend(m for m in self.np(conj, speaker, joint)[0] if m not in out)
        return out

    # --- arguments ----------------------------------------------------------------------

    def subject(self, verb: Token) -> Token | None:
        """The token that names who does ``verb``, following control, conjunction and relatives."""
        for child in verb.children:
            if child.dep_ in SUBJECTS:
                return child
        head = verb.head
        if head is verb:
            return None
        if verb.dep_ in ("xcomp", "advcl") and any(c.dep_ == "aux" and _lemma(c) == "to" for c in verb.children):
            for child in head.children:
                if child.dep_ in ("dobj", "dative"):
                    return child
                if child.dep_ == "prep" and _lemma(child) == "on":
                    obj = next((c for c in child.children if c.dep_ == "pobj"), None)
                    if obj is not None:
                        return obj
            return self.subject(head)
        if verb.dep_ in ("xcomp", "conj", "acomp"):
            return self.subject(head)
        if verb.dep_ == "relcl":
            return head
        return None

    def agent(self, verb: Token) -> Token | None:
        for child in verb.children:
            if child.dep_ == "agent":
                return next((c for c in child.children if c.dep_ == "pobj"), None)
        return None

    def speaker(self, tok: Token) -> list[ActorMention]:
        """Who reports the clause holding ``tok``: subject of a saying verb above it, or "according to"."""
        for anc in tok.ancestors:
            if anc.pos_ == "VERB" and self.lex.cues.get(_lemma(anc)) == "say":
                who = self.subject(anc) or self.agent(anc)
                if who is not None:
                    return self.np(who, [], False)[0]
        root = tok.sent.root
        for prep in root.subtree:
            if _lemma(prep) == "according":
                for to in prep.children:
                    obj = next((c for c in to.children if c.dep_ == "pobj"), None)
                    if obj is not None:
                        return self.np(obj, [], False)[0]
        return []

    def verb_args(self, tok: Token, words: list[Token], trig: Trigger, speaker) -> tuple[list[_Party], list[_Party]]:
        """Sources and targets of a verb or adjective trigger."""
        sources: list[_Party] = []
        targets: list[_Party] = []
        subj = self.subject(tok.head if tok.dep_ == "acomp" else tok) if trig.pos == "ADJ" else self.subject(tok)
        agent = self.agent(tok)
        if subj is not None and subj.dep_ != "nsubjpass":
            found, direct = self.np(subj, speaker, trig.joint)
            sources = [_Party(m, direct and subj.head == tok) for m in found]
            if not found and (subj.pos_ == "PRON" or subj.dep_ == "dobj"):
                sources = [_Party(m, False) for m in speaker[:1]]
        elif agent is not None:
            sources = [_Party(m, True) for m in self.np(agent, speaker, trig.joint)[0]]
        elif subj is None and trig.pos == "VERB" and not any(c.dep_ == "nsubjpass" for c in tok.children):
            sources = [_Party(m, False) for m in speaker[:1]]
        targets = self.targets([tok, *words], trig, speaker)
        return sources, targets

    def targets(self, heads: list[Token], trig: Trigger, speaker) -> list[_Party]:
        """Direct objects and prepositional targets of the trigger words, else deeper actors."""
        direct: list[Token] = []
        deep: list[Token] = []
        for head in heads:
            for child in head.children:
                if child.dep_ in OBJECTS and child not in heads:
                    direct.append(child)
                elif child.dep_ == "prep" and child not in heads:
                    objs = [c for c in child.children if c.dep_ == "pobj"]
                    prep = _lemma(child)
                    if prep in TARGET_PREPS or (prep == "of" and head.pos_ == "NOUN" and trig.type in PATIENT_TYPES):
                        direct.extend(objs)
                    elif prep not in ("between", "by", "in", "during", "after", "before", "since", "amid"):
                        deep.extend(objs)
                elif child.dep_ in ("xcomp", "ccomp", "advcl", "acl"):
                    deep.append(child)
        out: list[_Party] = []
        for tok in direct:
            found, read = self.np(tok, speaker, trig.joint)
            out.extend(_Party(m, read and tok.head in heads) for m in found)
        if not out and trig.type in DEEP_TYPES:
            for tok in direct + deep:
                for inner in _breadth(tok, clauses=True):
                    found = self.actors.at(inner)
                    if found is not None:
                        out.append(_Party(found, False))
                        break
                if out:
                    break
        return out

    def noun_args(self, tok: Token, words: list[Token], trig: Trigger, speaker) -> tuple[list[_Party], list[_Party], list[_Party]]:
        """Sources, targets and joint parties of an event noun."""
        sources: list[_Party] = []
        parties: list[_Party] = []
        for child in [*tok.children, *(c for w in words for c in w.children)]:
            if child.dep_ in ("poss", "amod", "compound", "nmod") and child not in words:
                found, direct = self.np(child, speaker, trig.joint)
                sources.extend(_Party(m, direct) for m in found)
            elif child.dep_ == "prep" and _lemma(child) == "between":
                for obj in (c for c in child.children if c.dep_ == "pobj"):
                    parties.extend(_Party(m, True) for m in self.np(obj, speaker, True)[0])
            elif child.dep_ == "prep" and _lemma(child) == "by":
                for obj in (c for c in child.children if c.dep_ == "pobj"):
                    sources.extend(_Party(m, True) for m in self.np(obj, speaker, False)[0])
            elif child.dep_ == "acl":
                agent = self.agent(child)
                if agent is not None:
                    sources.extend(_Party(m, False) for m in self.np(agent, speaker, False)[0])
        targets = self.targets([tok, *words], trig, speaker)
        if not sources and not parties:
            sources, extra = self._light_verb(tok, trig, speaker)
            targets = targets or extra
        return sources, targets, parties

    def _light_verb(self, tok: Token, trig: Trigger, speaker) -> tuple[list[_Party], list[_Party]]:
        """Actors of the verb that carries an event noun ("held a meeting", "during the visit")."""
        verb = None
        if tok.dep_ in ("dobj", "nsubjpass") and tok.head.pos_ == "VERB" and _match(tok.head, self.lex, set()) is None:
            verb = tok.head
        elif tok.dep_ == "pobj" and _lemma(tok.head) in CONTEXT_PREPS and tok.head.head.pos_ == "VERB":
            verb = tok.head.head
        if verb is None:
            return [], []
        who = self.subject(verb) or self.agent(verb)
        sources = [_Party(m, False) for m in self.np(who, speaker, trig.joint)[0]] if who is not None else []
        targets: list[_Party] = []
        if tok.dep_ != "pobj":
            for child in verb.children:
                if child.dep_ == "prep" and _lemma(child) in TARGET_PREPS | {"between"}:
                    for obj in (c for c in child.children if c.dep_ == "pobj"):
                        targets.extend(_Party(m, False) for m in self.np(obj, speaker, trig.joint)[0])
        return sources, targets

    # --- status -------------------------------------------------------------------------

    def status(self, tok: Token, trig: Trigger) -> str | None:
        """occurred | planned | requested | denied | hypothetical, or None when negated."""
        cues = self.lex.cues
        own = self._local(tok)
        if own == "negate" or own == "habitual":
            return None
        if own in ("plan", "hypothetical"):
            return "planned" if own == "plan" else "hypothetical"
        if (tok.pos_ == "VERB" and tok.dep_ in ("acl", "relcl")
                and any(c.dep_ == "aux" and _lemma(c) == "to" for c in tok.children)):
            return "planned"
        node = tok
        while node.head is not node:
            if node.dep_ in ("nsubj", "nsubjpass", "relcl", "appos"):
                break
            gov = node.head
            kind = cues.get(_lemma(gov)) if gov.pos_ in ("VERB", "ADJ") else None
            match = _match(gov, self.lex, set())
            gtype = match[0].type if match else None
            local = self._local(gov)
            if kind == "negate" or local == "negate" or gtype == "REJECT" and kind != "deny":
                return None
            if kind == "deny":
                return "denied"
            if gtype == "REQUEST":
                return "requested"
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
            elif kind == "hypothetical" and child.dep_ == "mark":
                found = "hypothetical"
        return found

    # --- assembly -----------------------------------------------------------------------

    def code(self) -> list[Candidate]:
        out: list[Candidate] = []
        seen: set[tuple] = set()
        used: set[int] = set()
        matches = []
        for tok in self.doc:
            hit = _match(tok, self.lex, used)
            if hit is not None:
                trig, words = hit
                used.update(w.i for w in words)
                matches.append((tok, trig, words))
        for tok, trig, words in matches:
            if tok.i in {w.i for _, _, ws in matches for w in ws}:
                continue
            for cand in self.candidates(tok, trig, words):
                key = (cand.type, cand.source.actor.key, cand.target.actor.key if cand.target else None,
                       cand.trigger_start, cand.status)
                if key not in seen:
                    seen.add(key)
                    out.append(cand)
        return out

    def candidates(self, tok: Token, trig: Trigger, words: list[Token]) -> list[Candidate]:
        status = self.status(tok, trig)
        if status is None:
            return []
        speaker = self.speaker(tok)
        if trig.pos == "NOUN":
            sources, targets, parties = self.noun_args(tok, words, trig, speaker)
        else:
            (sources, targets), parties = self.verb_args(tok, words, trig, speaker), []
        pairs: list[tuple[_Party, _Party | None, bool]] = []
        if trig.joint:
            everyone = _unique(parties + sources + targets)
            if len(everyone) >= 2 and (parties or len(_unique(sources)) >= 2 or (sources and targets)):
                pairs = [(a, b, True) for a, b in combinations(everyone, 2)]
        if not pairs:
            for src in _unique(sources):
                tgts = [t for t in _unique(targets) if t.mention.actor.key != src.mention.actor.key]
                if tgts:
                    pairs.extend((src, t, False) for t in tgts)
                elif trig.type in UNTARGETED_TYPES:
                    pairs.append((src, None, False))
        return [self.build(tok, trig, words, status, s, t, sym, speaker) for s, t, sym in pairs
                if t is None or s.mention.actor.key != t.mention.actor.key]

    def build(self, tok, trig, words, status, src: _Party, tgt: _Party | None, symmetric, speaker) -> Candidate:
        goldstein, _, _ = self.lex.cameo[trig.cameo]
        span = sorted([tok, *words], key=lambda t: t.i)
        sent: Span = tok.sent
        start, end = span[0].idx, span[-1].idx + len(span[-1].text)
        attribution = next((m for m in speaker if m is not src.mention), None) if speaker else None
        return Candidate(
            type=trig.type, mode=trig.mode, contexts=trig.contexts, cameo=trig.cameo,
            quad_class=self.lex.quads[trig.type], goldstein=goldstein,
            source=src.mention, target=tgt.mention if tgt else None, symmetric=symmetric,
            status=status, trigger=self.doc.text[start:end], trigger_start=start, trigger_end=end,
            sentence_start=sent.start_char, sentence_end=sent.end_char, attribution=attribution,
            confidence=_confidence(trig, src, tgt, status))


def _unique(parties: list[_Party]) -> list[_Party]:
    out: list[_Party] = []
    for p in parties:
        if all(p.mention.actor.key != o.mention.actor.key for o in out):
            out.append(p)
    return out


def _breadth(tok: Token, clauses: bool = False) -> Iterator[Token]:
    """Tokens under ``tok``, nearest first; relative and other clauses are skipped unless asked."""
    queue = list(tok.children)
    while queue:
        node = queue.pop(0)
        if not clauses and node.dep_ in ("relcl", "acl", "advcl", "ccomp", "appos", "parataxis"):
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


def code(doc: Doc, actors: list[ActorMention]) -> list[Candidate]:
    """Find, type and attach every event mention in ``doc`` (an article body)."""
    return _Coder(doc, actors).code()
