"""Assertions -> whether each can stand for its source's certainty, and the ones a story
needs read.

``comparable_assertion`` says whether an assertion may be compared across sources at all
(not negated, not inside a quotation, not hedged by a word outside its compared words);
``story_assertions`` reads the sentences ``find_statements`` left unread when some source of
the story hedges a comparable assertion; ``wording`` is an assertion's words as compared.
The pairing of assertions across sources is the matching stage's
(``crosscheck.match.statement_pairs.pair_assertions``).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from crosscheck.certainty.assertions import read_labelled
from crosscheck.certainty.records import Assertion
from crosscheck.certainty.rules import assertion_rules
from crosscheck.certainty.sentence_words import _quote_marks
from crosscheck.certainty.sentence_words import in_quotation as _in_marks
from crosscheck.certainty.statement_rules import statement_rules
from crosscheck.certainty.statements import Statements
from crosscheck.model import Source


def story_assertions(
    sources: Sequence[Source], statements: Mapping[str, Statements], lang: str
) -> dict[str, tuple[Assertion, ...]]:
    """Every source's assertions as ``match.statement_pairs.pair_assertions`` needs them,
    read on demand.

    ``find_statements`` reads a source's assertions only in the sentences that may hedge
    one and keeps the others unread (``Statements.deferred``). Those hold no comparable
    hedged assertion (``may_hedge``). ``match.statement_pairs.pair_assertions`` pairs only
    within a group that holds a comparable hedged assertion (``_pairs_in_group`` starts from
    the hedged wordings, and only comparable assertions are grouped), and an unread sentence
    adds no comparable hedged one. So when no source of the story holds a comparable
    hedged assertion, the unread sentences can change no pair and stay unread: the pairs
    are those of all assertions (none). Otherwise every unread sentence is read (each with
    the label it had) and its assertions put back in sentence order, as one reading of the
    whole source gives them. ``lang``: the story's language (what is comparable).
    """
    found = {sid: got.assertions for sid, got in statements.items()}
    hedged = any(a.hedged and comparable_assertion(a, lang) for got in found.values() for a in got)
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


def comparable_assertion(assertion: Assertion, lang: str) -> bool:
    """Whether an assertion can stand for its source's own certainty about a statement.

    Not when negated; not when its object is a lone determiner ("is a"); not when it lies
    inside a direct quotation (a speaker's wording: two transcripts of one quote, or two
    speakers, differ in wording, not in what the outlet asserts); not when it is hedged by a
    word outside the compared words (the hedge governs another clause or a noun: "could have
    known that there was no protest", "the alleged protest was a non-event").
    """
    if assertion.negated or _object_is_empty(assertion.object, lang):
        return False
    if assertion.predicate == "be" and _object_too_short(assertion.object, lang):
        return False
    if _in_quotation(assertion):
        return False
    if not assertion.hedged and assertion.modal in statement_rules(lang).modals:
        return False
    return not assertion.hedged or _hedge_inside(assertion)


def _object_too_short(obj: str, lang: str) -> bool:
    """An object of "be" too short to say what is meant ("the man", "a goal")."""
    rules = assertion_rules(lang)
    if any(obj.startswith(c) for c in rules.characterisations):
        return False
    words = [w for w in obj.split() if w not in rules.determiners]
    return len(words) < rules.min_be_object_words


def _object_is_empty(obj: str, lang: str) -> bool:
    return all(word in assertion_rules(lang).determiners for word in obj.split())


def _in_quotation(assertion: Assertion) -> bool:
    """Whether the assertion lies between double quotation marks of its sentence
    (``sentence_words.in_quotation``, as a statement's words are read)."""
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
