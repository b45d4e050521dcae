"""JSON, JSON Lines and CSV records, read through a field mapping.

Each article attribute is read from the first of its field names that holds a non-empty
value (``FIELD_NAMES``); ``--map field=name`` replaces the names of one attribute. A record
whose text is HTML (or that only has an ``html`` field) goes through the HTML extractor.
"""
from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator

from . import html
from ..settings import FIELD_NAMES
from .raw import RawRecord, one_line

LIST_KEYS = ("articles", "items", "records", "data", "results", "entries", "documents")

Problem = tuple[int | None, str]


def field_names(overrides: tuple[tuple[str, str], ...] = ()) -> dict[str, tuple[str, ...]]:
    """The field mapping with the user's ``(attribute, field name)`` overrides applied."""
    names = dict(FIELD_NAMES)
    for attribute in dict(overrides):
        names[attribute] = tuple(name for a, name in overrides if a == attribute)
    return names


def parse_jsonl(text: str, doc: str, names: dict, html_limit: int | None = None,
                **context) -> tuple[list[RawRecord], list[Problem]]:
    """One record per line; ``html_limit`` bounds a record's HTML (``html.extract``)."""
    return _collect(((n, _json(line)) for n, line in enumerate(text.split("\n"), start=1) if line.strip()),
                    doc, names, "JSON Lines file", html_limit, context)


def parse_json(text: str, doc: str, names: dict, html_limit: int | None = None,
               **context) -> tuple[list[RawRecord], list[Problem]]:
    """A JSON array of records, an object holding such a list, or a single record object."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        if text.lstrip().startswith("{") and "\n{" in text:  # JSON Lines saved as .json
            return parse_jsonl(text, doc, names, html_limit, **context)
        return [], [(None, f"not valid JSON ({exc.msg} at line {exc.lineno} column {exc.colno})")]
    except RecursionError:
        return [], [(None, "not usable JSON (nested too deeply)")]
    if isinstance(data, dict) and not _first(data, names["text"] + names["html"]):
        found = next((data[k] for k in LIST_KEYS if isinstance(data.get(k), list)), None)
        found = found if found is not None else next((v for v in data.values() if isinstance(v, list)), None)
        data = found if found is not None else data
    items = data if isinstance(data, list) else [data]
    return _collect(enumerate(items, start=1), doc, names, "JSON file", html_limit, context)


def parse_csv(text: str, doc: str, names: dict, html_limit: int | None = None,
              **context) -> tuple[list[RawRecord], list[Problem]]:
    reader = csv.DictReader(io.StringIO(text, newline=""))

    def rows() -> Iterator[tuple[int, object]]:
        while True:
            try:
                row = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:
                yield reader.line_num, ValueError(f"not valid CSV ({one_line(exc)})")
                continue
            yield reader.line_num, {k: v for k, v in row.items() if isinstance(k, str)}
    return _collect(rows(), doc, names, "CSV file", html_limit, context)


def _json(line: str) -> object:
    try:
        return json.loads(line)
    except json.JSONDecodeError as exc:
        return ValueError(f"not valid JSON ({exc.msg} at column {exc.colno})")
    except RecursionError:
        return ValueError("not usable JSON (nested too deeply)")


def _collect(items, doc: str, names: dict, kind: str, html_limit: int | None,
             context: dict) -> tuple[list[RawRecord], list[Problem]]:
    records, problems = [], []
    for number, obj in items:
        found = _record(obj, number, doc, names, html_limit, context)
        if isinstance(found, RawRecord):
            records.append(found)
        else:
            problems.append((number, found))
    if not records and not problems:
        problems.append((None, f"no records in {kind}"))
    return records, problems


def _record(obj: object, number: int, doc: str, names: dict, html_limit: int | None,
            context: dict) -> RawRecord | str:
    if isinstance(obj, ValueError):
        return str(obj)
    if not isinstance(obj, dict):
        return f"expected a JSON object, found {type(obj).__name__}"
    fields = {name: _first(obj, keys) for name, keys in names.items()}
    name = fields["doc"] or f"{doc}#{number}"
    stated = {k: fields[k] for k in ("title", "published", "url", "publisher", "author")}
    text = fields["text"]
    if text is None and fields["html"] is None:
        return f"record has no text (expected a non-empty field: {', '.join(names['text'] + names['html'])})"
    if text is None or html.looks_like_html(text):
        page = html.extract(text or fields["html"], name, limit=html_limit, line=number, **stated, **context)
        return page if isinstance(page, RawRecord) else f"record's HTML: {page}"
    return RawRecord(doc=name, text=text.replace("\r\n", "\n").replace("\r", "\n"), line=number,
                     format="record", **stated, **context)


def _first(obj: dict, keys: tuple[str, ...]) -> str | None:
    """The first non-empty value among ``keys``: a string, a list of strings (joined) or an
    object's ``name`` (``{"source": {"name": "Reuters"}}``)."""
    for key in keys:
        value = obj.get(key)
        if isinstance(value, dict):
            value = value.get("name")
        elif isinstance(value, list) and all(isinstance(v, str) for v in value):
            value = ", ".join(v for v in value if v.strip())
        if isinstance(value, str) and value.strip():
            return value
    return None
