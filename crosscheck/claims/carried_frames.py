"""Frames carried from the sentence before: a figure whose own sentence names no event takes
the frame of the one figure of the sentence before it, in the same paragraph.

"The earthquake killed 180 people on Sunday. By Monday [the number] had risen to 212.": the
figure 212 counts what 180 counts (people killed by the earthquake); a reader carries that
frame from one sentence to the next. Only two shapes carry, and only from a named source:

- an anaphoric label right before the figure ("the number", "the total", "the tally", ...,
  ``claims.toml`` ``carried_labels``) whose noun is the figure's `what` as read;
- a bare figure (no `what`, no event, no owner, a total) when ``carried_bare`` is on.

The antecedent is the only figure of the previous sentence of the same paragraph (no line
break between the two), of the same kind, with a `what` and an event; the figure keeps its
own role and takes the antecedent's `what`, event, place and incident, with a note that names
the antecedent ("from the sentence before: '180 people'").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cache

from crosscheck.lexicon import explain_words, load_lexicon, lower_words, require
from crosscheck.model import Claim, Sentence, Unit

# Kinds of figure that may carry a frame: counts, sums and shares.
_CARRIED_KINDS = frozenset({Unit.COUNT.value, Unit.MONEY.value, Unit.PERCENT.value})


@dataclass(frozen=True, slots=True)
class CarriedWords:
    """The lexicon of carried frames (``claims.toml``)."""

    labels: frozenset[str]
    reach: int
    bare: bool


@cache
def carried_words(lang: str) -> CarriedWords:
    data = load_lexicon("claims", lang)
    return CarriedWords(
        labels=lower_words(data, "carried_labels", "claims", lang=lang),
        reach=int(require(data, "carried_reach", int, "claims", lang=lang)),
        bare=bool(require(data, "carried_bare", bool, "claims", lang=lang)),
    )


@dataclass(frozen=True, slots=True)
class SentenceClaims:
    """One sentence and the claims read in it."""

    sentence: Sentence
    claims: list[Claim]


def carried_frames(groups: Sequence[SentenceClaims], cleaned: str, lang: str) -> list[Claim]:
    """All claims of ``groups`` in order, those with a frame from the sentence before replaced."""
    words = carried_words(lang)
    out: list[Claim] = []
    before: SentenceClaims | None = None
    for group in groups:
        antecedent = _antecedent(before, group.sentence, cleaned)
        for claim in group.claims:
            out.append(_carried(claim, antecedent, cleaned, words, lang))
        before = group
    return out


def _antecedent(before: SentenceClaims | None, sentence: Sentence, cleaned: str) -> Claim | None:
    """The one figure of the sentence right before, in the same paragraph, with a full frame."""
    if before is None or "\n" in cleaned[before.sentence.end : sentence.start]:
        return None
    figures = [c for c in before.claims if c.value is not None and c.kind in _CARRIED_KINDS]
    if len(figures) != 1:
        return None
    only = figures[0]
    return only if only.what and only.event else None


def _carried(
    claim: Claim, antecedent: Claim | None, cleaned: str, words: CarriedWords, lang: str
) -> Claim:
    if antecedent is None or claim.value is None or claim.event:
        return claim
    if claim.kind != antecedent.kind:
        return claim
    label = _label_before(claim, cleaned, words)
    if not label and not (words.bare and _bare(claim)):
        return claim
    note = explain_words("claims", lang)["carried"].format(
        text=antecedent.text, what=antecedent.what, event=antecedent.event
    )
    return replace(
        claim,
        what=antecedent.what,
        event=antecedent.event,
        subject=antecedent.what,
        metric=antecedent.event,
        place=claim.place or antecedent.place,
        incident=claim.incident or antecedent.incident,
        notes=(*claim.notes, note),
    )


def _bare(claim: Claim) -> bool:
    return not claim.what and not claim.actor and claim.role == "total"


def _label_before(claim: Claim, cleaned: str, words: CarriedWords) -> str:
    """The anaphoric label right before the figure, within its sentence ("the number" of
    "the number had risen to 212"), when the figure's `what` is that label's noun."""
    start = max(claim.sentence_start, claim.start - words.reach)
    text = " ".join(cleaned[start : claim.start].lower().split())
    for label in sorted(words.labels, key=len, reverse=True):
        if label in text and (not claim.what or claim.what.split()[-1] == label.split()[-1]):
            return label
    return ""
