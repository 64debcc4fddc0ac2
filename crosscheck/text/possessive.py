"""Possessive endings: the ``[possessive]`` table of ``lemmas.toml`` -> one record, read once.

Every stage that reads an owner's word ("senator's", "Tuesday's announcement", "Comey's
firing", "in Trump's view") takes its endings from here: the lemmas, the time readers, the
claims stage's frames and the date matcher. They were listed under seven keys of four lexicon
files, each a subset of the same few forms. The table's possessive determiners ("its",
"their") are read here too, by certainty's statement rules.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from crosscheck.errors import LexiconError
from crosscheck.lexicon import LowerWordList, lexicon_path, table_settings

LEXICON = "lemmas"
TABLE = "possessive"
_STRAIGHT, _CURLY = "'", "\u2019"


@dataclass(frozen=True, slots=True, kw_only=True)
class PossessiveEndings:
    """A language's possessive endings, written with a straight apostrophe, and its
    possessive determiners.

    ``endings`` are a singular's ("'s"), ``plural_endings`` a plural's ("s'"), each the
    longest first (the first that ends a word is the one to cut); ``determiners`` the words
    that own alone ("its", "their")."""

    endings: LowerWordList
    plural_endings: LowerWordList
    determiners: LowerWordList

    @property
    def with_plural(self) -> tuple[str, ...]:
        """A singular's endings, then a plural's ("'s", "s'")."""
        return (*self.endings, *self.plural_endings)

    @property
    def as_written(self) -> tuple[str, ...]:
        """A singular's endings as raw text writes them: each with a straight and with a
        curly apostrophe ("'s", "\u2019s")."""
        return tuple(form for e in self.endings for form in (e, e.replace(_STRAIGHT, _CURLY)))

    def owner(self, word: str, endings: tuple[str, ...] | None = None) -> str:
        """``word`` without the first of ``endings`` (a singular's by default) that ends it;
        ``word`` itself when none does ("comey's" -> "comey")."""
        ending = next((e for e in endings or self.endings if word.endswith(e)), "")
        return word[: len(word) - len(ending)]


@cache
def possessives(lang: str) -> PossessiveEndings:
    """The ``[possessive]`` table of ``lexicon/<lang>/lemmas.toml``, read once per language.

    Raises:
        LexiconError: A key is missing or not a list, or an ending is empty (naming the
            file).
    """
    found = table_settings(PossessiveEndings, LEXICON, TABLE, lang=lang)
    found = PossessiveEndings(
        endings=_longest_first(found.endings),
        plural_endings=_longest_first(found.plural_endings),
        determiners=found.determiners,
    )
    if not all(found.with_plural):
        raise LexiconError(
            f"[{TABLE}] must list non-empty endings", path=lexicon_path(LEXICON, lang)
        )
    return found


def _longest_first(endings: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(sorted(endings, key=lambda e: (-len(e), e)))
