"""The Solar Hijri calendar of Iran and Afghanistan (1 Farvardin is Nowruz, about 21 March), for dates in Persian news.

Years are leap years by the 33-year arithmetic cycle, which agrees with the official (astronomical) calendar
over the years of modern news (a day's difference at a few new years outside them); months 1-6 have 31 days,
7-11 have 30 and Esfand has 29 (30 in a leap year).

>>> to_gregorian(1402, 12, 15)
datetime.date(2024, 3, 5)
>>> to_gregorian(1403, 1, 1), from_gregorian(datetime.date(2024, 3, 20))
(datetime.date(2024, 3, 20), (1403, 1, 1))
>>> is_leap(1403), is_leap(1402)
(True, False)
"""

from __future__ import annotations

import datetime

__all__ = ["FIRST_YEAR", "LAST_YEAR", "from_gregorian", "is_leap", "month_days", "to_gregorian"]

#: The years this module converts (1921-2121): news dates lie well inside.
FIRST_YEAR, LAST_YEAR = 1300, 1499
# 1 Farvardin 1403 fell on Wednesday 20 March 2024.
_EPOCH_YEAR, _EPOCH = 1403, datetime.date(2024, 3, 20)


def is_leap(year: int) -> bool:
    """Has Esfand of ``year`` 30 days?"""
    return (25 * year + 11) % 33 < 8


def month_days(year: int, month: int) -> int:
    """Days in ``month`` (1-12) of ``year``.

    >>> month_days(1402, 1), month_days(1402, 7), month_days(1402, 12), month_days(1403, 12)
    (31, 30, 29, 30)
    """
    if month <= 6:
        return 31
    if month <= 11:
        return 30
    return 30 if is_leap(year) else 29


def _new_year(year: int) -> datetime.date:
    """The Gregorian date of 1 Farvardin of ``year``."""
    days = 0
    for y in range(min(year, _EPOCH_YEAR), max(year, _EPOCH_YEAR)):
        days += 366 if is_leap(y) else 365
    return _EPOCH + datetime.timedelta(days=days if year >= _EPOCH_YEAR else -days)


def to_gregorian(year: int, month: int, day: int) -> datetime.date:
    """The Gregorian date of a Solar Hijri one; ValueError when it does not exist or lies outside the years handled.

    >>> to_gregorian(1399, 12, 30)
    datetime.date(2021, 3, 20)
    """
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise ValueError(f"Solar Hijri year {year} outside {FIRST_YEAR}-{LAST_YEAR}")
    if not 1 <= month <= 12 or not 1 <= day <= month_days(year, month):
        raise ValueError(f"no day {day} in month {month} of the Solar Hijri year {year}")
    before = sum(month_days(year, m) for m in range(1, month))
    return _new_year(year) + datetime.timedelta(days=before + day - 1)


def from_gregorian(date: datetime.date) -> tuple[int, int, int]:
    """(year, month, day) of the Solar Hijri date of ``date``.

    >>> from_gregorian(datetime.date(2024, 3, 19))
    (1402, 12, 29)
    """
    year = date.year - 621
    if date < _new_year(year):
        year -= 1
    days = (date - _new_year(year)).days
    month = 1
    while days >= month_days(year, month):
        days -= month_days(year, month)
        month += 1
    return year, month, days + 1
