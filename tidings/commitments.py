"""Commitments: the promises and plans an article states, one ``Commitment`` per promised act.

Needs: the spaCy ``Doc`` of an article body, the event candidates coded in it and the events
made of them. Sets: the commitments each candidate states (``find``), which the status policy of
``coding`` hangs on the AGREE events that carry them.

What is promised is read from the dependency parse, not from lists of acts:

* the complement of a promise — an AGREE trigger: "agreed to hold talks", "stand ready to
  strengthen ...", "a pledge to focus on ...", "it was agreed that X would ..." — and the acts
  attached to it by "by", "through" or "including" ("including by sending ...");
* an act the coder found planned ("will supply ...", "decided to hold a meeting");
* each conjunct of those ("providing equipment and holding exercises"), a gerund that the parser
  hung on the noun it governs ("the two holding joint drills") included.

A promised act's words are its verb (in the base form), its particles, objects and prepositional
phrases — without time expressions (they give the due date), adverbs, subordinate clauses or
further acts, and without the promisee when it is only the recipient beside another object
("supplying Peru with boats": "supply boats"). Its type is the coded act's, else that of
the first trigger pattern of the lexicon whose every word is among the act's words ("hold joint
naval exercises": COOPERATE), else unknown. Its due date is the time expression inside the act
("later this year": the year of publication), as precise as the text gives it.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from spacy.tokens import Doc, Span, Token

from . import dates, events, lexicon
from .records import Article, Commitment, Event

# English grammar: which dependents carry a promised act, and which words of it are kept.
MEANS = {"by", "through", "including"}  # "... including by sending X": a further promised act
PARTS = {"dobj", "dative", "prt", "prep", "attr", "oprd", "acomp", "agent", "xcomp"}
CLAUSES = {"advcl", "relcl", "acl", "ccomp", "xcomp", "parataxis", "advmod", "neg", "aux", "auxpass",
           "nsubj", "nsubjpass", "mark", "npadvmod"}
SETTINGS = {"during", "amid", "after", "before", "since", "despite", "following", "according"}  # not the act
MODALS = {"will", "would", "shall", "should"}  # "agreed that X would ...": a promise, not a view
RECIPIENT_PREPS = {"to", "for"}
PARTIES = {"two", "both", "they", "we", "sides", "side"}  # "the two holding ...": a joint act
VERBS = {"VERB", "AUX"}
STAND_IN = date(2000, 1, 1)  # a publication date to find the words of relative expressions by


def find(doc: Doc, article: Article, candidates: Sequence[events.Candidate], coded: Sequence[Event],
         dues: Sequence[str | None]) -> list[tuple[Commitment, ...]]:
    """The commitments each candidate states, in the candidates' order: a planned act's own
    (with ``dues[i]``, the due date the coder found for it, when there is one), or those in the
    complement of an AGREE. An act that is itself a planned candidate is promised by that one."""
    heads = [_trigger_head(doc, c) for c in candidates]
    planned = {h.i for h, c in zip(heads, candidates) if h is not None and c.status == "planned" and c.type != "AGREE"}
    published = article.reported_day
    found = []
    for c, head, event, due in zip(candidates, heads, coded, dues):
        if head is None or (head.i in planned and c.status != "planned"):
            found.append(())  # the threat or promise an announced act also makes: the act is the commitment
            continue
        if head.i in planned:
            acts = [head, *(a for a in _conjuncts(head) if a.i not in planned)]
        elif c.type == "AGREE":
            acts = [a for a in _promised(head) if a.i not in planned]
        else:
            acts = []
        found.append(tuple(_commitment(act, c, event, published, due if act is head else None, act is head)
                           for act in acts))
    return found


def _trigger_head(doc: Doc, c: events.Candidate) -> Token | None:
    """The token of a candidate's trigger words that the others hang on."""
    span = doc.char_span(c.trigger_start, c.trigger_end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    return span.root


def _promised(cue: Token) -> list[Token]:
    """The acts in the complement of a promise word, with their conjuncts and means."""
    acts = []
    holders = [cue, *(c for c in cue.children if c.dep_ == "acomp")]  # "stand ready to ..."
    for holder in holders:
        for child in holder.children:
            if child.dep_ == "xcomp" and child.pos_ in VERBS and not any(n.dep_ == "neg" for n in child.children):
                acts.append(child)  # (not "vowed not to attack X": restraint, no act to hold it to)
            elif child.dep_ == "ccomp" and child.pos_ in VERBS and any(
                    a.dep_ == "aux" and a.lower_ in MODALS for a in child.children):
                acts.append(child)
            elif child.dep_ == "acl" and holder.pos_ == "NOUN" and any(
                    a.dep_ == "aux" and a.lower_ == "to" for a in child.children):
                acts.append(child)  # "a pledge to focus on ..."
    acts += [m for holder in [cue, *acts] for m in _means(holder)]
    every = [x for act in acts for x in (act, *_conjuncts(act))]
    return list({t.i: t for t in sorted(every, key=lambda t: t.i)}.values())


def _means(verb: Token) -> list[Token]:
    """Acts attached to a verb as the means of it ("..., including by sending X")."""
    found = []
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in MEANS):
        for child in prep.children:
            if child.dep_ == "pcomp" and child.pos_ in VERBS:
                found.append(child)
            elif child.dep_ == "prep" and child.lower_ in MEANS:
                found += [g for g in child.children if g.dep_ == "pcomp" and g.pos_ in VERBS]
    return found


def _conjuncts(act: Token) -> list[Token]:
    """Acts coordinated with ``act``: verbs, and gerunds the parser hung on their object noun
    as a modifier ("providing equipment and the two holding exercises": ``holding``)."""
    found = []
    for conj in (c for c in act.children if c.dep_ == "conj"):
        if conj.pos_ in VERBS:
            found.append(conj)
        else:
            found += [g for g in conj.children if g.tag_ == "VBG" and g.dep_ in ("amod", "acl") and g.i < conj.i]
        found += _conjuncts(conj)
    return found


def _commitment(act: Token, c: events.Candidate, event: Event, published: date | None, due: str | None,
                coded: bool) -> Commitment:
    """The commitment to one act, made by the actors of the candidate that states it."""
    times = _times(act.sent, published)
    words, obj = _words(act, {i for tokens, *_ in times for i in tokens}, c)
    scope = _scope(act)
    due_text, own_due = next(((text, value) for tokens, text, value, may_be_due in times
                              if may_be_due and tokens & scope), (None, None))
    return Commitment(
        type=c.type if coded else _act_type(words), text=_text(act, words),
        source=c.source.actor, target=c.target.actor if c.target else None,
        symmetric=c.symmetric or _joint(act), due=due or own_due, due_text=due_text,
        stated=event.date or (published.isoformat() if published else None),
        obj=obj.lemma_.lower() if obj is not None else None, said=replace(event.mentions[0], trigger=c.trigger))


def _times(sentence: Span, published: date | None) -> list[tuple[set[int], str, str | None, bool]]:
    """``(tokens, words, value, may_be_due)`` of the time expressions of a sentence. Those
    pointing after the publication date may state a due date (every one when it is unknown). The
    value is None when only the publication date could resolve it ("later this year" in an undated
    article): the words are found against a stand-in date, the values only against the real one.
    A date or month without a year is the coming one: what is due lies ahead."""
    resolved = {t.start: t for t in dates.find_dates(sentence.text, published, ahead=dates.PLANNED)}
    found = []
    for t in dates.find_dates(sentence.text, published or STAND_IN, ahead=dates.PLANNED):
        real = resolved.get(t.start)
        start, end = sentence.start_char + t.start, sentence.start_char + t.end
        tokens = {tok.i for tok in sentence if start <= tok.idx < end}
        found.append((tokens, t.text, real.value if real is not None else None,
                      published is None or (real is not None and real.future)))
    return found


def _scope(act: Token) -> set[int]:
    """The tokens a due date of the act may stand among: its subtree without clauses and settings."""
    found = {act.i}
    for child in act.children:
        if child.dep_ in ("advcl", "relcl", "ccomp", "conj", "parataxis") or child.lower_ in SETTINGS:
            continue
        found |= {t.i for t in child.subtree}
    return found


def _words(act: Token, timed: set[int], c: events.Candidate) -> tuple[list[Token], Token | None]:
    """The tokens that name a promised act, in text order, and the head of what it acts on."""
    if act.dep_ in ("amod", "acl") and act.pos_ in VERBS and act.head.pos_ in ("NOUN", "PROPN"):
        noun = act.head  # a gerund hung on its object: "holding joint naval exercises"
        return sorted([act, *(t for t in _kept(noun, timed) if t.i > act.i)], key=lambda t: t.i), noun
    if act.pos_ not in VERBS:
        return list(_kept(act, timed)), act
    parts = [child for child in act.children if child.dep_ in PARTS and child.lower_ not in SETTINGS]
    objects = [p for p in parts if p.dep_ in ("dobj", "attr", "oprd")] + [
        g for p in parts if p.dep_ == "prep" and p.lower_ == "with" for g in p.children if g.dep_ == "pobj"]
    things = [o for o in objects if not _names_actor(o, c)]
    if things:  # the promisee beside another object is only the recipient ("supply X with Y": "supply Y")
        recipient = [p for p in parts if _names_actor(p, c)
                     and (p.dep_ in ("dobj", "dative") or p.dep_ == "prep" and p.lower_ in RECIPIENT_PREPS)]
        parts = [p for p in parts if p not in recipient]
        if any(p.dep_ in ("dobj", "dative") for p in recipient):
            parts = [g for p in parts for g in ([g for g in p.children if g.dep_ == "pobj"]
                                                if p.dep_ == "prep" and p.lower_ == "with" else [p])]
    words = [act] + [t for p in parts for t in _kept(p, timed)]
    return sorted(words, key=lambda t: t.i), (things or objects or [None])[0]


def _kept(tok: Token, timed: set[int]) -> list[Token]:
    """A phrase's tokens without time expressions, clauses, adverbs and punctuation."""
    if tok.i in timed or tok.dep_ == "prep" and any(g.i in timed for g in tok.subtree):
        return []
    found = [tok]
    kept = [child for child in tok.children
            if not (child.dep_ in CLAUSES and not (child.dep_ == "aux" and child.lower_ == "to")
                    or child.dep_ == "conj" and child.pos_ in VERBS)]
    for child in kept:
        if child.dep_ != "cc" or any(k.dep_ == "conj" for k in kept):
            found += _kept(child, timed)
    return found


def _names_actor(tok: Token, c: events.Candidate) -> bool:
    """Whether a phrase is (or, for a preposition, governs) a mention of the candidate's target."""
    if c.target is None:
        return False
    preposition = tok.dep_ in ("prep", "dative") and tok.pos_ == "ADP"
    nouns = [g for g in tok.children if g.dep_ == "pobj"] if preposition else [tok]
    return any(c.target.start <= n.idx < c.target.end or n.i == c.target.head for n in nouns)


def _joint(act: Token) -> bool:
    """Whether an act's own subject is both parties ("the two holding ...", "both will ...")."""
    if act.dep_ in ("amod", "acl"):
        subject = [t for t in act.head.subtree if t.i < act.i]
    else:
        subject = [t for s in act.children if s.dep_ in ("nsubj", "nsubjpass") for t in s.subtree]
    return any(t.lower_ in PARTIES for t in subject)


def _text(act: Token, words: list[Token]) -> str:
    """The act's words as written, its verb in the base form (no punctuation at either end)."""
    while words and words[-1].is_punct:
        words = words[:-1]
    out = []
    for number, tok in enumerate(words):
        text = tok.lemma_.lower() if tok.i == act.i and tok.pos_ in VERBS else tok.text
        joined = number + 1 < len(words) and words[number + 1].i == tok.i + 1
        out.append(text + (tok.whitespace_ if joined else " "))
    return "".join(out).strip()


def _act_type(words: list[Token]) -> str | None:
    """The PLOVER type of the longest lexicon pattern whose words are all among the act's lemmas; of
    two as long, the one headed later ("hold joint exercises": the joint exercises', not the holding's)."""
    lex = lexicon.lexicon()
    lemmas = {t.lemma_.lower() for t in words}
    found = [(len(trigger.words), number, -order, trigger.type) for number, tok in enumerate(words)
             for pos in ["VERB" if tok.pos_ in VERBS else "NOUN" if tok.pos_ in ("NOUN", "PROPN") else tok.pos_]
             for order, trigger in enumerate(lex.triggers.get((tok.lemma_.lower(), pos), ()))
             if all(any(lex.is_word(lemma, w) for lemma in lemmas) for w in trigger.words)]
    return max(found)[3] if found else None

