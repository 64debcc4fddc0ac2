"""Numbers with modifiers -> Quantity intervals: text in -> list[Quantity] out.

One scanner reads digits ("1,200", "3.5", "5.7bn", "1e10"), number words ("one hundred and
five", "half a million", "a dozen"), ordinals ("sixth", "55th") and fractions ("two thirds",
"1 in 5"). ``find_quantities(text, lang)`` returns every figure a fact-checker compares, as an
interval with the words that bound it, its unit and its span (``text[q.start:q.end] ==
q.text``, modifier and unit words included):

- "over 1,200" -> (1200, None) low exclusive; "at least 55" -> [55, None); "up to 700" and
  "fewer than 700" -> low None (no lower bound was stated); "nearly 1,400" -> [1300, 1400)
  approximate; "about 300" -> [270, 330] approximate; "1,200 or more" -> [1200, None). The
  table of modifier words and the tolerance rule live in ``lexicon/en/modifiers.toml``.
- "between 20 and 30", "from 20 to 30", "20 to 30", "20-30" -> [20, 30], modifier "range";
  "more than 10 and less than 40" -> (10, 40), modifier "range".
- vague magnitudes ("hundreds of thousands" -> [200000, 999999]) are ``vague`` and
  ``approximate`` (``lexicon/en/magnitudes.toml``).
- units: PERCENT ("12%", "90 percent"), AGE ("66-year-old", "aged 45"), DURATION ("26
  years", "a decade", "a half-hour", "an eight-and-a-half-minute video"; ``dimension`` is
  the time unit), MONEY ("$5.7 billion", "€30m";
  ``dimension`` is the ISO code, "$" is USD), MEASURE ("8 miles", "3.5 km": ``dimension``
  "length", ``measure`` "mile", ``factor`` 1609.344; ``lexicon/en/units.toml``), ORDINAL
  ("sixth term" -> 6); else COUNT.
- not quantities, dropped: years and day numbers in dates ("since 2020", "May 1, 2020",
  "14 February 2025"), times of day, phone numbers, document symbols ("A/HRC/RES/55/27"),
  codes ("COVID-19", "G7"), "9/11" and other digit/digit forms, version strings, footnote
  markers ("[3]"), figures in URLs and e-mail addresses, labels ("Article 5"), figures
  that are part of a name ("S&P 500", "Group of 20", "Air Force One"; case-sensitive
  ``names_before`` in ``lexicon/en/numbers.toml``).

``parse_number(words)`` reads one whole number expression; ``format_number(x)`` writes a
figure with thousands separators so that ``parse_number(format_number(x)) == x``;
``spell_number(n)`` writes a whole number in words.

Known limits: a bare four-digit whole number from 1800 to 2100 is a year unless a bound
word, a currency or a unit makes it an amount ("2000 people" is lost, "more than 2000
people" is kept); "1.5m" without a currency sign is skipped (metre or million?); "1/3"
written with digits is dropped with "9/11" and "24/7" unless a bound word or "of" makes it
an amount; "March 5 people" reads 5 as a day.

The words are those of language ``lang`` (default "en"): the scan keeps it (``_Scan.lang``)
and every reader below it reads ``lexicon/<lang>/`` through caches keyed on it.

Modules, in pipeline order: ``lexicons`` (TOML -> records), ``patterns`` (records -> regexes),
``scan`` (text -> atoms), ``cardinals``, ``fractions``, ``readings`` (atoms -> number
expressions), ``units`` and ``bounds`` (the words around a figure), ``noise`` (what is not
an amount), ``intervals`` (ranges, pairs, vague magnitudes -> Quantity), ``find`` (the public
finders), ``spelling`` (figures -> text).
"""

from __future__ import annotations

from crosscheck.quantities.find import find_quantities, parse_number
from crosscheck.quantities.spelling import format_number, spell_number

__all__ = ["find_quantities", "format_number", "parse_number", "spell_number"]
