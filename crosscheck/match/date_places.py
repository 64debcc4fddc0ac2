"""Places of dated events: two date claims -> whether their clauses put their events in two
places of one kind ("Polls in Ohio closed at 7 p.m. Tuesday" / "Polls closed at 8 p.m.
Tuesday in Michigan": two states, two events, not one event dated twice).

The place is read as a figure's is (``frame_places.place_near``, the date standing for the
figure, in the date's own clause: ``clause_bounds.key_clause``), and counts only when the
``[date_places]`` table of places.toml lists it: two places of one kind (two US states, two
countries, two cities) that differ. A place named on one side only, or a city beside a
state, says nothing: whether Detroit is in Michigan is not
guessed. A dateline ("WASHINGTON (Reuters) -") has no place preposition, so it is no place;
where a speaker spoke ("said in Ohio on Tuesday") is not where the event happened.
"""

from __future__ import annotations

from collections.abc import Sequence

from crosscheck.claims.clause_bounds import key_clause
from crosscheck.claims.date_events import date_event_words
from crosscheck.claims.frame_places import capitalised_run, place_near, places_differ
from crosscheck.claims.frame_words import frame_words
from crosscheck.claims.listed_places import date_places
from crosscheck.model import Claim, TimeRef
from crosscheck.text.tokens import Token, tokenize


def event_place(claim: Claim, lang: str) -> str:
    """The listed place a date claim's clause puts its event in, "" when none is read: the
    place nearest the date (``place_near``), unless a speaker's word stands before it."""
    t = claim.time
    if t is None or not claim.sentence:
        return ""
    before, after = key_clause(tokenize(claim.sentence, claim.sentence_start), t, lang=lang)
    tokens = [*before, *after]  # the date's own clause, as its event key reads it
    place = place_near(claim, tokens, (t,), lang=lang)
    if not place or not date_places(lang).kinds(place) or _spoken_at(tokens, place, t, lang):
        return ""
    return place


def _spoken_at(tokens: Sequence[Token], place: str, t: TimeRef, lang: str) -> bool:
    """Whether every place preposition before ``place`` in the clause follows a speaker's
    word closely: "said in Ohio", "told reporters in Michigan", "speaking in Ohio"."""
    table = date_places(lang)
    speakers = table.speaker_words | date_event_words(lang).statement_verbs
    prepositions = frame_words(lang).place_prepositions
    found = False
    for index, token in enumerate(tokens):
        if (
            token.lower not in prepositions
            or capitalised_run(tokens[index + 1 :], (t,), lang) != place
        ):
            continue
        before = tokens[max(0, index - table.speaker_reach) : index]
        if not any(b.lower in speakers for b in before):
            return False
        found = True
    return found


def places_apart(a: Claim, b: Claim, lang: str) -> bool:
    """Whether two date claims' events are in two listed places of one kind that differ."""
    place_a = event_place(a, lang)
    if not place_a:
        return False
    place_b = event_place(b, lang)
    table = date_places(lang)
    shared = table.kinds(place_a) & table.kinds(place_b)
    return bool(shared) and places_differ(place_a, place_b)
