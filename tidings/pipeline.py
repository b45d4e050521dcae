"""The pipeline runner: input paths in, stored records out, one input file at a time.

Each file is kept verbatim first (``Store.receive``), then parsed, split into articles and
coded into events; its articles, events and rejections are written in one transaction
(``Store.complete``), so an interrupted run leaves no half-written file and a rerun completes
what was left.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from . import actors, articles, coding, ingest
from .records import Rejection
from .settings import Settings
from .store import Store


@dataclass
class Report:
    """What an ingest run did."""

    files: int = 0
    articles: int = 0
    events: int = 0
    unchanged: list[str] = field(default_factory=list)  # inputs already in the store
    rejections: list[Rejection] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.rejections


def registry(store: Store, settings: Settings) -> actors.ActorRegistry:
    """The actor registry: built-in tables, the user's files, and names the store has learned."""
    found = actors.ActorRegistry.load(extra=[Path(p) for p in settings.actor_files])
    for name, actor in store.known_names():
        found.learn(name, actor)
    return found


def run(paths: Iterable[str], store: Store, settings: Settings,
        progress: Callable[[str], None] = lambda doc: None) -> Report:
    """Ingest every input under ``paths`` into ``store``; ``progress`` is called once per file."""
    report = Report()
    known = None
    for found in list(ingest.discover(paths)):
        if isinstance(found, Rejection):
            report.rejections.append(found)
            store.reject(found)
            progress(found.doc)
            continue
        file, doc = found
        report.files += 1
        source = ingest.read(file, doc)
        if isinstance(source, Rejection):
            report.rejections.append(source)
            store.reject(source)
        elif store.source_status(source.sha256) in ("done", "rejected"):
            report.unchanged.append(doc)
            report.rejections.extend(store.rejections(source.sha256))
        else:
            store.receive(source)
            records, rejected = ingest.parse(source)
            found_articles = []
            for record in records:
                split = articles.split(record, source_sha256=source.sha256, fetched_at=settings.fetched_at)
                if not split:
                    rejected.append(Rejection(record.doc, "no article text found (only page furniture)",
                                              line=record.line, sha256=source.sha256))
                found_articles.extend(split)
            known = known or registry(store, settings)
            events = [e for _, coded in coding.code_articles(found_articles, known) for e in coded]
            store.complete(source.sha256, found_articles, rejected, events, known.learned())
            report.articles += len(found_articles)
            report.events += len(events)
            report.rejections.extend(rejected)
        progress(doc)
    return report


def recode(store: Store, settings: Settings, progress: Callable[[str], None] = lambda doc: None) -> int:
    """Code every stored article again (after an upgrade or a registry change); returns events."""
    known = registry(store, settings)
    events = []
    for article, coded in coding.code_articles(store.articles(), known):
        events.extend(coded)
        progress(article.doc)
    store.replace_events(events, known.learned())
    return len(events)
