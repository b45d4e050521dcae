"""Benchmark: throughput, memory and the time split per stage of a full ingest.

``tidings bench`` generates a corpus of news-like articles (600–900 words, written from the
templates below: political events between countries, quotes and background) or reads the
user's file or folder (any input ``tidings ingest`` reads, e.g. a JSON Lines corpus of real
news), ingests it into a scratch store and prints articles/s, sentences/s, the CPU time per
article of all processes, their peak memory together (PSS, sampled) and the seconds per stage.

With ``baseline``, a plain pass of the same English model (``spacy.load``, every component,
spaCy's defaults, as many processes) over the same article bodies runs right after, in a
process of its own, and its articles/s and peak memory are reported beside: the yardstick the
pipeline's speed is measured against.
"""
from __future__ import annotations

import csv
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from . import nlp, pipeline
from .settings import Settings
from .store import open_store

LEADS = [
    "{a} and {b} on {day} agreed to expand cooperation in {field}, the {adj_a} foreign ministry said in a statement.",
    "{adj_a} Foreign Minister {person} met his {adj_b} counterpart in {city_a} on {day} to discuss {field}.",
    "{a} on {day} accused {b} of violating a border agreement and summoned its ambassador.",
    "{a} condemned an attack on its embassy in {city_b} on {day} and called on {b} to find those responsible.",
    "The prime minister of {a} visited {b} on {day}, the first such visit in a decade.",
]
BODY = [
    "Officials from both countries said talks on {field} would continue at the level of experts.",
    "“We want to build a relationship based on trust and mutual respect,” {person} told reporters after the meeting.",
    "{a} has long sought closer ties with its neighbours as it tries to attract investment in {field}.",
    "Trade between the two countries rose by {n} per cent last year, according to official figures.",
    "The two sides also discussed regional security and the situation along their shared border.",
    "{b} rejected the allegations and said it remained committed to dialogue.",
    "Analysts said the agreement could open new markets for companies from both countries.",
    "The ministry said a memorandum of understanding on {field} would be signed later this year.",
    "{a} and {b} held the last round of talks in {city_b} in {month} {year}.",
    "Several ministers attended the ceremony, which was broadcast live on state television.",
    "The meeting took place amid rising prices for food and energy across the region.",
    "{person} said that {a} would provide technical assistance to {b} in {field}.",
    "Opposition lawmakers criticised the government for failing to consult parliament on the deal.",
    "The talks covered energy, trade, education and cultural exchanges, officials said.",
    "Police said several people had been arrested after protests outside the embassy in {city_a}.",
    "Both sides decided to hold the next meeting of the joint commission in {city_b} next year.",
    "Diplomats said the visit was a sign of warming relations after years of tension.",
    "The agreement covers joint research, student exchanges and training for officials.",
]
FIELDS = ["energy", "trade", "agriculture", "health", "counter-terrorism", "shipping", "mining",
          "education", "water management", "digital infrastructure"]
NAMES = ["Amina Rahimova", "Jonas Lindqvist", "Carlos Mendes", "Farid Haddad", "Elena Petrova",
         "Kwame Mensah", "Mei Tanaka", "Omar Siddiqui", "Sofia Marin", "Tomasz Nowak"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
MONTHS = ["January", "March", "May", "July", "September", "November"]


@dataclass(frozen=True)
class Country:
    name: str
    adjective: str
    capital: str


def countries() -> list[Country]:
    """Countries with a demonym and a seat of government, from the actor registry's table."""
    found = []
    table = resources.files("tidings.data").joinpath("countries.csv").read_text("utf-8")
    for row in csv.DictReader(line for line in table.splitlines() if not line.startswith("#")):
        names, demonyms, seats = (row[k].split("|") for k in ("names", "demonyms", "seats"))
        if names[0] and demonyms[0] and seats[0]:
            found.append(Country(names[0], demonyms[0], seats[0]))
    return found


def generate(count: int, seed: int = 7) -> Iterator[dict]:
    """``count`` JSON records of news-like articles, 600–900 words each."""
    rng = random.Random(seed)
    pool = countries()
    for number in range(count):
        a, b = rng.sample(pool, 2)
        words = {"a": a.name, "b": b.name, "adj_a": a.adjective, "adj_b": b.adjective, "city_a": a.capital,
                 "city_b": b.capital, "day": rng.choice(DAYS), "field": rng.choice(FIELDS),
                 "person": rng.choice(NAMES), "n": rng.randint(3, 40), "month": rng.choice(MONTHS),
                 "year": rng.choice([2022, 2023, 2024])}
        target = rng.randint(600, 900)
        sentences = [rng.choice(LEADS).format(**words)]
        while sum(len(s.split()) for s in sentences) < target:
            words["field"] = rng.choice(FIELDS)
            sentences.append(rng.choice(BODY).format(**words))
        paragraphs = ["\n".join(sentences[i:i + 2]) for i in range(0, len(sentences), 2)]
        yield {"doc": f"bench-{number:06d}", "published": f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
               "publisher": rng.choice(["Bench Wire", "Bench Daily", "Bench Times"]),
               "title": f"{a.name} and {b.name} discuss {words['field']}", "text": "\n\n".join(paragraphs)}


def write_corpus(folder: Path, count: int, per_file: int = 100) -> list[Path]:
    """Write a generated corpus as JSON Lines files of ``per_file`` articles each."""
    folder.mkdir(parents=True, exist_ok=True)
    paths, records = [], list(generate(count))
    for start in range(0, count, per_file):
        path = folder / f"bench-{start // per_file:05d}.jsonl"
        path.write_text("".join(json.dumps(r) + "\n" for r in records[start:start + per_file]), encoding="utf-8")
        paths.append(path)
    return paths


def peak_rss_mb() -> tuple[float, float]:
    """Peak resident memory of this process and of its largest finished child, in MB."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return own, children


def cpu_seconds() -> float:
    """CPU time (user and system) of this process and of its finished children."""
    return sum(getattr(resource.getrusage(who), f) for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)
               for f in ("ru_utime", "ru_stime"))


class MemorySampler:
    """Samples, in a thread, the proportional set size (PSS) of this process and all its
    descendants, and keeps the peak: the memory the run takes, with pages shared between the
    processes counted once (RSS counts them in every process)."""

    def __init__(self, every: float = 1.0) -> None:
        self.every, self.peak_mb = every, 0.0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> "MemorySampler":
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()

    def _run(self) -> None:
        while not self._stop.is_set():
            self.peak_mb = max(self.peak_mb, sum(_pss_kb(pid) for pid in _tree(os.getpid())) / 1024)
            self._stop.wait(self.every)


def _tree(pid: int) -> list[int]:
    try:
        children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    except OSError:
        return [pid]
    return [pid, *(p for child in children for p in _tree(int(child)))]


def _pss_kb(pid: int) -> int:
    try:
        rollup = Path(f"/proc/{pid}/smaps_rollup").read_text()
    except OSError:  # gone, or not Linux
        return 0
    return next((int(line.split()[1]) for line in rollup.splitlines() if line.startswith("Pss:")), 0)


def run(count: int, source: str | None, workers: int, fast: bool = False, baseline: bool = False) -> dict:
    """Ingest a generated (or given) corpus into a scratch store; returns the figures (with those
    of a plain spaCy pass over the same bodies under ``"plain_spacy"`` when ``baseline``)."""
    with tempfile.TemporaryDirectory() as tmp:
        paths = [source] if source else [str(p) for p in write_corpus(Path(tmp) / "corpus", count)]
        db = str(Path(tmp) / "bench.duckdb")
        with open_store(db) as store, MemorySampler() as memory:
            cpu, started = cpu_seconds(), time.perf_counter()
            report = pipeline.run(paths, store, Settings(db=db, workers=workers, fast=fast))
            elapsed, cpu = time.perf_counter() - started, cpu_seconds() - cpu
            sentences = store.db.execute(
                "SELECT sum(length(regexp_split_to_array(body, '[.!?][”\"’]?\\s+'))) FROM articles").fetchone()[0] or 0
            bodies = [a.body for a in store.articles() if pipeline.codable(a)] if baseline else []
        plain = plain_spacy(bodies, workers, Path(tmp)) if baseline else None
    own, children = peak_rss_mb()
    articles = max(report.articles, 1)
    figures = {"articles": report.articles, "events": report.events, "seconds": round(elapsed, 2),
               "articles_per_second": round(report.articles / elapsed, 2), "fast": fast,
               "sentences_per_second": round(sentences / elapsed, 1), "workers": workers,
               "cpu_ms_per_article": round(1000 * cpu / articles, 1), "peak_pss_mb": round(memory.peak_mb, 1),
               "peak_rss_mb": round(own, 1), "peak_worker_rss_mb": round(children, 1),
               "stages": {k: round(v, 2) for k, v in sorted(report.watch.seconds.items(), key=lambda kv: -kv[1])}}
    if plain is not None:
        figures["plain_spacy"] = plain
        figures["times_plain_spacy"] = round(figures["articles_per_second"] / plain["articles_per_second"], 2)
    return figures


def plain_spacy(bodies: list[str], workers: int, folder: Path) -> dict:
    """Figures of a plain pass of the pinned English model over ``bodies``, in a fresh process:
    articles/s with the model's loading and after it, CPU time per article of its processes (the
    steadier figure on a shared machine), and their peak memory."""
    texts = folder / "bodies.json"
    texts.write_text(json.dumps(bodies), encoding="utf-8")
    done = subprocess.run([sys.executable, "-c", "import sys; from tidings.bench import _plain_pass; "
                           "_plain_pass(sys.argv[1], int(sys.argv[2]))", str(texts), str(workers)],
                          capture_output=True, text=True, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def _plain_pass(path: str, workers: int) -> None:
    """Run by ``plain_spacy`` in its own process: prints the figures as JSON."""
    import spacy

    bodies = json.loads(Path(path).read_text("utf-8"))
    with MemorySampler() as memory:
        cpu, started = cpu_seconds(), time.perf_counter()
        model = spacy.load(nlp.MODEL)
        loaded = time.perf_counter()
        annotated = sum(1 for _ in model.pipe(bodies, n_process=workers, batch_size=16))
        finished, cpu = time.perf_counter(), cpu_seconds() - cpu
    print(json.dumps({"articles": annotated, "seconds": round(finished - started, 2),
                      "articles_per_second": round(annotated / (finished - started), 2),
                      "articles_per_second_after_loading": round(annotated / (finished - loaded), 2),
                      "cpu_ms_per_article": round(1000 * cpu / max(annotated, 1), 1),
                      "peak_pss_mb": round(memory.peak_mb, 1)}))
