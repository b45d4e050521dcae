"""Benchmark: analysis queries over a large store (default one million events).

    .venv/bin/python benchmarks/queries.py [--events N] [--db PATH]

Fills a scratch DuckDB store with N synthetic merged events (each with one report and one
mention, spread over 60 countries and 2015–2025; written with DuckDB's own bulk SQL, since the
point is to time reads), then times, over several runs, the calls the CLI and the dashboard make:
a dyad timeline (`query.timeline`), the monthly relation index, the top dyads and a one-actor
timeline. Prints the median and worst time of each (target: under 200 ms).
"""
from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from tidings import query
from tidings.store import open_store

COUNTRIES = ["AFG", "ARE", "ARM", "AUS", "AZE", "BGD", "BRA", "CAN", "CHE", "CHN", "COL", "DEU", "DZA",
             "EGY", "ESP", "ETH", "FRA", "GBR", "GEO", "IDN", "IND", "IRN", "IRQ", "ISR", "ITA", "JOR",
             "JPN", "KAZ", "KEN", "KHM", "KOR", "LBN", "LKA", "MAR", "MEX", "MYS", "NGA", "NLD", "NPL",
             "PAK", "PHL", "POL", "PRK", "PSE", "QAT", "RUS", "SAU", "SYR", "THA", "TJK", "TUR", "UKR",
             "USA", "UZB", "VNM", "YEM", "ZAF", "SDN", "SOM", "LBY"]
TYPES = [("AGREE", 1, 4.0), ("CONSULT", 1, 1.0), ("SUPPORT", 1, 3.5), ("AID", 2, 7.0), ("REQUEST", 3, -2.0),
         ("ACCUSE", 3, -2.0), ("REJECT", 3, -4.0), ("THREATEN", 3, -6.0), ("SANCTION", 4, -8.0),
         ("ASSAULT", 4, -10.0)]


def fill(db: str, count: int) -> None:
    """N synthetic events with skewed actor choice (some pairs are far busier than others)."""
    store = open_store(db)
    countries = "[" + ", ".join(f"'{c}'" for c in COUNTRIES) + "]"
    types = "[" + ", ".join(f"{{'t': '{t}', 'q': {q}, 'g': {g}}}" for t, q, g in TYPES) + "]"
    pick = f"{countries}[1 + floor(pow(random(), 2) * {len(COUNTRIES)})::INT]"
    store.db.execute("SELECT setseed(0.42)")
    store.db.execute(f"""
        CREATE TEMP TABLE synthetic AS
        SELECT printf('%016x', i) AS event_id, {pick} AS a, {pick} AS b,
               {types}[1 + (i % {len(TYPES)})] AS kind,
               strftime(DATE '2015-01-01' + INTERVAL (floor(random() * 4000)) DAY, '%Y-%m-%d') AS date,
               1 + floor(random() * 3)::INT AS sources
        FROM range({count}) r(i)""")
    actor = "json_object('name', {0}, 'country', {0}, 'org', NULL, 'sector', 'GOV', 'role', NULL, 'actor_id', NULL)"
    store.db.execute(f"""
        INSERT INTO events (event_id, type, mode, contexts, cameo, quad_class, goldstein, source, target,
                            source_key, target_key, is_symmetric, date, date_basis, location, status,
                            confidence, extra, block, num_mentions, num_articles, num_sources)
        SELECT event_id, kind.t, NULL, [], NULL, kind.q, kind.g, {actor.format('a')}, {actor.format('b')},
               a, b, false, date, 'explicit', NULL, 'occurred', 0.9, '{{}}',
               kind.t || '|occurred|' || least(a, b) || '|' || greatest(a, b), 1, 1, sources
        FROM synthetic WHERE a <> b""")
    store.db.execute("""
        INSERT INTO article_events (article_event_id, article_id, event_id, type, mode, contexts, cameo,
                                    quad_class, goldstein, source, target, source_key, target_key,
                                    is_symmetric, date, date_basis, location, status, confidence, extra, block)
        SELECT event_id, 'a' || event_id, event_id, type, mode, contexts, cameo, quad_class, goldstein, source,
               target, source_key, target_key, is_symmetric, date, date_basis, location, status, confidence,
               extra, block FROM events""")
    store.db.execute("""
        INSERT INTO mentions (article_event_id, article_id, doc, publisher, published, sentence, start, "end", trigger)
        SELECT event_id, 'a' || event_id, 'doc-' || event_id || '.txt', 'Wire', date,
               'The two governments ' || lower(type) || ' on the matter, officials said.', 0, 60, lower(type)
        FROM events""")
    store.db.execute("""
        UPDATE events SET mentions = json_array(json_object(
            'doc', 'doc-' || event_id || '.txt', 'article_id', 'a' || event_id, 'publisher', 'Wire',
            'published', date, 'sentence', 'The two governments ' || lower(type) || ' on the matter, officials said.',
            'start', 0, 'end', 60, 'trigger', lower(type)))""")
    store.close()


def timed(work, runs: int = 7) -> tuple[float, float, int]:
    """Median and worst milliseconds of ``work()`` over ``runs`` runs, and its result size."""
    times, size = [], 0
    for _ in range(runs):
        started = time.perf_counter()
        size = len(work())
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times), max(times), size


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--db", help="use (and keep) this store instead of a scratch one")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = args.db or str(Path(tmp) / "queries.duckdb")
        started = time.perf_counter()
        fill(db, args.events)
        store = open_store(db, read_only=True)
        print(f"filled {store.counts()['events']:,} events in {time.perf_counter() - started:.1f} s")
        busiest = store.dyads(limit=1)[0]
        a, b = busiest["a"], busiest["b"]
        busiest_pair, pak_rus = query.select(store, a, b), query.select(store, "PAK", "RUS")
        checks = {
            f"dyad timeline {a}–{b} (busiest)": lambda: query.timeline(store, busiest_pair),
            f"monthly index {a}–{b}": lambda: store.relation_index(busiest_pair, by="month"),
            "dyad timeline PAK–RUS": lambda: query.timeline(store, pak_rus),
            "monthly index PAK–RUS": lambda: store.relation_index(pak_rus, by="month"),
            "top 20 dyads": lambda: store.dyads(limit=20),
            "timeline of one actor, 2024": lambda: query.timeline(store, query.select(store, "IRN", since="2024",
                                                                                       until="2024")),
            "events page, newest first": lambda: query.events(store, query.select(store), sort="-date",
                                                              limit=50)["events"],
        }
        for name, work in checks.items():
            median, worst, size = timed(work)
            print(f"{name:34s} median {median:7.1f} ms  worst {worst:7.1f} ms  ({size} rows)")
        store.close()


if __name__ == "__main__":
    main()
