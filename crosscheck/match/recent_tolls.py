"""A toll dated to its story's own week: "the attack that killed dozens earlier in the week".

``figure_blocks.todays_toll`` lets a toll dated to its article's own day join the undated tolls of
the other sources. A toll dated to a week-long period that ends on the article's day or the day
before ("killed dozens earlier this week", "the bombing one week ago") speaks of
the same incident just as often: it is the story's current toll, not a part of a longer one.
"Last week's attacks" in Wednesday's paper ended days ago and stays apart: a later toll of the
same story may have grown since.
Longer periods ("this month", "in 2019") stay apart: a month's toll is one of many.
"""

from __future__ import annotations

from datetime import date

from crosscheck.model import Granularity, TimeRef


def week_period(time: TimeRef) -> bool:
    """Whether a time is one week-long period (a week, or its days so far), with no scope word."""
    if time.granularity is not Granularity.WEEK or time.modifier:
        return False
    begin, end = time.begin, time.end_date
    return begin is not None and end is not None and 0 <= (end - begin).days <= 6


def recent_week(time: TimeRef, published: date, days: int) -> bool:
    """Whether a week-long period ends on its article's day or at most ``days`` before it
    (``today_toll_days`` of ``lexicon/matching.toml``, as for a toll of one day)."""
    end = time.end_date
    if not week_period(time) or end is None or time.begin is None or time.begin > published:
        return False
    return (published - end).days <= days
