"""The dashboard: HTML pages over the store (read-only), and the JSON API of ``api.py``."""
from __future__ import annotations

from pathlib import Path
from typing import Annotated

from fastapi import APIRouter, Depends, FastAPI, Query, Request
from fastapi.exceptions import HTTPException
from fastapi.responses import HTMLResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from jinja2 import Environment, PackageLoader
from starlette.datastructures import MutableHeaders
from starlette.exceptions import HTTPException as StarletteHTTPException

from .. import __version__, query
from ..records import Event
from ..settings import DEFAULT_MIN_CONFIDENCE
from ..store import Store, StoreLocked, open_store
from . import charts
from .api import router
from .deps import names, store

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
MinConfidence = Annotated[float, Query(ge=0, le=1)]


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


def _templates() -> Jinja2Templates:
    env = Environment(loader=PackageLoader("tidings.web", "templates"), autoescape=True,
                      trim_blocks=True, lstrip_blocks=True)
    env.globals.update(name=lambda key: names().get(key, key) if key else "", quad=charts.QUAD_NAMES,
                       quad_colour=charts.QUAD_COLOURS, highlight=highlight, outlet=outlet, pair=pair,
                       version=__version__)
    return Jinja2Templates(env=env)



def highlight(sentence: str, trigger: str) -> tuple[str, str, str]:
    """The sentence split around its trigger word (the template escapes each part)."""
    at = sentence.find(trigger) if trigger else -1
    if at < 0:
        return sentence, "", ""
    return sentence[:at], trigger, sentence[at + len(trigger):]


def outlet(mention) -> str:
    return mention.publisher or mention.doc


def pair(a: str, b: str) -> str:
    """The canonical dyad path of two actor keys."""
    a, b = sorted((a, b))
    return f"/dyad/{a}/{b}"


TEMPLATES = _templates()


def _page(request: Request, template: str, status_code: int = 200, **context) -> HTMLResponse:
    return TEMPLATES.TemplateResponse(request, template, context, status_code=status_code)


async def _error(request: Request, exc: StarletteHTTPException):
    """JSON errors under /api/, an HTML page elsewhere."""
    if request.url.path.startswith("/api/"):
        return JSONResponse({"detail": exc.detail}, status_code=exc.status_code, headers=exc.headers)
    return _page(request, "error.html", exc.status_code, status=exc.status_code, detail=exc.detail)


def _index(events: list[Event]) -> float | None:
    """The relation index over a whole list of events (see ``tidings.query``)."""
    weight = sum(e.num_sources for e in events)
    return round(sum(e.goldstein * e.num_sources for e in events) / weight, 2) if weight else None


def _pages():
    pages = APIRouter(include_in_schema=False, default_response_class=HTMLResponse)

    @pages.get("/")
    def overview(request: Request, db: StoreDep, min_confidence: MinConfidence = DEFAULT_MIN_CONFIDENCE):
        promises = query.commitments(db, min_confidence=min_confidence)
        return _page(request, "overview.html", counts=db.counts(),
                     volume=charts.stacked_chart(query.volume(db, min_confidence=min_confidence), width=1100, height=230),
                     dyads=db.dyads(min_confidence=min_confidence, limit=15),
                     actors=db.actor_table(min_confidence=min_confidence)[:12],
                     commitments=[c for c in promises if c["commitment_status"] != "kept"][:8])

    @pages.get("/dyad/{a}/{b}")
    def dyad(request: Request, db: StoreDep, a: str, b: str, min_confidence: MinConfidence = DEFAULT_MIN_CONFIDENCE):
        a, b = a.upper(), b.upper()
        events = list(db.events(actors=[a, b], pair=True, min_confidence=min_confidence))
        if not events:
            raise HTTPException(404, f"No events between {a} and {b} in this store.")
        index = db.relation_index(a, b, by="month", min_confidence=min_confidence)
        dated = [e.date for e in events if e.date]
        return _page(request, "dyad.html", a=a, b=b, events=events, index=index,
                     index_chart=charts.index_chart(index) if index else None,
                     volume_chart=charts.stacked_chart(query.volume(db, a, b, min_confidence=min_confidence))
                     if index else None,
                     overall=_index(events), undated=len(events) - len(dated),
                     span=(min(dated), max(dated)) if dated else None,
                     outlets=sorted({outlet(m) for e in events for m in e.mentions}),
                     commitments=query.commitments(db, a, b, min_confidence=min_confidence))

    @pages.get("/actor/{code}")
    def actor(request: Request, db: StoreDep, code: str, min_confidence: MinConfidence = DEFAULT_MIN_CONFIDENCE):
        code = code.upper()
        events = list(db.events(actors=[code], min_confidence=min_confidence))
        if not events:
            raise HTTPException(404, f"No events of {code} in this store.")
        net = query.network(db, code, min_confidence=min_confidence)
        people = [r for r in db.actor_table(min_confidence=min_confidence) if code in (r["country"], r["org"])]
        label = names().get(code, code)
        return _page(request, "actor.html", code=code, label=label, events=events, network=net, people=people,
                     network_chart=charts.network_chart(code, label, net["counterparts"], net["links"], names())
                     if net["counterparts"] else None,
                     volume_chart=charts.stacked_chart(query.volume(db, code, min_confidence=min_confidence),
                                                         width=1100, height=230))

    @pages.get("/event/{event_id}")
    def event(request: Request, db: StoreDep, event_id: str):
        found = db.event(event_id)
        if found is None:
            raise HTTPException(404, f"No event {event_id} in this store.")
        return _page(request, "event.html", event=found)

    @pages.get("/search")
    def search(request: Request, db: StoreDep, q: Annotated[str, Query(max_length=200)] = "",
               min_confidence: MinConfidence = DEFAULT_MIN_CONFIDENCE):
        return _page(request, "search.html", q=q, result=query.search(db, q, min_confidence=min_confidence))

    return pages
