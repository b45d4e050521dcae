"""Tables built from data files, kept between runs in the user's cache folder.

A run that codes articles needs tables built from data files: the actor registry with its index
of 18,000 known people (``actors``), the event lexicon and the inflected forms of its trigger
words (``lexicon``), the gazetteer and the city table built from the GeoNames extract
(``places``, ``actors``), the language identifier's model, which py3langid ships compressed
(``ingest``), and lemminflect's dictionary (``lexicon``). Built afresh they take three to four
seconds of every run's start; unpickled, about a second.

A table is kept under its name and a digest of everything it is built from: the Python version,
the versions of the libraries it reads, this package's own files (code and data, by path, size
and modification time, as they were when the process first looked) and the contents of any other
file it reads (a user's actor table). A changed file, library or Tidings therefore builds it
afresh, and the earlier pickle of that table is removed; a table built from other files (the
registry with a user's table and without) or by another installation is kept beside it. Tables
not used for ``UNUSED_DAYS`` are removed.

The folder is ``$TIDINGS_CACHE``, else ``$XDG_CACHE_HOME/tidings`` (by default
``~/.cache/tidings``); ``TIDINGS_CACHE=off`` builds every time. The folder holds pickles, which
can run code when loaded, so it must be the user's own: one that another user owns or may write
to is not used. A table that cannot be read or kept is built as without a cache: the cache never
fails a run.
"""
from __future__ import annotations

import contextlib
import hashlib
import importlib.metadata
import os
import pickle
import stat
import sys
import tempfile
import time
from collections.abc import Callable, Iterable
from functools import cache
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")
PACKAGE = Path(__file__).resolve().parent
OFF = "off"
UNUSED_DAYS = 30
SUFFIX = ".pickle"


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
    where = _private(folder())
    sources = [Path(p).resolve() for p in sources]
    edition = _edition(libraries, sources) if where is not None else None
    if where is None or edition is None:
        return build()
    # one table per installation and set of sources ("what"), in its latest edition
    what = _digest([sys.prefix, str(PACKAGE), *map(str, sources)])
    path = where / f"{name}-{what}-{edition}{SUFFIX}"
    try:
        with path.open("rb") as file:
            table = pickle.load(file)
    except Exception:  # not kept yet, or unreadable, cut short, from an incompatible build: build it
        pass
    else:
        with contextlib.suppress(OSError):  # used (see ``_prune``); a read-only folder serves all the same
            os.utime(path)
        return table
    table = build()
    _keep(path, table)
    return table


def _private(where: Path | None) -> Path | None:
    """``where``, made if need be, when it is a folder of this user's that no one else may write
    to (on systems with owners); else None."""
    if where is None:
        return None
    try:
        where.mkdir(mode=0o700, parents=True, exist_ok=True)
        status = where.stat()
    except OSError:
        return None
    if not stat.S_ISDIR(status.st_mode):
        return None
    if hasattr(os, "getuid") and (status.st_uid != os.getuid() or status.st_mode & (stat.S_IWGRP | stat.S_IWOTH)):
        return None
    return where


def _keep(path: Path, table: object) -> None:
    """Pickle ``table`` to ``path`` whole or not at all (another run may be reading or writing it),
    and remove the earlier editions of the same table and what has not been used for long."""
    temporary = None
    try:
        with tempfile.NamedTemporaryFile("wb", dir=path.parent, prefix=f".{path.stem}-", delete=False) as file:
            temporary = Path(file.name)
            pickle.dump(table, file, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(temporary, path)
        temporary = None
        for old in path.parent.glob(f"{path.stem.rsplit('-', 1)[0]}-*{SUFFIX}"):
            if old != path:
                old.unlink(missing_ok=True)
        _prune(path.parent)
    except Exception:  # a read-only or full disk, a table that cannot be pickled: built again next time
        pass
    finally:
        if temporary is not None:
            temporary.unlink(missing_ok=True)


def _prune(where: Path) -> None:
    """Remove the tables not used for ``UNUSED_DAYS`` (those of an uninstalled Tidings, of a
    user's table since deleted) and the pickles a killed run left half-written."""
    now = time.time()
    for path in where.iterdir():
        age = now - path.stat().st_mtime
        if (path.suffix == SUFFIX and age > UNUSED_DAYS * 86400) or (path.name.startswith(".") and age > 86400):
            path.unlink(missing_ok=True)


def _edition(libraries: Iterable[str], sources: list[Path]) -> str | None:
    """The versions of what a table is built from, as a digest; None when a library or file
    cannot be looked at (the build then reports it, as without a cache)."""
    try:
        versions = [f"{library}=={importlib.metadata.version(library)}" for library in sorted(libraries)]
        contents = [f"{path}\t{hashlib.sha256(path.read_bytes()).hexdigest()}" for path in sources]
        return _digest([sys.version, *versions, *_own_stamps(), *contents])
    except (OSError, importlib.metadata.PackageNotFoundError):
        return None


def _digest(parts: list[str]) -> str:
    return hashlib.sha256("\n".join(parts).encode("utf-8", "surrogateescape")).hexdigest()[:16]


@cache
def _own_stamps() -> tuple[str, ...]:
    """This package's code and data files (path, size, modification time) when first asked, at
    the start of a run: a process keeps the code it started with, even if the files change."""
    files = sorted(p for p in PACKAGE.rglob("*") if p.is_file() and "__pycache__" not in p.parts)
    return tuple(f"{p}\t{p.stat().st_size}\t{p.stat().st_mtime_ns}" for p in files)
