"""Actor codes and the names the built-in actor tables give them, for the views (which must not
load the NLP stack that ``actors`` needs): display names, and the code a typed name stands for.

A code stands for itself ("PAK", "pak"); a country for its names, demonyms and seats of government
("Pakistan", "Pakistani", "Islamabad"); an organisation for its name and aliases ("United
Nations", "UN"). Names compare without case, accents or dots.
"""
from __future__ import annotations

import csv
import unicodedata
from functools import cache
from importlib import resources


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
