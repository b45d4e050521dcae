"""Tests for tidings.dates: time expressions resolved against the publication date."""
import datetime
import re

import dateparser
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tidings import dates
from tidings.dates import FUTURE, PLANNED, find_dates, moved, parse_published, shifted, span

THU = datetime.date(2025, 6, 12)  # a Thursday


def values(text, published=THU):
    return [(e.text, e.value, e.basis, e.future) for e in find_dates(text, published)]


def only(text, published=THU):
    found = find_dates(text, published)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    "text, phrase, value",
    [
        ("On Mar. 22, 2024, the leaders met.", "Mar. 22, 2024", "2024-03-22"),
        ("The leaders met on March 22, 2024 in Rome.", "March 22, 2024", "2024-03-22"),
        ("The treaty was signed 22 March 2024.", "22 March 2024", "2024-03-22"),
        ("The statement is dated 2024-03-22.", "2024-03-22", "2024-03-22"),
        ("Beijing hosted the talks on Nov. 16, 2023.", "Nov. 16, 2023", "2023-11-16"),
        ("They met on Tuesday, March 4, 2025.", "Tuesday, March 4, 2025", "2025-03-04"),
        ("The summit is set for 10–12 November 2025.", "10–12 November 2025", "2025-11-10"),
        ("Strikes hit on the night of 6 and 7 May 2025.", "6 and 7 May 2025", "2025-05-06"),
        ("The talks were held in July 2024.", "July 2024", "2024-07"),
    ],
)
def test_dates_explicit_calendar_dates(text, phrase, value):
    found = only(text)
    assert (found.text, found.value, found.basis) == (phrase, value, "explicit")
    assert text[found.start : found.end] == phrase


def test_dates_explicit_offsets_point_into_text():
    text = "Officials said on May 10 that talks would resume."
    found = only(text)
    assert text[found.start : found.end] == "May 10"


def test_dates_day_without_year_is_most_recent_on_or_before_publication():
    assert only("They met on May 10.").value == "2025-05-10"
    assert only("They met on Nov 27.").value == "2024-11-27"
    assert only("They met on June 12.").value == "2025-06-12"


def test_dates_day_without_year_far_back_turns_to_the_coming_one():
    found = only("The ban takes effect June 14.")
    assert (found.value, found.future) == ("2025-06-14", True)


def test_dates_ahead_a_day_or_month_without_year_is_the_next_one():
    """In a clause about what will happen, "on Nov 27" is the coming one, not last year's."""
    found = find_dates("The tariff will apply from Nov 27.", THU, ahead=PLANNED)
    assert [(e.value, e.future) for e in found] == [("2025-11-27", True)]
    found = find_dates("Talks will be held in August.", THU, ahead=PLANNED)
    assert [(e.value, e.future) for e in found] == [("2025-08", True)]
    found = find_dates("They will meet on Friday.", THU, ahead=FUTURE)
    assert [(e.value, e.future) for e in found] == [("2025-06-13", True)]
    found = find_dates("They will meet on Thursday.", THU, ahead=FUTURE)  # later today: still to come
    assert [(e.value, e.future) for e in found] == [(THU.isoformat(), True)]
    assert only("They met on Nov 27.").value == "2024-11-27"  # without it, the last one


def test_dates_year_with_preposition():
    assert values("Ties were cut in 2001.") == [("2001", "2001", "explicit", False)]
    assert values("Ties have been frozen since 2001.") == [("2001", "2001", "explicit", False)]


def test_dates_year_after_publication_is_future():
    assert values("Elections are due in 2026.") == [("2026", "2026", "explicit", True)]


def test_dates_month_without_year_is_most_recent_on_or_before_publication():
    assert only("The envoy visited in October.").value == "2024-10"
    assert only("The envoy visited in March.").value == "2025-03"
    assert only("The envoy visited in June.").value == "2025-06"


def test_dates_weekday_on_or_before_publication():
    assert values("The minister said on Tuesday that talks failed.") == [("Tuesday", "2025-06-10", "relative", False)]
    assert only("The minister spoke on Thursday.").value == "2025-06-12"
    assert only("The minister spoke on Friday.").value == "2025-06-06"


def test_dates_weekday_without_preposition_and_possessive():
    assert only("Pakistan Sunday condemned the attack.").value == "2025-06-08"
    assert only("Thursday's clashes killed four.").value == "2025-06-12"


def test_dates_a_weekday_of_last_this_or_next_week():
    # publication is Thursday 2025-06-12
    assert values("They met on Tuesday last week.") == [("Tuesday last week", "2025-06-03", "relative", False)]
    assert only("They met on Friday of last week.").value == "2025-06-06"
    assert only("They met on Monday this week.").value == "2025-06-09"
    found = only("They will meet on Monday next week.")
    assert (found.value, found.future) == ("2025-06-16", True)


def test_dates_last_and_next_weekday():
    assert only("They met last Thursday.").value == "2025-06-05"
    assert only("They met last Tuesday.").value == "2025-06-10"
    found = only("They will meet next Monday.")
    assert (found.value, found.future) == ("2025-06-16", True)


@pytest.mark.parametrize("phrase", ["this afternoon", "today", "tonight", "earlier today"])
def test_dates_publication_day_words(phrase):
    found = only(f"The minister arrived {phrase}.")
    assert (found.text, found.value, found.basis) == (phrase, "2025-06-12", "relative")


@pytest.mark.parametrize("phrase", ["yesterday", "a day earlier", "the previous day", "last night"])
def test_dates_day_before_publication(phrase):
    assert values(f"Gunmen attacked the convoy {phrase}.") == [(phrase, "2025-06-11", "relative", False)]


def test_dates_newspaper_name_today_is_not_a_date():
    assert values("Pakistan Today reported the visit.") == []


@pytest.mark.parametrize(
    "text, value, future",
    [
        ("Relations soured last year.", "2024", False),
        ("They met last year in Oct to sign it.", "2024-10", False),
        ("The talks took place in July this year.", "2025-07", True),
        ("The talks are planned for this July.", "2025-07", True),
        ("The envoy was expelled last month.", "2025-05", False),
        ("The envoy was expelled earlier this month.", "2025-06", False),
        ("Flights were suspended this week.", "2025-06", False),
        ("Flights were suspended last week.", "2025-06", False),
        ("A deal is expected later this year.", "2025", True),
        ("Elections will be held next year.", "2026", True),
        ("Talks resume next month.", "2025-07", True),
        ("The two sides met earlier this year.", "2025", False),
    ],
)
def test_dates_relative_periods(text, value, future):
    found = only(text)
    assert (found.value, found.basis, found.future) == (value, "relative", future)


@pytest.mark.parametrize(
    "text, value",
    [
        ("The ceasefire collapsed weeks after it began.", "2025-05"),
        ("The ceasefire collapsed weeks ago.", "2025-05"),
        ("The ceasefire collapsed a few weeks ago.", "2025-05"),
        ("The ceasefire collapsed three days ago.", "2025-06-09"),
        ("The ceasefire collapsed 2 days ago.", "2025-06-10"),
        ("The ceasefire collapsed days ago.", "2025-06"),
        ("The ceasefire collapsed two years ago.", "2023"),
    ],
)
def test_dates_ago(text, value):
    assert only(text).value == value


def test_dates_vague_without_a_number_is_not_a_date():
    assert values("The ceasefire collapsed recently.") == []
    assert values("The talks stalled months ago.") == []
    assert values("The talks stalled two weeks after the vote.") == []


@pytest.mark.parametrize(
    "text",
    [
        "He has served for nine years.",
        "The two-day visit ended.",
        "A decades-long dispute continues.",
        "A 24-hour curfew was imposed.",
        "Leaders attended the 23rd summit.",
        "The senator, aged 72, resigned.",
        "The bank lent $2024 million to the state.",
        "Over the last year, exports fell.",
        "Growth was strong in the late 1990s.",
        "Police reported the figure rose in 2000 cases.",
        "Protesters may march to the capital.",
    ],
)
def test_dates_non_dates(text):
    assert values(text) == []


def test_dates_without_publication_keep_only_absolute():
    text = "The pact signed on March 22, 2024 was confirmed on Tuesday, last year and in 2001."
    assert [(e.text, e.value) for e in find_dates(text, None)] == [("March 22, 2024", "2024-03-22"), ("2001", "2001")]


def test_dates_several_in_text_order():
    text = "After talks on Monday, the envoy left on Wednesday for Doha."
    assert [e.value for e in find_dates(text, THU)] == ["2025-06-09", "2025-06-11"]


@pytest.mark.parametrize(
    "stamp, year, expected",
    [
        ("Updated 22 April 2025", None, datetime.date(2025, 4, 22)),
        ("date 2025-02-25", None, datetime.date(2025, 2, 25)),
        ("Apr 23", 2025, datetime.date(2025, 4, 23)),
        ("2025-01-23T10:00:00+05:00", None, datetime.date(2025, 1, 23)),
        ("2025-01-23T23:30:00-05:00", None, datetime.date(2025, 1, 23)),
        ("2024-02-29", None, datetime.date(2024, 2, 29)),
        ("2025-02-29", None, None),  # no such day
        ("2025-13-01", None, datetime.date(2025, 1, 13)),  # as dateparser reads it
        ("Thu, 23 Jan 2025 10:00:00 GMT", None, datetime.date(2025, 1, 23)),
        ("Published in The Daily, February 16th, 2025", None, datetime.date(2025, 2, 16)),
        ("Updated 5 sec ago", None, None),
        ("2 hours ago", None, None),
        ("Apr 23", None, None),
        ("", None, None),
    ],
)
def test_dates_parse_published(stamp, year, expected):
    assert parse_published(stamp, year) == expected


def test_dates_parse_published_reads_every_iso_day_as_dateparser_does():
    day, settings = datetime.date(2024, 1, 1), {"REQUIRE_PARTS": ["day", "month", "year"]}
    while day.year == 2024:
        assert parse_published(day.isoformat()) == dateparser.parse(day.isoformat(), languages=["en"],
                                                                    settings=settings).date() == day
        day += datetime.timedelta(days=1)


def test_dates_month_modifiers():
    assert values("Fighting resumed in mid-July.") == [("mid-July", "2024-07", "explicit", False)]
    assert values("Fighting resumed last March.") == [("last March", "2025-03", "relative", False)]
    assert values("Talks resume next March.") == [("next March", "2026-03", "relative", True)]


def test_dates_spans_shifted_and_moved():
    assert span(None, "day") == (1, "day") and span("two", "week") == (14, "day")
    assert span("48", "hour") == (2, "day") and span(None, "hour", plural=True) == (0, "day")
    assert span(None, "day", plural=True) is None  # "several days", "days after": not told
    assert span("three", "month") == (3, "month") and span(None, "year") == (1, "year")
    assert shifted("2025-03-01", -1) == "2025-02-28" and shifted("2025-03", 2) is None
    assert moved("2025-05-10", -3, "month") == "2025-02" and moved("2025-01", -2, "month") == "2024-11"
    assert moved("2025-05-10", -1, "year") == "2024" and moved("2025", -1, "month") == "2025"  # no finer than a year
    assert moved("2025-05", 2, "day") == "2025-05" and moved("9999-12", 1, "month") is None


WORDS = ["the", "same", "last", "next", "this", "early", "mid", "of", "in", "on", "by", "since", "ago", "weeks", "after",
         "night", "afternoon", "evening", "years", "3000", "1000000000",
         "day", "week", "month", "year", "Friday", "Tues", "March", "Sept.", "may", "May", "tonight", "morning", "earlier",
         "previous", "3", "21st", "2025", "1999", "-", "–", ",", "two", "few", "yesterday", "tomorrow", "today",
         "ſame", "Frıday", "\u212aelvin", "Ünited", "Nations", "said"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=12), st.sampled_from([" ", "  ", "\n"]))
def test_dates_cue_never_hides_a_time_expression(words, gap):
    text, rules = gap.join(words), find_dates.__wrapped__  # not cached
    everything = re.compile("")
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(dates, "_CUE", everything)  # every text read by every rule
        expected = rules(text, THU), rules(text, THU, ahead=PLANNED)
    assert (rules(text, THU), rules(text, THU, ahead=PLANNED)) == expected


@pytest.mark.parametrize("text", ["built 3000 years ago", "1000000000 days ago", "in 9999 years' time, next year"])
def test_dates_times_out_of_the_calendar_are_left_out(text):
    assert all(1 <= int(t.value[:4]) <= 9999 for t in find_dates(text, THU))  # no error either


def test_dates_cue_keeps_every_time_expression_of_the_seeds(seeds_dir):
    rules = find_dates.__wrapped__
    for path in sorted(seeds_dir.iterdir()):
        for line in path.read_text(errors="replace").splitlines():
            if dates._CUE.search(line) is None:
                with pytest.MonkeyPatch.context() as patch:
                    patch.setattr(dates, "_CUE", re.compile(""))
                    assert rules(line, THU) == ()


@pytest.mark.parametrize("text, ahead, value", [
    ("They met on the 5th, officials said.", 0, "2025-06-05"),
    ("They met on the 25th.", 0, "2025-05-25"),  # after the publication's day: the month before
    ("They met on the 25th of last month.", 0, "2025-05-25"),
    ("They signed an accord on the 5th of last month in Tehran.", 0, "2025-05-05"),
    ("He was arrested on the 31st.", 0, "2025-05-31"),
    ("They will meet on the 5th.", PLANNED, "2025-07-05"),
    ("They will meet on the 25th.", PLANNED, "2025-06-25"),
])
def test_dates_a_day_of_the_month_alone_is_of_the_month_it_is_nearest(text, ahead, value):
    assert [e.value for e in find_dates(text, THU, ahead=ahead)] == [value]


@pytest.mark.parametrize("text", ["The talks went on to the 25th round.", "They marked on the 25th anniversary."])
def test_dates_an_ordinal_before_a_noun_is_no_day(text):
    assert find_dates(text, THU) == ()


def test_dates_a_day_of_the_month_the_last_month_lacks_is_of_the_month_before():
    assert [e.value for e in find_dates("He was arrested on the 31st.", datetime.date(2025, 3, 12))] == ["2025-01-31"]


@pytest.mark.parametrize("text, value", [
    ("They met in the first week of June.", "2025-06"),
    ("The talks took place during the last week of August.", "2025-08"),
    ("Protesters rallied last weekend.", "2025-09"),
])
def test_dates_a_week_of_a_month_and_a_weekend_give_the_month(text, value):
    assert [e.value for e in dates.find_dates(text, datetime.date(2025, 9, 13))] == [value]


@pytest.mark.parametrize("text, earlier, expected", [
    ("They met on May 2; two days later the talks broke down.", None, ["2025-05-02", "2025-05-04"]),
    ("The next day, the ministers met again.", "2025-05-07", ["2025-05-08"]),
    ("Hours later, the ceasefire was announced.", "2025-05-10", ["2025-05-10"]),
    ("A day later they signed.", None, []),  # counted from no day told
])
def test_dates_days_later_count_from_the_day_told_before(text, earlier, expected):
    assert [e.value for e in find_dates(text, THU, earlier)] == expected


@pytest.mark.parametrize("text, published, expected", [
    ("Police fired on protesters on Christmas Day.", datetime.date(2025, 1, 7), ["2024-12-25"]),
    ("The leaders met on New Year’s Day.", datetime.date(2025, 1, 7), ["2025-01-01"]),
    ("Police detained dozens over the weekend.", datetime.date(2025, 6, 2), ["2025-05"]),
    ("The envoy was recalled last summer.", datetime.date(2025, 5, 14), ["2024"]),
    ("The envoy was recalled last summer.", datetime.date(2025, 10, 14), ["2025"]),
    ("Christmas cards were sent.", datetime.date(2025, 1, 7), []),
])
def test_dates_holidays_weekends_and_seasons(text, published, expected):
    assert [e.value for e in find_dates(text, published)] == expected


@pytest.mark.parametrize("text", ["They will meet in early June.", "They will meet in mid-June.", "They will meet in late June."])
def test_dates_an_early_or_late_month_to_come_is_the_next_one(text):
    (found,) = find_dates(text, datetime.date(2025, 5, 14), ahead=dates.WILL)
    assert (found.value, found.future) == ("2025-06", True)


def test_dates_the_weekend_to_come_and_a_season_not_begun_are_ahead():
    (weekend,) = find_dates("They will meet at the weekend.", datetime.date(2025, 6, 2), ahead=dates.WILL)
    (autumn,) = find_dates("They will meet this autumn.", datetime.date(2025, 5, 14))
    assert (weekend.value, weekend.future, autumn.value, autumn.future) == ("2025-06", True, "2025", True)
