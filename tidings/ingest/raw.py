"""The raw record: what ingest hands to ``articles.split``, one per input unit."""
from __future__ import annotations

import re
from dataclasses import dataclass

INVALID = re.compile(r"[\x00\ud800-\udfff]")  # NUL (PostgreSQL holds no NUL) and lone surrogates


@dataclass(frozen=True)
class RawRecord:
    """Decoded text of one input unit (a text file, an HTML page, a feed item, a JSON/CSV
    record) with the metadata the input states.

    ``line`` is the line (JSON Lines, CSV) or record number (JSON array, feed item) inside
    the file, ``member`` the file's name inside an archive, ``encoding`` how its bytes were
    decoded (``"+ftfy"`` when mojibake was repaired), ``partial`` true for a feed item that
    only gives a title and summary.
    """

    doc: str
    text: str
    line: int | None = None
    title: str | None = None
    published: str | None = None
    publisher: str | None = None
    url: str | None = None
    author: str | None = None
    format: str = "text"
    member: str | None = None
    encoding: str | None = None
    partial: bool = False

    def __post_init__(self) -> None:
        for name, value in vars(self).items():  # whatever the input held, valid text (``valid_text``)
            if isinstance(value, str) and INVALID.search(value):
                object.__setattr__(self, name, valid_text(value))

    @property
    def is_record(self) -> bool:
        """True for one stated article (a record, page or item), False for a free text file
        that may hold several stories."""
        return self.line is not None or self.format != "text"


def one_line(message: object) -> str:
    """An error message on one line (library messages may span several)."""
    return " ".join(str(message).split())


def size_text(n: int) -> str:
    """A size for messages: MiB from one MiB up, else bytes."""
    return f"{n / 2**20:,.1f} MiB" if n >= 2**20 else f"{n:,} bytes"


def valid_text(value: str) -> str:
    """``value`` with what a store or UTF-8 output cannot hold replaced by U+FFFD, the
    replacement character, one for one (offsets stay): NUL, and lone surrogates (which JSON's
    ``\\ud800`` escapes give)."""
    return INVALID.sub("\ufffd", value)


def file_name(name: str) -> str:
    """A file name as text that the store and UTF-8 output can hold: the bytes the file
    system's encoding does not decode (which Python keeps as lone surrogates) written ``\\xff``."""
    return name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
