"""The sentence before a pronoun -> the one person it names ("He reportedly met ..." -> "pompeo").

``pronoun_subject`` tells a hedged statement whose subject is such a pronoun.

A hedged statement whose subject is "he" or "she" says too little to be found in another
source; the sentence before it usually names the person. The people of that sentence are read
by ``crosscheck.names.finder.find_names``; only when it names exactly one person is the pronoun
resolved, to that person's surname (the last word of the name): with two people in view it
may stand for either, and with none it may stand for someone named further back.
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
    people = {
        mention.tokens[-1].casefold()
        for mention in find_names(sentence, lang)
        if mention.kind is NameKind.PERSON and mention.tokens
    }
    return people.pop() if len(people) == 1 else None
