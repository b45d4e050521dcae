"""Reading inputs: formats, and a clear rejection for every kind of bad input."""
from __future__ import annotations

import json

import pytest

from tidings import ingest
from tidings.records import Rejection


def read(path):
    return ingest.read(path, path.name)


@pytest.mark.parametrize("name, data, reason", [
    ("empty.txt", b"", "empty file"),
    ("blank.txt", b"  \n\n ", "empty file"),
    ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file"),
    ("latin1.txt", "Caf\u00e9 talks in Montr\u00e9al".encode("latin-1"), "not valid UTF-8"),
])
def test_ingest_bad_text_files_are_rejected_with_reason(tmp_path, name, data, reason):
    path = tmp_path / name
    path.write_bytes(data)
    records, rejections = ingest.parse(read(path))
    assert records == []
    assert len(rejections) == 1 and rejections[0].doc == name and reason in rejections[0].reason


def test_ingest_jsonl_bad_lines_named_and_good_lines_kept(tmp_path):
    path = tmp_path / "feed.jsonl"
    path.write_text("\n".join([
        json.dumps({"text": "Oman and Yemen held talks on Monday.", "title": "Talks", "doc": "a1"}),
        "{not json",
        json.dumps({"title": "No text here"}),
        json.dumps(["a", "list"]),
        json.dumps({"body": "Mali and Senegal signed a trade deal on Friday.", "published": "2025-01-02"}),
    ]), encoding="utf-8")
    records, rejections = ingest.parse(read(path))
    assert [r.doc for r in records] == ["a1", "feed.jsonl#5"]
    assert records[1].published == "2025-01-02" and records[1].line == 5
    assert [(r.line, r.reason.split(" (")[0]) for r in rejections] == [
        (2, "not valid JSON"), (3, "record has no text"), (4, "expected a JSON object, found list")]
    assert all(r.doc == "feed.jsonl" for r in rejections)


def test_ingest_discover_walks_folders_and_names_relative(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.txt").write_text("x")
    (tmp_path / "a.jsonl").write_text("x")
    (tmp_path / "notes.pdf").write_text("x")
    (tmp_path / ".hidden.txt").write_text("x")
    found = list(ingest.discover([tmp_path]))
    assert [doc for _, doc in found] == ["a.jsonl", "sub/b.txt"]


def test_ingest_discover_rejects_missing_and_unsupported(tmp_path):
    (tmp_path / "notes.pdf").write_text("x")
    found = list(ingest.discover([tmp_path / "gone.txt", tmp_path / "notes.pdf"]))
    assert all(isinstance(f, Rejection) for f in found)
    assert "no such file" in found[0].reason and "unsupported file type" in found[1].reason


def test_ingest_source_is_content_addressed(tmp_path):
    (tmp_path / "a.txt").write_bytes(b"same bytes")
    (tmp_path / "b.txt").write_bytes(b"same bytes")
    a, b = read(tmp_path / "a.txt"), read(tmp_path / "b.txt")
    assert a.sha256 == b.sha256 and a.data == b"same bytes"
