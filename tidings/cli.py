"""Command line: each command parses its options, calls one library function, prints the result.

Exit status (README, "Exit status"): 0 when everything was handled, 1 when some input was
rejected (the rest is stored), 2 on a usage error (a value that is not valid, an ``--out`` that
cannot be written, an id that names no event, an address that cannot be listened at) or when there
is no store to read, 3 when the store is not a Tidings store this version can use, 4 when it
cannot be written (or read, or reached), 5 when another process holds it (the same command will
work once that one is done), 141 when the reader of the output stopped early.

Only ``ingest``, ``recode`` and ``bench`` need the NLP stack (spaCy, trafilatura, lemminflect…);
they import it when they start, so that every other command answers at once.
"""
from __future__ import annotations

import errno
import itertools
import json
import math
import os
import re
import socket
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

import click
from rich.console import Console
from rich.table import Table
from rich.text import Text
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

from . import __version__, export, names, query
from .settings import (DEFAULT_MIN_CONFIDENCE, FIELD_NAMES, MAX_ARTICLE_CHARS, MAX_DECOMPRESSED_BYTES, MAX_FILE_BYTES,
                       MAX_HTML_BYTES, Settings, default_db, default_workers)
from .store import SORTS, EventFilter, NotAStore, StoreError, StoreLocked, StoreMissing, StoreNotWritable, open_store

if TYPE_CHECKING:
    from .pipeline import Report

err = Console(stderr=True, highlight=False)
# control characters (C0, DEL, C1), line and paragraph separators, the bidirectional marks,
# embeddings, overrides and isolates that reorder the text around them, and lone surrogates
# (undecodable bytes of a file name)
CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


class Output(Console):
    """Rich's console on standard output, whose reader may stop early (``| head``): that ends the
    command as ``Commands`` says, not with rich's status 1."""

    def on_broken_pipe(self) -> None:
        raise BrokenPipeError


def printable(value: object) -> str:
    """Text for the terminal with control characters written as escapes (``\\x1b``): file names,
    titles and sentences come from the input, and must not drive the terminal."""
    return CONTROL.sub(lambda m: m[0].encode("unicode_escape", "backslashreplace").decode("ascii"), str(value))


def _cells(*values: object) -> list[Text]:
    """Table cells shown as they are: control characters escaped, no console markup."""
    return [Text(printable("" if v is None else v)) for v in values]


EXIT_STATUS = {StoreMissing: 2, NotAStore: 3, StoreNotWritable: 4, StoreLocked: 5}
DEFAULT_LOCK_TIMEOUT = 30.0  # seconds a writing command waits for a store another process holds
CLOSED_OUTPUT = 141  # the status of a Unix tool that SIGPIPE ends: its reader stopped reading
MAX_WORKERS = 64  # spaCy processes at most: each holds a model and pipes (``--workers 999999`` ran out of files)


class Finite(click.FloatRange):
    """A number in a range, and not ``nan`` or ``inf`` (which every comparison lets through)."""

    def convert(self, value, param, ctx):
        number = super().convert(value, param, ctx)
        if not math.isfinite(number):
            self.fail(f"{value!r} is not a finite number", param, ctx)
        return number


class StoreFailure(click.ClickException):
    """A store that cannot be used: one line, and the exit status of its kind."""

    def __init__(self, error: StoreError) -> None:
        super().__init__(str(error))
        self.exit_code = EXIT_STATUS.get(type(error), 3)

    def format_message(self) -> str:
        return printable(self.message)


class Commands(click.Group):
    """The command group; a ``StoreError`` from any command ends it with its exit status, and
    standard output closed by its reader (``| head``) quietly with ``CLOSED_OUTPUT``."""

    def invoke(self, ctx: click.Context):
        try:
            done = super().invoke(ctx)
            if sys.stdout is not None:  # (None when started with it closed, ``>&-``)
                sys.stdout.flush()  # what is still buffered fails here, not at exit
            return done
        except StoreError as error:
            raise StoreFailure(error) from None
        except BrokenPipeError:  # the reader of the output (or of ``--out``, a pipe) stopped reading
            if sys.stdout is not None:
                os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # (nothing left to flush at exit)
            sys.exit(CLOSED_OUTPUT)


def _annotation_options(function):
    """``--workers`` and ``--fast``: how spaCy annotates (ingest, recode, bench)."""
    function = click.option("--fast", is_flag=True, help="Never run spaCy's statistical entity recogniser: rules "
                            "alone name people, places and organisations (about a tenth faster).")(function)
    return click.option("--workers", type=click.IntRange(1, MAX_WORKERS), default=default_workers,
                        show_default="one per core, at most 4", help="Processes that run spaCy.")(function)


def _lock_timeout(function):
    return click.option("--lock-timeout", type=Finite(0), default=DEFAULT_LOCK_TIMEOUT, metavar="SECONDS",
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
    """A click callback that applies a parameter check (a function that raises ``ValueError``)."""
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
              callback=_checked(lambda paths: tuple(map(names.check_actor_table, paths))),
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
    m = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([KMG]?)i?B?\s*", value, re.I | re.ASCII)
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
@_annotation_options
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
        with open_store(settings.db, lock_timeout=lock_timeout) as store, _progress("ingesting") as advance:
            report = pipeline.run(paths, store, settings, progress=lambda doc: advance(), engine=engine)
            counts = store.counts()
    except WorkerError as error:
        raise click.ClickException(f"{error} (the inputs coded before it are stored)") from None
    _print_report(report, counts, settings.db)
    sys.exit(0 if report.ok else 1)


@contextmanager
def _progress(what: str, total: int | None = None) -> Iterator[Callable[[], None]]:
    """A progress bar on standard error (when it is a terminal) while the block runs; yields the
    function that advances it by one."""
    with Progress(TextColumn("[progress.description]{task.description}"), BarColumn(), MofNCompleteColumn(),
                  TimeRemainingColumn(), console=err, transient=True, disable=not err.is_terminal) as bar:
        task = bar.add_task(what, total=total)
        yield lambda: bar.advance(task)


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


ACTOR_HELP = ("a country or organisation code, a country's name, a person's full name or surname, or any name "
              "variant the store knows")




def _min_confidence(function):
    return click.option("--min-confidence", type=Finite(0, 1), default=DEFAULT_MIN_CONFIDENCE,
                        show_default=True, help="Leave out events coded with less confidence.")(function)


def _period_options(function):
    function = click.option("--until", metavar="DATE", callback=_period_end,
                            help="Only events on or before this date.")(function)
    return click.option("--since", metavar="DATE", callback=_period_end,
                        help="Only events on or after this date (YYYY[-MM[-DD]]).")(function)


def _period_end(ctx, param, value):
    """The callback of ``--since`` and ``--until``: a date, and a period that holds a day with the
    other end (whichever of the two click reads second checks it)."""
    value = _checked(query.period)(ctx, param, value)
    ends = {**ctx.params, param.name: value}
    try:
        query.ordered_period(ends.get("since"), ends.get("until"))
    except ValueError as error:
        raise click.BadParameter(str(error)) from None
    return value


def _event_filters(function):
    """The options that select events, as the dashboard's events page takes them."""
    options = [
        click.option("--actor", metavar="NAME", help=f"Only events with this actor: {ACTOR_HELP}."),
        click.option("--with", "other", metavar="NAME", help="...and this other one (the pair, either direction)."),
        click.option("--type", "kind", callback=_checked(query.event_type), metavar="TYPE",
                     help="Only this PLOVER type (AGREE, CONSULT, ASSAULT …)."),
        click.option("--status", type=click.Choice(query.STATUSES), help="Only events of this status."),
        click.option("--quad-class", type=click.IntRange(1, 4), metavar="1-4",
                     help="Only this QuadClass (1 verbal, 2 material cooperation; 3 verbal, 4 material conflict)."),
        _period_options,
        click.option("--search", "text", metavar="WORDS",
                     help='Only events whose article text or title, or an actor\'s name, holds every word ("quoted '
                          'phrase" as one).'),
        click.option("--country", metavar="ISO3", callback=_checked(query.country_code),
                     help="Only events that happened in this country."),
        click.option("--place", metavar="NAME", help="Only events that happened at this place."),
        _min_confidence,
    ]
    for option in reversed(options):
        function = option(function)
    return function


def _selection(store, actor, other, kind, status, quad_class, since, until, text, country, place, min_confidence):
    """The events filter of the ``_event_filters`` options; an actor no name matches is said on stderr."""
    where = query.select(store, actor, other, type=kind, status=status, quad_class=quad_class,
                         since=since, until=until, text=text, country=country, place=place,
                         min_confidence=min_confidence)
    for match in where.actors:
        if not (match.keys or match.names):
            err.print(f"No actor in {store.location} matches {match.text!r}.")
    return where


def _format_option(function):
    return click.option("--format", "fmt", type=click.Choice(["table", "json", "csv"]), default="table",
                        show_default=True, help="Output format.")(function)


def _limit_options(default: int | None, what: str):
    def decorate(function):
        function = click.option("--offset", type=click.IntRange(0, query.MAX_ROWS), default=0, show_default=True,
                                help=f"Skip this many {what} first.")(function)
        return click.option("--limit", type=click.IntRange(1, query.MAX_ROWS), default=default,
                            show_default=default is not None,
                            help=f"Show at most this many {what}" + ("." if default else " (default: all)."))(function)
    return decorate


@cli.group("export")
def export_group() -> None:
    """Write stored records to a file or standard output."""


def _out_option(function):
    return click.option("--out", type=click.File("w", encoding="utf-8", lazy=True), callback=_writable,
                        default="-", metavar="FILE",
                        help="Output file (default: standard output).")(function)


def _writable(ctx, param, out):
    """``--out``, opened only when written to (so that a command that fails first leaves an earlier
    file whole), but tried now: a file that cannot be written is a usage error (status 2)."""
    if out.name != "-":
        try:
            open(out.name, "a", encoding="utf-8").close()  # (appends nothing, truncates nothing)
        except OSError as error:
            raise click.BadParameter(f"{out.name!r}: {error.strerror or error}") from None
    return out


def _wrote(out, count: int, what: str) -> None:
    if out.name != "-":
        err.print(f"Wrote {count} {what}(s) to {out.name}.")


@export_group.command("articles")
@click.option("--format", "fmt", type=click.Choice(export.formats("articles")), default="jsonl",
              show_default=True, help="Output format.")
@_out_option
@click.pass_obj
def export_articles(settings: Settings, fmt: str, out) -> None:
    """Export every stored article (fields per docs/event-schema.md)."""
    with _reading(settings) as store:
        count = export.write("articles", fmt, store.articles(), out, store)
    _wrote(out, count, "article")


@export_group.command("events")
@click.option("--format", "fmt", type=click.Choice(export.formats("events")), default="jsonl",
              show_default=True, help="Output format.")
@_out_option
@_event_filters
@click.option("--sort", type=click.Choice(SORTS), default="date", show_default=True,
              help="Order of the events (`-` first: largest first).")
@click.pass_obj
def export_events(settings: Settings, fmt: str, out, sort: str, **filters) -> None:
    """Export coded events, one per real-world event with all its mentions (docs/event-schema.md);
    the options select which, as on the dashboard's events page."""
    with _reading(settings) as store:
        count = export.write("events", fmt, store.events(_selection(store, **filters), sort=sort), out, store)
    _wrote(out, count, "event")


@export_group.command("commitments")
@click.option("--format", "fmt", type=click.Choice(export.formats("commitments")), default="jsonl",
              show_default=True, help="Output format.")
@_out_option
@click.option("--as-of", metavar="DATE", callback=_parse_date, help="Judge due dates at this date (default: today).")
@_event_filters
@click.pass_obj
def export_commitments(settings: Settings, fmt: str, out, as_of, **filters) -> None:
    """Export the commitments (promises and plans), one per promise, with their status."""
    with _reading(settings) as store:
        rows = query.commitments(store, _selection(store, **filters), as_of=as_of)
    _wrote(out, export.write("commitments", fmt, rows, out), "commitment")


@cli.command()
@_event_filters
@click.option("--sort", type=click.Choice(SORTS), default="date", show_default=True,
              help="Order of the events (`-` first: largest first).")
@_limit_options(50, "events")
@_format_option
@click.pass_obj
def events(settings: Settings, sort: str, limit: int, offset: int, fmt: str, **filters) -> None:
    """List coded events: id, date, type, who → whom, status and a summary of the evidence."""
    with _reading(settings) as store:
        page = query.events(store, _selection(store, **filters), sort=sort, limit=limit, offset=offset)
        rows = [query.event_row(e) for e in page["events"]]
    _emit(rows, fmt, ["id", "date", "type", "who", "status", "summary"], f"{page['total']} event(s)",
          more=page["total"] - offset - len(rows), droppable=("status",))


@cli.command()
@click.argument("event_id")
@click.option("--json", "as_json", is_flag=True, help="Print the event as JSON (the export record).")
@click.pass_obj
def show(settings: Settings, event_id: str, as_json: bool) -> None:
    """Show one event (its id, or any prefix of it that only it has): its coding, every mention
    with article, outlet and sentence, its commitments, and why its reports were merged."""
    with _reading(settings) as store:
        try:
            found = query.resolve_id(store, "event", event_id)
        except query.AmbiguousId as error:
            raise click.BadParameter(str(error), param_hint="EVENT_ID") from None
        event = store.event(found) if found else None
    if event is None:
        raise click.BadParameter(f"no event {event_id!r} in {settings.db}", param_hint="EVENT_ID")
    if as_json:
        click.echo(json.dumps({**event.as_dict(), "merge_notes": list(event.merge_notes)}, ensure_ascii=False, indent=2))
        return
    arrow = "↔" if event.symmetric else "→"
    target = f" {arrow} {event.target.name} ({event.target.key})" if event.target else ""
    click.echo(printable(f"{event.event_id}  {event.type} ({event.status}): {event.source.name} "
                         f"({event.source.key}){target}"))
    click.echo(printable(f"  date {event.date or 'unknown'} ({event.date_basis or 'not stated'})"
                         + (f", in {event.location.name}" if event.location else "")))
    click.echo(f"  CAMEO {event.cameo}, QuadClass {event.quad_class}, Goldstein {event.goldstein}, "
               f"confidence {event.confidence}")
    for promise in event.commitments:
        click.echo(f"  commitment: {promise.text} ({promise.type or 'type unknown'}), due "
                   f"{promise.due or promise.due_text or 'no date given'}")
    click.echo(f"  {event.num_mentions} mention(s) in {event.num_articles} article(s) "
               f"from {event.num_sources} source(s)")
    for note in event.merge_notes:
        click.echo(f"  merged: {note}")
    for number, (m, triggers) in enumerate(query.unique_mentions(event), start=1):
        click.echo(printable(f"\n  [{number}] {m.doc} (article {m.article_id}, {m.publisher or 'outlet unknown'}, "
                             f"published {m.published or 'unknown'}), chars {m.start}-{m.end}, "
                             f"trigger {', '.join(f'“{t}”' for t in triggers)}"))
        click.echo(f"      {printable(m.sentence)}")


@cli.command()
@_annotation_options
@_lock_timeout
@click.pass_obj
def recode(settings: Settings, workers: int, fast: bool, lock_timeout: float) -> None:
    """Code every stored article again, without re-ingesting (after an upgrade or a registry change).
    Exits 1 when part of an article was left out or not coded (listed, and in `tidings errors`)."""
    from . import pipeline

    with open_store(settings.db, lock_timeout=lock_timeout) as store, \
            _progress("recoding", store.counts()["articles"]) as advance:
        count, cuts = pipeline.recode(store, replace(settings, workers=workers, fast=fast), progress=advance)
    click.echo(f"Recoded the store: {count} event(s).")
    if cuts:
        click.echo(f"Not coded in full: {len(cuts)} part(s) of articles:")
        for cut in cuts:
            click.echo(f"  {printable(cut)}")
    sys.exit(1 if cuts else 0)


@cli.command()
@_limit_options(20, "articles")
@click.pass_obj
def summary(settings: Settings, limit: int, offset: int) -> None:
    """Show what the store holds: articles (with their ids), events by type, and rejected input."""
    with _reading(settings) as store:
        counts = store.counts()
        listed = list(itertools.islice(store.articles(), offset, offset + limit))
        coded = list(store.events(EventFilter(min_confidence=DEFAULT_MIN_CONFIDENCE)))
    console = Output(highlight=False)
    rows = [{"id": a.article_id, "doc": a.doc, "#": a.index, "published": a.published, "publisher": a.publisher,
             "title": a.title} for a in listed]
    _emit(rows, "table", ["id", "doc", "#", "published", "publisher", "title"],
          f"{counts['articles']} article(s) from {counts['sources']} input(s) in {settings.db}",
          more=counts["articles"] - offset - len(rows), droppable=("#", "publisher", "doc"))
    by_type = []
    for kind in sorted({e.type for e in coded}, key=lambda k: -sum(e.type == k for e in coded)):
        example = next(e for e in coded if e.type == kind)
        by_type.append({"type": kind, "events": sum(e.type == kind for e in coded), "id": example.event_id,
                        "example": f"{example.date or 'undated'}: {example.mentions[0].sentence}"})
    _emit(by_type, "table", ["type", "events", "id", "example"],
          f"{len(coded)} event(s) (confidence ≥ {DEFAULT_MIN_CONFIDENCE})")
    if counts["rejections"]:
        console.print(f"{counts['rejections']} rejected input(s): see `tidings errors`.")


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


#: table columns that take the width the others leave (wrapping their words), and headers in short
WIDE = {"summary", "title", "example", "what", "outlets", "roles", "name"}
HEADERS = {"commitment_status": "status", "kept_by": "kept by", "mean_goldstein": "goldstein"}
MIN_WIDE = 24  # characters a wide column needs before narrow columns are dropped for it
CAP = 26  # widest a narrow column grows; longer values end in an ellipsis


def _emit(rows: list[dict], fmt: str, columns: list[str], title: str, more: int = 0,
          droppable: tuple[str, ...] = ()) -> None:
    """Print rows as a table as wide as the terminal, JSON or CSV (lists in CSV cells are
    JSON-encoded); ``more`` rows left out are said under a table, or on stderr.

    In a table, narrow columns are as wide as their values (at most ``CAP``) and never wrap;
    the wide ones share what is left, and when that is too little the ``droppable`` columns
    are left out, in order."""
    if fmt == "json":
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2, default=str))
    elif fmt == "csv":
        export.write_csv(rows, sys.stdout, tuple(rows[0]) if rows else tuple(columns))
    else:
        console = Output(highlight=False)
        cells = [[_text(_cell(row, c)) for c in columns] for row in rows]
        natural = {c: max([len(HEADERS.get(c, c))] + [len(cell[i]) for cell in cells])
                   for i, c in enumerate(columns)}
        shown = list(columns)
        while True:
            narrow = sum(min(natural[c], CAP) + 3 for c in shown if c not in WIDE)
            wide = [c for c in shown if c in WIDE]
            left = console.width - 1 - narrow - 3 * len(wide)
            drop = next((c for c in droppable if c in shown), None)
            if not wide or left >= MIN_WIDE * len(wide) or drop is None:
                break
            shown.remove(drop)
        table = Table(title=Text(printable(title)))
        for c in shown:
            if c in WIDE:
                table.add_column(HEADERS.get(c, c), overflow="fold", width=max(8, left // len(wide)))
            else:
                table.add_column(HEADERS.get(c, c), no_wrap=True, overflow="ellipsis", max_width=CAP)
        for cell in cells:
            table.add_row(*_cells(*[cell[columns.index(c)] for c in shown]))
        console.print(table)
    if more > 0:
        note = f"… and {more} more (see --limit and --offset)."
        (click.echo(note) if fmt == "table" else err.print(note))


def _text(value) -> str:
    return ", ".join(map(str, value)) if isinstance(value, list) else "" if value is None else str(value)


def _cell(row: dict, column: str):
    """A row's value for a table column: ``who`` is the actor pair in short, ``id`` the first
    characters of the row's id (any unique prefix is accepted back)."""
    if column == "who":
        arrow = "↔" if row.get("symmetric") else "→"
        return f"{row['source_key']} {arrow} {row['target_key']}" if row.get("target_key") else row["source_key"]
    if column == "due" and not row.get("due") and row.get("due_text"):
        return row["due_text"]
    if column in ("id", "kept_by"):
        full = row.get(column) if column == "kept_by" else next(
            (row[k] for k in ("commitment_id", "event_id", "id") if row.get(k)), None)
        return full[:query.SHORT_ID] if full else None
    return row.get(column)


def _with_store(settings: Settings, work):
    with _reading(settings) as store:
        return work(store)


def _cut(rows: list[dict], limit: int | None, offset: int) -> tuple[list[dict], int]:
    """A page of rows, and how many come after it."""
    end = offset + limit if limit else len(rows)
    return rows[offset:end], max(0, len(rows) - end)


@cli.command()
@click.argument("actor")
@click.argument("other", required=False)
@_period_options
@_min_confidence
@_limit_options(None, "events")
@_format_option
@click.pass_obj
def timeline(settings: Settings, actor: str, other: str | None, since, until, min_confidence, limit, offset,
             fmt) -> None:
    """Events of one actor, or between two (e.g. `PAK RUS`, `Blinken China`), in date order, with
    a summary from the evidence and the outlets that report them."""
    with _reading(settings) as store:
        page = query.events(store, query.select(store, actor, other, since=since, until=until,
                                                min_confidence=min_confidence), limit=limit, offset=offset)
        rows = [query.event_row(e) for e in page["events"]]
    _emit(rows, fmt, ["id", "date", "type", "who", "summary", "outlets"],
          f"{actor}{' – ' + other if other else ''}: {page['total']} event(s)", page["total"] - offset - len(rows),
          droppable=("outlets",))


@cli.command()
@_period_options
@_min_confidence
@_limit_options(20, "pairs")
@_format_option
@click.pass_obj
def dyads(settings: Settings, since, until, min_confidence, limit, offset, fmt) -> None:
    """The most active pairs of actors: events by QuadClass (1 verbal cooperation, 2 material
    cooperation, 3 verbal conflict, 4 material conflict) and mean Goldstein value."""
    found = _with_store(settings, lambda store: store.dyads(
        EventFilter(since=since, until=until, min_confidence=min_confidence), limit=2**31 - 1))
    rows, more = _cut(found, limit, offset)
    _emit(rows, fmt, ["a", "b", "events", "quad1", "quad2", "quad3", "quad4", "mean_goldstein"], "Most active pairs",
          more)


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
    rows = _with_store(settings, lambda store: store.relation_index(query.select(
        store, actor, other, since=since, until=until, min_confidence=min_confidence), by=by))
    _emit(rows, fmt, ["period", "events", "weight", "index", "cooperative", "conflictual"],
          f"{actor} – {other} relation index by {by}")


@cli.command()
@click.option("--country", metavar="ISO3", callback=_checked(query.country_code), help="Only actors of this country.")
@_min_confidence
@_limit_options(None, "actors")
@_format_option
@click.pass_obj
def actors(settings: Settings, country: str | None, min_confidence, limit, offset, fmt) -> None:
    """Resolved actors with their roles, sectors, event counts and the dates they first and last act on."""
    found = _with_store(settings, lambda store: store.actor_table(EventFilter(min_confidence=min_confidence),
                                                                  country=country))
    rows, more = _cut(found, limit, offset)
    _emit(rows, fmt, ["name", "country", "org", "sectors", "roles", "events", "first", "last"],
          f"{len(found)} actor(s)", more, droppable=("first", "sectors", "org"))


@cli.command()
@click.argument("actor", required=False)
@click.argument("other", required=False)
@click.option("--as-of", metavar="DATE", callback=_parse_date, help="Judge due dates at this date (default: today).")
@click.option("--status", "wanted", type=click.Choice(query.PROMISE_STATUSES), help="Only commitments of this status.")
@_min_confidence
@_limit_options(None, "commitments")
@_format_option
@click.pass_obj
def commitments(settings: Settings, actor, other, as_of, wanted, min_confidence, limit, offset, fmt) -> None:
    """Promises and plans found in the text, one per promise: who promised what to whom, when it
    was stated, its due date or window, and whether a later stored event fulfils it: open, due,
    overdue, kept (with the event that kept it) or broken (with the event that broke it)."""
    found = _with_store(settings, lambda store: query.commitments(
        store, query.select(store, actor, other, min_confidence=min_confidence), as_of=as_of))
    found = [r for r in found if wanted in (None, r["commitment_status"])]
    rows, more = _cut(found, limit, offset)
    _emit(rows, fmt, ["id", "stated", "who", "what", "promised", "due", "commitment_status", "kept_by"],
          f"{len(found)} commitment(s)", more, droppable=("kept_by", "promised", "stated"))


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
    address = f"[{host}]:{port}" if ":" in host else f"{host or '0.0.0.0'}:{port}"
    listening = _listening(host, port, address)
    err.print(f"Tidings dashboard for {settings.db} at http://{address}/ (Ctrl+C to stop)")
    uvicorn.Server(uvicorn.Config(app, host=host, port=port, log_level="warning")).run(sockets=listening)


def _listening(host: str, port: int, address: str) -> list[socket.socket]:
    """Sockets bound to ``host:port``, one per address it stands for (``localhost``: IPv4 and
    IPv6, where the machine has them; an empty host: every interface), as uvicorn binds them; a
    usage error (status 2) that says why there can be none (uvicorn would print its own, and exit
    with status 3, "not a store")."""
    bound: list[socket.socket] = []
    try:
        for family, kind, proto, _, where in dict.fromkeys(socket.getaddrinfo(
                host or None, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)):
            try:
                bound.append(_bound(family, kind, proto, where))
            except OSError as error:  # a family the machine lacks ("::1" without IPv6): the others serve
                if error.errno not in (errno.EAFNOSUPPORT, errno.EADDRNOTAVAIL):
                    raise
                lacking = error
        if not bound:
            raise lacking
    except (OSError, UnicodeError) as error:  # (UnicodeError: a host IDNA cannot encode, "a..b")
        for listening in bound:
            listening.close()
        raise click.BadParameter(f"cannot listen at {address}: {getattr(error, 'strerror', None) or error}",
                                 param_hint="'--host' / '--port'") from None
    return bound


def _bound(family, kind, proto, where) -> socket.socket:
    """A socket listening at ``where``; an IPv6 one for IPv6 only (IPv4 gets its own)."""
    listening = socket.socket(family, kind, proto)
    try:
        listening.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        if family == socket.AF_INET6:
            listening.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY, 1)
        listening.bind(where)
        listening.listen()
    except OSError:
        listening.close()
        raise
    return listening


@cli.command()
@click.option("--articles", "count", type=click.IntRange(1), default=200, show_default=True,
              help="How many articles to generate (600–900 words each).")
@click.option("--input", "source", type=click.Path(exists=True),
              help="Ingest this file or folder instead (e.g. a JSON Lines corpus of real news).")
@_annotation_options
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
