"""Assertions of several sources -> certainty discrepancies (one hedges what one states)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cache
from itertools import combinations

from rapidfuzz import fuzz

from crosscheck.certainty.assertions import Assertion, find_assertions
from crosscheck.certainty.rules import (
    CERTAINTY_KIND,
    HEDGES_LEXICON,
    _assertion_rules,
    _attribution_rules,
)
from crosscheck.ids import stable_id
from crosscheck.lexicon import load_lexicon, require
from crosscheck.model import (
    Claim,
    Discrepancy,
    DiscrepancyKind,
    Mention,
    Sentence,
    Source,
)
from crosscheck.severity import default_severity

# --------------------------------------------------------------------------- discrepancies


def _clusters(assertions: Sequence[Assertion], threshold: float) -> dict[str, int]:
    """Group "predicate object" keys that say the same thing; key -> cluster number."""
    keys = list(dict.fromkeys(f"{a.predicate} {a.object}" for a in assertions))
    cluster = {key: index for index, key in enumerate(keys)}
    for a, b in combinations(keys, 2):
        if cluster[a] != cluster[b] and fuzz.token_sort_ratio(a, b) >= threshold:
            old, new = max(cluster[a], cluster[b]), min(cluster[a], cluster[b])
            for key, value in cluster.items():
                if value == old:
                    cluster[key] = new
    return cluster


def _quote(assertion: Assertion) -> Mention:
    return Mention(
        source=assertion.source,
        start=assertion.start,
        end=assertion.end,
        text=assertion.text,
        sentence=assertion.sentence,
    )


def _credited(assertion: Assertion) -> str:
    return f" (attributed to {assertion.attribution})" if assertion.attribution else ""


def _who(subject: str | None) -> str:
    """A subject to quote mid-sentence: "Some of these" -> "some of these"."""
    if not subject:
        return ""
    first, _, rest = subject.partition(" ")
    if first.casefold() in _attribution_rules().determiners:
        first = first.casefold()
    return f"{first} {rest} " if rest else f"{first} "


def _explain(asserted: Assertion, hedged: Assertion) -> str:
    who_a, who_b = _who(asserted.subject), _who(hedged.subject)
    text = (
        f"{asserted.source} states that {who_a}'{asserted.text}'{_credited(asserted)}; "
        f"{hedged.source} says {who_b}'{hedged.text}' "
        f"(hedged: {', '.join(hedged.certainty.hedges)}){_credited(hedged)}."
    )
    if asserted.attribution is None and hedged.attribution is None:
        return text
    if (asserted.attribution or "").casefold() == (hedged.attribution or "").casefold():
        return text + " Both credit the same source."
    return (
        text + f" The attributions differ: {asserted.attribution or 'none stated'} vs "
        f"{hedged.attribution or 'none stated'}."
    )


def _flag(
    asserted: Assertion, hedged: Assertion, by_id: Mapping[str, Source], others: Sequence[Assertion]
) -> Discrepancy:
    source_a, source_b = by_id.get(asserted.source), by_id.get(hedged.source)
    details = tuple(f"{a.source}: '{a.text}' [{a.certainty}]{_credited(a)}" for a in others)
    return Discrepancy(
        id=stable_id(
            "certainty", asserted.object, _wording(asserted), "hedged: " + _wording(hedged)
        ),
        kind=DiscrepancyKind.CERTAINTY,
        severity=default_severity(DiscrepancyKind.CERTAINTY),
        subject=asserted.object,
        metric=asserted.predicate,
        a=_quote(asserted),
        b=_quote(hedged),
        value_a=str(asserted.certainty),
        value_b=str(hedged.certainty),
        published_a=source_a.published if source_a else None,
        published_b=source_b.published if source_b else None,
        explanation=_explain(asserted, hedged),
        claim_a=_claim(asserted),
        claim_b=_claim(hedged),
        details=details,
    )


def _claim(assertion: Assertion) -> Claim:
    """The assertion as a claim, so reports show its certainty and attribution columns."""
    return Claim(
        source=assertion.source,
        start=assertion.start,
        end=assertion.end,
        text=assertion.text,
        sentence=assertion.sentence,
        sentence_start=assertion.sentence_start,
        subject=assertion.object,
        metric=assertion.predicate,
        kind=CERTAINTY_KIND,
        value=None,
        time=None,
        certainty=assertion.certainty,
        attribution=assertion.attribution,
    )


def certainty_discrepancies(
    sources: Sequence[Source], sentences: Mapping[str, Sequence[Sentence]]
) -> list[Discrepancy]:
    """Flag where one source hedges what another asserts.

    Assertions are matched across sources on their normalised predicate and object
    (rapidfuzz, threshold in ``lexicon/hedges.toml``). Within each matched statement the
    hedged assertions are grouped by their wording ("may amount to ...", "might constitute
    ..."); each wording is flagged once against the first assertion, from another source,
    that states it outright, with every other source of the same wording in the details. A
    wording whose sources were all named by an earlier row adds nothing and is not repeated.
    So the cost and the rows grow with the number of distinct wordings, not with the square
    of the number of sources. Negated statements are not compared.

    Args:
        sources: The sources, in report order.
        sentences: The sentences of each source, by source id (web-page leftovers removed).

    Returns:
        Medium-severity ``certainty`` discrepancies, in statement and wording order.
    """
    found_per_source = {
        source.id: find_assertions(source, sentences.get(source.id, ())) for source in sources
    }
    return certainty_from_assertions(sources, found_per_source)


def certainty_from_assertions(
    sources: Sequence[Source], assertions: Mapping[str, Sequence[Assertion]]
) -> list[Discrepancy]:
    """:func:`certainty_discrepancies` for assertions already found per source."""
    by_id = {source.id: source for source in sources}
    everything = [a for source in sources for a in assertions.get(source.id, ()) if _comparable(a)]
    cluster = _clusters(everything, _assertion_rules().match_threshold)
    groups: dict[int, list[Assertion]] = {}
    for assertion in everything:
        groups.setdefault(cluster[_key(assertion)], []).append(assertion)
    found: list[Discrepancy] = []
    for number in sorted(groups):
        found.extend(_flags_in_group(groups[number], by_id))
    return found


_DOUBLE_QUOTES = '"\u201c\u201d\u00ab\u00bb'


def _comparable(assertion: Assertion) -> bool:
    """Whether an assertion can stand for its source's own certainty about a statement.

    Not when negated; not when its object is a lone determiner ("is a"); not when it lies
    inside a direct quotation (a speaker's wording: two transcripts of one quote, or two
    speakers, differ in wording, not in what the outlet asserts); not when it is hedged by a
    word outside the compared words (the hedge governs another clause or a noun: "could have
    known that there was no protest", "the alleged protest was a non-event").
    """
    if assertion.negated or _object_is_empty(assertion.object):
        return False
    if assertion.predicate == "be" and _object_too_short(assertion.object):
        return False
    if _in_quotation(assertion):
        return False
    return not assertion.hedged or _hedge_inside(assertion)


@cache
def _min_be_object_words() -> int:
    table = require(load_lexicon(HEDGES_LEXICON), "assertions", dict, HEDGES_LEXICON)
    return int(require(table, "min_be_object_words", int, HEDGES_LEXICON))


def _object_too_short(obj: str) -> bool:
    """An object of "be" too short to say what is meant ("the man", "a goal")."""
    rules = _assertion_rules()
    if any(obj.startswith(c) for c in rules.characterisations):
        return False
    words = [w for w in obj.split() if w not in rules.determiners]
    return len(words) < _min_be_object_words()


def _object_is_empty(obj: str) -> bool:
    return all(word in _assertion_rules().determiners for word in obj.split())


def _in_quotation(assertion: Assertion) -> bool:
    """Whether the assertion lies between double quotation marks of its sentence.

    A sentence that opens no quotation but closes one (the last sentence of a quoted
    passage) is inside it too.
    """
    offset = assertion.start - assertion.sentence_start
    before = sum(assertion.sentence[:offset].count(c) for c in _DOUBLE_QUOTES)
    after = sum(assertion.sentence[offset:].count(c) for c in _DOUBLE_QUOTES)
    return before % 2 == 1 or (before == 0 and after % 2 == 1)


def _hedge_inside(assertion: Assertion) -> bool:
    """Whether every hedge word of the assertion is among its compared words."""
    words = _wording(assertion).split()
    spans = {" ".join(words[i : i + n]) for n in (1, 2, 3) for i in range(len(words))}
    stripped = {span.strip("\"'") for span in spans}
    return bool(assertion.certainty.hedges) and all(
        " ".join(h.casefold().split()) in stripped for h in assertion.certainty.hedges
    )


def _wording(assertion: Assertion) -> str:
    return " ".join(assertion.text.casefold().replace("\u2019", "'").split())


def _flags_in_group(members: Sequence[Assertion], by_id: Mapping[str, Source]) -> list[Discrepancy]:
    asserted = [a for a in members if not a.hedged]
    wordings: dict[str, list[Assertion]] = {}
    for a in members:
        if a.hedged:
            wordings.setdefault(_wording(a), []).append(a)
    flags: list[Discrepancy] = []
    named: set[str] = set()
    for hedged_all in wordings.values():
        sources_here = {a.source for a in hedged_all}
        if sources_here <= named:
            continue
        for hedged in hedged_all:
            outright = next((a for a in asserted if a.source != hedged.source), None)
            if outright is None:
                continue
            others = [a for a in hedged_all if a is not hedged] + [
                a for a in asserted if a is not outright
            ]
            flags.append(_flag(outright, hedged, by_id, others))
            named |= sources_here | {outright.source}
            break
    return flags


def _key(assertion: Assertion) -> str:
    return f"{assertion.predicate} {assertion.object}"
