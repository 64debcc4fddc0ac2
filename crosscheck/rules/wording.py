"""Reader's words: the lexicon's keys and normalised values -> the words a row's explanation
shows a journalist.

A frame's ``what`` is a lemma ("person", "likely voter"): a counted thing is said in the
plural ("people", "likely voters"), by the irregular plurals of ``lemmas.toml`` (the list the
lemmas are read with) and the ``[plural]`` table of ``compare.toml``. A period is
normalised as ``start..end`` in the value cells ("2017-11-20..2017-11-26"); an explanation
says "2017-11-20 to 2017-11-26" (``[explain] period_range``), outside the articles' quoted
words, which are never changed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from crosscheck.lexicon import explain_words, load_lexicon, require
from crosscheck.text.words import irregular_plurals

COMPARE = "compare"


@dataclass(frozen=True, slots=True, kw_only=True)
class Plurals:
    """How a lemma is said in the plural: irregular words, then endings (first that fits),
    else ``regular`` appended."""

    irregular: dict[str, str]
    endings: tuple[tuple[str, str], ...]
    regular: str


@cache
def plurals(lang: str) -> Plurals:
    """The ``[plural]`` table of ``lexicon/<lang>/compare.toml`` with the irregular plurals of
    ``lemmas.toml`` (``irregular_plurals``), read once per language."""
    table = require(load_lexicon(COMPARE, lang), "plural", dict, COMPARE, lang=lang)
    endings = require(table, "endings", list, COMPARE, lang=lang)
    return Plurals(
        irregular=dict(irregular_plurals(lang)),
        endings=tuple((str(end), str(plural)) for end, plural in endings),
        regular=str(require(table, "regular", str, COMPARE, lang=lang)),
    )


def plural(lemma: str, lang: str) -> str:
    """A counted lemma in the plural, its last word changed: "likely voter" -> "likely
    voters", "person" -> "people", "nuclear power plant" -> "nuclear power plants"."""
    head, _, last = lemma.rpartition(" ")
    if not last:
        return lemma
    table = plurals(lang)
    said = table.irregular.get(last)
    if said is None:
        ending = next((e for e in table.endings if last.endswith(e[0])), None)
        if ending is None:
            said = last + table.regular
        else:
            said = last[: len(last) - len(ending[0])] + ending[1]
    return f"{head} {said}" if head else said


# A normalised period "2017-11-20..2017-11-26" (days, months, years, clock times).
_STAMP = r"\d{4}(?:-\d{2}){0,2}(?:T\d{2}:\d{2})?"
_PERIOD = re.compile(rf"\b({_STAMP})\.\.({_STAMP})\b")
# An article's words as the explanation quotes them (``explain.quoted``).
_QUOTED = re.compile(r"“[^”]*”")


def reader_periods(text: str, lang: str) -> str:
    """``text`` with each normalised period "a..b" said as the lexicon says a range ("a to
    b"), outside the article words it quotes in curly quotes."""
    template = explain_words(COMPARE, lang)["period_range"]
    out: list[str] = []
    at = 0
    for quote in _QUOTED.finditer(text):
        out.append(_periods(text[at : quote.start()], template))
        out.append(quote.group())
        at = quote.end()
    out.append(_periods(text[at:], template))
    return "".join(out)


def _periods(text: str, template: str) -> str:
    return _PERIOD.sub(lambda m: template.format(start=m.group(1), end=m.group(2)), text)


# The parts of a claim's note, as ``timex`` joins them.
_NOTE_PARTS = "; "


def reader_note(note: str) -> str:
    """A claim's note less its bare words: the date stage keeps a part or side word it did
    not read further ("late" of "late Thursday", "earlier") as a note part of its own, which
    tells a reader nothing ("Note: late; 'Thursday' read against ...")."""
    return _NOTE_PARTS.join(p for p in note.split(_NOTE_PARTS) if " " in p.strip())
