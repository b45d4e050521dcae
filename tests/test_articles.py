"""Splitting raw text into articles and stripping page furniture, on texts written for Tidings."""
from __future__ import annotations

from datetime import date

import pytest

from tidings.articles import split
from tidings.ingest import RawRecord

from .conftest import FIXTURES


def split_page(name: str, **kwargs):
    text = (FIXTURES / "pages" / name).read_text("utf-8")
    return split(RawRecord(doc=name, text=text), source_sha256="0" * 64, **kwargs)


def test_articles_split_two_stories_and_drop_teasers():
    first, second = split_page("two_stories.txt")
    assert first.title == "Ghana and Togo pledge joint patrols on shared border"
    assert second.title == "Peru reopens consulate in Bolivia after two-year closure"
    assert (first.index, second.index) == (1, 2)
    assert first.body.startswith("Ghana and Togo on Tuesday pledged")
    assert first.body.endswith("the first patrols would start in June.")
    assert second.body.endswith("The consulate had been closed since 2023.")
    assert "Floods" not in second.body and "comment" not in second.body


def test_articles_furniture_is_not_in_body():
    for article in split_page("two_stories.txt"):
        for furniture in ("Short Url", "Follow", "Share", "Advertisment", "Updated", "Must Read"):
            assert furniture not in article.body


def test_articles_metadata_from_header():
    first, second = split_page("two_stories.txt")
    assert first.published == "2025-05-07"
    assert first.dateline == "ACCRA"
    assert first.lead == ("Interior ministers meet in Accra", "Patrols to begin next month")
    assert len(first.captions) == 1 and first.captions[0].startswith("A Ghanaian officer")
    assert first.title not in first.body
    assert second.dateline == "LIMA"
    assert first.language == "en"


@pytest.mark.parametrize("fetched_at, expected", [(None, None), (date(2025, 5, 8), "2025-05-08")])
def test_articles_relative_stamp_needs_fetch_date(fetched_at, expected):
    second = split_page("two_stories.txt", fetched_at=fetched_at)[1]
    assert second.published == expected


@pytest.mark.parametrize("stamp, expected", [("5 ſec ago", "2025-05-08"),  # a long s, read as "s"
                                              ("99999999999 min ago", None),  # before any date
                                              ("9" * 5000 + " min ago", None)])  # more digits than int() reads
def test_articles_relative_stamp_odd_ones(stamp, expected):
    text = (FIXTURES / "pages" / "two_stories.txt").read_text("utf-8").replace("5 sec ago", stamp)
    second = split(RawRecord(doc="p.txt", text=text), source_sha256="0" * 64, fetched_at=date(2025, 5, 8))[1]
    assert second.published == expected


def test_articles_agency_dateline_takes_year_from_context():
    (article,) = split_page("agency_wire.txt")
    assert article.dateline == "SUVA"
    assert (article.published, article.dateline_date) == ("2025-08-13", "2025-08-12")  # the footer's date
    assert article.reported == "2025-08-12"
    assert article.publisher == "PNA"
    assert article.body.startswith("Fiji and New Zealand on Tuesday signed")
    assert article.body.endswith("reviewed after three years.")
    assert "adsbygoogle" not in article.body and "Published in" not in article.body


@pytest.mark.parametrize("lead, place, date_", [
    ("SUVA, Fiji (AP) — Fiji and Tonga signed a fisheries pact on Tuesday.", "SUVA", None),
    ("SUVA, Aug 12 (Reuters) - Fiji and Tonga signed a fisheries pact on Tuesday.", "SUVA", "2025-08-12"),
    ("SUVA (AP) — Fiji and Tonga signed a fisheries pact on Tuesday.", "SUVA", None),
    ("SUVA (Fiji Times) - Fiji and Tonga signed a fisheries pact on Tuesday.", "SUVA", None),  # an agency of words
    ("Suva (AP) — Fiji and Tonga signed a fisheries pact on Tuesday.", "Suva", None),  # a place in title case
    ("Suva, Aug 12 (AP) - Fiji and Tonga signed a fisheries pact on Tuesday.", "Suva", "2025-08-12"),
    ("SUVA/NUKU'ALOFA, Aug 12 (Reuters) - Fiji and Tonga signed a fisheries pact on Tuesday.", "SUVA", "2025-08-12"),
    ("LABASA, Republic of the Fiji Islands (AP) - Fiji and Tonga signed a fisheries pact on Tuesday.", "LABASA", None),
    ("SUVA - Fiji and Tonga signed a fisheries pact on Tuesday.", "SUVA", None),  # a hyphen alone
    ("PORT-AU-PRINCE, Haiti - Fiji and Tonga signed a fisheries pact on Tuesday.", "PORT-AU-PRINCE", None),
    ("SUVA, Aug 12 (Fiji Sun) -- Fiji and Tonga signed a fisheries pact on Tuesday.", "SUVA", "2025-08-12"),  # two
    ("SUVA -- Fiji and Tonga signed a fisheries pact on Tuesday.", "SUVA", None),  # hyphens for a dash
    ("SUVA, Aug. 12, 2025 (AP) -- Fiji and Tonga signed a fisheries pact on Tuesday.", "SUVA", "2025-08-12"),  # a
    # year
])
def test_articles_wire_datelines_with_a_country_or_a_hyphen(lead, place, date_):
    (article,) = split(RawRecord(doc="w.txt", text=lead + "\n\nThe pact runs for five years.\n", published="2025-08-13"),
                       source_sha256="0" * 64)
    assert (article.dateline, article.dateline_date) == (place, date_)
    assert article.body.startswith("Fiji and Tonga signed")


@pytest.mark.parametrize("lead", ["Fiji (AP) said on Tuesday it signed a fisheries pact.",
                                  "UPDATE - Fiji and Tonga signed a fisheries pact on Tuesday.",
                                  "Officials (AP) — Fiji and Tonga signed a fisheries pact on Tuesday."])
def test_articles_a_title_case_lead_in_is_no_dateline_without_a_known_place_and_an_agency(lead):
    (article,) = split(RawRecord(doc="w.txt", text=lead + "\n\nThe pact runs for five years.\n", published="2025-08-13"),
                       source_sha256="0" * 64)
    assert article.dateline is None and article.body.startswith(lead.split()[0])


def test_articles_stamp_with_caption_and_credit_line():
    (article,) = split_page("stamped_caption.txt")
    assert article.title is None
    assert article.published == "2025-09-30"
    assert article.captions[0].startswith("Foreign Secretary meets")
    assert article.body.endswith("trade in agricultural products.")
    assert "input from" not in article.body
    assert article.publisher == "PNA"


def test_articles_undated_page_takes_caption_date():
    (article,) = split_page("no_stamp.txt")
    assert article.published == "2025-10-02"
    assert article.lead == ("Grid operators join the talks", "A new undersea cable is under study")
    assert article.body.startswith("Estonia and Finland held talks on Thursday")


def test_articles_record_metadata_wins_and_title_suffix_goes():
    record = RawRecord(doc="r1", line=1, title="Chad and Niger talk trade - World - EXAMPLE.COM",
                       published="2025-03-02T23:30:00+00:00", publisher="Example Wire",
                       text="N'DJAMENA: Chad and Niger held talks on trade on Sunday.\nBoth sides agreed to meet again.")
    (article,) = split(record, source_sha256="1" * 64)
    assert article.title == "Chad and Niger talk trade"
    assert article.published == "2025-03-02"
    assert article.publisher == "Example Wire"
    assert article.dateline == "N'DJAMENA"
    assert article.body == "Chad and Niger held talks on trade on Sunday.\n\nBoth sides agreed to meet again."



def test_articles_record_of_one_short_line_is_its_body():
    """A record's text of one headline-shaped line (short, no closing punctuation) was taken for
    a lone heading and the record rejected as page furniture."""
    record = RawRecord(doc="r3", line=1, format="record", text="Ghana and Togo held talks in Accra")
    (article,) = split(record, source_sha256="3" * 64)
    assert article.body == "Ghana and Togo held talks in Accra"
    # a page of menu headings and a text file's lone heading are still no story
    menu = RawRecord(doc="p.html", format="html", text="World Sport\n\nContact Us\n\nOur Team")
    assert split(menu, source_sha256="4" * 64) == []
    assert split(RawRecord(doc="t.txt", text="Ghana and Togo held talks in Accra\n"), source_sha256="5" * 64) == []


def test_articles_soft_hyphens_removed_from_body():
    record = RawRecord(doc="r2", line=1, text="The minis\u00adter met the ambassa\u00addor on Monday to discuss trade.")
    (article,) = split(record, source_sha256="2" * 64)
    assert "minister" in article.body and "\u00ad" not in article.body


def test_articles_ids_are_stable():
    assert [a.article_id for a in split_page("two_stories.txt")] == [a.article_id for a in split_page("two_stories.txt")]


def test_articles_dateline_after_publication_is_last_years():
    text = (FIXTURES / "pages" / "agency_wire.txt").read_text("utf-8")
    text = text.replace("Published in Pacific Daily, August 13th, 2025", "")

    def dated(day: str, published: str):
        record = RawRecord(doc="wire.txt", text=text.replace("Aug 12", day), published=published)
        return split(record, source_sha256="0" * 64)[0].dateline_date

    assert dated("Dec 31", "2025-01-02") == "2024-12-31"
    assert dated("Feb 29", "2024-02-28") is None  # no 29 February in 2023
