"""The JSON API under ``/api/``: the same analyses as the pages, typed for the OpenAPI document."""
from __future__ import annotations

import io
from dataclasses import replace
from typing import Annotated, Literal

from fastapi import APIRouter, Depends, HTTPException, Query
from fastapi.exceptions import RequestValidationError
from fastapi.responses import Response
from pydantic import AfterValidator, BaseModel

from .. import export, query
from ..settings import DEFAULT_MIN_CONFIDENCE
from ..store import SORTS, ActorMatch, EventFilter, Store
from .deps import store

MinConfidence = Annotated[float, Query(ge=0, le=1, description="Leave out events coded with less confidence.")]
AsDate = AfterValidator(lambda v: v and query.period(v))
AsCountry = AfterValidator(lambda v: v and query.country_code(v))
Since = Annotated[str | None, Query(description="Only events on or after this date (YYYY[-MM[-DD]])."), AsDate]
Until = Annotated[str | None, Query(description="Only events on or before this date (YYYY[-MM[-DD]])."), AsDate]
Country = Annotated[str | None, Query(description="Only actors of this country (ISO 3166 alpha-3)."), AsCountry]
Period = Literal["year", "month", "day"]
PloverType = Literal[query.TYPES]
Status = Literal[query.STATUSES]
Sort = Literal[SORTS]
ACTOR = ("An actor: a country or organisation code, a country's name, a person's full name or surname, or any "
         "name variant the store knows.")


class Filters:
    """The conditions that select events, as query parameters: every list, page and chart takes them."""

    def __init__(self, actor: Annotated[str | None, Query(max_length=200, description=ACTOR)] = None,
                 other: Annotated[str | None, Query(alias="with", max_length=200,
                                                    description="A second actor: events between the two.")] = None,
                 type: Annotated[PloverType | None, Query(description="PLOVER event type.")] = None,
                 status: Annotated[Status | None, Query(description="Status of the event.")] = None,
                 quad_class: Annotated[int | None, Query(ge=1, le=4, description="QuadClass, 1 to 4.")] = None,
                 since: Since = None, until: Until = None,
                 q: Annotated[str | None, Query(max_length=200, description=(
                     'Words (or "quoted phrases") that the text or title of an article reporting the event, or '
                     "an actor's name, must each hold."))] = None,
                 country: Annotated[str | None, Query(description="Country where the event happened (ISO3)."),
                                    AsCountry] = None,
                 place: Annotated[str | None, Query(max_length=200, description="Place where it happened.")] = None,
                 min_confidence: MinConfidence = DEFAULT_MIN_CONFIDENCE) -> None:
        try:
            query.ordered_period(since, until)
        except ValueError as error:
            raise RequestValidationError([{"type": "value_error", "loc": ("query", "until"), "msg": str(error),
                                           "input": until}]) from None
        self.actor, self.other, self.q = actor, other, q
        self.conditions = {"type": type, "status": status, "quad_class": quad_class, "since": since,
                           "until": until, "text": q, "country": country, "place": place,
                           "min_confidence": min_confidence}

    def select(self, db: Store, *keys: str) -> EventFilter:
        """The filter of these parameters; actor ``keys`` (from a page's path) take the place of
        the ``actor`` and ``with`` parameters."""
        found = query.select(db, None if keys else self.actor, None if keys else self.other, **self.conditions)
        if keys:
            found = replace(found, actors=tuple(ActorMatch.code(k.upper()) for k in keys), pair=len(keys) == 2)
        return found

    def params(self) -> dict:
        """The parameters given, for links that keep them."""
        given = {"actor": self.actor, "with": self.other, **self.conditions, "q": self.q}
        given.pop("text")
        if given["min_confidence"] == DEFAULT_MIN_CONFIDENCE:
            given.pop("min_confidence")
        return {k: v for k, v in given.items() if v not in (None, "")}


class Counts(BaseModel):
    sources: int
    articles: int
    rejections: int
    events: int
    mentions: int


class Dyad(BaseModel):
    a: str
    b: str
    events: int
    quad1: int
    quad2: int
    quad3: int
    quad4: int
    mean_goldstein: float | None


class IndexPoint(BaseModel):
    period: str
    events: int
    weight: int
    index: float | None
    cooperative: int
    conflictual: int


class VolumePoint(BaseModel):
    period: str
    events: int
    quad1: int
    quad2: int
    quad3: int
    quad4: int


class EventRow(BaseModel):
    event_id: str
    date: str | None
    type: str
    status: str
    quad_class: int
    source: str
    target: str
    source_key: str | None
    target_key: str | None
    symmetric: bool
    goldstein: float
    confidence: float
    place: str | None
    country: str | None
    summary: str
    outlets: list[str]
    num_sources: int
    num_mentions: int
    articles: list[str]


class EventPage(BaseModel):
    total: int
    offset: int
    limit: int | None
    events: list[EventRow]


class CommitmentRow(BaseModel):
    commitment_id: str
    event_id: str
    stated: str | None
    source: str
    target: str
    source_key: str | None
    target_key: str | None
    symmetric: bool
    promised: str | None
    what: str
    due: str | None
    due_text: str | None
    precision: Literal["year", "month", "day"] | None
    commitment_status: Literal[query.PROMISE_STATUSES]
    kept_by: str | None
    broken_by: str | None
    sentence: str
    article_id: str
    doc: str


class ActorRow(BaseModel):
    name: str | None
    country: str | None
    org: str | None
    sectors: str | None
    roles: str | None
    events: int
    first: str | None
    last: str | None


class Counterpart(Dyad):
    key: str


class Network(BaseModel):
    actor: str
    counterparts: list[Counterpart]
    links: list[Dyad]


class SearchResult(BaseModel):
    query: str
    events: list[EventRow]
    actors: list[ActorRow]


class ActorModel(BaseModel):
    name: str
    country: str | None
    org: str | None
    sector: str | None
    role: str | None
    actor_id: str | None


class PlaceModel(BaseModel):
    name: str
    country: str | None
    lat: float | None
    lon: float | None


class MentionModel(BaseModel):
    doc: str
    article_id: str
    sentence: str
    start: int
    end: int
    trigger: str
    publisher: str | None
    published: str | None


class CommitmentModel(BaseModel):
    type: str | None
    text: str
    source: ActorModel
    target: ActorModel | None
    said: MentionModel
    symmetric: bool
    due: str | None
    due_text: str | None
    stated: str | None
    obj: str | None


class EventDetail(BaseModel):
    """One event as in the export contract, with what it promises and why its reports were merged."""

    event_id: str
    type: str
    mode: str | None
    contexts: list[str]
    cameo: str | None
    quad_class: int
    goldstein: float
    source: ActorModel
    target: ActorModel | None
    symmetric: bool
    date: str | None
    date_basis: str | None
    location: PlaceModel | None
    status: str
    mentions: list[MentionModel]
    num_mentions: int
    num_articles: int
    num_sources: int
    confidence: float
    commitments: list[CommitmentModel]
    merge_notes: list[str]


class CodedPassage(BaseModel):
    event_id: str
    type: str
    trigger: str
    confidence: float


class Passage(BaseModel):
    text: str
    start: int | None = None
    events: list[CodedPassage]


class ArticleDetail(BaseModel):
    """An article as in the export contract, its body cut into passages: the sentences that
    report events (with them) and the text between."""

    article_id: str
    doc: str
    index: int
    title: str | None
    published: str | None
    dateline: str | None
    publisher: str | None
    url: str | None
    author: str | None
    lead: list[str]
    captions: list[str]
    body: str
    language: str
    duplicate_of: str | None
    passages: list[Passage]


class PlaceCount(BaseModel):
    name: str
    country: str | None
    lat: float | None
    lon: float | None
    events: int
    whole_country: bool


class CountryCount(BaseModel):
    country: str
    name: str
    events: int


class EventMap(BaseModel):
    places: list[PlaceCount]
    countries: list[CountryCount]


router = APIRouter(prefix="/api", tags=["api"])
StoreDep = Annotated[Store, Depends(store)]
FiltersDep = Annotated[Filters, Depends()]
Limit = Annotated[int, Query(ge=1, le=1000, description="At most this many events.")]
Offset = Annotated[int, Query(ge=0, le=query.MAX_ROWS, description="Skip this many events first.")]


@router.get("/summary", response_model=Counts, summary="Row counts of the store")
def api_summary(db: StoreDep):
    return db.counts()


@router.get("/events", response_model=EventPage, summary="The events the filters select, a page at a time")
def api_events(db: StoreDep, filters: FiltersDep, sort: Sort = "date", limit: Limit = 100, offset: Offset = 0):
    page = query.events(db, filters.select(db), sort=sort, limit=limit, offset=offset)
    return {**page, "events": [query.event_row(e) for e in page["events"]]}


@router.get("/events.{fmt}", summary="Download every event the filters select (CSV, or JSON Lines as exported)",
            response_class=Response, responses={200: {"content": {"text/csv": {}, "application/x-ndjson": {}}}})
def api_events_download(db: StoreDep, filters: FiltersDep, fmt: Literal["csv", "jsonl"], sort: Sort = "date"):
    return _download("events", fmt, db.events(filters.select(db), sort=sort), db)


def _download(what: str, fmt: str, items, db: Store) -> Response:
    out = io.StringIO()
    export.write(what, fmt, items, out, db)
    media = "text/csv" if fmt == "csv" else "application/x-ndjson"
    return Response(out.getvalue(), media_type=f"{media}; charset=utf-8",
                    headers={"Content-Disposition": f'attachment; filename="tidings-{what}.{fmt}"'})


@router.get("/dyads", response_model=list[Dyad], summary="The most active pairs of actors")
def api_dyads(db: StoreDep, filters: FiltersDep, limit: Annotated[int, Query(ge=1, le=1000)] = 20):
    return db.dyads(filters.select(db), limit=limit)


@router.get("/dyad/{a}/{b}/index", response_model=list[IndexPoint], summary="Relation index of a pair over time")
def api_index(db: StoreDep, filters: FiltersDep, a: str, b: str, by: Period = "month"):
    return db.relation_index(filters.select(db, a, b), by=by)


@router.get("/volume", response_model=list[VolumePoint], summary="Events per period by QuadClass")
def api_volume(db: StoreDep, filters: FiltersDep, a: str | None = None, b: str | None = None, by: Period = "month"):
    where = query.select(db, a, b, **filters.conditions) if a or b else filters.select(db)
    return query.volume(db, where, by=by)


@router.get("/timeline", response_model=list[EventRow], summary="Events of an actor, or between two, in date order")
def api_timeline(db: StoreDep, filters: FiltersDep, a: str, b: str | None = None):
    return query.timeline(db, query.select(db, a, b, **filters.conditions))


@router.get("/events/{event_id}", response_model=EventDetail, summary="One event with every mention (any unique "
            "prefix of its id)", responses={404: {"description": "No such event"}})
def api_event(db: StoreDep, event_id: str):
    event = lookup(db, "event", event_id)
    return {**event.as_dict(), "merge_notes": list(event.merge_notes)}


def lookup(db: Store, kind: str, prefix: str):
    """The event or article whose id is, or only it starts with, ``prefix``; 404 otherwise."""
    try:
        full = query.resolve_id(db, kind, prefix)
    except query.AmbiguousId as error:
        raise HTTPException(404, str(error)) from None
    found = (db.event if kind == "event" else db.article)(full) if full else None
    if found is None:
        raise HTTPException(404, f"no {kind} {prefix!r}")
    return found


@router.get("/articles/{article_id}", response_model=ArticleDetail, summary="One article, its coded sentences "
            "linked to their events", responses={404: {"description": "No such article"}})
def api_article(db: StoreDep, article_id: str):
    found = query.article(db, lookup(db, "article", article_id).article_id)
    return {**found["article"].as_dict(), "passages": found["passages"]}


@router.get("/actors", response_model=list[ActorRow], summary="Resolved actors with event counts")
def api_actors(db: StoreDep, filters: FiltersDep, country: Country = None):
    return db.actor_table(filters.select(db), country=country)


@router.get("/actor/{code}/network", response_model=Network, summary="An actor's counterparts")
def api_network(db: StoreDep, filters: FiltersDep, code: str):
    return query.network(db, code, filters.select(db))


@router.get("/commitments", response_model=list[CommitmentRow], summary="Promises and plans, one per promise, "
            "and whether kept or broken")
def api_commitments(db: StoreDep, filters: FiltersDep, a: str | None = None, b: str | None = None):
    return query.commitments(db, query.select(db, a, b, **filters.conditions))


@router.get("/commitments.{fmt}", summary="Download the commitments (CSV or JSON Lines)", response_class=Response,
            responses={200: {"content": {"text/csv": {}, "application/x-ndjson": {}}}})
def api_commitments_download(db: StoreDep, filters: FiltersDep, fmt: Literal["csv", "jsonl"], a: str | None = None,
                             b: str | None = None):
    return _download("commitments", fmt, query.commitments(db, query.select(db, a, b, **filters.conditions)), db)


@router.get("/places", response_model=EventMap, summary="Events counted by place and by country")
def api_places(db: StoreDep, filters: FiltersDep):
    return query.places(db, filters.select(db))


@router.get("/search", response_model=SearchResult, summary="Search article text, titles and actor names")
def api_search(db: StoreDep, q: Annotated[str, Query(max_length=200)] = "",
               min_confidence: MinConfidence = DEFAULT_MIN_CONFIDENCE):
    return query.search(db, q, EventFilter(min_confidence=min_confidence))
