"""The sentence before a pronoun -> the one person it names ("He reportedly met ..." -> "pompeo").

``pronoun_subject`` tells a hedged statement whose subject is such a pronoun.

A hedged statement whose subject is "he" or "she" says too little to be found in another
source; the sentence before it usually names the person. The people of that sentence are read
by ``crosscheck.names.finder.find_names``; only when it names exactly one person is the pronoun
resolved, to that person's surname (the last word of the name): with two people in view it
may stand for either, and with none it may stand for someone named further back. A person
named earlier in the pronoun's own sentence comes first ("Rep. Jeff Van Drew announced he would
vote against it and he might switch parties" is Van Drew, not the person of the sentence
before): only when the words before the hedge name no one is the sentence before read.
"""

from __future__ import annotations

from crosscheck.certainty.records import HedgedStatement
from crosscheck.certainty.statement_rules import StatementRules
from crosscheck.model import Sentence
from crosscheck.names.finder import find_names
from crosscheck.names.records import NameKind

_PRONOUN_REACH = 12
"""How far (characters) before a hedge its pronoun subject is looked for."""


def pronoun_subject(statement: HedgedStatement, rules: StatementRules) -> bool:
    """Whether a statement's subject is only a personal pronoun ("He reportedly met ...")."""
    if statement.subjects:
        return False
    start = statement.hedge_start - statement.sentence_start
    before = statement.sentence[max(0, start - _PRONOUN_REACH) : start].split()
    return bool(before) and before[-1].casefold() in rules.person_pronouns


def named_person(sentence: Sentence, lang: str) -> str | None:
    """The surname of the one person ``sentence`` names (lower case, read with the names
    lexicon of language ``lang``), or None."""
    people = _people(sentence, lang)
    return people.pop() if len(people) == 1 else None


def pronoun_person(
    statement: HedgedStatement, sentence: Sentence, previous: Sentence | None, lang: str
) -> str | None:
    """The surname a statement's pronoun subject stands for: the one person named before its
    hedge in its own ``sentence`` (None when two or more are), else the one person the
    sentence before names (``named_person``), else None."""
    start = statement.hedge_start - statement.sentence_start
    before = Sentence(start=sentence.start, end=sentence.start + start, text=sentence.text[:start])
    people = _people(before, lang)
    if people:
        return people.pop() if len(people) == 1 else None
    return named_person(previous, lang) if previous is not None else None


def _people(sentence: Sentence, lang: str) -> set[str]:
    """The surnames (lower case) of the people ``sentence`` names."""
    return {
        mention.tokens[-1].casefold()
        for mention in find_names(sentence, lang)
        if mention.kind is NameKind.PERSON and mention.tokens
    }
