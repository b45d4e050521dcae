"""Commitments: one per promised act, its words read from the parse, its due date as precise as
stated; on texts written for Tidings."""
from __future__ import annotations

import pytest

from tidings import coding
from tidings.actors import ActorRegistry
from tidings.records import Article


@pytest.fixture(scope="module")
def registry():
    return ActorRegistry.load()


def promises(registry, body, published="2025-04-24"):
    article = Article(article_id="a1", doc="t.txt", index=1, body=body, published=published)
    ((_, found, _),) = list(coding.code_articles([article], registry))
    return {c.text: c for e in found for c in e.commitments}


def test_commitments_one_per_promised_act_with_its_object(registry):
    found = promises(registry, "Chile said that Santiago and Lima will boost ties, with Chile providing naval "
                               "equipment to Peru and the two holding joint naval exercises.")
    assert {"provide naval equipment", "hold joint naval exercises"} <= set(found)
    equipment, drills = found["provide naval equipment"], found["hold joint naval exercises"]
    assert (equipment.type, equipment.source.key, equipment.target.key, equipment.symmetric) == ("AID", "CHL", "PER", False)
    assert (drills.type, drills.symmetric) == ("COOPERATE", True)
    assert equipment.said.sentence.startswith("Chile said") and equipment.stated == "2025-04-24"


def test_commitments_recipient_beside_an_object_is_left_out(registry):
    found = promises(registry, "“We stand ready to strengthen the navy of Peru, including by supplying Peru with "
                               "patrol boats,” the Chilean foreign minister said.")
    assert "supply patrol boats" in found and found["supply patrol boats"].type == "AID"
    assert "strengthen the navy of Peru" in found


@pytest.mark.parametrize("when, due, words", [("later this year", "2025", "later this year"),
                                              ("next month", "2025-05", "next month"),
                                              ("in 2027", "2027", "2027")])
def test_commitments_due_date_keeps_its_precision(registry, when, due, words):
    found = promises(registry, f"Chile and Peru agreed to hold a commission meeting {when} in Lima.")
    promise = found["hold a commission meeting in Lima"]
    assert (promise.due, promise.due_text, promise.type) == (due, words, "CONSULT")


def test_commitments_relative_due_without_publication_date_keeps_the_words(registry):
    found = promises(registry, "Chile and Peru agreed to hold a commission meeting later this year.", published=None)
    promise = found["hold a commission meeting"]
    assert promise.due is None and promise.due_text == "later this year"


def test_commitments_complement_of_an_agreement_and_its_conjuncts(registry):
    found = promises(registry, "Kenya and Uganda agreed to reopen the border crossing and to expand rail freight "
                               "during talks in Nairobi on Monday.")
    assert {"reopen the border crossing", "expand rail freight"} <= set(found)
    assert all(c.due is None for c in found.values())
