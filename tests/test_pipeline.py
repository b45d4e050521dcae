"""The runner: a person learned in one article resolves bare mentions in a later one."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from tidings.cli import cli


def test_pipeline_registry_learns_people_across_articles(tmp_path):
    db = str(tmp_path / "s.duckdb")
    first = tmp_path / "one.jsonl"
    first.write_text(json.dumps({"doc": "one", "published": "2025-03-03", "text":
                                 "Chilean Foreign Minister Alberto Ruiz met Peruvian officials in Lima on Monday."}) + "\n")
    second = tmp_path / "two.jsonl"
    second.write_text(json.dumps({"doc": "two", "published": "2025-03-05", "text":
                                  "Ruiz accused Bolivia of violating the border treaty."}) + "\n")
    runner = CliRunner()
    assert runner.invoke(cli, ["--db", db, "ingest", str(first)]).exit_code == 0
    assert runner.invoke(cli, ["--db", db, "ingest", str(second)]).exit_code == 0
    events = [json.loads(line) for line in runner.invoke(cli, ["--db", db, "export", "events"]).output.splitlines()]
    (accuse,) = [e for e in events if e["type"] == "ACCUSE"]
    assert accuse["source"]["country"] == "CHL" and accuse["source"]["name"] == "Alberto Ruiz"
    assert accuse["target"]["country"] == "BOL"


def test_pipeline_a_known_person_has_the_office_each_article_gives_him_whatever_came_first(tmp_path):
    """A person learned from one article keeps his name and id in another, but in each article
    that names his office he holds the office it names, in either order of the articles."""
    records = [{"doc": "fm", "published": "2025-03-03", "text":
                "Chile's Foreign Minister Alberto Ruiz met Peruvian officials in Lima on Monday."},
               {"doc": "dpm", "published": "2025-03-05", "text":
                "Chile's Deputy Prime Minister Alberto Ruiz accused Bolivia of violating the border treaty."}]
    offices = []
    for order in (records, records[::-1]):
        db, source = str(tmp_path / f"{order[0]['doc']}.duckdb"), tmp_path / f"{order[0]['doc']}.jsonl"
        source.write_text("".join(json.dumps(r) + "\n" for r in order))
        runner = CliRunner()
        assert runner.invoke(cli, ["--db", db, "ingest", "--workers", "1", str(source)]).exit_code == 0
        events = [json.loads(line) for line in runner.invoke(cli, ["--db", db, "export", "events"]).output.splitlines()]
        found = {e["mentions"][0]["doc"]: e["source"] for e in events if e["source"]["name"] == "Alberto Ruiz"}
        assert len({actor["actor_id"] for actor in found.values()}) == 1
        offices.append({doc: actor["role"] for doc, actor in found.items()})
    assert offices[0] == offices[1] == {"fm": "Foreign Minister", "dpm": "Deputy Prime Minister"}


def test_pipeline_worker_processes_give_the_same_events(seeds_dir, tmp_path):
    exported = []
    for workers in ("1", "2"):
        db = str(tmp_path / f"w{workers}.duckdb")
        runner = CliRunner()
        assert runner.invoke(cli, ["--db", db, "ingest", "--workers", workers, str(seeds_dir)]).exit_code == 0
        exported.append(runner.invoke(cli, ["--db", db, "export", "events"]).output)
    assert exported[0] == exported[1] and exported[0].count("\n") > 10


def test_pipeline_fast_mode_codes_events_too(seeds_dir, tmp_path):
    db = str(tmp_path / "fast.duckdb")
    runner = CliRunner()
    assert runner.invoke(cli, ["--db", db, "ingest", "--fast", str(seeds_dir)]).exit_code == 0
    events = [json.loads(line) for line in runner.invoke(cli, ["--db", db, "export", "events"]).output.splitlines()]
    assert any(e["type"] == "CONSULT" and e["date"] == "2025-02-25" and e["num_articles"] == 2 for e in events)


def test_pipeline_rerun_with_nothing_new_never_loads_spacy(tmp_path, monkeypatch):
    from tidings import nlp

    db, source = str(tmp_path / "s.duckdb"), tmp_path / "one.jsonl"
    source.write_text(json.dumps({"doc": "one", "published": "2025-03-03", "text":
                                  "Kenya and Uganda signed a trade agreement in Nairobi on Monday."}) + "\n")
    runner = CliRunner()
    assert runner.invoke(cli, ["--db", db, "ingest", "--workers", "1", str(source)]).exit_code == 0
    loads = []
    monkeypatch.setattr(nlp, "load", lambda *args, **kwargs: loads.append(args) or pytest.fail("spaCy loaded"))
    result = runner.invoke(cli, ["--db", db, "ingest", "--workers", "1", str(source)])
    assert result.exit_code == 0 and "nothing new" in result.output and not loads


def _coded(tmp_path, name: str, files: list[list[dict]]) -> list[tuple]:
    """Ingest records split into files as given; the stored events as order-free keys (type,
    actor keys, date and number of mentions: which spelling of a person's name is learned first
    may depend on the order)."""
    folder = tmp_path / name
    folder.mkdir()
    for number, records in enumerate(files):
        (folder / f"part{number:02d}.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records), "utf-8")
    db = str(tmp_path / f"{name}.duckdb")
    runner = CliRunner()
    assert runner.invoke(cli, ["--db", db, "ingest", "--workers", "1", str(folder)]).exit_code == 0
    events = [json.loads(line) for line in runner.invoke(cli, ["--db", db, "export", "events", "--min-confidence", "0"]
                                                         ).output.splitlines()]
    key = lambda actor: (actor["country"] or actor["org"] or "") if actor else ""  # noqa: E731
    return sorted((e["type"], key(e["source"]), key(e["target"]), e["date"] or "", e["num_mentions"]) for e in events)


def test_pipeline_events_do_not_depend_on_how_input_is_split_or_ordered(seeds_dir, tmp_path):
    # Three copies of each seed story under new names and without a publication date (so that
    # some events are undated and can only join reports of their own story): every copy after
    # the first is a near-duplicate of the first, whether they come in one file or many.
    stories = [path.read_text("utf-8") for path in sorted(seeds_dir.glob("*.txt"))]
    records = [{"doc": f"copy{copy}-{number}", "text": text}
               for copy in range(3) for number, text in enumerate(stories)]
    one = _coded(tmp_path, "one", [records])
    assert any(key[3] == "" for key in one)  # undated events are part of the comparison
    assert _coded(tmp_path, "each", [[r] for r in records]) == one
    assert _coded(tmp_path, "reversed", [records[::-1]]) == one


def test_pipeline_streams_the_articles_of_a_big_file_to_the_engine(tmp_path):
    """The first article of a file goes to spaCy before the rest of the file is split, and the
    file is stored whole once its last article is coded, with the records that held no article."""
    from tidings import pipeline
    from tidings.records import Rejection
    from tidings.settings import Settings
    from tidings.store import open_store

    source = tmp_path / "many.jsonl"
    lines = [json.dumps({"doc": f"n{k}", "published": "2025-03-03", "text":
                         f"Chile and Peru held talks on fisheries in Lima on Monday, round {k}."}) for k in range(30)]
    lines.insert(12, json.dumps({"doc": "empty", "text": "Share this: Facebook Twitter"}))
    source.write_text("\n".join(lines) + "\n")

    class Recorder(pipeline.LocalEngine):
        split_when_first_sent: int | None = None

        def code(self, items, registry, watch):
            for article, (item, last) in items:
                cuts = []
                if self.split_when_first_sent is None:
                    self.split_when_first_sent = len(item.articles)
                    cuts = [Rejection(article.doc, "a sentence over the work budget", sha256=article.source_sha256)]
                yield article, (item, last), [], cuts

    engine = Recorder()
    with open_store(str(tmp_path / "s.duckdb")) as store:
        report = pipeline.run([str(source)], store, Settings(db=str(tmp_path / "s.duckdb")), engine=engine)
        assert engine.split_when_first_sent == 2  # the first, and the next, which tells it is not the last
        assert report.articles == 30 and store.counts()["articles"] == 30
        # the input's own rejections come before what the work budget left out, as they always did
        assert [r.reason[:12] for r in report.rejections] == ["no article t", "a sentence o"]


def test_pipeline_saves_each_person_once_not_every_known_name_per_input(tmp_path, monkeypatch):
    from tidings import pipeline
    from tidings.store import open_store
    from tidings.store.sql import SQLStore

    monkeypatch.setattr(pipeline, "SAVE_ARTICLES", 1)  # each file in a transaction of its own
    written = []
    keep = SQLStore.learn
    monkeypatch.setattr(SQLStore, "learn", lambda self, names: written.append(sorted(n for n, _ in names))
                        or keep(self, names))
    texts = {"one": "Chilean Foreign Minister Alberto Ruiz met Peruvian officials in Lima on Monday.",
             "two": "Peruvian Interior Minister Carla Mendoza visited La Paz on Tuesday.",
             "three": "Ruiz and Mendoza signed a border accord on Wednesday."}
    for doc, text in texts.items():
        (tmp_path / f"{doc}.jsonl").write_text(json.dumps({"doc": doc, "published": "2025-03-03", "text": text}) + "\n")
    db = str(tmp_path / "s.duckdb")
    runner = CliRunner()
    paths = [str(tmp_path / f"{doc}.jsonl") for doc in texts]
    assert runner.invoke(cli, ["--db", db, "ingest", "--workers", "1", *paths]).exit_code == 0
    assert written == [["Alberto Ruiz"], ["Carla Mendoza"], []]
    (tmp_path / "four.jsonl").write_text(json.dumps({"doc": "four", "published": "2025-03-04", "text":
                                                     "Mendoza met Ruiz in Santiago on Thursday."}) + "\n")
    written.clear()
    assert runner.invoke(cli, ["--db", db, "ingest", "--workers", "1", str(tmp_path / "four.jsonl")]).exit_code == 0
    assert written == [[]]  # the store already holds both
    with open_store(db, read_only=True) as store:
        assert [name for name, _ in store.known_names()] == ["Alberto Ruiz", "Carla Mendoza"]



def test_pipeline_recode_learns_people_again_in_the_order_ingested(tmp_path):
    """A person introduced after an article that names him by surname only stays unknown to it
    in a recode, as in the ingest; a recode learns people again, so a name it once learned
    wrongly goes."""
    from tidings.records import Actor
    from tidings.store import open_store

    records = [{"doc": "a", "published": "2025-06-10", "text": "Vantis met Argentina's President Javier Milei "
                "in Buenos Aires on Monday to discuss trade and energy."},
               {"doc": "b", "published": "2025-06-11", "text": "Chile's Foreign Minister Tomas Vantis met Peru's "
                "Prime Minister in Lima on Tuesday. Vantis said Chile would expand cooperation with Peru."}]
    (tmp_path / "in.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records))
    db, runner = str(tmp_path / "s.duckdb"), CliRunner()

    def events() -> list[str]:
        result = runner.invoke(cli, ["--db", db, "export", "events", "--min-confidence", "0"])
        return sorted(result.output.splitlines())

    assert runner.invoke(cli, ["--db", db, "ingest", "--workers", "1", str(tmp_path / "in.jsonl")]).exit_code == 0
    ingested = events()
    assert {m["doc"] for line in ingested for m in json.loads(line)["mentions"]} == {"b"}
    with open_store(db) as store:
        store.learn([("Tomas Vantis", Actor("Tomas Vantis", country="BRA", sector="GOV"))])  # learned wrongly
    assert runner.invoke(cli, ["--db", db, "recode", "--workers", "1"]).exit_code == 0
    assert events() == ingested
    with open_store(db, read_only=True) as store:
        assert dict((name, actor.country) for name, actor in store.known_names())["Tomas Vantis"] == "CHL"


def test_pipeline_stores_small_files_together_in_one_transaction(tmp_path, monkeypatch):
    from tidings import pipeline

    texts = ["Kenya and Uganda signed a trade agreement in Nairobi on Monday.",
             "Chile recalled its ambassador from Peru on Tuesday.",
             "Japan and India held talks on maritime security in Tokyo on Wednesday."]
    for number, text in enumerate(texts):
        (tmp_path / f"{number}.jsonl").write_text(json.dumps({"doc": f"d{number}", "published": "2025-03-03",
                                                              "text": text}) + "\n")
    monkeypatch.setattr(pipeline, "SAVE_SECONDS", 3600.0)  # however slow the machine, one transaction
    saved = []
    keep = pipeline.Session.save
    monkeypatch.setattr(pipeline.Session, "save", lambda self, items: saved.append(len(items)) or keep(self, items))
    runner = CliRunner()
    result = runner.invoke(cli, ["--db", str(tmp_path / "a.duckdb"), "ingest", "--workers", "1", str(tmp_path)])
    assert result.exit_code == 0 and "3 new article(s) stored" in result.output
    assert saved == [3]
    saved.clear()
    monkeypatch.setattr(pipeline, "SAVE_ARTICLES", 1)  # a file of one article fills a transaction
    result = runner.invoke(cli, ["--db", str(tmp_path / "b.duckdb"), "ingest", "--workers", "1", str(tmp_path)])
    assert result.exit_code == 0 and saved == [1, 1, 1]
    exports = [runner.invoke(cli, ["--db", str(tmp_path / f"{db}.duckdb"), "export", "events"]).output for db in "ab"]
    assert exports[0] == exports[1] and exports[0].count("\n") >= 3


def test_pipeline_a_store_that_saves_slowly_saves_less_often(monkeypatch):
    from tidings import pipeline
    from tidings.records import Article, Source

    clock = [100.0]
    monkeypatch.setattr(pipeline.time, "monotonic", lambda: clock[0])
    batch = pipeline._Batch()
    batch.add(pipeline.Input(Source("a.txt", "a.txt", b"x", "ab", "text"), [Article("a1", "a.txt", 1, "x")], []))
    clock[0] += pipeline.SAVE_SECONDS
    assert batch.due()  # a quick store: saved after SAVE_SECONDS
    batch.last_save = 0.8  # the last save took 0.8 s: wait ten times that
    assert not batch.due()
    clock[0] += 8 - pipeline.SAVE_SECONDS
    assert batch.due()


def test_pipeline_same_bytes_under_two_names_in_one_run_store_one_article(tmp_path):
    record = json.dumps({"doc": "d", "published": "2025-03-03",
                         "text": "Kenya and Uganda signed a trade agreement in Nairobi on Monday."}) + "\n"
    for name in ("page.jsonl", "page (1).jsonl"):
        (tmp_path / name).write_text(record)
    db = str(tmp_path / "s.duckdb")
    runner = CliRunner()
    result = runner.invoke(cli, ["--db", db, "ingest", "--workers", "1", str(tmp_path / "page.jsonl"),
                                 str(tmp_path / "page (1).jsonl")])
    assert result.exit_code == 0, result.output
    assert len(runner.invoke(cli, ["--db", db, "export", "articles"]).output.splitlines()) == 1
    again = runner.invoke(cli, ["--db", db, "ingest", "--workers", "1", str(tmp_path)])
    assert again.exit_code == 0 and "nothing new" in again.output


def test_pipeline_keeps_what_was_coded_when_coding_fails(tmp_path, monkeypatch):
    from tidings import pipeline
    from tidings.distributed import WorkerError
    from tidings.settings import Settings
    from tidings.store import open_store

    monkeypatch.setattr(pipeline, "SAVE_SECONDS", 3600.0)  # nothing stored before the failure
    for number, country in enumerate(["Peru", "Bolivia", "Ecuador"]):
        (tmp_path / f"{number}.jsonl").write_text(json.dumps(
            {"doc": f"d{number}", "published": "2025-03-03",
             "text": f"Chile and {country} held talks in Santiago on Monday."}) + "\n")

    class FailsOnTheThird(pipeline.LocalEngine):
        def code(self, items, registry, watch):
            for number, result in enumerate(super().code(items, registry, watch)):
                if number == 2:
                    raise WorkerError("the third article failed")
                yield result

    db = str(tmp_path / "s.duckdb")
    with open_store(db) as store:
        with pytest.raises(WorkerError):
            pipeline.run([str(tmp_path / f"{n}.jsonl") for n in range(3)], store, Settings(db=db),
                         engine=FailsOnTheThird())
        assert [a.doc for a in store.articles()] == ["d0", "d1"]
    result = CliRunner().invoke(cli, ["--db", db, "ingest", "--workers", "1", str(tmp_path)])
    assert result.exit_code == 0 and "1 new article(s) stored" in result.output
