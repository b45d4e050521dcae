"""Tables built from data files, kept between runs in the user's cache folder.

A run that codes articles needs tables built from data files: the actor registry with its index
of 18,000 known people (``actors``), the event lexicon and the inflected forms of its trigger
words (``lexicon``), the gazetteer and the city table built from the GeoNames extract
(``places``), and the language identifier's model, which py3langid ships compressed
(``ingest``). Built afresh they take about three seconds of every run's start; unpickled, about
a second.

A table is kept under its name and a digest of everything it is built from: the Python version,
the versions of the libraries it reads, this package's own files (code and data, by path, size
and modification time) and any other file it reads (a user's actor table, by the same). A changed
file, library or Tidings therefore builds it afresh, and the earlier pickle of that table is
removed (a table built from other files, such as the registry with a user's table and without,
is kept beside it). The folder is ``$TIDINGS_CACHE``, else ``$XDG_CACHE_HOME/tidings`` (by default
``~/.cache/tidings``); ``TIDINGS_CACHE=off`` builds every time. A table that cannot be read or
kept is built as without a cache: the cache never fails a run. Pickles are read only from that
folder, which is the user's own, as their home is.
"""
from __future__ import annotations

import hashlib
import importlib.metadata
import os
import pickle
import sys
import tempfile
from collections.abc import Callable, Iterable
from functools import cache
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")
PACKAGE = Path(__file__).resolve().parent
OFF = "off"


def folder() -> Path | None:
    """Where tables are kept: ``$TIDINGS_CACHE``, else the user's cache folder; None when the
    variable says ``off`` (or is empty), or no home folder is known."""
    chosen = os.environ.get("TIDINGS_CACHE")
    if chosen is not None:
        return None if chosen.strip().lower() in {OFF, ""} else Path(chosen)
    try:
        base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    except RuntimeError:  # no home folder
        return None
    return base / "tidings"


def load(name: str, build: Callable[[], T], *, libraries: Iterable[str] = (), sources: Iterable[Path] = ()) -> T:
    """The table ``name``: unpickled when it was kept from the same ``libraries`` (distribution
    names) and ``sources`` (files), else made by ``build()`` and kept for the next run."""
    where = folder()
    if where is None:
        return build()
    sources = [Path(p).resolve() for p in sources]
    edition = _edition(libraries, sources)
    if edition is None:
        return build()
    # a table is one per installed Tidings and set of sources ("what"), in its latest edition
    what = _digest([str(PACKAGE), *map(str, sources)])
    path = where / f"{name}-{what}-{edition}.pickle"
    try:
        with path.open("rb") as file:
            return pickle.load(file)
    except Exception:  # not kept yet, or unreadable, cut short, from an incompatible build: build it
        pass
    table = build()
    _keep(path, table)
    return table


def _keep(path: Path, table: object) -> None:
    """Pickle ``table`` to ``path`` whole or not at all (another run may be reading or writing it),
    and remove the earlier editions of the same table."""
    temporary = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile("wb", dir=path.parent, prefix=f".{path.stem}-", delete=False) as file:
            temporary = Path(file.name)
            pickle.dump(table, file, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(temporary, path)
        temporary = None
        for old in path.parent.glob(f"{path.stem.rsplit('-', 1)[0]}-*.pickle"):
            if old != path:
                old.unlink(missing_ok=True)
    except (OSError, pickle.PicklingError):  # a read-only or full disk: the next run builds it again
        pass
    finally:
        if temporary is not None:
            temporary.unlink(missing_ok=True)


def _edition(libraries: Iterable[str], sources: list[Path]) -> str | None:
    """The versions of what a table is built from, as a digest; None when a library or file
    cannot be looked at (the build then reports it, as without a cache)."""
    try:
        versions = [f"{library}=={importlib.metadata.version(library)}" for library in sorted(libraries)]
        return _digest([sys.version, *versions, *(_stamp(path) for path in [*_own_files(), *sources])])
    except (OSError, importlib.metadata.PackageNotFoundError):
        return None


def _digest(parts: list[str]) -> str:
    return hashlib.sha256("\n".join(parts).encode("utf-8", "surrogateescape")).hexdigest()[:16]


def _stamp(path: Path) -> str:
    status = path.stat()
    return f"{path}\t{status.st_size}\t{status.st_mtime_ns}"


@cache
def _own_files() -> tuple[Path, ...]:
    """This package's code and data files."""
    return tuple(sorted(p for p in PACKAGE.rglob("*") if p.is_file() and "__pycache__" not in p.parts))
