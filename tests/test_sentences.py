"""Tests of crosscheck.text.sentences: splitting cleaned text into sentences with offsets."""

from __future__ import annotations

import copy
import re
from pathlib import Path
from typing import Any

import pytest
from casefiles import load_stage, stage_files
from hypothesis import given
from hypothesis import strategies as st

from crosscheck.errors import LexiconError
from crosscheck.lexicon import load_lexicon
from crosscheck.model import Sentence
from crosscheck.text.clean import clean_text, normalise_typography
from crosscheck.text.sentences import build_splitting_rules, split_sentences

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "sources" / "belarus"


def test_case_files_are_well_formed():
    """Loading validates names and keys (tests/cases/schema.toml); each row has both keys."""
    cases = load_stage("sentences")
    assert {case.file for case in cases} == {path.stem for path in stage_files("sentences")}
    for case in cases:
        assert {"text", "sentences"} <= case.keys(), case.id


def _check_spans(text: str, sentences: tuple[Sentence, ...]) -> None:
    previous_end = 0
    for sentence in sentences:
        assert sentence.text == text[sentence.start : sentence.end]
        assert sentence.text == sentence.text.strip()
        assert sentence.text
        assert sentence.start >= previous_end
        previous_end = sentence.end


@pytest.mark.cases("sentences", languages=True)
def test_case(case):
    sentences = split_sentences(case["text"], case.language)
    _check_spans(case["text"], sentences)
    assert [s.text for s in sentences] == case["sentences"]


# --- The sample story --------------------------------------------------------------------


def _sample(name: str) -> str:
    return (SAMPLE / name).read_text(encoding="utf-8")


def _sentences(name: str) -> list[str]:
    return [s.text for s in split_sentences(clean_text(_sample(name)))]


def _samples() -> list[Any]:
    return [pytest.param(p.name, id=p.stem) for p in sorted(SAMPLE.glob("*.txt"))]


@pytest.mark.parametrize("name", _samples())
def test_sample_spans_index_the_original_text(name):
    original = _sample(name)
    cleaned = clean_text(original)
    sentences = split_sentences(cleaned)
    assert sentences
    _check_spans(cleaned, sentences)
    for sentence in sentences:
        assert normalise_typography(original[sentence.start : sentence.end]) == sentence.text


# Every place in the samples where a sentence is glued to the next one, found by reading
# and by the pattern [a-z][.!?][“"A-Z] (less a straight closing quote at the end of a line,
# as in 'progress."'): (file, end of the first sentence, start of the second).
GLUED = [
    ("un-experts-2025.txt", "freedom of expression and association.", "\u201cThe extensive"),
    ("un-experts-2025.txt", "over 1,200 political prisoners.", "This climate of fear"),
    ("un-experts-2025.txt", "a brutal crackdown on dissent.", "The refusal to invite"),
    ("un-experts-2025.txt", "could contribute to its future.", "The detention of political"),
    ("un-experts-2025.txt", "heard on global platforms.", "Additionally,the UN"),
    ("un-experts-2025.txt", "sustained attention and accountability.", "As the UN prepares"),
]


def test_glued_list_is_complete():
    pattern = re.compile(r"[a-z][.!?](?:[\u201cA-Z]|\"(?=[A-Z]))")
    found = []
    for path in sorted(SAMPLE.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        found += [(path.name, match.start() + 2) for match in pattern.finditer(text)]
    expected = []
    for name, first, second in GLUED:
        text = _sample(name)
        position = text.index(first + second) + len(first)
        expected.append((name, position))
    assert sorted(found) == sorted(expected)


@pytest.mark.parametrize(("name", "first", "second"), GLUED, ids=[g[2] for g in GLUED])
def test_glued_sentences_are_split(name, first, second):
    text = _sample(name)
    boundary = text.index(first + second) + len(first)
    sentences = split_sentences(clean_text(text))
    ends = {s.end for s in sentences}
    starts = {s.start for s in sentences}
    assert boundary in ends
    assert boundary in starts


EXPECTED_SENTENCES = [
    (
        "advocacy-justice-belarus.txt",
        "Currently, nearly 1,400 political prisoners endure harsh conditions in Belarus, with at "
        "least 30,000 detained unjustly since 2020 and over 300,000 forced into exile, according "
        "to the UN.",
    ),
    ("advocacy-justice-belarus.txt", "Advocating for Justice in Belarus"),
    (
        "un-experts-2025.txt",
        '"The extensive repression has proven effective," they observed, pointing to the exodus '
        "of hundreds of thousands of belarusians and the detention of over 1,200 political "
        "prisoners.",
    ),
    (
        "un-experts-2025.txt",
        "This climate of fear has left no room for genuine opposition candidates to challenge "
        "Lukashenko's rule.",
    ),
    (
        "un-experts-2025.txt",
        "Established in April 2024 through resolution A/HRC/RES/55/27,the Group of Independent "
        "Experts was tasked with investigating alleged human rights violations in Belarus as May "
        "2020.",
    ),
    (
        "un-experts-2025.txt",
        "Additionally,the UN and other organizations should continue their investigations and "
        "advocate for accountability.",
    ),
    ("un-experts-2025.txt", "| Political Prisoners | Over 1,200 individuals remain detained. |"),
    ("un-experts-2025.txt", "The Election and its Aftermath"),
    (
        "un-experts-2025.txt",
        "Media inquiries can be directed to Todd Pitman at [email protected] or Pascal Sim "
        "at [email protected].",
    ),
    (
        "un-experts-2025.txt",
        "To shed light on this critical issue, we sat down with Dr. Elena Kovalenko, a leading "
        "expert on post-Soviet political systems and human rights.",
    ),
    (
        "un-experts-2025.txt",
        "Dr. Kovalenko: The absence of independent international observers is deeply troubling.",
    ),
    ("un-experts-2025.txt", "it undermines the clarity and credibility of the electoral process."),
    (
        "moscow-times-2020-11.txt",
        "\"Belarus's August 9 presidential elections were fraudulent, and we are deeply concerned "
        "by the ongoing use of violence, intimidation and repression against the Belarusian "
        'people," U.S. Ambassador Andrew Bremberg told the assembly via video call.',
    ),
    ("moscow-times-2020-11.txt", "'Fraudulent'"),
    (
        "tsikhanouskaya-office-2024-03-20.txt",
        "Release for political prisoners and accountability for Lukashenka regime: UN Human "
        "Rights Council discussed Belarus",
    ),
    ("tsikhanouskaya-office-2024-03-20.txt", "March 20, 2024"),
    (
        "tsikhanouskaya-office-2024-03-20.txt",
        "The report indicates that since May 1, 2020, at least 55 children have been convicted on "
        "politically motivated charges, some of them sentenced to various terms of imprisonment.",
    ),
    (
        "tsikhanouskaya-office-2024-03-20.txt",
        "As of December 31, 2023, 10 of them were still in custody.",
    ),
    ("un-news-2025-02-14.txt", "14 February 2025"),
    (
        "un-news-2025-02-14.txt",
        "The group was established last year for a renewable period of a year.",
    ),
]


@pytest.mark.parametrize(("name", "sentence"), EXPECTED_SENTENCES)
def test_sample_sentence(name, sentence):
    assert sentence in _sentences(name)


@pytest.mark.parametrize("name", _samples())
def test_sample_no_sentence_ends_at_an_abbreviation(name):
    for sentence in _sentences(name):
        assert not sentence.endswith((" Dr.", "U.S.", " Mr.")), sentence


LEFTOVERS = [
    "Coolidge",
    "Akaza",
    "Emma D",
    "Emily Canham",
    "favor to ask",
    "30 years",
    "Inline Feedbacks",
    "Connect with us",
    "\u2022 News",
    "News",
    "Thank you",
    "Table of Contents",
    "Stringer",
    "|---",
]


def test_no_sentence_from_leftovers():
    for path in sorted(SAMPLE.glob("*.txt")):
        for sentence in _sentences(path.name):
            for leftover in LEFTOVERS:
                assert leftover not in sentence, (path.name, sentence)


def test_headlines_are_sentences_of_their_own():
    sentences = _sentences("un-experts-2025.txt")
    assert sentences[0] == (
        "UN Experts Raise Alarm Over Belarus' Human Rights Crisis Amid Lukashenko's Re-election"
    )
    assert "Conclusion" in sentences
    assert "The Road Ahead" in sentences


# --- Edge cases and linear time ----------------------------------------------------------


def test_empty_and_blank_text():
    assert split_sentences("") == ()
    assert split_sentences(" \n\t\r\n ") == ()


def test_offsets_with_leading_white_space():
    text = "\n\n   Hello there.  Bye.  "
    assert split_sentences(text) == (
        Sentence(start=5, end=17, text="Hello there."),
        Sentence(start=19, end=23, text="Bye."),
    )


@given(st.text(alphabet=st.sampled_from(list("aA. \n\"'?!1,|:Dr.U.S")), max_size=200))
def test_spans_always_index_the_text(text):
    _check_spans(text, split_sentences(text))


@given(st.text(max_size=300))
def test_spans_always_index_arbitrary_text(text):
    _check_spans(text, split_sentences(text))


MEGABYTE = 1_000_000
ADVERSARIAL = {
    "a-period-1mb": "a." * (MEGABYTE // 2),
    "capital-period-space-1mb": "A. " * (MEGABYTE // 3),
    "glued-sentences": "word.The " * 25_000,
    "no-punctuation-line-1mb": "word " * (MEGABYTE // 5),
    "newlines-100k": "\n" * 100_000,
    "lower-case-lines": "a\n" * 100_000,
    "digits-and-commas-1mb": "1," * (MEGABYTE // 2),
    "over-over": "over " * 40_000,
    "nested-brackets": "(" * 100_000 + ")" * 100_000,
    "periods-only": "." * 200_000,
    "spaces-after-period": "end." + " " * 200_000 + "Next.",
    "quotes": '."' * 100_000,
}


@pytest.mark.timeout(60)
@pytest.mark.parametrize("text", ADVERSARIAL.values(), ids=ADVERSARIAL.keys())
def test_adversarial_input_completes(text):
    sentences = split_sentences(text)
    assert all(s.text for s in sentences)


def test_adversarial_a_period_is_one_sentence():
    text = "a." * 1000
    assert [s.text for s in split_sentences(text)] == [text]


def test_adversarial_newlines_give_one_sentence_per_line():
    assert len(split_sentences("x\n\n" * 1000)) == 1000


# --- Lexicon -----------------------------------------------------------------------------


def test_shipped_lexicon_is_valid():
    build_splitting_rules(copy.deepcopy(load_lexicon("abbreviations")))


@pytest.mark.parametrize(
    ("key", "value"),
    [("titles", []), ("titles", ["Dr"]), ("never_final", ["e.g."]), ("starters", "the")],
)
def test_bad_lexicon_raises(key, value):
    data = copy.deepcopy(load_lexicon("abbreviations"))
    data[key] = value
    with pytest.raises(LexiconError, match=r"abbreviations\.toml"):
        build_splitting_rules(data)
