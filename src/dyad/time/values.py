"""Calendar arithmetic for temporal values: numerals, units (day .. century) and their inclusive ISO spans."""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

MIN_YEAR, MAX_YEAR = 1, 2200

# spring = Mar-May, summer = Jun-Aug, autumn = Sep-Nov, winter = Dec-Feb (into the next year)
SEASONS = {
    "spring": (3, 5),
    "summer": (6, 8),
    "autumn": (9, 11),
    "winter": (12, 14),
    "h1": (1, 6),
    "h2": (7, 12),
    "q1": (1, 3),
    "q2": (4, 6),
    "q3": (7, 9),
    "q4": (10, 12),
}

_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}


def roman(s: str) -> int | None:
    """Value of a Roman numeral (I .. MMXXV), or None."""
    s = s.upper().replace("Х", "X").replace("І", "I")  # Cyrillic look-alikes
    if not s or any(ch not in _ROMAN for ch in s):
        return None
    total = 0
    for i, ch in enumerate(s):
        v = _ROMAN[ch]
        total += -v if i + 1 < len(s) and _ROMAN[s[i + 1]] > v else v
    return total


def char_numeral(s: str, chars: dict[str, int]) -> int | None:
    """Value of a numeral written in characters (`chars`: the language's digit and unit characters):
    positional (二〇〇七) or with units (十九, 二十一); a unit is a character worth 10 or more."""
    if not s or not chars or any(ch not in chars for ch in s):
        return None
    if all(chars[ch] < 10 for ch in s):
        return int("".join(str(chars[ch]) for ch in s))
    total, cur = 0, 0
    for ch in s:
        v = chars[ch]
        if v < 10:
            cur = v
        else:
            total += (cur or 1) * v
            cur = 0
    return total + cur


def number(s: str, words: dict[str, int] | None = None, chars: dict[str, int] | None = None,
           ordinal: re.Pattern | None = None) -> int | None:
    """Value of a numeral in digits (any script), Roman, the language's numeral characters or words.

    `ordinal` strips the language's ordinal ending (`19th`, `19-й`) before the digits are read.
    """
    s = s.strip().rstrip(".")
    if not s:
        return None
    if words:
        v = words.get(s.lower())
        if v is not None:
            return v
    t = ordinal.sub("", s) if ordinal else s
    if t.isdecimal():
        return int(t)
    r = roman(t)
    return r if r is not None else char_numeral(t, chars or {})


def iso(d: date) -> str:
    return f"{d.year:04d}-{d.month:02d}-{d.day:02d}"


def last_day(y: int, m: int) -> int:
    return calendar.monthrange(y, m)[1]


def valid_year(y: int | None) -> bool:
    return y is not None and MIN_YEAR <= y <= MAX_YEAR


def unit_span(y: int, m: int | None = None, d: int | None = None, season: str | None = None,
              ) -> tuple[date, date, str] | None:
    """Start, end and precision of a day, month, season or year; None when it is not a real date."""
    if not valid_year(y):
        return None
    if m is not None:
        if not 1 <= m <= 12:
            return None
        if d is not None:
            if not 1 <= d <= last_day(y, m):
                return None
            x = date(y, m, d)
            return x, x, "day"
        return date(y, m, 1), date(y, m, last_day(y, m)), "month"
    if season:
        a, b = SEASONS[season]
        yb, mb = (y + 1, b - 12) if b > 12 else (y, b)
        if not valid_year(yb):
            return None
        return date(y, a, 1), date(yb, mb, last_day(yb, mb)), "season"
    return date(y, 1, 1), date(y, 12, 31), "year"


def decade_span(dec: int) -> tuple[date, date, str] | None:
    if not valid_year(dec) or not valid_year(dec + 9):
        return None
    return date(dec, 1, 1), date(dec + 9, 12, 31), "decade"


def century_span(c: int) -> tuple[date, date, str] | None:
    if not 1 <= c <= 22:
        return None
    return date(max((c - 1) * 100, 1), 1, 1), date((c - 1) * 100 + 99, 12, 31), "century"


def shift(d: date, unit: str, n: int) -> date:
    """`d` moved by n days, months or years (day clipped to the month's end)."""
    if unit == "day":
        return d + timedelta(days=n)
    if unit == "week":
        return d + timedelta(days=7 * n)
    if unit == "month":
        k = d.year * 12 + d.month - 1 + n
        y, m = divmod(k, 12)
        return date(y, m + 1, min(d.day, last_day(y, m + 1)))
    y = d.year + n
    return date(y, d.month, min(d.day, last_day(y, d.month)))
