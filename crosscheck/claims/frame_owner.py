"""Owners of figures: the tokens before a figure -> the named thing the figure belongs to.

A figure with no event word may still be a checkable claim when a named owner stands right
before it: "the Dow closed at 21,200.62" (a level), "the S&P 500 fell 9.5%" (a move),
"Trump now has 743 delegates" (a running total), "Trump's delegate total rose to 740" (a
possessor). The owner is read from the subject noun phrase before one verb of the lexicon
(``events.toml``: ``owner_verbs``, ``directions``); it must hold a name (a capitalised word
that is not a plural common noun at the start of the sentence), so "sales fell 5%" has none.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from crosscheck.claims.frame_words import HARD_END, frame_words, phrase_at
from crosscheck.claims.function_words import function_words
from crosscheck.slotted import fast_init
from crosscheck.text.possessive import possessives
from crosscheck.text.words import Token, claim_words, lemma
from crosscheck.timex.lexicon import time_lexicon

# Tokens of a name that are no word: "S&P 500", "AT&T".
# A plural's possessive apostrophe is a token of its own: "United Airlines['] stock".
_APOSTROPHES = frozenset({"'", "\u2019"})
_NAME_JOINERS = frozenset({"&", "-", "."}) | _APOSTROPHES
_MAX_OWNER_TOKENS = 6
_MOVE_REACH = 10


@fast_init
@dataclass(frozen=True, slots=True, kw_only=True)
class Owner:
    """Who or what a figure belongs to, and the class of the verb that ties them."""

    name: str = ""
    common: str = ""
    verb: str = ""


def owner_before(
    before: Sequence[Token], *, sentence_start: bool, sentence: Sequence[Token] = (), lang: str
) -> Owner:
    """The named owner of the figure right after ``before``, through one owner verb.

    ``sentence_start`` says whether ``before[0]`` opens the sentence; ``sentence`` holds the
    tokens around the figure, read for words of a moment of the trading day. ``name`` holds the
    lemmas of the owner's words ("united airline share"), ``common`` its common nouns
    ("share"), ``verb`` the verb's class ("closed", "fell", "has").
    """
    fw = frame_words(lang)
    if possessed(before, lang) and _is_name(before[-1], sentence_start and len(before) == 1, lang):
        verb = next(iter(fw.possession_links.values()))
        return Owner(name=lemma(before[-1].text, lang), verb=verb)  # "Trump's 744 delegates"
    i = len(before) - 1
    skipped: set[str] = set()
    while i >= 0 and before[i].lower in fw.owner_between:
        skipped.add(before[i].lower)
        i -= 1
    if i < 0:
        return Owner()
    reached = bool(skipped & fw.owner_level_links)
    rephrased = bool(skipped & fw.move_rephrasings)  # "fell 2,352.6 points, [or] 9.99%"
    if (reached or rephrased) and before[i].lower not in fw.owner_verbs:
        i = _move_before(before, i, lang)  # "fell 2,352.6 points, or 9.99%, [to] 21,200.62"
        if i < 0:
            return Owner()
    verb = fw.owner_verbs.get(before[i].lower, "")
    if not verb and before[i].text == "," and skipped & fw.possession_links.keys():
        return _comma_owner(before, i, sentence_start, lang=lang)  # "Trump, with 743 delegates"
    if not verb and skipped & fw.possession_links.keys():
        i = _object_verb(before, i, lang)  # "Trump leads [the GOP race] with 744 delegates"
        if i < 0:
            return Owner()
    if verb in fw.owner_levels and i >= 2 and before[i - 1].lower in fw.owner_level_links:
        # "fell by 9.99% or 2,352.60 points [to close] at"
        moved = _move_before(before, i - 2, lang)
        if moved < 0:  # "The Dow then zigzagged [to close] at 15,871"
            return _sentence_owner(before, i - 1, verb, lang) if sentence_start else Owner()
        i = moved
        reached = True
    singular = before[i].lower in fw.owner_singular
    verb = fw.owner_verbs.get(before[i].lower, "") or fw.owner_object_verbs.get(before[i].lower, "")
    if verb in fw.owner_moves and reached:
        verb = fw.level_reached  # "the Dow fell to 21,200.62": the level, not the move
    if not verb:
        return Owner()
    gain = before[i].lower in fw.owner_gains
    i -= 1
    moves = verb in fw.owner_moves
    if moves and i >= 0 and fw.owner_verbs.get(before[i].lower, "") in fw.owner_levels:
        i -= 1  # "United [closed] down 12.26%": the day's move, the level verb before it
    while i >= 0 and before[i].lower in fw.owner_aux:
        if moves and before[i].lower in fw.live_aux:
            return Owner()  # "the Dow is (now) down 350 points": a moment, not a day's move
        singular = singular or before[i].lower in fw.owner_singular
        gain = gain and before[i].lower not in fw.owner_perfect
        i -= 1  # "Trump [now] has", "the Dow [has] fallen"
    if gain:
        return Owner()  # "Trump won 54 delegates" in one contest; "has won 744" is his total
    if i >= 1 and before[i].lower in fw.owner_relatives and before[i - 1].text == ",":
        found = _comma_owner(before, i - 1, sentence_start, verb, lang=lang)  # "Trump, who has 744"
        intraday = moves and phrase_at([t.lower for t in sentence], fw.intraday_words, 3)
        return Owner() if intraday else found
    phrase = _subject_back(before[: i + 1], lang)
    if not phrase or (reached and any(_possessive(t, lang) for t in phrase)):
        return Owner()  # "Trump's delegate total rose to 740": a label, read as such
    first_index = i + 1 - len(phrase)
    names: list[str] = []
    common: list[str] = []
    for offset, token in enumerate(phrase):
        if not token.is_word and not token.is_number:
            continue
        word = lemma(token.text, lang)
        opening = sentence_start and first_index + offset == 0 and not singular
        if _is_name(token, opening, lang) or (token.is_number and names):
            names.append(word)
        elif (
            token.is_word
            and token.lower not in claim_words(lang).stop_words
            and word not in fw.owner_generic  # "[shares] of United", "United's [stock]"
        ):
            common.append(word)
    if not names:
        return Owner()
    if moves and phrase_at([t.lower for t in sentence], fw.intraday_words, 3):
        return Owner()  # "plummeted 1,089 points within minutes after the opening bell"
    joined = _conjoined(before, first_index, sentence_start, lang)
    if joined and verb not in fw.owner_moves | fw.owner_levels:
        return Owner()  # "Trump and Cruz have 1,200 delegates combined": neither one's total
    names = [*joined, *names]
    return Owner(name=" ".join([*names, *common]), common=" ".join(common), verb=verb)


def _object_verb(before: Sequence[Token], end: int, lang: str) -> int:
    """The index of the verb whose object ends at ``end``, right before the "with" of its
    subject's running total ("Trump [leads] the GOP race with 744 delegates", "Mr. Trump
    [entered] the evening with 756 convention delegates"): a verb of ``owner_object_verbs``
    at most ``owner_object_reach`` words back, only words between, and of ``owner_entries``
    only before a time or a contest ("entered the building with 40 officers" owns nothing);
    -1 when there is none."""
    fw = frame_words(lang)
    conjunctions = function_words(lang).clause_conjunctions
    for i in range(end, max(end - fw.owner_object_reach - 1, -1), -1):
        token = before[i]
        if not token.is_word or token.lower in conjunctions:
            return -1
        if i < end and token.lower in fw.owner_object_verbs:
            entered = token.lower in fw.owner_entries
            return i if not entered or _entry_object(before[end], lang) else -1
    return -1


def _entry_object(token: Token, lang: str) -> bool:
    """Whether a verb's object ends in a time or a contest one enters with a standing
    ("the evening", "Tuesday", "the convention")."""
    word = _unpossessed(token, lang)
    return word in frame_words(lang).owner_entry_objects or word in _calendar_names(lang)


def _conjoined(before: Sequence[Token], first: int, sentence_start: bool, lang: str) -> list[str]:
    """The names of an owner joined to the one at ``first`` by a conjunction, which share its
    figure: "[the S&P 500] and the Nasdaq were both down about 8%" (not "the Dow fell 2% and
    the Nasdaq ...": a figure stands before the conjunction)."""
    fw = frame_words(lang)
    j = first
    while j > 0 and before[j - 1].lower in fw.noun_determiners:
        j -= 1
    if j < 2 or before[j - 1].lower not in fw.owner_conjunctions:
        return []
    phrase = _subject_back(before[: j - 1], lang)
    start = j - 1 - len(phrase)
    names = [
        lemma(t.text, lang)
        for t in phrase
        if (t.is_word and _is_name(t, sentence_start and start == 0 and t is phrase[0], lang))
        or (t.is_number and t is not phrase[0])
    ]
    return names if names and phrase[0].is_word and _is_name(phrase[0], False, lang) else []


def _comma_owner(
    before: Sequence[Token], comma: int, sentence_start: bool, verb: str = "", *, lang: str
) -> Owner:
    """The owner of "<name>, with N" ("<name>, who has N"): a name alone between the comma
    and a clause start; ``verb`` the verb's class ("has" for "with")."""
    phrase = _subject_back(before[:comma], lang)
    first = comma - len(phrase)
    while first > 0 and before[first - 1].lower in frame_words(lang).noun_determiners:
        first -= 1  # "[the] Dow, which fell"
    if not phrase or (first > 0 and not _clause_opens(before, first, lang)):
        return Owner()
    opening = sentence_start and first == 0
    if not all(_is_name(t, opening and t is phrase[0], lang) for t in phrase if t.is_word):
        return Owner()
    verb = verb or next(iter(frame_words(lang).possession_links.values()))
    return Owner(name=" ".join(lemma(t.text, lang) for t in phrase if t.is_word), verb=verb)


def _sentence_owner(before: Sequence[Token], end: int, verb: str, lang: str) -> Owner:
    """The name that opens the sentence as the owner of a level reached "to close at" after
    another verb, when no other name, conjunction or figure of another name stands between:
    "[The Dow] still posted a 3.6 percent decline, down 588 points, to close at 15,871.35"."""
    fw = frame_words(lang)
    j = 0
    while j < end and before[j].lower in fw.noun_determiners:
        j += 1
    names: list[str] = []
    while j < end and (
        _is_name(before[j], j == 0, lang) or (names and before[j].text in _NAME_JOINERS)
    ):
        if before[j].is_word:
            names.append(lemma(before[j].text, lang))
        j += 1
    if not names:
        return Owner()
    conjunctions = function_words(lang).clause_conjunctions
    for token in before[j:end]:
        if token.lower in conjunctions or (token.is_word and token.is_capitalised):
            return Owner()  # "..., while the S&P 500 rose to close at": another owner
    return Owner(name=" ".join(names), verb=verb)


def _clause_opens(before: Sequence[Token], first: int, lang: str) -> bool:
    """Whether a clause opens at ``first``: after a comma or a hard stop, or after a
    conjunction that follows a comma ("744 delegates, and [Cruz], with 559")."""
    previous = before[first - 1]
    if previous.text in (",", *HARD_END):
        return True
    return (
        previous.lower in function_words(lang).clause_conjunctions
        and first > 1
        and before[first - 2].text == ","
    )


def _move_before(before: Sequence[Token], end: int, lang: str) -> int:
    """The index of a move verb a few tokens before ``end`` with only the move's figures
    between ("fell [2,352.6 points, or 9.99%,] to"), else -1."""
    fw = frame_words(lang)
    for index in range(end, max(-1, end - _MOVE_REACH), -1):
        token = before[index]
        if fw.owner_verbs.get(token.lower, "") in fw.owner_moves:
            return index
        if not (token.is_number or token.lower in fw.move_figure_words):
            return -1
    return -1


def possessor(tokens: Sequence[Token], lang: str) -> tuple[str, list[Token]]:
    """A possessive name leading a label, and the label's other words: "[Trump's] delegate
    total" -> ("trump", [delegate, total])."""
    for index, token in enumerate(tokens):
        if _possessive(token, lang) and token.is_capitalised:
            return lemma(token.text, lang), list(tokens[index + 1 :])
    return "", list(tokens)


def _subject_back(tokens: Sequence[Token], lang: str) -> list[Token]:
    """The noun phrase ending ``tokens``: words, "of", and the figures and joiners of a name
    ("S&P 500", "shares of United")."""
    stop = claim_words(lang).stop_words
    of = function_words(lang).of_link
    first = len(tokens)
    for index in range(len(tokens) - 1, -1, -1):
        token = tokens[index]
        if len(tokens) - index > _MAX_OWNER_TOKENS:
            break
        if (token.is_word and (token.lower not in stop or token.lower == of)) or (
            (token.is_number or token.text in _NAME_JOINERS) and _after_name(tokens, index, lang)
        ):
            first = index
        else:
            break
    phrase = list(tokens[first:])
    while phrase and (not phrase[0].is_word or phrase[0].lower == of):
        phrase.pop(0)
    return phrase


def _after_name(tokens: Sequence[Token], index: int, lang: str) -> bool:
    """Whether the token before ``index`` is a capitalised word or a joiner ("S&P [500]");
    an apostrophe only after a plural ("Airlines[']"), not at a quote's end ("'Ghost Ship[']")."""
    if index == 0:
        return False
    previous = tokens[index - 1]
    if tokens[index].text in _APOSTROPHES and not previous.lower.endswith(
        function_words(lang).plural_ending
    ):
        return False
    return previous.text in _NAME_JOINERS or (previous.is_word and previous.is_capitalised)


def possessed(before: Sequence[Token], lang: str) -> bool:
    """Whether a figure follows a possessive name right away ("Barrett's $4.2 million"), not a
    day's or a month's ("Friday's $34 billion": no owner; the time lexicon's names)."""
    if not before or not _possessive(before[-1], lang):
        return False
    return _unpossessed(before[-1], lang) not in _calendar_names(lang)


@cache
def _calendar_names(lang: str) -> frozenset[str]:
    lex = time_lexicon(lang)
    return frozenset(w.lower() for w in (*lex.weekdays, *lex.months))


def _straight(token: Token) -> str:
    """A word in lower case with its curly apostrophes made straight."""
    return token.lower.replace("\u2019", "'")


def _possessive(token: Token, lang: str) -> bool:
    """Whether a word ends in a possessive "'s" (straight or curly apostrophe)."""
    return _straight(token).endswith(possessives(lang).endings)


def _unpossessed(token: Token, lang: str) -> str:
    """A word in lower case without its possessive "'s" ("Barrett\u2019s" -> "barrett")."""
    return possessives(lang).owner(_straight(token))


def _is_name(token: Token, opening: bool, lang: str) -> bool:
    """A capitalised word; at the start of a sentence, not a plural common noun ("Sales")."""
    if not token.is_word or not token.is_capitalised:
        return False
    bare = _unpossessed(token, lang)
    if bare in claim_words(lang).stop_words or bare in frame_words(lang).fillers:
        return False  # "That's", "It's"
    return not opening or lemma(token.text, lang) == bare


@cache
def owner_events(lang: str) -> frozenset[str]:
    """The event classes of owned moves and levels ("fell", "rose", "closed", "opened")."""
    fw = frame_words(lang)
    return fw.owner_moves | fw.owner_levels


def owners_differ(a: str, b: str) -> bool:
    """Two owners differ when both are known and neither's words contain the other's."""
    if not a or not b or a == b:
        return False
    wa, wb = set(a.split()), set(b.split())
    return not (wa <= wb or wb <= wa)


def listed_name(before: Sequence[Token], lang: str) -> str:
    """The name right before a figure that continues a list after a comma or a conjunction,
    with no verb between: "Smith now has 740 delegates, [Jones] 514", "Biden 63 percent,
    [Sanders] 17 percent". "" when no such name stands there."""
    fw = frame_words(lang)
    i = len(before)
    while i > 0 and (
        _is_name(before[i - 1], False, lang)
        or before[i - 1].lower in fw.name_titles
        or (
            (before[i - 1].is_number or before[i - 1].text in _NAME_JOINERS)
            and _after_name(before, i - 1, lang)
        )
    ):
        i -= 1
        if len(before) - i > _MAX_OWNER_TOKENS:
            return ""
    names = [t for t in before[i:] if t.lower not in fw.name_titles and t.text not in _NAME_JOINERS]
    if not any(t.is_word for t in names) or i == 0:
        return ""
    joiner = before[i - 1]
    if joiner.text != "," and joiner.lower not in fw.owner_conjunctions:
        return ""
    return " ".join(lemma(t.text, lang) for t in names)
