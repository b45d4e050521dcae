"""The dashboard: HTML pages over the store (read-only), and the JSON API of ``api.py``.

Every list and chart takes the event filters of ``api.Filters`` as query parameters, so a page's
address holds its filter state; forms submit with GET, and links keep the filters they were
shown with.
"""
from __future__ import annotations

from pathlib import Path
from typing import Annotated
from urllib.parse import parse_qsl, urlencode

from fastapi import APIRouter, Depends, FastAPI, Query, Request
from fastapi.exception_handlers import request_validation_exception_handler
from fastapi.exceptions import HTTPException, RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from jinja2 import Environment, PackageLoader
from starlette.datastructures import MutableHeaders
from starlette.exceptions import HTTPException as StarletteHTTPException

from .. import __version__, names, query
from ..records import Event
from ..settings import DEFAULT_MIN_CONFIDENCE
from ..store import SORTS, EventFilter, Store, StoreLocked, open_store
from . import charts
from .api import Filters, Offset, Sort, lookup, router
from .deps import store

HERE = Path(__file__).resolve().parent
# Sent with every response. The pages run no script at all (charts are SVG drawn by the server)
# and load only the style sheet: a policy that allows nothing else leaves markup that slips into
# a page nothing to run or load, and no site can frame the dashboard.
SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; "
                               "base-uri 'none'; frame-ancestors 'none'",
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
}
StoreDep = Annotated[Store, Depends(store)]
FiltersDep = Annotated[Filters, Depends()]
PAGE_SIZE = 50


def create_app(db_path: str) -> FastAPI:
    """The dashboard over the store at ``db_path``, opened read-only for each request; raises a
    ``StoreError`` when there is no store there that can be read (a store another process holds
    right now is fine: its pages answer 503 until it is free)."""
    try:
        open_store(db_path, read_only=True).close()
    except StoreLocked:
        pass
    app = FastAPI(title="Tidings", version=__version__, docs_url=None, redoc_url=None,
                  description="Political events coded from your news articles: pairs, relation index, "
                              "timelines, commitments and the evidence behind every event.")
    app.state.db_path = str(db_path)
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    app.include_router(router)
    app.include_router(_pages())
    app.add_exception_handler(StarletteHTTPException, _error)
    app.add_exception_handler(RequestValidationError, _invalid)
    app.add_exception_handler(Exception, _failure)
    app.add_middleware(EmptyParameters)
    app.add_middleware(SecurityHeaders)
    return app


class SecurityHeaders:
    """ASGI middleware that adds ``SECURITY_HEADERS`` to every HTTP response (pages, API, style
    sheet, errors)."""

    def __init__(self, app) -> None:
        self.app = app

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_secured(message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                for name, value in SECURITY_HEADERS.items():
                    headers[name] = value
            await send(message)

        await self.app(scope, receive, send_secured)


class EmptyParameters:
    """Drops query parameters without a value, so that a filter form's blank fields filter nothing."""

    def __init__(self, app) -> None:
        self.app = app

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] == "http" and scope.get("query_string"):
            given = parse_qsl(scope["query_string"].decode("utf-8", "replace"), keep_blank_values=True)
            kept = [(k, v) for k, v in given if v.strip()]
            scope = {**scope, "query_string": urlencode(kept).encode("ascii")}
        await self.app(scope, receive, send)


def _templates() -> Jinja2Templates:
    env = Environment(loader=PackageLoader("tidings.web", "templates"), autoescape=True,
                      trim_blocks=True, lstrip_blocks=True)
    env.globals.update(name=lambda key: names.display().get(key, key) if key else "", quad=charts.QUAD_NAMES,
                       quad_colour=charts.QUAD_COLOURS, highlight=highlight, outlet=outlet, pair=pair,
                       version=__version__, types=query.TYPES, statuses=query.STATUSES, sorts=SORTS,
                       mentions=query.unique_mentions, link=charts.link, short=query.SHORT_ID)
    return Jinja2Templates(env=env)


def highlight(sentence: str, triggers: tuple[str, ...] | str) -> list[tuple[str, bool]]:
    """The sentence cut into ``(text, is_trigger)`` pieces around its trigger words (the
    template escapes each piece)."""
    spans = []
    for trigger in ([triggers] if isinstance(triggers, str) else triggers):
        at = sentence.find(trigger) if trigger else -1
        if at >= 0 and not any(s < at + len(trigger) and at < e for s, e in spans):
            spans.append((at, at + len(trigger)))
    pieces, at = [], 0
    for start, end in sorted(spans):
        pieces += [(sentence[at:start], False), (sentence[start:end], True)]
        at = end
    return [p for p in pieces + [(sentence[at:], False)] if p[0]]


def outlet(mention) -> str:
    return mention.publisher or mention.doc


def pair(a: str, b: str) -> str:
    """The canonical dyad path of two actor keys."""
    a, b = sorted((a, b))
    return f"/dyad/{a}/{b}"


TEMPLATES = _templates()


def _page(request: Request, template: str, status_code: int = 200, headers: dict | None = None,
          **context) -> HTMLResponse:
    return TEMPLATES.TemplateResponse(request, template, context, status_code=status_code, headers=headers)


async def _error(request: Request, exc: StarletteHTTPException):
    """JSON errors under /api/, an HTML page elsewhere."""
    if request.url.path.startswith("/api/"):
        return JSONResponse({"detail": exc.detail}, status_code=exc.status_code, headers=exc.headers)
    return _page(request, "error.html", exc.status_code, status=exc.status_code, detail=exc.detail)


async def _invalid(request: Request, exc: RequestValidationError):
    """422 with the reason: FastAPI's JSON under /api/, an HTML page naming the parameters elsewhere."""
    if request.url.path.startswith("/api/"):
        return await request_validation_exception_handler(request, exc)
    reasons = "; ".join(f"{e['loc'][-1]} {e.get('input')!r}: {e['msg'].removeprefix('Value error, ')}"
                        for e in exc.errors())
    return _page(request, "error.html", 422, status=422, detail=f"Invalid parameters: {reasons}")


async def _failure(request: Request, exc: Exception):
    """500 for an error of Tidings. Starlette sends it from outside every middleware, so it
    carries ``SECURITY_HEADERS`` itself."""
    detail = "Internal error of Tidings (please report it)"
    if request.url.path.startswith("/api/"):
        return JSONResponse({"detail": detail}, status_code=500, headers=SECURITY_HEADERS)
    return _page(request, "error.html", 500, headers=SECURITY_HEADERS, status=500, detail=detail)


def _index(events: list[Event]) -> float | None:
    """The relation index over a whole list of events (see ``tidings.query``)."""
    weight = sum(e.num_sources for e in events)
    return round(sum(e.goldstein * e.num_sources for e in events) / weight, 2) if weight else None


def _pages():
    pages = APIRouter(include_in_schema=False, default_response_class=HTMLResponse)

    @pages.get("/")
    def overview(request: Request, db: StoreDep, filters: FiltersDep):
        where = filters.select(db)
        promises = query.commitments(db, where)
        return _page(request, "overview.html", counts=db.counts(), shown=db.count_events(where),
                     filters=filters.params(),
                     volume=charts.stacked_chart(query.volume(db, where), width=1100, height=230),
                     dyads=db.dyads(where, limit=15), actors=db.actor_table(where)[:12],
                     commitments=[c for c in promises if c["commitment_status"] not in ("kept", "broken")][:8])

    @pages.get("/events")
    def events(request: Request, db: StoreDep, filters: FiltersDep, sort: Sort = "date",
               offset: Offset = 0):
        where = filters.select(db)
        page = query.events(db, where, sort=sort, limit=PAGE_SIZE, offset=offset)
        return _page(request, "events.html", page=page, filters=filters.params(), sort=sort, size=PAGE_SIZE,
                     unmatched=[m.text for m in where.actors if not (m.keys or m.names)],
                     volume=charts.stacked_chart(query.volume(db, where), width=1100, height=200))

    @pages.get("/dyad/{a}/{b}")
    def dyad(request: Request, db: StoreDep, filters: FiltersDep, a: str, b: str):
        a, b = a.upper(), b.upper()
        where = filters.select(db, a, b)
        events = list(db.events(where))
        if not events and not db.count_events(EventFilter(actors=where.actors, pair=True)):
            raise HTTPException(404, f"No events between {a} and {b} in this store.")
        index = db.relation_index(where, by="month")
        dated = [e.date for e in events if e.date]
        return _page(request, "dyad.html", a=a, b=b, events=events, index=index, filters=filters.params(),
                     index_chart=charts.index_chart(index) if index else None,
                     volume_chart=charts.stacked_chart(query.volume(db, where)) if index else None,
                     overall=_index(events), undated=len(events) - len(dated),
                     span=(min(dated), max(dated)) if dated else None,
                     outlets=sorted({outlet(m) for e in events for m in e.mentions}),
                     commitments=query.commitments(db, where))

    @pages.get("/actor/{code}")
    def actor(request: Request, db: StoreDep, filters: FiltersDep, code: str):
        code = code.upper()
        where = filters.select(db, code)
        events = list(db.events(where))
        if not events and not db.count_events(EventFilter(actors=where.actors)):
            raise HTTPException(404, f"No events of {code} in this store.")
        net = query.network(db, code, where)
        profile = query.actor_profile(db, code, where)
        return _page(request, "actor.html", code=code, label=profile["name"], events=events, network=net,
                     profile=profile, filters=filters.params(),
                     network_chart=charts.network_chart(code, profile["name"], net["counterparts"], net["links"],
                                                        names.display(), filters.params())
                     if net["counterparts"] else None,
                     volume_chart=charts.stacked_chart(query.volume(db, where), width=1100, height=230))

    @pages.get("/event/{event_id}")
    def event(request: Request, db: StoreDep, event_id: str):
        found = lookup(db, "event", event_id)
        urls = {article_id: url for article_id, (url, _) in db.stamps(m.article_id for m in found.mentions).items()}
        return _page(request, "event.html", event=found, urls=urls)

    @pages.get("/articles/{article_id}")
    def article(request: Request, db: StoreDep, article_id: str):
        found = query.article(db, lookup(db, "article", article_id).article_id)
        return _page(request, "article.html", **found)

    @pages.get("/map")
    def world_map(request: Request, db: StoreDep, filters: FiltersDep):
        counted = query.places(db, filters.select(db))
        return _page(request, "map.html", filters=filters.params(), **counted,
                     chart=charts.world_map(counted["places"], counted["countries"], filters.params()))

    @pages.get("/search")
    def search(request: Request, db: StoreDep, q: Annotated[str, Query(max_length=200)] = "",
               min_confidence: Annotated[float, Query(ge=0, le=1)] = DEFAULT_MIN_CONFIDENCE):
        return _page(request, "search.html", q=q,
                     result=query.search(db, q, EventFilter(min_confidence=min_confidence)))

    return pages
