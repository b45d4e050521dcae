"""Coding: annotated articles in, dated and placed ``Event`` records out.

Needs: stored ``Article`` records and the actor registry. Sets: one ``Event`` per coded event
mention (``merge.within_article`` then joins repeated mentions of the same event). The stage runs
``nlp`` (batched), ``actors.resolve`` and ``events.code`` and then gives each candidate:

* a **date** — the time expression of its sentence that the parse attaches to the trigger
  (``dates.find_dates``); "weeks after X" dates the X that follows it. A sentence with no time
  expression takes the publication date when it reports news of the day (past or present tense,
  or an announcement), and none when it is background (past perfect, habitual wording);
* a **place** — a gazetteer place named in the sentence after "in/at/near", else the dateline for
  the article's lead event;
* a **confidence** and the evidence: the sentence with its offsets in the body.
"""
from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from datetime import date

from spacy.tokens import Doc, Token

from . import actors, dates, events, nlp, places
from .records import Actor, ActorMention, Article, Event, Mention, Place

LOCATIVE = {"in", "at", "near", "outside", "inside"}
HABITUAL = {"long", "often", "usually", "traditionally", "always", "repeatedly", "previously", "once"}
FORWARD = ("after", "before")


def code_articles(articles: Iterable[Article], registry: actors.ActorRegistry,
                  batch_size: int = 16) -> Iterator[tuple[Article, list[Event]]]:
    """Code every article; yields each article with its events (mentions merged)."""
    from . import merge

    articles = list(articles)
    for article, doc in zip(articles, nlp.annotate((a.body for a in articles), batch_size=batch_size)):
        found = actors.resolve(doc, registry, dateline=article.dateline)
        candidates = events.code(doc, found)
        coded = [_event(article, doc, c, lead=i == 0) for i, c in enumerate(candidates)]
        yield article, merge.within_article(coded)


def _event(article: Article, doc: Doc, c: events.Candidate, lead: bool) -> Event:
    sentence = article.body[c.sentence_start:c.sentence_end]
    when, basis = _date(article, doc, c, sentence)
    mention = Mention(doc=article.doc, article_id=article.article_id, sentence=sentence,
                      start=c.sentence_start, end=c.sentence_end, trigger=c.trigger,
                      publisher=article.publisher, published=article.published)
    return Event(
        event_id=event_id(article.article_id, c.trigger_start, c.type),
        type=c.type, mode=c.mode, contexts=c.contexts, cameo=c.cameo, quad_class=c.quad_class,
        goldstein=c.goldstein, source=c.source.actor, target=c.target.actor if c.target else None,
        symmetric=c.symmetric, date=when, date_basis=basis,
        location=_place(article, sentence, lead and basis == "publication"),
        status=c.status, mentions=(mention,), confidence=round(c.confidence, 3),
    )


def event_id(article_id: str, offset: int, kind: str) -> str:
    """A stable id from the first mention that reports an event."""
    return hashlib.sha256(f"{article_id}:{offset}:{kind}".encode()).hexdigest()[:16]


def _published(article: Article) -> date | None:
    return date.fromisoformat(article.published) if article.published else None


def _date(article: Article, doc: Doc, c: events.Candidate, sentence: str) -> tuple[str | None, str | None]:
    published = _published(article)
    trigger = _token_at(doc, c.trigger_start)
    found = [e for e in dates.find_dates(sentence, published)]
    best, best_distance = None, None
    for expr in found:
        start = c.sentence_start + expr.start
        if expr.text.lower().endswith(FORWARD):
            if start < c.trigger_start and not _trigger_between(doc, start + len(expr.text), c.trigger_start, trigger):
                return expr.value, expr.basis
            continue
        token = _token_at(doc, start)
        if token is None or trigger is None:
            continue
        if _governing_clause(token) is not _governing_clause(trigger) and not _says(_governing_clause(token), trigger):
            continue
        distance = abs(token.i - trigger.i)
        if best_distance is None or distance < best_distance:
            best, best_distance = expr, distance
    if best is not None:
        return best.value, best.basis
    if published and trigger is not None and not _background(trigger):
        return published.isoformat(), "publication"
    return None, None


def _token_at(doc: Doc, offset: int) -> Token | None:
    span = doc.char_span(offset, offset + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def _trigger_between(doc: Doc, start: int, end: int, trigger: Token | None) -> bool:
    """Whether another verb stands between a forward expression and the trigger."""
    return any(t.pos_ == "VERB" and t is not trigger and start <= t.idx < end for t in doc)


def _governing_clause(token: Token) -> Token:
    """The verb (or sentence root) whose clause a token belongs to."""
    node = token
    while node.pos_ not in ("VERB", "AUX") and node.head is not node:
        node = node.head
    return node


def _says(verb: Token, trigger: Token) -> bool:
    """A date on a saying verb dates the statement it governs ("X said on Monday that ...")."""
    return events.lexicon().cues.get(verb.lemma_.lower()) == "say" and verb in _governing_clause(trigger).ancestors


def _background(trigger: Token) -> bool:
    """Past perfect or habitual wording: the sentence tells background, not the day's news."""
    clause = _governing_clause(trigger)
    words = {t.lower_ for t in clause.children} | {t.lower_ for t in trigger.children}
    if "had" in words and clause.tag_ == "VBN":
        return True
    return bool(words & HABITUAL)


def _place(article: Article, sentence: str, lead: bool) -> Place | None:
    for start, _end, place in places.find_places(sentence):
        before = sentence[:start].split()
        if before and before[-1].lower() in LOCATIVE:
            return place
    if lead and article.dateline:
        return places.lookup(article.dateline.title())
    return None


def actor_key(actor: Actor | None) -> str | None:
    return actor.key if actor else None


__all__ = ["code_articles", "event_id", "actor_key", "ActorMention"]
