"""The Ray engine: spaCy annotation and event coding on a Ray cluster, storing on the driver.

``RayEngine.code`` has the contract of ``pipeline.LocalEngine.code``: ``(article, context)`` in,
``(article, context, events, cuts)`` out, in input order. Articles go in batches to a pool of Ray
actors (one per CPU of the cluster), each of which loads the spaCy model once; at most
``window`` batches are in flight. Results come back in input order to the driver, which is the
only writer: ``pipeline.run`` stores the inputs whose last article is back, a few at a time.

Names. Each batch is coded with the registry the driver had when the batch was sent (its tables,
the user's actor files, the names the store knew and those learned from earlier results), plus
the people the batch itself introduces, in order. The people a batch learns come back with its
results and the driver learns them (``Session.save`` then keeps them in the store), so they
reach the batches sent after that, not the ones already in flight. Whichever actor codes a batch,
the result is the same: a batch never sees names another batch learned on the same actor.
"""
from __future__ import annotations

import itertools
import logging
import os
import pickle
from collections import deque
from collections.abc import Iterable, Iterator

from . import actors, coding, nlp
from .records import Actor, Article, Event, Rejection
from .timing import Stopwatch

Item = tuple[Article | None, object]


class WorkerError(RuntimeError):
    """Coding failed on a Ray worker; the message names the article and the cause."""


class Coder:
    """What a Ray actor keeps between batches: the spaCy model and the driver's registry."""

    def __init__(self, registry: bytes, fast: bool = False) -> None:
        self.base: actors.ActorRegistry = pickle.loads(registry)
        self.fast = fast
        nlp.load(fast=fast)

    def code(self, articles: list[Article], learned: list[tuple[str, Actor]]
             ) -> tuple[list[tuple[list[Event], list[Rejection]]], list[tuple[str, Actor]], dict[str, float]]:
        """The events of each article with what the work budget left out (``coding.code_doc``),
        the people the batch learned, and seconds per stage.

        ``learned`` are the names the driver learned since it last sent this actor a batch.
        """
        for name, actor in learned:
            self.base.learn(name, actor)
        known = set(self.base.learned())
        registry = pickle.loads(pickle.dumps(self.base))  # this batch's own copy
        watch = Stopwatch()
        try:
            with watch.stage("nlp"):
                docs = list(nlp.annotate((a.body for a in articles), batch_size=len(articles), fast=self.fast))
        except Exception as error:
            raise WorkerError(f"the batch of {len(articles)} article(s) from {_name(articles[0])} to "
                              f"{_name(articles[-1])} (spaCy): {type(error).__name__}: {error}") from error
        # an article that Tidings fails to code comes back as a rejection (``code_doc``)
        coded = [coding.code_doc(article, doc, registry, watch) for article, doc in zip(articles, docs)]
        return coded, [p for p in registry.learned() if p not in known], dict(watch.seconds)


def _name(article: Article) -> str:
    return f"{article.doc} (article {article.index})"


class RayEngine:
    """Codes articles on a Ray cluster: ``address="auto"`` joins a running one, ``None`` starts
    a local Ray with ``num_cpus`` (default: this machine's cores) for the run.

    ``batch_size`` articles go to an actor at a time; ``window`` batches are in flight at most
    (default: two per actor). Worker stage seconds are added to the run's stopwatch (summed over
    workers); the driver's time waiting for results counts as the stage ``ray``.
    """

    def __init__(self, address: str | None = None, num_cpus: int | None = None, batch_size: int = 16,
                 window: int | None = None, fast: bool = False) -> None:
        self.address, self.num_cpus, self.batch_size, self.window = address, num_cpus, batch_size, window
        self.fast = fast

    def code(self, items: Iterable[Item], registry: actors.ActorRegistry,
             watch: Stopwatch) -> Iterator[tuple[Article | None, object, list[Event], list[Rejection]]]:
        """``(article, context)`` in, ``(article, context, events, cuts)`` out, in order.

        Ray starts (or is joined) at the first article, so a run with nothing new to code
        never waits for it."""
        items = iter(items)
        for article, context in items:
            if article is None:
                yield article, context, [], []
                continue
            ray = _ray()
            started = not ray.is_initialized()
            if started:
                options = {} if self.address else {"num_cpus": self.num_cpus, "include_dashboard": False}
                ray.init(address=self.address, log_to_driver=False, logging_level=logging.ERROR, **options)
            coders = []
            try:
                base = ray.put(pickle.dumps(registry))
                pool = max(1, int(ray.cluster_resources().get("CPU", 1)))
                coders = [ray.remote(num_cpus=1)(Coder).remote(base, self.fast) for _ in range(pool)]
                yield from self._stream(ray, coders, itertools.chain([(article, context)], items), registry, watch)
                return
            finally:
                for coder in coders:
                    ray.kill(coder)
                if started:
                    ray.shutdown()

    def _stream(self, ray, coders: list, items: Iterator[Item], registry: actors.ActorRegistry,
                watch: Stopwatch) -> Iterator[tuple[Article | None, object, list[Event], list[Rejection]]]:
        learned: list[tuple[str, Actor]] = []  # names from results, in the order learned
        sent = [0] * len(coders)  # how many of them each actor has been sent
        turn = itertools.cycle(range(len(coders)))
        pending: deque = deque()

        def submit() -> None:
            batch = list(itertools.islice(items, self.batch_size))
            if not batch:
                return
            articles = [a for a, _ in batch if a is not None]
            ref = None
            if articles:
                number = next(turn)
                ref = coders[number].code.remote(articles, learned[sent[number]:])
                sent[number] = len(learned)
            pending.append((batch, ref))

        for _ in range(self.window or 2 * len(coders)):
            submit()
        while pending:
            batch, ref = pending.popleft()
            with watch.stage("ray"):
                coded, new, seconds = _result(ray, ref, batch)
            for name, actor in new:
                registry.learn(name, actor)
                learned.append((name, actor))
            for stage, spent in seconds.items():
                watch.seconds[stage] += spent
            submit()
            found = iter(coded)
            for article, context in batch:
                yield article, context, *(next(found) if article is not None else ([], []))


def _result(ray, ref, batch: list[Item]):
    """A batch's results; a failed or lost worker raises ``WorkerError``."""
    if ref is None:
        return [], [], {}
    try:
        return ray.get(ref)
    except ray.exceptions.RayTaskError as error:
        raise WorkerError(f"a Ray worker failed to code {error.cause}") from None
    except ray.exceptions.RayError as error:
        first = next(a for a, _ in batch if a is not None)
        raise WorkerError(f"a Ray worker was lost while coding the batch from {_name(first)}: {error}") from None


def _ray():
    """The ``ray`` module, quiet and offline (no usage statistics)."""
    os.environ.setdefault("RAY_USAGE_STATS_ENABLED", "0")
    try:
        import ray
    except ImportError:
        raise ImportError("the Ray engine needs Ray: pip install 'tidings[ray]'") from None
    return ray
