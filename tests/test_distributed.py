"""The Ray engine: same events as the local engine, in input order, names learned across batches."""
from __future__ import annotations

import json
import logging
import os

import pytest
from click.testing import CliRunner

from tidings import actors, pipeline
from tidings.cli import cli
from tidings.distributed import RayEngine, WorkerError
from tidings.records import Article
from tidings.settings import Settings
from tidings.store import open_store
from tidings.timing import Stopwatch

ray = pytest.importorskip("ray")


@pytest.fixture(scope="module", autouse=True)
def cluster():
    """One local two-CPU Ray for the module (start-up takes seconds)."""
    os.environ.setdefault("RAY_USAGE_STATS_ENABLED", "0")
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False, logging_level=logging.ERROR)
    yield
    ray.shutdown()


def _article(number: int, body: str) -> Article:
    return Article(article_id=f"a{number}", doc=f"doc{number}.txt", index=0, body=body, published="2025-03-03")


def _events(paths, db: str, engine) -> list[dict]:
    """Exported events; mentions as a sorted list, since merge orders those of one sentence by set
    iteration (which varies with the process's hash seed, so between workers and driver).
    Actors, of events and of commitments, are compared by key, office and sector: a person learned
    in one batch reaches only the batches sent after it (README, "On a cluster"), so the name an
    actor is written with ("Albert P. Khorev", "Albert P Khorev") may differ."""
    def who(actor):
        return actor and (actor.key, actor.role, actor.sector)

    store = open_store(db)
    try:
        pipeline.run(paths, store, Settings(db=db), engine=engine)
        return sorted(({**e.as_dict(), "source": who(e.source), "target": who(e.target),
                        "mentions": sorted(map(repr, e.mentions)),
                        "commitments": [(c.text, c.type, c.due, who(c.source), who(c.target)) for c in e.commitments]}
                       for e in store.events()), key=lambda r: r["event_id"])
    finally:
        store.close()


def test_distributed_same_events_as_local_engine(seeds_dir, tmp_path):
    local = _events([str(seeds_dir)], str(tmp_path / "local.duckdb"), None)
    distributed = _events([str(seeds_dir)], str(tmp_path / "ray.duckdb"), RayEngine(batch_size=2))
    assert local, "the seeds should give events"
    assert distributed == local


def test_distributed_results_in_input_order():
    bodies = ["Germany and France signed a trade agreement in Berlin on Monday.",
              "Japan condemned the missile launch by North Korea on Tuesday.",
              "Brazil sent food aid to Haiti on Wednesday."]
    items = [(_article(n, bodies[n % 3]), n) if n % 4 else (None, n) for n in range(12)]
    out = list(RayEngine(batch_size=2, window=3).code(iter(items), actors.ActorRegistry.load(), Stopwatch()))
    assert [context for _, context, _, _ in out] == list(range(12))
    assert [article for article, _, _, _ in out] == [article for article, _ in items]
    assert all(found == [] for article, _, found, _ in out if article is None)
    assert all(e.mentions[0].article_id == article.article_id for article, _, found, _ in out if article
               for e in found)
    assert any(found for _, _, found, _ in out) and not any(cuts for _, _, _, cuts in out)


def test_distributed_names_learned_reach_later_batches():
    registry = actors.ActorRegistry.load()
    items = [(_article(1, "Chilean Foreign Minister Alberto Ruiz met Peruvian officials in Lima on Monday."), 1),
             (_article(2, "Ruiz accused Bolivia of violating the border treaty."), 2)]
    out = list(RayEngine(batch_size=1, window=1).code(iter(items), registry, Stopwatch()))
    (accuse,) = [e for e in out[1][2] if e.type == "ACCUSE"]
    assert (accuse.source.name, accuse.source.country) == ("Alberto Ruiz", "CHL")
    assert "Alberto Ruiz" in [name for name, _ in registry.learned()]


def test_distributed_worker_error_is_clear():
    items = [(_article(1, "Spain recalled its ambassador."), 1), (Article("bad", "broken.txt", 3, None), 2)]
    with pytest.raises(WorkerError, match=r"failed to code .*broken\.txt \(article 3\).*TypeError"):
        list(RayEngine(batch_size=2).code(iter(items), actors.ActorRegistry.load(), Stopwatch()))


def test_distributed_cli_ingest_stores_events_and_names(tmp_path):
    db = str(tmp_path / "cli.duckdb")
    source = tmp_path / "in.jsonl"
    source.write_text(json.dumps({"doc": "one", "published": "2025-03-03", "text":
                                  "Chilean Foreign Minister Alberto Ruiz met Peruvian officials in Lima on Monday."}) + "\n")
    result = CliRunner().invoke(cli, ["--db", db, "ingest", "--engine", "ray", str(source)])
    assert result.exit_code == 0, result.output
    store = open_store(db)
    try:
        assert store.counts()["events"] >= 1
        assert "Alberto Ruiz" in [name for name, _ in store.known_names()]
    finally:
        store.close()


def test_distributed_cli_address_needs_ray_engine(tmp_path):
    result = CliRunner().invoke(cli, ["--db", str(tmp_path / "x.duckdb"), "ingest", "--address", "auto", str(tmp_path)])
    assert result.exit_code == 2 and "--engine ray" in result.output
