"""Time zones of two clock times: one moment told in two zones, or how far apart in UTC.

A clock time's zone is the one its own words name ("6 p.m. ET"); no zone is ever guessed
from a place. Zones are converted with the fixed offsets of the time lexicon's
[clock.zone_offsets]: a daylight-time zone ("EDT") is read as written, and a zone named
without standard or daylight ("ET") may be either. A zone with no offset there ("local
time") is not converted.
"""

from __future__ import annotations

from itertools import product

from crosscheck.model import TimeRef
from crosscheck.rules.base import COMPARE, explain_words
from crosscheck.timex.lexicon import time_lexicon

__all__ = ["Minutes", "gap_text", "one_moment", "utc_gaps", "written", "zone_offsets"]

Minutes = tuple[int, int]
_DAY = 24 * 60


def zone_offsets(t: TimeRef, lang: str) -> tuple[int, ...]:
    """The offsets from UTC (minutes) a clock time's named zone may have; () for none."""
    if t.zone is None:
        return ()
    return tuple(time_lexicon(lang).clock.zone_offsets.get(t.zone, ()))


def _gap(a: Minutes, b: Minutes, *, circular: bool) -> int:
    """Minutes between two intervals of minutes (0 when they overlap); on a clock face with
    no day (``circular``) the shorter way round."""
    gap = max(b[0] - a[1], a[0] - b[1], 0)
    if not circular or gap == 0:
        return gap
    shifted = min(_gap(a, (b[0] + k * _DAY, b[1] + k * _DAY), circular=False) for k in (-1, 1))
    return min(gap, shifted)


def utc_gaps(a: TimeRef, b: TimeRef, ca: Minutes, cb: Minutes, lang: str) -> tuple[int, ...]:
    """The minutes between two clock intervals ``ca``, ``cb`` of the same day (or of no day)
    once each is moved to UTC, one per reading of their zones, sorted; () unless both sides
    name zones the lexicon can convert."""
    oa, ob = zone_offsets(a, lang), zone_offsets(b, lang)
    circular = a.begin is None or b.begin is None
    gaps = {
        _gap((ca[0] - x, ca[1] - x), (cb[0] - y, cb[1] - y), circular=circular)
        for x, y in product(oa, ob)
    }
    return tuple(sorted(gaps))


def one_moment(a: TimeRef, b: TimeRef, ca: Minutes, cb: Minutes, lang: str) -> bool:
    """Whether two clock times in two named zones may be one moment ("1 a.m. ET" / "5 a.m.
    GMT"): some reading of their zones puts them at the same minute in UTC."""
    if a.zone is None or b.zone is None or a.zone == b.zone:
        return False
    gaps = utc_gaps(a, b, ca, cb, lang)
    return bool(gaps) and gaps[0] == 0


def gap_text(minutes: int) -> str:
    """A gap in words: "3 h", "5 h 30 min", "45 min"."""
    words = explain_words(COMPARE)
    h, m = divmod(minutes, 60)
    if not h:
        return words["gap_minutes"].format(m=m)
    return words["gap_hours" if not m else "gap_hours_minutes"].format(h=h, m=m)


def written(t: TimeRef) -> Minutes:
    """A clock time's minutes as written, without the slack of an inexact time."""
    assert t.minute_start is not None
    return t.minute_start, t.minute_end if t.minute_end is not None else t.minute_start
