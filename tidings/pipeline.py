"""The pipeline runner: input paths in, stored records out.

Each file is read, parsed, split into articles and coded into events by an engine
(``LocalEngine`` here; ``tidings.distributed`` for a cluster); its bytes verbatim
(``Store.receive``), articles, events and rejections are written in one transaction
(``Session.save``, with those of the files coded just before it), so an interrupted run leaves no
half-written file and a rerun completes what was left. Standard input, which cannot be read
again, is kept as soon as it is read.
"""
from __future__ import annotations

import hashlib
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

from . import actors, articles, coding, ingest, merge
from .records import Actor, Article, Event, Rejection, Source
from .settings import Settings
from .store import Store
from .timing import Stopwatch

# Coded inputs are stored together, in one transaction, once they hold this many articles or the
# first of them has waited this long (looked at as each article is coded): a store pays for each
# statement and commit, and a folder of one-article files would otherwise pay for them per file.
# A save costs much the same whether it holds a few inputs or many (it merges again the events
# that their reports reach), so the wait is also at least SAVE_RATIO times the last save's time:
# a store that saves slowly (a large one) saves less often, and storing stays about a tenth of
# the run unless SAVE_ARTICLES articles come sooner.
SAVE_ARTICLES = 200
SAVE_SECONDS = 2.0
SAVE_RATIO = 10
RECODE_ARTICLES = 1000  # articles a recode merges at a time


@dataclass
class Report:
    """What an ingest run did."""

    files: int = 0
    articles: int = 0
    events: int = 0
    unchanged: list[str] = field(default_factory=list)  # inputs already in the store (or read before in the run)
    rejections: list[Rejection] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # articles stored but not coded ("doc: language xx")
    watch: Stopwatch = field(default_factory=Stopwatch)  # seconds per stage

    @property
    def ok(self) -> bool:
        return not self.rejections


class Session:
    """What one run keeps between input files: the actor registry, and which of its people the
    store holds."""

    def __init__(self, store: Store, settings: Settings, *, learned: bool = True) -> None:
        self.store, self.settings, self.learned = store, settings, learned
        self._registry: actors.ActorRegistry | None = None
        self._kept: dict[str, Actor] = {}  # people the store holds, as this run last saw them

    @property
    def registry(self) -> actors.ActorRegistry:
        """Built-in tables, the user's files, and the people the store has learned (unless
        ``learned`` is false)."""
        if self._registry is None:
            self._registry = actors.ActorRegistry.load(extra=[Path(p) for p in self.settings.actor_files])
            known = self.store.known_names() if self.learned else []
            for name, actor in known:
                self._registry.learn(name, actor)
            self._kept = dict(known)
        return self._registry

    def unsaved(self) -> list[tuple[str, Actor]]:
        """The people learned, or learned differently, since the store last got them: a save
        writes these, not every name the store holds."""
        return [(name, actor) for name, actor in self.registry.learned() if self._kept.get(name) != actor]

    def mark_duplicates(self, found: list[Article]) -> tuple[list[Article], dict[str, bytes]]:
        """Link near-duplicates to the article they repeat; returns articles and signatures.

        An article repeats a stored article or an earlier one of ``found``, and is linked to the
        original that one repeats, if any: an earlier article of ``found`` counts as stored, so
        that a story's copies form one family whether they come in one input or several. Only
        the stored articles that share an LSH band with one of ``found`` are read from the store."""
        signed = [(article, merge.signature(article.body)) for article in found]
        sharing = self.store.signatures_sharing(key for _, signature in signed for key in merge.band_keys(signature))
        duplicates, originals_of = merge.DuplicateIndex(sharing), self.store.originals(a for a, _ in sharing)
        marked, signatures = [], {}
        for article, signature in signed:
            originals = duplicates.match(signature)
            if originals and article.article_id not in originals:
                first = originals[0]
                original = originals_of.get(first) or first
                originals_of[article.article_id] = original
                article = replace(article, duplicate_of=original)
            duplicates.add(article.article_id, signature)
            signatures[article.article_id] = signature
            marked.append(article)
        return marked, signatures

    def save(self, items: list["Input"]) -> None:
        """Store inputs (their bytes verbatim), articles, events and rejections in one transaction
        (near-duplicates are marked inside it, so that on PostgreSQL they see what other writers
        committed)."""
        people = self.unsaved()
        with self.store.transaction():
            self.store.receive([item.source for item in items])  # (standard input: already kept, when read)
            found, signatures = self.mark_duplicates([a for item in items for a in item.articles])
            marked = iter(found)
            self.store.complete([(item.source.sha256, [next(marked) for _ in item.articles], item.rejections)
                                 for item in items], signatures)
            reports = [r for item in items for r in item.reports]
            self.store.add_reports(reports)
            self.store.learn(people)
            remerge(self.store, reports)
        self._kept.update(people)  # only once committed


@dataclass
class Input:
    """A new input on its way through the run: its articles, rejections and coded reports."""

    source: Source
    articles: list[Article]
    rejected: list[Rejection]  # records that could not be read or held no article
    reports: list[Event] = field(default_factory=list)
    cuts: list[Rejection] = field(default_factory=list)  # what the work budget left out of its articles
    copies: list[str] = field(default_factory=list)  # other names its bytes were read under in this run

    @property
    def rejections(self) -> list[Rejection]:
        """Everything of the input left out: what could not be read or split, then the cuts, then
        the same under each name of ``copies``."""
        own = self.rejected + self.cuts
        return own + [r for name in self.copies for r in _renamed(own, self.source.doc, name)]


class LocalEngine:
    """Codes articles on this machine: spaCy in ``workers`` processes, the rest in this one."""

    def __init__(self, workers: int = 1, batch_size: int = 16, fast: bool = False) -> None:
        self.workers, self.batch_size, self.fast = workers, batch_size, fast

    def code(self, items: Iterable[tuple[Article | None, object]], registry: actors.ActorRegistry,
             watch: Stopwatch) -> Iterator[tuple[Article | None, object, list[Event], list[Rejection]]]:
        """``(article, context)`` in, ``(article, context, events, cuts)`` out, in order (``cuts``:
        what the work budget left out, see ``coding.code_doc``)."""
        return coding.code_stream(items, registry, n_process=self.workers, batch_size=self.batch_size,
                                  fast=self.fast, watch=watch)


def codable(article: Article) -> bool:
    """Whether an article is coded into events: English, or not confidently another language."""
    return article.language == "en" or ingest.foreign_language(article.body) is None


def split(record: ingest.RawRecord, sha256: str, settings: Settings) -> list[Article]:
    """The articles of one raw record, with what its input states beyond the text."""
    found = articles.split(record, source_sha256=sha256, fetched_at=settings.fetched_at)
    extra = {"author": record.author, "encoding": record.encoding, "partial": record.partial}
    if record.member:  # records of different archive members must not share ids
        return [replace(a, **extra, article_id=hashlib.sha256(
            f"{sha256}:{record.member}:{a.article_id}".encode()).hexdigest()[:16]) for a in found]
    return [replace(a, **extra) for a in found]


def remerge(store: Store, reports: list[Event]) -> None:
    """Merge new reports (already stored) into real-world events.

    Only the reports a new one can reach (``merge.related``) are read and merged again, and only
    merged events that changed are written. Blocks that lost reports (``Store.stale_blocks``)
    are merged again as a whole.
    """
    fresh = {r.event_id for r in reports}
    stale = store.stale_blocks()
    new = {(merge.block(r), r.date) for r in reports}
    keys = store.report_keys({block for block, _ in new} | stale,
                             near={(block, day) for block, day in new if block not in stale})
    fresh |= {key[0] for key in keys if key[1] in stale}
    group = merge.related([key[:4] for key in keys], fresh)
    if not group:
        return
    rows = store.reports(group)
    order = {r.event_id: (seq, r.mentions[0].start) for r, seq, _ in rows}
    story = {r.event_id: family for r, _, family in rows}
    blocks: dict[str, list[Event]] = {}
    for report, _, _ in rows:
        blocks.setdefault(merge.block(report), []).append(report)
    merged = [found for block in blocks.values()  # reports of different blocks never merge
              for found in merge.across_articles(block, order=lambda e: order[e.event_id],
                                                 family=lambda e: story[e.event_id])]
    store.set_events(merged, {key[0]: key[4] for key in keys if key[0] in group}, fresh)


def run(paths: Iterable[str], store: Store, settings: Settings,
        progress: Callable[[str], None] = lambda doc: None, engine=None) -> Report:
    """Ingest every input under ``paths`` into ``store``; ``progress`` is called once per file.

    Inputs stream through the engine: while spaCy annotates the articles of one file, the
    next files are read. Coded files are stored together once they hold ``SAVE_ARTICLES``
    articles or the first of them has waited ``SAVE_SECONDS`` and ``SAVE_RATIO`` times the last
    save's time (looked at as each article comes back), at the end, and when coding fails or is
    interrupted; ``progress`` is called for each once it is stored.
    """
    report = Report()
    session = Session(store, settings)
    engine = engine or LocalEngine(workers=settings.workers, fast=settings.fast)

    pending: dict[str, Input] = {}  # inputs read in this run and not stored yet, by sha256

    def articles_in() -> Iterator[tuple[Article | None, tuple[Input, bool]]]:
        for found in ingest.discover(paths):
            with report.watch.stage("ingest"):
                prepared = _prepare(found, store, settings, report, pending)
            if prepared is None:
                progress(found.doc if isinstance(found, Rejection) else found[1])
                continue
            item, split_articles = prepared
            pending[item.source.sha256] = item
            previous = None  # each article goes on once the next is known, so that the last is marked
            while True:
                with report.watch.stage("ingest"):
                    article = next(split_articles, None)
                    if article is not None and not codable(article):
                        report.skipped.append(f"{article.doc} (article {article.index}): language {article.language}")
                        continue
                if article is None:
                    break
                if previous is not None:
                    yield previous, (item, False)
                previous = article
            yield previous, (item, True)  # None when no article of the input is coded

    batch = _Batch()

    def flush() -> None:
        started = time.monotonic()
        with report.watch.stage("store"):
            session.save(batch.inputs)
        batch.last_save = time.monotonic() - started
        for item in batch.inputs:
            pending.pop(item.source.sha256, None)
            report.articles += len(item.articles)
            report.events += len(item.reports)
            report.rejections.extend(item.rejections)
            progress(item.source.doc)
        batch.inputs.clear()

    results = engine.code(articles_in(), session.registry, report.watch)
    while True:
        try:
            result = next(results, None)
        except BaseException:  # a worker failed, or the run was interrupted: what was coded is kept
            if batch.inputs:
                flush()
            raise
        if result is None:
            break
        _, (item, last), found, cuts = result
        item.reports.extend(found)
        item.cuts.extend(cuts)
        if last:
            batch.add(item)
        if batch.due():
            flush()
    if batch.inputs:
        flush()
    return report


@dataclass
class _Batch:
    """Coded inputs not stored yet, which ``run`` stores in one transaction."""

    inputs: list[Input] = field(default_factory=list)
    since: float = 0.0  # when the first of them was coded
    last_save: float = 0.0  # seconds the last save took

    def add(self, item: Input) -> None:
        if not self.inputs:
            self.since = time.monotonic()
        self.inputs.append(item)

    def due(self) -> bool:
        """Whether to store them now: ``SAVE_ARTICLES`` articles, or the first waited ``SAVE_SECONDS``
        and ``SAVE_RATIO`` times the last save."""
        waited = time.monotonic() - self.since
        return bool(self.inputs) and (sum(len(item.articles) for item in self.inputs) >= SAVE_ARTICLES
                                      or waited >= max(SAVE_SECONDS, SAVE_RATIO * self.last_save))


def _prepare(found, store: Store, settings: Settings, report: Report,
             pending: dict[str, Input]) -> tuple[Input, Iterator[Article]] | None:
    """Read one discovered input; None when there is nothing new to code: its bytes are in the
    store, or in ``pending`` (read before in this run), and what was rejected of them is rejected
    under this name too. Its articles are split as they are asked for (the first go to spaCy
    while the rest of a big file is split), and gathered in the ``Input``, with the records that
    hold none among its rejections."""
    if isinstance(found, Rejection):
        report.rejections.append(found)
        store.reject(found)
        return None
    file, doc = found
    source = ingest.read(file, doc, settings)
    if isinstance(source, Rejection):
        report.rejections.append(source)
        store.reject(source)
        return None
    report.files += 1
    stored = store.source_status(source.sha256)
    if stored is not None and stored[0] in ("done", "rejected"):
        report.unchanged.append(doc)
        kept_as, again = stored[1], store.rejections(source.sha256)
        if doc != kept_as:  # a copy (a rerun reports them as they are)
            again = _renamed(again, kept_as, doc)
            for rejection in again:
                store.reject(rejection)
        report.rejections.extend(again)
        return None
    if (earlier := pending.get(source.sha256)) is not None:  # stored with that input's, and reported when it is
        report.unchanged.append(doc)
        if doc != earlier.source.doc and doc not in earlier.copies:
            earlier.copies.append(doc)
        return None
    if source.path == ingest.STDIN:
        # kept at once, since it cannot be read again; a file is kept with its articles, in one
        # statement with other inputs' (one statement and commit per file cost 2-5 ms a file)
        store.receive([source])
    try:
        records, rejected = ingest.parse(source, settings)
    except MemoryError:
        raise
    except Exception as error:  # not the input's fault: reported, and the run goes on
        records, rejected = [], [Rejection.of_defect(doc, "not read", error, sha256=source.sha256)]
    item = Input(source, [], rejected)

    def articles() -> Iterator[Article]:
        for record in records:
            try:
                found = split(record, source.sha256, settings)
            except MemoryError:
                raise
            except Exception as error:  # as above
                item.rejected.append(Rejection.of_defect(record.doc, "not split into articles", error,
                                                         line=record.line, sha256=source.sha256))
                continue
            if not found:
                item.rejected.append(Rejection(record.doc, "no article text found (only page furniture)",
                                               line=record.line, sha256=source.sha256))
            item.articles.extend(found)
            yield from found

    return item, articles()


def _renamed(rejections: list[Rejection], name: str, doc: str) -> list[Rejection]:
    """The rejections of an input kept as ``name`` that name it (itself, its archive members
    "name/member", its records "name#2"), for the same bytes read as ``doc``: under ``doc``, and
    not as the input's own (no ``sha256``), which its bytes read again report (a record that names
    itself is listed once, as it is)."""
    return [replace(r, doc=doc + r.doc[len(name):], sha256=None) for r in rejections
            if r.doc == name or r.doc.startswith((f"{name}/", f"{name}#"))]


def recode(store: Store, settings: Settings, progress: Callable[[], None] = lambda: None
           ) -> tuple[int, list[Rejection]]:
    """Code every stored article again (after an upgrade or a registry change), as its ingestion
    did: in the order ingested, learning people again from the start, so that an article knows
    the people the articles before it introduced, not those introduced after it. Its reports are
    merged ``RECODE_ARTICLES`` articles at a time, as an ingest saves them (so that memory does
    not grow with the store), in one transaction. Returns the count of events and what the
    coding left out (the work budget) or failed on, which replaces what earlier codings left out;
    ``progress`` is called after each article (coded or not)."""
    session = Session(store, settings, learned=False)

    def codable_articles() -> Iterator[Article]:
        for article in store.articles():
            if codable(article):
                yield article
            else:
                progress()

    cuts: list[Rejection] = []
    reports: list[Event] = []

    def save() -> None:
        store.add_reports(reports)
        remerge(store, reports)
        reports.clear()

    with store.transaction():
        store.clear_coding()
        for count, (_, found, article_cuts) in enumerate(coding.code_articles(
                codable_articles(), session.registry, n_process=settings.workers, fast=settings.fast), 1):
            reports += found
            cuts += article_cuts
            progress()
            if count % RECODE_ARTICLES == 0:
                save()
        save()
        store.recoded(cuts)
        store.learn(session.unsaved())
    return store.counts()["events"], cuts
