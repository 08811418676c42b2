"""Dates and times as Japanese offices write them, read into ``datetime`` values.

Accepted (full-width digits and signs too, a weekday in brackets after a date ignored):

- dates: 2026-12-07, 2026/12/7, 2026.12.7, 2026年12月7日, 令和8年12月7日 (元年 for year 1),
  R8.12.7, R8/12/7 (eras are data: ``assets/calendar/eras.toml``), Excel serial numbers (46363,
  46363.75 with the time as a fraction of a day), and without a year 12/7 and 12月7日;
- times: 18:05, 18:05:30, 18時5分, 18時, 6時半, 午後6時, 午前9時30分, 6:30 PM, and in a
  column of its own a fraction of a day (0.75, an Excel time cell that lost its format);
- a date and a time in one cell, with a space between them or none after 日 (12月7日18時), and
  ISO 8601 as this program exports it (2026-12-07T18:05:00+09:00).

Refused, because a reader could take them two ways or they are no date: two-digit years
(26/12/7), day-first or month-first with the year last (7/12/2026), 午前12時 and 午後12時 (noon
to some, midnight to others), 24:00, an era year 0 or a day outside its era (令和1年4月1日 was
平成), serial numbers outside 2000–2099, and a time without a date where a date is needed.

A date without a year takes the year that puts it nearest the *anchor* — for an import, the
latest full date among its other cells (else today); for a date a person types, today — so it is
never more than half a year from it. An import's dates are check-ins and check-outs, which are
never in the future: one that would land after today takes the year before.
"""

from __future__ import annotations

import datetime as dt
import re
import tomllib
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from evac_toolkit.core.paths import asset_path

#: Shown to people whose value was refused, as the forms they may use.
DATE_EXAMPLES = ("2026/12/7", "12/7", "12月7日", "令和8年12月7日", "R8.12.7", "2026-12-07",
                 "46363")
TIME_EXAMPLES = ("18:05", "18時5分", "午後6時", "午前9時30分")
#: Excel counts days from 1899-12-30 (its 1900 leap-year bug included); only serials from
#: 2000-01-01 to 2099-12-31 are taken as dates, so that a stray small number is not one.
_EXCEL_EPOCH = dt.date(1899, 12, 30)
_SERIAL_RANGE = (36526, 73050)


@dataclass(frozen=True)
class Era:
    id: str
    kanji: str
    letter: str
    start: dt.date
    end: dt.date | None        # the last day; None for the current era


@cache
def eras() -> tuple[Era, ...]:
    """The eras of ``assets/calendar/eras.toml``, newest first."""
    raw = tomllib.loads(asset_path("calendar", "eras.toml").read_text(encoding="utf-8"))
    entries = sorted(raw["era"], key=lambda entry: entry["start"], reverse=True)
    found, following = [], None
    for entry in entries:
        end = following - dt.timedelta(days=1) if following else None
        found.append(Era(entry["id"], entry["kanji"], entry["letter"].upper(), entry["start"],
                         end))
        following = entry["start"]
    return tuple(found)


@cache
def _era_names() -> dict[str, Era]:
    return {name: era for era in eras() for name in (era.kanji, era.letter.casefold())}


@cache
def _date_pattern() -> re.Pattern:
    names = "|".join(sorted(map(re.escape, _era_names()), key=len, reverse=True))
    return re.compile(rf"""
        (?:(?P<year>\d{{4}})(?P<sep>[/\-.])(?P<month>\d{{1,2}})(?P=sep)(?P<day>\d{{1,2}})
         | (?P<kyear>\d{{4}})年(?P<kmonth>\d{{1,2}})月(?P<kday>\d{{1,2}})日
         | (?P<era>{names})\s*(?P<eyear>\d{{1,2}}|元)
           (?:年(?P<emonth>\d{{1,2}})月(?P<eday>\d{{1,2}})日
            | (?P<esep>[/\-.])(?P<emonth2>\d{{1,2}})(?P=esep)(?P<eday2>\d{{1,2}}))
         | (?P<smonth>\d{{1,2}})/(?P<sday>\d{{1,2}})
         | (?P<jmonth>\d{{1,2}})月(?P<jday>\d{{1,2}})日)
        (?:\s*\((?:[月火水木金土日](?:曜日?)?|mon|tue|wed|thu|fri|sat|sun)\w*\))?
        """, re.VERBOSE)


_TIME = re.compile(r"""
    (?P<pre>午前|午後|am|pm)?\s*
    (?:(?P<hour>\d{1,2}):(?P<minute>\d{2})(?::(?P<second>\d{2}))?
     | (?P<khour>\d{1,2})時(?:(?P<kminute>\d{1,2})分|(?P<half>半))?)
    \s*(?P<post>am|pm|a\.m\.|p\.m\.)?
    """, re.VERBOSE)
_SERIAL = re.compile(r"(\d{5})(?:\.(\d+))?")
_DAY_FRACTION = re.compile(r"0?\.\d+")


def _normalise(text: str) -> str:
    # Full-width digits and signs (１２／７, １８：０５) become ASCII; spaces of any width one.
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


@dataclass(frozen=True)
class Partial:
    """A month and day without a year (12/7, 12月7日), and the time if the cell had one."""
    month: int
    day: int
    time: dt.time | None


def parse_time(text: str) -> dt.time | None:
    """A time of day as written ("18:05", "18時5分", "午後6時"), or None if it is none. A
    fraction of a day (0.75) is Excel's time cell that lost its format."""
    text = _normalise(text)
    fraction = _DAY_FRACTION.fullmatch(text)
    if fraction:
        seconds = min(round(float(text) * 86400), 86399)
        return dt.time(seconds // 3600, seconds // 60 % 60, seconds % 60)
    return _time(text)


def _time(text: str) -> dt.time | None:
    found = _TIME.fullmatch(text)
    if not found:
        return None
    if found["hour"]:
        hour, minute, second = int(found["hour"]), int(found["minute"]), int(found["second"] or 0)
    else:
        hour, second = int(found["khour"]), 0
        minute = 30 if found["half"] else int(found["kminute"] or 0)
    half_day = found["pre"] or found["post"]
    if found["pre"] and found["post"]:
        return None
    if half_day:
        afternoon = half_day.startswith("p") or half_day == "午後"
        if hour == 12 and half_day in ("午前", "午後"):
            return None                 # noon to some, midnight to others
        if hour > 12:
            return None
        hour = hour % 12 + (12 if afternoon else 0)
    if hour > 23 or minute > 59 or second > 59:
        return None
    return dt.time(hour, minute, second)


def _serial(text: str) -> dt.datetime | None:
    found = _SERIAL.fullmatch(text)
    if not found or not _SERIAL_RANGE[0] <= int(found[1]) <= _SERIAL_RANGE[1]:
        return None
    day = _EXCEL_EPOCH + dt.timedelta(days=int(found[1]))
    seconds = round(float("0." + found[2]) * 86400) if found[2] else 0
    return dt.datetime.combine(day, dt.time()) + dt.timedelta(seconds=min(seconds, 86399))


def _date(found: re.Match) -> dt.date | Partial | None:
    try:
        if found["year"]:
            return dt.date(int(found["year"]), int(found["month"]), int(found["day"]))
        if found["kyear"]:
            return dt.date(int(found["kyear"]), int(found["kmonth"]), int(found["kday"]))
        if found["era"]:
            era = _era_names()[found["era"]]
            year = 1 if found["eyear"] == "元" else int(found["eyear"])
            month = int(found["emonth"] or found["emonth2"])
            day = dt.date(era.start.year + year - 1, month, int(found["eday"] or found["eday2"]))
            inside = year >= 1 and day >= era.start and (era.end is None or day <= era.end)
            return day if inside else None
        month = int(found["smonth"] or found["jmonth"])
        day_of_month = int(found["sday"] or found["jday"])
        # Checked against a leap year: 2/29 is a date in some years.
        dt.date(2000, month, day_of_month)
        return Partial(month, day_of_month, None)
    except ValueError:                  # 2026/13/40
        return None


def read(text: str) -> dt.datetime | Partial | None:
    """One cell: a date and time (midnight when no time is given; aware only when the cell
    named its zone), a Partial when the year is missing, None when it is no date."""
    text = _normalise(text)
    if not text:
        return None
    if text[:4].isdigit() and "-" in text[:5]:
        try:
            return dt.datetime.fromisoformat(text.upper())
        except ValueError:
            pass
    serial = _serial(text)
    if serial:
        return serial
    found = _date_pattern().match(text)
    if not found:
        return None
    day = _date(found)
    rest = text[found.end():].strip()
    time = _time(rest) if rest else dt.time()
    if day is None or time is None:
        return None
    if isinstance(day, Partial):
        return Partial(day.month, day.day, time if rest else None)
    return dt.datetime.combine(day, time)


def _with_year(month: int, day: int, anchor: dt.date, not_after: dt.date | None
               ) -> dt.date | None:
    candidates = []
    # The nearest is always within a year either side; 29 February may be four years back.
    for year in range(anchor.year - 4, anchor.year + 2):
        try:
            candidates.append(dt.date(year, month, day))
        except ValueError:              # 2/29 in a year without it
            continue
    if not_after is not None:
        candidates = [candidate for candidate in candidates if candidate <= not_after]
    return min(candidates, key=lambda candidate: abs(candidate - anchor), default=None)


def parse_date(text: str, *, today: dt.date | None = None) -> dt.date | None:
    """A date a person types ("2026/12/7", "12月7日", "R8.12.7"): a year left out is the one
    nearest today. None when the text is no date, or carries a time."""
    today = today or dt.date.today()
    found = read(text)
    if isinstance(found, Partial):
        return _with_year(found.month, found.day, today, None) if found.time is None else None
    if found is None or found.time() != dt.time() or found.tzinfo is not None:
        return None
    return found.date()


def parse_stamps(texts: Iterable[str], *, today: dt.date | None = None
                 ) -> dict[str, dt.datetime | None]:
    """Each text (check-ins, check-outs of one file) read as a date and time, None for those
    that are not. A date without a year takes the year nearest the latest full date among the
    texts (else today), and never one after today. Each text is read once."""
    today = today or dt.date.today()
    found = {text: read(text) for text in set(texts)}
    full = [stamp.date() for stamp in found.values()
            if isinstance(stamp, dt.datetime) and stamp.date() <= today]
    anchor = max(full, default=today)
    result: dict[str, dt.datetime | None] = {}
    for text, stamp in found.items():
        if isinstance(stamp, Partial):
            day = _with_year(stamp.month, stamp.day, anchor, today)
            result[text] = dt.datetime.combine(day, stamp.time or dt.time()) if day else None
        else:
            result[text] = stamp
    return result


def combine(day: dt.datetime | None, time_text: str) -> dt.datetime | None:
    """A date from one column with the time from another ("18:05", "午後6時"): the time column
    wins over a time in the date's cell; an empty time leaves the date as it is. None when the
    time is none."""
    if day is None:
        return None
    if not time_text.strip():
        return day
    time = parse_time(time_text)
    return day.replace(hour=time.hour, minute=time.minute, second=time.second) if time else None


def accepted(kind: str, *, typed: bool = False) -> str:
    """The forms to name in an error: "date" or "time". ``typed``: a date a person types,
    where an Excel serial number would only puzzle."""
    examples = DATE_EXAMPLES if kind == "date" else TIME_EXAMPLES
    return ", ".join(example for example in examples if not (typed and example.isdigit()))
