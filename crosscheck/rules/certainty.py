"""Certainty rule: one source hedges a statement that another states outright.

``crosscheck.certainty`` finds the statements and ``crosscheck.match.statement_pairs``
pairs them (an assertion such as "may amount to crimes against humanity" with "amount to
crimes against humanity"; a hedged statement such as "explosives were reportedly thrown"
with "the suspects throwing explosives"); this module only judges: it turns each pair into a
``Discrepancy``: its stable id, its severity (``lexicon/common/compare.toml`` through
``crosscheck.severity``) and its explanation. Two rules are registered: ``RULE`` reads pairs
of certainty claims (kind ``certainty``) and finds a discrepancy when exactly one side is
hedged; ``ROWS`` reads the story's pairs of assertions and of statements and the figure
rows already found, and returns the certainty rows.

Severity: the kind's default for assertions; for hedged statements one level lower when the
two sentences share few distinctive words or the outright side is itself credited to
someone while the hedge only says that it is reported, and one level lower again when the
two sources were published apart (the statement may have been confirmed in between).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace

from crosscheck.certainty.comparable import wording
from crosscheck.certainty.quote_reach import mark_start, object_end, through_stop_words
from crosscheck.certainty.records import (
    Assertion,
    AssertionPair,
    HedgedStatement,
    OutrightStatement,
    StatementPair,
)
from crosscheck.certainty.rules import CERTAINTY_KIND, HEDGES_LEXICON, attribution_rules
from crosscheck.certainty.statement_rules import statement_rules
from crosscheck.ids import stable_id
from crosscheck.model import (
    ASSERTED,
    Certainty,
    CertaintyLevel,
    Claim,
    ClaimPair,
    Discrepancy,
    DiscrepancyKind,
    Severity,
    Source,
)
from crosscheck.rules.base import (
    ASSERTION_PAIRS,
    FIGURES,
    STATEMENT_PAIRS,
    SUPERSEDED,
    Finding,
    Rule,
    StoryRecords,
    StoryRule,
    compare_rules,
    explain_words,
    mention_of,
)
from crosscheck.rules.explain import published_apart
from crosscheck.severity import default_severity

_ORDER = (Severity.HIGH, Severity.MEDIUM, Severity.LOW)


# --------------------------------------------------------------------------- the rule


def certainty_rule(a: Claim, b: Claim, lang: str) -> Finding | None:
    """One side hedges the statement the other states outright."""
    hedged_a = a.certainty.level is CertaintyLevel.HEDGED
    if hedged_a == (b.certainty.level is CertaintyLevel.HEDGED):
        return None
    hedged, plain = (a, b) if hedged_a else (b, a)
    text = explain_words(HEDGES_LEXICON)
    words = ", ".join(hedged.certainty.hedges) or text["a_hedge"]
    return Finding(
        kind=DiscrepancyKind.CERTAINTY,
        reason=text["reason"].format(hedged=hedged.source, words=words, plain=plain.source),
    )


def _statements(pair: ClaimPair) -> bool:
    return pair.a.kind == CERTAINTY_KIND and pair.b.kind == CERTAINTY_KIND


RULE = Rule(
    name="certainty.statement",
    kinds=(DiscrepancyKind.CERTAINTY,),
    applies=_statements,
    find=certainty_rule,
)


# --------------------------------------------------------------------------- rows


def _story_rows(story: StoryRecords) -> list[Discrepancy]:
    """Every certainty discrepancy of a story: assertions first, then hedged statements.

    Reads the pairs the matching stage made (``match.statement_pairs``): one row per hedged
    wording of an assertion (``story.assertion_pairs``) and one per hedged statement
    (``story.statement_pairs``: its best outright counterpart; the others in ``details``),
    except where a row of ``story.figures`` (the figure rows) or an earlier row compares the
    same two sentences, and where a side's sentence holds a figure its own article replaces
    (``story.superseded``: a live blog's "Our original post" toll below its update): that
    sentence is no longer its word.
    """
    by_id = {s.id: s for s in story.sources}
    rows = [_assertion_row(pair, by_id, story.lang) for pair in story.assertion_pairs]
    taken = {_sentences(r) for r in (*rows, *story.figures) if r.kind is DiscrepancyKind.CERTAINTY}
    for matched in story.statement_pairs:
        row = _statement_row(matched.pair, matched.others, by_id, story.lang)
        if row is not None and _sentences(row) not in taken:
            taken.add(_sentences(row))
            rows.append(row)
    if story.superseded is None:
        return rows
    # figures replaced by a newer one (``revisions``), not a vague magnitude set aside beside
    # its count: that is the article's word still
    stale = [c for replaced in story.superseded.revisions.values() for c in replaced]
    return [r for r in rows if not (_holds(r.claim_a, stale) or _holds(r.claim_b, stale))]


ROWS = StoryRule(
    name="certainty.rows",
    kinds=(DiscrepancyKind.CERTAINTY,),
    reads=(ASSERTION_PAIRS, STATEMENT_PAIRS, FIGURES, SUPERSEDED),
    find=_story_rows,
)  # the story-level rule: statements hedged in one source, stated outright in another


def _holds(claim: Claim | None, figures: Sequence[Claim]) -> bool:
    """Whether the sentence of a row's side holds one of the figures."""
    if claim is None:
        return False
    end = claim.sentence_start + len(claim.sentence)
    return any(f.source == claim.source and claim.sentence_start <= f.start < end for f in figures)


def _sentences(row: Discrepancy) -> frozenset[tuple[str, int]]:
    """The two sentences a row compares: one row per pair of sentences."""
    a, b = row.claim_a, row.claim_b
    if a is None or b is None:
        return frozenset({(row.a.source, row.a.start), (row.b.source, row.b.start)})
    return frozenset({(a.source, a.sentence_start), (b.source, b.sentence_start)})


def _lower(severity: Severity, steps: int) -> Severity:
    return _ORDER[min(len(_ORDER) - 1, _ORDER.index(severity) + steps)]


# --------------------------------------------------------------------------- assertions


def _credited(attribution: str | None) -> str:
    return (
        explain_words(HEDGES_LEXICON)["credited"].format(attribution=attribution)
        if attribution
        else ""
    )


def _who(subject: str | None, lang: str) -> str:
    """A subject to quote mid-sentence: "Some of these" -> "some of these"."""
    if not subject:
        return ""
    first, _, rest = subject.partition(" ")
    if first.casefold() in attribution_rules(lang).determiners:
        first = first.casefold()
    return f"{first} {rest} " if rest else f"{first} "


def _attributions(asserted: str | None, hedged: str | None) -> str:
    if asserted is None and hedged is None:
        return ""
    text = explain_words(HEDGES_LEXICON)
    if (asserted or "").casefold() == (hedged or "").casefold():
        return text["same_source"]
    none = text["none_stated"]
    return text["attributions_differ"].format(asserted=asserted or none, hedged=hedged or none)


def _explain_assertions(asserted: Assertion, hedged: Assertion, lang: str) -> str:
    who_a, who_b = _who(asserted.subject, lang), _who(hedged.subject, lang)
    text = explain_words(HEDGES_LEXICON)["assertions"].format(
        source_a=asserted.source,
        who_a=who_a,
        text_a=asserted.text,
        credited_a=_credited(asserted.attribution),
        source_b=hedged.source,
        who_b=who_b,
        text_b=hedged.text,
        hedges=", ".join(hedged.certainty.hedges),
        credited_b=_credited(hedged.attribution),
    )
    return text + _attributions(asserted.attribution, hedged.attribution)


def _assertion_claim(assertion: Assertion) -> Claim:
    """The assertion as a claim, so reports show its certainty and attribution columns."""
    return _certainty_claim(
        assertion,
        subject=assertion.object,
        metric=assertion.predicate,
        certainty=assertion.certainty,
        attribution=assertion.attribution,
    )


def _assertion_row(pair: AssertionPair, by_id: Mapping[str, Source], lang: str) -> Discrepancy:
    asserted, hedged = pair.asserted, pair.hedged
    claim_a, claim_b = _assertion_claim(asserted), _assertion_claim(hedged)
    source_a, source_b = by_id.get(asserted.source), by_id.get(hedged.source)
    detail = explain_words(HEDGES_LEXICON)["detail"]
    details = tuple(
        detail.format(
            source=a.source, text=a.text, certainty=a.certainty, credited=_credited(a.attribution)
        )
        for a in pair.others
    )
    return Discrepancy(
        id=stable_id("certainty", asserted.object, wording(asserted), "hedged: " + wording(hedged)),
        kind=DiscrepancyKind.CERTAINTY,
        severity=default_severity(DiscrepancyKind.CERTAINTY),
        subject=asserted.object,
        metric=asserted.predicate,
        a=mention_of(claim_a),
        b=mention_of(claim_b),
        value_a=str(asserted.certainty),
        value_b=str(hedged.certainty),
        published_a=source_a.published if source_a else None,
        published_b=source_b.published if source_b else None,
        explanation=_explain_assertions(asserted, hedged, lang),
        claim_a=claim_a,
        claim_b=claim_b,
        details=details,
    )


# --------------------------------------------------------------------------- statements


def _hedged_claim(statement: HedgedStatement) -> Claim:
    return _certainty_claim(
        statement,
        subject=_subject(statement),
        metric=statement.head,
        certainty=statement.certainty,
        attribution=statement.attribution,
    )


def _outright_claim(outright: OutrightStatement, statement: HedgedStatement) -> Claim:
    return _certainty_claim(
        outright,
        subject=_subject(statement),
        metric=statement.head,
        certainty=ASSERTED,
        attribution=outright.attribution,
    )


def _certainty_claim(
    said: Assertion | HedgedStatement | OutrightStatement,
    *,
    subject: str,
    metric: str,
    certainty: Certainty,
    attribution: str | None,
) -> Claim:
    """The quoted words of one side of a certainty row as a claim (no value, no time)."""
    return Claim(
        source=said.source,
        start=said.start,
        end=said.end,
        text=said.text,
        sentence=said.sentence,
        sentence_start=said.sentence_start,
        subject=subject,
        metric=metric,
        kind=CERTAINTY_KIND,
        value=None,
        time=None,
        certainty=certainty,
        attribution=attribution,
    )


def _subject(statement: HedgedStatement) -> str:
    return " ".join((statement.head, *statement.objects)) or statement.head


def _flat(text: str) -> str:
    return " ".join(text.split())


def _quoted(pair: StatementPair, by_id: Mapping[str, Source], lang: str) -> HedgedStatement:
    """The hedged statement quoted from its first shared subject word (or its hedge) to its
    last shared object word (or its first word): the words both sides have, and the hedge."""
    statement = pair.hedged
    source = by_id.get(statement.source)
    if source is None or not statement.places:
        return statement
    shared = set(pair.shared)
    starts = [a for word, a, _ in statement.places if word in shared and a < statement.hedge_start]
    ends = [b for word, _, b in statement.places if word in shared and b > statement.head_end]
    start = min([*starts, statement.hedge_start])
    end = max(ends) if ends else through_stop_words(source.text, statement.head_end, lang)
    return replace(statement, start=start, end=end, text=source.text[start:end])


def _through_object(
    outright: OutrightStatement, by_id: Mapping[str, Source], lang: str
) -> OutrightStatement:
    """The outright statement quoted on to the end of its phrase (``quote_reach.object_end``)
    and from the marks of a figure it opens with (``quote_reach.mark_start``)."""
    source = by_id.get(outright.source)
    if source is None:
        return outright
    start = mark_start(source.text, outright.start, lang)
    end = object_end(source.text, outright.end, len(source.text), lang)
    return replace(outright, start=start, end=end, text=source.text[start:end])


def _shared_words(pair: StatementPair, shared: str, lang: str) -> str:
    """What the two sentences share: one word ("received"), or two forms of one act or a
    figure with another verb ("received" / "went", "received" / "40")."""
    head, anchor = pair.hedged.head, pair.anchor.casefold()
    stem = statement_rules(lang).stem_letters
    text = explain_words(HEDGES_LEXICON)
    if not anchor or anchor[:stem] == head[:stem]:
        return text["same_head"].format(head=head, shared=shared)
    return text["two_heads"].format(head=head, anchor=pair.anchor, shared=shared)


def _statement_row(
    pair: StatementPair, others: Sequence[StatementPair], by_id: Mapping[str, Source], lang: str
) -> Discrepancy | None:
    hedged, outright = _quoted(pair, by_id, lang), _through_object(pair.outright, by_id, lang)
    claim_a, claim_b = _outright_claim(outright, hedged), _hedged_claim(hedged)
    finding = certainty_rule(claim_a, claim_b, lang)
    if finding is None:
        return None
    source_a, source_b = by_id.get(outright.source), by_id.get(hedged.source)
    steps = 0 if pair.strong else 1
    if published_apart(source_a, source_b, lang):
        steps += compare_rules(lang).lower_steps.get("published_apart", 0)
    shared = ", ".join(f"'{w}'" for w in pair.shared)
    text = explain_words(HEDGES_LEXICON)
    explanation = text["statement"].format(
        source_a=outright.source,
        text_a=_flat(outright.text),
        credited_a=_credited(outright.attribution),
        source_b=hedged.source,
        text_b=_flat(hedged.text),
        hedges=", ".join(hedged.certainty.hedges),
        credited_b=_credited(hedged.attribution),
        reason=finding.reason,
        shared=_shared_words(pair, shared, lang),
    ) + _attributions(outright.attribution, hedged.attribution)
    if steps and not pair.strong:
        explanation += text["few_words"]
    return Discrepancy(
        id=stable_id(
            "certainty",
            "statement",
            _flat(hedged.text).casefold(),
            "outright: " + _flat(pair.outright.text).casefold(),  # the shared words
        ),
        kind=DiscrepancyKind.CERTAINTY,
        severity=_lower(default_severity(DiscrepancyKind.CERTAINTY), steps),
        subject=_subject(hedged),
        metric=hedged.head,
        a=mention_of(claim_a),
        b=mention_of(claim_b),
        value_a=str(ASSERTED),
        value_b=str(hedged.certainty),
        published_a=source_a.published if source_a else None,
        published_b=source_b.published if source_b else None,
        explanation=explanation,
        claim_a=claim_a,
        claim_b=claim_b,
        details=tuple(
            text["detail_asserted"].format(
                source=o.outright.source, text=_flat(_through_object(o.outright, by_id, lang).text)
            )
            for o in others
        ),
    )
