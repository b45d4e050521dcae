"""Command line: each command parses its options, calls one library function, prints the result.

Exit status (README, "Exit status"): 0 when everything was handled, 1 when some input was
rejected (the rest is stored), 2 on a usage error or when there is no store to read, 3 when the
store is not a Tidings store this version can use, 4 when it cannot be written (or read), 5 when
another process holds it (the same command will work once that one is done).

Only ``ingest``, ``recode`` and ``bench`` need the NLP stack (spaCy, trafilatura, datasketch…);
they import it when they start, so that every other command answers at once.
"""
from __future__ import annotations

import itertools
import json
import re
import sys
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

import click
from rich.console import Console
from rich.table import Table
from rich.text import Text
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

from . import __version__, export, query
from .settings import (DEFAULT_MIN_CONFIDENCE, FIELD_NAMES, MAX_ARTICLE_CHARS, MAX_DECOMPRESSED_BYTES, MAX_FILE_BYTES,
                       MAX_HTML_BYTES, Settings, default_db, default_workers)
from .store import NotAStore, StoreError, StoreLocked, StoreMissing, StoreNotWritable, open_store

if TYPE_CHECKING:
    from .pipeline import Report

err = Console(stderr=True, highlight=False)
# control characters (C0, DEL, C1) and lone surrogates (undecodable bytes of a file name)
CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\ud800-\udfff]")


def printable(value: object) -> str:
    """Text for the terminal with control characters written as escapes (``\\x1b``): file names,
    titles and sentences come from the input, and must not drive the terminal."""
    return CONTROL.sub(lambda m: m[0].encode("unicode_escape", "backslashreplace").decode("ascii"), str(value))


def _cells(*values: object) -> list[Text]:
    """Table cells shown as they are: control characters escaped, no console markup."""
    return [Text(printable("" if v is None else v)) for v in values]


EXIT_STATUS = {StoreMissing: 2, NotAStore: 3, StoreNotWritable: 4, StoreLocked: 5}
DEFAULT_LOCK_TIMEOUT = 30.0  # seconds a writing command waits for a store another process holds


class StoreFailure(click.ClickException):
    """A store that cannot be used: one line, and the exit status of its kind."""

    def __init__(self, error: StoreError) -> None:
        super().__init__(str(error))
        self.exit_code = EXIT_STATUS.get(type(error), 3)

    def format_message(self) -> str:
        return printable(self.message)


class Commands(click.Group):
    """The command group; a ``StoreError`` from any command ends it with its exit status."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except StoreError as error:
            raise StoreFailure(error) from None


def _lock_timeout(function):
    return click.option("--lock-timeout", type=click.FloatRange(0), default=DEFAULT_LOCK_TIMEOUT, metavar="SECONDS",
                        show_default=True, help="How long to wait for a store that another process (the "
                                                "dashboard, another ingest) holds, before giving up.")(function)


def _reading(settings: Settings):
    """The store opened for a command that only reads: read-only, never created."""
    return open_store(settings.db, read_only=True)


def _parse_date(ctx, param, value):
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date (expected YYYY-MM-DD)") from None


def _checked(check):
    """A click callback that applies one of ``query``'s parameter checks."""
    def callback(ctx, param, value):
        try:
            return None if value is None else check(value)
        except ValueError as error:
            raise click.BadParameter(str(error)) from None
    return callback


@click.group(cls=Commands, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="tidings")
@click.option("--db", metavar="PATH", default=default_db, show_default="$TIDINGS_DB or ./tidings.duckdb",
              help="Store to read and write: a DuckDB file, or a postgresql://USER@HOST[:PORT]/DB URL.")
@click.option("--actors", "actor_files", metavar="FILE", multiple=True, type=click.Path(exists=True, dir_okay=False),
              help="Extra actor table (CSV, same columns as tidings/data/organisations.csv); repeatable.")
@click.pass_context
def cli(ctx: click.Context, db: str, actor_files: tuple[str, ...]) -> None:
    """Tidings: turn news articles into a sourced database of political events.

    Ingest a folder of articles, then export or explore what was found:

        tidings ingest articles/
        tidings export articles --format jsonl --out articles.jsonl
    """
    ctx.obj = Settings(db=db, actor_files=actor_files)


def _parse_size(ctx, param, value):
    if value is None:
        return None
    m = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([KMG]?)i?B?\s*", value, re.I)
    if not m:
        raise click.BadParameter(f"{value!r} is not a size (expected e.g. 500000, 64MB or 1GB)")
    return int(float(m[1]) * 1024 ** " KMG".index(m[2].upper() or " "))


def _parse_map(ctx, param, values):
    pairs = []
    for value in values:
        attribute, sep, name = value.partition("=")
        if not sep or not name.strip() or attribute.strip() not in FIELD_NAMES:
            raise click.BadParameter(f"{value!r}: expected FIELD=NAME with FIELD one of {', '.join(FIELD_NAMES)}")
        pairs.append((attribute.strip(), name.strip()))
    return tuple(pairs)


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(readable=False))
@click.option("--fetched-at", metavar="DATE", callback=_parse_date,
              help="When the pages were saved (YYYY-MM-DD): resolves relative stamps like 'Updated 5 sec ago'.")
@click.option("--map", "field_map", metavar="FIELD=NAME", multiple=True, callback=_parse_map,
              help="Read FIELD (text, title, published, url, publisher, author, html, doc) of JSON/CSV "
                   "records from the field NAME; repeatable.")
@click.option("--max-file-size", metavar="SIZE", callback=_parse_size,
              help=f"Reject input files larger than this  [default: {MAX_FILE_BYTES // 2**20}MB]")
@click.option("--max-decompressed-size", metavar="SIZE", callback=_parse_size,
              help=f"Reject compressed input that unpacks to more  [default: {MAX_DECOMPRESSED_BYTES // 2**20}MB]")
@click.option("--max-article-chars", type=click.IntRange(1), metavar="N",
              help=f"Reject an article whose text is longer  [default: {MAX_ARTICLE_CHARS:,}]")
@click.option("--max-html-size", metavar="SIZE", callback=_parse_size,
              help=f"Reject an HTML page larger than this, before parsing it  [default: {MAX_HTML_BYTES // 2**20}MB]")
@click.option("--workers", type=click.IntRange(1), default=default_workers, show_default="one per core, at most 4",
              help="Processes that run spaCy.")
@click.option("--fast", is_flag=True, help="Never run spaCy's statistical entity recogniser: rules alone name "
                                           "people, places and organisations (about a tenth faster).")
@click.option("--engine", "engine_name", type=click.Choice(["local", "ray"]), default="local", show_default=True,
              help="Where spaCy and the coding run: this machine, or a Ray cluster (README, \"Scale\").")
@click.option("--address", metavar="ADDRESS",
              help="Ray cluster to join (`auto`: the running one); without it, a local Ray on all cores.")
@_lock_timeout
@click.pass_obj
def ingest(settings: Settings, paths: tuple[str, ...], fetched_at: date | None, field_map: tuple,
           max_file_size: int | None, max_decompressed_size: int | None, max_article_chars: int | None,
           max_html_size: int | None, workers: int, fast: bool, engine_name: str, address: str | None,
           lock_timeout: float) -> None:
    """Ingest files or folders (recursively), or `-` for standard input: text (.txt), HTML
    pages (.html, .htm), RSS/Atom feeds (.rss, .atom, .xml), JSON, JSON Lines and CSV
    records, each possibly compressed (.gz, .xz, .zip).

    Every input is kept verbatim (content-addressed), split into articles with page furniture
    removed, and stored. Input that cannot be used is reported, recorded (see `tidings errors`)
    and skipped; the rest of the run goes on. Ingesting the same bytes again changes nothing.
    Articles that are not in English are stored but not coded into events.
    """
    limits = {"max_file_bytes": max_file_size, "max_decompressed_bytes": max_decompressed_size,
              "max_article_chars": max_article_chars, "max_html_bytes": max_html_size}
    settings = replace(settings, field_map=field_map, **{k: v for k, v in limits.items() if v is not None})
    settings = replace(settings, fetched_at=fetched_at, workers=workers, fast=fast)
    if address and engine_name != "ray":
        raise click.UsageError("--address needs --engine ray")
    from . import pipeline
    from .distributed import WorkerError

    engine = None
    if engine_name == "ray":
        from .distributed import RayEngine

        engine = RayEngine(address=address, fast=fast)
    try:
        with open_store(settings.db, lock_timeout=lock_timeout) as store, Progress(
                TextColumn("[progress.description]{task.description}"), BarColumn(), MofNCompleteColumn(),
                TimeRemainingColumn(), console=err, transient=True, disable=not err.is_terminal) as bar:
            task = bar.add_task("ingesting", total=None)
            report = pipeline.run(paths, store, settings, progress=lambda doc: bar.advance(task), engine=engine)
            counts = store.counts()
    except WorkerError as error:
        raise click.ClickException(f"{error} (the inputs coded before it are stored)") from None
    _print_report(report, counts, settings.db)
    sys.exit(0 if report.ok else 1)


def _print_report(report: Report, counts: dict[str, int], db: str) -> None:
    click.echo(f"Read {report.files} file(s): {report.articles} new article(s) stored, {report.events} event(s) coded.")
    if report.unchanged:
        click.echo(f"Already in the store, nothing new stored: {len(report.unchanged)} file(s).")
    if report.skipped:
        click.echo(f"Stored but not coded (not in English): {len(report.skipped)} article(s):")
        for skipped in report.skipped:
            click.echo(f"  {printable(skipped)}")
    if report.rejections:
        click.echo(f"Rejected {len(report.rejections)} input(s):")
        for rejection in report.rejections:
            click.echo(f"  {printable(rejection)}")
    click.echo(f"Store {printable(db)}: {counts['articles']} article(s) from {counts['sources']} input(s), "
               f"{counts['events']} event(s).")


@cli.group("export")
def export_group() -> None:
    """Write stored records to a file or standard output."""


@export_group.command("articles")
@click.option("--format", "fmt", type=click.Choice(export.formats("articles")), default="jsonl",
              show_default=True, help="Output format.")
@click.option("--out", type=click.File("w", encoding="utf-8"), default="-", metavar="FILE",
              help="Output file (default: standard output).")
@click.pass_obj
def export_articles(settings: Settings, fmt: str, out) -> None:
    """Export every stored article (fields per docs/event-schema.md)."""
    with _reading(settings) as store:
        count = export.EXPORTERS[("articles", fmt)](store.articles(), out)
    if out.name != "<stdout>":
        err.print(f"Wrote {count} article(s) to {out.name}.")


def _min_confidence(function):
    return click.option("--min-confidence", type=click.FloatRange(0, 1), default=DEFAULT_MIN_CONFIDENCE,
                        show_default=True, help="Leave out events coded with less confidence.")(function)


@export_group.command("events")
@click.option("--format", "fmt", type=click.Choice(export.formats("events")), default="jsonl",
              show_default=True, help="Output format.")
@click.option("--out", type=click.File("w", encoding="utf-8"), default="-", metavar="FILE",
              help="Output file (default: standard output).")
@_min_confidence
@click.pass_obj
def export_events(settings: Settings, fmt: str, out, min_confidence: float) -> None:
    """Export coded events, one per real-world event with all its mentions (docs/event-schema.md)."""
    with _reading(settings) as store:
        count = export.EXPORTERS[("events", fmt)](store.events(min_confidence=min_confidence), out)
    if out.name != "<stdout>":
        err.print(f"Wrote {count} event(s) to {out.name}.")


@cli.command()
@click.option("--actor", metavar="CODE", help="Only events with this actor (ISO3 country, organisation code or name).")
@click.option("--type", "kind", metavar="TYPE", callback=_checked(query.event_type),
              help="Only this PLOVER type (AGREE, CONSULT, ASSAULT …).")
@click.option("--since", metavar="DATE", callback=_checked(query.period),
              help="Only events on or after this date (YYYY, YYYY-MM or YYYY-MM-DD).")
@click.option("--limit", type=click.IntRange(1), default=50, show_default=True, help="Show at most this many events.")
@_min_confidence
@click.pass_obj
def events(settings: Settings, actor: str | None, kind: str | None, since: str | None, limit: int,
           min_confidence: float) -> None:
    """Print coded events as a table: date, type, who → whom, status and the evidence."""
    with _reading(settings) as store:
        found = list(store.events(actors=[actor] if actor else [], type=kind, since=since,
                                  min_confidence=min_confidence, limit=limit))
    table = Table(title=f"{len(found)} event(s)")
    for column in ("date", "type", "source", "target", "status", "evidence"):
        table.add_column(column, overflow="fold")
    for e in found:
        arrow = "↔" if e.symmetric else "→"
        table.add_row(*_cells(e.date or "—", e.type, f"{e.source.name} ({e.source.key})",
                              f"{arrow} {e.target.name} ({e.target.key})" if e.target else "",
                              e.status, e.mentions[0].sentence if e.mentions else ""))
    Console(highlight=False).print(table)


@cli.command()
@click.argument("event_id")
@click.option("--json", "as_json", is_flag=True, help="Print the event as JSON (the export record).")
@click.pass_obj
def show(settings: Settings, event_id: str, as_json: bool) -> None:
    """Show one event: its coding, every mention with article, outlet and sentence, and why
    its reports were merged."""
    with _reading(settings) as store:
        event = store.event(event_id)
    if event is None:
        raise click.ClickException(f"no event {event_id!r} in {settings.db}")
    if as_json:
        click.echo(json.dumps({**event.as_dict(), "merge_notes": list(event.merge_notes)}, ensure_ascii=False, indent=2))
        return
    arrow = "↔" if event.symmetric else "→"
    target = f" {arrow} {event.target.name} ({event.target.key})" if event.target else ""
    click.echo(printable(f"{event.type} ({event.status}): {event.source.name} ({event.source.key}){target}"))
    click.echo(printable(f"  date {event.date or 'unknown'} ({event.date_basis or 'not stated'})"
                         + (f", in {event.location.name}" if event.location else "")))
    click.echo(f"  CAMEO {event.cameo}, QuadClass {event.quad_class}, Goldstein {event.goldstein}, "
               f"confidence {event.confidence}")
    if event.commitment:
        click.echo(f"  commitment: {event.commitment.type} due {event.commitment.due or 'no date given'}")
    click.echo(f"  {event.num_mentions} mention(s) in {event.num_articles} article(s) "
               f"from {event.num_sources} source(s)")
    for note in event.merge_notes:
        click.echo(f"  merged: {note}")
    for number, m in enumerate(event.mentions, start=1):
        click.echo(printable(f"\n  [{number}] {m.doc} (article {m.article_id}, {m.publisher or 'outlet unknown'}, "
                             f"published {m.published or 'unknown'}), chars {m.start}-{m.end}, trigger “{m.trigger}”"))
        click.echo(f"      {printable(m.sentence)}")


@cli.command()
@_lock_timeout
@click.pass_obj
def recode(settings: Settings, lock_timeout: float) -> None:
    """Code every stored article again, without re-ingesting (after an upgrade or a registry change)."""
    from . import pipeline

    with open_store(settings.db, lock_timeout=lock_timeout) as store:
        count = pipeline.recode(store, settings)
    click.echo(f"Recoded the store: {count} event(s).")


@cli.command()
@click.option("--limit", type=click.IntRange(0), default=20, show_default=True, help="How many articles to list.")
@click.pass_obj
def summary(settings: Settings, limit: int) -> None:
    """Show what the store holds: articles, events by type, and rejected input."""
    with _reading(settings) as store:
        counts = store.counts()
        listed = list(itertools.islice(store.articles(), limit))
        coded = list(store.events(min_confidence=DEFAULT_MIN_CONFIDENCE))
    console = Console(highlight=False)
    table = Table(title=Text(printable(f"{counts['articles']} article(s) from {counts['sources']} input(s) "
                                       f"in {settings.db}")))
    for column in ("doc", "#", "published", "dateline", "publisher", "title"):
        table.add_column(column, overflow="fold", no_wrap=column == "doc")
    for a in listed:
        table.add_row(*_cells(a.doc, a.index, a.published, a.dateline, a.publisher, a.title))
    console.print(table)
    by_type = Table(title=f"{len(coded)} event(s) (confidence ≥ {DEFAULT_MIN_CONFIDENCE})")
    for column in ("type", "events", "example"):
        by_type.add_column(column, overflow="fold")
    for kind in sorted({e.type for e in coded}, key=lambda k: -sum(e.type == k for e in coded)):
        example = next(e for e in coded if e.type == kind)
        who = f"{example.source.key} → {example.target.key}" if example.target else example.source.key
        by_type.add_row(*_cells(kind, sum(e.type == kind for e in coded),
                                f"{who} {example.date or ''}: {example.mentions[0].sentence}"))
    console.print(by_type)
    if counts["rejections"]:
        click.echo(f"{counts['rejections']} rejected input(s): see `tidings errors`.")


@cli.command()
@click.pass_obj
def errors(settings: Settings) -> None:
    """List the input that was rejected, with the file, line and reason."""
    with _reading(settings) as store:
        rejections = store.rejections()
    for rejection in rejections:
        click.echo(printable(rejection))
    if not rejections:
        err.print("No rejected input.")


def _period_options(function):
    function = click.option("--until", metavar="DATE", callback=_checked(query.period),
                            help="Only events on or before this date.")(function)
    return click.option("--since", metavar="DATE", callback=_checked(query.period),
                        help="Only events on or after this date (YYYY[-MM[-DD]]).")(function)


def _format_option(function):
    return click.option("--format", "fmt", type=click.Choice(["table", "json", "csv"]), default="table",
                        show_default=True, help="Output format.")(function)


def _emit(rows: list[dict], fmt: str, columns: list[str], title: str) -> None:
    """Print rows as a table, JSON or CSV (lists in CSV cells are JSON-encoded)."""
    if fmt == "json":
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2, default=str))
    elif fmt == "csv":
        export.write_csv(rows, sys.stdout, tuple(rows[0]) if rows else tuple(columns))
    else:
        table = Table(title=Text(printable(title)))
        for column in columns:
            table.add_column(column, overflow="fold", no_wrap=column in ("date", "type", "who", "period"),
                             ratio=3 if column == "summary" else None)
        for row in rows:
            table.add_row(*_cells(*[", ".join(map(str, v)) if isinstance(v, list) else v
                                    for v in (_cell(row, c) for c in columns)]))
        Console(highlight=False).print(table)


def _cell(row: dict, column: str):
    """A row's value for a table column; ``who`` is the actor pair in short."""
    if column == "who":
        arrow = "↔" if row.get("symmetric") else "→"
        return f"{row['source_key']} {arrow} {row['target_key']}" if row.get("target_key") else row["source_key"]
    return row.get(column)


def _with_store(settings: Settings, work):
    with _reading(settings) as store:
        return work(store)


@cli.command()
@click.argument("actor")
@click.argument("other", required=False)
@_period_options
@_min_confidence
@_format_option
@click.pass_obj
def timeline(settings: Settings, actor: str, other: str | None, since, until, min_confidence, fmt) -> None:
    """Events of one actor, or between two (e.g. `PAK RUS`), in date order, with a summary from
    the evidence and the outlets that report them."""
    rows = _with_store(settings, lambda store: query.timeline(store, actor, other, since=since, until=until,
                                                              min_confidence=min_confidence))
    _emit(rows, fmt, ["date", "type", "who", "summary", "outlets"],
          f"{actor}{' – ' + other if other else ''}: {len(rows)} event(s)")


@cli.command()
@_period_options
@_min_confidence
@click.option("--limit", type=click.IntRange(1), default=20, show_default=True, help="How many pairs to list.")
@_format_option
@click.pass_obj
def dyads(settings: Settings, since, until, min_confidence, limit, fmt) -> None:
    """The most active pairs of actors: events by QuadClass (1 verbal cooperation, 2 material
    cooperation, 3 verbal conflict, 4 material conflict) and mean Goldstein value."""
    rows = _with_store(settings, lambda store: store.dyads(since=since, until=until,
                                                           min_confidence=min_confidence, limit=limit))
    _emit(rows, fmt, ["a", "b", "events", "quad1", "quad2", "quad3", "quad4", "mean_goldstein"], "Most active pairs")


@cli.command()
@click.argument("actor")
@click.argument("other")
@click.option("--by", type=click.Choice(["year", "month", "day"]), default="month", show_default=True,
              help="Period of the index.")
@_period_options
@_min_confidence
@_format_option
@click.pass_obj
def index(settings: Settings, actor: str, other: str, by: str, since, until, min_confidence, fmt) -> None:
    """The cooperation–conflict index of a relation over time: per period, the mean Goldstein
    value (−10 … +10) of the pair's events, each weighted by its number of distinct outlets."""
    rows = _with_store(settings, lambda store: store.relation_index(actor, other, by=by, since=since, until=until,
                                                                    min_confidence=min_confidence))
    _emit(rows, fmt, ["period", "events", "weight", "index", "cooperative", "conflictual"],
          f"{actor} – {other} relation index by {by}")


@cli.command()
@click.option("--country", metavar="ISO3", callback=_checked(query.country_code), help="Only actors of this country.")
@_min_confidence
@_format_option
@click.pass_obj
def actors(settings: Settings, country: str | None, min_confidence, fmt) -> None:
    """Resolved actors with their roles, sectors and event counts."""
    rows = _with_store(settings, lambda store: store.actor_table(country=country, min_confidence=min_confidence))
    _emit(rows, fmt, ["name", "country", "org", "sectors", "roles", "events"], f"{len(rows)} actor(s)")


@cli.command()
@click.argument("actor", required=False)
@click.argument("other", required=False)
@click.option("--as-of", metavar="DATE", callback=_parse_date, help="Judge due dates at this date (default: today).")
@_min_confidence
@_format_option
@click.pass_obj
def commitments(settings: Settings, actor, other, as_of, min_confidence, fmt) -> None:
    """Promises and plans found in the text, their due date or window, and whether a later
    stored event fulfils them: open, due, overdue, or kept (with the event that kept it)."""
    rows = _with_store(settings, lambda store: query.commitments(store, actor, other, as_of=as_of,
                                                                 min_confidence=min_confidence))
    _emit(rows, fmt, ["date", "who", "promised", "due", "commitment_status", "kept_by", "summary"],
          f"{len(rows)} commitment(s)")


@cli.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on (localhost only by default).")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(1, 65535), help="Port to listen on.")
@click.pass_obj
def serve(settings: Settings, host: str, port: int) -> None:
    """Serve the dashboard and its JSON API over the store, read-only: overview, pairs,
    actors, events and search at http://HOST:PORT/, the JSON API under /api/ (described
    by /openapi.json)."""
    import uvicorn

    from .web import create_app

    app = create_app(settings.db)
    err.print(f"Tidings dashboard for {settings.db} at http://{host}:{port}/ (Ctrl+C to stop)")
    uvicorn.run(app, host=host, port=port, log_level="warning")


@cli.command()
@click.option("--articles", "count", type=click.IntRange(1), default=200, show_default=True,
              help="How many articles to generate (600–900 words each).")
@click.option("--input", "source", type=click.Path(exists=True),
              help="Ingest this file or folder instead (e.g. a JSON Lines corpus of real news).")
@click.option("--workers", type=click.IntRange(1), default=default_workers, show_default="one per core, at most 4",
              help="spaCy processes.")
@click.option("--fast", is_flag=True, help="spaCy without its entity recogniser (see `ingest --fast`).")
@click.option("--baseline", is_flag=True, help="Then run a plain spaCy pass of the same model over the same "
                                               "articles, with as many processes, and print it beside.")
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
def bench(count: int, source: str | None, workers: int, fast: bool, baseline: bool, as_json: bool) -> None:
    """Measure a full ingest (articles → events → merged and stored) into a scratch store:
    articles/s, sentences/s, CPU per article, peak memory and the time spent in each stage."""
    from . import bench as benchmark

    figures = benchmark.run(count, source, workers, fast, baseline)
    if as_json:
        click.echo(json.dumps(figures, indent=2))
        return
    click.echo(f"{figures['articles']} articles, {figures['events']} events in {figures['seconds']} s "
               f"with {workers} spaCy worker(s)")
    click.echo(f"  {figures['articles_per_second']} articles/s, {figures['sentences_per_second']} sentences/s")
    click.echo(f"  CPU: {figures['cpu_ms_per_article']} ms per article (all processes)")
    click.echo(f"  peak memory: {figures['peak_pss_mb']} MB in all (PSS); RSS {figures['peak_rss_mb']} MB "
               f"(this process), {figures['peak_worker_rss_mb']} MB (largest worker)")
    for stage, seconds in figures["stages"].items():
        click.echo(f"  {stage:8s} {seconds:8.2f} s")
    if baseline:
        plain = figures["plain_spacy"]
        click.echo(f"plain spaCy ({plain['articles']} articles, same model, {workers} process(es)): "
                   f"{plain['articles_per_second']} articles/s, {plain['articles_per_second_after_loading']} after "
                   f"loading the model; CPU {plain['cpu_ms_per_article']} ms per article; peak memory "
                   f"{plain['peak_pss_mb']} MB (PSS)")
        click.echo(f"  Tidings end to end: {figures['times_plain_spacy']}x the plain spaCy pass")


def main() -> None:
    cli(prog_name="tidings")
