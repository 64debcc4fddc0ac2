"""Incidents and actors of a figure: which attack, storm or crash it belongs to, and who did it.

``incident_near`` reads the incident nearest a figure in its sentence ("the [chemical attack]
killed 70") as "class: qualifiers"; ``incidents_differ`` and ``actors_differ`` say when two
figures belong to different incidents or were done by different actors. Driven by the
incident tables of ``lexicon/events.toml``; each call reads a bounded window of tokens.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from crosscheck.claims.frame_owner import owners_differ
from crosscheck.claims.frame_parts import ranks_differ
from crosscheck.claims.frame_words import (
    SENTENCE_END,
    clause_before,
    frame_words,
    phrase_at,
    phrase_openers,
)
from crosscheck.text.possessive import possessives
from crosscheck.text.words import Token, claim_words, lemma


def incident_near(before: Sequence[Token], after: Sequence[Token], lang: str) -> str:
    """The incident nearest a figure in its sentence (a few words either side), as "class:
    qualifiers"."""
    fw = frame_words(lang)
    window = fw.incident_window
    left = clause_before(before, stop=SENTENCE_END, last=window)
    right: list[Token] = []
    for token in after[:window]:
        if token.text in SENTENCE_END:
            break
        right.append(token)
    best: tuple[int, str] | None = None
    opens = _incident_openers(lang)
    for tokens, backwards in ((left, True), (right, False)):
        lowered = [t.lower for t in tokens]
        words = [lemma(t.text, lang) for t in tokens]
        if opens.isdisjoint(lowered) and opens.isdisjoint(words):
            continue  # no incident phrase starts on this side (most figures)
        for table_words in (lowered, words):
            for first, last, name in phrase_at(table_words, fw.incidents, 2):
                distance = len(tokens) - last if backwards else first
                qualifiers = _qualifiers(tokens[max(0, first - 2) : first], lang)
                text = f"{name}: {qualifiers}" if qualifiers else name
                if best is None or distance < best[0]:
                    best = (distance, text)
    return "" if best is None else best[1]


@cache
def _incident_openers(lang: str) -> frozenset[str]:
    """The first words of the incident phrases (``phrase_openers`` of ``incidents``)."""
    return frozenset(phrase_openers(frame_words(lang).incidents))


def other_incident(incident: str, lang: str) -> bool:
    """Whether an incident's qualifiers make it another incident ("attack: previous")."""
    qualifiers = incident.partition(": ")[2].split()
    return any(w in frame_words(lang).other_incident_words for w in qualifiers)


def _qualifiers(tokens: Sequence[Token], lang: str) -> str:
    stop = claim_words(lang).stop_words
    words: list[str] = []
    for token in reversed(tokens):
        if not token.is_word or token.lower in stop or _is_possessive_word(token, lang):
            break
        words.insert(0, lemma(token.text, lang))
    return " ".join(words)


def _is_possessive_word(token: Token, lang: str) -> bool:
    return token.lower.endswith(possessives(lang).endings)


def incidents_differ(a: str, b: str, lang: str) -> bool:
    """Two incidents differ when one is ranked and the other not so ("crash: first" /
    "crash", ``frame_parts.ranks_differ``), when both are known and their classes differ, or
    both are qualified and the qualifiers share no word ("u.s. attack" / "chemical attack")."""
    if ranks_differ(a, b, lang):
        return True  # "crash: first" against "crash" or none: one incident's count
    if not a or not b:
        return False
    class_a, _, qual_a = a.partition(": ")
    class_b, _, qual_b = b.partition(": ")
    if class_a != class_b:
        return True
    return bool(qual_a and qual_b and not set(qual_a.split()) & set(qual_b.split()))


def actors_differ(a: str, b: str, lang: str) -> bool:
    """Two actors differ when both are named, differ, and neither is an incident or agent
    word ("construction firms added" vs "manufacturers added"; "the blast" and "the
    bombing" may be one incident)."""
    if not a or not b or a == b or is_incident(a, lang) or is_incident(b, lang):
        return False
    return (a not in b and b not in a) and owners_differ(a, b)


def is_incident(actor: str, lang: str) -> bool:
    """Whether an actor names an incident or a generic agent (attack, storm, police)."""
    incidents = frame_words(lang).incident_words
    return any(w in incidents or lemma(w, lang) in incidents for w in actor.split()) or any(
        lemma(i, lang) in actor.split() for i in incidents if " " not in i
    )
