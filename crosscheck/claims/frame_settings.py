"""Counts of settings: a count claim -> whether it counts the places where something else
happens ("couples legally married in nine states"), not things that act or are acted on.

A count right after one of ``claims.toml``'s ``setting_prepositions`` ("in", "across"), at most
one word of ``setting_determiners`` between ("in all 50 states"), counts the settings of its
sentence's predicate: the states where couples married, the federal courts where challenges
were filed. The same noun counted as the subject or object of its own verb ("Twelve states
have legalized same-sex marriage", "Two federal courts have ruled") counts another set: the
states that legalized it, the courts that ruled. Two such counts are never one figure told
two ways (``settings_differ``) unless both read one event; two counts of settings ("in
several states" / "in four states") or of actors still may be.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from crosscheck.lexicon import load_lexicon, lower_words
from crosscheck.model import Claim, Unit
from crosscheck.text.tokens import WORD


@dataclass(frozen=True, slots=True)
class SettingWords:
    """The lexicon of setting counts (``claims.toml``)."""

    prepositions: frozenset[str]
    determiners: frozenset[str]


@cache
def setting_words(lang: str) -> SettingWords:
    data = load_lexicon("claims", lang)
    return SettingWords(
        prepositions=lower_words(data, "setting_prepositions", "claims", lang=lang),
        determiners=lower_words(data, "setting_determiners", "claims", lang=lang),
    )


def is_setting_count(claim: Claim, lang: str) -> bool:
    """Whether a count claim stands right after a setting preposition ("in nine states",
    "across the 12 districts"): only spaces, and at most one determiner, between them."""
    q = claim.value
    if q is None or q.unit is not Unit.COUNT:
        return False
    offset = claim.start - claim.sentence_start
    if not 0 <= offset <= len(claim.sentence):
        return False
    return _after_preposition(claim.sentence[:offset], setting_words(lang))


def _after_preposition(before: str, words: SettingWords) -> bool:
    """Whether the text ``before`` a figure ends in a setting preposition, at most one
    determiner after it, with nothing but spaces and words between."""
    rest = before.rstrip()
    for _ in range(2):
        match = _last_word(rest)
        if match is None:
            return False
        word, rest = match
        if word in words.prepositions:
            return True
        if word not in words.determiners:
            return False
    return False


def _last_word(text: str) -> tuple[str, str] | None:
    """The last word of ``text`` (lower-cased) when the text ends in it, and the text before."""
    words = list(WORD.finditer(text))
    if not words or words[-1].end() != len(text):
        return None
    last = words[-1]
    return last.group().lower(), text[: last.start()].rstrip()


def settings_differ(a: Claim, b: Claim, lang: str) -> bool:
    """Two counts of which one counts settings and the other does not ("married in nine
    states" / "Twelve states have legalized"), with no event read on both that ties the two
    predicates together: two sets, never one figure. One event on both sides is one
    happening ("protesters were arrested in 12 cities" / "fifteen cities have arrested
    protesters"; "in the 143-page report" / "the 133-page report", both a thing's size)."""
    if a.event and a.event == b.event:
        return False
    return is_setting_count(a, lang) != is_setting_count(b, lang)
