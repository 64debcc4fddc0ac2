"""Assertions of several sources -> pairs where one source hedges what another asserts."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from crosscheck.certainty.assertions import read_labelled
from crosscheck.certainty.records import Assertion
from crosscheck.certainty.rules import _assertion_rules
from crosscheck.certainty.sentence_words import _in_quotation as _in_marks
from crosscheck.certainty.sentence_words import _quote_marks
from crosscheck.certainty.statement_rules import statement_rules
from crosscheck.certainty.statements import Statements
from crosscheck.match.families import (
    STATEMENT_WORDS,
    STATEMENTS,
    SUBJECT_END,
    match_groups,
    matched_pairs,
)
from crosscheck.model import Source


@dataclass(frozen=True, slots=True, kw_only=True)
class AssertionPair:
    """An assertion stated outright by one source and hedged by another; ``others`` are the
    other assertions of the same statement (the same hedged wording, or stated outright)."""

    asserted: Assertion
    hedged: Assertion
    others: tuple[Assertion, ...]


def _clusters(assertions: Sequence[Assertion], threshold: float) -> dict[str, int]:
    """Group "predicate object" keys that say the same thing; key -> cluster number.

    Keys with a subject ("the payment | violate ...") join only keys with the same subject
    words. A key whose subject is a pronoun ("if true, that would amount to a violation of
    ...") joins the one cluster of subjects its words fit, and none when several fit (it
    may stand for any of them).
    """
    keys = list(dict.fromkeys(_key(a) for a in assertions))
    # "the payment violates" is not "the loan violates", however alike: blocked on subjects
    cluster = dict(zip(keys, match_groups(keys, STATEMENTS, threshold), strict=True))
    pronouns = _assertion_rules().pronoun_subjects
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
    sources: Sequence[Source], assertions: Mapping[str, Sequence[Assertion]]
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

    Returns:
        The pairs, in statement and wording order.
    """
    everything = [a for source in sources for a in assertions.get(source.id, ()) if _comparable(a)]
    cluster = _clusters(everything, _assertion_rules().match_threshold)
    groups: dict[int, list[Assertion]] = {}
    for assertion in everything:
        groups.setdefault(cluster[_key(assertion)], []).append(assertion)
    found: list[AssertionPair] = []
    for number in sorted(groups):
        found.extend(_pairs_in_group(groups[number]))
    return found


def story_assertions(
    sources: Sequence[Source], statements: Mapping[str, Statements]
) -> dict[str, tuple[Assertion, ...]]:
    """Every source's assertions as :func:`assertion_pairs` needs them, read on demand.

    ``find_statements`` reads a source's assertions only in the sentences that may hedge
    one and keeps the others unread (``Statements.deferred``). Those hold no comparable
    hedged assertion (``may_hedge``). :func:`assertion_pairs` pairs only within a
    group that holds a comparable hedged assertion (``_pairs_in_group`` starts from the
    hedged wordings, and only comparable assertions are grouped), and an unread sentence
    adds no comparable hedged one. So when no source of the story holds a comparable
    hedged assertion, the unread sentences can change no pair and stay unread: the pairs
    are those of all assertions (none). Otherwise every unread sentence is read (each with
    the label it had) and its assertions put back in sentence order, as one reading of the
    whole source gives them.
    """
    found = {sid: got.assertions for sid, got in statements.items()}
    hedged = any(a.hedged and _comparable(a) for got in found.values() for a in got)
    if not hedged:
        return found
    by_id = {s.id: s for s in sources}
    for sid, got in statements.items():
        source = by_id.get(sid)
        if source is None or not got.deferred.indices:
            continue
        order = {start: index for index, (start, _) in enumerate(got.sentences)}
        more = read_labelled(source, got.deferred.sentences(source, got.sentences))
        merged = sorted((*got.assertions, *more), key=lambda a: order.get(a.sentence_start, -1))
        found[sid] = tuple(merged)  # a stable sort: one sentence's assertions keep their order
    return found


def _comparable(assertion: Assertion) -> bool:
    """Whether an assertion can stand for its source's own certainty about a statement.

    Not when negated; not when its object is a lone determiner ("is a"); not when it lies
    inside a direct quotation (a speaker's wording: two transcripts of one quote, or two
    speakers, differ in wording, not in what the outlet asserts); not when it is hedged by a
    word outside the compared words (the hedge governs another clause or a noun: "could have
    known that there was no protest", "the alleged protest was a non-event").
    """
    if assertion.negated or _object_is_empty(assertion.object):
        return False
    if assertion.predicate == "be" and _object_too_short(assertion.object):
        return False
    if _in_quotation(assertion):
        return False
    if not assertion.hedged and assertion.modal in statement_rules().modals:
        return False
    return not assertion.hedged or _hedge_inside(assertion)


def _object_too_short(obj: str) -> bool:
    """An object of "be" too short to say what is meant ("the man", "a goal")."""
    rules = _assertion_rules()
    if any(obj.startswith(c) for c in rules.characterisations):
        return False
    words = [w for w in obj.split() if w not in rules.determiners]
    return len(words) < rules.min_be_object_words


def _object_is_empty(obj: str) -> bool:
    return all(word in _assertion_rules().determiners for word in obj.split())


def _in_quotation(assertion: Assertion) -> bool:
    """Whether the assertion lies between double quotation marks of its sentence
    (``sentence_words._in_quotation``, as a statement's words are read)."""
    offset = assertion.start - assertion.sentence_start
    return _in_marks(_quote_marks(assertion.sentence), offset)


def _hedge_inside(assertion: Assertion) -> bool:
    """Whether every hedge word of the assertion is among its compared words."""
    words = wording(assertion).split()
    spans = {" ".join(words[i : i + n]) for n in (1, 2, 3) for i in range(len(words))}
    stripped = {span.strip("\"'") for span in spans}
    return bool(assertion.certainty.hedges) and all(
        " ".join(h.casefold().split()) in stripped for h in assertion.certainty.hedges
    )


def wording(assertion: Assertion) -> str:
    """The assertion's words, case-folded, single-spaced."""
    return " ".join(assertion.text.casefold().replace("\u2019", "'").split())


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


def _key(assertion: Assertion) -> str:
    """What an assertion says: its predicate and object, and for predicates many subjects
    share ("violates the Fourth Amendment") its subject too."""
    if assertion.predicate in _assertion_rules().subject_predicates:
        determiners = _assertion_rules().determiners
        words = (assertion.subject or "").casefold().split()
        subject = " ".join(w for w in words if w not in determiners)
        return f"{subject}{_SUBJECT_END}{assertion.predicate} {assertion.object}"
    return f"{assertion.predicate} {assertion.object}"


_SUBJECT_END = SUBJECT_END
"""Ends the subject part of a key: subjects must be the same words, the rest alike."""
