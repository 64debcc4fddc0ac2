"""A possessor's figure and a unit's casualties (prec16): one sentence -> the figure's frame."""

from __future__ import annotations

from datetime import date

import pytest

from crosscheck import Source, check


def _claim(text: str, figure: str) -> tuple[str, str]:
    """(what, actor) of the claim whose text starts with ``figure``."""
    claims = check([Source(id="a", text=text, published=date(2025, 3, 10))]).claims
    [claim] = [c for c in claims if c.value is not None and c.text.startswith(figure)]
    return claim.what, claim.actor


@pytest.mark.parametrize(
    ("text", "figure", "actor"),
    [
        ("Miller's $3.1 million in donations came mostly from the state.", "$3.1", "miller"),
        ("Miller\u2019s $3.1 million in donations came mostly from the state.", "$3.1", "miller"),
        ("Unions have given $6 million in donations to help Miller.", "$6", ""),
        ("The state said Tuesday\u2019s $2 million in donations was a record.", "$2", ""),
        ("The state said January's $2 million in donations was a record.", "$2", ""),
        ("Republicans took heart from Tuesday\u2019s 7-point margin.", "7", ""),
        ("Campaigns spent $6 million on Tuesday\u2019s $2 million ad buy.", "$2", ""),
    ],
)
def test_a_figure_right_after_a_possessive_name_is_its(text: str, figure: str, actor: str) -> None:
    assert _claim(text, figure)[1] == actor


@pytest.mark.parametrize(
    ("text", "what"),
    [
        ("An Israeli soldier was killed and 16 were wounded, one critically.", "israeli soldier"),
        ("A police officer was killed and 16 were wounded.", "police officer"),
        ("A man was killed and 16 were wounded.", "person"),
        ("A soldier said 16 were wounded.", "person"),
        ("A soldier was wounded and 16 were wounded.", "person"),
    ],
)
def test_the_others_of_a_units_one_casualty_are_of_the_unit(text: str, what: str) -> None:
    assert _claim(text, "16")[0] == what
