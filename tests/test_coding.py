"""Coding whole articles: dates, places, status policy and evidence offsets, on texts written for Tidings."""
from __future__ import annotations

import pytest

from tidings import coding
from tidings.actors import ActorRegistry
from tidings.records import Article


@pytest.fixture(scope="module")
def registry():
    return ActorRegistry.load()


def code(registry, body, published="2025-04-24", dateline=None):
    article = Article(article_id="a1", doc="t.txt", index=1, body=body, published=published, dateline=dateline)
    ((_, found),) = list(coding.code_articles([article], registry))
    return found


def keyed(found):
    return {(e.type, e.source.key, e.target.key if e.target else None, e.date, e.date_basis) for e in found}


def test_coding_explicit_date_attached_to_the_event_clause(registry):
    found = code(registry, "France and Germany held talks on Nov. 3, 2024, in Paris.")
    assert ("CONSULT", "FRA", "DEU", "2024-11-03", "explicit") in keyed(found) | {
        ("CONSULT", e.target.key, e.source.key, e.date, e.date_basis) for e in found}


def test_coding_weekday_resolves_against_publication(registry):
    (event,) = [e for e in code(registry, "Kenya and Uganda on Tuesday signed a border agreement.") if e.type == "SUPPORT"]
    assert (event.date, event.date_basis) == ("2025-04-22", "relative")


def test_coding_news_of_the_day_takes_publication_date(registry):
    (event,) = code(registry, "Egypt condemned Israel over the strike.")
    assert (event.type, event.date, event.date_basis) == ("ACCUSE", "2025-04-24", "publication")


def test_coding_background_gets_no_date(registry):
    found = code(registry, "Egypt had long accused Israel of blocking aid.")
    assert all(e.date is None for e in found)


def test_coding_planned_meeting_becomes_commitment_of_the_agreement(registry):
    found = code(registry, "Chile and Peru agreed to hold talks in 2026.")
    (agree,) = [e for e in found if e.type == "AGREE"]
    assert agree.status == "planned" and agree.date == "2025-04-24"
    (promise,) = agree.commitments
    assert (promise.type, promise.due, promise.text) == ("CONSULT", "2026", "hold talks")
    assert not [e for e in found if e.type == "CONSULT"]


def test_coding_evidence_offsets_point_into_the_body(registry):
    body = "Oman hosted talks on Monday.\n\nJapan and Korea agreed to expand trade on Wednesday."
    for event in code(registry, body):
        for m in event.mentions:
            assert body[m.start:m.end] == m.sentence and m.trigger in m.sentence


def test_coding_date_of_an_event_noun_inside_the_trigger_phrase(registry):
    found = code(registry, "The minister conveyed Egypt’s condemnation of the Israeli attack on Gaza on April 20.")
    (accuse,) = [e for e in found if e.type == "ACCUSE"]
    assert accuse.date == "2025-04-24"


def test_coding_agentless_summons_takes_the_dateline_state(registry):
    found = code(registry, "The Belarusian charge d'affaires was summoned on Friday.", dateline="VILNIUS")
    assert {(e.type, e.source.key, e.target.key) for e in found} == {("ACCUSE", "LTU", "BLR")}
    assert code(registry, "The Belarusian charge d'affaires was summoned on Friday.") == []
