"""Every source's statement claims -> the pairs where one source hedges what another states
outright.

The matching stage of the statement family (``certainty.claims`` gives each source's
claims; the story rule ``rules/certainty.py`` only judges the pairs and builds each
``certainty`` discrepancy):

* ``pair_assertions``: assertions ("may amount to crimes against humanity" / "amount to
  crimes against humanity") clustered across sources on their predicate and object
  (``match.families``, the one engine), each hedged wording paired with an assertion of
  another source that states it outright (``AssertionPair``);
* ``pair_statements``: each hedged statement ("explosives were reportedly thrown") and each
  hedged concept mention looked for in the other sources' sentences
  (``statement_search.match_statements``, ``concept_pairs.concept_pairs``), then one
  partner kept per hedged statement (the best scored; the others for the row's details)
  and one per outright sentence and hedging source (``MatchedStatement``).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TypeVar

from crosscheck.certainty.comparable import comparable_assertion, wording
from crosscheck.certainty.records import (
    Assertion,
    AssertionPair,
    ConceptMention,
    HedgedStatement,
    StatementClaim,
    StatementPair,
)
from crosscheck.certainty.rules import assertion_rules
from crosscheck.match.block_matcher import cross_source_blocks
from crosscheck.match.concept_pairs import concept_pairs
from crosscheck.match.families import (
    STATEMENT_WORDS,
    STATEMENTS,
    SUBJECT_END,
    match_groups,
    matched_pairs,
)
from crosscheck.match.statement_search import match_statements
from crosscheck.match.statements.story_text import StoryText
from crosscheck.model import Source


@dataclass(frozen=True, slots=True, kw_only=True)
class MatchedStatement:
    """A hedged statement and the sentence of another source that states it outright
    (``pair``, the best scored of its partners, and the best partner of that outright
    sentence among the hedging source's statements); ``others``: its other partners, best
    first (the row's details)."""

    pair: StatementPair
    others: tuple[StatementPair, ...]


_R = TypeVar("_R")


def _payloads(claims: Sequence[StatementClaim], record: type[_R]) -> tuple[_R, ...]:
    """The records of one type among a source's statement claims, in their order."""
    return tuple(c.payload for c in claims if isinstance(c.payload, record))


def pair_assertions(
    sources: Sequence[Source], claims: Mapping[str, Sequence[StatementClaim]], lang: str
) -> tuple[AssertionPair, ...]:
    """The assertions of each source's statement claims, paired where one source hedges
    what another asserts (``assertion_pairs``), read in the story's language ``lang``."""
    assertions = {sid: _payloads(found, Assertion) for sid, found in claims.items()}
    return tuple(assertion_pairs(sources, assertions, lang))


def pair_statements(
    sources: Sequence[Source],
    claims: Mapping[str, Sequence[StatementClaim]],
    spans: Mapping[str, Sequence[tuple[int, int]]],
    lang: str,
) -> tuple[MatchedStatement, ...]:
    """Each hedged statement and hedged concept mention of the sources' statement claims
    with the sentence of another source that states it outright.

    Args:
        sources: The sources, in report order.
        claims: Each source's claims of the statement family (``certainty.claims``).
        spans: Each source's sentence spans (where another source's statement is looked for).
        lang: The story's language (whose statement words are read).

    Returns:
        One match per hedged statement (its best outright counterpart; the others in
        ``others``), in the order its first pair was found, less those whose outright
        sentence is the better partner of another statement of the same hedging source.
    """
    hedged = {sid: _payloads(found, HedgedStatement) for sid, found in claims.items()}
    concepts = {sid: _payloads(found, ConceptMention) for sid, found in claims.items()}
    story = StoryText(sources, spans, lang)  # read once for both pairings
    pairs = [
        *match_statements(sources, hedged, spans, lang, story=story),
        *concept_pairs(sources, concepts, spans, lang, story=story),
    ]
    chosen = _best_per_statement(pairs)
    partners = _mutual(match.pair for match in chosen)
    return tuple(match for match in chosen if partners[_outright_key(match.pair)] is match.pair)


def _best_per_statement(pairs: Sequence[StatementPair]) -> list[MatchedStatement]:
    """One pair per hedged statement: the best scored; the others kept for the details."""
    groups: dict[tuple[str, int], list[StatementPair]] = {}
    for pair in pairs:
        groups.setdefault((pair.hedged.source, pair.hedged.start), []).append(pair)
    chosen = []
    for members in groups.values():
        ordered = sorted(members, key=lambda p: (not p.strong, -p.score))
        chosen.append(MatchedStatement(pair=ordered[0], others=tuple(ordered[1:])))
    return chosen


def _outright_key(pair: StatementPair) -> tuple[str, int, str]:
    """The outright sentence of a pair and the source of its hedged side."""
    return (pair.outright.source, pair.outright.sentence_start, pair.hedged.source)


def _mutual(pairs: Iterable[StatementPair]) -> dict[tuple[str, int, str], StatementPair]:
    """For each outright sentence and hedging source, the best of the pairs that use it:
    a sentence states one hedged statement of a source, so each hedged statement gets at most
    one partner per source and each outright sentence at most one per hedging source."""
    best: dict[tuple[str, int, str], StatementPair] = {}
    for pair in pairs:
        key = _outright_key(pair)
        held = best.get(key)
        if held is None or (not held.strong, -held.score) > (not pair.strong, -pair.score):
            best[key] = pair
    return best


# --------------------------------------------------------------------------- assertions


def _clusters(assertions: Sequence[Assertion], threshold: float, lang: str) -> dict[str, int]:
    """Group "predicate object" keys that say the same thing; key -> cluster number.

    Keys with a subject ("the payment | violate ...") join only keys with the same subject
    words. A key whose subject is a pronoun ("if true, that would amount to a violation of
    ...") joins the one cluster of subjects its words fit, and none when several fit (it
    may stand for any of them).
    """
    keys = list(dict.fromkeys(_key(a, lang) for a in assertions))
    # "the payment violates" is not "the loan violates", however alike: blocked on subjects
    cluster = dict(zip(keys, match_groups(keys, STATEMENTS, threshold), strict=True))
    pronouns = assertion_rules(lang).pronoun_subjects
    named = {k for k in keys if k.rpartition(_SUBJECT_END)[0] not in pronouns}
    alike = _alike_named(keys, named, threshold) if len(named) < len(keys) else {}
    for key in keys:
        if key in named:
            continue
        fits = {cluster[other] for other in alike.get(key, ())}
        if len(fits) == 1:
            old, new = cluster[key], fits.pop()
            for other, value in cluster.items():
                if value == old:
                    cluster[other] = new
    return cluster


def _alike_named(keys: Sequence[str], named: set[str], threshold: float) -> dict[str, list[str]]:
    """For each key whose subject is a pronoun, the keys with a named subject whose words
    (without the subjects) score alike (``STATEMENT_WORDS``)."""
    alike: dict[str, list[str]] = {}
    for i, j in matched_pairs(keys, STATEMENT_WORDS, threshold):
        a, b = keys[i], keys[j]
        if (a in named) != (b in named):
            pronoun, other = (b, a) if a in named else (a, b)
            alike.setdefault(pronoun, []).append(other)
    return alike


def assertion_pairs(
    sources: Sequence[Source], assertions: Mapping[str, Sequence[Assertion]], lang: str
) -> list[AssertionPair]:
    """Pair assertions where one source hedges what another asserts.

    Assertions are matched across sources on their normalised predicate and object
    (rapidfuzz, threshold in ``lexicon/hedges.toml``). Within each matched statement the
    hedged assertions are grouped by their wording ("may amount to ...", "might constitute
    ..."); each wording is paired once with the first assertion, from another source, that
    states it outright, with every other source of the same wording in ``others``. A wording
    whose sources were all named by an earlier pair adds nothing and is not repeated. So
    the cost and the pairs grow with the number of distinct wordings, not with the square of
    the number of sources. Negated statements are not compared, nor is an assertion with a
    modal that is no hedge ("can lead to") taken as stated outright.

    Args:
        sources: The sources, in report order.
        assertions: The assertions of each source, by source id.
        lang: The story's language (whose assertion rules are read).

    Returns:
        The pairs, in statement and wording order.
    """
    everything = [
        a
        for source in sources
        for a in assertions.get(source.id, ())
        if comparable_assertion(a, lang)
    ]
    cluster = _clusters(everything, assertion_rules(lang).match_threshold, lang)
    groups = cross_source_blocks(
        everything, lambda a: cluster[_key(a, lang)], lambda a: a.source
    )  # the shared block matcher's blocking: a cluster of one source pairs nothing
    return [pair for group in groups for pair in _pairs_in_group(group)]


def _pairs_in_group(members: Sequence[Assertion]) -> list[AssertionPair]:
    asserted = [a for a in members if not a.hedged]
    wordings: dict[str, list[Assertion]] = {}
    for a in members:
        if a.hedged:
            wordings.setdefault(wording(a), []).append(a)
    flags: list[AssertionPair] = []
    named: set[str] = set()
    for hedged_all in wordings.values():
        sources_here = {a.source for a in hedged_all}
        if sources_here <= named:
            continue
        for hedged in hedged_all:
            outright = next((a for a in asserted if a.source != hedged.source), None)
            if outright is None:
                continue
            others = [a for a in hedged_all if a is not hedged] + [
                a for a in asserted if a is not outright
            ]
            flags.append(AssertionPair(asserted=outright, hedged=hedged, others=tuple(others)))
            named |= sources_here | {outright.source}
            break
    return flags


def _key(assertion: Assertion, lang: str) -> str:
    """What an assertion says: its predicate and object, and for predicates many subjects
    share ("violates the Fourth Amendment") its subject too."""
    if assertion.predicate in assertion_rules(lang).subject_predicates:
        determiners = assertion_rules(lang).determiners
        words = (assertion.subject or "").casefold().split()
        subject = " ".join(w for w in words if w not in determiners)
        return f"{subject}{_SUBJECT_END}{assertion.predicate} {assertion.object}"
    return f"{assertion.predicate} {assertion.object}"


_SUBJECT_END = SUBJECT_END
"""Ends the subject part of a key: subjects must be the same words, the rest alike."""
