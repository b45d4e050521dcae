"""Hostile and broken input: each gets a one-line error naming the file (and line), is
recorded for `tidings errors`, the exit status is 1, and the rest of the run goes on."""
from __future__ import annotations

import gzip
import io
import json
import zipfile

import pytest
from click.testing import CliRunner

from tidings import ingest, pipeline
from tidings.cli import cli
from tidings.settings import Settings
from tidings.store import open_store

from .conftest import FIXTURES as ALL_FIXTURES

FIXTURES = ALL_FIXTURES / "ingest"

GOOD = "Foreign ministers of Peru and Chile met in Lima on Monday to discuss a trade agreement, officials said.\n"


@pytest.fixture
def run(db):
    runner = CliRunner()
    return lambda *args, **kw: runner.invoke(cli, ["--db", db, *args], **kw)


def bomb() -> bytes:
    """About 20 KB of gzip that unpacks to 20 MB."""
    out = io.BytesIO()
    with gzip.GzipFile(fileobj=out, mode="wb", compresslevel=9) as z:
        for _ in range(20):
            z.write(b"\0" * 2**20)
    return out.getvalue()


def traversal_zip() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        z.writestr("../../etc/evil.txt", GOOD)
        z.writestr("/abs.txt", GOOD)
        z.writestr("ok.txt", GOOD)
    return out.getvalue()


NESTED = ("<html><body><script>document.write('x'.repeat(9))</script><p>" + GOOD + "</p>" + "<div>" * 10_000 + "<p>deep</p>"
          + "<script>alert(1)</script>" + "</div>" * 10_000 + "</body></html>")

HOSTILE = {
    "empty.txt": (b"", "empty.txt: empty file"),
    "binary.html": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8, "binary.html: binary file"),
    "cut.html": (b"<html><head><title>Cut</title><script>var a = '", "cut.html: no article text found in HTML"),
    "lines.jsonl": (json.dumps({"text": GOOD}).encode() + b"\n{broken\n" + json.dumps({"title": "no text"}).encode(),
                    "lines.jsonl:2: not valid JSON"),
    "bomb.jsonl.gz": (bomb(), "bomb.jsonl.gz: decompressed data exceeds the limit of 1,048,576 bytes"),
    "evil.zip": (traversal_zip(), "evil.zip: zip member '../../etc/evil.txt' refused: unsafe path"),
    "big.txt": (GOOD.encode() * 20_000, "big.txt: file is 2.0 MiB, over the limit of 1.0 MiB (--max-file-size)"),
    "long.jsonl": (json.dumps({"text": "word " * 30_000}).encode(), "long.jsonl:1: article text is 150,000 characters, over the limit of 100,000"),
}


def test_hostile_inputs_rejected_one_line_each_and_run_goes_on(run, db, tmp_path):
    tmp_path = tmp_path / "in"
    tmp_path.mkdir()
    for name, (data, _) in HOSTILE.items():
        (tmp_path / name).write_bytes(data)
    (tmp_path / "nested.html").write_text(NESTED, encoding="utf-8")
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    page = (FIXTURES / "page.html").read_bytes()
    (tmp_path / "truncated.html").write_bytes(page[:page.index(b"Farmers welcome")])
    result = run("ingest", "--max-file-size", "1MB", "--max-decompressed-size", "1MB",
                 "--max-article-chars", "100000", str(tmp_path))
    assert result.exit_code == 1, result.output
    assert f"  {tmp_path}/big.txt: file is 2.0 MiB" in result.output  # a file refused unread: by its path
    lines = [line.replace(f"{tmp_path}/", "") for line in result.output.splitlines()]
    for name, (_, expected) in HOSTILE.items():
        assert any(line.strip().startswith(expected) for line in lines), (name, result.output)
    assert any(line.strip().startswith("lines.jsonl:3: record has no text") for line in lines)
    assert any(line.strip().startswith("evil.zip: zip member '/abs.txt' refused") for line in lines)
    errors = run("errors").output.splitlines()
    assert len(errors) == len([line for line in lines if line.startswith("  ")])
    store = open_store(db)
    articles = list(store.articles())
    docs = {a.doc for a in articles}
    store.close()
    assert {"good.txt", "nested.html", "truncated.html", "evil.zip/ok.txt", "lines.jsonl#1"} <= docs
    assert "Danube" in next(a.body for a in articles if a.doc == "truncated.html")



def test_hostile_values_the_store_cannot_hold_are_made_valid_and_the_run_goes_on(run, tmp_path):
    """Each of these ended the whole run with a traceback: a lone surrogate from a JSON escape,
    a file name that is not UTF-8, a publication date on the first or last day a date can be, a
    date shifted past year 9999."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "escapes.jsonl").write_text(json.dumps(
        {"doc": "d\udc00x", "title": "Talks\ud800", "author": "A\udfff", "publisher": "P\udfff", "text": GOOD}) + "\n")
    with open(bytes(folder) + b"/bad\xffname.txt", "w", encoding="utf-8") as named:
        named.write(GOOD)
    (folder / "edges.jsonl").write_text("".join(json.dumps({"published": day, "text": GOOD.replace(" on Monday", "")})
                                                + "\n" for day in ("0001-01-01", "9999-12-31")))
    (folder / "shift.jsonl").write_text(json.dumps({"published": "2024-03-09", "text": (
        "Peru attacked Chile on Monday, March 4, 2024. Chile attacked Peru on Friday, March 8, 2024, "
        "9999999 days after Peru attacked Chile.")}) + "\n")
    result = run("ingest", str(folder))
    assert result.exit_code == 0 and "Rejected" not in result.output, result.output
    articles = {a["doc"]: a for a in exported(run, "articles")}
    assert set(articles) == {"d\ufffdx", "bad\\xffname.txt", "edges.jsonl#1", "edges.jsonl#2", "shift.jsonl#1"}
    assert articles["d\ufffdx"]["title"] == "Talks\ufffd" and articles["d\ufffdx"]["publisher"] == "P\ufffd"
    events = exported(run, "events")
    assert {"0001-01-01", "9999-12-31"} <= {e["date"] for e in events}
    assert "shift.jsonl#1" in {m["doc"] for e in events for m in e["mentions"]}



def test_hostile_nul_and_lone_surrogates_are_stored_on_every_backend(store_url, tmp_path):
    """PostgreSQL holds no NUL and DuckDB no lone surrogate: both become U+FFFD, offsets kept."""
    path = tmp_path / "n.jsonl"
    path.write_text(json.dumps({"title": "A\u0000B\udc80", "text": GOOD.replace("Lima", "Li\u0000ma")}) + "\n")
    with open_store(store_url) as store:
        report = pipeline.run([str(path)], store, Settings(db=store_url))
        assert report.ok and report.articles == 1, report.rejections
        (article,) = store.articles()
    assert article.title == "A\ufffdB\ufffd" and article.body == GOOD.strip().replace("Lima", "Li\ufffdma")


def test_hostile_archive_and_feed_defects_are_the_inputs_and_the_rest_is_kept(run, tmp_path):
    """A zip member at a bad offset or with corrupt LZMA data is refused alone; a feed item with
    an unclosed summary, or a reference to no character, no longer loses the whole feed."""
    folder = tmp_path / "in"
    folder.mkdir()
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_LZMA) as archive:
        archive.writestr("a.txt", GOOD * 20)
        archive.writestr("b.txt", GOOD.replace("Peru and Chile", "Kenya and Uganda").replace("Lima", "Nairobi"))
    data = bytearray(buffer.getvalue())
    at = data.index(b"a.txt") + len("a.txt") + 30  # inside the first member's compressed data
    data[at:at + 40] = bytes(b ^ 0x55 for b in data[at:at + 40])
    (folder / "lzma.zip").write_bytes(bytes(data))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("a.txt", GOOD)
    data = bytearray(buffer.getvalue())
    end = len(data) - 22  # the central directory's offset, 100 bytes too far
    data[end + 16:end + 20] = (int.from_bytes(data[end + 16:end + 20], "little") + 100).to_bytes(4, "little")
    (folder / "offset.zip").write_bytes(bytes(data))
    (folder / "feed.atom").write_text(  # and references to no character: a surrogate, past U+10FFFF
        '<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>Talks &#xd800;&#99999999999;</title><content>'
        f'{GOOD}</content></entry><entry><title>T</title><summary><content>x</content></entry></feed>')
    result = run("ingest", str(folder))
    assert result.exit_code == 1, result.output
    assert "lzma.zip: zip member 'a.txt' unreadable (Corrupt input data)" in result.output
    assert "offset.zip: zip member 'a.txt' unreadable (negative seek value -100)" in result.output
    assert "feed.atom" not in result.output and "error of Tidings" not in result.output
    articles = {a["doc"]: a for a in exported(run, "articles")}
    assert "lzma.zip/b.txt" in articles and articles["feed.atom#1"]["title"] == "Talks \ufffd\ufffd"


def test_hostile_file_vanishing_or_unreadable_mid_run(tmp_path, monkeypatch):
    for name in ("a.txt", "b.txt", "c.txt"):
        (tmp_path / name).write_text(GOOD.replace("Monday", name), encoding="utf-8")
    read = ingest.read

    def sabotage(file, doc, settings=None):
        found = read(file, doc, settings)
        if doc == "a.txt":  # once the run has started, the other files go
            (tmp_path / "b.txt").unlink()
            (tmp_path / "c.txt").unlink()
            (tmp_path / "c.txt").mkdir()  # no longer a readable file
        return found

    monkeypatch.setattr(ingest, "read", sabotage)
    store = open_store(":memory:")
    report = pipeline.run([str(tmp_path)], store, Settings(db=":memory:"))
    assert [str(r) for r in report.rejections] == [f"{tmp_path}/b.txt: cannot read file: No such file or directory",
                                                   f"{tmp_path}/c.txt: cannot read file: Is a directory"]
    assert report.articles == 1 and [str(r) for r in store.rejections()] == [str(r) for r in report.rejections]


def test_hostile_stdin_and_limit_usage_errors(run):
    result = run("ingest", "-", input=GOOD.encode())
    assert result.exit_code == 0 and "1 new article(s)" in result.output
    assert run("ingest", "--max-file-size", "lots", "-", input=b"x").exit_code == 2
    assert run("ingest", "--max-file-size", "1\u212aB", "-", input=b"x").exit_code == 2  # a Kelvin sign, not K
    assert run("ingest", "--map", "colour=shade", "-", input=b"x").exit_code == 2


def test_hostile_feed_item_over_the_html_limit_is_refused_and_the_others_kept(run, tmp_path):
    paragraph = f"<p>{GOOD}</p>"
    items = "".join(f"<item><title>Item {n}</title><description><![CDATA[{body}]]></description></item>"
                    for n, body in ((1, paragraph * 80), (2, paragraph)))
    (tmp_path / "feed.xml").write_text(f'<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>'
                                       f"{items}</channel></rss>", encoding="utf-8")
    result = run("ingest", "--max-html-size", "4KB", str(tmp_path))
    assert result.exit_code == 1, result.output
    assert "feed.xml:1: feed item's HTML: HTML page is" in result.output and "(--max-html-size)" in result.output
    assert "1 new article(s)" in result.output


def test_non_english_article_stored_and_reported_not_coded(run, tmp_path):
    (tmp_path / "de.jsonl").write_text(json.dumps({"text": "Die Außenministerin traf am Montag in Berlin ihren "
                                                   "französischen Amtskollegen und unterzeichnete ein Abkommen."})
                                       + "\n" + json.dumps({"text": GOOD}), encoding="utf-8")
    result = run("ingest", str(tmp_path))
    assert result.exit_code == 0, result.output
    assert "Stored but not coded (not in English): 1 article(s)" in result.output
    assert "de.jsonl#1 (article 1): language de" in result.output
    exported = [json.loads(line) for line in run("export", "articles").output.splitlines()]
    assert sorted(a["language"] for a in exported) == ["de", "en"]
    events = [json.loads(line) for line in run("export", "events", "--min-confidence", "0").output.splitlines()]
    assert all(m["doc"] != "de.jsonl#1" for e in events for m in e["mentions"])


def test_hostile_letters_that_match_ascii_ones_code_as_those(run, tmp_path):
    # dotless i, long s and the Kelvin sign match "i", "s" and "k" in case-blind patterns: "Frıday"
    # once crashed the whole run
    (tmp_path / "a.jsonl").write_text(json.dumps({"published": "2025-06-12", "text": GOOD.replace(
        "on Monday", "on Frıday")}) + "\n", encoding="utf-8")
    result = run("ingest", str(tmp_path))
    assert result.exit_code == 0, result.output
    events = [json.loads(line) for line in run("export", "events", "--min-confidence", "0").output.splitlines()]
    assert "2025-06-06" in {e["date"] for e in events}


# two records, the first about Peru, on which ``fail_on_peru`` makes Tidings fail
TWO_RECORDS = json.dumps({"text": GOOD}) + "\n" + json.dumps(
    {"text": GOOD.replace("Peru and Chile", "Kenya and Uganda").replace("Lima", "Nairobi")}) + "\n"


def fail_on_peru(monkeypatch, owner, name: str, text_of, error: Exception) -> None:
    """Make ``owner.name`` raise ``error`` for what ``text_of`` finds about Peru: a defect of Tidings."""
    kept = getattr(owner, name)

    def failing(first, *rest):
        if "Peru" in text_of(first):
            raise error
        return kept(first, *rest)

    monkeypatch.setattr(owner, name, failing)


def exported(run, what: str) -> list[dict]:
    return [json.loads(line) for line in run("export", what, *(["--min-confidence", "0"] if what == "events" else []))
            .output.splitlines()]


def test_hostile_article_tidings_fails_to_code_is_stored_reported_and_run_goes_on(run, tmp_path, monkeypatch):
    from tidings import coding

    fail_on_peru(monkeypatch, coding, "_coded", lambda article: article.body, KeyError("a defect"))
    (tmp_path / "a.jsonl").write_text(TWO_RECORDS, encoding="utf-8")
    result = run("ingest", str(tmp_path))
    assert result.exit_code == 1, result.output
    assert "a.jsonl#1: article 1: not coded, an error of Tidings (please report it): KeyError" in run("errors").output
    assert len(exported(run, "articles")) == 2
    events = exported(run, "events")
    assert events and all(m["doc"] == "a.jsonl#2" for e in events for m in e["mentions"])
    monkeypatch.undo()  # Tidings mended: the next run codes the input again, and the error is gone
    result = run("ingest", str(tmp_path))
    assert result.exit_code == 0 and "not coded" not in run("errors").output, result.output
    assert len(exported(run, "articles")) == 2
    assert {m["doc"] for e in exported(run, "events") for m in e["mentions"]} == {"a.jsonl#1", "a.jsonl#2"}
    assert "nothing new" in run("ingest", str(tmp_path)).output



def test_hostile_recode_replaces_what_coding_reported_and_a_failed_input_is_read_again(run, tmp_path, monkeypatch):
    from tidings import coding

    (tmp_path / "a.jsonl").write_text(TWO_RECORDS, encoding="utf-8")
    assert run("ingest", str(tmp_path)).exit_code == 0
    fail_on_peru(monkeypatch, coding, "_coded", lambda article: article.body, KeyError("a defect"))
    result = run("recode")
    assert result.exit_code == 1 and "a.jsonl#1: article 1: not coded, an error of Tidings" in result.output
    assert "not coded, an error of Tidings" in run("errors").output
    assert {m["doc"] for e in exported(run, "events") for m in e["mentions"]} == {"a.jsonl#2"}
    monkeypatch.undo()  # Tidings mended: a recode codes the article, and the error is gone
    result = run("recode")
    assert result.exit_code == 0 and "not coded" not in result.output, result.output
    assert "No rejected input" in run("errors").output
    assert {m["doc"] for e in exported(run, "events") for m in e["mentions"]} == {"a.jsonl#1", "a.jsonl#2"}
    # an input with an article the recode failed on is read again by the next ingest
    fail_on_peru(monkeypatch, coding, "_coded", lambda article: article.body, KeyError("a defect"))
    assert run("recode").exit_code == 1
    monkeypatch.undo()
    result = run("ingest", str(tmp_path))
    assert result.exit_code == 0 and "nothing new" not in result.output, result.output
    assert "No rejected input" in run("errors").output
    assert {m["doc"] for e in exported(run, "events") for m in e["mentions"]} == {"a.jsonl#1", "a.jsonl#2"}


def test_hostile_record_tidings_fails_to_split_is_reported_and_run_goes_on(run, tmp_path, monkeypatch):
    fail_on_peru(monkeypatch, pipeline, "split", lambda record: record.text, IndexError("a defect"))
    (tmp_path / "a.jsonl").write_text(TWO_RECORDS, encoding="utf-8")
    result = run("ingest", str(tmp_path))
    assert result.exit_code == 1, result.output
    assert "a.jsonl#1:1: not split into articles, an error of Tidings (please report it): IndexError: a defect" \
        in run("errors").output
    assert [a["doc"] for a in exported(run, "articles")] == ["a.jsonl#2"]
    monkeypatch.undo()  # Tidings mended: the next run reads the input again
    assert run("ingest", str(tmp_path)).exit_code == 0 and "not split" not in run("errors").output
    assert sorted(a["doc"] for a in exported(run, "articles")) == ["a.jsonl#1", "a.jsonl#2"]


def test_hostile_input_tidings_fails_to_read_is_reported_and_read_again_next_time(run, tmp_path, monkeypatch):
    monkeypatch.setattr(ingest, "parse", lambda *_: {}["a defect"])
    (tmp_path / "a.jsonl").write_text(json.dumps({"text": GOOD}) + "\n", encoding="utf-8")
    assert run("ingest", str(tmp_path)).exit_code == 1
    assert "a.jsonl: not read, an error of Tidings (please report it): KeyError: 'a defect'" in run("errors").output
    monkeypatch.undo()
    assert run("ingest", str(tmp_path)).exit_code == 0 and "No rejected input" in run("errors").output
    assert len(exported(run, "articles")) == 1


def test_hostile_large_html_rejected_before_parsing_and_run_goes_on(run, tmp_path, monkeypatch):
    page = (FIXTURES / "page.html").read_bytes()
    (tmp_path / "page.html").write_bytes(page)
    (tmp_path / "records.jsonl").write_text(json.dumps({"doc": "rec", "html": page.decode("utf-8")}) + "\n", "utf-8")
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    result = run("ingest", "--max-html-size", "1KB", str(tmp_path))
    assert result.exit_code == 1, result.output
    assert f"page.html: HTML page is {len(page):,} bytes, over the limit of 1,024 bytes (--max-html-size)" \
        in result.output
    assert "records.jsonl:1: record's HTML: HTML page is" in result.output and "1 new article(s)" in result.output
    # the default limit: a page of 6 MB is refused without being parsed (parsing it took 8 s)
    import trafilatura

    monkeypatch.setattr(trafilatura, "bare_extraction", lambda *a, **k: pytest.fail("a page over the limit was parsed"))
    huge = b"<html><body>" + (b"<p>" + GOOD.encode() + b"</p>\n") * 60_000 + b"</body></html>"
    source = ingest.Source(doc="huge.html", path="huge.html", data=huge, sha256="0" * 64, format="html")
    records, rejections = ingest.parse(source, Settings())
    assert not records and [r.reason for r in rejections] == [
        f"HTML page is {len(huge) / 2**20:.1f} MiB, over the limit of 5.0 MiB (--max-html-size)"]
