"""The words before a hedge: whom a hedged statement speaks of, and what keeps it unread.

``crosscheck.certainty.hedged_statements`` reads a statement's subject from the few words
before its hedge. These helpers answer, on the words of one sentence (``StatementWords``): the
antecedent of a relative pronoun ("[Brown], who was apparently unarmed"), a name before an
apposition ("[Lois Lerner], the director of the division, is expected to"; the matcher
asks it of the outright side too), a relative clause set off by commas that is an aside
("Kavanaugh, [who has denied the allegations,] is expected to testify"), and whether a
negation or a word that makes the sentence no assertion stands before the hedge outside
such an aside. Pure functions of the words.
"""

from __future__ import annotations

from bisect import bisect_left

from crosscheck.certainty.sentence_words import StatementWords
from crosscheck.certainty.statement_rules import StatementRules

_COMMA = ","


def _antecedent(words: StatementWords, relative: int, rules: StatementRules) -> list[int]:
    """The words a relative pronoun at word ``relative`` stands for: the few before it, back
    to the previous subject break ("[Michael Brown], who was apparently unarmed")."""
    opened = bisect_left(words.breaks, relative) - 1
    low = max(words.breaks[opened] + 1 if opened >= 0 else 0, relative - rules.subject_words)
    return [i for i in range(low, relative) if words.keys[i] not in rules.stop_words]


def _named_before_apposition(
    words: StatementWords, text: str, low: int, at: int, rules: StatementRules
) -> list[int]:
    """The name a clause opens with when an apposition stands between it and the hedge at
    word ``at`` ("[Lois Lerner], the director of the division, is expected to"); else []."""
    named: list[int] = []
    index = low
    while index < at and len(named) < rules.subject_words:
        if not words.tokens[index].text[0].isupper():
            return []
        named.append(index)
        if _COMMA in text[words.tokens[index].end : words.tokens[index + 1].start]:
            opener = words.keys[index + 1] in rules.apposition_openers
            return named if index + 1 < at and opener else []
        index += 1
    return []


def _blocked_before(words: StatementWords, text: str, at: int, rules: StatementRules) -> bool:
    """Whether a negation or a word that makes the sentence no assertion stands before word
    ``at`` (the hedge), other than inside a relative clause set off by commas ("Kavanaugh,
    [who has denied the allegations,] is expected to testify"): that clause says something
    else of the subject."""
    for blocked in words.blocked[: bisect_left(words.blocked, at)]:
        if not _in_relative_aside(words, text, blocked, at, rules):
            return True
    return False


def _comma_after(words: StatementWords, text: str, index: int) -> bool:
    """Whether a comma stands between word ``index`` and the next."""
    return _COMMA in text[words.tokens[index].end : words.tokens[index + 1].start]


def _in_relative_aside(
    words: StatementWords, text: str, index: int, at: int, rules: StatementRules
) -> bool:
    """Whether word ``index`` lies in a clause opened by a comma and a relative pronoun and
    closed by a comma before word ``at``."""
    opener = next((i for i in range(index, 0, -1) if _comma_after(words, text, i - 1)), None)
    if opener is None or words.keys[opener] not in rules.relative_pronouns:
        return False
    return any(_comma_after(words, text, i) for i in range(index, at))


def _closed_relative(
    words: StatementWords, text: str, low: int, at: int, rules: StatementRules
) -> bool:
    """Whether the clause of a hedge at word ``at`` (from word ``low``) opens with a relative
    pronoun whose clause a comma closes before the hedge ("Kavanaugh, who has denied the
    allegations, is expected to")."""
    return (
        low > 0
        and words.keys[low - 1] in rules.relative_pronouns
        and any(_comma_after(words, text, i) for i in range(low, at))
    )


def _after_aside(words: StatementWords, text: str, low: int, at: int) -> int:
    """The first word after the last comma among words ``low``..``at`` (the comma that
    closes a relative aside before a hedge at word ``at``); ``low`` when there is none."""
    return next((i + 1 for i in range(at - 1, low - 1, -1) if _comma_after(words, text, i)), low)


def before_apposition(words: StatementWords, text: str, at: int, rules: StatementRules) -> bool:
    """Whether word ``at`` is part of a name that a comma and an apposition follow ("[Lois
    Lerner], the director of the division")."""
    end = at
    while end + 1 < len(words.tokens) and words.tokens[end + 1].text[:1].isupper():
        end += 1
    if end + 1 >= len(words.tokens) or not words.tokens[at].text[:1].isupper():
        return False
    gap = text[words.tokens[end].end : words.tokens[end + 1].start]
    return _COMMA in gap and words.keys[end + 1] in rules.apposition_openers


def _restrictive_antecedent(
    words: StatementWords, text: str, subject_low: int, at: int, rules: StatementRules
) -> list[int]:
    """The words a restrictive relative clause right before a hedge at word ``at`` belongs
    to ("a bystander [video] that surfaced Tuesday appears to show"): the subject words then
    start after the pronoun, which is a subject break; the noun before it is the subject.

    Only when the pronoun follows a word of the subject (no comma, no stop word, no break
    word such as "said") and a verb of its own clause follows it (a lower-case word that is
    no stop word: "that [surfaced]", not "that [the] video" or "that [Trump]"); else []."""
    relative = subject_low - 1
    if (
        relative < 1
        or relative + 1 >= at
        or words.keys[relative] not in rules.restrictive_pronouns
        or _comma_after(words, text, relative - 1)
    ):
        return []
    before, after = words.keys[relative - 1], words.tokens[relative + 1]
    if before in rules.stop_words or before in rules.subject_breaks:
        return []
    if not after.text[:1].islower() or words.keys[relative + 1] in rules.stop_words:
        return []
    return _antecedent(words, relative, rules)
