"""Backend-neutral parts of the SQL stores: column lists, row <-> record mappers, event filters
and the packaged migrations."""
from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable
from functools import lru_cache
from importlib import resources

from ..records import Actor, Article, Commitment, Event, Mention, Place
from .base import ActorMatch, EventFilter

ARTICLE_COLUMNS = ("article_id", "source_sha256", "doc", "idx", "title", "published", "dateline",
                   "publisher", "url", "lead", "captions", "body", "language", "duplicate_of",
                   "author", "encoding", "partial", "dateline_date")
EVENT_COLUMNS = ("event_id", "type", "mode", "contexts", "cameo", "quad_class", "goldstein", "source",
                 "target", "source_key", "target_key", "is_symmetric", "date", "date_basis", "location",
                 "status", "confidence", "extra")
REPORT_COLUMNS = ("article_event_id", *EVENT_COLUMNS[1:])
MENTION_COLUMNS = ("article_event_id", "article_id", "doc", "publisher", "published", "sentence", "start",
                   '"end"', "trigger")


@lru_cache(maxsize=None)
def migrations(folder: str) -> tuple[tuple[int, str, str], ...]:
    """``(version, name, sql)`` of the migrations packaged in ``tidings/store/<folder>``, in order
    (read once per process: every store open checks the schema against them)."""
    found = []
    for entry in resources.files("tidings.store").joinpath(folder).iterdir():
        m = re.match(r"^(\d+)_(.+)\.sql$", entry.name)
        if m:
            found.append((int(m.group(1)), entry.name, entry.read_text("utf-8")))
    return tuple(sorted(found))


def search_terms(text: str) -> list[str]:
    """The words and "quoted phrases" of a search, each to be found."""
    return [" ".join((quoted or word).split()) for quoted, word in re.findall(r'"([^"]*)"|(\S+)', text)
            if (quoted or word).strip(' "')]


def word_test(column: str, term: str) -> tuple[str, str]:
    """SQL testing a text column for ``term`` as whole words in any case (DuckDB's regular
    expressions), and its parameter."""
    return f"regexp_matches({column}, ?)", "(?i)" + word_pattern(term, r"\b")


def word_pattern(term: str, boundary: str) -> str:
    """A regular expression of ``term``: its words separated by any blanks, and a word boundary
    (as the dialect writes it) where it starts or ends with a letter or digit."""
    body = r"\s+".join(re.escape(w) for w in term.split())
    return (boundary if re.match(r"\w", term) else "") + body + (boundary if re.search(r"\w$", term) else "")


def event_filter(select: EventFilter, word_test: Callable[[str, str], tuple[str, str]]) -> tuple[str, list]:
    """SQL condition and parameters selecting the events of ``select`` (see ``EventFilter``);
    ``word_test`` is the backend's whole-word test of a text column (see ``word_test``)."""
    clauses, params = ["confidence >= ?"], [select.min_confidence]

    def side(column: str, actor: ActorMatch) -> str:
        found = []
        for field, values in ((f"{column}_key", actor.keys), (f"{column}->>'name'", actor.names)):
            if values:
                found.append(f"{field} IN ({', '.join('?' * len(values))})")
                params.extend(values)
        return f"({' OR '.join(found)})" if found else "FALSE"

    if select.pair and len(select.actors) >= 2:
        a, b = select.actors[:2]
        clauses.append(f"(({side('source', a)} AND {side('target', b)}) OR ({side('source', b)} AND {side('target', a)}))")
    for actor in (() if select.pair else select.actors):
        clauses.append(f"({side('source', actor)} OR {side('target', actor)})")
    for column, value in (("type", select.type), ("status", select.status), ("quad_class", select.quad_class),
                          ("location->>'country'", select.country), ("location->>'name'", select.place)):
        if value is not None:
            clauses.append(f"{column} = ?")
            params.append(value)
    if select.since:
        clauses.append("date >= substr(?, 1, length(date))")
        params.append(select.since)
    if select.until:
        clauses.append("substr(date, 1, length(?)) <= ?")
        params.extend([select.until, select.until])
    if select.committed:
        clauses.append("coalesce(extra->>'commitments', '[]') <> '[]'")
    for term in search_terms(select.text or ""):
        tests = []
        for column in ("source->>'name'", "target->>'name'", "a.body", "a.title"):
            test, pattern = word_test(column, term)
            tests.append(test)
            params.append(pattern)
        clauses.append(f"({tests[0]} OR {tests[1]} OR event_id IN (SELECT ae.event_id FROM article_events ae "
                       f"JOIN articles a ON a.article_id = ae.article_id WHERE {tests[2]} OR {tests[3]}))")
    return " AND ".join(clauses), params


def block_key(block: str) -> int:
    """An integer key of a merge block (the first 60 bits of its MD5, as migration 009 computes it)."""
    return int(hashlib.md5(block.encode("utf-8")).hexdigest()[:15], 16)


def like(text: str) -> str:
    """``text`` with the LIKE wildcards escaped by a backslash."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def mention(row: tuple) -> Mention:
    return Mention(article_id=row[1], doc=row[2], publisher=row[3], published=row[4], sentence=row[5],
                   start=row[6], end=row[7], trigger=row[8])


def mentions_json(mentions) -> str:
    """An event's mentions as stored with it (JSON, the contract's mention objects)."""
    return json.dumps([m.as_dict() for m in mentions], ensure_ascii=False)


def event_row(e: Event) -> list:
    return [e.event_id, e.type, e.mode, list(e.contexts), e.cameo, e.quad_class, e.goldstein,
            json.dumps(e.source.as_dict()), json.dumps(e.target.as_dict()) if e.target else None,
            e.source.key, e.target.key if e.target else None, e.symmetric, e.date, e.date_basis,
            json.dumps(e.location.as_dict()) if e.location else None, e.status, e.confidence,
            json.dumps({"merge_notes": list(e.merge_notes),
                        "commitments": [c.as_dict() for c in e.commitments]})]


def events(found: list[tuple]) -> list[Event]:
    """Events from rows of ``EVENT_COLUMNS`` followed by the mentions JSON (later columns are
    ignored). The mentions of all the rows are decoded in one ``json.loads``: called once a row,
    its overhead cost more than the parsing."""
    width = len(EVENT_COLUMNS)
    decoded = json.loads(f"[{','.join(row[width] or '[]' for row in found)}]")
    return [event(row, [Mention(**m) for m in mentions]) for row, mentions in zip(found, decoded)]


def event(row: tuple, mentions: list[Mention]) -> Event:
    """An event from a row of ``EVENT_COLUMNS`` (further columns are ignored) and its mentions."""
    (event_id, kind, mode, contexts, cameo, quad_class, goldstein, source, target, _, _, symmetric, day,
     basis, location, status, confidence, extra) = row[:len(EVENT_COLUMNS)]
    notes, commitments = _extra(extra)
    return Event(
        event_id=event_id, type=kind, mode=mode, contexts=tuple(contexts), cameo=cameo, quad_class=quad_class,
        goldstein=goldstein, source=_actor(source), target=_actor(target) if target else None,
        symmetric=symmetric, date=day, date_basis=basis, location=_place(location) if location else None,
        status=status, confidence=confidence, merge_notes=notes, commitments=commitments,
        mentions=tuple(sorted(mentions, key=_mention_order)) if len(mentions) > 1 else tuple(mentions))


def _mention_order(m: Mention) -> tuple:
    return m.doc, m.article_id, m.start, m.end, m.trigger


# Actors, places and notes repeat from event to event, and records are frozen: each distinct JSON
# text is decoded once and its record shared.
@lru_cache(maxsize=8192)
def _actor(data: str) -> Actor:
    return Actor(**json.loads(data))


@lru_cache(maxsize=1024)
def _place(data: str) -> Place:
    return Place(**json.loads(data))


@lru_cache(maxsize=1024)
def _extra(data: str | None) -> tuple[tuple[str, ...], tuple[Commitment, ...]]:
    """Merge notes and commitments from an event's ``extra`` column."""
    extra = json.loads(data) if data else {}
    return (tuple(extra.get("merge_notes", ())),
            tuple(Commitment.from_dict(c) for c in extra.get("commitments", ())))


def article_row(a: Article) -> list:
    return [a.article_id, a.source_sha256, a.doc, a.index, a.title, a.published, a.dateline,
            a.publisher, a.url, list(a.lead), list(a.captions), a.body, a.language, a.duplicate_of,
            a.author, a.encoding, a.partial, a.dateline_date]


def article(row: tuple) -> Article:
    values = dict(zip(ARTICLE_COLUMNS, row))
    return Article(
        article_id=values["article_id"], doc=values["doc"], index=values["idx"], body=values["body"],
        title=values["title"], published=values["published"].isoformat() if values["published"] else None,
        dateline=values["dateline"], publisher=values["publisher"], url=values["url"],
        lead=tuple(values["lead"]), captions=tuple(values["captions"]), language=values["language"],
        source_sha256=values["source_sha256"], duplicate_of=values["duplicate_of"],
        author=values["author"], encoding=values["encoding"], partial=values["partial"],
        dateline_date=values["dateline_date"].isoformat() if values["dateline_date"] else None,
    )
