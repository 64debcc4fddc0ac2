"""A hedged statement and a sentence of another source -> the candidate that may state it
outright: the statement's words the sentence shares near its first word (``_candidate``),
each matched as one word in another form (``same_word``), and their score.

``match.statement_search`` looks for candidates where the needles say one may be, and
``outright._outright`` keeps a candidate that states the statement outright.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache

from crosscheck.certainty.records import HedgedStatement
from crosscheck.certainty.sentence_words import StatementWords
from crosscheck.certainty.statement_rules import StatementRules, statement_rules
from crosscheck.certainty.subjects import before_apposition
from crosscheck.match.statements.story_text import StoryText
from crosscheck.quantities.find import parse_number
from crosscheck.text.words import Token


@lru_cache(maxsize=65536)
def same_word(a: str, b: str, lang: str) -> bool:
    """Whether two lower-case words are one ("received" / "receives", "kill" / "killed")
    in language ``lang``."""
    if a == b:
        return True
    if a[:1].isdigit() or b[:1].isdigit():
        return False
    rules = statement_rules(lang)
    group = rules.kin.get(a)
    if group is not None and group == rules.kin.get(b):
        return True  # one act or one scale word ("went" / "traveled", "m" / "million")
    common = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        common += 1
    return (
        common >= rules.stem_letters
        and len(a) - common <= rules.ending_letters
        and len(b) - common <= rules.ending_letters
    )


@dataclass(frozen=True, slots=True, kw_only=True)
class _Candidate:
    source: str
    span: tuple[int, int]
    index: int  # of the matching first word among the sentence's words
    words: tuple[Token, ...]  # the words both sides share, the first word included
    shared: tuple[str, ...]
    objects: int
    subjects: int
    score: float


def _candidate(
    statement: HedgedStatement,
    other: str,
    span: tuple[int, int],
    words: StatementWords,
    index: int,
    story: StoryText,
    rules: StatementRules,
    *,
    figure: bool = False,
) -> _Candidate | None:
    """The words of a sentence around its word ``index`` (the statement's first word, or
    with ``figure`` its figure) that the statement shares, if enough and distinctive."""
    low = max(0, index - rules.window_words)
    reach = max(0, index - 2 * rules.window_words)
    high = min(len(words.keys), index + rules.window_words + 1)
    matched: dict[str, int] = {}
    for word in (*statement.objects, *statement.subjects):
        if word in matched:
            continue
        # an object word must stand in the same stretch as the first word, without
        # punctuation between ("daughter of Haitian immigrants, denounced ... and called")
        inside = word in statement.objects
        first, kin = word[:1], word in rules.kin
        for at in range(low, high):
            key = words.keys[at]
            if (
                (key[:1] == first or kin)
                and same_word(key, word, rules.lang)
                and (not inside or words.unbroken(at, index))
            ):
                matched[word] = at
                break
        else:
            # a subject may stand further back: a name past an apposition ("Lois Lerner,
            # the director of the division at the IRS, will invoke"), a common noun with no
            # punctuation between ("the lone surviving suspect in the bombing attack on the
            # Boston Marathon one week ago is communicating")
            # and a name may open the sentence before a long apposition ("Lois Lerner, the
            # director of the tax-exempt division at the IRS that oversaw the program, will
            # invoke"): a named statement's subject is looked for back to the sentence's start
            for at in range(0 if statement.named else reach, low) if not inside else ():
                key = words.keys[at]
                upper = words.tokens[at].text[:1].isupper()
                if (
                    (key[:1] == first or kin)
                    and (upper or words.unbroken(at, index))
                    and (at >= reach or before_apposition(words, story.texts[other], at, rules))
                    and same_word(key, word, rules.lang)
                ):
                    matched[word] = at
                    break
    objects = sum(1 for w in statement.objects if w in matched)
    subjects = sum(1 for w in statement.subjects if w in matched and w not in statement.objects)
    if not figure and not objects and _counted(statement, matched, story, rules):
        objects = 2  # "more than 130 people have reportedly been killed" / "130 Palestinians
        # killed": a rare figure counting the subject, beside the same verb, tells the statement
    if (statement.objects and not objects) or (
        statement.subjects and not subjects and objects < rules.objects_alone
    ):
        return None  # a subject said in other words ("the government" / "the Justice
        # Department") is no bar when enough object words tell the statement
    if figure and (not subjects or objects < 2):
        return None  # a figure alone is no statement: its subject and noun must be shared

    score = (0.0 if figure else story.weight(statement.head)) + sum(
        story.weight(w) for w in matched
    )

    if (figure or not _identity(statement, matched, words, story, rules)) and not _enough(
        statement, objects, subjects, score, rules
    ):
        return None
    return _Candidate(
        source=other,
        span=span,
        index=index,
        words=(words.tokens[index], *(words.tokens[at] for at in matched.values())),
        shared=tuple(matched),
        objects=objects,
        subjects=subjects,
        score=score,
    )


def _enough(
    statement: HedgedStatement, objects: int, subjects: int, score: float, rules: StatementRules
) -> bool:
    """Whether the shared words (``objects`` and ``subjects`` of them, weighing ``score``) are
    enough, and distinctive enough, to tell the statement."""
    if (objects + subjects < 2 and not _bare(statement, subjects)) or (
        objects < 2 and not subjects
    ):
        return False
    expecting = statement.hedge in rules.expecting
    if expecting and (objects < 2 or 3 * objects < 2 * len(statement.objects)):
        return False
    bare = _bare(statement, subjects) and not objects
    if score < (rules.expecting_min_score if expecting else rules.min_score) and not (
        bare and score >= rules.bare_min_score
    ):
        return False
    if statement.subjects and not subjects and score < rules.strong_score:
        return False  # without its subject the statement's words must be distinctive
    # one of many object words: "reportedly called Haiti ..." / "Haitian"
    return not (score < rules.sure_score and objects < 2 and 2 * objects < len(statement.objects))


def _counted(
    statement: HedgedStatement, matched: Mapping[str, int], story: StoryText, rules: StatementRules
) -> bool:
    """Whether the statement's subject is counted by a figure both sides give ("[130] people
    were reportedly killed"), rare in the story and no year."""
    for word in statement.subjects:
        if word not in matched or not word[:1].isdigit():
            continue
        value = parse_number(word, story.lang)
        if (
            value is not None
            and not rules.years[0] <= value <= rules.years[1]
            and story.weight(word) >= rules.figure_weight
        ):
            return True
    return False


def _bare(statement: HedgedStatement, subjects: int) -> bool:
    """Whether a statement is its first word and a named subject alone ("Brown, who was
    apparently unarmed"): the name and that word, both shared, tell it."""
    return not statement.objects and subjects == 1 and statement.named


def _identity(
    statement: HedgedStatement,
    matched: Mapping[str, int],
    words: StatementWords,
    story: StoryText,
    rules: StatementRules,
) -> bool:
    """Whether a hedged name ("a reporter -- apparently Brian J. Karem, a correspondent for
    Playboy -- interrupted") is the person the other sentence names doing the same: its last
    word shared, and after the name on both sides at least ``identity_context`` words alike
    ("Brian Karem, a contributor to Playboy magazine, interrupted"). The words before a name
    ("another American journalist -- believed to be Steven Sotloff") only tell who is named:
    any mention of that person shares them."""
    if statement.subjects or not statement.objects or statement.objects[-1] not in matched:
        return False
    text = story.texts[statement.source]
    head = text[statement.head_end - len(statement.head) : statement.head_end]
    if not head[:1].isupper() or not all(
        text[at : at + 1].isupper() for _, at, _ in statement.places
    ):
        return False
    span = (statement.sentence_start, statement.sentence_start + len(statement.sentence))
    own = story.words(statement.source, span)
    name = {statement.head, *statement.objects}
    after = {
        key
        for key, token in zip(own.keys, own.tokens, strict=True)
        if token.start >= statement.end and key not in rules.stop_words and key not in name
    }
    shared = after.intersection(words.keys[matched[statement.objects[-1]] + 1 :])
    return len(shared) >= rules.identity_context
