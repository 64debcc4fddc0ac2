"""match.families: every family's blocking key and scorer through one entry (matched_pairs)."""

from __future__ import annotations

import random
from itertools import combinations

from crosscheck.match.engine import CERTAINTY, NAMES, similar
from crosscheck.match.families import (
    BODIES,
    STATEMENT_WORDS,
    STATEMENTS,
    SUBJECT_END,
    MatchFamily,
    match_groups,
    matched_pairs,
    surnames,
)
from crosscheck.model import (
    ClaimFamily,
    FamilyClaim,
    Granularity,
    Quantity,
    TimeRef,
    family_claim,
)
from tests.claimfactory import quoted_claim


def _brute(items: list[str], family: MatchFamily[str], cutoff: float) -> list[tuple[int, int]]:
    """Every pair of one block scored one by one: what matched_pairs must give, faster."""
    return sorted(
        (i, j)
        for i, j in combinations(range(len(items)), 2)
        if family.block(items[i]) == family.block(items[j])
        and (
            family.text(items[i]) == family.text(items[j])
            or similar(family.text(items[i]), family.text(items[j]), family.scorer, cutoff)
        )
    )


def test_statements_are_blocked_on_their_subject_words() -> None:
    keys = [
        f"the payment{SUBJECT_END}violate the fourth amendment",
        f"the loan{SUBJECT_END}violate the fourth amendment",
        f"the payment{SUBJECT_END}violates the fourth amendment",
        "amount to crimes against humanity",
        "amounts to crimes against humanity",
    ]
    assert matched_pairs(keys, STATEMENTS, 85) == [(0, 2), (3, 4)]
    assert match_groups(keys, STATEMENTS, 85) == [0, 1, 0, 3, 3]
    assert (0, 1) in matched_pairs(keys, STATEMENT_WORDS, 85)  # across subjects


def test_groups_are_joined_through_others_and_named_by_their_smallest_index() -> None:
    family = MatchFamily(scorer=NAMES, block=lambda _: "", text=lambda w: w)
    words = ["zzzz", "abcdefgh", "abcdefgx", "abcdefxx", "qqqq"]
    # 1-2 and 2-3 match at 85; 1-3 alone would not (75): one group through 2
    assert not similar(words[1], words[3], NAMES, 85)
    assert match_groups(words, family, 85) == [0, 1, 1, 1, 4]


def test_equal_texts_always_match_within_a_block_and_never_across() -> None:
    family = MatchFamily(scorer=NAMES, block=lambda w: w[0], text=lambda w: w[1:])
    items = ["ax", "bx", "ax", "ay"]
    assert matched_pairs(items, family, 100) == [(0, 2)]


def test_a_short_surname_only_matches_itself_and_blocks_are_first_letters() -> None:
    family = surnames(5)
    words = ["lukashenko", "lukashenka", "kukashenko", "ivan", "ivam"]
    assert matched_pairs(words, family, 80) == [(0, 1)]


def test_matched_pairs_equal_scoring_every_pair_of_a_block() -> None:
    rng = random.Random(20261202)
    letters = "aabeklmnorsu"
    words = ["".join(rng.choice(letters) for _ in range(rng.randint(3, 9))) for _ in range(300)]
    for family, cutoff in ((BODIES, 70), (surnames(4), 75)):
        found = matched_pairs(words, family, cutoff)
        assert found == _brute(words, family, cutoff)
        assert len(found) > 5  # the sample does hold matches
    keyed = [f"{rng.choice('ab')}{SUBJECT_END}{w}" for w in words[:150]] + words[150:]
    assert STATEMENTS.scorer == CERTAINTY
    for family in (STATEMENTS, STATEMENT_WORDS):
        assert matched_pairs(keyed, family, 70) == _brute(keyed, family, 70)


def test_a_figure_or_date_claim_is_a_claim_of_its_family() -> None:
    value = Quantity(start=0, end=2, text="55", low=55, high=55, point=55)
    figure = family_claim(quoted_claim("a", "55 people", value=value, subject="", metric=""))
    assert figure.family is ClaimFamily.FIGURE and figure.payload.text == "55 people"
    assert isinstance(figure, FamilyClaim) and figure.key == figure.payload.key
    day = TimeRef(
        start=0, end=7, text="March 3", begin=None, end_date=None, granularity=Granularity.DAY
    )
    date = family_claim(quoted_claim("a", "March 3", time=day, subject="", metric=""))
    assert date.family is ClaimFamily.DATE
