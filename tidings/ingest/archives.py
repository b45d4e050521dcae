"""Compressed input (.gz, .xz, .zip) unpacked with a bound on the decompressed size, so that
a compression bomb is refused rather than filling memory; zip members with unsafe names
(absolute, ``..``) are refused."""
from __future__ import annotations

import gzip
import io
import lzma
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import PurePosixPath

from .raw import one_line

WRAPPERS = {".gz": "gz", ".xz": "xz"}
MAGIC = {b"\x1f\x8b": "gz", b"\xfd7zXZ\x00": "xz", b"PK\x03\x04": "zip", b"PK\x05\x06": "zip"}


class TooLarge(Exception):
    """Decompressed data over the limit."""


@dataclass(frozen=True)
class Member:
    name: str
    data: bytes


def sniff(data: bytes) -> str | None:
    """The compression of ``data`` from its magic bytes, if any."""
    return next((kind for magic, kind in MAGIC.items() if data.startswith(magic)), None)


def unpack_stream(kind: str, data: bytes, limit: int) -> bytes | str:
    """The decompressed bytes of a .gz/.xz stream, or why they could not be had."""
    try:
        with (gzip.GzipFile(fileobj=io.BytesIO(data)) if kind == "gz" else lzma.LZMAFile(io.BytesIO(data))) as stream:
            out = stream.read(limit + 1)
    except (OSError, EOFError, lzma.LZMAError, zlib.error) as exc:
        return f"corrupt or truncated {kind} data ({one_line(exc) or type(exc).__name__})"
    if len(out) > limit:
        return _too_large(limit)
    return out


def unpack_zip(data: bytes, limit: int) -> tuple[list[Member], list[str]]:
    """The files of a zip archive (at most ``limit`` bytes in all), and the members refused."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        return [], [f"not a readable zip archive ({one_line(exc)})"]
    members, problems, budget = [], [], limit
    with archive:
        for info in archive.infolist():
            if info.is_dir():
                continue
            if not safe_name(info.filename):
                problems.append(f"zip member {info.filename!r} refused: unsafe path (absolute or '..')")
                continue
            try:
                with archive.open(info) as stream:
                    content = stream.read(budget + 1)
            except (zipfile.BadZipFile, RuntimeError, OSError, EOFError, zlib.error, lzma.LZMAError, ValueError,
                    NotImplementedError) as exc:  # (a bad offset: "negative seek value")
                problems.append(f"zip member {info.filename!r} unreadable ({one_line(exc)})")
                continue
            if len(content) > budget:
                return members, problems + [_too_large(limit)]
            budget -= len(content)
            members.append(Member(info.filename, content))
    return members, problems


def safe_name(name: str) -> bool:
    """A relative member path that stays inside the archive's folder."""
    path = PurePosixPath(name.replace("\\", "/"))
    return bool(name) and not path.is_absolute() and ".." not in path.parts and ":" not in path.parts[0]


def _too_large(limit: int) -> str:
    return (f"decompressed data exceeds the limit of {limit:,} bytes (--max-decompressed-size); "
            "refused as a possible compression bomb")
