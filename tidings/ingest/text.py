"""Bytes to text: UTF-8 when valid, else the declared charset, else charset-normalizer's
guess; mojibake (UTF-8 read as Windows-1252 and the like) repaired with ftfy."""
from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

import charset_normalizer
import ftfy

DECLARED = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_:.-]+)|<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_.-]+)""", re.I)
CONTROLS = re.compile(r"[\x00-\x08\x0b\x0e-\x1f]")  # control characters other than line breaks, tab, form feed


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str  # codec used, with "+ftfy" when mojibake was repaired


def decode(data: bytes) -> Decoded | str:
    """The text of ``data``, or the reason it is not text (empty, binary, no encoding fits)."""
    if not data.strip():
        return "empty file"
    if b"\x00" in data[:8192] and not data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "binary file (contains NUL bytes), not text"
    text, encoding = _decode(data)
    if text is None:
        return "not text in any known encoding (binary data?)"
    if _control_share(text) > 0.05:
        return "binary file (mostly control characters), not text"
    repaired = repair(text)
    if repaired != text:
        text, encoding = repaired, f"{encoding}+ftfy"
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        return "empty file"
    return Decoded(text, encoding)


def repair(text: str) -> str:
    """Fix mojibake only (no quote or width normalisation: the text stays as written)."""
    return ftfy.fix_encoding(text)


def _decode(data: bytes) -> tuple[str | None, str]:
    for bom, codec in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                       (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            try:
                return data.decode(codec), codec
            except UnicodeDecodeError:
                break
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    declared = DECLARED.search(data[:4096])
    if declared:
        name = (declared.group(1) or declared.group(2)).decode("ascii")
        try:
            codec = codecs.lookup(name).name
            return data.decode(codec), codec
        except (LookupError, UnicodeDecodeError):
            pass
    best = charset_normalizer.from_bytes(data).best()
    if best is None:
        return None, ""
    return str(best), best.encoding


def _control_share(text: str) -> float:
    sample = text[:8192]
    return len(CONTROLS.findall(sample)) / max(1, len(sample))
