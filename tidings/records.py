"""Typed records passed between pipeline stages.

Field names follow the export contract (docs/event-schema.md). Records are frozen: a stage
returns new records rather than changing the ones it was given. Evidence is always given as
character offsets into ``Article.body``.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date


ARMED_SECTORS = frozenset({"REB", "UAF", "CRM"})  # armed men outside a state's forces: rebels, militias, gangs


def _fields(record) -> dict:
    """The fields of a record whose values are all plain (``dataclasses.asdict`` deep-copies each
    value: many times slower, and storing events calls it for every actor and mention)."""
    return {name: getattr(record, name) for name in record.__dataclass_fields__}


@dataclass(frozen=True)
class Source:
    """One input as read from disk, before any processing.

    ``data`` holds the bytes verbatim; ``sha256`` is their content address.
    """

    doc: str
    path: str
    data: bytes
    sha256: str
    format: str  # "text" or "jsonl"


@dataclass(frozen=True)
class Rejection:
    """Input that could not be used, with the reason (and JSONL line when there is one)."""

    doc: str
    reason: str
    line: int | None = None
    sha256: str | None = None
    defect: bool = field(default=False, compare=False)  # Tidings failed on it: the input is tried again
    article_id: str | None = None  # the stored article whose coding left part out or failed

    def __str__(self) -> str:
        where = f"{self.doc}:{self.line}" if self.line else self.doc
        return f"{where}: {self.reason}"

    @classmethod
    def of_defect(cls, doc: str, what: str, error: Exception, **where) -> "Rejection":
        """Input that Tidings failed on (a defect of Tidings, not of the input), reported with the
        error, on one line, so that the run goes on with the rest; the next run tries it again."""
        message = " ".join(f"{type(error).__name__}: {error}".split())[:500]
        return cls(doc, f"{what}, an error of Tidings (please report it): {message}", defect=True, **where)


@dataclass(frozen=True)
class Article:
    """A single news story found in a source, with page furniture removed."""

    article_id: str
    doc: str
    index: int
    body: str
    title: str | None = None
    published: str | None = None  # YYYY-MM-DD
    dateline: str | None = None
    publisher: str | None = None
    url: str | None = None
    lead: tuple[str, ...] = ()
    captions: tuple[str, ...] = ()
    language: str = "en"
    source_sha256: str | None = None
    duplicate_of: str | None = None  # article_id of the original when this is a near-duplicate
    author: str | None = None
    encoding: str | None = None  # how the input's bytes were decoded ("utf-8", "cp1252+ftfy")
    partial: bool = False  # a feed item with only title and summary, not the full text
    dateline_date: str | None = None  # YYYY-MM-DD the dateline gives ("LAHORE, Mar 3 (APP):")

    @property
    def reported(self) -> str | None:
        """The day the story reports on: its dateline's date, else its publication date."""
        return self.dateline_date or self.published

    @property
    def reported_day(self) -> date | None:
        """``reported`` as a date: what relative dates resolve against and what an undated event
        of the day takes."""
        return date.fromisoformat(self.reported) if self.reported else None

    def as_dict(self) -> dict:
        data = asdict(self)
        data["lead"] = list(self.lead)
        data["captions"] = list(self.captions)
        return data


@dataclass(frozen=True)
class Actor:
    """Who acts or is acted upon; ``key`` is what analyses group by (country, else org)."""

    name: str
    country: str | None = None  # ISO 3166-1 alpha-3
    org: str | None = None
    sector: str | None = None
    role: str | None = None
    actor_id: str | None = None

    @property
    def key(self) -> str | None:
        return self.country or self.org

    @property
    def armed(self) -> bool:
        """Whether the actor is armed men outside a state's forces."""
        return self.sector in ARMED_SECTORS

    def as_dict(self) -> dict:
        return _fields(self)


@dataclass(frozen=True)
class Place:
    name: str
    country: str | None = None
    lat: float | None = None
    lon: float | None = None

    def as_dict(self) -> dict:
        return _fields(self)


@dataclass(frozen=True)
class Mention:
    """One report of an event: the sentence of an article that carries it."""

    doc: str
    article_id: str
    sentence: str
    start: int
    end: int
    trigger: str
    publisher: str | None = None
    published: str | None = None

    def as_dict(self) -> dict:
        return _fields(self)


@dataclass(frozen=True)
class Commitment:
    """A promise or plan stated in an article: who promised what to whom, and when it is due.

    ``text`` is the promised act as the parse gives it, its verb in the base form ("hold joint
    naval exercises"); ``obj`` the lemma of the word it acts on ("exercise"). ``due`` is as
    precise as stated ("later this year": the year; null when the article has no date to resolve
    it by, ``due_text`` keeping the words). ``said`` is the sentence that states it, its trigger
    the promise word; ``stated`` is when it was stated (the date of the report, else
    the article's publication date)."""

    type: str | None  # PLOVER type of the promised act ("CONSULT" for a meeting); None when unknown
    text: str
    source: Actor
    target: Actor | None
    said: Mention
    symmetric: bool = False
    due: str | None = None  # YYYY-MM-DD, YYYY-MM or YYYY
    due_text: str | None = None  # the words that state it ("later this year"), resolved or not
    stated: str | None = None
    obj: str | None = None

    def as_dict(self) -> dict:
        return {**_fields(self), "source": self.source.as_dict(),
                "target": self.target.as_dict() if self.target else None, "said": self.said.as_dict()}

    @classmethod
    def from_dict(cls, data: dict) -> "Commitment":
        return cls(**{**data, "source": Actor(**data["source"]),
                      "target": Actor(**data["target"]) if data["target"] else None, "said": Mention(**data["said"])})


@dataclass(frozen=True)
class Event:
    """A coded political event with every mention that reports it."""

    event_id: str
    type: str
    source: Actor
    target: Actor | None
    mentions: tuple[Mention, ...]
    mode: str | None = None
    contexts: tuple[str, ...] = ()
    cameo: str | None = None
    quad_class: int = 1
    goldstein: float = 0.0
    symmetric: bool = False
    date: str | None = None
    date_basis: str | None = None
    location: Place | None = None
    status: str = "occurred"
    confidence: float = 0.5
    commitments: tuple[Commitment, ...] = ()  # what it promises (an AGREE)
    merge_notes: tuple[str, ...] = field(default=(), compare=False)

    @property
    def num_mentions(self) -> int:
        return len(self.mentions)

    @property
    def num_articles(self) -> int:
        return len({m.article_id for m in self.mentions})

    @property
    def num_sources(self) -> int:
        """Distinct outlets; an article with no known outlet counts as its own source."""
        return len({m.publisher.lower() if m.publisher else f"article:{m.article_id}" for m in self.mentions})

    def as_dict(self) -> dict:
        """The event as the export contract describes it."""
        return {
            "event_id": self.event_id,
            "type": self.type,
            "mode": self.mode,
            "contexts": list(self.contexts),
            "cameo": self.cameo,
            "quad_class": self.quad_class,
            "goldstein": self.goldstein,
            "source": self.source.as_dict(),
            "target": self.target.as_dict() if self.target else None,
            "symmetric": self.symmetric,
            "date": self.date,
            "date_basis": self.date_basis,
            "location": self.location.as_dict() if self.location else None,
            "status": self.status,
            "mentions": [m.as_dict() for m in self.mentions],
            "num_mentions": self.num_mentions,
            "num_articles": self.num_articles,
            "num_sources": self.num_sources,
            "confidence": self.confidence,
            "commitments": [c.as_dict() for c in self.commitments],
        }


@dataclass(frozen=True)
class ActorMention:
    """An actor named (or referred to) in an article body: the output of ``actors.resolve``.

    ``start``/``end`` are character offsets in the body; ``head`` is the token index (in the
    spaCy Doc of that body) of the mention's syntactic head, which the event coder uses to
    attach the actor to a trigger. ``kind`` says how it was found: ``state`` (a country name),
    ``demonym`` ("Russian"), ``metonym`` (a seat of government: "Kabul"), ``person``, ``org``,
    ``group`` (armed group), ``descriptor`` ("the interior minister"), ``pronoun``. ``host`` is
    the state an envoy is posted to ("the ambassador to Peru": Peru).
    """

    start: int
    end: int
    text: str
    actor: Actor
    head: int
    kind: str
    host: Actor | None = field(default=None, compare=False)
