"""Correction notices and block quotes are not the outlet's own wording
(crosscheck/match/names/notices.py). End-to-end cases are in tests/cases/rules/name_variant.toml."""

from __future__ import annotations

from crosscheck.match.names.notices import in_spans, not_own_spans


def _spans_text(text: str) -> list[str]:
    return [text[a:b] for a, b in not_own_spans(text, "en")]


def test_a_correction_notice_by_phrase_and_by_label():
    text = (
        "Mourad Hamyd turned himself in.\n\nEarlier, we had named him as Hamyd Mourad.\n\n"
        "CORRECTION: A previous version misspelled a name.\n\nThe correction was made."
    )
    assert _spans_text(text) == [
        "Earlier, we had named him as Hamyd Mourad.",
        "CORRECTION: A previous version misspelled a name.",
    ]


def test_a_notice_phrase_late_in_a_long_paragraph_is_no_notice():
    words = " ".join(["word"] * 20)
    assert not_own_spans(f"{words} an earlier version of this plan failed.", "en") == []


def test_a_block_quote_is_the_one_paragraph_after_a_crediting_intro():
    text = (
        "According to the Associated Press:\n\n...sent by al-Qaida leader Zawahiri.\n\n"
        "Al Qaeda denied it.\n\nThe BBC reports:\nThe strikes continued."
    )
    assert _spans_text(text) == ["...sent by al-Qaida leader Zawahiri.", "The strikes continued."]


def test_a_headline_with_a_capitalised_verb_or_no_credit_introduces_no_quote():
    text = (
        "Update at 2 p.m. ET. Hamas Official Says It Can Control Factions:\n\nOwn text.\n\n"
        "Step one: a list follows:\n\nOwn text too."
    )
    assert not_own_spans(text, "en") == []


def test_in_spans():
    spans = [(5, 10), (20, 30)]
    assert in_spans(spans, 5) and in_spans(spans, 29)
    assert not in_spans(spans, 10) and not in_spans(spans, 0) and not in_spans([], 3)


def test_a_passive_reporting_verb_credits_no_one_unless_an_agent_follows():
    text = (
        "The following four embassies have been added:\n\nU.S. Embassy Antananarivo.\n\n"
        "Details were reported Tuesday by the Wall Street Journal:\n\nPallets of cash."
    )
    assert _spans_text(text) == ["Pallets of cash."]
