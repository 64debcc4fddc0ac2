"""The pure parts of benchmarks.wordnet_probe: a WordNet dict folder -> relations of words."""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks.wordnet_probe import WordNet, inflection, relation

# A WordNet of five synsets in the files' own format (licence lines start with a space).
FILES = {
    "index.verb": [
        "  1 licence header",
        "appear v 1 1 + 1 0 00000100  ",
        "begin v 1 1 @ 1 0 00000200  ",
        "start v 1 1 @ 1 0 00000200  ",
        "act v 1 0 1 0 00000300  ",
    ],
    "index.noun": [
        "appearance n 1 1 + 1 0 00000400  ",
        "event n 1 0 1 0 00000500  ",
    ],
    "data.verb": [
        "  1 licence header",
        "00000100 29 v 01 appear 0 001 + 00000400 n 0101 01 + 01 00 | come into sight  ",
        "00000200 30 v 02 start 0 begin 0 001 @ 00000300 v 0000 01 + 01 00 | take the first step  ",
        "00000300 41 v 01 act 0 000 01 + 01 00 | do something  ",
    ],
    "data.noun": [
        "00000400 04 n 01 appearance 0 001 + 00000100 v 0101 | a coming into sight  ",
        "00000500 11 n 01 event 0 000 | something that happens  ",
    ],
    "verb.exc": ["began begin"],
    "noun.exc": [],
}


@pytest.fixture
def wn(tmp_path: Path) -> WordNet:
    for name, lines in FILES.items():
        (tmp_path / name).write_text("".join(f"{x}\n" for x in lines), encoding="utf-8")
    return WordNet.read(tmp_path)


def test_lemmas_by_exception_and_ending(wn: WordNet) -> None:
    assert wn.lemmas("began", "v") == ("begin",)
    assert wn.lemmas("appeared", "v") == ("appear",)
    assert wn.lemmas("appearances", "n") == ("appearance",)
    assert wn.lemmas("events", "v") == ()


@pytest.mark.parametrize(
    ("one", "two", "restriction", "expected"),
    [
        ("began", "start", "syn1", "syn"),  # one synset
        ("appear", "appearance", "syn1", None),  # a derivation is no synonym
        ("appeared", "appearance", "deriv1", "deriv"),
        ("start", "act", "deriv1", None),  # a hypernym is no derivation
        ("starts", "act", "hyper1", "hyper"),
        ("start", "start", "hyperall", None),  # the same word is no relation
        ("event", "act", "hyperall", None),
    ],
)
def test_relation(wn: WordNet, one: str, two: str, restriction: str, expected: str | None) -> None:
    assert relation(wn, one, two, restriction) == expected


def test_inflection_is_one_lemma(wn: WordNet) -> None:
    assert inflection(wn, "appears", "appeared")
    assert not inflection(wn, "began", "start")
