"""The ``[scope_groups]`` table of matching.toml -> ``ScopeGroups``, read and validated once.

A date's or a figure's scope word ("since", "until", "in") opens a period, closes one, or
dates within one. The date claims (``claims.dates``: a bound of a span keeps its event),
the date matcher (``match.date_pairs``: which scope words date one event, which close a
span) and the figure matcher (``match.figure_rules``: a figure's time group) read the same
table; each takes it from here, so it is read and its keys checked once.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from crosscheck.lexicon import LowerWords, table_settings


@dataclass(frozen=True, slots=True, kw_only=True)
class ScopeGroups:
    """The ``[scope_groups]`` table of ``matching.toml``."""

    start: LowerWords  # scope words that open a period ("since", "from")
    end: LowerWords  # scope words that close a period ("until", "by")
    at: LowerWords  # scope words that date within a period ("in", "on", "as of")

    def group_of(self) -> dict[str, str]:
        """Each scope word -> the name of its group ("since" -> "start")."""
        groups = (("start", self.start), ("end", self.end), ("at", self.at))
        return {word: name for name, words in groups for word in sorted(words)}


@cache
def scope_groups(lang: str) -> ScopeGroups:
    """The ``[scope_groups]`` table of matching.toml, read once."""
    return table_settings(ScopeGroups, "matching", "scope_groups", lang=lang)
