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
a request is the request's content, not an event. A statement or meeting that is only supposed
("could urge X", "should meet") was not made and is dropped. Hypothetical material acts and
denied events keep half their confidence (the source itself doubts them), which leaves most
below the export threshold.

Work budget. Coding an article costs more than its length in places (a list of N parties to one
agreement is N×(N−1)/2 events), so that no input can stall a run, an article is coded within a
budget: an article longer than ``WINDOW_TOKENS`` tokens is coded in windows of whole sentences of
at most that many tokens (names learned in one window are known in the next; pronouns and "both
sides" do not reach back across a window's start); a sentence longer than
``MAX_SENTENCE_TOKENS`` (a table or list run together) is not coded; and of a sentence naming more
than ``MAX_SENTENCE_ACTORS`` actors only the first ones take part in its events. What the budget
leaves out is returned as a ``Rejection`` naming the article and the characters, which the run
records (``tidings errors``).
"""
from __future__ import annotations

import bisect
import hashlib
import itertools
import re
from collections import deque
from collections.abc import Iterable, Iterator
from datetime import date

from spacy.tokens import Doc, Span, Token

from dataclasses import replace
from functools import lru_cache

from . import actors, commitments, dates, events, lexicon, merge, nlp, places
from .records import ActorMention, Article, Commitment, Event, Mention, Place, Rejection
from .timing import Stopwatch

LOCATIVE = {"in", "at", "near", "outside", "inside"}
BEGINNING = frozenset({"begin", "start", "erupt", "commence", "occur", "happen"})  # "..., which began on Friday"
SPANS = ("hour", "day", "week", "month", "year")  # what "two days after", "three months after" count
EARLIER_SENTENCES = 3  # how far back "the same month" looks for the time it repeats
NARRATIVE_SENTENCES = 6  # how far back an undated simple-past act looks for its pair's occasion
DATED = ("explicit", "relative")
DECADE = re.compile(r"(?:1[89]|20)\d0['’]?s")
YEAR = re.compile(r"\b\d{4}\b")  # a year written out ("May 3, 2024")
NEAR_DAYS = frozenset({"yesterday", "today", "tonight", "overnight"})  # days of the news besides the weekdays
HABITUAL = {"long", "often", "usually", "traditionally", "always", "previously", "once"}
FORWARD = ("after", "before")
EARLIER_ACT = {"recent", "earlier", "previous", "past", "prior"}  # "condemned the recent raid": not that day's
PRIOR = {"following", "after", "before"}  # prepositions whose object is another occasion
REASON_PREPS = frozenset({"for", "over", "into", "after", "following", "against"})  # what an act answers
SPEECHES = frozenset({"statement", "letter", "message", "speech", "address", "interview", "post", "tweet", "briefing",
                      "communique", "communiqué", "note", "remark", "comment", "report", "declaration", "video",
                      "broadcast", "release"})  # what a state speaks "in" ("in a statement on Monday")
SAME_TIME = {"as", "while", "when"}  # a clause that tells what happened at the same time
SPEAKING = frozenset({"speak", "address", "talk", "brief"})  # "Speaking to reporters on Monday, X urged ...": words of a day
SAME_DAY = ("later in the day", "earlier in the day")  # times of the day the sentence itself names
PROMISSORY_TYPES = {"AGREE", "REQUEST", "THREATEN"}  # words of what is to come, whose day may be the act's
CONFIRMING = frozenset({"confirm", "disclose", "reveal"})  # verbs that tell, on their day, what was done
FINITE_PAST = {"VBD", "VBN"}  # "As A launched strikes": what happened, not "while recalling ..."
ONSETS = frozenset({"start", "begin", "commence", "take", "expire", "end", "last", "run"})  # words of when a
# measure takes effect or lapses ("starting on November 1")
FUTURE_AUX = {"will", "shall", "'ll", "wo", "would"}  # a clause about what is to come
FUTURE_WORDS = re.compile(r"\b(?:will|shall)\b|['’]ll\b", re.IGNORECASE)  # the same, in words not parsed
SINCE = re.compile(r"\bsince\s+(?:the\s+)?$", re.IGNORECASE)  # what a time expression opens a span from
UNTIL = re.compile(r"\buntil\s+(?:the\s+)?$", re.IGNORECASE)  # a deadline ("gave X until Friday to ...")
TELLING = re.compile(r"\b(?:said|says|reported|told|added|announced|stated|confirmed)\b", re.IGNORECASE)  # the
# day of telling follows one of these
DOUBTFUL = {"hypothetical", "denied"}
DOUBTED_CONFIDENCE = 0.25  # at most, for an act its source doubts: stored, below the default export threshold
# The work budget of one article (see above). News is far below it: of the 104 development
# articles, the longest has 1,105 tokens, the longest sentence 103, the most actors in one sentence 13.
WINDOW_TOKENS = 6000
MAX_SENTENCE_TOKENS = 1500
MAX_SENTENCE_ACTORS = 30


def code_articles(articles: Iterable[Article], registry: actors.ActorRegistry, *, n_process: int = 1,
                  fast: bool = False) -> Iterator[tuple[Article, list[Event], list[Rejection]]]:
    """Code every article (``code_stream``); yields each article with its events (mentions
    merged) and what the work budget left out or Tidings failed on (``code_doc``)."""
    for article, _, found, cuts in code_stream(((a, None) for a in articles), registry, n_process=n_process,
                                               fast=fast):
        yield article, found, cuts


def code_stream(items: Iterable[tuple[Article | None, object]], registry: actors.ActorRegistry, *,
                n_process: int = 1, batch_size: int = 16, fast: bool = False,
                watch: Stopwatch | None = None
                ) -> Iterator[tuple[Article | None, object, list[Event], list[Rejection]]]:
    """Code a stream of ``(article, context)`` in order, yielding ``(article, context, events,
    cuts)``, ``cuts`` being what the work budget left out (``code_doc``).

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
        yield article, context, *(code_doc(article, doc, registry, watch) if article is not None else ([], []))


def code_doc(article: Article, doc: Doc, registry: actors.ActorRegistry,
             watch: Stopwatch) -> tuple[list[Event], list[Rejection]]:
    """The events of one annotated article, and what the work budget left out of them. An article
    that Tidings fails to code (a defect on some text) is stored without events and reported like
    a cut, with the error, and the run goes on."""
    try:
        return _coded(article, doc, registry, watch)
    except MemoryError:
        raise
    except Exception as error:
        return [], [Rejection.of_defect(article.doc, f"article {article.index}: not coded", error,
                                        sha256=article.source_sha256, article_id=article.article_id)]


def _coded(article: Article, doc: Doc, registry: actors.ActorRegistry,
           watch: Stopwatch) -> tuple[list[Event], list[Rejection]]:
    cuts: list[Rejection] = []

    def cut(start: int, end: int, reason: str) -> None:
        cuts.append(Rejection(article.doc, f"article {article.index}, characters {start}-{end}: {reason}",
                              sha256=article.source_sha256, article_id=article.article_id))

    coded: list[tuple[Event, tuple[Commitment, ...]]] = []
    home = registry.home(article.publisher, article.url)
    state = registry.dateline_state(article.dateline, home)
    ground = registry.ground(state, home)
    for offset, window in _windows(doc, cut):
        nlp.index_sentences(window)
        part = article if window is doc else replace(article, body=article.body[offset:offset + len(window.text)])
        with watch.stage("actors"):
            found = _within_budget(window, actors.resolve(window, registry, dateline=article.dateline, home=home),
                                   offset, cut)
        with watch.stage("events"):
            candidates = events.code(window, found, state, part.body, ground)
        with watch.stage("dates"):
            force = frozenset(c.sentence_start for c in candidates if c.quad_class == 4)
            dated = [_event(part, window, c, lead=not coded and i == 0, offset=offset, force=force, ground=ground)
                     for i, c in enumerate(candidates)]
            dated = _same_occasion(window, candidates, dated)
        with watch.stage("commitments"):
            promised = commitments.find(window, part, candidates, [e for e, _ in dated], [due for _, due in dated])
        coded += [(e, p) for (e, _), p in zip(dated, promised)]
    with watch.stage("dates"):
        return merge.within_article(apply_status_policy(coded)), cuts


def _once(*groups: tuple[Commitment, ...]) -> tuple[Commitment, ...]:
    """The commitments that statements of one promise hold, each act once: the same act by the same
    parties told twice ("agreed to hold joint exercises": the verb's and the noun's) is kept as
    first told, with the due date either gives (two dues apart are two acts)."""
    kept: list[Commitment] = []
    for c in itertools.chain(*groups):
        same = next((i for i, k in enumerate(kept) if _promised_act(k) == _promised_act(c)
                     and (k.due == c.due or None in (k.due, c.due))), None)
        if same is None:
            kept.append(c)
        elif kept[same].due is None and c.due is not None:
            kept[same] = replace(kept[same], due=c.due, due_text=c.due_text)
    return tuple(kept)


def _promised_act(c: Commitment) -> tuple:
    """What makes two promised acts one: their type, what they act on and their parties; a journey
    and the meeting it is for are one meeting ("would travel to X next month to meet him")."""
    return c.type, c.obj if c.type != "CONSULT" else None, c.source.key, c.target.key if c.target else None


def _windows(doc: Doc, cut) -> Iterator[tuple[int, Doc]]:
    """``(character offset, Doc)`` of the parts an article is coded in: the article itself when it
    is within the budget, else runs of whole sentences of at most ``WINDOW_TOKENS`` tokens,
    leaving out (and reporting to ``cut``) sentences longer than ``MAX_SENTENCE_TOKENS``."""
    if len(doc) <= MAX_SENTENCE_TOKENS or not doc.has_annotation("SENT_START"):
        yield 0, doc
        return
    runs, start, end = [], None, None
    for sent in doc.sents:
        if len(sent) > MAX_SENTENCE_TOKENS:
            cut(sent.start_char, sent.end_char, f"a sentence of {len(sent):,} tokens, over the budget of "
                                                f"{MAX_SENTENCE_TOKENS:,}: not coded")
        if start is not None and (len(sent) > MAX_SENTENCE_TOKENS or sent.end - start > WINDOW_TOKENS):
            runs.append((start, end))
            start = None
        if len(sent) <= MAX_SENTENCE_TOKENS:
            start = sent.start if start is None else start
            end = sent.end
    if start is not None:
        runs.append((start, end))
    if runs == [(0, len(doc))]:
        yield 0, doc
        return
    for start, end in runs:
        yield doc[start].idx, doc[start:end].as_doc()


def _within_budget(doc: Doc, found: list[ActorMention], offset: int, cut) -> list[ActorMention]:
    """The actor mentions that take part in events: of a sentence naming more than
    ``MAX_SENTENCE_ACTORS``, the first ones only (the others are reported to ``cut``)."""
    if len(found) <= MAX_SENTENCE_ACTORS:
        return found
    starts = [s.start_char for s in doc.sents] if doc.has_annotation("SENT_START") else [0]
    by_sentence: dict[int, list[ActorMention]] = {}
    for mention in found:
        by_sentence.setdefault(bisect.bisect_right(starts, mention.start) - 1, []).append(mention)
    kept = []
    for mentions in by_sentence.values():
        kept += mentions[:MAX_SENTENCE_ACTORS]
        if len(mentions) > MAX_SENTENCE_ACTORS:
            left = mentions[MAX_SENTENCE_ACTORS:]
            cut(offset + left[0].start, offset + left[-1].end,
                f"a sentence naming {len(mentions)} actors, over the budget of {MAX_SENTENCE_ACTORS}: "
                f"coded with the first {MAX_SENTENCE_ACTORS} only")
    return sorted(kept, key=lambda m: m.start)


def apply_status_policy(coded: list[tuple[Event, tuple[Commitment, ...]]]) -> list[Event]:
    """Fold planned and requested acts into the agreement or request that states them, drop the
    statements and meetings that are only supposed, and halve the confidence of the other
    hypothetical and of denied events (see above).

    ``coded`` pairs each event with the commitments it states (``commitments.find``): an
    agreement keeps those of its complement and takes those of the planned acts it states.
    """
    kept = [replace(e, commitments=p) for e, p in coded if e.status not in ("planned", "requested")]
    for event, promised in coded:
        if event.status != "planned":
            continue
        pair = _pair(event, armed_apart=True)
        host = next((h for h in kept if h.type == "AGREE" and h.mentions[0].start == event.mentions[0].start
                     and _pair(h, armed_apart=True) == pair), None)
        said = next((h for h in kept if h.mentions[0] == event.mentions[0]
                     and _pair(h, armed_apart=True) == pair), None)  # the statement that announced it (events.code)
        if host is not None and host.status in DOUBTFUL:
            if said is not None and said is not host:
                kept.remove(said)  # "denied reports that X had agreed to hand over ...": a denied agreement plans
            continue  # nothing, and announced nothing
        intent = _as_intent(event, promised)
        if host is not None and (intent.type == "AGREE" or host.symmetric):
            kept[kept.index(host)] = replace(host, status="planned", commitments=_once(host.commitments, promised))
            if said is not None and said is not host and said.type == host.type:
                kept.remove(said)  # "promised to send aid": the promise is stated once
        elif host is not None:  # "vowed to attack X": one side's promise of harm is a threat
            kept.remove(host)
            if said is not None:
                kept[kept.index(said)] = replace(said, commitments=_once(said.commitments, host.commitments, promised))
            else:
                kept.append(replace(intent, commitments=_once(host.commitments, promised)))
        elif said is not None:
            kept[kept.index(said)] = replace(said, commitments=_once(said.commitments, promised))
        elif event.type not in lexicon.INTENT_CAMEO:  # an agreement, or a request or charge to be made
            kept.append(replace(event, commitments=promised))
        else:
            kept.append(intent)
    quads = lexicon.lexicon().quads
    kept = [e for e in kept if not (e.status == "hypothetical" and quads[e.type] in lexicon.VERBAL_QUADS)]
    return [replace(e, confidence=min(round(e.confidence / 2, 3), DOUBTED_CONFIDENCE)) if e.status in DOUBTFUL else e
            for e in kept]


def _pair(event: Event, armed_apart: bool = False) -> frozenset:
    """The keys of an event's actors, in no order; with ``armed_apart``, an armed group apart from
    the rest of its country ("promised Pakistan to expel the militants": two pairs)."""
    return frozenset((a.key, armed_apart and a.sector in actors.ARMED_SECTORS) if a else None
                     for a in (event.source, event.target))


def _as_intent(event: Event, promised: tuple[Commitment, ...]) -> Event:
    """A planned act recoded as the statement that announces it: the AGREE that promises help or
    a meeting, the THREATEN that announces harm (``lexicon.INTENT_CAMEO``)."""
    kind, code = lexicon.INTENT_CAMEO.get(event.type, ("AGREE", "030"))
    goldstein, _, _ = lexicon.lexicon().cameo[code]
    return replace(event, type=kind, mode=None, cameo=code, goldstein=goldstein,
                   quad_class=lexicon.PLOVER_QUADS[kind], commitments=promised)


def _event(article: Article, doc: Doc, c: events.Candidate, lead: bool, offset: int = 0,
           force: frozenset[int] = frozenset(), ground: tuple[str, ...] = ()) -> tuple[Event, str | None]:
    """The event of a candidate, and the future date its clause names (for a planned act).

    ``article`` and ``doc`` are the part of the article coded (``_windows``), which starts at
    character ``offset`` of the article's body; ``force`` holds the starts of its sentences that
    tell a deed of force; ``ground`` the states it is told from (``places.lookup``)."""
    raw = article.body[c.sentence_start:c.sentence_end]
    start = offset + c.sentence_start + len(raw) - len(raw.lstrip())
    sentence = raw.strip()
    when, basis, due = _date(article, doc, c, raw, force)
    mention = Mention(doc=article.doc, article_id=article.article_id, sentence=sentence,
                      start=start, end=start + len(sentence), trigger=c.trigger,
                      publisher=article.publisher, published=article.published)
    return Event(
        event_id=event_id(article.article_id, offset + c.trigger_start, c.type, c.source.actor.key,
                          c.target.actor.key if c.target else None),
        type=c.type, mode=c.mode, contexts=c.contexts, cameo=c.cameo, quad_class=lexicon.PLOVER_QUADS[c.type],
        goldstein=c.goldstein, source=c.source.actor, target=c.target.actor if c.target else None,
        symmetric=c.symmetric, date=when, date_basis=basis,
        location=_place(article, sentence, lead and basis == "publication", ground),
        status=c.status, mentions=(mention,), confidence=round(c.confidence, 3),
    ), due


def event_id(article_id: str, offset: int, kind: str, source: str | None, target: str | None) -> str:
    """A stable id from the first mention that reports an event (one trigger may carry several)."""
    return hashlib.sha256(f"{article_id}:{offset}:{kind}:{source}:{target}".encode()).hexdigest()[:16]


def _date(article: Article, doc: Doc, c: events.Candidate, sentence: str,
          force: frozenset[int] = frozenset()) -> tuple[str | None, str | None, str | None]:
    """``(date, basis, due)``: when the event happened, how that was found, and a future date
    its clause names (when the event is only planned)."""
    published = article.reported_day
    trigger = _token_at(doc, c.trigger_start)
    back = dates.refers_back(sentence)  # ("the same month", "a day earlier"): "later (earlier) in the day" from
    told = [e.value for e in dates.find_dates(sentence, published) if e.start < back and len(e.value) == 10
            and (t := _token_at(doc, c.sentence_start + e.start)) is not None and not any(
                a.dep_ == "aux" and a.lower_ in FUTURE_AUX for a in _time_clause(t).children)] \
        if back is not None and sentence[back:].lower().startswith(SAME_DAY) else []  # the last day the sentence
    earlier = told[-1] if told else _earlier_time(article, doc, c.sentence_start, published) \
        if back is not None else None  # names before it of what was done ("said on Monday that X would call Y
    # later in the day"), else from the sentences before ("the same day" of what "had" been done)
    own = _governing_clause(trigger) if trigger is not None else None
    ahead = _ahead(own, trigger, c.status) if trigger is not None else 0
    found = _anchored(dates.find_dates(sentence, published, earlier), earlier, sentence)
    coming = _anchored(dates.find_dates(sentence, published, earlier, ahead), earlier, sentence) if ahead else found
    best, best_distance, due, due_distance, lent, nested = None, None, None, None, None, None
    prior = trigger is not None and _told_as_earlier(trigger)
    for expr, later in zip(found, coming):
        start = c.sentence_start + expr.start
        token = _token_at(doc, start)
        if _since_time(sentence, expr.start, token) and not (own is not None and _perfect(own)):
            continue  # "his first trip to China since 2019", "since the takeover in 2021": when a span began, not
            # when this happened (but "has been held since May 3": since then)
        if UNTIL.search(sentence, 0, expr.start) and lexicon.lexicon().quads.get(c.type) in lexicon.VERBAL_QUADS:
            due = due or later.value
            continue  # "gave X until Friday to hand over ...": when the demand is due, not when it was made
        clause = _time_clause(token) if token is not None else None
        if clause is not None and own is not None and (clause.i in (own.i, _purpose_of(own)) or (
                clause.dep_ == "xcomp" and clause.head.i == own.i and _scheduled(clause))) \
                and expr.start == later.start \
                and not _inside_other_event(token, clause, (c.trigger_start, c.trigger_end), c.type):
            expr = later  # in the clause of what will happen, or of the act it is for ("due to meet on
            # Thursday to sign"): not on the verb that tells of it, nor the talks' day
        back = dates.days_back(expr.text)
        if expr.text.lower().endswith(FORWARD) and back is None:  # ("weeks after the vote"; not "the day before",
            # told alone)
            if start < c.trigger_start and not _trigger_between(doc, start + len(expr.text), c.trigger_start, trigger):
                return expr.value, expr.basis, None
            continue
        if token is None or trigger is None:
            continue
        if back is not None and token.i > 0 and any(
                a.dep_ == "prep" and a.lower_ in PRIOR and a.right_edge.i == token.i - 1 for a in doc[token.i - 1].ancestors):
            continue  # "..., after a similar incident the day before": the incident's day, the parser hanging it on
            # the verb
        if prior and not trigger.left_edge.i <= token.i <= trigger.right_edge.i:
            continue  # "condemned on Friday the recent raid": Friday is the condemnation's day
        if trigger.pos_ == "NOUN" and token.head.dep_ == "prep" and token.head.head.i == trigger.i and not expr.future:
            best, best_distance = expr, 0  # "an attack on Sunday": the day its own phrase names
            continue
        if not _dates_clause(token, trigger, (start, start + len(expr.text)), (c.trigger_start, c.trigger_end), c.type):
            if _lends_time(token, trigger, (c.trigger_start, c.trigger_end), c.type):
                if expr.future and due is None:  # "will travel to X next week to attend a summit": its due day
                    due = expr.value
                elif lent is None and not expr.future and c.status == "occurred":
                    lent = expr
            elif nested is None and not expr.future and own is not None \
                    and _nested_day(token, own, (c.trigger_start, c.trigger_end), c.type):
                nested = expr
            continue
        if expr.future and c.status == "occurred" and own is not None and (lexicon.lexicon().quads.get(
                c.type) not in lexicon.VERBAL_QUADS or c.type not in PROMISSORY_TYPES and not any(
                    a.dep_ in ("xcomp", "ccomp") for a in own.children)) and (own.tag_ == "VBD" or (
                own.tag_ == "VBN" and any(a.lower_ == "had" for a in own.children))) and token.head.lower_ == "on" \
                and next((a for a in token.ancestors if a.pos_ in ("VERB", "AUX") or (
                    a.pos_ == "NOUN" and lexicon.lexicon().event_noun(a.lemma_.lower()))), None) == own \
                and not YEAR.search(
                expr.text) and (before := dates.year_earlier(expr.value)) is not None:
            expr = replace(expr, value=before, future=False)  # "declared X persona non grata on June 5", "held
            # talks on June 5", told in May: last June's (not "a ceasefire until May 31": when it ends; not "agreed to
            # a meeting on June 5", "agreed on June 5 to meet": words about what is to come)
        distance = abs(token.i - trigger.i) + (0 if clause is None or own is None or clause.i == own.i else len(doc))
        # (a time of the act's own clause before one it shares: "imposed sanctions in 2018 and threatened X
        # on Monday": Monday)
        if expr.future:  # when what is planned is due ("will meet on Friday")
            if due_distance is None or distance < due_distance:
                due, due_distance = expr.value, distance
        elif best_distance is None or distance < best_distance:
            best, best_distance = expr, distance
    if best is not None:  # when it happened, or was said ("said on Tuesday that ...")
        return best.value, best.basis, due
    if prior:
        return None, None, due
    offset = _offset(trigger) if trigger is not None else None
    carried = _narrative_date(article, doc, c, trigger, published, force)
    if offset is not None:  # "X on Monday, two days after Y": Y on the Saturday; in a sentence that names no
        main, count, unit = offset  # day, X is on the day the narrative is at, else the day reported ("X said ...,
        anchor = _day_of_clause(doc, c, found, main)  # a day after Y")
        untold = anchor is None
        if anchor is None and not found and not _background(trigger, published.year if published else 0):
            anchor = carried.value if carried is not None else published.isoformat() if published else None
        moved = dates.moved(anchor, count, unit) if anchor is not None else None
        if moved is not None and not (untold and count > 0 and moved > anchor[:len(moved)]):
            return moved, "relative", due  # (but from no day told, not after it: "the election took place a year
            # before X invaded Y")
    elif (after := _after_clause(own)) is not None:
        anchor = _day_of_clause(doc, c, found, after.head)
        if anchor is not None:  # "closed on October 12 after the forces exchanged fire(, killing ...)": that day,
            return anchor, "relative", due  # or just before
    if nested is not None:
        return nested.value, nested.basis, due
    if carried is not None and due is None:
        return carried.value, carried.basis, None
    if lent is not None:
        return lent.value, lent.basis, due
    if published and trigger is not None and not _background(trigger, published.year):
        return published.isoformat(), "publication", due
    return None, None, due


def _narrative_date(article: Article, doc: Doc, c: events.Candidate, trigger: Token | None,
                    published: date | None, force: frozenset[int] = frozenset()) -> dates.TimeExpression | None:
    """The day the previous sentence names, for a simple-past sentence that names none
    ("... on Friday. He also condemned ..."): the narrative goes on that day; not for words on a
    deed of force that sentence tells (``force``: "A shelled B on Saturday. B accused A ..."),
    said after it, nor for words on the act told before ("B welcomed the meeting")."""
    if trigger is None or _governing_clause(trigger).tag_ != "VBD":
        return None
    if c.quad_class in lexicon.VERBAL_QUADS and any(
            o.dep_ == "dobj" and events.bare_definite(o) and lexicon.lexicon().event_noun(o.lemma_.lower())
            for o in trigger.children):
        return None  # "B welcomed the meeting": an answer to the act told before, said later
    previous = _sentences_before(doc, c.sentence_start, 1)
    if not previous or (c.quad_class in lexicon.VERBAL_QUADS and previous[0].start_char in force):
        return None
    start = previous[0].start_char
    text = article.body[start:previous[0].end_char]  # a blanked sentence's words too
    days = [e for e in dates.find_dates(text, published) if not e.future and len(e.value) == 10
            and not FUTURE_WORDS.search(text[:e.start])  # "They will resume on Friday": a day to come
            and not _to_come(token := _token_at(doc, start + e.start))  # "said it would meet on Friday"
            and not _since_time(text, e.start, token)  # "the first such meeting since May 16"
            and not _aside(token)]  # "X, who arrived on Saturday, ...": a day the sentence tells in passing
    return days[-1] if days else None


def _aside(token: Token | None) -> bool:
    """Whether a time expression (at ``token``) dates a relative clause: what its sentence tells in
    passing ("Pezeshkian, who arrived on Saturday, ..."), not the day the narrative is at (unlike a
    participle: "the meeting, held on Thursday")."""
    clause = _time_clause(token) if token is not None and not token.is_space else None
    return clause is not None and clause.dep_ == "relcl"


def _to_come(token: Token | None) -> bool:
    """Whether the clause a time expression (at ``token``) dates tells what was to come ("said it
    would hold a session on Tuesday", "is set to meet on Friday")."""
    if token is None or token.is_space:
        return False
    clause = _time_clause(token)
    return any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in clause.children) or _schedule_of(clause) is not None


def _same_occasion(doc: Doc, candidates: list[events.Candidate],
                   coded: list[tuple[Event, str | None]]) -> list[tuple[Event, str | None]]:
    """Undated simple-past acts of a pair that an earlier sentence, up to ``NARRATIVE_SENTENCES``
    back, dated for the same pair, take that time: the text goes on about that occasion ("Last
    year in Oct, A met B. ... The two prime ministers agreed ...": October). A time in the act's
    own sentence that a relative clause of another act takes is that act's alone ("Ruto, who
    visited Beijing in April, thanked China")."""
    starts = [s.start_char for s in doc.sents] if doc.has_annotation("SENT_START") else [0]
    out: list[tuple[Event, str | None]] = []
    of_pair: dict[frozenset, list[tuple[Event, int, Token | None]]] = {}  # the events so far of each pair,
    # with their sentence and trigger
    for (event, due), c in zip(coded, candidates):
        here, same_pair = bisect.bisect_right(starts, c.sentence_start), of_pair.setdefault(_pair(event), [])
        trigger = _token_at(doc, c.trigger_start)
        if event.date_basis == "publication" and trigger is not None and (
                _governing_clause(trigger).tag_ == "VBD"
                or (event.status == "occurred" and due is None and _told_in_past(trigger))):  # (not what is due)
            earlier = next((e for e, sentence, other in reversed(same_pair) if e.date_basis in DATED
                            and here - sentence <= NARRATIVE_SENTENCES and e.date != event.date
                            and not _reaction(event, e)
                            and not (sentence == here and _in_relative_clause(other, trigger))), None)
            if earlier is not None:
                event = replace(event, date=earlier.date, date_basis=earlier.date_basis)
        out.append((event, due))
        same_pair.append((event, here, trigger))
    return out


def _in_relative_clause(other: Token | None, trigger: Token) -> bool:
    """Whether ``other`` is in a relative clause that ``trigger`` is outside of."""
    clause = _governing_clause(other) if other is not None else None
    return clause is not None and clause.dep_ == "relcl" and not clause.left_edge.i <= trigger.i <= clause.right_edge.i


def _since_time(text: str, start: int, token: Token | None) -> bool:
    """Whether the time at character ``start`` of ``text`` (at ``token``) opens or sits in a "since"
    phrase ("since May 16", "since the Taliban takeover in 2021"), or right after one the parser
    closed before it (not "Since the ceasefire, X met Y on Monday")."""
    if SINCE.search(text, 0, start):
        return True
    if token is None:
        return False
    prep = token.head if token.head.dep_ == "prep" else None
    return any(a.dep_ == "prep" and a.lower_ == "since" for a in token.ancestors) or (prep is not None and any(
        s.dep_ == "prep" and s.lower_ == "since" and s.right_edge.i + 1 == prep.i for s in prep.head.children))


def _told_in_past(trigger: Token) -> bool:
    """Whether a trigger's clause, or the clause of saying it is reported in, is in the simple past
    ("X met Y", "X said it would support Y")."""
    clause = _governing_clause(trigger)
    while clause.tag_ != "VBD" and clause.dep_ in ("ccomp", "xcomp") and clause.head.i != clause.i:
        clause = clause.head
    return clause.tag_ == "VBD"


def _reaction(event: Event, earlier: Event) -> bool:
    """Whether ``event`` is words on a deed of force told before it ("A shelled B's posts on
    Saturday ... B accused A of ..."), or a rejection of what the other side said ("B had on Sunday
    accused A ... A said the allegations were untrue"): said after it, not on its day."""
    quads = lexicon.lexicon().quads
    answered = event.type == "REJECT" and event.target is not None and earlier.source.key == event.target.key
    return answered or (quads[earlier.type] == 4 and quads[event.type] in lexicon.VERBAL_QUADS)


def _anchored(found: tuple[dates.TimeExpression, ...], before: str | None = None,
              sentence: str = "") -> tuple[dates.TimeExpression, ...]:
    """The times of a ``sentence``, a day "earlier" or "before" counted from the day it named before
    ("said on Sunday that it had struck a day earlier": Saturday) or from the day of telling after
    it ("struck the previous evening, officials said on Thursday": Wednesday), else from the day the
    sentences before it named last (``before``: "X struck on May 7. A day earlier, ..."), not from
    publication."""
    out = list(found)
    for i, expr in enumerate(out):
        told = [e for e in found[i + 1:] if TELLING.search(sentence, expr.end, e.start)]
        day = next((e.value for e in (*reversed(out[:i]), *told) if len(e.value) == 10),
                   before if before is not None and len(before) == 10 else None)
        if day is not None and (back := dates.days_back(expr.text)) is not None:
            out[i] = replace(expr, value=dates.shifted(day, -back) or expr.value, future=False)
    return tuple(out)


def _earlier_time(article: Article, doc: Doc, start: int, published: date | None) -> str | None:
    """The time the sentences before ``start`` named last (up to ``EARLIER_SENTENCES`` back), not
    in a relative clause, which tells of another occasion ("the prime minister, who arrived on
    Tuesday"): what "the same month" or "that year" points to."""
    for sent in _sentences_before(doc, start, EARLIER_SENTENCES):
        found = dates.find_dates(article.body[sent.start_char:sent.end_char], published)
        told = [e for e in found if (t := _token_at(doc, sent.start_char + e.start)) is None
                or _governing_clause(t).dep_ != "relcl"]
        if told:
            return told[-1].value
    return None


def _sentences_before(doc: Doc, start: int, n: int) -> list[Span]:
    """Up to ``n`` sentences before the one starting at character ``start``, nearest first."""
    first = _token_at(doc, start)
    found = []
    while first is not None and first.sent.start > 0 and len(found) < n:
        found.append(doc[first.sent.start - 1].sent)
        first = doc[found[-1].start]
    return found


def _token_at(doc: Doc, offset: int) -> Token | None:
    span = doc.char_span(offset, offset + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def _trigger_between(doc: Doc, start: int, end: int, trigger: Token | None) -> bool:
    """Whether another verb stands between a forward expression and the trigger."""
    between = doc.char_span(start, end, alignment_mode="contract") if start < end else None
    return between is not None and any(t.pos_ == "VERB" and t.i != trigger.i for t in between)


def _told_as_earlier(trigger: Token) -> bool:
    """Whether an act is marked as earlier than the news it is told in ("the recent raid", "the
    previous round of talks", "recently hosted talks"): only a time in its own phrase dates it."""
    if trigger.pos_ == "NOUN" and any(c.dep_ == "amod" and c.lower_ in EARLIER_ACT for c in trigger.children):
        return True
    return any(c.dep_ == "advmod" and c.lower_ == "recently" for c in _governing_clause(trigger).children)


def _perfect(clause: Token) -> bool:
    """Whether a clause is in a perfect tense ("has been held", "had not met")."""
    return any(c.dep_ in ("aux", "auxpass") and c.lemma_ == "have" for c in clause.children)


def _governing_clause(token: Token) -> Token:
    """The verb (or sentence root) whose clause a token belongs to."""
    node = token
    while (node.pos_ not in ("VERB", "AUX") or node.dep_ in ("prep", "aux", "auxpass") or _gerund_noun(node)) \
            and node.head.i != node.i:
        node = node.head  # "following" in "closed on May 1 following riots" is a preposition; "Fighting
        # between A and B flared on Monday" is of the clause it is the subject of, "expelled X for spying on
        # Tuesday" of the clause it tells the reason of; "had on Sunday accused", the parser hanging the day on
        # "had", of "accused"
    return node


def _gerund_noun(verb: Token) -> bool:
    """Whether a verb is a bare gerund standing as its clause's subject ("Fighting"), as the
    reason of its act ("for spying"), or as a noun with its determiner ("at the Torkham crossing"),
    with no subject or object of its own; or a noun after a passive's "by" ("killed by shelling")."""
    return events.agent_noun(verb) is not None or verb.tag_ == "VBG" and (verb.dep_ in ("nsubj", "csubj") or (
        verb.dep_ == "pcomp" and verb.head.lower_ == "for") or (
        verb.dep_ == "pobj" and any(c.dep_ == "det" for c in verb.children))) and not any(
        c.dep_ in ("nsubj", "nsubjpass", "dobj") for c in verb.children)


def _time_clause(token: Token) -> Token:
    """The clause a time expression (at ``token``) dates: its own, or the saying verb before it
    when it stands ahead of the subject of what is said ("said on Wednesday they would meet",
    which the parser may hang on "meet")."""
    clause = _governing_clause(token)
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if (clause.dep_ == "ccomp" and _saying(clause.head) and clause.head.i < token.i
            and subject is not None and token.i < subject.i):
        return clause.head
    return clause


def _offset(trigger: Token) -> tuple[Token, int, str] | None:
    """The clause a trigger's own clause is timed from, and the days (months, years) to add to that
    clause's day: "X on Monday, two days after Y" times Y from X, less two days; "hours before" is
    the same day; "X on May 17, after an attack that destroyed six planes 11 days earlier" times the
    attack from the sentence's main clause; "X comes three months after Y": Y's month."""
    clause = _governing_clause(trigger)
    mark = _forward_mark(clause)
    found = _days_from(clause, clause.head, mark.lower_ == "after") if clause.dep_ in ("advcl", "conj") and mark else None
    # (a "conj": the parser's reading of "X did A on Sunday, a day after B did C")
    if found is None and mark and clause.dep_ == "advcl" and clause.head.dep_ == "npadvmod" \
            and clause.head.lemma_ in SPANS:  # "X did A on Sunday, the day before B did C", the parser hanging
        found = _counted_days(clause.head, clause.head.head, mark.lower_ == "after")  # the clause on "day"
    if found is not None:
        return found
    for own in [clause, *(c for c in trigger.children if c.dep_ == "relcl")]:
        adverb = next((a for a in own.children if a.dep_ == "advmod" and a.lower_ in ("earlier", "later")), None)
        if adverb is not None and own.sent.root.i != own.i:
            return _days_from(adverb, own.sent.root, adverb.lower_ == "earlier")
    return None


def _days_from(holder: Token, main: Token, earlier: bool) -> tuple[Token, int, str] | None:
    """``main`` and the days (months, years) to add to its day, from the span ("two days", "hours",
    "three months") that ``holder`` bears: taken off when what is timed was ``earlier`` than ``main``."""
    words = next((n for n in holder.children if n.dep_ == "npadvmod" and n.lemma_ in SPANS), None)
    return None if words is None else _counted_days(words, main, earlier)


def _counted_days(words: Token, main: Token, earlier: bool) -> tuple[Token, int, str] | None:
    """``main`` and the days (months, years) its span ``words`` counts ("two days"), taken off when
    what is timed was ``earlier``."""
    count = next((c.lower_ for c in sorted(words.children, key=lambda c: c.dep_ != "nummod")
                  if c.dep_ in ("nummod", "det")), None)  # ("the two days after": two)
    found = dates.span(count, words.lemma_, plural=words.tag_ == "NNS")
    if found is None:
        return None
    n, unit = found
    return main, -n if earlier else n, unit


def _ahead(clause: Token, trigger: Token, status: str) -> int:
    """How far ahead the trigger's ``clause`` reads a time (``dates.find_dates``): a clause in the
    future tense ("will impose tariffs from August 1"), else a planned act ("agreed to meet in June")."""
    for verb in [clause] if _purpose_of(clause) is None else [clause, clause.head]:  # "will meet to sign"
        auxes = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
        if auxes & FUTURE_AUX - {"would"}:
            return dates.WILL
        if auxes & FUTURE_AUX or _scheduled(verb) or verb.lemma_ == "reschedule" or events.present_for_future(verb) \
                or any(  # ("was rescheduled for
                _scheduled(c) for c in verb.children if c.dep_ == "xcomp"):  # June", "talks are to be held")
            return dates.FUTURE
    return dates.PLANNED if status == "planned" and trigger.pos_ == "VERB" else 0


def _schedule_of(clause: Token) -> Token | None:
    """The word a clause is scheduled by, in any tense ("set" in "was set to meet", "due", "is" in
    "is to meet")."""
    frame = clause.head if clause.dep_ == "xcomp" else None
    if frame is None:
        return None
    to_be = frame.lemma_ == "be" and frame.pos_ == "AUX" and any(c.dep_ == "aux" and c.lower_ == "to"
                                                                 for c in clause.children)
    return frame if to_be or frame.lemma_.lower() in events.SCHEDULED else None


def _scheduled(clause: Token) -> bool:
    """Whether a clause is what is now set to happen ("is set to meet on Tuesday", "are due to
    sign", "is scheduled to visit"): a time in it is to come."""
    frame = _schedule_of(clause)
    if frame is None:
        return False
    tensed = [frame, *([frame.head] if frame.dep_ == "acomp" else []),  # ("is due to": the copula's tense)
              *(c for c in frame.children if c.dep_ in ("aux", "auxpass"))]
    return any(t.tag_ in ("VBZ", "VBP") for t in tensed)


def _dates_clause(token: Token, trigger: Token, span: tuple[int, int], words: tuple[int, int], kind: str) -> bool:
    """Whether a time expression (at ``token``) dates the trigger's clause.

    True when both belong to the same clause, or the expression to a participle of the trigger
    noun ("the claims made on May 3"); when the expression sits on a saying verb that governs the
    trigger ("X said on Monday that ..."); or when the trigger's clause hangs on the expression
    ("on May 10, during which A and B met"); or when the expression is in the phrase a
    "where"/"when" clause tells of ("the March 31 summit in Lima, where A and B signed"). A
    participle adjunct or a "by" clause takes the time of the clause it qualifies ("launched
    strikes in early May, killing civilians"); a past clause coordinated with a dated one, or with
    one a dated "when" clause times, is of the same occasion ("A opened fire on Saturday and B
    responded").
    """
    clause, own = _time_clause(token), _governing_clause(trigger)
    setting = _setting_phrase(own)
    if setting is not None and setting.left_edge.i <= token.i <= setting.right_edge.i and not (
            own.left_edge.i <= token.i <= own.right_edge.i):
        return True
    if own is trigger and events.reduced_participle(own) and clause.i == _governing_clause(own.head).i \
            and own.head.left_edge.i <= token.i < own.i:
        return True  # the noun a participle act tells of: "a ceasefire on October 19, mediated by X"
    if clause.dep_ == "relcl" and clause.lemma_.lower() in BEGINNING and kind != "AGREE" and (
            clause.head.i == trigger.i or (clause.head.dep_ == "pobj" and clause.head.head.head.i == trigger.i)):
        return True  # "the strikes on Iran, which began on Friday": when they began (Iran begins nothing; a
        # truce that began is agreed before)
    if _in_message(token, own):
        return True  # "condemned the launch by X in a statement on Monday": the statement's day is the act's
    if clause.dep_ == "xcomp" and clause.head.i == own.i and token.head.dep_ == "prep" and dates.is_weekday(token.text) \
            and _occasion(token.head.head) and token.head.head.head.head.i == clause.i:
        return True  # "agreed to boost trade during talks on Monday": agreed then (not "agreed to meet at the
        # summit in October": the meeting's month)
    if _inside_other_event(token, clause, words, kind) or (
            _event_noun_between(token.doc, words[1], span[0], kind) and not _on_verb_doing_it(token, trigger, kind)):
        return False
    if clause.i == own.i or (clause.dep_ == "acl" and clause.head in (trigger, *trigger.conjuncts)):
        return True  # a noun's own participle: "the accusations and assertions made on January 13"
    if (keeping := events.promise_kept(own)) is not None and clause.i == keeping.i:
        return True  # "X on Tuesday kept its promise to free Y": freed on Tuesday
    if own.dep_ == "xcomp" and own.head.i == clause.i and clause.lemma_.lower() in lexicon.lexicon().words["stage"]:
        return True  # "In 2023, X began deporting ...": when it began
    if clause.dep_ == "xcomp" and clause.head.i == own.i and _scheduled(clause):
        return True  # "talks are scheduled to resume on November 6": when they are due
    main = own  # "..., killing three", "responded by repulsing ...": when the clause it qualifies happened
    if main.dep_ == "xcomp" and main.head.tag_ == "VBG":
        main = main.head  # "..., prompting X to retaliate": the participle's
    while main.head.i != main.i and main.tag_ == "VBG" and (
            (main.dep_ == "advcl" and not any(c.dep_ == "mark" for c in main.children))
            or (main.dep_ == "pcomp" and main.head.lower_ == "by")):
        main = main.head.head if main.dep_ == "pcomp" else main.head
    if main.i == clause.i and main.i != own.i:
        return True  # "launched strikes in early May, killing civilians": then
    if main.dep_ == "conj" and clause.tag_ == "VBD" and _past_conjunct(main) and _forward_mark(main) is None and (
            main.head.i == clause.i or _same_time(clause, main.head)):
        return True  # "A opened fire on Saturday and B responded", "... when A attacked on Saturday, and B
        # responded": the same occasion
    if clause.dep_ == "advcl" and clause.head.dep_ == "conj" and clause.head.head.i == own.i and any(
            c.lower_ in SAME_TIME for c in clause.children if c.dep_ in ("mark", "advmod")):
        return True  # "two were killed and another injured when a bomber struck on Tuesday": the clause the
        # parser hangs on the next conjunct tells when both happened
    if clause.dep_ == "conj" and clause.head.i == own.i and own.tag_ == clause.tag_ == "VBD" and token.i > clause.i \
            and _forward_mark(clause) is None and not any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children):
        return True  # "shot down two jets and captured a pilot in February 2019": one occasion, dated at its end
    if own.dep_ == "acl" and own.tag_ == "VBG" and own.head.dep_ == "dobj" and own.head.head.i == clause.i:
        return True  # what the thing a clause made says: "adopted on Friday a resolution demanding ..."
    if clause.dep_ == "acl" and clause.tag_ == "VBG" and clause.head.dep_ == "dobj" and clause.head.head.i == own.i \
            and token.i > clause.i:
        return True  # "signed 37 agreements covering trade on Wednesday", "attacked a tanker carrying oil on
        # Tuesday": the parser hanging the act's day on what describes its object
    if clause.dep_ == "acl" and clause.tag_ == "VB" and clause.head.dep_ == "dobj" and clause.head.head.i == own.i \
            and own.tag_ == "VBD" and token.i > clause.i and dates.is_weekday(token.text):
        return True  # "signed a contract to supply tanks to X on Tuesday": the parser hanging the past day on
        # what the contract is for (not "accepted an invitation to visit X in June")
    if (_saying(clause) or clause.lemma_.lower() in CONFIRMING) and any(a.i == clause.i for a in own.ancestors):
        return True  # "X said on Monday that ...", "..., the ministry confirmed on Tuesday"
    if clause.dep_ == "advcl" and clause.tag_ == "VBG" and clause.head.i == own.i and clause.i < own.i and (
            _saying(clause) or clause.lemma_.lower() in SPEAKING) and not any(c.dep_ == "mark" for c in clause.children):
        return True  # "Speaking to reporters in Ankara on Thursday, X urged Y": the day of the words
    if own.dep_ == "relcl" and own.tag_ == "VBD" and own.head.lemma_.lower() in events.ACT_WORDS and own.head.i != trigger.i:
        return _dates_clause(token, own.head, span, words, kind)  # "In 2023, X began ..., a move that Y
        # condemned": the move's time
    return own.dep_ == "relcl" and span[0] <= own.head.idx < span[1]


def _past_conjunct(verb: Token) -> bool:
    """Whether a coordinated verb is in the simple past, or a bare participle the tagger takes for
    one ("raided the office on Tuesday and arrested ten": "arrested" tagged VBN, with no auxiliary)."""
    return verb.tag_ == "VBD" or (verb.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in verb.children))


def _forward_mark(clause: Token) -> Token | None:
    """The "after" or "before" that marks a clause as before or after the one it hangs on ("...,
    a day after B attacked", which the parser may read as a coordinated clause)."""
    return next((m for m in clause.children if m.dep_ == "mark" and m.lower_ in FORWARD), None)


def _day_of_clause(doc: Doc, c: events.Candidate, found: Iterable[dates.TimeExpression], clause: Token) -> str | None:
    """The value of the first time expression of the candidate's sentence that dates ``clause``."""
    return next((e.value for e in found if (t := _token_at(doc, c.sentence_start + e.start)) is not None
                 and _time_clause(t).i == clause.i), None)


def _after_clause(clause: Token | None) -> Token | None:
    """The "after" clause that ``clause`` is, or is a participle adjunct of ("after A struck,
    killing ...")."""
    while clause is not None and clause.dep_ == "advcl" and clause.tag_ == "VBG" and _forward_mark(clause) is None:
        clause = clause.head
    mark = _forward_mark(clause) if clause is not None and clause.dep_ == "advcl" else None
    return clause if mark is not None and mark.lower_ == "after" else None


def _purpose_of(clause: Token) -> int | None:
    """The index of the verb an infinitive clause of purpose hangs on ("meet" in "meet to sign")."""
    if clause.dep_ in ("xcomp", "advcl") and any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children):
        return clause.head.i
    return None


def _lends_time(token: Token, trigger: Token, words: tuple[int, int], kind: str) -> bool:
    """Whether the clause of a time expression (at ``token``) dates an act whose own clause names
    none: the clause an infinitive hangs on ("it took mediation on May 10 for the two to agree a
    truce"), or a clause of the same time, either way ("As A shelled the border in March, B shot
    down ...", "Ties soured last year when A recognised ..."), or the occasion "during" which it
    happened."""
    clause, own = _time_clause(token), _governing_clause(trigger)
    during = next((a for a in token.ancestors if a.pos_ in ("VERB", "AUX") or a.lower_ == "during"), None)
    if during is not None and during.lower_ == "during" and during.head.i == own.i:
        return True  # "signed 24 accords during the visit of X in February": then (not a clause inside it)
    if _inside_other_event(token, clause, words, kind):
        return False  # "flew to X after the bombing on March 2 to offer condolences"
    if clause.dep_ == "advcl" and _purpose_of(clause) == own.i and trigger.i == own.i:
        return token.head.head.i == clause.i  # "fired tear gas to disperse protesters on Friday": the firing's
        # day (not "deployed troops to secure polling for the elections on February 8": the elections')
    if clause.i == _purpose_of(own):
        carried = trigger.i == own.i or (trigger.dep_ == "dobj" and trigger.head.i == own.i
                                         and own.lemma_.lower() in lexicon.lexicon().words["stage"])
        return carried and not _saying(clause)  # not "sailed in May to run the blockade"
    return _same_time(clause, own) or _same_time(own, clause) or (
        lexicon.lexicon().quads.get(kind) not in lexicon.VERBAL_QUADS and _describes_object(clause, own)
        and _news_day(token))  # (not "fishermen arrested in 2022"; not "condemned the strikes launched on
    # Sunday": words of their own day)


def _news_day(token: Token) -> bool:
    """Whether a time expression (at ``token``) names a day of the news: a weekday, "yesterday",
    "on May 2" (not "in 2022", "last month")."""
    return any(t.lower_ in events.WEEKDAYS | NEAR_DAYS or (dates.is_month(t.text) and any(
        c.text.isdigit() and int(c.text) <= 31 for c in t.children)) for t in (token, token.head, *token.children))


def _nested_day(token: Token, own: Token, words: tuple[int, int], kind: str) -> bool:
    """Whether a day of the news that the parser hangs on a verb with no subject or tense of its
    own, inside a past act's clause, is the act's day: "killed five people waiting for aid in
    Rafah on Tuesday", "rejected calls to reduce purchases on Tuesday", "arrested three men
    suspected of spying on Monday", "sent aid through the crossing on Tuesday" (not a day under
    another event's noun: "condemned the attack on villagers fleeing on Sunday")."""
    clause = _time_clause(token)
    if clause.i == own.i or own.tag_ not in FINITE_PAST or not _news_day(token) \
            or any(a.dep_ == "aux" and a.lower_ in FUTURE_AUX for a in own.children) \
            or _inside_other_event(token, clause, words, kind):
        return False
    lex = lexicon.lexicon()
    node = clause
    while node.i != own.i:
        if node.head.i == node.i:
            return False  # not under the act's clause
        if node.pos_ in ("VERB", "AUX") and (node.tag_ not in ("VB", "VBG", "VBN") or any(
                (c.dep_ in ("aux", "auxpass", "mark") and c.lower_ != "to") or (c.dep_ in ("nsubj", "nsubjpass")
                                                                             and node.tag_ != "VBG")
                for c in node.children)):
            return False  # a clause of its own ("who had attacked X on Monday", "after they met on Monday"; the
            # parser may give a participle after its object a subject: "killed five people waiting for aid")
        if node.tag_ == "VB" and kind in PROMISSORY_TYPES | {"REQUEST", "CONSULT"}:
            return False  # "asked X to attend talks on Thursday": the talks' day, to come
        if node.lemma_.lower() in ONSETS:
            return False  # "tariffs starting on November 1": when they begin, not when they were told
        if node.tag_ == "VBN" and kind in events.REACTION_TYPES:
            return False  # what was done to the thing answered: "welcomed the ceasefire reached on Wednesday"
        if not words[0] <= node.idx < words[1] and node.pos_ == "NOUN" and lex.event_noun(node.lemma_.lower(), kind) \
                and not _words_answered(node, lex) and not _purpose(node) and not _occasion(node):
            return False  # another event's noun: its day
        node = node.head
    return True


def _describes_object(clause: Token, own: Token) -> bool:
    """Whether a clause tells what the object of ``own`` was doing or had done to it as it acted,
    in a participle ("killed six militants trying to cross into X on Monday", "shot down drones
    fired from X late on Monday", "a tariff on cars imported from X on May 2"), the time they share
    (not "who had attacked X on Monday")."""
    while clause.dep_ == "xcomp" and clause.head.i != clause.i:
        clause = clause.head
    thing = clause.head
    if clause.dep_ not in ("relcl", "acl") or thing.dep_ not in ("dobj", "pobj"):
        return False
    holder = thing.head.head if thing.dep_ == "pobj" else thing.head
    if holder.dep_ == "dobj" and thing.dep_ == "pobj":
        holder = holder.head  # "slapped a tariff on vehicles imported from X on May 2"
    if holder.i != own.i:
        return False
    return not any(a.lower_ == "had" for a in clause.children) and (clause.tag_ == "VBG" or (
        clause.tag_ == "VBN" and clause.dep_ == "acl" and not any(c.dep_ == "agent" for c in clause.children)))
    # (not "dismissed the charges levelled by X on Monday": X's act, of its own day)


def _same_time(sub: Token, main: Token) -> bool:
    """Whether clause ``sub`` tells what happened when ``main`` did ("as A struck", "when A recognised")."""
    return sub.head.i == main.i and sub.dep_ == "advcl" and sub.tag_ in FINITE_PAST and any(
        c.dep_ in ("mark", "advmod") and c.lower_ in SAME_TIME and c.i < sub.i for c in sub.children)


def _setting_phrase(clause: Token) -> Token | None:
    """The head of the whole noun phrase a "where"/"when" relative clause tells of: the occasion
    it happened at ("the March 31 summit in Lima, where ..." for a clause hung on Lima)."""
    if clause.dep_ != "relcl" or not any(c.lower_ in ("where", "when") for c in clause.children):
        return None
    node = clause.head
    while node.head.i != node.i and node.head.pos_ in ("NOUN", "PROPN", "ADP", "NUM"):
        node = node.head
    return node


def _in_message(token: Token, clause: Token) -> bool:
    """Whether a time expression dates the statement, letter or speech a clause's verb speaks "in",
    or that it is told "according to" ("condemned X in a statement on Monday", "..., according to a
    statement issued on Wednesday")."""
    prep = token.head if token.dep_ == "pobj" else token.head.head if token.dep_ in ("amod", "det", "compound") else None
    noun = prep.head if prep is not None and prep.dep_ == "prep" else None
    if noun is not None and noun.dep_ == "acl" and noun.tag_ == "VBN":
        noun = noun.head  # "a statement issued on Wednesday"
    if noun is None or noun.lemma_.lower() not in SPEECHES or noun.dep_ != "pobj":
        return False
    told = noun.head.head if noun.head.lower_ == "to" and noun.head.head.lower_ == "according" else noun.head
    if told.lower_ not in ("in", "through", "via", "according"):
        return False
    holder = told.head  # (the parser may hang "in a statement" on the object: "called for a ceasefire in X in a
    while holder.i != clause.i and holder.pos_ not in ("VERB", "AUX") and holder.head.i != holder.i:  # statement")
        holder = holder.head
    return holder.i == clause.i


def _inside_other_event(token: Token, clause: Token, words: tuple[int, int], kind: str) -> bool:
    """Whether the expression modifies a noun of another kind of event (outside the trigger's
    ``words``) on its way up to the clause ("condemned the attack on Doha on Tuesday": Tuesday
    dates the attack; in "agreed a truce on Tuesday" the truce is the agreement)."""
    lex = lexicon.lexicon()
    node = token.head
    while node.i != clause.i and node.head.i != node.i:
        if not words[0] <= node.idx < words[1] and node.pos_ == "NOUN" and lex.event_noun(node.lemma_.lower(), kind) \
                and not _purpose(node) and not _accord_acted_on(node, lex) and not _occasion(node):
            return True
        if node.dep_ == "prep" and node.lower_ in PRIOR and not node.idx <= words[0] < node.right_edge.idx + 1:
            return True  # "following the lifting of the curfew last week": the lifting's time
        if node.dep_ == "pcomp" and node.tag_ == "VBG" and node.head.lower_ in REASON_PREPS \
                and kind in events.REACTION_TYPES and not node.idx <= words[0] < node.right_edge.idx + 1:
            return True  # "thanked X for rolling over its deposit in December": the rollover's time (not "expelled X
            # for spying on Tuesday")
        node = node.head
    return False


def _purpose(noun: Token) -> bool:
    """Whether an event noun, bare, only tells what a verb's act is for or why ("recalled its
    ambassador for consultations on Tuesday", "expelled a diplomat for spying on Tuesday")."""
    return noun.dep_ == "pobj" and noun.head.lower_ == "for" and noun.head.head.pos_ == "VERB" and not any(
        c.dep_ in ("poss", "det", "amod", "compound") for c in noun.children)


def _accord_acted_on(noun: Token, lex: lexicon.Lexicon) -> bool:
    """Whether an event noun is an accord a verb acts on, which stands and takes no new day
    ("violated the ceasefire on Friday": Friday's violation)."""
    phrase = noun.head if noun.dep_ == "compound" else noun  # ("violated the ceasefire agreement")
    return phrase.dep_ == "dobj" and lex.event_types(noun.lemma_.lower()) == {"AGREE"}


def _on_verb_doing_it(token: Token, trigger: Token, kind: str) -> bool:
    """Whether a time expression hangs on the trigger verb itself, which does its object rather
    than reacts to it ("mediated a ceasefire on October 19", "pledged aid to X last month"; not
    "condemned the attack on Monday")."""
    word = token.head if token.dep_ in ("amod", "det", "nummod", "compound") else token  # ("last month": month)
    return (trigger.pos_ == "VERB" and kind not in events.REACTION_TYPES and (
        (word.head.dep_ == "prep" and word.head.head.i == trigger.i)
        or (word.dep_ in ("npadvmod", "tmod") and word.head.i == trigger.i and not any(
            t.head.lower_ in REASON_PREPS for t in trigger.doc[trigger.i + 1:word.i] if t.dep_ == "pobj"))))
    # (not "demanded an apology for the raid last week": the raid's)


def _event_noun_between(doc: Doc, start: int, end: int, kind: str) -> bool:
    """Whether a noun of another kind of event, and no verb, stands between the trigger and a later
    time expression ("condemnation of the attack on Doha on September 9": the date is the attack's)."""
    lex = lexicon.lexicon()
    between = doc.char_span(start, end, alignment_mode="contract") if start < end else None
    if between is None:
        return False
    return (not any(t.pos_ in ("VERB", "AUX") for t in between)
            and any(t.pos_ == "NOUN" and lex.event_noun(t.lemma_.lower(), kind) and not _purpose(t)
                    and not _accord_acted_on(t, lex) and not _accord_of(t, lex) and not _occasion(t)
                    and not _words_answered(t, lex) for t in between))


def _words_answered(noun: Token, lex: lexicon.Lexicon) -> bool:
    """Whether an event noun is words a verb answers ("rejected the allegations on Tuesday",
    "welcomed the statement on Monday"): words have no day of their own after them; the day is
    the answer's."""
    kinds = lex.event_types(noun.lemma_.lower())
    return noun.dep_ == "dobj" and bool(kinds) and all(lex.quads.get(k) in lexicon.VERBAL_QUADS for k in kinds)


def _occasion(noun: Token) -> bool:
    """Whether an event noun is the meeting an act is done at ("signed the deal at a summit on
    Tuesday", "agreed during talks on Monday"): its day is the act's."""
    return noun.dep_ == "pobj" and noun.head.lower_ in ("at", "during") and noun.head.head.pos_ in ("VERB", "AUX") \
        and "CONSULT" in lexicon.lexicon().event_types(noun.lemma_.lower())  # (not "during military drills")


def _accord_of(noun: Token, lex: lexicon.Lexicon) -> bool:
    """Whether an event noun only tells what an accord is about ("a loan agreement", "the trade
    deal"), no act of its own."""
    head = noun.head.lemma_.lower()
    return noun.dep_ in ("compound", "nmod") and (head in lex.sets["&treaty"] or lex.event_types(head) == {"AGREE"})


def _background(trigger: Token, year: int) -> bool:
    """Past perfect or habitual wording, or an act placed against an occasion of a year before
    ``year``, the publication's ("severed ties after the 1979 revolution"): the sentence tells
    background, not the day's news. An infinitive takes the tense of the verb it completes ("had
    threatened to impose ...")."""
    clause = _governing_clause(trigger)
    while clause.dep_ == "xcomp" and clause.head.i != clause.i:
        clause = clause.head
    words = {t.lower_ for t in clause.children} | {t.lower_ for t in trigger.children}
    if "had" in words and clause.tag_ == "VBN":
        return not _reported(clause)
    if clause.dep_ == "relcl" and clause.i > 1 and clause.doc[clause.left_edge.i - 1].text == "," and any(
            c.dep_ in ("nsubj", "nsubjpass") and c.lower_ == "which" for c in clause.children):
        return True  # "X, which killed Y in Tehran, denied ...": what X did before, told to say who X is
    return bool(words & HABITUAL) or any(
        (_year_before(t, year) and prep.lower_ in PRIOR | {"since"}) or _decade(t)
        for prep in [*clause.children, *trigger.children] if prep.dep_ == "prep"
        for occasion in prep.children if occasion.dep_ == "pobj" for t in (occasion, *occasion.children))


def _decade(token: Token) -> bool:
    """Whether a token names a decade ("in the 1980s", "during the 1990s"): a time no day of news is in."""
    return bool(DECADE.fullmatch(token.text))


def _year_before(token: Token, year: int) -> bool:
    """Whether a token, the object of a preposition or a modifier of it ("since 2021", "after the
    1979 revolution"), is a year before ``year`` (not a count: "after clashes that killed 2000")."""
    text = token.text
    return (len(text) == 4 and text.isascii() and text.isdecimal() and 1800 <= int(text) < year
            and (token.dep_ in ("pobj", "nummod", "compound") or token.ent_type_ == "DATE"))


def _reported(clause: Token) -> bool:
    """Whether a clause is what a past saying reports, its tense shifted back ("added that he had
    renewed his request": "I renewed"): the day's news, not background."""
    return clause.dep_ == "ccomp" and clause.head.tag_ == "VBD" and _saying(clause.head)


def _saying(verb: Token) -> bool:
    """``events.is_saying`` with the project's lexicon."""
    return events.is_saying(verb, lexicon.lexicon())


def _place(article: Article, sentence: str, lead: bool, ground: tuple[str, ...]) -> Place | None:
    found = _located_in(sentence, ground)
    if found is None and lead and article.dateline:
        return places.lookup(article.dateline.title(), ground)
    return found


@lru_cache(maxsize=1024)  # asked again for each event of a sentence
def _located_in(sentence: str, ground: tuple[str, ...]) -> Place | None:
    """The first gazetteer place of a sentence that follows "in", "at", "near" …"""
    for start, _end, place in places.find_places(sentence, ground):
        before = sentence[:start].split()
        if before and before[-1].lower() in LOCATIVE:
            return place
    return None
