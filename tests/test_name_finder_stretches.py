"""The name finder reads plain lower-case words in stretches: the words a rule looks at
(a title before a name, a connector after an organisation's words) stay words of their own."""

from __future__ import annotations

from itertools import pairwise

import pytest

from crosscheck.model import Sentence
from crosscheck.names.finder import find_names


def _found(text: str) -> list[tuple[str, str, str | None]]:
    sentence = Sentence(start=0, end=len(text), text=text)
    return [(m.text, m.kind.value, m.title) for m in find_names(sentence, "en")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a title ends the stretch of lower-case words before a name
            "He met the visiting ambassador Jurg Lauber on Monday.",
            [("Jurg Lauber", "person", "ambassador")],
        ),
        (  # a title keeps its full stop
            "They spoke with ambassador Smith and with the gen. Petrov about it.",
            [("Smith", "person", "ambassador"), ("Petrov", "person", "gen.")],
        ),
        (  # connectors right after an organisation's words join them
            "It was said by the Office of the High Commissioner for Human Rights in a statement.",
            [("Office of the High Commissioner for Human Rights", "organisation", None)],
        ),
        (  # a cue word after the run closes it
            "The vote ended with the Human Rights council vote.",
            [("Human Rights council", "organisation", None)],
        ),
        (  # a heading in title case: capitals say nothing there
            "A Call For Justice In Belarus And Beyond",
            [("Belarus", "place", None)],
        ),
        (  # a stretch runs on after commas; the title after a comma still opens the name
            "Officials met, and then, ambassador Jurg Lauber spoke.",
            [("Jurg Lauber", "person", "ambassador")],
        ),
        (  # a title last in a stretch before a full stop keeps it
            "The talks ended, as reported by the gen. Petrov.",
            [("Petrov", "person", "gen.")],
        ),
        (  # a title ending the sentence names no one
            "They were met by the visiting ambassador.",
            [],
        ),
        (  # a title after commas
            "The report was read out, in full, by president Lukashenko, who had signed it.",
            [("Lukashenko", "person", "president")],
        ),
        (  # many lower-case words between two names
            "Officials met in Minsk on Tuesday, and then flew to Warsaw for the talks.",
            [("Minsk", "place", None), ("Warsaw", "place", None)],
        ),
    ],
)
def test_names_around_stretches_of_lower_case_words(text, expected):
    assert _found(text) == expected


def test_a_sentence_of_lower_case_words_only_has_no_names():
    assert _found("and then they said that it was over, as it had been for years.") == []


_SCANNED = [  # words after marks, codes, ampersands, possessives, dotted titles, accents
    "Gen. Smith met Medicare & Medicaid officials at A/HRC/55 on 12 March.",
    "\u201cWe won\u2019t,\u201d said Łukašenka\u2019s aide \u2013 Mr. O'Neil \u2014 in Zoë's town.",
    "The LGBTQIA+ group, U.S. officials and al-Assad's men: a Kremlin-backed plan (OSCE).",
    "Putin's  envoy\nmet Xi; then the gen. and the U.N.'s chief left.",
]


@pytest.mark.parametrize("text", _SCANNED)
def test_every_word_is_read_once_in_text_order(text):
    from crosscheck.names.finder_tokens import _tokens
    from crosscheck.names.lexicon import name_word_rules
    from crosscheck.text.tokens import word_tokens

    toks = _tokens(text, name_word_rules("en"))
    spans = [(t.start, t.end) for t in toks]
    assert spans == sorted(spans)
    assert all(a[1] <= b[0] for a, b in pairwise(spans))
    for word in word_tokens(text):  # each word inside exactly one token
        assert sum(1 for s, e in spans if s <= word.start < e) == 1, word.text
    for tok in toks:
        if tok.text:  # a word of its own: its text is the text at its span
            assert text[tok.start : tok.end] == tok.text
