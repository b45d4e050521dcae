"""Merging: several mentions of one real-world event become one event with all its mentions.

Needs: ``Event`` records with one or more mentions. Sets: fewer ``Event`` records whose
``mentions`` hold every report, and ``merge_notes`` that say why they were joined.

Two events are the same happening when they have the same PLOVER type and status, the same
actor keys (in either order when one of them is symmetric), and compatible dates: equal to the
precision both give, a day-precise date within one day (in one article, the same day when its words
give both days). Inside one article an undated mention
joins the dated event it repeats (the one with most mentions), and a mention dated only by the
publication date joins a same-type, same-actor event of the week before, which it most likely
recalls.

Inside one article, reports of one pair join only when the text ties them to one happening: the
same actors, the same place, or nearby sentences that name no other official of the same side.
Across articles (``across_articles``) merging is stricter: dates must be compatible, an undated
report joins only the same report of a near-duplicate of its story (a sentence in common), and
places must not name different countries. Reports are taken in a canonical order (best-dated
first, then by document and offset), so the result does not depend on the order in which files
were ingested; a merged event keeps the id of its earliest-ingested report, so ids of existing
events do not change when new reports join them.

New reports are merged again only with the reports they can reach (``related``): the greedy
merge of a block is the union of the merges of its connected groups (two reports are connected
when their dates are compatible, or, undated, when they share a story), so re-merging the group
of a new report gives the events a merge of the whole block would give, at the cost of the group.

Near-duplicate articles (the same story syndicated or re-posted with small edits) are found with
MinHash signatures over word shingles (datasketch's, ``signature``) and LSH band keys
(``band_keys``), which the store indexes, so that a new article's candidates are looked up rather
than the whole store loaded.
"""
from __future__ import annotations

import hashlib
import re
from array import array
from collections.abc import Callable, Iterable
from dataclasses import replace
from datetime import date, timedelta
from functools import lru_cache

from .records import Event

BASIS_RANK = {"explicit": 0, "relative": 1, "publication": 2, None: 3}
RECENT_DAYS = 8  # a report dated only by its publication may tell of an event of the past week
NEARBY_CHARS = 400  # reports whose sentences start this close (about a sentence apart) are of one happening


NUM_PERM = 128
SHINGLE = 5  # words per shingle
DUPLICATE_JACCARD = 0.8  # estimated shingle overlap above which two articles are one story
#: LSH bands of rows of hash values: what datasketch's ``MinHashLSH`` chooses for the threshold
#: and NUM_PERM (a test checks it). Band keys are stored, so these never follow a library change.
BANDS, ROWS = 9, 13


def block(event: Event) -> str:
    """The merge block: only events of the same block can be the same happening.

    Type, status, actor pair and year: reports of different years are never compatible, so
    a busy pair's history is split into years and merging a new report stays cheap however
    long the history grows. (An undated report is in the pair's undated block: it joins only
    reports of its own story, which inside one article ``within_article`` has done already.)
    """
    kind, status, (a, b) = pair_key(event)
    return f"{kind}|{status}|{a}|{b}|{event.date[:4] if event.date else '-'}"


def related(keys: Iterable[tuple[str, str, str | None, str]], seeds: Iterable[str]) -> set[str]:
    """Ids of the reports that share a merge group with a report of ``seeds``.

    ``keys`` are ``(report id, block, date, story)`` of every report of the seeds' blocks. Dated
    reports are linked by compatible dates (a date and the coarser dates it falls in, a day and
    the days beside it); undated ones, which join only their own story, by story.
    """
    seeds = set(seeds)
    held: dict[tuple, list[str]] = {}  # (block, date) or (block, "story", story) -> report ids
    todo = []
    for report, block_, day, story in keys:
        node = (block_, "story", story) if day is None else (block_, day)
        held.setdefault(node, []).append(report)
        if report in seeds:
            todo.append(node)
    seen = set(todo)
    while todo:  # walk the links from the seeds' dates; an undated node has none
        node = todo.pop()
        if len(node) == 3:
            continue
        block_, day = node
        linked = [(block_, d) for d in _neighbours(day)]
        if len(day) < 10:  # a coarse date and the finer dates that fall in it (coarse dates are rare)
            linked += [n for n in held if n[0] == block_ and len(n) == 2 and len(n[1]) > len(day)
                       and n[1].startswith(day)]
        for other in linked:
            if other in held and other not in seen:
                seen.add(other)
                todo.append(other)
    return {report for node in seen for report in held[node]}


@lru_cache(maxsize=65536)  # a store's dates repeat: most of a re-merge's look-ups are cached
def _neighbours(day: str) -> tuple[str, ...]:
    """Dates compatible with ``day`` that are coarser than it or one day away (see
    ``dates_compatible``); linking these links every compatible pair of a block."""
    found = [day[:n] for n in range(1, len(day))]
    if len(day) == 10:
        d = date.fromisoformat(day)
        if d > date.min:  # (not before year 1)
            found.append((d - timedelta(days=1)).isoformat())
        if d < date.max:  # (nor after 9999)
            found.append((d + timedelta(days=1)).isoformat())
    return tuple(found)


def pair_key(event: Event) -> tuple:
    """Type, status and actor keys; the actor pair is unordered (symmetric or not)."""
    keys = tuple(sorted((event.source.key or "", event.target.key if event.target else "")))
    return event.type, event.status, keys


def same_direction(a: Event, b: Event) -> bool:
    """Actors agree: same order, or any order when a cooperative event is joint and both are acts
    of one kind (meetings of any kind; else the same CAMEO act: "A and B signed an accord" does not
    absorb "A thanked B"). Conflict keeps its direction: "A and B clashed" does not absorb "A
    shelled B"."""
    if a.symmetric and b.symmetric:
        return True
    if (a.symmetric or b.symmetric) and a.quad_class <= 2 and (
            a.type == "CONSULT" or (a.cameo or "")[:3] == (b.cameo or "")[:3]):
        return True
    if (a.source.key, a.target.key if a.target else None) != (b.source.key, b.target.key if b.target else None):
        return False
    return a.target is None or a.source.key != a.target.key or all(  # one country's: "militants attacked a
        x.armed == y.armed  # convoy" is not "forces killed militants"
        for x, y in ((a.source, b.source), (a.target, b.target)) if y is not None)


def dates_compatible(a: str | None, b: str | None) -> bool:
    """Equal to the shared precision; day-precise dates may differ by one day."""
    if a is None or b is None:
        return True
    if len(a) == len(b) == 10:
        return abs((date.fromisoformat(a) - date.fromisoformat(b)).days) <= 1
    n = min(len(a), len(b))
    return a[:n] == b[:n]


def within_article(events: Iterable[Event]) -> list[Event]:
    """Join the mentions of one article that report the same event: same type, status and actors,
    compatible dates, and tied by the text (``_tied``): acts of one pair on different occasions
    (other counterparts, other paragraphs) stay apart."""
    events = list(events)
    groups: list[list[Event]] = []
    of_key: dict[tuple, list[list[Event]]] = {}  # the groups of each ``pair_key``, in the order made

    def start(event: Event) -> None:
        groups.append([event])
        of_key.setdefault(pair_key(event), []).append(groups[-1])

    for event in sorted((e for e in events if e.date is not None), key=_strength):
        same = [g for g in of_key.get(pair_key(event), ()) if same_direction(g[0], event) and _tied(g, event)]
        home = next((g for g in same if dates_compatible(g[0].date, event.date) and not _told_apart(g[0], event)), None)
        if home is None and event.date_basis == "publication":
            home = next((g for g in same if _days_before(g[0].date, event.date) in range(0, RECENT_DAYS)), None)
        if home is None:
            start(event)
        else:
            home.append(event)
    for event in sorted((e for e in events if e.date is None), key=lambda e: e.mentions[0].start):
        homes = [g for g in of_key.get(pair_key(event), ()) if same_direction(g[0], event) and _tied(g, event)]
        if homes:
            max(homes, key=len).append(event)
        else:
            start(event)
    merged = [combine(g, "same type, actors and compatible date in one article") for g in groups]
    return sorted(merged, key=lambda e: e.mentions[0].start)


def _told_apart(a: Event, b: Event) -> bool:
    """Whether the words of one article give two reports different days ("met X on Tuesday ...
    had met Y the evening before"): two occasions, though a day apart."""
    return a.date != b.date and all(len(e.date or "") == 10 and e.date_basis in ("explicit", "relative") for e in (a, b))


def _tied(group: list[Event], event: Event) -> bool:
    """Whether the text ties an event to a group as one happening: the same actors (not only the
    same countries) or the same place, or a report in the same or a nearby sentence that names no
    other official of the same side ("Blinken met the prime minister ... Blinken met the army chief":
    two happenings)."""
    for other in group:
        if _identities(other) == _identities(event) or (event.location and other.location == event.location):
            return True
        nearby = any(abs(a.start - b.start) <= NEARBY_CHARS for a in other.mentions for b in event.mentions)
        if nearby and not _other_officials(other, event):
            return True
    return False


def _identities(event: Event) -> frozenset:
    """Who acts on whom, as offices of countries or organisations: ("RUS", "Foreign Minister"),
    ("PAK", None) for the state or a body. Names vary between reports; offices less."""
    return frozenset((a.key, a.role) for a in (event.source, event.target) if a is not None)


def _other_officials(a: Event, b: Event) -> bool:
    """Whether two events name different office holders of one country or organisation."""
    def officials(e: Event) -> dict[str | None, set[str]]:
        found: dict[str | None, set[str]] = {}
        for actor in (e.source, e.target):
            if actor is not None and actor.role:
                found.setdefault(actor.key, set()).add(actor.role.lower())
        return found
    mine, theirs = officials(a), officials(b)
    return any(mine[k] != theirs[k] for k in mine.keys() & theirs.keys())


def _days_before(earlier: str | None, later: str | None) -> int | None:
    """Days from a day-precise ``earlier`` to ``later`` (None unless both are days)."""
    if not earlier or not later or len(earlier) != 10 or len(later) != 10:
        return None
    return (date.fromisoformat(later) - date.fromisoformat(earlier)).days


def _strength(event: Event) -> tuple:
    """Best-dated first: explicit before relative before publication dates, precise before vague,
    then the earliest date (a later report restates an earlier event)."""
    return BASIS_RANK[event.date_basis], -len(event.date or ""), event.date or "", event.mentions[0].start


def combine(group: list[Event], why: str) -> Event:
    """One event from a group of reports of it; the best-dated report leads (of equals, the first
    of the group)."""
    if len(group) == 1:
        return group[0]
    lead = min(group, key=_strength)
    first = min(group, key=lambda e: (e.mentions[0].doc, e.mentions[0].article_id, e.mentions[0].start))
    mentions = tuple(sorted({m for e in group for m in e.mentions},
                            key=lambda m: (m.doc, m.article_id, m.start, m.end, m.trigger)))
    doubt = 1.0
    for e in group:
        doubt *= 1.0 - e.confidence
    return replace(
        lead,
        event_id=first.event_id,
        mentions=mentions,
        symmetric=any(e.symmetric for e in group),
        mode=lead.mode or next((e.mode for e in group if e.mode), None),
        location=lead.location or next((e.location for e in group if e.location), None),
        commitments=tuple(dict.fromkeys(c for e in group for c in e.commitments)),
        confidence=round(min(0.99, 1.0 - doubt), 3),
        merge_notes=lead.merge_notes + (f"{len(group)} reports joined: {why}",),
    )


def across_articles(reports: Iterable[Event], order: Callable[[Event], tuple],
                    family: Callable[[Event], str]) -> list[tuple[Event, list[str]]]:
    """Merge article-level events into real-world events.

    ``order`` gives a report's ingestion order (the earliest names the merged event);
    ``family`` gives the story a report comes from (its article, or the original it duplicates).
    Returns each merged event with the ids of the reports it holds.
    """
    clusters: list[list[Event]] = []
    for report in sorted(reports, key=_canonical):
        home = next((c for c in clusters if _joins(c, report, family)), None)
        if home is None:
            clusters.append([report])
        else:
            home.append(report)
    merged = []
    for cluster in clusters:
        first = min(cluster, key=order)
        event = combine(cluster, _why(cluster)) if len(cluster) > 1 else cluster[0]
        merged.append((replace(event, event_id=first.event_id), [r.event_id for r in cluster]))
    return merged


def _canonical(event: Event) -> tuple:
    """``_strength``, then where it is told, then its words and actors: an order of reports that
    hangs on nothing but what they say ("calls on A ... and calls on B", two reports of one
    sentence, are in the order of their targets' names, not in the order a store gives them)."""
    m = event.mentions[0]
    return (*_strength(event), m.doc, m.article_id, m.start, m.trigger, event.source.name,
            event.target.name if event.target else "")


def _joins(cluster: list[Event], report: Event, family: Callable[[Event], str]) -> bool:
    lead = cluster[0]
    if pair_key(lead) != pair_key(report) or not all(same_direction(r, report) for r in cluster):
        return False
    if _place_conflict(lead, report):
        return False
    if lead.date is None or report.date is None:
        return any(_retold(r, report, family) for r in cluster)
    return all(dates_compatible(r.date, report.date) for r in cluster)


def _retold(a: Event, b: Event, family: Callable[[Event], str]) -> bool:
    """Whether two undated reports tell one happening: a story and a near-duplicate of it, in the
    same words. Two reports of one article are two happenings (``within_article`` joined those
    that are one)."""
    if family(a) != family(b) or {m.article_id for m in a.mentions} & {m.article_id for m in b.mentions}:
        return False
    return bool({m.sentence for m in a.mentions} & {m.sentence for m in b.mentions})


def _place_conflict(a: Event, b: Event) -> bool:
    return bool(a.location and b.location and a.location.country and b.location.country
                and a.location.country != b.location.country)


def _why(cluster: list[Event]) -> str:
    lead = cluster[0]
    pair = " and ".join(sorted({lead.source.key or "?", lead.target.key if lead.target else "?"}))
    dates = ", ".join(sorted({r.date or "undated" for r in cluster}))
    articles = len({m.article_id for r in cluster for m in r.mentions})
    return f"same type {lead.type} and status {lead.status}, same actors {pair}, compatible dates ({dates}), " \
           f"reported in {articles} article(s)"


def signature(text: str) -> bytes:
    """MinHash signature of a text's word shingles, as bytes for the store: ``NUM_PERM`` values of
    datasketch's "affine32" scheme (seed 1), the same values its ``MinHash`` gives (a test checks).

    Computed here rather than by datasketch, whose package imports SciPy (0.35-0.6 s of every
    ingest) for LSH tuning that Tidings does not use (its bands are ``band_keys``)."""
    words = re.findall(r"\w+", text.lower())
    shingles = {" ".join(words[i:i + SHINGLE]) for i in range(max(1, len(words) - SHINGLE + 1))}
    import numpy as np  # only where articles are ingested, never for queries

    values = np.frombuffer(b"".join(hashlib.sha1(s.encode("utf-8")).digest()[:4] for s in shingles),
                           dtype="<u4").astype(np.uint32)
    for shift, factor in ((16, 0x85EBCA6B), (13, 0xC2B2AE35)):  # MurmurHash3's 32-bit finalizer,
        values = (values ^ (values >> np.uint32(shift))) * np.uint32(factor)  # which datasketch applies first
    values ^= values >> np.uint32(16)
    a, b = _permutations()
    return (values.reshape(-1, 1) * a + b).min(axis=0).astype(np.uint64).tobytes()  # wraps: mod 2**32


@lru_cache(maxsize=1)
def _permutations():
    """datasketch's "affine32" permutations h -> a * h + b (mod 2**32, ``a`` odd) for seed 1."""
    import numpy as np

    draw = np.random.RandomState(1)
    a = draw.randint(0, 1 << 31, NUM_PERM, dtype=np.uint32) * np.uint32(2) + np.uint32(1)
    return a, draw.randint(0, 1 << 32, NUM_PERM, dtype=np.uint32)


def band_keys(data: bytes) -> list[int]:
    """The LSH band keys of a signature: two articles that share one are near-duplicate candidates.

    Bands of ``BANDS`` x ``ROWS`` hash values, as datasketch's ``MinHashLSH`` would use for
    ``DUPLICATE_JACCARD``; a key is 63 bits of a stable hash of the band's number and values, so
    that it can be stored and looked up from an index."""
    return [int.from_bytes(hashlib.blake2b(band.to_bytes(2, "big") + data[8 * ROWS * band:8 * ROWS * (band + 1)],
                                           digest_size=8).digest(), "big") >> 1 for band in range(BANDS)]


def similar(a: bytes, b: bytes) -> bool:
    """Whether two signatures estimate a shingle overlap of at least ``DUPLICATE_JACCARD``."""
    same = sum(x == y for x, y in zip(array("Q", a), array("Q", b)))
    return same / NUM_PERM >= DUPLICATE_JACCARD


class DuplicateIndex:
    """Near-duplicate search over a few signatures (MinHash LSH in memory): an input's articles
    and the stored articles that share a band with them (``Store.signatures_sharing``)."""

    def __init__(self, known: Iterable[tuple[str, bytes]] = ()) -> None:
        self.buckets: dict[int, list[str]] = {}
        self.hashes: dict[str, bytes] = {}
        for article_id, data in known:
            self.add(article_id, data)

    def add(self, article_id: str, data: bytes) -> None:
        if article_id in self.hashes:
            return
        self.hashes[article_id] = data
        for key in band_keys(data):
            self.buckets.setdefault(key, []).append(article_id)

    def match(self, data: bytes) -> list[str]:
        """Added articles whose estimated shingle overlap with ``data`` reaches the threshold."""
        found = {a for key in band_keys(data) for a in self.buckets.get(key, ())}
        return sorted(a for a in found if similar(self.hashes[a], data))
