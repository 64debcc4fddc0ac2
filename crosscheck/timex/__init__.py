"""Dates, periods, clock times, relative expressions: text (+ publication date) -> list[TimeRef].

Contract: ``find_times(text, anchor)`` returns the time expressions of ``text`` sorted by
start, never overlapping, with ``text[t.start:t.end] == t.text`` for each. A span includes
the scope word in front of it ("since May 2020", "as of December 31, 2023", "in 2023 and
2024", "shortly after 7:15am"), kept in ``modifier``. An expression keeps the granularity it
is written at: "since 2020" names the year 2020 (2020-01-01 .. 2020-12-31), not a day.

How expressions are read (every word is data, in ``lexicon/time.toml``):

- A date written without its year ("August 9", "in March") is placed in the most recent
  year in which it does not start after ``anchor`` + ``partial_window_days`` (120 days), unless
  the clause's tense says otherwise: "will be presented in March" looks forward, "was
  arrested in March" looks back. A past clause still takes the publication year's date when
  it starts at most ``past_ahead_days`` after ``anchor`` ("announced a June 16 hearing" on
  June 8), and a forward clause the publication year's day when it is at most
  ``future_behind_days`` before it ("was scheduled to appear on May 10" on May 17). Its note
  says which year was inferred; ``relative`` stays False because only the year came from the
  publication date.
- Relative expressions ("yesterday", "last year", "two years ago", "over the weekend",
  "Monday") are resolved against ``anchor`` and have ``relative=True``; the note of each one
  placed says how it was read ("'last month' read against the publication date 2020-06-03 as
  2020-05-01..2020-05-31"). A bare weekday is the last such day on or before ``anchor``
  ("said on Tuesday" in a Thursday story is two days before) unless the clause looks forward
  ("will meet on Tuesday": the first on or after; a fronted "On Sunday[ night]," reads its
  clause after the comma, and a title's period, "Mr.", ends no clause), or gives no tense cue
  but a present-tense word before it ("the special election is on Tuesday") or a conditional
  ("if we win on Tuesday"); one whose clause gives no tense cue
  but "according to" before it ("according to a statement late Wednesday"), or "following",
  "after", "since" before it and before any cue of its sentence ("will conduct checks
  following the death of a boy late Monday"), is past. A weekend is read at week precision
  (coarser than "on Saturday"), and "over"/"during" before it date an event in it, like "on".
  "the past two years" is a rolling period ending at ``anchor``; "in recent years" is
  reported but not placed on the calendar. "two years ago" is read as its calendar year with
  a note that it is approximate; "a decade ago" as the years around anchor - 10 (2006..2010
  in 2018), not the 2000s. A span ago with a vague count is the span of its units ("several
  years ago" in 2018: 2008..2016, scope word "about"); with none, an open count ("decades
  ago", "many years ago") or an open bound ("more than 20 years ago") it is open-ended,
  "before" the unit at its least distance back (1998); "a year ago today" is one day
  (``ago``). "later that year", "earlier that month", "that same day" are read from the
  last date given before them (``anaphora``), and "the next day", "two days later", "the
  day before" are that date moved by their step (``steps``; never the publication date).
  A date without its year before a relative year ("in April of last year", "May 9 last year") is
  placed in that year. An infinitive after a word of intent looks forward ("agreed to meet
  at the end of April"), and so does "come Thursday"; a present-tense intent anywhere before
  the date in its clause does too ("is scheduled to testify in front of the
  Democratic-controlled House Judiciary Committee on March 31", ``intent``).
- A part of a month or year is read as its third, one step finer than the whole: "late
  March" is 21..31 March (week precision), "early 2011" January..April 2011 (season
  precision), "the first week of May" 1..10 May; the note says so. Parts of other periods
  keep the whole period. "earlier this month" ends on the publication day and "later this
  week" starts on it. "this morning", "last night" are days read against the anchor. A
  rolling period with a plural unit and no count ("in the coming days") is not placed.
- A month named alone between a determiner and a noun ("the July verdict", "a March
  hearing") is read only when its year is clear: the last such month before the anchor's
  month, within 90 days, or the next one when the clause looks forward; otherwise, and
  for the anchor's own month, it is not read.
- Without ``anchor`` relative and year-less expressions are still reported, with
  ``begin = end_date = None``; likewise, with a note, when the period would fall outside
  years 1..9999 (``anchor`` 0001-01-01 with "last year", 9999-12-31 with "tomorrow").
- Clock times ("at about 7:45 a.m.", "at 19:30", "around 8 p.m.", "noon") have granularity
  MINUTE or HOUR and ``minute_start``/``minute_end``; next to a single day they take that day
  ("on Tuesday at 7:15am"); alternatives ("at 7pm or 8pm") are one period. Clock-like
  figures that are not times ("3:1 vote", "John 3:16") are not read (see ``clock``).
- "as May 2020" is read as "since May 2020" (a common slip) when a start-of-period verb
  ("investigating", "tasked with", ...) stands before it in the clause or the date ends the
  clause; the note says so. "as of", "such as", "as well as", "known as" are never read so.
- Month names are read only capitalised, so modal "may" and the verb "march" are not dates;
  a month standing alone needs a scope word ("in May") or a part ("early May"), so "You May
  Also Like" is not a date. A lone four-digit number is a year only between ``year_min`` and
  ``year_max`` and not next to count words ("at least 2000", "2000 people").
- Durations ("26 years", "every four years", "for a year") are not dates: not returned.

Modules, in pipeline order: ``lexicon`` (data -> TimeLexicon), ``patterns`` (lexicon ->
regexes), ``scan`` (text -> atoms), ``absolute``/``relative``/``ago``/``clock`` (one reading
each), ``scope`` (scope words and parts), ``tense`` (clause -> looks back or forward;
``intent``, ``acts``), ``periods`` (ranges, weak readings, years), ``steps`` (dates told
from the date before them), ``anaphora`` (periods read from the date before them),
``spans`` (calendar arithmetic), ``find`` (the orchestrator).
"""

from __future__ import annotations

from crosscheck.timex.find import find_times, without_reading
from crosscheck.timex.lexicon import TimeLexicon, read_time_lexicon, time_lexicon

__all__ = ["TimeLexicon", "find_times", "read_time_lexicon", "time_lexicon", "without_reading"]
