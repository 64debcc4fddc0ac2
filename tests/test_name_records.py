"""The names stage's fast record makers build the very records their dataclasses build."""

from __future__ import annotations

from crosscheck.model import Sentence
from crosscheck.names.records import (
    Entity,
    NameKind,
    NameMention,
    SourcedName,
    new_entity,
    new_mention,
    sourced,
)

_SENTENCE = Sentence(start=4, end=40, text="Gen. Petrov's aide met the OSCE (OSCE).")


def test_new_mention_is_the_dataclass_record():
    made = new_mention(9, 15, "Petrov", NameKind.PERSON, ("Petrov",), _SENTENCE, "Gen.", "X", True)
    expected = NameMention(
        start=9,
        end=15,
        text="Petrov",
        kind=NameKind.PERSON,
        tokens=("Petrov",),
        sentence=_SENTENCE,
        title="Gen.",
        alias="X",
        possessive=True,
    )
    assert made == expected
    assert hash(made) == hash(expected)
    assert repr(made) == repr(expected)


def test_sourced_and_new_entity_are_the_dataclass_records():
    mention = new_mention(
        9, 15, "Petrov", NameKind.PERSON, ("Petrov",), _SENTENCE, None, None, False
    )
    item = sourced("a", mention)
    assert item == SourcedName(source="a", mention=mention)
    assert new_entity(NameKind.PERSON, (item,)) == Entity(kind=NameKind.PERSON, mentions=(item,))
