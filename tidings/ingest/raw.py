"""The raw record: what ingest hands to ``articles.split``, one per input unit."""
from __future__ import annotations

from dataclasses import dataclass


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
