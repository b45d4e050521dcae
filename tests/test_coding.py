"""Coding whole articles: dates, places, status policy and evidence offsets, on texts written for Tidings."""
from __future__ import annotations

import pytest

from tidings import coding
from tidings.actors import ActorRegistry
from tidings.records import Article


@pytest.fixture(scope="module")
def registry():
    return ActorRegistry.load()


def code(registry, body, published="2025-04-24", dateline=None, dateline_date=None):
    article = Article(article_id="a1", doc="t.txt", index=1, body=body, published=published, dateline=dateline,
                      dateline_date=dateline_date)
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


def test_coding_news_of_the_day_takes_the_datelines_date(registry):
    (event,) = code(registry, "On Tuesday, Egypt condemned Israel over the strike.", published="2025-08-10",
                    dateline="CAIRO", dateline_date="2025-08-06")
    assert (event.date, event.date_basis) == ("2025-08-05", "relative")  # the Tuesday before Aug 6
    (event,) = code(registry, "Egypt condemned Israel over the strike.", published="2025-08-10",
                    dateline="CAIRO", dateline_date="2025-08-06")
    assert (event.date, event.date_basis) == ("2025-08-06", "publication")


def test_coding_the_same_month_has_month_precision(registry):
    body = ("Gunmen killed nine workers in Chile on Jan 27, 2024. The same month, Peru attacked "
            "Bolivian rebels.")
    found = [e for e in code(registry, body) if e.source.key == "PER"]
    assert [(e.type, e.date, e.date_basis) for e in found] == [("ASSAULT", "2024-01", "relative")]


def test_coding_an_occasion_told_in_the_background_keeps_its_date(registry):
    body = ("Kenya and Uganda signed a trade pact on Monday.\n\n"
            "Last year in October, the Kenyan president met the Ugandan president in Kampala.\n\n"
            "The two presidents agreed to expand cooperation on railways.\n\n"
            "On Monday, Kenya praised Uganda.")
    dated = {(e.type, e.date) for e in code(registry, body)}
    assert ("CONSULT", "2024-10") in dated and ("AGREE", "2024-10") in dated
    assert ("SUPPORT", "2025-04-21") in dated


def test_coding_rebels_and_their_government_are_two_sides(registry):
    found = code(registry, "The Fijian rebels said they will release Prime Minister Mahendra Chaudhry.")
    assert {(e.type, e.source.key, e.source.sector, e.target.key, e.target.sector) for e in found} == {
        ("AGREE", "FJI", "REB", "FJI", "GOV")}  # the promise to release him
    assert code(registry, "Fijian officials praised the Fijian government.") == []  # one side


def test_coding_the_parties_carry_into_an_agentless_sentence(registry):
    found = code(registry, "Kenya and Uganda held talks in Kampala on Monday. It was agreed that the border "
                           "would be reopened.")
    assert {(e.type, frozenset((e.source.key, e.target.key))) for e in found} == {
        ("CONSULT", frozenset(("KEN", "UGA"))), ("AGREE", frozenset(("KEN", "UGA")))}


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
