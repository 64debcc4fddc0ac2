"""A figure of a sentence -> its Claim: the noun it counts, its frame, time and certainty.

The figure's own words are read by figure_nouns (the noun phrase it counts, the verb group
said of it), its frame by frames; a figure whose noun is elided in a list borrows the noun
of the figure before it ("Trump has 743 delegates; Cruz has 517").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from crosscheck.certainty.reading import SentenceReading, attribution_in, hedges_in
from crosscheck.claims.claim_window import WINDOW, sentence_window
from crosscheck.claims.coordination import (
    coordinated,
    listed_subgroup,
    others_of_another_event,
)
from crosscheck.claims.counted_terms import counted_noun
from crosscheck.claims.dates import DATE_KIND
from crosscheck.claims.figure_nouns import (
    UNSPECIFIED,
    before_time,
    before_word_break,
    duration_subject,
    metric_after,
    metric_before,
    past_subject,
    subject_after,
)
from crosscheck.claims.frame_ages import owned_age
from crosscheck.claims.frame_dates import year_before
from crosscheck.claims.frame_durations import DURATION_EVENT, duration_words, service_owner
from crosscheck.claims.frame_finishes import finish_certainty, finish_frame, is_finish
from crosscheck.claims.frame_located import located_frame
from crosscheck.claims.frame_measures import continued_list, sized_compound, timed_thing
from crosscheck.claims.frame_occasions import occasion_frame
from crosscheck.claims.frame_ratios import ratio_alternatives, ratio_end, ratio_frame
from crosscheck.claims.frame_reading import SentenceWords
from crosscheck.claims.frame_roles import TOTAL
from crosscheck.claims.frame_words import frame_words, is_event_words
from crosscheck.claims.frames import Frame, as_measure, figure_frame, unit_of
from crosscheck.claims.function_words import function_words
from crosscheck.claims.multipliers import is_multiplier
from crosscheck.claims.scores import is_score_side
from crosscheck.lexicon import explain_words
from crosscheck.model import ASSERTED, Claim, Quantity, Sentence, Source, TimeRef, Unit
from crosscheck.text.words import Token, canonical_subject, claim_words, lemma

# How far (characters) a figure may stand from the one whose noun it borrows.
_ELISION_REACH = 200


def quantity_claim(
    source: Source,
    reading: SentenceReading,
    sentence: Sentence,
    sentence_words: SentenceWords,
    q: Quantity,
    time: TimeRef | None,
    previous: Claim | None,
    times: Sequence[TimeRef] = (),
    *,
    lang: str,
) -> Claim:
    """The claim of one figure ``q`` of a sentence, said of ``time`` (its scope, or None),
    ``previous`` being the claim before it (whose noun an elided figure borrows)."""
    tokens = sentence_words.index
    words = claim_words(lang)
    after = tokens.after(q.end, WINDOW)
    before = tokens.before(q.start, WINDOW)
    # an age by decade has its noun before it: "a veteran in his 60s [five months late]"
    no_noun = q.unit in (Unit.DURATION, Unit.MEASURE) or (q.unit is Unit.AGE and q.vague)
    score = is_score_side(source.text, q, lang)  # "a 5-4 decision": no count of decisions
    no_noun = no_noun or score
    subject_tokens = (
        []
        if no_noun
        else before_time(
            before_word_break(subject_after(after, q, lang), source.text, lang), times, lang
        )
    )
    unit = unit_of(subject_tokens, lang) if q.unit is Unit.COUNT else None
    measure_end = q.end
    if unit is not None:
        measure_end = subject_tokens[0].end
        q = as_measure(q, unit)
        after = after[1:]
        subject_tokens = []
    subject_words = [lemma(t.text, lang) for t in subject_tokens]
    notes: list[str] = []
    if time is not None and time.note:
        notes.append(time.note)

    rest = past_subject(after, subject_tokens)
    metric = metric_before(before, lang)
    if metric is None and not score:  # "a dozen 5-4 cases": no one sickened
        metric = metric_after(rest, subject_tokens, lang)
    borrowed = _antecedent(previous)
    if subject_words and subject_words[-1] in words.pronouns and borrowed is not None:
        subject = borrowed
        notes.append(
            explain_words("claims")["pronoun"].format(word=subject_tokens[-1].text, subject=subject)
        )
    elif subject_words and subject_words[-1] in words.pronouns:
        subject = UNSPECIFIED
    elif subject_words:
        subject = canonical_subject(subject_words, lang)
    elif q.unit in (Unit.COUNT,) and metric is not None and not score:
        subject = "person"
    else:
        subject = UNSPECIFIED
    multiplier = q.unit is Unit.COUNT and is_multiplier(subject_tokens, after, lang)
    if multiplier:  # "2.92 times more likely": a ratio, no count of "times"
        subject, metric = UNSPECIFIED, None
        notes.append(
            explain_words("claims")["multiplier"].format(
                word=source.text[q.start : subject_tokens[-1].end]
            )
        )
    if q.unit is Unit.AGE:
        metric = "age"
    elif q.unit is Unit.ORDINAL:
        metric = "ordinal"
    elif q.unit is Unit.DURATION:
        subject, duration_metric = duration_subject(before, lang)
        metric = duration_metric or "duration"

    if time is None and q.unit is not Unit.DURATION:
        time = year_before(before, lang)
    nearby = [*before, *tokens.after(q.start, WINDOW)]  # ``before`` is tokens.before(q.start)
    opening = len(before) < WINDOW
    frame = figure_frame(
        q,
        before,
        after,
        subject_tokens,
        subject,
        metric or "",
        nearby,
        times,
        opening=opening,
        words=sentence_words,
        rest=rest,
        lang=lang,
    )
    if q.unit is Unit.DURATION:
        frame = _adjectival_duration(
            q, after, before, replace(frame, what=subject, event=metric or ""), lang
        )
    elif frame.actor and not frame.what and not frame.event:
        frame = _elided_what(frame, q, previous)
    elif q.unit is Unit.COUNT and not subject_tokens and not frame.actor and not frame.event:
        frame = _listed_owner(frame, q, after, previous, lang)
        frame = frame if frame.actor else continued_list(frame, q, before, previous, lang)
    elif not frame.actor and not frame.event and q.unit is not Unit.COUNT:
        frame = continued_list(frame, q, before, previous, lang)
    if not subject_tokens or is_event_words(" ".join(t.lower for t in subject_tokens), lang):
        # "and 12 hurt"
        frame = coordinated(frame, q, (before, after), previous, sentence.start, lang)
    frame = others_of_another_event(frame, q, after, previous, sentence.start, lang)
    frame = listed_subgroup(frame, q, before, previous, sentence.start, lang)
    frame, time, named = owned_age(frame, time, q, (before, subject_tokens), source, lang)
    frame = occasion_frame(frame, q, before, (times, source.published, opening), lang)
    frame = finish_frame(frame, q, before, after, lang)
    # "Samarra, 70 miles north of Baghdad"
    frame = located_frame(frame, q, before, after, times, lang)
    if multiplier or score:
        frame = replace(frame, what=UNSPECIFIED, event="")
    ratio = ratio_frame(frame, source.text, q, before, lang)  # "outspent ... by a 7-1 margin"
    ratio_to = None
    if ratio is not frame:
        ratio_to = ratio_end(source.text, q, lang)  # the claim quotes "7-1", not "7"
        frame, q = ratio, ratio_alternatives(source.text, q, lang)  # "7- or 8-to-1"
    end = subject_tokens[-1].end if subject_tokens else measure_end
    end = max(end, ratio_to or end)
    counted = counted_noun(source.text, q.end, lang) if q.unit is Unit.ORDINAL else None
    if counted is not None:  # "a first-term senator": the ordinal ranks terms
        frame = replace(frame, what=counted[0])
        end = counted[1]
    if q.unit is Unit.COUNT:  # "a five-page memo released": its clause's event is the memo's
        frame, end = sized_compound(
            after, frame, end, _tail(sentence, q), subject_tokens, lang=lang
        )
    start = q.start
    local_start, local_end = start - sentence.start, end - sentence.start
    certainty = ASSERTED if named else hedges_in(reading, local_start, local_end)
    if is_finish(q.unit.value, frame.event):
        certainty = finish_certainty(certainty, reading.hedge_matches, local_start)
    window_start, window_end = sentence_window(sentence, start, end)
    return Claim(
        source=source.id,
        start=start,
        end=end,
        text=source.text[start:end],
        sentence=source.text[window_start:window_end],
        sentence_start=window_start,
        sentence_end=window_end,
        subject=frame.what or subject,
        metric=frame.event or metric or "count",
        kind=q.unit.value,
        value=q,
        time=time,
        certainty=certainty,
        attribution=attribution_in(reading, local_start, local_end),
        notes=tuple(notes),
        what=frame.what,
        event=frame.event,
        place=frame.place,
        role=frame.role,
        actor=frame.actor,
        incident=frame.incident,
    )


def _antecedent(previous: Claim | None) -> str | None:
    """The subject a pronoun ("two of [them]") stands for: the previous claim's, a figure's
    noun, never a date's words ("At least two of them" after a sentence whose last claim is
    "in 1787" is no "behavior meals own republicans"); None when there is none."""
    if previous is None or previous.kind == DATE_KIND:
        return None
    return previous.subject


def _adjectival_duration(
    q: Quantity, after: list[Token], before: list[Token], frame: Frame, lang: str
) -> Frame:
    """A duration written as an adjective measures the noun after it: "a [10-day] campaign";
    one followed by "of" the timed thing it is: "two weeks of campaigning"."""
    found = timed_thing(q, after, before, lang=lang)
    if found:
        return replace(frame, what=found, event=DURATION_EVENT, actor="")
    owner = service_owner(q, before, after, lang)  # "Smith was a 10-year veteran"
    if owner:
        what = f"{owner} {duration_words(lang).service_noun}"
        return replace(frame, what=what, event=DURATION_EVENT, actor=owner)
    return frame  # "a 14-year sentence" of whom? "a 10-year veteran"


def _tail(sentence: Sentence, q: Quantity) -> str:
    """The text of the sentence right after a figure ("-state bus tour" after "five")."""
    return sentence.text[q.end - sentence.start :]


def _listed_owner(
    frame: Frame, q: Quantity, after: list[Token], previous: Claim | None, lang: str
) -> Frame:
    """A running total listed after another with its owner after it: "Trump leads with 329
    delegates, followed by [231 for Cruz]" takes "delegate" from the figure before it and
    Cruz as its owner (``owner_list_links``)."""
    fw = frame_words(lang)
    if len(after) < 2 or after[0].lower not in fw.owner_list_links:
        return frame
    name: list[Token] = []
    for token in after[1:]:
        if (
            not (token.is_word and token.is_capitalised)
            or token.lower in claim_words(lang).stop_words
        ):
            break
        name.append(token)
    rest = after[1 + len(name) :]
    if not name or (
        rest and rest[0].is_word and rest[0].lower not in function_words(lang).list_conjunctions
    ):
        return frame  # "231 for Cruz [supporters]": not the name's own
    if previous is None or previous.value is None or previous.kind != q.unit.value:
        return frame
    if previous.event or not previous.actor or not previous.what:
        return frame
    if q.start - previous.end > _ELISION_REACH:
        return frame
    owner = " ".join(lemma(t.text, lang) for t in name)
    if owner == previous.actor:
        return frame
    return replace(frame, what=previous.what, actor=owner, role=TOTAL)


def _elided_what(frame: Frame, q: Quantity, previous: Claim | None) -> Frame:
    """What a running total counts when its noun is elided in a list: "Trump has 743
    delegates; Cruz has 517" takes "delegate" from the figure before it."""
    if previous is None or previous.value is None or previous.kind != q.unit.value:
        return frame
    if previous.event or not previous.actor or not previous.what or previous.actor == frame.actor:
        return frame
    if q.start - previous.end > _ELISION_REACH:
        return frame
    return replace(frame, what=previous.what)
