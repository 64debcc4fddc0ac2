"""What a figure counts: its clause and subject -> the noun phrase of what it counts.

The subject after the figure ("1,200 [political prisoners]"), the label before it ("the [death
toll] rose to 212"), the thing of a measure ("8 miles of [new fence]"), or an owner's running
total ("Trump now has 743 [delegates]"). The second figure of a span reads past the first:
"the jobless rate fell [from 7.9 percent] to 7.7 percent" as "fell to 7.7 percent", and "by 54
percent to 24 percent" gives "24 percent" no label (``without_span``, ``span_label``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from crosscheck.claims.frame_owner import Owner, possessor
from crosscheck.claims.frame_words import (
    canonical,
    clause_before,
    frame_words,
    noun_phrase_back,
    noun_phrase_forward,
)
from crosscheck.claims.function_words import function_words
from crosscheck.claims.listed_places import date_places
from crosscheck.lexicon import LowerWords, load_lexicon, lower_words, table_settings
from crosscheck.model import Quantity, Unit
from crosscheck.text.possessive import possessives
from crosscheck.text.words import Token, claim_words, lemma

# What a count of people with no noun of its own counts ("12 killed", "the dead were 15").
PERSON = "person"


def owned_total(
    what: str, label: bool, clause: Sequence[Token], owner: Owner, lang: str
) -> tuple[str, str]:
    """(what, owner) of a running total with no event word: "Trump now has 743 delegates",
    "Trump's delegate total rose to 740"; ("", "") of anything else."""
    if owner.verb and owner.name:
        return ("" if label else what), owner.name  # "Cruz has 517": what is elsewhere
    if label:
        name, words = possessor(label_before(clause, lang), lang)
        if name:
            return canonical(words, lang), name
    return what, ""


def qualified_subject(subject: str, subject_tokens: Sequence[Token], lang: str) -> str:
    """The subject read from the tokens, keeping what qualifies a person ("chinese person"
    for "Chinese nationals": a part of the people counted, not all of them)."""
    if not subject_tokens:
        return ""
    words = [lemma(t.text, lang) for t in subject_tokens]
    if subject != PERSON or len(words) < 2 or words[-1] in claim_words(lang).pronouns:
        return subject
    return " ".join([*words[:-1], PERSON])


def strip_area_word(what: str, lang: str) -> str:
    """ "person worldwide" -> "person": an area word ending a figure's noun phrase is where
    it holds (its place), not what it counts: "30 percent [nationwide]", "41 percent of the
    vote [statewide]" (`vote`); before the noun it qualifies it ("the statewide vote")."""
    words = what.split()
    if words and words[-1] in frame_words(lang).area_words:
        words.pop()
    return " ".join(words)


def strip_event_words(what: str, lang: str) -> str:
    """ "person dead" -> "person": an event word at the end of a phrase is not what is counted.
    Of two or more event words ending it, the first stays, a noun of its own that the words
    before it only qualify ("$400 billion in unspecified [spending] cuts": "unspecified
    spending", not "unspecified"; "spending cuts" -> "spending" as before). A noun of
    ``counted_events`` stays: "the popular [vote]" is no "popular"."""
    fw = frame_words(lang)
    words = what.split()
    while len(words) > 1 and (words[-1],) in fw.events and words[-1] not in fw.counted_events:
        if len(words) > 2 and (words[-2],) in fw.events:
            words.pop()
            break
        words.pop()
    return " ".join(words)


def counted_what(
    q: Quantity,
    clause: Sequence[Token],
    rest: Sequence[Token],
    subject: str,
    before: Sequence[Token] = (),
    *,
    lang: str,
) -> tuple[str, bool]:
    """What the figure counts, and whether it came from a label before it. ``before`` (the
    sentence's tokens before the figure) tells the second figure of an "N1 <unit> to N2"
    span, whose words before it are no label (``span_label``)."""
    fw = frame_words(lang)
    fn = function_words(lang)
    if q.unit is Unit.MEASURE:
        extent = ""
        if rest and rest[0].lower in fw.measure_words:
            extent = fw.measure_words[rest[0].lower]
            if rest[0].lower != fn.kept_measure_word:
                rest = rest[1:]
        if rest and rest[0].lower == fn.of_link and not extent:
            thing = canonical(noun_phrase_forward(rest[1:], lang), lang)
            if thing:
                return thing, False  # "8 miles of new fence"
        label = canonical(label_before(clause, lang), lang)
        if not label:
            return "", False  # "about 90 miles from the border", "70 miles north of Baghdad"
        return " ".join(p for p in (label, extent) if p), True
    if subject and q.unit is not Unit.DURATION:
        return subject, False
    paid = label_before(clause, lang)[-1:] if q.unit is Unit.MONEY else []
    if paid and lemma(paid[0].text, lang) in fw.payment_labels:
        return lemma(paid[0].text, lang), True  # "a [ransom] of $5 million for the journalist"
    if (
        q.unit in (Unit.MONEY, Unit.PERCENT)
        and rest
        and rest[0].lower in fw.object_prepositions
        and not _opens_clause(rest[1:2], lang)
    ):
        owned = rest[0].lower == fn.of_link and q.unit is Unit.PERCENT
        phrase = noun_phrase_forward(past_owner(rest[1:], lang) if owned else rest[1:], lang)
        thing = canonical(phrase, lang)
        if thing and not _listed_place(rest[0], phrase, lang):
            return thing, False
    if q.unit is Unit.DURATION:
        return subject, False
    spanned = span_label(clause, before, lang)
    label = canonical(label_before(clause, lang) if spanned is None else spanned, lang)
    return label, bool(label)


def span_label(clause: Sequence[Token], before: Sequence[Token], lang: str) -> list[Token] | None:
    """No label ([]) for the second figure of an "N1 <unit> to N2" span whose words between
    the figures are a unit of the first one ("by 54 percent to 24 percent", "rose 6 cents
    to $23.50"); None when the figure ends no such span or a noun stands there, which may
    be what both count ("by 1,000 jobs to 75,000")."""
    if _span_figure(clause, before, lang) is None:
        return None
    between = clause[:-1]
    return [] if between and all(t.lower in _span_words(lang).units for t in between) else None


def without_span(before: Sequence[Token], lang: str) -> Sequence[Token]:
    """The words before a figure read as if a "from N1 <unit>" opening its span were not
    there: "the jobless rate fell [from 7.9 percent] to 7.7 percent" is read as "the jobless
    rate fell to 7.7 percent"; ``before`` itself when no "from" opens a span."""
    clause = clause_before(before)
    k = _span_figure(clause, before, lang)
    if k is None:
        return before
    words = _span_words(lang)
    while k > 0 and (before[k - 1].is_number or before[k - 1].lower in words.skips):
        k -= 1
    if k == 0 or before[k - 1].lower not in frame_words(lang).change_from:
        return before
    if k > 1 and before[k - 2].lower in words.not_after:
        return before  # "up from a 49 percent to 46 percent lead": a prior tally, no move
    return [*before[: k - 1], clause[-1]]


def _span_figure(clause: Sequence[Token], before: Sequence[Token], lang: str) -> int | None:
    """Where in ``before`` the first figure of an "N1 <unit> to" span ending right before
    a figure stands (``clause`` the words after it), None when there is no such span."""
    words = _span_words(lang)
    if not clause or len(clause) > words.unit_words + 1 or clause[-1].lower not in words.links:
        return None
    k = len(before) - len(clause) - 1
    if k < 0 or not before[k].is_number:
        return None  # "the rate rose to": no figure before the link
    return k


@dataclass(frozen=True, slots=True)
class _SpanWords:
    """``events.toml``'s ``[span]`` table (``span_label``)."""

    links: LowerWords
    skips: LowerWords
    units: LowerWords
    not_after: LowerWords
    unit_words: int


@cache
def _span_words(lang: str) -> _SpanWords:
    return table_settings(_SpanWords, "events", "span", lang=lang)


def label_before(clause: Sequence[Token], lang: str) -> list[Token]:
    """The label a figure is the value of: "the death toll [rose to]", "turnout [was]"."""
    fw = frame_words(lang)
    i = len(clause)
    while i > 0 and (clause[i - 1].lower in fw.label_links or clause[i - 1].lower in fw.fillers):
        i -= 1
    if i == len(clause) and clause:
        return []  # the word right before the figure is no link: "killed 12" has no label
    phrase = noun_phrase_back(clause[:i], lang)
    if phrase and phrase[-1].lower in fw.not_labels:
        return []  # "compared to 45 percent": another figure's comparison, no label
    if phrase and phrase[-1].lower in fw.label_verbs:
        phrase = _before_label_verb(phrase, clause[i:], fw.label_verb_links)
    first = i - len(phrase)
    if (
        len(phrase) == 1
        and phrase[0].lower in fw.group_labels
        and first > 0
        and clause[first - 1].lower in fw.noun_determiners
    ):
        return []  # "the dead were between 10 and 15": the people, not their number
    if phrase and phrase[-1].lower in fw.number_words:
        return []  # "[three] of the 12 killed": the part, not what the whole counts
    return phrase


def _before_label_verb(
    phrase: Sequence[Token], after: Sequence[Token], links: frozenset[str]
) -> list[Token]:
    """The label before a verb ending ``phrase``: its words before the verb when a link joins
    the verb to the figure ("the unemployment rate held [at] 7.9 percent"), else none ("Biden
    held [a] 33-percent lead", "are deadlocked [at] 48 percent" has no words before)."""
    if after and after[0].lower in links:
        return list(phrase[:-1])
    return []


def paid_as(what: str, after: Sequence[Token], lang: str) -> str:
    """The event class a sum's own noun names when no verb near it does, or "".

    A payment label as the whole ``what`` ("the $5 million [ransom]": ``payment_labels``), or
    a noun of money given as its head ("$2 billion in federal education [aid]", "$12.7 million
    in cash [payments]": ``paid_heads``), unless the words right after that noun say whom it
    is for ("aid [to] Jordan": ``paid_to``) or what was done with it ("aid [has been
    delivered]", "aid [withheld]": ``paid_acts``): two recipients' sums, or a sum delivered so
    far and the whole package, are two figures the ``what`` does not tell apart.
    """
    fw = frame_words(lang)
    if what in fw.payment_labels:
        return fw.payment_labels[what]
    head = what.rsplit(" ", 1)[-1]
    event = fw.paid_heads.get(head, "")
    if not event:
        return ""
    at = next((i for i, token in enumerate(after) if lemma(token.text, lang) == head), len(after))
    following = [t.lower for t in after[at + 1 :] if t.lower not in fw.paid_aux][:1]
    if following and _names_other(following[0], lang):
        return ""
    return event


def _names_other(word: str, lang: str) -> bool:
    """Whether the word after a noun of money given names its recipient or an act done with
    it: "to", "for", a participle ("delivered", "withheld")."""
    fw = frame_words(lang)
    return word in fw.paid_to or word in fw.paid_acts or word.endswith(fw.paid_act_endings)


def past_owner(tokens: Sequence[Token], lang: str) -> Sequence[Token]:
    """The words of a percent's "of" object past its owner: "of [his own] party", "of [the
    nation's] total emissions", "of [the state's] precincts" (claims.toml's
    ``owned_adjectives``, lemmas.toml's possessive determiners and endings). An owner before a
    figure ("of the vote versus [Obama's] 38 percent") is no owner of the object."""
    fn = function_words(lang)
    owned = possessives(lang)
    i = 0
    if i < len(tokens) and (tokens[i].lower in fn.articles or tokens[i].lower in owned.determiners):
        i += 1
    while i < len(tokens) and tokens[i].lower in _owned_adjectives(lang):
        i += 1
    stop = claim_words(lang).stop_words
    for k in range(i, min(len(tokens), i + claim_words(lang).max_subject_words)):
        token = tokens[k]
        if not token.is_word or token.lower in stop:
            break
        if token.lower.endswith(owned.as_written) and k + 1 < len(tokens) and tokens[k + 1].is_word:
            return tokens[k + 1 :]  # "of the [state Democratic party's] executive committee"
    return tokens[i:] if i < len(tokens) else tokens


@cache
def _owned_adjectives(lang: str) -> frozenset[str]:
    return lower_words(load_lexicon("claims", lang), "owned_adjectives", "claims", lang=lang)


def _opens_clause(tokens: Sequence[Token], lang: str) -> bool:
    """Whether the word after a figure's preposition opens a clause, no noun it is a share of:
    "70 percent of [what] you want", "under 10% in [what] was" (claims.toml
    ``clause_wh_words``)."""
    return bool(tokens) and tokens[0].lower in claim_words(lang).clause_wh_words


def _listed_place(preposition: Token, phrase: Sequence[Token], lang: str) -> bool:
    """Whether a figure's object is a listed place after a place preposition, where the
    figure holds rather than what it counts: "60 percent [in Ohio]", "by 9 percentage points
    [in Virginia]" (its place), not "$2.1 billion [in school funds]"."""
    if preposition.lower not in frame_words(lang).place_prepositions or not phrase:
        return False
    if not all(t.text[:1].isupper() for t in phrase):
        return False
    listed = date_places(lang)
    name = " ".join(t.lower for t in phrase)
    return bool(listed.kinds(name))
