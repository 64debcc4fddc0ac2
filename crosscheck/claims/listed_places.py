"""Listed places: the ``[date_places]`` table of places.toml -> place names by kind (US
states, countries, cities) and the words that make a place a speaker's.

Read by the claims stage (a possessive's owner that is a listed place is still a place,
``frame_places.named_place``; states and countries qualify a place before them,
``frame_located``; a listed place after "in" is no figure's `what`: "60 percent in Ohio",
``frame_what``) and by the matching stage (two dated events in two places of one kind,
``match/date_places``).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from crosscheck.lexicon import LowerWords, table_settings


@dataclass(frozen=True, slots=True)
class DatePlaces:
    """The ``[date_places]`` table of ``places.toml``: place names by kind, and the words
    before a place that make it a speaker's."""

    speaker_words: LowerWords
    speaker_reach: int
    us_states: LowerWords
    countries: LowerWords
    cities: LowerWords

    def kinds(self, place: str) -> frozenset[str]:
        """The kinds a place name is listed under ("georgia": a state and a country)."""
        listed = (
            ("us_states", self.us_states),
            ("countries", self.countries),
            ("cities", self.cities),
        )
        return frozenset(kind for kind, names in listed if place in names)


@cache
def date_places(lang: str) -> DatePlaces:
    """The ``[date_places]`` table, read once."""
    return table_settings(DatePlaces, "places", "date_places", lang=lang)
