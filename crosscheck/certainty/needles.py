"""A hedged statement -> what a sentence must hold to be read as its outright counterpart.

``matching`` looks for a hedged statement's counterpart at every place of its first word in
the other sources; a sentence found there is read (tokenized, its words keyed) only when it
holds one of the statement's needles, a test on its case-folded text alone. The proof that
no skipped sentence could give a candidate is in :func:`statement_needles`.
"""

from __future__ import annotations

from crosscheck.certainty.statements import HedgedStatement, _StatementRules


def statement_needles(statement: HedgedStatement, rules: _StatementRules) -> frozenset[str]:
    """What a sentence must hold (as a substring of its case-folded text) for
    ``matching._candidate`` to find a candidate in it.

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
    stem = rules.stem_letters
    found: set[str] = set()
    for word in (*statement.objects, *statement.subjects):
        found.add(word[:stem])
        group = rules.kin.get(word)
        if group is not None:
            found.update(rules.kin_forms[group])
    return frozenset(found)
