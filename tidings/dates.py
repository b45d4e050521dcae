"""Time expressions in a sentence, resolved against the article's publication date.

Candidate phrases are found with the regular expressions below (built from the word lists in
``data/dates_words.json``), not with ``dateparser.search``: a free-text search fires on
quantities, ordinals and modal "may", gives no reliable offsets, and resolves relative phrases
with its own conventions (a bare weekday may land in the future, "last year" becomes a full
day). Every pattern is anchored on a capitalised month or weekday name, an ISO date, or a fixed
cue ("in 2001", "last month", "three days ago"), so durations ("for nine years", "two-day",
"24-hour"), ordinals ("23rd summit"), ages and amounts never match. ``dateparser`` parses the
date phrase of a publication stamp in :func:`parse_published`.

Resolution (the gold annotation conventions):

- a weekday is the most recent such day on or before publication; "last Tuesday" is strictly
  before it, "next Tuesday" after it (future);
- a day and month without a year ("on May 10") is the most recent such day on or before
  publication, unless that is more than 300 days back: then it is the coming one (future);
- a month without a year ("in October") is the most recent such month on or before the
  publication month, or in a clause about what is to come the next such month from it; "last
  October" strictly before, "next October" after, "this October" in the publication year;
- "this week", "earlier this month" give the month; "last week" (or weekend) the month a week back;
  "by (at) the end of the month" (week, year) the month (year), a deadline, and "this weekend" in what
  is planned the time it is due;
  "in the first week of June" the month;
  "weeks ago" and "weeks after" the month three weeks back; "N days ago" the day, "days ago"
  without a number the month three days back; "months ago" and "years ago" need a number;
- "today", "tonight", "this afternoon" give the publication date; "yesterday", "last night",
  "a day earlier", "the previous day" (evening, night) the day before;
- "the same month", "that year", "later in the day" take the time the text named before them, at
  that precision ("the same month" after "on Jan 27, 2024" is 2024-01); "the next day", "two days
  later", "hours later" count from the last day it named;
- "over the weekend" gives the month of the last weekend up to publication (in a clause of what is
  to come, of the next one); "last summer" the year
  of the last such season before the present one; "on Christmas Day" and the other holidays of
  ``data/dates_words.json`` are resolved as a day and month are.

Ranges ("10-12 November 2025", "6 and 7 May") resolve to their first day. Without a
publication date only expressions that carry their own year are kept.
"""
from __future__ import annotations

import datetime
import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import dateparser

_WORDS = json.loads(resources.files("tidings.data").joinpath("dates_words.json").read_text("utf-8"))
_MONTHS: dict[str, int] = _WORDS["months"]
_WEEKDAYS: dict[str, int] = _WORDS["weekdays"]
_NUMBERS: dict[str, int] = _WORDS["numbers"]
_NOT_NOUNS = frozenset(_WORDS["plural_not_nouns"])
_HOLIDAYS: dict[str, list[int]] = _WORDS["holidays"]
_SEASONS: dict[str, int] = _WORDS["seasons"]
_FAR_BACK_DAYS = 300


def _alt(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)).replace(r"\ ", r"\s+")


# Month and weekday names must be capitalised in the text (checked after matching, since the
# patterns are case-insensitive for the cue words); an abbreviation may carry a dot before a day.
_MONTH = (
    rf"(?P<month>(?:{_alt(m for m in _MONTHS if len(m) > 4 or m == 'may')})\b"
    rf"|(?:{_alt(m for m in _MONTHS if len(m) <= 4 and m != 'may')})(?:\.(?=\s*\d)|\b))"
)
_WEEKDAY = rf"(?:{_alt(_WEEKDAYS)})"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_DAY_RANGE = r"(?:\s*(?:-|–|—|to|and|&)\s*[0-3]?\d(?:st|nd|rd|th)?)?"
_YEAR = r"(?P<year>1[89]\d\d|20\d\d)(?!\d|[-–/]\d|s\b)"
_LEAD_WEEKDAY = rf"(?:{_WEEKDAY},?\s+)?"
_SCHEDULED_FOR = r"(?:re)?scheduled\s+for|planned\s+for|slated\s+for|set\s+for|due\s+for|postponed\s+(?:to|until)|moved\s+to"
_PREP = rf"(?:{_alt(_WORDS['period_prepositions'])}|(?:the\s+)?(?:{_alt(_WORDS['period_edges'])})\s+of|{_SCHEDULED_FOR})"
_COUNT = rf"(?P<n>\d+|{_alt(_NUMBERS)})"
_HOLIDAY = _alt(_HOLIDAYS).replace("'", "['’]")
_VAGUE = rf"(?:{_alt(_WORDS['vague_numbers'])})"

# (rule name, pattern). The reported span is the group ``expr`` when present, else the match.
_RULES: list[tuple[str, str]] = [
    ("iso", r"\b(?P<year>\d{4})-(?P<mon>\d\d)-(?P<day>\d\d)(?!\d)"),
    ("month_day_year", rf"\b{_LEAD_WEEKDAY}{_MONTH}\s*{_DAY}{_DAY_RANGE}(?:,\s*|\s+){_YEAR}"),
    ("day_month_year", rf"\b{_LEAD_WEEKDAY}(?:the\s+)?{_DAY}{_DAY_RANGE}\s+(?:of\s+)?{_MONTH},?\s*{_YEAR}"),
    ("month_day", rf"\b{_LEAD_WEEKDAY}{_MONTH}\s*{_DAY}{_DAY_RANGE}\b(?![%\d]|:\d|,?\s*\d)"),
    ("day_month", rf"\b{_LEAD_WEEKDAY}(?:the\s+)?{_DAY}{_DAY_RANGE}\s+(?:of\s+)?{_MONTH}(?!\s*,?\s*\d)"),
    ("month_year", rf"\b{_MONTH},?\s+(?:of\s+)?{_YEAR}"),
    ("ordinal_day", r"\bon\s+(?P<expr>the\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)"
                    r"(?:\s+of\s+(?P<rel>this|last|next)\s+month\b|(?=\s*[,.;:)]|\s*$"
                    r"|\s+(?:in|at|to|for|with|but|when|as|after|before)\b"
                    r"|\s+and\s+(?:the\s+)?[0-3]?\d(?:st|nd|rd|th)\b)))"),  # (not "the 3rd and final day")
    ("month_rel_year", rf"\b{_MONTH},?\s+(?:of\s+)?(?P<rel>this|last|next)\s+year\b"),
    ("rel_year_month", rf"\b(?P<rel>this|last|next)\s+year,?\s+in\s+{_MONTH}"),
    ("month", rf"\b(?:(?P<prep>{_PREP})\s+)?(?P<expr>(?:(?P<mod>last|this|next|early|late|mid)[\s-]+)?{_MONTH})(?!\s*\d)"),
    ("year", rf"\b(?:{_PREP}|early|late|mid)[\s-]+(?:the\s+year\s+)?(?P<expr>{_YEAR})(?!\s*(?:%|percent\b|per\b))"),
    ("weekday_of_week", rf"\b(?P<weekday>{_WEEKDAY})\s+(?:of\s+)?(?P<rel>last|next|this)\s+week\b"),
    ("weekday", rf"\b(?:(?P<prep>{_SCHEDULED_FOR})\s+)?"
                rf"(?P<expr>(?:(?P<rel>last|next|this|coming)\s+)?(?P<weekday>{_WEEKDAY}))\b"),
    ("today", r"\b(?:(?:earlier|later)\s+)?(?:today|tonight|this\s+(?:morning|afternoon|evening))\b"),
    ("tomorrow", r"\btomorrow\b"),
    ("yesterday", r"\b(?:the\s+day\s+before\s+yesterday|yesterday|last\s+night|a\s+day\s+earlier|the\s+previous\s+(?:day|evening|night))\b"),
    ("ago", rf"\b(?:{_VAGUE}\s+|{_COUNT}\s+)?(?P<unit>day|week|month|year)s?\s+ago\b"),
    ("days_before", rf"\b(?:{_COUNT}\s+days\s+(?:earlier|before)|the\s+(?:day|night|evening)\s+before)\b"
                    r"(?![ \t]+(?!(?:and|but|or|when|while|as|that|in|on|at|over|near|along|across|amid|to|for|with)\b)\w)"),
    # (told alone, "struck the night before and ...", not "the night before the vote", "before US strikes")
    ("weeks_after", rf"\b(?:{_VAGUE}\s+)?weeks\s+after\b"),
    ("period_end", r"\b(?:by|at|before|until|till)\s+the\s+end\s+of\s+(?:the|this)\s+(?P<unit>week|month|year)\b"),
    ("period", r"\b(?:(?P<mod>earlier|later)\s+)?(?P<rel>this|last|next|the\s+previous|the\s+current)\s+(?P<unit>weekend|week|month|year)\b"),
    ("same", r"\b(?:(?:the\s+same|that)\s+(?P<unit>day|week|month|year)|(?:later|earlier)\s+in\s+the\s+day)\b"),
    ("holiday", rf"\b(?P<holiday>{_HOLIDAY})\b"),
    ("weekend", r"\b(?:over|at|during|on)\s+(?P<expr>the\s+weekend)\b"),
    ("season", rf"\b(?P<rel>last|this|next)\s+(?P<season>{_alt(_SEASONS)})\b"),
    ("later", rf"\b(?:the\s+(?:next|following)\s+(?:day|morning|evening|night)|(?:{_COUNT}|an?)\s+(?P<unit>day|hour)s?"
              r"\s+later|hours\s+later)\b"),
]
_COMPILED = [(name, re.compile(pattern, re.IGNORECASE)) for name, pattern in _RULES]
# A digit or word that every match of every rule holds (matched as a prefix, so a few more texts
# pass): the rules need not read a text without one, as most sentences of news are.
_CUE = re.compile(r"\d|" + _alt([*_MONTHS, *_WEEKDAYS, *_SEASONS, "day", "eve", "hour", "night", "morning",
                                 "afternoon", "evening", "tomorrow", "ago", "week", "month", "year"]), re.IGNORECASE)
_SAME = dict(_COMPILED)["same"]
_LATER = dict(_COMPILED)["later"]
_DAYS_BEFORE = dict(_COMPILED)["days_before"]
_DAY_BEFORE = re.compile(r"a\s+day\s+earlier|the\s+previous\s+(?:day|evening|night)", re.IGNORECASE)
_COUNT_BEFORE = re.compile(rf"\b(?:\d+|{_alt(_NUMBERS)})\s+$", re.IGNORECASE)
_ASCII = str.maketrans({"İ": "I", "ı": "i", "ſ": "s", "\u212a": "K"})
_EXPLICIT = {"iso", "month_day_year", "day_month_year", "month_day", "day_month", "month_year", "month", "year"}


@dataclass(frozen=True)
class TimeExpression:
    """A time expression found in a text, with the calendar time it points to."""

    start: int  # character offsets into the text passed in
    end: int
    text: str
    value: str  # 'YYYY-MM-DD', 'YYYY-MM' or 'YYYY'
    basis: str  # 'explicit' (a calendar date in the text) or 'relative' (resolved against publication)
    future: bool  # True when it points after the publication date


PLANNED, FUTURE, WILL = 1, 2, 3  # how far ``find_dates`` reads a time ahead


@lru_cache(maxsize=4096)
def find_dates(text: str, published: datetime.date | None, earlier: str | None = None,
               ahead: int = 0) -> tuple[TimeExpression, ...]:
    """Every time expression of ``text`` that pins a calendar time, in text order (cached: the
    coder asks again for each event of a sentence). ``earlier`` is the time the text before
    named last, which "the same month" or "that year" points back to. ``ahead`` is for a clause
    about what is to come: ``PLANNED`` (an act agreed or due) makes a day without a year the next
    one, not the last, and a month the nearer of the last and the next; ``FUTURE`` (a clause about
    what is to come: "would meet on Friday", "is set to meet") makes a bare weekday the coming one
    too; ``WILL`` (in the future tense: "will meet in March") makes a month the next one."""
    if not _CUE.search(text):
        return ()
    read = as_ascii(text)  # the same offsets; the words the rules match are the tables' words
    found: list[tuple[int, int, str, re.Match]] = []
    for name, regex in _COMPILED:
        for m in regex.finditer(read):
            start, end = m.span("expr") if "expr" in regex.groupindex else m.span()
            found.append((start, end, name, m))
    found.sort(key=lambda f: (f[0], f[0] - f[1]))
    out: list[TimeExpression] = []
    last_end = -1
    for start, end, name, m in found:
        if start < last_end:
            continue
        if name == "later":  # "two days later", "the next day": counted from the day told last
            base = next((e.value for e in reversed(out) if len(e.value) == 10), earlier)
            resolved = _later(m, base, published)
        else:
            try:
                resolved = _resolve(name, m, read, published, earlier, ahead)
            except (ValueError, OverflowError):  # before year 1 or after 9999 ("3000 years ago")
                resolved = None
        if resolved is None:
            continue
        value, first_day, future_word = resolved
        future = future_word or (published is not None and first_day > published)
        relative = name not in _EXPLICIT or (m.groupdict().get("mod") or "").lower() in ("last", "this", "next")
        basis = "relative" if relative else "explicit"
        out.append(TimeExpression(start, end, text[start:end], value, basis, future))
        last_end = end
    return tuple(out)


def span(count: str | None, unit: str, plural: bool = False) -> tuple[int, str] | None:
    """How far apart "a day", "the day", "two days", "a week", "48 hours" ("hours" alone: the same day, 0),
    "three months" and "a year" are: (whole days, "day"), (months, "month") or (years, "year");
    ``count`` is a number word or digits. None when the count is not told ("several days", "days")
    or the unit is not one of these."""
    if count is None and plural and unit != "hour":
        return None
    n = 1 if count is None or (count.lower() == "the" and not plural) else int(count) if count.isdecimal() \
        else _NUMBERS.get(count.lower())  # ("the day after": one)
    if n is None or unit not in ("hour", "day", "week", "month", "year"):
        return None
    if unit in ("month", "year"):
        return n, unit
    return (n // 24 if unit == "hour" else n * (7 if unit == "week" else 1)), "day"


def moved(value: str, count: int, unit: str) -> str | None:
    """A time ('YYYY-MM-DD', 'YYYY-MM' or 'YYYY') moved by ``count`` days, months (a month's precision
    at most) or years (a year's); a time coarser than the unit stays as it is; None out of range."""
    if len(value) < 10 and unit == "day" or len(value) == 4 and unit == "month":
        return value  # "two days after" a month, "three months after" a year: no finer than it
    if unit == "day":
        return shifted(value, count)
    year = int(value[:4])
    if unit == "year":
        return f"{year + count:04d}" if 1 <= year + count <= 9999 else None
    year, month = _shift_month(year, int(value[5:7]), count)
    return f"{year:04d}-{month:02d}" if 1 <= year <= 9999 else None


def year_earlier(value: str) -> str | None:
    """A day ('YYYY-MM-DD') a year before; None for a month or a year, and for February 29."""
    if len(value) != 10:
        return None
    try:
        return datetime.date.fromisoformat(value).replace(year=int(value[:4]) - 1).isoformat()
    except ValueError:
        return None


def shifted(value: str, days: int) -> str | None:
    """A day ('YYYY-MM-DD') moved by ``days``; None for a month or a year, which cannot be, and
    for a day before year 1 or after 9999."""
    if len(value) != 10:
        return None
    try:
        return (datetime.date.fromisoformat(value) + datetime.timedelta(days=days)).isoformat()
    except OverflowError:
        return None


def days_back(expression: str) -> int | None:
    """How many days before a day told before a time expression points ("a day earlier", "the
    previous evening", "the day (night) before": 1; "three days earlier": 3); None for any other."""
    if (m := _DAYS_BEFORE.fullmatch(expression)) is not None:
        count = m["n"]
        return 1 if count is None else int(count) if count.isdecimal() else _NUMBERS[count.lower()]
    return 1 if _DAY_BEFORE.fullmatch(expression) else None


def refers_back(text: str) -> int | None:
    """Where ``text`` first has a time that points back to an earlier one ("the same month", "that
    year", "a day later", "two days earlier"), or None: only then does ``find_dates`` need ``earlier``."""
    return min((m.start() for rule in (_SAME, _LATER, _DAYS_BEFORE, _DAY_BEFORE) if (m := rule.search(text))),
               default=None)


def _later(m: re.Match, base: str | None, pub: datetime.date | None):
    """"The next day", "two days later", "hours later": days after ``base``, a day told before."""
    if base is None or len(base) != 10:
        return None
    hours = m.group(0).lower().startswith("hours")
    unit = "hour" if hours else (m["unit"] or "day").lower()
    days, _ = span(m["n"], unit, plural=hours)  # ("the next day": one)
    value = shifted(base, days)
    if value is None:
        return None
    day = datetime.date.fromisoformat(value)
    return value, day, pub is not None and day > pub


def as_ascii(text: str) -> str:
    """``text`` with the four letters that re.IGNORECASE reads as ASCII ones ("Frıday" matches
    "friday") made those, one for one, so that what a case-blind pattern matches is found in a
    table of words."""
    return text.translate(_ASCII)


def _resolve(name: str, m: re.Match, text: str, pub: datetime.date | None, earlier: str | None, ahead: int):
    """(value, first day of the period, marked future) for one match, or None to skip it."""
    g = m.groupdict()
    if name == "same":
        return _same((g["unit"] or "day").lower(), earlier)  # ("later in the day": that day)
    for key in ("month", "weekday"):
        if g.get(key) and not g[key][0].isupper():
            return None
    month = _MONTHS[g["month"].rstrip(".").lower()] if g.get("month") else None
    if name == "iso":
        return _day(int(g["year"]), int(g["mon"]), int(g["day"]))
    if name in ("month_day_year", "day_month_year"):
        return _day(int(g["year"]), month, int(g["day"]))
    if name == "month_year":
        return _month(int(g["year"]), month)
    if name == "year":
        return None if _quantity_follows(text, m.end()) else _year(int(g["year"]))
    if pub is None:
        return None
    if name in ("month_day", "day_month"):
        return (_next_day if ahead else _recent_day)(month, int(g["day"]), pub)
    if name == "ordinal_day":
        return _ordinal_day(int(g["day"]), (g["rel"] or "").lower(), pub, ahead)
    if name in ("month_rel_year", "rel_year_month"):
        return _month(pub.year + {"this": 0, "last": -1, "next": 1}[g["rel"].lower()], month)
    if name == "month":
        return _bare_month(month, g["mod"], g["prep"], pub, ahead)
    if name == "holiday":
        if not g["holiday"][0].isupper():
            return None
        month, day = _HOLIDAYS[re.sub(r"\s+", " ", g["holiday"].lower().replace("’", "'"))]
        return _recent_day(month, day, pub)
    if name == "weekend":  # the last Saturday and Sunday up to publication, or the next to come: their month
        if ahead:
            return _month_of(pub + datetime.timedelta(days=(5 - pub.weekday()) % 7), future=True)
        return _month_of(pub - datetime.timedelta(days=(pub.weekday() - 5) % 7))
    if name == "season":  # "last summer": the year of the last such season before this one
        first = _SEASONS[g["season"].lower()]
        rel = g["rel"].lower()
        year = pub.year + (1 if rel == "next" else 0) - (1 if rel == "last" and pub.month < first + 3 else 0)
        return _year(year, future=rel == "next" or (rel == "this" and pub.month < first))  # ("this autumn", in May)
    if name == "weekday_of_week":  # "on Tuesday last week": that week's Tuesday
        weeks = {"last": -1, "this": 0, "next": 1}[g["rel"].lower()]
        day = pub + datetime.timedelta(days=7 * weeks + _WEEKDAYS[g["weekday"].lower()] - pub.weekday())
        return _day_of(day, future=day > pub)
    if name == "weekday":  # ("is scheduled for Sunday", "postponed to Friday": the next such day)
        scheduled = g["prep"] and re.match(_SCHEDULED_FOR, g["prep"], re.IGNORECASE)
        rel = (g["rel"] or "").lower() or ("ahead" if ahead >= FUTURE or scheduled else "")
        return _weekday(_WEEKDAYS[g["weekday"].lower()], rel, pub)
    if name == "today":
        if m.group(0)[0].isupper() and m.start() > 0 and not re.search(r"[.!?\"“]\s*$", text[: m.start()]):
            return None  # a title such as a newspaper's name ("... Today"), not the day
        return _day(pub.year, pub.month, pub.day, future="later" in m.group(0).lower())
    if name == "tomorrow":
        return _day_of(pub + datetime.timedelta(days=1), future=True)
    if name == "yesterday":
        back = 2 if "before yesterday" in m.group(0).lower() else 1
        return _day_of(pub - datetime.timedelta(days=back))
    if name == "ago":
        return _ago(g["unit"].lower(), g.get("n"), pub)
    if name == "days_before":  # "two days earlier", "the day before": counted back from publication unless a day
        return _ago("day", g.get("n") or "1", pub)  # was told before it (``days_back``)
    if name == "weeks_after":
        if _COUNT_BEFORE.search(text[: m.start()]):
            return None  # "two weeks after X" counts from X, not from publication
        return _month_of(pub - datetime.timedelta(days=21))
    if name == "period_end":  # "by the end of the month": this one's, a deadline, never when a thing was done
        return _period(g["unit"].lower(), "this", "later", pub)
    if name == "period":
        if re.search(r"\b(?:the|over|past)\s+$", text[: m.start()], re.IGNORECASE):
            return None  # "over the last year" is a duration
        rel = re.sub(r"\s+", " ", g["rel"].lower())
        mod = "later" if ahead and rel in ("this", "the current") else (g["mod"] or "").lower()  # ("will meet this
        return _period(g["unit"].lower(), rel, mod, pub)  # weekend": to come)
    raise ValueError(name)


def _same(unit: str, earlier: str | None):
    """"The same month" as the time named before: at that unit's precision, when it has it."""
    precision = {"day": 10, "week": 7, "month": 7, "year": 4}[unit]
    if earlier is None or len(earlier) < precision:
        return None
    value = earlier[:precision]
    first = datetime.date.fromisoformat((value + "-01-01")[:10])
    return value, first, False


def _day(year: int, month: int, day: int, future: bool = False):
    try:
        return _day_of(datetime.date(year, month, day), future)
    except ValueError:
        return None


def _day_of(d: datetime.date, future: bool = False):
    return d.isoformat(), d, future


def _month(year: int, month: int, future: bool = False):
    return f"{year:04d}-{month:02d}", datetime.date(year, month, 1), future


def _month_of(d: datetime.date, future: bool = False):
    return _month(d.year, d.month, future)


def _year(year: int, future: bool = False):
    return f"{year:04d}", datetime.date(year, 1, 1), future


def _shift_month(year: int, month: int, by: int) -> tuple[int, int]:
    index = year * 12 + month - 1 + by
    return index // 12, index % 12 + 1


def _quantity_follows(text: str, end: int) -> bool:
    """True for "in 2000 cases": a plural word right after the number makes it a count."""
    nxt = re.match(r"\s+([a-z]+s)\b", text[end:])
    return bool(nxt) and nxt.group(1) not in _NOT_NOUNS


def _recent_day(month: int, day: int, pub: datetime.date):
    for year in (pub.year, pub.year - 1):
        try:
            candidate = datetime.date(year, month, day)
        except ValueError:
            continue
        if candidate <= pub:
            if (pub - candidate).days > _FAR_BACK_DAYS:
                return _day(year + 1, month, day)
            return _day_of(candidate)
    return None


def _ordinal_day(day: int, rel: str, pub: datetime.date, ahead: int):
    """"On the 25th" (of this, last or next month): without a month named, the last such day
    up to publication, or for what is to come the next one."""
    first = pub.replace(day=1)
    back = rel == "last" or (not rel and not ahead and day > pub.day)
    if back or rel == "next" or (not rel and ahead and day < pub.day):
        for _ in range(2):  # (to a month that has the day when none is named: "the 31st")
            first = (first - datetime.timedelta(days=1)).replace(day=1) if back else \
                (first + datetime.timedelta(days=32)).replace(day=1)
            if rel or _day(first.year, first.month, day) is not None:
                break
    return _day(first.year, first.month, day)


def _next_day(month: int, day: int, pub: datetime.date):
    """The first such day from publication on."""
    for year in (pub.year, pub.year + 1):
        try:
            candidate = datetime.date(year, month, day)
        except ValueError:
            continue
        if candidate >= pub:
            return _day_of(candidate, future=candidate > pub)
    return None


def _bare_month(month: int, mod: str | None, prep: str | None, pub: datetime.date, ahead: int = 0):
    mod = (mod or "").lower()
    if not mod and not prep:
        return None  # a lone month name ("March" the verb, "May" the name) is not enough
    if mod == "this":
        return _month(pub.year, month)
    if prep and re.match(_SCHEDULED_FOR, prep, re.IGNORECASE):
        ahead = WILL  # "is scheduled for June", "postponed to March": the next such month
    if mod == "next" or (ahead and mod in ("", "early", "mid", "late") and month != pub.month and (
            month > pub.month or ahead >= WILL or (pub.month - month) % 12 > (month - pub.month) % 12)):
        return _month(pub.year if month > pub.month else pub.year + 1, month, future=True)  # (to come: "will meet
        # in March", "in early June"; "was due to meet in March" the nearer March, in May the one before)
    if mod == "last":
        return _month(pub.year if month < pub.month else pub.year - 1, month)
    return _month(pub.year if month <= pub.month else pub.year - 1, month)


def _weekday(weekday: int, rel: str, pub: datetime.date):
    back = (pub.weekday() - weekday) % 7
    if rel == "last" and back == 0:
        back = 7
    if rel in ("next", "coming", "ahead"):  # a bare weekday ahead ("will meet on Friday") may be today
        days = (weekday - pub.weekday()) % 7 or (0 if rel == "ahead" else 7)
        return _day_of(pub + datetime.timedelta(days=days), future=days > 0 or rel == "ahead")  # (later today)
    return _day_of(pub - datetime.timedelta(days=back))


def _ago(unit: str, count: str | None, pub: datetime.date):
    n = None if count is None else (int(count) if count.isdigit() else _NUMBERS[count.lower()])
    if unit == "day":
        if n is None:
            return _month_of(pub - datetime.timedelta(days=3))
        return _day_of(pub - datetime.timedelta(days=n))
    if unit == "week":
        return _month_of(pub - datetime.timedelta(days=7 * n if n else 21))
    if n is None:
        return None
    if unit == "month":
        return _month(*_shift_month(pub.year, pub.month, -n))
    return _year(pub.year - n)


def _period(unit: str, rel: str, mod: str, pub: datetime.date):
    later = mod == "later"
    step = {"this": 0, "the current": 0, "last": -1, "the previous": -1, "next": 1}[rel]
    if unit in ("week", "weekend"):  # ("last weekend": the month a week back, as "last week")
        return _month_of(pub + datetime.timedelta(days=7 * step), future=later or step > 0)
    if unit == "month":
        return _month(*_shift_month(pub.year, pub.month, step), future=later or step > 0)
    return _year(pub.year + step, future=later or step > 0)


_RELATIVE_STAMP = re.compile(r"\b(?:ago|just\s+now|yesterday|today)\b", re.IGNORECASE)
_STAMP_RULES = [regex for name, regex in _COMPILED if name in ("iso", "month_day_year", "day_month_year")]
_STAMP_NO_YEAR = [regex for name, regex in _COMPILED if name in ("month_day", "day_month")]


def parse_published(text: str, context_year: int | None = None) -> datetime.date | None:
    """The date of a publication stamp ("Updated 22 April 2025", "2025-01-23T10:00:00+05:00").

    The date is the one the page states, in the page's own time zone. A stamp without a year
    ("Apr 23") takes ``context_year``; relative stamps ("5 sec ago") give None.
    """
    if not text or _RELATIVE_STAMP.search(text):
        return None
    for regex in _STAMP_RULES:
        m = regex.search(text)
        if m and (m.groupdict().get("month") or "X")[0].isupper():
            return _iso_date(m) or _parse_phrase(m.group(0))
    if context_year is not None:
        for regex in _STAMP_NO_YEAR:
            m = regex.search(text)
            if m and m.group("month")[0].isupper():
                return _parse_phrase(f"{m.group(0)} {context_year}")
    return None


def _iso_date(m: re.Match) -> datetime.date | None:
    """The date of a valid ISO match, read directly: what dateparser gives for it, a thousand
    times sooner (it is the stamp of most JSON exports). Not one that dateparser reads another
    way ("2025-13-01")."""
    day = _day(int(m["year"]), int(m["mon"]), int(m["day"])) if m.groupdict().get("mon") else None
    return day[1] if day else None


@lru_cache(maxsize=1024)
def _parse_phrase(phrase: str) -> datetime.date | None:
    parsed = dateparser.parse(
        phrase, languages=["en"], settings={"REQUIRE_PARTS": ["day", "month", "year"], "RETURN_AS_TIMEZONE_AWARE": False}
    )
    return parsed.date() if parsed else None


def is_month(word: str) -> bool:
    """Whether a word names a month ("May", "Sept.")."""
    return word.lower().rstrip(".") in _MONTHS


def is_weekday(word: str) -> bool:
    """Whether a word names a day of the week ("Tuesday")."""
    return word.lower() in _WEEKDAYS
