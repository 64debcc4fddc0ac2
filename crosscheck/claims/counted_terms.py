"""An ordinal joined by a hyphen to the noun it counts ("a first-term senator", "his
second-term agenda", "Seventh-grader Mohammad Bilal"): the ordinal ranks that noun (the term of
office, the school grade), not the noun after the compound, so the noun's lemma is the claim's
``what`` ("term", never "senator" nor "agenda"; "grader").
"the first two terms", "the second-largest city" are read as before.

The nouns are claims.toml's ``[ordinal_compounds]``."""

from __future__ import annotations

from functools import cache

from crosscheck.lexicon import load_lexicon, require
from crosscheck.text.words import lemma


@cache
def _counted_nouns(lang: str) -> frozenset[str]:
    table = require(load_lexicon("claims", lang), "ordinal_compounds", dict, "claims", lang=lang)
    nouns = require(table, "counted_nouns", list, "claims", lang=lang)
    return frozenset(str(w).lower() for w in nouns)


def counted_noun(text: str, end: int, lang: str) -> tuple[str, int] | None:
    """The noun of ``[ordinal_compounds]`` joined by a hyphen to the ordinal ending at ``end``
    and where it ends ("first[-term] senator" -> ("term", end of "term")), or None."""
    if text[end : end + 1] != "-":
        return None
    stop = end + 1
    while stop < len(text) and text[stop].isalpha():
        stop += 1
    word = text[end + 1 : stop].lower()
    if text[stop : stop + 1] == "-" or word not in _counted_nouns(lang):
        return None  # "first-term-only": not a plain compound
    return lemma(word, lang), stop  # "the ninth-[graders]": "grader"
