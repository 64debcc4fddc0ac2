"""Calendar arithmetic: (anchor day, unit, offset) -> (first day, last day) of a period.

These raise ValueError or OverflowError for periods outside years 1..9999; the scanner
catches both and reports the expression unplaced (see ``scan.read_atom``).
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta

__all__ = [
    "add_months",
    "month_span",
    "shift_month",
    "unit_span",
    "week_span",
    "weekend_span",
    "year_span",
]


def year_span(year: int) -> tuple[date, date]:
    """The first and last day of a year."""
    return date(year, 1, 1), date(year, 12, 31)


def shift_month(year: int, month: int, by: int) -> tuple[int, int]:
    """The year and month ``by`` months away."""
    index = year * 12 + (month - 1) + by
    return index // 12, index % 12 + 1


def month_span(year: int, month: int) -> tuple[date, date]:
    """The first and last day of a month."""
    return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])


def week_span(day: date) -> tuple[date, date]:
    """The Monday and Sunday of the week of a day."""
    monday = day - timedelta(days=day.weekday())
    return monday, monday + timedelta(days=6)


def add_months(day: date, months: int) -> date:
    """The same day ``months`` months away (clipped to the month's end)."""
    year, month = shift_month(day.year, day.month, months)
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def unit_span(unit: str, anchor: date, offset: int) -> tuple[date, date]:
    """The calendar unit containing ``anchor``, moved by ``offset`` units."""
    if unit == "day":
        day = anchor + timedelta(days=offset)
        return day, day
    if unit == "week":
        monday = week_span(anchor)[0] + timedelta(weeks=offset)
        return monday, monday + timedelta(days=6)
    if unit == "month":
        return month_span(*shift_month(anchor.year, anchor.month, offset))
    if unit == "decade":
        first = anchor.year // 10 * 10 + 10 * offset
        return date(first, 1, 1), date(first + 9, 12, 31)
    return year_span(anchor.year + offset)


def weekend_span(anchor: date, offset: int) -> tuple[date, date]:
    """This weekend (offset 0: the current one, or the coming one on a weekday), moved."""
    saturday = anchor + timedelta(days=5 - anchor.weekday())
    saturday += timedelta(weeks=offset)
    return saturday, saturday + timedelta(days=1)
