"""Rival tallies: the figure claims of one sentence -> the same claims, with the bare counts
of a list of rivals owned and counting the first count's noun.

"Trump leads the GOP race with 744 delegates, ahead of Cruz with 545 and Kasich with 144":
545 and 144 count delegates too, Cruz's and Kasich's, and 744 is Trump's (the name opening
its clause). "Mr. Trump entered the evening with 756 convention delegates, Mr. Cruz had 559"
likewise. Without the owners the rivals' counts are no claim at all, and with the noun but
no owners they would be compared with each other as one count. Words come from
``[tallies]`` of ``lexicon/en/events.toml``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cache

from crosscheck.claims.frame_incidents import actors_differ
from crosscheck.claims.frame_roles import TOTAL
from crosscheck.claims.frame_words import CLAUSE_END, HARD_END, frame_words
from crosscheck.lexicon import LowerWords, table_settings
from crosscheck.model import Claim, Unit
from crosscheck.text.words import Token, TokenIndex, claim_words, lemma

# How many words a rival's name may have ("Mr. Ted Cruz": the stop is no word).
_NAME_WORDS = 4


@dataclass(frozen=True, slots=True, kw_only=True)
class _TallyWords:
    """``events.toml``'s ``[tallies]`` table."""

    links: LowerWords
    openers: LowerWords
    between: LowerWords
    ends: LowerWords


@cache
def _tally_words(lang: str) -> _TallyWords:
    return table_settings(_TallyWords, "events", "tallies", lang=lang)


def rival_tallies(claims: Sequence[Claim], index: TokenIndex, lang: str) -> list[Claim]:
    """The claims of one sentence (figures, in text order) with each rival's bare count
    given the noun of the count before it and its owner, and that count its own owner."""
    out = list(claims)
    for k in range(1, len(out)):
        first, bare = out[k - 1], out[k]
        if not (_counted(first) and first.what and _counted(bare) and not bare.what):
            continue
        if not _bare(bare, index, lang):
            continue
        rival = bare.actor or _linked_name(index, bare.start, lang=lang)
        owner = first.actor or _linked_name(index, first.start, opened=False, lang=lang)
        owner = owner or _clause_name(index, first.start, lang)
        if not rival or not owner or not actors_differ(owner, rival, lang):
            continue
        out[k - 1] = replace(first, actor=owner)
        out[k] = replace(bare, what=first.what, subject=first.what, actor=rival, role=TOTAL)
    return out


def _counted(claim: Claim) -> bool:
    """A count with no event: a tally, not a toll ("744 delegates", not "12 killed")."""
    return claim.value is not None and claim.value.unit is Unit.COUNT and not claim.event


def _bare(claim: Claim, index: TokenIndex, lang: str) -> bool:
    """Whether no word of its own follows a count ("Cruz with 545 [and] ..." or its end)."""
    after = index.after(claim.end, 1)
    return not after or after[0].lower in _tally_words(lang).ends


def _linked_name(index: TokenIndex, start: int, *, opened: bool = True, lang: str) -> str:
    """The name joined to a figure by a link after an opener: "ahead of [Cruz] with 545",
    "and [Kasich] with 144"; with ``opened`` false after any word ("show [Trump] with 756
    delegates", the leader's count); "" otherwise."""
    tw = _tally_words(lang)
    before = index.before(start, _NAME_WORDS + 4)
    i = len(before)
    while i > 0 and before[i - 1].lower in tw.between:
        i -= 1
    if i == 0 or before[i - 1].lower not in tw.links:
        return ""
    end = i - 1
    first = end
    while first > 0 and end - first < _NAME_WORDS and _name_part(before[first - 1], lang):
        first -= 1
    if first == end or (opened and (first == 0 or before[first - 1].lower not in tw.openers)):
        return ""
    return _name(before[first:end], lang)


def _clause_name(index: TokenIndex, start: int, lang: str) -> str:
    """The name opening the clause of a figure: "[Mr. Trump] entered the evening with 756",
    "Among Democrats, [Clinton] has accumulated 1,758"; "" when the clause opens otherwise."""
    before = index.before(start, len(index.tokens))
    first = len(before)
    while first > 0 and before[first - 1].text not in CLAUSE_END | HARD_END:
        first -= 1
    end = first
    while end < len(before) and end - first < _NAME_WORDS and _name_part(before[end], lang):
        end += 1
    if end == first or end == len(before) or not before[end].is_word:
        return ""
    if before[end].is_capitalised:
        return ""  # a longer name than a tally's owner: not read
    if before[end].lower in frame_words(lang).owner_gains:
        return ""  # "Sanders won 45 delegates to Clinton's 31": one contest's gains
    return _name(before[first:end], lang)


def _name_part(token: Token, lang: str) -> bool:
    """A capitalised word that is no stop word, or the full stop of a title ("Mr.")."""
    if token.text == ".":
        return True
    if not token.is_word or not token.is_capitalised:
        return False
    return token.lower not in claim_words(lang).stop_words


def _name(tokens: Sequence[Token], lang: str) -> str:
    """The lemmas of a name's words ("mr cruz"); "" when it has none."""
    words = [lemma(t.text, lang) for t in tokens if t.is_word]
    return " ".join(words) if words and tokens[0].is_word else ""
