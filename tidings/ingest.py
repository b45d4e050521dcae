"""Ingest: find input files, read their bytes verbatim, and parse them into raw records.

Needs: paths given by the user. Sets: ``Source`` (the bytes, content-addressed by sha256) and
``RawRecord``s (decoded text plus whatever metadata the input format states), or ``Rejection``s
that name the file (and line) and the reason. This is the only module that reads files.
"""
from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from .records import Rejection, Source

FORMATS = {".txt": "text", ".text": "text", ".jsonl": "jsonl", ".ndjson": "jsonl"}

# JSON Lines field names, in order of preference, for each article attribute.
FIELD_NAMES = {
    "text": ("text", "body"),
    "title": ("title",),
    "published": ("published",),
    "publisher": ("publisher",),
    "url": ("url",),
    "doc": ("doc",),
}


@dataclass(frozen=True)
class RawRecord:
    """Decoded text of one input unit (a whole text file, or one JSON line) with stated metadata."""

    doc: str
    text: str
    line: int | None = None
    title: str | None = None
    published: str | None = None
    publisher: str | None = None
    url: str | None = None

    @property
    def is_record(self) -> bool:
        """True for a structured record (one article), False for a free text file."""
        return self.line is not None


def discover(paths: Iterable[str | Path]) -> Iterator[tuple[Path, str] | Rejection]:
    """Yield ``(file, doc name)`` for every input file under ``paths``, in sorted order.

    A folder is walked recursively; its files are named relative to it. Hidden files and files
    with an unsupported extension inside folders are skipped; a missing path or an unsupported
    file named explicitly is a ``Rejection``.
    """
    for given in paths:
        path = Path(given)
        if path.is_dir():
            for file in sorted(p for p in path.rglob("*") if p.is_file()):
                rel = file.relative_to(path)
                if any(part.startswith(".") for part in rel.parts):
                    continue
                if file.suffix.lower() in FORMATS:
                    yield file, rel.as_posix()
        elif path.is_file():
            if path.suffix.lower() in FORMATS:
                yield path, path.name
            else:
                yield Rejection(path.name, f"unsupported file type {path.suffix or '(none)'!r}; "
                                f"expected one of {', '.join(sorted(FORMATS))}")
        else:
            yield Rejection(str(given), "no such file or folder")


def read(file: Path, doc: str) -> Source | Rejection:
    """Read a file's bytes verbatim."""
    try:
        data = file.read_bytes()
    except OSError as exc:
        return Rejection(doc, f"cannot read file: {exc.strerror or exc}")
    return Source(doc=doc, path=str(file), data=data, sha256=hashlib.sha256(data).hexdigest(),
                  format=FORMATS[file.suffix.lower()])


def decode(source: Source) -> str | Rejection:
    """The source's text, or why it is not usable text (empty, binary, not UTF-8)."""
    reject = lambda reason: Rejection(source.doc, reason, sha256=source.sha256)  # noqa: E731
    if not source.data.strip():
        return reject("empty file")
    if b"\x00" in source.data[:8192]:
        return reject("binary file (contains NUL bytes), not text")
    try:
        text = source.data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        return reject(f"not valid UTF-8 (byte 0x{source.data[exc.start]:02x} at offset {exc.start})")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def parse(source: Source) -> tuple[list[RawRecord], list[Rejection]]:
    """Split a source into raw records: one per text file, one per JSON line."""
    text = decode(source)
    if isinstance(text, Rejection):
        return [], [text]
    if source.format == "text":
        return [RawRecord(doc=source.doc, text=text)], []
    return _parse_jsonl(source, text)


def _parse_jsonl(source: Source, text: str) -> tuple[list[RawRecord], list[Rejection]]:
    records, rejections = [], []
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        reject = lambda reason: rejections.append(  # noqa: E731
            Rejection(source.doc, reason, line=number, sha256=source.sha256))
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            reject(f"not valid JSON ({exc.msg} at column {exc.colno})")
            continue
        if not isinstance(obj, dict):
            reject(f"expected a JSON object, found {type(obj).__name__}")
            continue
        fields = {name: _first_string(obj, keys) for name, keys in FIELD_NAMES.items()}
        if not fields["text"] or not fields["text"].strip():
            reject("record has no text (expected a non-empty 'text' or 'body' field)")
            continue
        records.append(RawRecord(
            doc=fields["doc"] or f"{source.doc}#{number}",
            text=fields["text"].replace("\r\n", "\n").replace("\r", "\n"),
            line=number,
            title=fields["title"],
            published=fields["published"],
            publisher=fields["publisher"],
            url=fields["url"],
        ))
    if not records and not rejections:
        rejections.append(Rejection(source.doc, "no records in JSON Lines file", sha256=source.sha256))
    return records, rejections


def _first_string(obj: dict, keys: tuple[str, ...]) -> str | None:
    for key in keys:
        value = obj.get(key)
        if isinstance(value, str) and value.strip():
            return value
    return None
