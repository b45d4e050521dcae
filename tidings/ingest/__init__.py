"""Ingest: find input files, read their bytes verbatim, and parse them into raw records.

Needs: paths given by the user (``-`` for standard input). Sets: ``Source`` (the bytes,
content-addressed by sha256) and ``RawRecord``s (decoded text plus whatever metadata the input
states), or ``Rejection``s that name the file (and line or record) and the reason. This is the
only package that reads files.

Formats: plain text, HTML pages (``html``, at most ``Settings.max_html_bytes``), RSS/Atom feeds
(``feeds``, each item's HTML under the same limit), JSON, JSON Lines and CSV records
(``structured``), each possibly compressed (``archives``); bytes are decoded by
``text``. Every limit of ``Settings`` (file size, decompressed size, article length) is
enforced here.
"""
from __future__ import annotations

import errno
import hashlib
import os
import stat
import sys
from collections.abc import Iterable, Iterator
from dataclasses import replace
from functools import lru_cache
from pathlib import Path

from .. import table_cache
from ..records import Rejection, Source
from ..settings import Settings
from . import archives, feeds, html, structured, text
from .raw import RawRecord, file_name, one_line, size_text

__all__ = ["FORMATS", "RawRecord", "STDIN", "discover", "foreign_language", "language_of", "parse", "read"]

FORMATS = {
    ".txt": "text", ".text": "text", ".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "json",
    ".csv": "csv", ".html": "html", ".htm": "html", ".xhtml": "html",
    ".rss": "feed", ".atom": "feed", ".xml": "feed",
}
COMPRESSED = (".gz", ".xz", ".zip")
STDIN = "-"
STDIN_DOC = "stdin"
FOREIGN_CONFIDENCE = 0.9  # normalised probability above which a non-English guess is trusted

Unit = tuple[str, str, bytes, str | None]  # doc, format, bytes, archive member


def format_of(name: str) -> str | None:
    """The format a file name announces (``jsonl``, ``html+gz``, ``zip``, ``gz`` …), or None."""
    path = Path(name.lower())
    if path.suffix == ".zip":
        return "zip"
    if path.suffix in archives.WRAPPERS:
        kind, inner = archives.WRAPPERS[path.suffix], path.with_suffix("").suffix
        if not inner:
            return kind
        return f"{FORMATS[inner]}+{kind}" if inner in FORMATS else None
    return FORMATS.get(path.suffix)


def sniff(data: bytes) -> str:
    """The format of unnamed bytes (standard input, a bare ``.gz``) from their first bytes."""
    compressed = archives.sniff(data)
    if compressed:
        return compressed
    head = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n")
    if head.startswith(b"<"):
        return "feed" if feeds.looks_like_feed(head) else "html"
    if head.startswith(b"["):
        return "json"
    if head.startswith(b"{"):
        return "json"  # a single object, or JSON Lines (parse_json tells them apart)
    return "text"


def discover(paths: Iterable[str | Path]) -> Iterator[tuple[Path | str, str] | Rejection]:
    """Yield ``(file, doc name)`` for every input under ``paths``, in sorted order.

    A folder is walked recursively (following symbolic links); its files are named relative to
    it. Hidden entries and files with an unsupported extension inside folders are skipped. Every
    other entry that cannot be read is a ``Rejection``, named by its path as given (to be found
    and mended), with the reason: a missing path, an unsupported file named explicitly, a folder
    that cannot be listed or entered, a FIFO, socket or device, a broken symbolic link or one that
    loops. A folder is listed whole before its files are read: a file that goes during the run is
    one that cannot be read. ``-`` stands for standard input. Names are text the store can hold
    (``file_name``).
    """
    for found in _discovered(paths):
        if isinstance(found, Rejection):  # (its reason may name a symbolic link's target)
            yield replace(found, doc=file_name(found.doc), reason=file_name(found.reason))
        else:
            yield found[0], file_name(found[1])


def _discovered(paths: Iterable[str | Path]) -> Iterator[tuple[Path | str, str] | Rejection]:
    for given in paths:
        if str(given) == STDIN:
            yield STDIN, STDIN_DOC
            continue
        path = Path(given)
        found = _entry(path)
        if isinstance(found, str):
            yield Rejection(str(given), found)
        elif stat.S_ISDIR(found.st_mode):
            yield from list(_walk(path, found))  # listed whole before any file is read
        elif format_of(path.name):
            yield path, path.name
        else:
            yield Rejection(str(given), f"unsupported file type {''.join(path.suffixes[-2:]) or '(none)'!r}; "
                            f"expected one of {', '.join(sorted(FORMATS) + list(COMPRESSED))}")


NOT_FILES = ((stat.S_ISFIFO, "a FIFO (named pipe): pipe it to `tidings ingest -` instead"),
             (stat.S_ISSOCK, "a socket"), (stat.S_ISCHR, "a character device"), (stat.S_ISBLK, "a block device"))


def _entry(path: Path) -> os.stat_result | str:
    """The status of a folder or regular file (through symbolic links), else why it cannot be read."""
    try:
        status = path.stat()
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return "symbolic link loop"
        target = _link_target(path)
        if target is not None:
            return f"broken symbolic link (to {target})"
        if exc.errno in (errno.ENOENT, errno.ENOTDIR):
            return "no such file or folder"
        return f"cannot read: {exc.strerror or one_line(exc)}"
    if stat.S_ISDIR(status.st_mode) or stat.S_ISREG(status.st_mode):
        return status
    kind = next((what for test, what in NOT_FILES if test(status.st_mode)), "not a regular file")
    return f"not a file or folder: {kind}"


def _link_target(path: Path) -> str | None:
    """Where a symbolic link points; None for anything else, or an entry whose folder cannot be
    searched (``Path.is_symlink`` raises then)."""
    try:
        return os.readlink(path)
    except OSError:
        return None


def _walk(folder: Path, status: os.stat_result, parts: tuple[str, ...] = (),
          ancestors: frozenset = frozenset()) -> Iterator[tuple[Path, str] | Rejection]:
    """The inputs of a folder and its sub-folders in path order, and a rejection for every entry
    that cannot be read; a sub-folder that is one of its own ancestors (through a symbolic link)
    is a loop."""
    ancestors = ancestors | {(status.st_dev, status.st_ino)}
    try:
        with os.scandir(folder) as listing:
            entries = sorted(entry.name for entry in listing)
    except OSError as exc:
        yield Rejection(str(folder), f"cannot read folder: {exc.strerror or one_line(exc)}")
        return
    for entry in entries:
        if entry.startswith("."):
            continue
        path, rel = folder / entry, (*parts, entry)
        inner = _entry(path)
        if isinstance(inner, str):
            yield Rejection(str(path), inner)
        elif stat.S_ISDIR(inner.st_mode):
            if (inner.st_dev, inner.st_ino) in ancestors:
                yield Rejection(str(path), "symbolic link loop (leads back to a folder that holds it)")
            else:
                yield from _walk(path, inner, rel, ancestors)
        elif format_of(entry):
            yield path, "/".join(rel)


def read(file: Path | str, doc: str, settings: Settings | None = None) -> Source | Rejection:
    """Read an input's bytes verbatim (at most ``settings.max_file_bytes``)."""
    limit = (settings or Settings()).max_file_bytes
    stdin, path = str(file) == STDIN, file_name(str(file))
    where = doc if stdin else path  # a file refused unread: by its path, to be found
    try:
        if stdin:
            data = sys.stdin.buffer.read(limit + 1)
            size = len(data)
        else:
            size = Path(file).stat().st_size
            data = b"" if size > limit else _read_at_most(Path(file), limit + 1)
            size = max(size, len(data))
    except OSError as exc:
        return Rejection(where, f"cannot read file: {exc.strerror or one_line(exc)}")
    if size > limit:
        return Rejection(where, f"file is {size_text(size)}, over the limit of {size_text(limit)} (--max-file-size)")
    fmt = sniff(data) if stdin else format_of(Path(file).name)
    return Source(doc=doc, path=path, data=data, sha256=hashlib.sha256(data).hexdigest(), format=fmt)


def parse(source: Source, settings: Settings | None = None) -> tuple[list[RawRecord], list[Rejection]]:
    """Split a source into raw records (one per text file or page, one per record or feed
    item), with a rejection for every unit that cannot be used."""
    settings = settings or Settings()
    records: list[RawRecord] = []
    rejections: list[Rejection] = []

    def reject(reason: str, doc: str = source.doc, line: int | None = None) -> None:
        rejections.append(Rejection(doc, one_line(reason), line=line, sha256=source.sha256))

    names = structured.field_names(settings.field_map)
    for doc, fmt, data, member in _units(source, settings, reject):
        try:
            found, problems = _parse_unit(doc, fmt, data, member, names, settings.max_html_bytes)
        except Exception as exc:  # noqa: BLE001 — a library failing on hostile bytes must not stop the run
            found, problems = [], [(None, f"could not be read as {fmt} ({type(exc).__name__}: {exc})")]
        for line, reason in problems:
            reject(reason, doc, line)
        for record in found:
            if len(record.text) > settings.max_article_chars:
                reject(f"article text is {len(record.text):,} characters, over the limit of "
                       f"{settings.max_article_chars:,} (--max-article-chars)", doc, record.line)
            else:
                records.append(record)
    return records, rejections


def _units(source: Source, settings: Settings, reject) -> Iterator[Unit]:
    """The files inside a source: itself, its decompressed stream, or its zip members."""
    inner, _, kind = source.format.rpartition("+") if "+" in source.format else ("", "", source.format)
    limit = settings.max_decompressed_bytes
    if kind in ("gz", "xz"):
        data = archives.unpack_stream(kind, source.data, limit)
        fmt = None if isinstance(data, str) else inner or sniff(data)
        if isinstance(data, str):
            reject(data)
        elif fmt in ("gz", "xz", "zip"):
            reject(f"nested compressed data ({fmt} inside {kind}) is not supported")
        else:
            yield source.doc, fmt, data, None
    elif kind == "zip":
        members, problems = archives.unpack_zip(source.data, limit)
        for problem in problems:
            reject(problem)
        usable = [(m, format_of(m.name)) for m in members
                  if not any(part.startswith((".", "__MACOSX")) for part in Path(m.name).parts)]
        usable = [(m, fmt) for m, fmt in usable if fmt]
        if not usable and not problems:
            reject(f"no supported files in zip archive (expected {', '.join(sorted(FORMATS))})")
        for member, fmt in usable:
            if "+" in fmt or fmt in ("gz", "xz", "zip"):
                reject(f"nested archive {member.name!r} inside zip is not supported")
                continue
            yield f"{source.doc}/{member.name}", fmt, member.data, member.name
    else:
        yield source.doc, kind, source.data, None


def _parse_unit(doc: str, fmt: str, data: bytes, member: str | None, names: dict,
                html_limit: int) -> tuple[list[RawRecord], list[tuple[int | None, str]]]:
    if fmt == "feed":
        if not data.strip():
            return [], [(None, "empty file")]
        return feeds.parse(data, doc, html_limit, member=member)
    refused = html.too_large(len(data), html_limit) if fmt == "html" else None
    if refused:  # before decoding: charset detection, parsing and extraction all grow with the page
        return [], [(None, refused)]
    decoded = text.decode(data)
    if isinstance(decoded, str):
        return [], [(None, decoded)]
    context = {"member": member, "encoding": decoded.encoding}
    if fmt == "text":
        return [RawRecord(doc=doc, text=decoded.text, **context)], []
    if fmt == "html":
        page = html.extract(decoded.text, doc, **context)
        return ([page], []) if isinstance(page, RawRecord) else ([], [(None, page)])
    parser = {"json": structured.parse_json, "jsonl": structured.parse_jsonl, "csv": structured.parse_csv}[fmt]
    return parser(decoded.text, doc, names, html_limit, **context)


def _read_at_most(file: Path, size: int) -> bytes:
    with file.open("rb") as stream:
        return stream.read(size)


@lru_cache(maxsize=1)
def _identifier():
    """py3langid's identifier with its own model, as ``py3langid.classify`` uses it, unpacked once
    and then kept between runs (``table_cache``): the model ships LZMA-compressed, which takes
    half a second to unpack."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier
    return table_cache.load("language-identifier", lambda: LanguageIdentifier.from_model_file(MODEL_FILE),
                            libraries=("py3langid", "numpy"))


@lru_cache(maxsize=1)
def _confidences():
    """The same model, scoring with probabilities (``norm_probs``)."""
    from py3langid.langid import LanguageIdentifier
    plain = _identifier()
    return LanguageIdentifier(plain.nb_ptc, plain.nb_pc, plain.nb_classes, plain.tk_nextmove, plain.tk_output,
                              norm_probs=True, tk_row=plain.tk_row)


def language_of(body: str) -> str:
    """The language of an article body (ISO 639-1), as py3langid tells it from its first 2,000 characters."""
    return _identifier().classify(body[:2000])[0]


def foreign_language(body: str) -> str | None:
    """The language of an article body when it is confidently not English, else None.

    Short English texts full of names are often guessed as another language with low
    confidence; only a confident guess takes an article out of event coding.
    """
    found, probability = _confidences().classify(body[:2000])
    return found if found != "en" and probability >= FOREIGN_CONFIDENCE else None
