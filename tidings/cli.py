"""Command line: each command parses its options, calls one library function, prints the result.

Exit status: 0 when everything was handled, 1 when some input was rejected (the rest is
stored), 2 on a usage error.
"""
from __future__ import annotations

import itertools
import sys
from datetime import date

import click
from rich.console import Console
from rich.table import Table
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

from . import __version__, export, pipeline
from .settings import Settings, default_db
from .store import open_store

err = Console(stderr=True, highlight=False)


def _parse_date(ctx, param, value):
    if value is None:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date (expected YYYY-MM-DD)") from None


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="tidings")
@click.option("--db", metavar="PATH", default=default_db, show_default="$TIDINGS_DB or ./tidings.duckdb",
              help="Store (DuckDB file) to read and write.")
@click.pass_context
def cli(ctx: click.Context, db: str) -> None:
    """Tidings: turn news articles into a sourced database of political events.

    Ingest a folder of articles, then export or explore what was found:

        tidings ingest articles/
        tidings export articles --format jsonl --out articles.jsonl
    """
    ctx.obj = Settings(db=db)


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("--fetched-at", metavar="DATE", callback=_parse_date,
              help="When the pages were saved (YYYY-MM-DD): resolves relative stamps like 'Updated 5 sec ago'.")
@click.pass_obj
def ingest(settings: Settings, paths: tuple[str, ...], fetched_at: date | None) -> None:
    """Ingest files or folders (recursively): .txt articles and .jsonl records.

    Every input is kept verbatim (content-addressed), split into articles with page furniture
    removed, and stored. Input that cannot be used is reported, recorded (see `tidings errors`)
    and skipped; the rest of the run goes on. Ingesting the same bytes again changes nothing.
    """
    settings = Settings(db=settings.db, fetched_at=fetched_at)
    store = open_store(settings.db)
    try:
        with Progress(TextColumn("[progress.description]{task.description}"), BarColumn(),
                      MofNCompleteColumn(), TimeRemainingColumn(), console=err, transient=True,
                      disable=not err.is_terminal) as bar:
            task = bar.add_task("ingesting", total=None)
            report = pipeline.run(paths, store, settings, progress=lambda doc: bar.advance(task))
        counts = store.counts()
    finally:
        store.close()
    _print_report(report, counts, settings.db)
    sys.exit(0 if report.ok else 1)


def _print_report(report: pipeline.Report, counts: dict[str, int], db: str) -> None:
    click.echo(f"Read {report.files} file(s): {report.articles} new article(s) stored.")
    if report.unchanged:
        click.echo(f"Already in the store, nothing new stored: {len(report.unchanged)} file(s).")
    if report.rejections:
        click.echo(f"Rejected {len(report.rejections)} input(s):")
        for rejection in report.rejections:
            click.echo(f"  {rejection}")
    click.echo(f"Store {db}: {counts['articles']} article(s) from {counts['sources']} input(s).")


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
    store = open_store(settings.db)
    try:
        count = export.EXPORTERS[("articles", fmt)](store.articles(), out)
    finally:
        store.close()
    if out is not sys.stdout:
        err.print(f"Wrote {count} article(s) to {out.name}.")


@cli.command()
@click.option("--limit", default=20, show_default=True, help="How many articles to list.")
@click.pass_obj
def summary(settings: Settings, limit: int) -> None:
    """Show what the store holds: inputs, articles and rejections."""
    store = open_store(settings.db)
    try:
        counts = store.counts()
        listed = list(itertools.islice(store.articles(), limit))
    finally:
        store.close()
    table = Table(title=f"{counts['articles']} article(s) from {counts['sources']} input(s) in {settings.db}")
    for column in ("doc", "#", "published", "dateline", "publisher", "title"):
        table.add_column(column, overflow="fold")
    for a in listed:
        table.add_row(a.doc, str(a.index), a.published or "", a.dateline or "", a.publisher or "", a.title or "")
    Console(highlight=False).print(table)
    if counts["rejections"]:
        click.echo(f"{counts['rejections']} rejected input(s): see `tidings errors`.")


@cli.command()
@click.pass_obj
def errors(settings: Settings) -> None:
    """List the input that was rejected, with the file, line and reason."""
    store = open_store(settings.db)
    try:
        rejections = store.rejections()
    finally:
        store.close()
    for rejection in rejections:
        click.echo(str(rejection))
    if not rejections:
        err.print("No rejected input.")


def main() -> None:
    cli(prog_name="tidings")
