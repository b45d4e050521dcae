"""The JSON API under ``/api/``: the same analyses as the pages, typed for the OpenAPI document."""
from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Depends, HTTPException, Query
from pydantic import AfterValidator, BaseModel

from .. import query
from ..settings import DEFAULT_MIN_CONFIDENCE
from ..store import Store
from .deps import store

MinConfidence = Annotated[float, Query(ge=0, le=1, description="Leave out events coded with less confidence.")]
Since = Annotated[str | None, Query(description="Only events on or after this date (YYYY[-MM[-DD]])."),
                  AfterValidator(lambda v: v and query.period(v))]
Until = Annotated[str | None, Query(description="Only events on or before this date (YYYY[-MM[-DD]])."),
                  AfterValidator(lambda v: v and query.period(v))]
Country = Annotated[str | None, Query(description="Only actors of this country (ISO 3166 alpha-3)."),
                    AfterValidator(lambda v: v and query.country_code(v))]
Period = Literal["year", "month", "day"]


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
    source: str
    target: str
    source_key: str | None
    target_key: str | None
    symmetric: bool
    goldstein: float
    summary: str
    outlets: list[str]
    num_sources: int


class CommitmentRow(EventRow):
    promised: str
    due: str | None
    what: str | None
    commitment_status: Literal["open", "due", "overdue", "kept"]
    kept_by: str | None


class ActorRow(BaseModel):
    name: str | None
    country: str | None
    org: str | None
    sectors: str | None
    roles: str | None
    events: int


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
    type: str
    due: str | None
    text: str | None


class EventDetail(BaseModel):
    """One event as in the export contract, with why its reports were merged."""

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
    commitment: CommitmentModel | None
    merge_notes: list[str]


router = APIRouter(prefix="/api", tags=["api"])
StoreDep = Annotated[Store, Depends(store)]


@router.get("/summary", response_model=Counts, summary="Row counts of the store")
def api_summary(db: StoreDep):
    return db.counts()


@router.get("/dyads", response_model=list[Dyad], summary="The most active pairs of actors")
def api_dyads(db: StoreDep, since: Since = None, until: Until = None,
              min_confidence: MinConfidence = DEFAULT_MIN_CONFIDENCE, limit: Annotated[int, Query(ge=1, le=1000)] = 20):
    return db.dyads(since=since, until=until, min_confidence=min_confidence, limit=limit)


@router.get("/dyad/{a}/{b}/index", response_model=list[IndexPoint], summary="Relation index of a pair over time")
def api_index(db: StoreDep, a: str, b: str, by: Period = "month", since: Since = None, until: Until = None,
              min_confidence: MinConfidence = DEFAULT_MIN_CONFIDENCE):
    return db.relation_index(a, b, by=by, since=since, until=until, min_confidence=min_confidence)


@router.get("/volume", response_model=list[VolumePoint], summary="Events per period by QuadClass")
def api_volume(db: StoreDep, a: str | None = None, b: str | None = None, by: Period = "month",
               since: Since = None, until: Until = None, min_confidence: MinConfidence = DEFAULT_MIN_CONFIDENCE):
    return query.volume(db, a, b, by=by, since=since, until=until, min_confidence=min_confidence)


@router.get("/timeline", response_model=list[EventRow], summary="Events of an actor, or between two, in date order")
def api_timeline(db: StoreDep, a: str, b: str | None = None, since: Since = None, until: Until = None,
                 min_confidence: MinConfidence = DEFAULT_MIN_CONFIDENCE):
    return query.timeline(db, a, b, since=since, until=until, min_confidence=min_confidence)


@router.get("/events/{event_id}", response_model=EventDetail, summary="One event with every mention",
            responses={404: {"description": "No such event"}})
def api_event(db: StoreDep, event_id: str):
    event = db.event(event_id)
    if event is None:
        raise HTTPException(404, f"no event {event_id!r}")
    return {**event.as_dict(), "merge_notes": list(event.merge_notes)}


@router.get("/actors", response_model=list[ActorRow], summary="Resolved actors with event counts")
def api_actors(db: StoreDep, country: Country = None, min_confidence: MinConfidence = DEFAULT_MIN_CONFIDENCE):
    return db.actor_table(country=country, min_confidence=min_confidence)


@router.get("/actor/{code}/network", response_model=Network, summary="An actor's counterparts")
def api_network(db: StoreDep, code: str, since: Since = None, until: Until = None,
                min_confidence: MinConfidence = DEFAULT_MIN_CONFIDENCE):
    return query.network(db, code, since=since, until=until, min_confidence=min_confidence)


@router.get("/commitments", response_model=list[CommitmentRow], summary="Promises and plans, and whether kept")
def api_commitments(db: StoreDep, a: str | None = None, b: str | None = None,
                    min_confidence: MinConfidence = DEFAULT_MIN_CONFIDENCE):
    return query.commitments(db, a, b, min_confidence=min_confidence)


@router.get("/search", response_model=SearchResult, summary="Search evidence sentences and actor names")
def api_search(db: StoreDep, q: Annotated[str, Query(max_length=200)] = "",
               min_confidence: MinConfidence = DEFAULT_MIN_CONFIDENCE):
    return query.search(db, q, min_confidence=min_confidence)
