"""A hedged statement -> what a sentence must hold to be read as its outright counterpart.

``match.statement_search`` looks for a hedged statement's counterpart at every place of its
first word in the other sources; a sentence found there is read (tokenized, its words
keyed) only when it holds one of the statement's needles, a test on its case-folded text
alone. The proof that no skipped sentence could give a candidate is in
:func:`statement_needles`.
"""

from __future__ import annotations

from crosscheck.certainty.records import HedgedStatement
from crosscheck.certainty.statement_rules import StatementRules


def statement_needles(statement: HedgedStatement, rules: StatementRules) -> frozenset[str]:
    """What a sentence must hold (as a substring of its case-folded text) for
    ``candidates._candidate`` to find a candidate in it.

    Proof from ``_candidate``'s own tests: it returns None unless ``objects + subjects``
    is at least 1 (``objects + subjects < 2`` needs ``_bare``, which needs ``subjects ==
    1``; the figure case needs ``subjects``; ``_counted`` needs a matched subject word), so
    at least one word of ``statement.objects`` or ``statement.subjects`` is matched, and a
    word is matched only to a key ``k`` of the sentence with ``same_word(k, word)``. That
    holds when ``k == word``, when both are forms of one ``kin`` group, or when they share
    their first ``stem_letters`` letters (so ``k`` begins with ``word[:stem_letters]``,
    which is ``word`` itself when shorter). ``k`` is a substring of the sentence's
    case-folded text, a curly apostrophe read as a straight one (``_Words`` keys are
    slices of it, or each word folded alone: folding is per character). So the sentence
    holds ``word[:stem_letters]`` or a form of its kin group for some statement word.
    """
    found: set[str] = set()
    for word in (*statement.objects, *statement.subjects):
        found.update(word_needles(word, rules))
    return frozenset(found)


def word_needles(word: str, rules: StatementRules) -> frozenset[str]:
    """What a sentence must hold (``statement_needles``' proof) for ``_candidate`` to match
    one word of a statement there: its first ``stem_letters`` letters or a form of its kin."""
    group = rules.kin.get(word)
    if group is None:
        return frozenset((word[: rules.stem_letters],))
    return frozenset((word[: rules.stem_letters], *rules.kin_forms[group]))


def plan_needles(
    statement: HedgedStatement, rules: StatementRules
) -> tuple[tuple[frozenset[str], ...], frozenset[str]]:
    """For a statement of a plan (its hedge one of ``rules.expecting``, "could", "is expected
    to"): the needles of each of its object words (one entry each, repeats kept), and those
    of its subject words that are figures.

    ``_candidate`` keeps a plan only with ``objects`` at least 2: either two entries of
    ``statement.objects`` matched (``objects`` counts them, repeats too), each matched to a
    word of the sentence, so each one's needles stand in the sentence; or none matched and
    ``_counted`` found a matched subject word that is a figure (whose needles stand there).
    A sentence that holds neither gives a plan no candidate (``plan_may_match``).
    """
    objects = tuple(word_needles(word, rules) for word in statement.objects)
    figures: set[str] = set()
    for word in statement.subjects:
        if word[:1].isdigit():
            figures.update(word_needles(word, rules))
    return objects, frozenset(figures)
