"""Tests of crosscheck.text.clean: offset-preserving cleaning of saved web pages."""

from __future__ import annotations

import copy
import itertools
from pathlib import Path
from typing import Any

import pytest
from casefiles import Case, load_stage, select, stage_files
from hypothesis import given
from hypothesis import strategies as st

from crosscheck.errors import LexiconError
from crosscheck.lexicon import load_lexicon
from crosscheck.text.clean import (
    CLEANERS,
    blank_spans,
    boilerplate_spans,
    clean_text,
    normalise_typography,
)
from crosscheck.text.cleaning_rules import build_cleaning_rules

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "sources" / "belarus"


def _is_typography(case: Case) -> bool:
    return "expected" in case


def test_case_files_are_well_formed():
    """Loading validates names and keys (tests/cases/schema.toml); each row is one of two kinds."""
    cases = load_stage("clean")
    assert {case.file for case in cases} == {path.stem for path in stage_files("clean")}
    for case in cases:
        assert "text" in case, case.id
        assert _is_typography(case) or {"removed", "kept"} <= case.keys(), case.id


def test_every_kind_of_boilerplate_has_examples():
    import crosscheck.text.boilerplate as boilerplate

    kinds = {value for name, value in vars(boilerplate).items() if name.startswith("REASON_")}
    boilerplate = select("clean", where=lambda c: not _is_typography(c))
    covered = {reason for case in boilerplate for reason in case.get("reasons", [])}
    assert len(kinds) == 10
    assert kinds <= covered, f"no case for {kinds - covered}"


@pytest.mark.cases("clean", where=lambda c: "expected" in c)
def test_typography(case):
    assert normalise_typography(case["text"]) == case["expected"]
    assert clean_text(case["text"]) == case["expected"]


@pytest.mark.cases("clean", where=lambda c: "expected" not in c, languages=True)
def test_boilerplate(case):
    text = case["text"]
    cleaned = clean_text(text, case.language)
    assert len(cleaned) == len(text)
    for removed in case["removed"]:
        start = text.index(removed)
        blanked = cleaned[start : start + len(removed)]
        assert blanked.strip() == "", f"not blanked: {removed!r} -> {blanked!r}"
        assert [c for c in blanked if c in "\r\n"] == [c for c in removed if c in "\r\n"]
    normalised = normalise_typography(text)
    for kept in case["kept"]:
        start = normalised.index(kept)
        assert cleaned[start : start + len(kept)] == kept, f"damaged: {kept!r}"
    if "reasons" in case:
        assert {reason for _, _, reason in boilerplate_spans(text)} == set(case["reasons"])


# --- The sample story --------------------------------------------------------------------


def _sample(name: str) -> str:
    return (SAMPLE / name).read_text(encoding="utf-8")


def _samples() -> list[Any]:
    return [pytest.param(p.name, id=p.stem) for p in sorted(SAMPLE.glob("*.txt"))]


@pytest.mark.parametrize("name", _samples())
def test_sample_keeps_length_and_line_breaks(name):
    text = _sample(name)
    cleaned = clean_text(text)
    assert len(cleaned) == len(text)
    assert [i for i, c in enumerate(cleaned) if c == "\n"] == [
        i for i, c in enumerate(text) if c == "\n"
    ]


LEFTOVERS = [
    "Coolidge",
    "Akaza",
    "Emma D",
    "Emily Canham",
    "You May Also Like",
    "favor to ask",
    "30 years",
    "foreign agent",
    "support us monthly",
    "Thank you",
    "Inline Feedbacks",
    "Click to comment",
    "View all comments",
    "Connect with us",
    "looking for?",
    "most authenticated news",
    "Support The Moscow Times",
    "Stringer / TASS",
    "Read more",
    "Last news",
    "Table of Contents",
    "Partners",
    "Contacts",
    "\u2022",
]


@pytest.mark.parametrize("leftover", LEFTOVERS)
def test_sample_leftovers_are_blanked(leftover):
    for path in sorted(SAMPLE.glob("*.txt")):
        assert leftover not in clean_text(path.read_text(encoding="utf-8")), path.name


ARTICLE_TEXT = [
    ("advocacy-justice-belarus.txt", "Advocating for Justice in Belarus"),
    (
        "advocacy-justice-belarus.txt",
        "Currently, nearly 1,400 political prisoners endure harsh conditions in Belarus, "
        "with at least 30,000 detained unjustly since 2020 and over 300,000 forced into exile, "
        "according to the UN.",
    ),
    (
        "advocacy-justice-belarus.txt",
        "By confronting impunity and supporting Belarusian civil society, we reaffirm the "
        "universal quest for freedom and dignity, countering repression and external threats.",
    ),
    ("moscow-times-2020-11.txt", "Belarus Rights Abuses Under Fire at UN"),
    ("moscow-times-2020-11.txt", "'Fraudulent'"),
    (
        "moscow-times-2020-11.txt",
        'and allow them to "work without fear of detention."',
    ),
    ("moscow-times-2020-11.txt", "after 26 years."),
    (
        "tsikhanouskaya-office-2024-03-20.txt",
        "Release for political prisoners and accountability for Lukashenka regime: "
        "UN Human Rights Council discussed Belarus",
    ),
    ("tsikhanouskaya-office-2024-03-20.txt", "March 20, 2024"),
    ("tsikhanouskaya-office-2024-03-20.txt", "will take place tomorrow in Geneva."),
    ("un-experts-2025.txt", "| Key Points | Details |"),
    ("un-experts-2025.txt", "| Political Prisoners | Over 1,200 individuals remain detained. |"),
    ("un-experts-2025.txt", "Exclusive Interview: Human Rights Expert Dr. Elena Kovalenko"),
    ("un-experts-2025.txt", "Senior Editor: With Lukashenko set to remain in power"),
    ("un-experts-2025.txt", "Conclusion\n"),
    ("un-news-2025-02-14.txt", "14 February 2025"),
    ("un-news-2025-02-14.txt", "for a sixth term - and recommending"),
]


@pytest.mark.parametrize(("name", "passage"), ARTICLE_TEXT)
def test_sample_article_text_is_kept(name, passage):
    text = _sample(name)
    normalised = normalise_typography(text)
    start = normalised.index(passage)
    assert clean_text(text)[start : start + len(passage)] == passage


def test_un_news_has_no_boilerplate():
    assert boilerplate_spans(_sample("un-news-2025-02-14.txt")) == []


def test_moscow_times_spans():
    text = _sample("moscow-times-2020-11.txt")
    found = [(reason, text[start:end]) for start, end, reason in boilerplate_spans(text)]
    appeal_start = text.index("\u2026 we have a small favor to ask.")
    appeal_end = text.index("Thank you.") + len("Thank you.")
    assert found == [
        ("site chrome", "Support The Moscow Times!"),
        ("photo credit", "Stringer / TASS"),
        ("donation appeal", text[appeal_start:appeal_end]),
        ("site chrome", "Continue\n\nRead more"),
    ]


def test_advocacy_teaser_block_runs_to_end_of_file():
    text = _sample("advocacy-justice-belarus.txt")
    start = text.index("You May Also Like")
    assert (start, len(text), "teaser for other stories") in boilerplate_spans(text)


def test_spans_are_sorted_and_disjoint():
    for path in sorted(SAMPLE.glob("*.txt")):
        spans = boilerplate_spans(path.read_text(encoding="utf-8"))
        assert spans == sorted(spans)
        for (_, end, _), (start, _, _) in itertools.pairwise(spans):
            assert end <= start


# --- Composition, edge cases, lexicon ----------------------------------------------------


def test_pipeline_order():
    assert [cleaner.__name__ for cleaner in CLEANERS] == [
        "normalise_typography",
        "blank_boilerplate",
        "unwrap_lines",
    ]


def test_blank_spans_keeps_line_breaks():
    assert blank_spans("ab\r\ncd\nef", [(1, 7, "x")]) == "a \r\n  \nef"


def test_empty_text():
    assert clean_text("") == ""
    assert boilerplate_spans("") == []


def test_crlf_text_is_cleaned_in_place():
    text = "Connect with us\r\n\r\nThe report was published.\r\n"
    cleaned = clean_text(text)
    assert cleaned == " " * 15 + "\r\n\r\nThe report was published.\r\n"


@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=300))
def test_cleaning_never_moves_offsets(text):
    cleaned = clean_text(text)
    assert len(cleaned) == len(text)
    for original, new in zip(text, cleaned, strict=True):
        if original in "\r\n":  # kept, or a space where a hard-wrapped paragraph goes on
            assert new == original or new == " "
        if new in "\r\n":
            assert new == original


@given(
    st.lists(
        st.sampled_from(
            ["News", "• Home", "Share", "Read more", "You May Also Like", "support us", "...", ""]
        )
        | st.text(max_size=40),
        max_size=30,
    )
)
def test_cleaning_lines_of_page_furniture(lines):
    text = "\n".join(lines)
    assert len(clean_text(text)) == len(text)


ADVERSARIAL = {
    "digits-and-commas": "1,234," * 35_000,
    "over-over": "over " * 40_000,
    "nested-brackets": "(" * 100_000 + ")" * 100_000,
    "menu-lines": "\u2022 News\n" * 25_000,
    "teaser-heading-and-ellipses": "You May Also Like\n" + "a...\n" * 40_000,
    "appeal-cues": "support us, donate monthly. " * 8_000,
    "newlines": "\n" * 200_000,
    "long-word": "x" * 200_000,
    "slashes": "Stringer / " * 20_000,
    "link-closing-words": ("Aaa Bbb Ccc (Ddd) Eee Aaa" * 6 + " MORE ") * 8_000,
}


@pytest.mark.timeout(60)
@pytest.mark.parametrize("text", ADVERSARIAL.values(), ids=ADVERSARIAL.keys())
def test_adversarial_input_completes(text):
    assert len(clean_text(text)) == len(text)


def _lexicon() -> dict[str, Any]:
    return copy.deepcopy(load_lexicon("boilerplate"))


def test_shipped_lexicon_is_valid():
    build_cleaning_rules(_lexicon())


@pytest.mark.parametrize(
    ("table", "key", "value"),
    [
        ("chrome", "lines", []),
        ("chrome", "lines", "read more"),
        ("chrome", "patterns", ["(unclosed"]),
        ("navigation", "min_run", 0),
        ("navigation", "min_run", "3"),
        ("appeal", "strong", [""]),
        ("typography", "ab", "x"),
        ("typography", " ", "\n"),
        ("links", "closing", []),
        ("links", "max_name_words", 0),
    ],
)
def test_bad_lexicon_raises(table, key, value):
    data = _lexicon()
    data[table][key] = value
    with pytest.raises(LexiconError, match=r"boilerplate\.toml"):
        build_cleaning_rules(data)


def test_missing_lexicon_table_raises():
    data = _lexicon()
    del data["appeal"]
    with pytest.raises(LexiconError, match="'appeal'"):
        build_cleaning_rules(data)


# --- Markdown drafts in linear time (issue 11, item 5) ----------------------------------

_MARKDOWN_PROBE = """
import sys
from crosscheck.text.markdown import strip_markdown
shape, size = sys.argv[1], int(sys.argv[2])
text = shape * (size // len(shape))
assert len(strip_markdown(text)) == len(text)
"""


@pytest.mark.parametrize("shape", ["[", "[]", "![](", " "])
def test_strip_markdown_is_linear_on_one_long_line(shape: str) -> None:
    """A 200 KB line of brackets or blanks: minutes before (quadratic), milliseconds now."""
    import subprocess
    import sys

    done = subprocess.run(
        [sys.executable, "-c", _MARKDOWN_PROBE, shape, "200000"],
        cwd=ROOT,
        timeout=60,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr


def test_strip_markdown_still_blanks_links_and_tables() -> None:
    from crosscheck.text.markdown import strip_markdown

    text = "See [the report](http://x.org/a) and [b][1].\n| a | b |\n|---|:---:|\n"
    out = strip_markdown(text)
    assert len(out) == len(text)
    assert "the report" in out and "http" not in out and "[" not in out
    assert out.splitlines()[2].strip() == ""


# --- hard-wrapped text (issue 13) --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He won a sixth\nterm in 2020.", "He won a sixth term in 2020."),
        ("held on August\n9, 2020, in Minsk", "held on August 9, 2020, in Minsk"),
        ("March 3,\r\nOfficials said", "March 3,  Officials said"),
        ("A headline\nThe body starts.", "A headline\nThe body starts."),
        ("It ended.\nthe next line", "It ended.\nthe next line"),
        ("first paragraph\n\nsecond one", "first paragraph\n\nsecond one"),
        ("items:\n1. one\n2. two", "items:\n1. one\n2. two"),
        ("| a |\n| b |", "| a |\n| b |"),
        ("- one\n- two", "  one\n  two"),
    ],
)
def test_clean_text_unwraps_hard_wrapped_lines(text: str, expected: str) -> None:
    cleaned = clean_text(text)
    assert len(cleaned) == len(text)
    assert cleaned == expected


def test_hard_wrapped_ordinal_is_not_a_fraction() -> None:
    """ "a sixth⏎term" is the ordinal of "sixth term", not the fraction 1/6."""
    from crosscheck.claims.extract import extract_claims
    from crosscheck.model import Source

    claims = extract_claims(Source(id="a", text="Lukashenko won a sixth\nterm in 2020."))
    values = [c.value.low for c in claims if c.value is not None]
    assert values and all(abs((v or 0) - 1 / 6) > 1e-9 for v in values)
