"""Actor codes and the names the built-in actor tables give them, for the views (which must not
load the NLP stack that ``actors`` needs): display names, and the code a typed name stands for.

A code stands for itself ("PAK", "pak"); a country for its names, demonyms and seats of government
("Pakistan", "Pakistani", "Islamabad"); an organisation for its name and aliases ("United
Nations", "UN"). Names compare without case, accents or dots. The user's own actor tables are
checked here too, before a command runs.
"""
from __future__ import annotations

import csv
import unicodedata
from functools import cache
from importlib import resources
from pathlib import Path


def fold(text: str) -> str:
    """A name's comparison form: no accents or dots, curly quotes straight, lower case, single spaces."""
    text = unicodedata.normalize("NFKD", text.replace("’", "'").replace(".", ""))
    return " ".join("".join(c for c in text if not unicodedata.combining(c)).lower().split())


def read_table(path) -> tuple[list[str], list[dict[str, str]]]:
    """The header and rows of a CSV data table (a ``Path`` or packaged resource); lines that start
    with ``#`` are comments."""
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(line for line in handle if not line.startswith("#"))
        return list(reader.fieldnames or []), list(reader)


#: what an actor table holds, and the columns it needs: the first tells that kind of table
TABLE_KINDS = {"countries": ("iso3",), "organisations": ("code", "name"), "roles": ("term", "kind"),
               "outlets": ("outlet", "country"), "people": ("person", "country")}


def table_kind(path, fields: list[str]) -> str:
    """What an actor table with these columns holds (``TABLE_KINDS``); ValueError for none of them."""
    kind = next((kind for kind, columns in TABLE_KINDS.items() if columns[0] in fields), None)
    if kind is None:
        raise ValueError(f"{path} is not an actor table: its header ({', '.join(fields) or 'none'}) has none of "
                         f"the columns {', '.join(columns[0] for columns in TABLE_KINDS.values())}")
    return kind


def check_actor_table(path: str) -> str:
    """The path of the user's actor table; ValueError, saying why, for a file that does not read as
    one: no header of a kind, a column its kind needs missing, a row of more or fewer cells."""
    try:
        fields, rows = read_table(Path(path))
    except (OSError, UnicodeDecodeError, csv.Error) as error:
        raise ValueError(f"{path} cannot be read as an actor table: {error}") from None
    kind = table_kind(path, fields)
    missing = [column for column in TABLE_KINDS[kind] if column not in fields]
    if missing:
        raise ValueError(f"{path} is a table of {kind} without the column(s) {', '.join(missing)}")
    ragged = next((number for number, row in enumerate(rows, 1) if None in row or None in row.values()), None)
    if ragged is not None:
        raise ValueError(f"{path}: row {ragged} has more or fewer cells than the header ({', '.join(fields)})")
    return path


def _rows(name: str) -> list[dict[str, str]]:
    return read_table(resources.files("tidings.data").joinpath(name))[1]


@cache
def display() -> dict[str, str]:
    """The display name of every country and organisation code of the actor tables."""
    found: dict[str, str] = {}
    for row in _rows("countries.csv"):
        found.setdefault(row["iso3"], row["names"].split("|")[0])
    for row in _rows("organisations.csv"):
        if row["code"]:
            found.setdefault(row["code"], row["name"])
    return found


@cache
def country_codes() -> frozenset[str]:
    """Every ISO 3166 alpha-3 code (pycountry's), and those the actor tables add (Kosovo's ...)."""
    import pycountry  # (only for a command given a country)

    return frozenset(c.alpha_3 for c in pycountry.countries) | {row["iso3"] for row in _rows("countries.csv")}


@cache
def codes() -> dict[str, str]:
    """``{folded name: code}`` for every code, country name, demonym, seat, organisation name and alias."""
    found: dict[str, str] = {}
    for row in _rows("countries.csv"):
        for name in [row["iso3"], *"|".join((row["names"], row["demonyms"], row["seats"])).split("|")]:
            if name:
                found.setdefault(fold(name), row["iso3"])
    for row in _rows("organisations.csv"):
        for name in [row["code"], row["name"], *row["aliases"].split("|")]:
            if name and row["code"]:
                found.setdefault(fold(name), row["code"])
    return found


def code(name: str) -> str | None:
    """The code a country or organisation name (or code) stands for, if any."""
    return codes().get(fold(name))
