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

Status policy. PLOVER codes a promise or plan as AGREE ("express intent to cooperate; a future
meeting counts here"). So a planned act stated inside an agreement ("A and B agreed to hold talks
in 2026") becomes one of the ``commitments`` of that AGREE, whose status becomes ``planned``; a
planned act on its own ("Russia will supply Pakistan with ...") becomes an AGREE/planned with that
commitment. An agreement also holds the acts of its complement as commitments ("agreed to
activate their dialogue"), one per act (``commitments.find``). The event's date is when the
promise was made; a commitment's ``due`` is when the act should happen. An act asked for inside
a request is the request's content, not an event. Hypothetical and denied events keep half their
confidence (the source itself doubts them), which leaves most below the export threshold.
"""
from __future__ import annotations

import bisect
import hashlib
import itertools
from collections import deque
from collections.abc import Iterable, Iterator
from datetime import date

from spacy.tokens import Doc, Token

from dataclasses import replace

from . import actors, commitments, dates, events, lexicon, merge, nlp, places
from .records import Actor, Article, Commitment, Event, Mention, Place
from .timing import Stopwatch

LOCATIVE = {"in", "at", "near", "outside", "inside"}
EARLIER_SENTENCES = 3  # how far back "the same month" looks for the time it repeats
NARRATIVE_SENTENCES = 6  # how far back an undated simple-past act looks for its pair's occasion
DATED = ("explicit", "relative")
HABITUAL = {"long", "often", "usually", "traditionally", "always", "repeatedly", "previously", "once"}
FORWARD = ("after", "before")
DOUBTFUL = {"hypothetical", "denied"}
# CAMEO "express intent to ..." code for a promised act of each PLOVER type (CAMEO codebook, 03x).
INTENT_CAMEO = {"CONSULT": "036", "AID": "033", "COOPERATE": "031", "SUPPORT": "032", "CONCEDE": "037",
                "RETREAT": "037"}


def code_articles(articles: Iterable[Article], registry: actors.ActorRegistry,
                  batch_size: int = 16) -> Iterator[tuple[Article, list[Event]]]:
    """Code every article; yields each article with its events (mentions merged)."""
    for article, _, found in code_stream(((a, None) for a in articles), registry, batch_size=batch_size):
        yield article, found


def code_stream(items: Iterable[tuple[Article | None, object]], registry: actors.ActorRegistry, *,
                n_process: int = 1, batch_size: int = 16, fast: bool = False,
                watch: Stopwatch | None = None) -> Iterator[tuple[Article | None, object, list[Event]]]:
    """Code a stream of ``(article, context)`` in order, yielding ``(article, context, events)``.

    ``None`` articles pass through with no events (a context that needs its turn in order).
    spaCy annotates with ``n_process`` workers; actors, events and dates are coded here, one
    article after another, so the registry learns names in input order. ``fast`` annotates
    without the statistical entity recognizer (``nlp.load(fast=True)``).
    """
    watch = watch or Stopwatch()
    items = iter(items)
    first = next(items, None)
    if first is None:  # nothing to code: spaCy is not even loaded
        return
    items = itertools.chain([first], items)
    waiting: deque[tuple[Article | None, object]] = deque()

    def texts() -> Iterator[str]:
        # only the texts go to spaCy's workers, which hand the Docs back in order
        for article, context in items:
            waiting.append((article, context))
            yield article.body if article is not None else ""

    docs = nlp.annotate(texts(), n_process=n_process, batch_size=batch_size, fast=fast)
    while True:
        with watch.stage("nlp"):
            doc = next(docs, None)
        if doc is None:
            return
        article, context = waiting.popleft()
        yield article, context, (code_doc(article, doc, registry, watch) if article is not None else [])


def code_doc(article: Article, doc: Doc, registry: actors.ActorRegistry, watch: Stopwatch) -> list[Event]:
    """The events of one annotated article."""
    with watch.stage("actors"):
        found = actors.resolve(doc, registry, dateline=article.dateline)
    with watch.stage("events"):
        candidates = events.code(doc, found, _dateline_state(article, registry))
    with watch.stage("dates"):
        coded = [_event(article, doc, c, lead=i == 0) for i, c in enumerate(candidates)]
        coded = _same_occasion(doc, candidates, coded)
    with watch.stage("commitments"):
        promised = commitments.find(doc, article, candidates, [e for e, _ in coded], [due for _, due in coded])
    return merge.within_article(apply_status_policy([(e, p) for (e, _), p in zip(coded, promised)]))


def apply_status_policy(coded: list[tuple[Event, tuple[Commitment, ...]]]) -> list[Event]:
    """Fold planned and requested acts into the agreement or request that states them.

    ``coded`` pairs each event with the commitments it states (``commitments.find``): an
    agreement keeps those of its complement and takes those of the planned acts it states.
    """
    kept = [replace(e, commitments=p) for e, p in coded if e.status not in ("planned", "requested")]
    for event, promised in coded:
        if event.status != "planned":
            continue
        host = next((h for h in kept if h.type == "AGREE" and h.mentions[0].start == event.mentions[0].start
                     and _same_pair(h, event)), None)
        if host is not None:
            kept[kept.index(host)] = replace(host, status="planned", commitments=host.commitments + promised)
        elif event.type == "AGREE":
            kept.append(replace(event, commitments=promised))
        else:
            kept.append(_as_intent(event, promised))
    return [replace(e, confidence=round(e.confidence / 2, 3)) if e.status in DOUBTFUL else e for e in kept]


def _same_pair(a: Event, b: Event) -> bool:
    pair = lambda e: {e.source.key, e.target.key if e.target else None}  # noqa: E731
    return pair(a) == pair(b)


def _as_intent(event: Event, promised: tuple[Commitment, ...]) -> Event:
    """A promised act recoded as the AGREE that promises it."""
    code = INTENT_CAMEO.get(event.type, "030")
    goldstein, quad, _ = lexicon.lexicon().cameo.get(code, (4.0, 1, "AGREE"))
    return replace(event, type="AGREE", mode=None, cameo=code, goldstein=goldstein, quad_class=quad,
                   commitments=promised)


def _event(article: Article, doc: Doc, c: events.Candidate, lead: bool) -> tuple[Event, str | None]:
    """The event of a candidate, and the future date its clause names (for a planned act)."""
    raw = article.body[c.sentence_start:c.sentence_end]
    start = c.sentence_start + len(raw) - len(raw.lstrip())
    sentence = raw.strip()
    when, basis, due = _date(article, doc, c, raw)
    mention = Mention(doc=article.doc, article_id=article.article_id, sentence=sentence,
                      start=start, end=start + len(sentence), trigger=c.trigger,
                      publisher=article.publisher, published=article.published)
    return Event(
        event_id=event_id(article.article_id, c.trigger_start, c.type, c.source.actor.key,
                          c.target.actor.key if c.target else None),
        type=c.type, mode=c.mode, contexts=c.contexts, cameo=c.cameo, quad_class=c.quad_class,
        goldstein=c.goldstein, source=c.source.actor, target=c.target.actor if c.target else None,
        symmetric=c.symmetric, date=when, date_basis=basis,
        location=_place(article, sentence, lead and basis == "publication"),
        status=c.status, mentions=(mention,), confidence=round(c.confidence, 3),
    ), due


def event_id(article_id: str, offset: int, kind: str, source: str | None, target: str | None) -> str:
    """A stable id from the first mention that reports an event (one trigger may carry several)."""
    return hashlib.sha256(f"{article_id}:{offset}:{kind}:{source}:{target}".encode()).hexdigest()[:16]


def _reported(article: Article) -> date | None:
    """The day the story reports on (its dateline's date, else its publication date): what
    relative dates resolve against and what an undated event of the day takes."""
    return date.fromisoformat(article.reported) if article.reported else None


def _date(article: Article, doc: Doc, c: events.Candidate,
          sentence: str) -> tuple[str | None, str | None, str | None]:
    """``(date, basis, due)``: when the event happened, how that was found, and a future date
    its clause names (when the event is only planned)."""
    published = _reported(article)
    trigger = _token_at(doc, c.trigger_start)
    found = dates.find_dates(sentence, published, _earlier_time(article, doc, c.sentence_start, published))
    best, best_distance = None, None
    for expr in found:
        start = c.sentence_start + expr.start
        if expr.text.lower().endswith(FORWARD):
            if start < c.trigger_start and not _trigger_between(doc, start + len(expr.text), c.trigger_start, trigger):
                return expr.value, expr.basis, None
            continue
        token = _token_at(doc, start)
        if token is None or trigger is None:
            continue
        if not _dates_clause(token, trigger, (start, start + len(expr.text)), (c.trigger_start, c.trigger_end)):
            continue
        distance = abs(token.i - trigger.i)
        if best_distance is None or distance < best_distance:
            best, best_distance = expr, distance
    due = best.value if best is not None and best.future else None
    if best is not None and not best.future:
        return best.value, best.basis, None
    carried = _narrative_date(article, doc, c, trigger, published)
    if carried is not None and due is None:
        return carried.value, carried.basis, None
    if published and trigger is not None and not _background(trigger):
        return published.isoformat(), "publication", due
    return None, None, due


def _narrative_date(article: Article, doc: Doc, c: events.Candidate, trigger: Token | None,
                    published: date | None) -> dates.TimeExpression | None:
    """The day the previous sentence names, for a simple-past sentence that names none
    ("... on Friday. He also condemned ..."): the narrative goes on that day."""
    if trigger is None or _governing_clause(trigger).tag_ != "VBD":
        return None
    previous = [s for s in doc.sents if s.end_char <= c.sentence_start]
    if not previous:
        return None
    text = article.body[previous[-1].start_char:previous[-1].end_char]  # a blanked sentence's words too
    days = [e for e in dates.find_dates(text, published) if not e.future and len(e.value) == 10]
    return days[-1] if days else None


def _same_occasion(doc: Doc, candidates: list[events.Candidate],
                   coded: list[tuple[Event, str | None]]) -> list[tuple[Event, str | None]]:
    """Undated simple-past acts of a pair that an earlier sentence, up to ``NARRATIVE_SENTENCES``
    back, dated for the same pair, take that time: the text goes on about that occasion ("Last
    year in Oct, A met B. ... The two prime ministers agreed ...": October)."""
    starts = [s.start_char for s in doc.sents]
    out: list[tuple[Event, str | None]] = []
    for (event, due), c in zip(coded, candidates):
        trigger = _token_at(doc, c.trigger_start)
        if event.date_basis == "publication" and trigger is not None and _governing_clause(trigger).tag_ == "VBD":
            here = bisect.bisect_right(starts, c.sentence_start)
            earlier = next((e for e, _ in reversed(out) if _same_pair(e, event) and e.date_basis in DATED
                            and here - bisect.bisect_right(starts, e.mentions[0].start) <= NARRATIVE_SENTENCES
                            and e.date != event.date), None)
            if earlier is not None:
                event = replace(event, date=earlier.date, date_basis=earlier.date_basis)
        out.append((event, due))
    return out


def _earlier_time(article: Article, doc: Doc, start: int, published: date | None) -> str | None:
    """The time the sentences before ``start`` named last (up to three back): what "the same
    month" or "that year" points to."""
    previous = [s for s in doc.sents if s.end_char <= start][-EARLIER_SENTENCES:]
    for sent in reversed(previous):
        found = dates.find_dates(article.body[sent.start_char:sent.end_char], published)
        if found:
            return found[-1].value
    return None


def _token_at(doc: Doc, offset: int) -> Token | None:
    span = doc.char_span(offset, offset + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def _trigger_between(doc: Doc, start: int, end: int, trigger: Token | None) -> bool:
    """Whether another verb stands between a forward expression and the trigger."""
    between = doc.char_span(start, end, alignment_mode="contract") if start < end else None
    return between is not None and any(t.pos_ == "VERB" and t.i != trigger.i for t in between)


def _governing_clause(token: Token) -> Token:
    """The verb (or sentence root) whose clause a token belongs to."""
    node = token
    while node.pos_ not in ("VERB", "AUX") and node.head.i != node.i:
        node = node.head
    return node


def _dates_clause(token: Token, trigger: Token, span: tuple[int, int], words: tuple[int, int]) -> bool:
    """Whether a time expression (at ``token``) dates the trigger's clause.

    True when both belong to the same clause; when the expression sits on a saying verb that
    governs the trigger ("X said on Monday that ..."); or when the trigger's clause hangs on the
    expression ("on May 10, during which A and B met").
    """
    clause, own = _governing_clause(token), _governing_clause(trigger)
    if _inside_other_event(token, clause, words) or _event_noun_between(token.doc, words[1], span[0]):
        return False
    if clause.i == own.i:
        return True
    if lexicon.lexicon().cues.get(clause.lemma_.lower()) == "say" and any(a.i == clause.i for a in own.ancestors):
        return True
    return own.dep_ == "relcl" and span[0] <= own.head.idx < span[1]


def _inside_other_event(token: Token, clause: Token, words: tuple[int, int]) -> bool:
    """Whether the expression modifies another event noun (outside the trigger's ``words``) on
    its way up to the clause ("condemned the attack on Doha on Tuesday": Tuesday dates the attack)."""
    nouns = lexicon.lexicon().triggers
    node = token.head
    while node.i != clause.i and node.head.i != node.i:
        if not words[0] <= node.idx < words[1] and node.pos_ == "NOUN" and (node.lemma_.lower(), "NOUN") in nouns:
            return True
        node = node.head
    return False


def _event_noun_between(doc: Doc, start: int, end: int) -> bool:
    """Whether another event noun, and no verb, stands between the trigger and a later time
    expression ("condemnation of the attack on Doha on September 9": the date is the attack's)."""
    nouns = lexicon.lexicon().triggers
    between = doc.char_span(start, end, alignment_mode="contract") if start < end else None
    if between is None:
        return False
    return (not any(t.pos_ in ("VERB", "AUX") for t in between)
            and any(t.pos_ == "NOUN" and (t.lemma_.lower(), "NOUN") in nouns for t in between))


def _background(trigger: Token) -> bool:
    """Past perfect or habitual wording: the sentence tells background, not the day's news."""
    clause = _governing_clause(trigger)
    words = {t.lower_ for t in clause.children} | {t.lower_ for t in trigger.children}
    if "had" in words and clause.tag_ == "VBN":
        return True
    return bool(words & HABITUAL)


def _dateline_state(article: Article, registry: actors.ActorRegistry) -> Actor | None:
    """The state of the article's dateline place, named as the place ("ISLAMABAD": Islamabad)."""
    country = registry.country(article.dateline) if article.dateline else None
    return actors.make_actor(article.dateline.title(), country, sector="GOV") if country else None


def _place(article: Article, sentence: str, lead: bool) -> Place | None:
    for start, _end, place in places.find_places(sentence):
        before = sentence[:start].split()
        if before and before[-1].lower() in LOCATIVE:
            return place
    if lead and article.dateline:
        return places.lookup(article.dateline.title())
    return None

