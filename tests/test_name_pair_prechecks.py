"""The cheap checks before two slip finders read every mention (speed47): ``cue_slips`` and
``cut_names`` return no pair at once when no mention of the story could give one, before
asking of each mention whether it can spell a name at all. They are exact: each case of
``tests/cases/rules/name_variant.toml`` gives the same pairs with and without them."""

from __future__ import annotations

import pytest
from casefiles import Case, select
from storyrules import story_of

from crosscheck.match.names import cue_slips, cut_names
from crosscheck.model import Sentence, Source

_CASES = select("rules", files=("name_variant",), where=lambda c: c.language == "en")


def _story(case: Case) -> tuple[list[Source], dict[str, list[Sentence]]]:
    """Sources ``a`` and ``b`` of a case, each its sentences joined by spaces."""
    sources, sentences = [], {}
    for sid in ("a", "b"):
        text, found = "", []
        for sentence in case.get(sid, []):
            start = len(text) + (1 if text else 0)
            text = f"{text} {sentence}" if text else sentence
            found.append(Sentence(start=start, end=start + len(sentence), text=sentence))
        sources.append(Source(id=sid, text=text))
        sentences[sid] = found
    return sources, sentences


def _pairs(case: Case) -> list[tuple[str, str]]:
    sources, sentences = _story(case)
    pairs = story_of(sources, names=sentences).name_pairs
    return [(pair.a.value, pair.b.value) for pair in pairs]


@pytest.mark.parametrize("case", _CASES, ids=lambda c: c.id)
def test_prechecks_give_the_pairs_of_the_full_reading(
    case: Case, monkeypatch: pytest.MonkeyPatch
) -> None:
    checked = _pairs(case)
    monkeypatch.setattr(cue_slips, "_any_slipped", lambda *_: True)
    monkeypatch.setattr(cut_names, "_may_pair", lambda *_: True)
    assert _pairs(case) == checked


def test_prechecks_let_through_the_stories_that_pair() -> None:
    """The misspelt cue and the cut name each reach their full reading and pair."""
    by_name = {case.name: case for case in _CASES}
    cue = by_name["body-cut-short-with-a-misspelt-cue"]
    cut = by_name["three-syllable-name-without-its-last-syllable"]
    assert ("Democratic National Committee", "National Commitee") in {
        tuple(sorted(p, key=len, reverse=True)) for p in _pairs(cue)
    }
    assert ("Park Min Ho", "Park Min") in {
        tuple(sorted(p, key=len, reverse=True)) for p in _pairs(cut)
    }
