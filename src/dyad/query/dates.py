"""Dates for people: display at their precision, and user-typed bounds parsed and checked."""

from __future__ import annotations

import calendar
import re
from datetime import date

_BOUND = re.compile(r"^\s*(\d{1,4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?\s*$")
_DECADE = re.compile(r"^\s*(\d{1,3})0s\s*$")
_SEASONS = {(3, 5): "spring", (6, 8): "summer", (9, 11): "autumn", (12, 2): "winter"}
_HALVES = {(1, 6): "H1", (7, 12): "H2"}
_QUARTERS = {(1, 3): "Q1", (4, 6): "Q2", (7, 9): "Q3", (10, 12): "Q4"}


def parse_bound(text: str | int | None, end: bool = False) -> str | None:
    """An inclusive ISO date from `2019`, `2019-06`, `2019-06-19` or `2010s` (its last day when `end`).

    Raises ValueError with a message that says what is accepted when the text is malformed
    or names no real date.
    """
    if text is None or text == "":
        return None
    s = str(text)
    m = _DECADE.match(s)
    if m:
        y = int(m.group(1)) * 10
        return f"{y + 9:04d}-12-31" if end else f"{y:04d}-01-01"
    m = _BOUND.match(s)
    if not m:
        raise ValueError(f"malformed date {s!r}: use YYYY, YYYY-MM, YYYY-MM-DD or a decade such as 2010s")
    y, mo, d = int(m.group(1)), m.group(2), m.group(3)
    if y < 1:
        raise ValueError(f"malformed date {s!r}: years start at 1")
    if mo is None:
        return f"{y:04d}-12-31" if end else f"{y:04d}-01-01"
    month = int(mo)
    if not 1 <= month <= 12:
        raise ValueError(f"malformed date {s!r}: month {month} is not 1-12")
    last = calendar.monthrange(y, month)[1]
    if d is None:
        return f"{y:04d}-{month:02d}-{last if end else 1:02d}"
    day = int(d)
    if not 1 <= day <= last:
        raise ValueError(f"malformed date {s!r}: {y:04d}-{month:02d} has no day {day}")
    return f"{y:04d}-{month:02d}-{day:02d}"


def check_range(date_from: str | None, date_to: str | None) -> None:
    """ValueError when a range ends before it starts."""
    if date_from and date_to and date_to < date_from:
        raise ValueError(f"date range ends ({date_to}) before it starts ({date_from})")


def _ymd(s: str) -> tuple[int, int, int]:
    return int(s[0:4]), int(s[5:7]), int(s[8:10])


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def century_label(start_year: int) -> str:
    """`19th c.` for 1800 (centuries by their hundreds, as the gold conventions count them)."""
    return f"{_ordinal(start_year // 100 + 1)} c."


def _is_year_start(m: int, d: int) -> bool:
    return m == 1 and d == 1


def _is_year_end(m: int, d: int) -> bool:
    return m == 12 and d == 31


def _month_end(y: int, m: int, d: int) -> bool:
    return d == calendar.monthrange(y, m)[1]


def _span(start: str, end: str) -> str:
    """The shortest faithful form of an arbitrary inclusive range."""
    (y1, m1, d1), (y2, m2, d2) = _ymd(start), _ymd(end)
    if _is_year_start(m1, d1) and _is_year_end(m2, d2):
        if y1 % 100 == 0 and y2 % 100 == 99:
            if y2 - y1 == 99:
                return century_label(y1)
            return f"{century_label(y1)[:-3]}–{century_label(y2)}"
        if y1 % 10 == 0 and y2 % 10 == 9 and y2 - y1 >= 19:
            return f"{y1:04d}s–{y2 - 9:04d}s"
        return f"{y1:04d}" if y1 == y2 else f"{y1:04d}–{y2:04d}"
    if d1 == 1 and _month_end(y2, m2, d2):
        if (y1, m1) == (y2, m2):
            return f"{y1:04d}-{m1:02d}"
        return f"{y1:04d}-{m1:02d}–{y2:04d}-{m2:02d}"
    if start == end:
        return start
    if (y1, m1) == (y2, m2):
        return f"{start}–{d2:02d}"
    return f"{start}–{end}"


def format_date(start: str | None, end: str | None = None, precision: str | None = None) -> str:
    """A date as written at its precision: `2024-06-19`, `2024-06`, `2024`, `2020s`, `19th c.`, `1804–1813`.

    Seasons read `2024 spring`, half-years `2024 H1`, quarters `2024 Q2`; an undated event is ''.
    """
    if not start:
        return ""
    end = end or start
    y, m, d = _ymd(start)
    if precision == "day":
        return start
    if precision == "month":
        return f"{y:04d}-{m:02d}"
    if precision == "year":
        return f"{y:04d}"
    if precision == "decade":
        return f"{y - y % 10:04d}s"
    if precision == "century":
        return century_label(y)
    if precision == "season":
        m2 = _ymd(end)[1]
        for table in (_SEASONS, _QUARTERS, _HALVES):
            label = table.get((m, m2))
            if label:
                if label == "winter":
                    return f"{y:04d}/{(y + 1) % 100:02d} winter"
                return f"{y:04d} {label}"
        return _span(start, end)
    return _span(start, end)


def today() -> str:
    """Today's date, ISO (for open ranges)."""
    return date.today().isoformat()
