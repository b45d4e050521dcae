"""Property: whatever bytes or JSON arrive, ingest never crashes and never changes articles
already in the store."""
from __future__ import annotations

import hashlib
import json
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from tidings import ingest, pipeline
from tidings.records import Rejection, Source
from tidings.settings import Settings
from tidings.store import open_store

FORMATS = ["text", "html", "feed", "json", "jsonl", "csv", "gz", "xz", "zip", "jsonl+gz"]
JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=40),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(
        st.sampled_from(["text", "body", "title", "date", "url", "source", "html", "doc", "x"]) | st.text(max_size=8),
        inner, max_size=5),
    max_leaves=12)


def source(data: bytes, fmt: str) -> Source:
    return Source(doc=f"input.{fmt}", path="input", data=data, sha256=hashlib.sha256(data).hexdigest(), format=fmt)


@settings(max_examples=150, deadline=None)
@given(data=st.binary(max_size=2000), fmt=st.sampled_from(FORMATS))
def test_ingest_parse_random_bytes_never_crashes(data, fmt):
    records, rejections = ingest.parse(source(data, fmt))
    assert all(isinstance(r, ingest.RawRecord) and r.text.strip() for r in records)
    assert all(isinstance(r, Rejection) and "\n" not in str(r) for r in rejections)
    assert records or rejections


@settings(max_examples=100, deadline=None)
@given(value=JSON, fmt=st.sampled_from(["json", "jsonl"]))
def test_ingest_parse_random_json_never_crashes(value, fmt):
    records, rejections = ingest.parse(source(json.dumps(value).encode(), fmt))
    assert records or rejections


@pytest.fixture(scope="module")
def seeded():
    """A store holding one article, and that article as first stored."""
    folder = Path(tempfile.mkdtemp())
    (folder / "kept.txt").write_text("Foreign ministers of Peru and Chile met in Lima on Monday to discuss "
                                     "a trade agreement, officials said.\n", encoding="utf-8")
    store = open_store(":memory:")
    pipeline.run([str(folder / "kept.txt")], store, Settings(db=":memory:"))
    yield store, list(store.articles()), folder
    store.close()


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.one_of(st.binary(max_size=1500), JSON.map(lambda v: json.dumps(v).encode())),
       name=st.sampled_from(["in.txt", "in.html", "in.json", "in.jsonl", "in.csv", "in.xml", "in.gz", "in.zip"]))
def test_ingest_random_input_never_changes_stored_articles(seeded, data, name):
    store, before, folder = seeded
    path = folder / "incoming" / name
    path.parent.mkdir(exist_ok=True)
    path.write_bytes(data)
    pipeline.run([str(path)], store, Settings(db=":memory:"))
    after = {a.article_id: a for a in store.articles()}
    assert all(after.get(a.article_id) == a for a in before)
