"""A candidate sentence -> the outright statement it makes of a hedged one, or None.

The outright side of a pair for ``crosscheck.match.statement_search``: whether a candidate
(``candidates._candidate``) states the hedged statement outright (``_outright``: no
question, quotation, negation, modal, hedge or other speaker of its own), whether two
attributions name one speaker, and how far a quoted span reaches (only on the head's side
of any punctuation; through the stop words after a word with
``certainty.quote_reach.through_stop_words``, which the certainty rule reads too).
"""

from __future__ import annotations

from collections.abc import Sequence

from crosscheck.certainty.hits import clause_span, hit_window, is_question
from crosscheck.certainty.quote_reach import through_stop_words
from crosscheck.certainty.reading import attribution_in, hedges_in
from crosscheck.certainty.records import HedgedStatement, OutrightStatement
from crosscheck.certainty.rules import HARD_STOPS, attribution_rules, normal_text
from crosscheck.certainty.sentence_words import StatementWords, in_quotation
from crosscheck.certainty.statement_rules import StatementRules
from crosscheck.match.statements.candidates import _Candidate
from crosscheck.match.statements.story_text import StoryText
from crosscheck.model import CertaintyLevel
from crosscheck.text.words import Token


def _decided(keys: Sequence[str], at: int, rules: StatementRules) -> bool:
    """Whether the word at ``at`` ("to") follows a decision someone owns ("Russia's decision
    [to] grant"): one of ``decisions`` after one of ``possessives`` or a word ending in one of
    ``possessive_endings``."""
    if at < 2 or keys[at - 1] not in rules.decisions:
        return False
    owner = keys[at - 2]
    return owner in rules.possessives or owner.endswith(rules.possessive_endings)


def _described(
    statement: HedgedStatement,
    words: StatementWords,
    low: int,
    index: int,
    story: StoryText,
    rules: StatementRules,
) -> bool:
    """Whether a hedged word of a noun phrase ("an apparently unarmed black man") is the
    other side's own description in a clause that a charge opens ("The officer charged with
    murder in the shooting death of [an] unarmed black man"): one of ``attributive_before``
    right before the hedge and right before the word, and every blocking word among the
    clause's words ``low``..``index - 1`` one of ``charges``."""
    if index == 0 or words.keys[index - 1] not in rules.attributive_before:
        return False
    blocking = rules.negations | rules.not_asserted
    if any(key in blocking and key not in rules.charges for key in words.keys[low:index]):
        return False
    span = (statement.sentence_start, statement.sentence_start + len(statement.sentence))
    own = story.words(statement.source, span)
    at = own.index(statement.hedge_start)
    return 0 < at < len(own.keys) and own.keys[at - 1] in rules.attributive_before


def _presupposed_from(words: StatementWords, low: int, index: int, rules: StatementRules) -> int:
    """Where the clause of the word at ``index`` starts for the blocking words (a negation or
    a word of ``not_asserted``): after the last of ``presupposing_openers`` among the clause's
    words ``low``..``index - 1`` ("questions over whether he had deserted [when] he walked
    off": the walk-off is stated), else at ``low``."""
    opened = [i for i in range(low, index) if words.keys[i] in rules.presupposing_openers]
    return opened[-1] + 1 if opened else low


def _one_speaker(a: str, b: str, lang: str) -> bool:
    """Whether two attributions name one speaker: the same words, unnamed officialdom on
    both sides ("base officials" / "Authorities"), or a speaker described by a common noun
    that the other's name carries ("a federal judge" / "U.S. District Judge Richard Leon"),
    read in language ``lang``."""
    if a.casefold() == b.casefold() or (_unnamed_official(a, lang) and _unnamed_official(b, lang)):
        return True
    short, named = (a, b) if len(a.split()) <= len(b.split()) else (b, a)
    words = short.split()
    described = bool(words) and (
        short[:1].islower() or words[0].casefold() in attribution_rules(lang).determiners
    )  # "a federal judge", or "A federal judge" opening its sentence
    if not described or len(words) > _GENERIC_SPEAKER_WORDS:
        return False  # a name, or a long description: only the same words are one speaker
    return words[-1].casefold() in named.casefold().split()


def _unnamed_official(speaker: str, lang: str) -> bool:
    """Whether a speaker is unnamed officialdom, read in language ``lang``: a noun of
    ``official_speakers`` with no capitalised word before it, but a determiner opening the
    sentence ("base officials", "Authorities", "The police"; not "U.S. officials")."""
    rules = attribution_rules(lang)
    words = speaker.split()
    if not words or words[-1].casefold() not in rules.official_speakers:
        return False
    before = words[:-1]
    if before and before[0].casefold() in rules.determiners:
        before = before[1:]
    return all(word[:1].islower() for word in before)


_GENERIC_SPEAKER_WORDS = 3
"""A speaker described in at most this many words ("a federal judge") may be a named one."""


def _tighten(words: Sequence[Token], text: str, head: Token) -> tuple[int, int]:
    """The shared words on the head's side of any punctuation, as one span."""
    first, last = head.start, head.end
    for word in sorted(words, key=lambda w: w.start):
        lo, hi = min(first, word.start), max(last, word.end)
        if not any(c in HARD_STOPS for c in text[lo:hi]):
            first, last = lo, hi
    return first, last


def _copular(before: str, word: str, rules: StatementRules) -> bool:
    """Whether ``word`` is hedged by the verb of appearance right before it ("appears
    [headed]", "seemed [set]": ``copular_hedges`` and ``copular_heads``)."""
    return before in rules.copular_hedges and word in rules.copular_heads


def _outright(
    statement: HedgedStatement,
    candidate: _Candidate,
    story: StoryText,
    rules: StatementRules,
    *,
    own: bool = False,
) -> OutrightStatement | None:
    """The candidate as an outright statement, or None when it does not state it outright.

    With ``own`` (a sentence of the hedged statement's own source) a statement credited to
    someone counts too: the article itself then gives the statement as confirmed.
    """
    start, end = candidate.span
    text = story.texts[candidate.source]
    sentence = text[start:end]
    if is_question(sentence):
        return None
    words = story.words(candidate.source, candidate.span)
    index = candidate.index
    head = words.tokens[index]
    local = head.start - start
    if in_quotation(words.marks, head.start) or (not own and words.unconfirmed_for(index)):
        return None
    if index > 0 and _copular(words.keys[index - 1], words.keys[index], rules):
        return None  # "seems [headed] for a runoff": hedged here too (no [[hedge]] holds it)
    if not own and normal_text(sentence) in story.relabelled(candidate.source):
        return None  # a headline printed twice, once as "Report: ...": a report, not a fact
    planned = statement.hedge in rules.expecting
    allowed = rules.expecting_modals if planned else frozenset()
    before = words.keys[max(0, index - 3) : index]
    for at, key in enumerate(before, start=max(0, index - 3)):
        if key in rules.negations or (
            key in rules.modals and key not in allowed and not _decided(words.keys, at, rules)
        ):
            return None
    if (
        planned
        and not any(key in allowed for key in before)
        and not (
            words.keys[index] != statement.head
            and story.outcome_first(candidate.source, statement.source)
        )
    ):
        # "is expected to sign" against "signed" is the plan and its outcome, not two
        # certainties of one statement: only "will sign" states the plan outright, unless
        # the outcome ("signed", "signs": another form than the plan's "sign", which may be
        # a noun, "the State of the Union address") was published first
        return None
    reading = story.reading(candidate.source, candidate.span)
    clause_start, _ = clause_span(reading, local, local + len(head.text))
    low = words.index(start + clause_start)
    low = _presupposed_from(words, low, index, rules)
    if words.blocked_in(low, index) and not _described(statement, words, low, index, story, rules):
        return None
    first = min(w.start for w in candidate.words)
    last = max(w.end for w in candidate.words)
    if any(c in HARD_STOPS for c in text[first:last]) and last - first > len(head.text):
        first, last = _tighten(candidate.words, text, head)
    if last == head.end:
        last = through_stop_words(text, head.end, story.lang)
    if first == head.start:
        first = _named_before(words, text, index, rules)  # its subject named right before it
    if hedges_in(reading, first - start, last - start).level is CertaintyLevel.HEDGED:
        return None
    attribution = attribution_in(reading, first - start, last - start)
    if own and statement.hedge in rules.attributing and not words.confirming:
        reported = story.reported(candidate.source, candidate.span, head.start, head.end)
        if attribution is not None or reported:
            return None  # "reportedly thrown" and "authorities say ... threw": the report itself
    first = _opened_before(words, text, first, rules)
    if own:
        return OutrightStatement(
            source=candidate.source,
            start=first,
            end=last,
            text=text[first:last],
            sentence=sentence,
            sentence_start=start,
            attribution=attribution,
        )
    reported = story.reported(candidate.source, candidate.span, head.start, head.end)
    if statement.hedge in rules.attributing and (attribution is not None or reported):
        return None  # "reportedly" against a statement credited to someone: both attribute it
    if statement.attribution is not None and (
        not _one_speaker(attribution, statement.attribution, story.lang)
        if attribution is not None
        else reported
    ):
        return None  # two speakers (one of them perhaps unnamed: "the hospital says")
    return OutrightStatement(
        source=candidate.source,
        start=first,
        end=last,
        text=text[first:last],
        sentence=hit_window(text, start, end, first, last),
        sentence_start=start,
        attribution=attribution,
    )


def _named_before(words: StatementWords, text: str, index: int, rules: StatementRules) -> int:
    """Where the quote of an outright statement starts when it would start at its head: at
    the name right before the head, its subject ("At ExxonMobil, [Tillerson] developed a
    chummy relationship"), as the hedged side is quoted with its subject; the head's start
    when a stop word, a lower-case word or punctuation stands before it."""
    at = index
    while at > 0:
        before, word = words.tokens[at - 1], words.tokens[at]
        if (
            not before.text[:1].isupper()
            or words.keys[at - 1] in rules.stop_words
            or text[before.end : word.start].strip()
        ):
            break
        at -= 1
    return words.tokens[at].start


def _opened_before(words: StatementWords, text: str, first: int, rules: StatementRules) -> int:
    """Where an outright quote starting at a word starts once the words that name its subject
    right before it are taken: an article ("[A] video shows Officer Michael Slager", of
    ``quote_articles``), or a relative pronoun after a comma with the name it stands for
    ("[Mr. Goldstone, who] wrote the email over a year ago", of ``quote_relatives``), as the
    hedged side is quoted with its subject; ``first`` itself otherwise. Only the quote moves:
    the checks of ``_outright`` read the words they read before."""
    index = words.index(first)
    if index == 0 or index >= len(words.tokens) or words.tokens[index].start != first:
        return first
    before = words.tokens[index - 1]
    if text[before.end : first].strip():
        return first
    key = words.keys[index - 1]
    if key in rules.quote_articles:
        return before.start
    if key not in rules.quote_relatives or index < 2:
        return first
    name = words.tokens[index - 2]
    if text[name.end : before.start].strip() != "," or not name.text[:1].isupper():
        return first
    return _named_before(words, text, index - 2, rules)
