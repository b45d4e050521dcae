"""Reading inputs: formats, and a clear rejection for every kind of bad input."""
from __future__ import annotations

import json
import os
import socket
from dataclasses import replace

import pytest

from tidings import ingest
from tidings.records import Rejection


def read(path):
    return ingest.read(path, path.name)


@pytest.mark.parametrize("name, data, reason", [
    ("empty.txt", b"", "empty file"),
    ("blank.txt", b"  \n\n ", "empty file"),
    ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file"),
    ("random.txt", bytes(range(1, 32)) * 40, "binary file"),
])
def test_ingest_bad_text_files_are_rejected_with_reason(tmp_path, name, data, reason):
    path = tmp_path / name
    path.write_bytes(data)
    records, rejections = ingest.parse(read(path))
    assert records == []
    assert len(rejections) == 1 and rejections[0].doc == name and reason in rejections[0].reason


def test_ingest_jsonl_bad_lines_named_and_good_lines_kept(tmp_path):
    path = tmp_path / "feed.jsonl"
    path.write_text("\n".join([
        json.dumps({"text": "Oman and Yemen held talks on Monday.", "title": "Talks", "doc": "a1"}),
        "{not json",
        json.dumps({"title": "No text here"}),
        json.dumps(["a", "list"]),
        json.dumps({"body": "Mali and Senegal signed a trade deal on Friday.", "published": "2025-01-02"}),
    ]), encoding="utf-8")
    records, rejections = ingest.parse(read(path))
    assert [r.doc for r in records] == ["a1", "feed.jsonl#5"]
    assert records[1].published == "2025-01-02" and records[1].line == 5
    assert [(r.line, r.reason.split(" (")[0]) for r in rejections] == [
        (2, "not valid JSON"), (3, "record has no text"), (4, "expected a JSON object, found list")]
    assert all(r.doc == "feed.jsonl" for r in rejections)


def test_ingest_discover_walks_folders_and_names_relative(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.txt").write_text("x")
    (tmp_path / "a.jsonl").write_text("x")
    (tmp_path / "notes.pdf").write_text("x")
    (tmp_path / ".hidden.txt").write_text("x")
    found = list(ingest.discover([tmp_path]))
    assert [doc for _, doc in found] == ["a.jsonl", "sub/b.txt"]


def test_ingest_discover_rejects_missing_and_unsupported(tmp_path):
    (tmp_path / "notes.pdf").write_text("x")
    found = list(ingest.discover([tmp_path / "gone.txt", tmp_path / "notes.pdf"]))
    assert all(isinstance(f, Rejection) for f in found)
    assert "no such file" in found[0].reason and "unsupported file type" in found[1].reason


def test_ingest_discover_accounts_for_every_entry_of_a_folder(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.txt").write_text("x")
    (tmp_path / "a.txt").write_text("x")
    os.mkfifo(tmp_path / "pipe.txt")
    os.mkfifo(tmp_path / "sub" / "pipe")
    with socket.socket(socket.AF_UNIX) as listening:
        listening.bind(str(tmp_path / "sock"))
        (tmp_path / "sub" / "up").symlink_to("..")  # a loop through a folder
        (tmp_path / "self.txt").symlink_to("self.txt")  # a loop of links
        (tmp_path / "gone.txt").symlink_to("nowhere.txt")
        (tmp_path / "linked").symlink_to(tmp_path / "sub")  # a link to a folder is followed
        found = list(ingest.discover([tmp_path]))
    # a file is named relative to the folder; an entry that cannot be read, by its path (to be found)
    assert [replace(f, doc=os.path.relpath(f.doc, tmp_path)) if isinstance(f, Rejection) else f[1] for f in found] == [
        "a.txt",
        Rejection("gone.txt", "broken symbolic link (to nowhere.txt)"),
        "linked/b.txt",
        Rejection("linked/pipe", "not a file or folder: a FIFO (named pipe): pipe it to `tidings ingest -` instead"),
        Rejection("linked/up", "symbolic link loop (leads back to a folder that holds it)"),
        Rejection("pipe.txt", "not a file or folder: a FIFO (named pipe): pipe it to `tidings ingest -` instead"),
        Rejection("self.txt", "symbolic link loop"),
        Rejection("sock", "not a file or folder: a socket"),
        "sub/b.txt",
        Rejection("sub/pipe", "not a file or folder: a FIFO (named pipe): pipe it to `tidings ingest -` instead"),
        Rejection("sub/up", "symbolic link loop (leads back to a folder that holds it)")]


def test_ingest_discover_names_why_a_given_path_cannot_be_read(tmp_path):
    os.mkfifo(tmp_path / "fifo.jsonl")
    (tmp_path / "loop.txt").symlink_to("loop.txt")
    given = [str(tmp_path / name) for name in ("fifo.jsonl", "loop.txt", "missing.txt")]
    assert [f.reason for f in ingest.discover(given)] == [
        "not a file or folder: a FIFO (named pipe): pipe it to `tidings ingest -` instead",
        "symbolic link loop", "no such file or folder"]


def test_ingest_source_is_content_addressed(tmp_path):
    (tmp_path / "a.txt").write_bytes(b"same bytes")
    (tmp_path / "b.txt").write_bytes(b"same bytes")
    a, b = read(tmp_path / "a.txt"), read(tmp_path / "b.txt")
    assert a.sha256 == b.sha256 and a.data == b"same bytes"


# -- formats -----------------------------------------------------------------------------------

FIXTURES = __import__("pathlib").Path(__file__).parent / "fixtures" / "ingest"


def parse_file(path, **settings):
    from tidings.settings import Settings
    return ingest.parse(ingest.read(path, path.name), Settings(**settings))


def test_ingest_html_page_main_text_and_metadata():
    records, rejections = parse_file(FIXTURES / "page.html")
    assert rejections == [] and len(records) == 1
    page = records[0]
    assert page.title == "Ministers agree on river treaty"
    assert page.published == "2024-05-14" and page.author == "Maria Keller"
    assert page.publisher == "The Harbour Courier" and page.url == "https://courier.example/world/river-treaty"
    assert "signed a treaty on the shared use of the Danube" in page.text
    assert "review them within three years" in page.text
    for furniture in ("Share on Facebook", "Related stories", "Great news for the region", "All rights reserved",
                      "dataLayer", "Sport"):
        assert furniture not in page.text
    assert page.is_record and page.format == "html" and page.encoding == "utf-8"


def test_ingest_rss_items_full_and_partial():
    records, rejections = parse_file(FIXTURES / "wire.rss")
    assert rejections == []
    full, partial = records
    assert (full.doc, full.line, full.partial) == ("wire.rss#1", 1, False)
    assert "met in Rome on Tuesday" in full.text and "meet again in Madrid" in full.text
    assert full.published == "2025-03-04" and full.publisher == "Example Wire Service"
    assert full.url == "https://wire.example/italy-spain"
    assert partial.partial and partial.title == "Kenya sends aid to flood-hit region"
    assert partial.text.startswith("Kenya sends aid") and "medical supplies" in partial.text


@pytest.mark.parametrize("depth, found", [(250, True), (300, False), (20_000, False)])
def test_ingest_html_nested_past_what_the_parser_reads_says_so(depth, found):
    from tidings.ingest import html

    page = ("<html><body>" + "<div>" * depth + "<p>Chile and Peru agreed on Monday to reopen their border crossings "
            "to trade, the two foreign ministries said in a joint statement.</p>" + "</div>" * depth + "</body></html>")
    record = html.extract(page, "deep.html")
    if found:
        assert "reopen their border" in record.text
    else:
        assert record == ("no article text found in HTML: the page nests its elements more than 255 deep, and the "
                          "HTML parser reads no deeper")
    assert html.extract("<html><body><script>x = 1</script></body></html>", "bare.html") == "no article text found in HTML"


def test_ingest_atom_entry_with_html_content():
    [entry], rejections = parse_file(FIXTURES / "news.atom")
    assert rejections == [] and not entry.partial
    assert entry.text.startswith("Jordan sent a convoy") and "<p>" not in entry.text
    assert (entry.author, entry.publisher, entry.published) == ("Omar Haddad", "Atlas Daily", "2025-02-01")


def test_ingest_json_object_with_list_field_mapping_and_html_records():
    records, rejections = parse_file(FIXTURES / "scraped.json")
    assert [(r.line, r.reason.split(" (")[0]) for r in rejections] == [(2, "record has no text")]
    first, page = records
    assert first.text.startswith("Chile and Peru") and first.published == "2024-11-07 10:00:00"
    assert first.publisher == "pacific.example" and first.url == "https://pacific.example/fish"
    assert first.title == "Fisheries deal" and first.doc == "scraped.json#1"
    assert page.format == "html" and "Ecuador reopened its border" in page.text and "Home | World" not in page.text
    assert page.publisher == "Andes Post" and page.published == "2024-11-08" and page.line == 3


def test_ingest_json_array_and_single_object(tmp_path):
    (tmp_path / "list.json").write_text(json.dumps([{"body": "Peru and Bolivia met."}, {"content": "Niger and Chad met."}]))
    (tmp_path / "one.json").write_text(json.dumps({"text": "Fiji and Samoa signed a deal.", "link": "https://x.example/1"}))
    records, _ = parse_file(tmp_path / "list.json")
    assert [r.text for r in records] == ["Peru and Bolivia met.", "Niger and Chad met."]
    [one], _ = parse_file(tmp_path / "one.json")
    assert one.url == "https://x.example/1" and one.line == 1


def test_ingest_csv_with_field_map():
    mapping = (("text", "story"), ("published", "when"), ("publisher", "outlet"))
    records, rejections = parse_file(FIXTURES / "export.csv", field_map=mapping)
    [talks] = records
    assert talks.text.startswith("Ghana and Togo") and talks.title == "Talks in Accra"
    assert (talks.published, talks.publisher, talks.line) == ("2024-06-03", "Gulf Times Example", 2)
    assert [(r.doc, r.line) for r in rejections] == [("export.csv", 3)]
    unmapped, _ = parse_file(FIXTURES / "export.csv")
    assert unmapped == []


def test_ingest_field_map_replaces_default_names(tmp_path):
    path = tmp_path / "a.jsonl"
    path.write_text(json.dumps({"text": "teaser", "article_body": "Qatar hosted talks on Sunday."}))
    [record], _ = parse_file(path, field_map=(("text", "article_body"),))
    assert record.text == "Qatar hosted talks on Sunday."


@pytest.mark.parametrize("name, pack", [
    ("feed.jsonl.gz", lambda b: __import__("gzip").compress(b)),
    ("feed.jsonl.xz", lambda b: __import__("lzma").compress(b)),
    ("dump.gz", lambda b: __import__("gzip").compress(b)),
])
def test_ingest_compressed_streams(tmp_path, name, pack):
    path = tmp_path / name
    path.write_bytes(pack(b'{"text": "Oman and Yemen held talks on Monday."}\n'))
    [record], rejections = parse_file(path)
    assert rejections == [] and record.text == "Oman and Yemen held talks on Monday."


def test_ingest_zip_members_named_inside_archive(tmp_path):
    import zipfile
    path = tmp_path / "bundle.zip"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("pages/a.txt", "Laos and Vietnam held talks on Monday in Hanoi, officials said.")
        z.writestr("b.jsonl", '{"text": "Mali and Senegal signed a deal."}\n')
        z.writestr("notes.pdf", b"%PDF")
    records, rejections = parse_file(path)
    assert rejections == []
    assert [(r.doc, r.member) for r in records] == [("bundle.zip/pages/a.txt", "pages/a.txt"), ("bundle.zip/b.jsonl#1", "b.jsonl")]


def test_ingest_encodings_detected_and_mojibake_repaired(tmp_path):
    (tmp_path / "cp1252.txt").write_bytes("Talks in Montréal and Zürich ended on Friday, the ministers said – “calmly”.".encode("cp1252"))
    (tmp_path / "moji.txt").write_text("Caf\u00c3\u00a9 talks in Montr\u00c3\u00a9al ended.", encoding="utf-8")
    (tmp_path / "latin.html").write_bytes('<html><head><meta charset="iso-8859-1"></head><body><article><p>Ministers from Gen\u00e8ve and S\u00e3o Paulo met on Monday to discuss trade and investment in the region.</p></article></body></html>'.encode("latin-1"))
    [cp], _ = parse_file(tmp_path / "cp1252.txt")
    assert "Montréal and Zürich" in cp.text and "“calmly”" in cp.text and cp.encoding not in ("utf-8", None)
    [moji], _ = parse_file(tmp_path / "moji.txt")
    assert moji.text == "Café talks in Montréal ended." and moji.encoding == "utf-8+ftfy"
    [page], _ = parse_file(tmp_path / "latin.html")
    assert "Genève and São Paulo" in page.text and page.encoding == "iso8859-1"


def test_ingest_stdin_format_sniffed(monkeypatch):
    import io
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(b'{"text": "Chad and Sudan met."}\n{"text": "Peru and Chile met."}\n')))
    source = ingest.read(ingest.STDIN, "stdin")
    assert source.format == "json" and source.doc == "stdin"
    records, rejections = ingest.parse(source)
    assert [r.doc for r in records] == ["stdin#1", "stdin#2"] and rejections == []


def test_ingest_foreign_language_only_when_confident():
    assert ingest.foreign_language("Die Außenministerin traf am Montag ihren französischen Amtskollegen in Berlin.") == "de"
    assert ingest.foreign_language("Foreign Minister Annalena Baerbock met Sergey Lavrov in Berlin.") is None
