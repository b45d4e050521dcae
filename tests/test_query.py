"""Queries behind the views: actors by any name, id prefixes, the event filters, pages and sorts,
commitments kept or broken; on short articles written for Tidings and on the seeds."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from tidings import query
from tidings.cli import cli
from tidings.store import EventFilter, open_store

ARTICLES = [
    {"doc": "relief", "published": "2025-03-03", "title": "Convoy reaches the border",
     "text": "Chile donated 40 tonnes of flour to Peru on Monday.\n\nThe shipment belongs to a humanitarian aid "
             "programme run from Santiago."},
    {"doc": "drills", "published": "2025-03-10",
     "text": "Chile and Peru agreed on Monday to hold joint naval exercises in June 2025."},
    {"doc": "suspended", "published": "2025-04-20",
     "text": "Chile suspended the joint naval exercises with Peru on Saturday, the defence ministry said."},
    {"doc": "talks", "published": "2025-05-02",
     "text": "Kenya and Uganda held talks in Nairobi on Thursday. Uganda condemned Kenya over the border raid."},
]


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    folder = tmp_path_factory.mktemp("query")
    feed = folder / "feed.jsonl"
    feed.write_text("\n".join(json.dumps(a) for a in ARTICLES) + "\n", encoding="utf-8")
    db = str(folder / "q.duckdb")
    assert CliRunner().invoke(cli, ["--db", db, "ingest", str(feed)]).exit_code == 0
    with open_store(db, read_only=True) as opened:
        yield opened


def count(store, **conditions):
    return store.count_events(query.select(store, **conditions))


def test_query_actor_by_code_name_demonym_or_seat(store):
    everything = count(store, actor="CHL")
    assert everything == 3
    for typed in ("chl", "Chile", "Chilean", "Santiago"):
        assert count(store, actor=typed) == everything, typed


def test_query_actor_by_surname_or_full_name(seed_store):
    with open_store(seed_store, read_only=True) as seeded:
        surname, full = (query.match_actor(seeded, typed) for typed in ("Lavrov", "sergey lavrov"))
        assert surname.names and surname.names == full.names and not surname.keys
        assert seeded.count_events(EventFilter(actors=(surname,))) > 0
        assert count(seeded, actor="Pakistan") == count(seeded, actor="PAK") > 10


def test_query_unknown_actor_matches_nothing(store):
    match = query.match_actor(store, "Nobody Anywhere")
    assert not match.keys and not match.names and count(store, actor="Nobody Anywhere") == 0


def test_query_id_prefix_resolves_when_unique(store):
    ids = sorted(e.event_id for e in store.events())
    assert query.resolve_id(store, "event", ids[0][:12]) == ids[0]
    assert query.resolve_id(store, "event", "zz") is None
    with pytest.raises(query.AmbiguousId):
        query.resolve_id(store, "event", "")
    article = next(store.articles()).article_id
    assert query.resolve_id(store, "article", article[:6].upper()) == article


def test_query_words_search_article_text_titles_and_names(store):
    assert count(store, text="humanitarian aid") == count(store, text="convoy") == 1
    assert count(store, text='"aid humanitarian"') == count(store, text="humanitarian famine") == 0
    assert count(store, text="Uganda") == count(store, actor="UGA")
    assert count(store, text="hum") == 0  # whole words only


def test_query_filters_combine(store):
    total = store.count_events(EventFilter())
    assert count(store, type="AID") + count(store, quad_class=1) + count(store, quad_class=3) <= total
    assert count(store, type="CONSULT", country="KEN") == count(store, type="CONSULT", place="Nairobi") == 1
    assert count(store, since="2025-05") == count(store, since="2025-05-01", until="2025-05-31") >= 2
    # the agreement to hold exercises in June is a plan
    assert count(store, status="occurred") == total - 1 and count(store, status="planned") == 1


def test_query_pages_and_sorts(store):
    every = query.events(store, EventFilter(), sort="-date")
    dates = [e.date for e in every["events"] if e.date]
    assert dates == sorted(dates, reverse=True) and every["total"] == len(every["events"])
    first, second = (query.events(store, EventFilter(), sort="confidence", limit=2, offset=k) for k in (0, 2))
    assert first["total"] == second["total"] == every["total"]
    assert not {e.event_id for e in first["events"]} & {e.event_id for e in second["events"]}
    with pytest.raises(ValueError):
        query.events(store, EventFilter(), sort="colour")


def test_query_commitment_broken_by_a_later_suspension(store):
    (promise,) = query.commitments(store, query.select(store, "Chile", "PER"), as_of=None)
    assert promise["what"] == "hold joint naval exercises" and promise["promised"] == "COOPERATE"
    assert (promise["due"], promise["precision"]) == ("2025-06", "month")
    assert promise["commitment_status"] == "broken" and promise["broken_by"]
    assert store.event(promise["broken_by"]).type == "SANCTION"


def test_query_article_passages_link_sentences_to_events(store):
    article = next(a for a in store.articles() if a.doc == "talks")
    found = query.article(store, article.article_id)
    assert "".join(p["text"] for p in found["passages"]) == article.body
    coded = [p for p in found["passages"] if p["events"]]
    assert found["coded"] == len(coded) == 2
    assert all(store.event(e["event_id"]) is not None for p in coded for e in p["events"])
