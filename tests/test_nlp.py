"""Annotation: the default model and the fast mode without the entity recognizer."""
import pytest

from tidings import nlp

TEXT = ("Foreign Minister Annalena Baerbock met Sergey Lavrov in Berlin on Tuesday.\n\n"
        "The two sides discussed trade. She later flew to Paris.")


@pytest.fixture(scope="module")
def docs():
    return next(nlp.annotate([TEXT])), next(nlp.annotate([TEXT], fast=True))


def test_nlp_fast_keeps_text_and_offsets(docs):
    full, fast = docs
    assert fast.text == TEXT
    assert [(t.idx, t.text) for t in fast] == [(t.idx, t.text) for t in full]
    assert [s.start_char for s in fast.sents] == [s.start_char for s in full.sents]


def test_nlp_fast_parses_and_lemmatizes(docs):
    _, fast = docs
    met = next(t for t in fast if t.text == "met")
    assert met.lemma_ == "meet" and met.dep_ == "ROOT"


def test_nlp_fast_marks_people_dates_and_places(docs):
    _, fast = docs
    ents = {(e.text, e.label_) for e in fast.ents}
    assert ("Annalena Baerbock", "PERSON") in ents and ("Sergey Lavrov", "PERSON") in ents
    assert ("Tuesday", "DATE") in ents
    assert ("Berlin", "GPE") not in ents  # a known seat of government is the registry's, not an entity
    assert not any(label == "PERSON" and {"Foreign", "Minister", "Paris"} & set(text.split()) for text, label in ents)


def test_nlp_fast_tuples_keep_contexts_in_order():
    out = list(nlp.annotate_tuples([("Kenya and Uganda signed a deal.", 1), ("", 2)], fast=True))
    assert [n for _, n in out] == [1, 2] and out[1][0].text == ""
