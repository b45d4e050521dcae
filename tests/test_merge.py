"""Merging mentions of one event, on records built by hand."""
from __future__ import annotations

import re
from dataclasses import replace

import numpy as np
import pytest
from datasketch import MinHash, MinHashLSH
from hypothesis import given, settings
from hypothesis import strategies as st

from tidings.merge import (BANDS, DUPLICATE_JACCARD, NUM_PERM, ROWS, SHINGLE, DuplicateIndex,
                           across_articles, band_keys, dates_compatible, related, signature, within_article)
from tidings.records import Actor, Event, Mention

SCHEME = "affine32"  # datasketch's MinHash scheme, which ``signature`` computes
PAK, RUS, IND = Actor("Pakistan", country="PAK"), Actor("Russia", country="RUS"), Actor("India", country="IND")


def event(eid, kind, source, target, date, start, basis="explicit", symmetric=False, confidence=0.5):
    mention = Mention(doc="a.txt", article_id="a1", sentence=f"sentence {start}", start=start, end=start + 10,
                      trigger="met")
    return Event(event_id=eid, type=kind, source=source, target=target, mentions=(mention,), date=date,
                 date_basis=basis if date else None, symmetric=symmetric, confidence=confidence)


@pytest.mark.parametrize("a, b, same", [
    ("2025-04-22", "2025-04-23", True), ("2025-04-22", "2025-04-24", False), ("2025-04", "2025-04-30", True),
    ("2025", "2024-12-31", False), (None, "2023-11-16", True), ("2025-05", "2025-06", False),
])
def test_merge_dates_compatible(a, b, same):
    assert dates_compatible(a, b) is same


def test_merge_within_article_joins_repeats_and_keeps_distinct_dates():
    merged = within_article([
        event("e1", "CONSULT", PAK, RUS, "2025-04-22", 0, basis="relative", symmetric=True),
        event("e2", "CONSULT", RUS, PAK, "2025-04-22", 50, basis="publication", symmetric=True),
        event("e3", "CONSULT", PAK, RUS, "2023-11-16", 100, symmetric=True),
        event("e4", "CONSULT", PAK, RUS, None, 150, symmetric=True),
        event("e5", "AGREE", PAK, RUS, "2025-04-22", 200, symmetric=True),
    ])
    assert [(e.type, e.date, [m.start for m in e.mentions]) for e in merged] == [
        ("CONSULT", "2025-04-22", [0, 50, 150]), ("CONSULT", "2023-11-16", [100]), ("AGREE", "2025-04-22", [200])]
    first = merged[0]
    assert first.event_id == "e1" and first.date_basis == "relative" and first.num_mentions == 3
    assert first.confidence > 0.5 and first.merge_notes


def test_merge_within_article_keeps_two_days_its_words_give_apart():
    """"Met X on Tuesday ... had met X's vice-president the evening before": two meetings; a day
    that only the publication gives may still be the other's."""
    merged = within_article([
        event("e1", "CONSULT", PAK, RUS, "2025-05-20", 0, basis="relative", symmetric=True),
        event("e2", "CONSULT", PAK, RUS, "2025-05-19", 50, basis="relative", symmetric=True),
        event("e3", "CONSULT", PAK, RUS, "2025-05-21", 100, basis="publication", symmetric=True),
    ])
    assert sorted(len(e.mentions) for e in merged) == [1, 2]


def test_merge_within_article_keeps_occasions_with_other_counterparts_apart():
    fm = Actor("Sergey Lavrov", country="RUS", role="Foreign Minister", actor_id="lavrov")
    pm = Actor("Imran Khan", country="PAK", role="Prime Minister", actor_id="khan")
    chief = Actor("Qamar Bajwa", country="PAK", role="Army Chief", actor_id="bajwa")
    merged = within_article([
        event("e1", "CONSULT", fm, pm, None, 0, symmetric=True),
        event("e2", "CONSULT", fm, pm, None, 2000, symmetric=True),  # the same people, far apart: one
        event("e3", "CONSULT", chief, fm, None, 2100, symmetric=True),  # nearby, another counterpart
        event("e4", "CONSULT", PAK, RUS, None, 5000, symmetric=True),  # the states, paragraphs away
        event("e5", "CONSULT", PAK, RUS, None, 5200, symmetric=True),  # ... and nearby: one
    ])
    assert sorted([m.start for m in e.mentions] for e in merged) == [[0, 2000], [2100], [5000, 5200]]


def test_merge_within_article_keeps_direction_of_one_sided_events():
    merged = within_article([event("e1", "ACCUSE", PAK, IND, "2025-05-01", 0),
                             event("e2", "ACCUSE", IND, PAK, "2025-05-01", 40)])
    assert len(merged) == 2


def test_merge_within_article_keeps_one_countrys_attacks_by_and_on_armed_men_apart():
    """"Militants attacked a convoy" and "forces killed militants" a day apart are two fights."""
    militants = Actor("militants", country="PAK", sector="REB")
    forces = Actor("security forces", country="PAK", sector="MIL")
    merged = within_article([event("e1", "ASSAULT", militants, forces, "2025-05-13", 0),
                             event("e2", "ASSAULT", forces, militants, "2025-05-12", 40)])
    assert len(merged) == 2


def test_merge_publication_dated_mention_joins_the_event_of_the_week_before():
    merged = within_article([
        event("e1", "ASSAULT", RUS, PAK, "2025-04-18", 0, basis="relative"),
        event("e2", "ASSAULT", RUS, PAK, "2025-04-22", 60, basis="publication"),
        event("e3", "ASSAULT", RUS, PAK, "2025-03-01", 120, basis="explicit"),
    ])
    assert sorted((e.date, e.num_mentions) for e in merged) == [("2025-03-01", 1), ("2025-04-18", 2)]


def test_merge_related_follows_compatible_dates_within_a_block():
    keys = [("d1", "B|2025", "2025-03-31", "s1"), ("d2", "B|2025", "2025-04-01", "s2"),
            ("m4", "B|2025", "2025-04", "s3"), ("d3", "B|2025", "2025-04-20", "s4"),
            ("far", "B|2025", "2025-06-10", "s5"), ("other", "C|2025", "2025-04-01", "s6")]
    # a day reaches the day beside it (across a month's end) and the month it falls in,
    # the month every day of it; June and other blocks stay out
    assert related(keys, {"d1"}) == {"d1", "d2", "m4", "d3"}
    assert related(keys, {"far"}) == {"far"}


def test_merge_related_year_only_date_reaches_its_whole_block():
    keys = [("a", "B|2025", "2025-01-02", "s1"), ("b", "B|2025", "2025-11-30", "s2"),
            ("y", "B|2025", "2025", "s3"), ("next", "B|2026", "2026-01-01", "s4")]
    assert related(keys, {"a"}) == {"a", "b", "y"}


def test_merge_across_articles_joins_an_undated_report_only_to_its_retelling():
    first = event("e1", "CONSULT", PAK, RUS, None, 0, symmetric=True)
    second = event("e2", "CONSULT", PAK, RUS, None, 900, symmetric=True)  # same article: kept apart
    copy = replace(first, event_id="e3", mentions=tuple(replace(m, doc="b.txt", article_id="b1") for m in first.mentions))
    merged = across_articles([first, second, copy], order=lambda e: e.event_id,
                             family=lambda e: "a1")  # b1 is a near-duplicate of a1
    assert sorted(sorted(ids) for _, ids in merged) == [["e1", "e3"], ["e2"]]


def test_merge_across_articles_leads_with_the_same_report_in_any_order():
    """Two reports of one sentence ("calls on A ... and calls on B") that merge: which leads hangs
    on what they say, not on the order the store gives them (which follows their ids)."""
    police = replace(event("r1", "REQUEST", PAK, Actor("Russian police", country="RUS"), "2025-02-16", 40),
                     date_basis="publication")
    courts = replace(police, event_id="r2", target=Actor("Russia's courts", country="RUS"))
    for reports in ([police, courts], [courts, police]):
        ((merged, ids),) = across_articles(reports, order=lambda e: e.event_id, family=lambda e: "a1")
        assert merged.target.name == "Russia's courts" and sorted(ids) == ["r1", "r2"]


def test_merge_related_undated_reports_reach_their_own_story_only():
    keys = [("u1", "B|-", None, "story1"), ("u2", "B|-", None, "story1"), ("u3", "B|-", None, "story2")]
    assert related(keys, {"u1"}) == {"u1", "u2"}


def datasketch_signature(text: str) -> bytes:
    words = re.findall(r"\w+", text.lower())
    minhash = MinHash(num_perm=NUM_PERM, scheme=SCHEME)
    minhash.update_batch([" ".join(words[i:i + SHINGLE]).encode() for i in range(max(1, len(words) - SHINGLE + 1))])
    return minhash.hashvalues.astype("uint64").tobytes()


def test_merge_signature_is_datasketchs_minhash_on_real_news(seeds_dir):
    bodies = [p.read_text(errors="replace") for p in sorted(seeds_dir.iterdir())]
    for body in bodies:  # whole files and paragraphs: texts of many lengths
        for text in [body, *body.split("\n\n")[:40]]:
            assert signature(text) == datasketch_signature(text)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(["a", "b", "Ω", "1", "_", " ", "\n", "-", "é"]), max_size=80))
def test_merge_signature_is_datasketchs_minhash_on_any_text(text):
    assert signature(text) == datasketch_signature(text)


def test_merge_band_keys_are_stable_63_bit_keys():
    keys = band_keys(signature("Foreign ministers of the two countries met in Berlin on Tuesday to discuss trade."))
    from datasketch.lsh import _optimal_param

    assert (BANDS, ROWS) == _optimal_param(DUPLICATE_JACCARD, NUM_PERM, 0.5, 0.5)  # what MinHashLSH would use
    assert len(keys) == BANDS and all(0 <= k < 2 ** 63 for k in keys)
    assert keys[0] == 1302623126914094215  # keys are stored: they must not change between versions


def test_merge_duplicate_index_finds_what_datasketch_lsh_finds():
    rng = np.random.default_rng(3)
    known = {f"a{n}": rng.integers(0, 2 ** 32, NUM_PERM, dtype=np.uint64) for n in range(300)}
    queries = []
    for n in range(300):  # copies with a varying share of their hash values changed
        values = known[f"a{n}"].copy()
        changed = rng.choice(NUM_PERM, size=int(rng.integers(0, 60)), replace=False)
        values[changed] = rng.integers(0, 2 ** 32, len(changed), dtype=np.uint64)
        queries.append(values)
    lsh = MinHashLSH(threshold=DUPLICATE_JACCARD, num_perm=NUM_PERM)
    hashes = {a: MinHash(num_perm=NUM_PERM, scheme=SCHEME, hashvalues=v) for a, v in known.items()}
    for a, h in hashes.items():
        lsh.insert(a, h)
    index = DuplicateIndex((a, v.tobytes()) for a, v in known.items())
    found = 0
    for values in queries:
        query = MinHash(num_perm=NUM_PERM, scheme=SCHEME, hashvalues=values)
        expected = sorted(a for a in lsh.query(query) if hashes[a].jaccard(query) >= DUPLICATE_JACCARD)
        assert index.match(values.tobytes()) == expected
        found += bool(expected)
    assert 0 < found < len(queries)

