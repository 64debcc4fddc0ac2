"""A name mention as written -> whether its words can be a spelling of its name at all.

``match.name_pairs`` compares only mentions that can: not text decoded wrongly upstream
(mojibake), a correction notice, an embedded post or a quotation credited in brackets (an
outlet's headline quoted in a roundup), an ordinary word in capitals, a
misspelling the writer marks "(sic)", a compound cut short, or one word opening its
sentence that the sources also write in lower case. ``Texts`` holds the sources' texts and
what is read from them once per story; ``variant_rules`` the settings of
``lexicon/<lang>/names.toml`` that ``match.name_pairs`` reads.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache

from crosscheck.lexicon import load_lexicon, require
from crosscheck.match.names.slip_rules import MisspellingRules, misspelling_rules
from crosscheck.match.names.spellings import fold_name
from crosscheck.model import Sentence
from crosscheck.names.lexicon import NAMES_LEXICON
from crosscheck.names.records import NameMention, SourcedName


@dataclass(frozen=True, slots=True, kw_only=True)
class VariantRules:
    """What makes a written name no spelling of a name (``lexicon/names.toml``)."""

    mojibake: tuple[str, ...]
    sic: tuple[str, ...]
    word_threshold: float
    clipped_min_length: int
    shouted_min_letters: int
    labels: frozenset[str]
    misspelling: MisspellingRules
    segment_marks: str
    corrections: tuple[str, ...]
    post_markers: tuple[str, ...]
    post_reach: int
    credited_quote: re.Pattern[str]
    people_suffixes: frozenset[str]
    short_word: int
    weak_letters: dict[int, str]


@cache
def variant_rules(lang: str) -> VariantRules:
    """The settings of ``lexicon/<lang>/names.toml`` (language ``lang``), read once per
    language."""
    data = load_lexicon(NAMES_LEXICON, lang)
    return VariantRules(
        mojibake=tuple(require(data, "mojibake_markers", list, NAMES_LEXICON, lang=lang)),
        sic=tuple(
            m.casefold() for m in require(data, "sic_markers", list, NAMES_LEXICON, lang=lang)
        ),
        word_threshold=float(
            require(data, "variant_word_threshold", int, NAMES_LEXICON, lang=lang)
        ),
        clipped_min_length=require(data, "clipped_min_length", int, NAMES_LEXICON, lang=lang),
        shouted_min_letters=require(data, "shouted_min_letters", int, NAMES_LEXICON, lang=lang),
        labels=frozenset(
            w.casefold() for w in require(data, "page_labels", list, NAMES_LEXICON, lang=lang)
        ),
        misspelling=misspelling_rules(require(data, "misspelling", dict, NAMES_LEXICON, lang=lang)),
        segment_marks=require(data, "segment_marks", str, NAMES_LEXICON, lang=lang),
        corrections=tuple(
            m.casefold()
            for m in require(data, "correction_markers", list, NAMES_LEXICON, lang=lang)
        ),
        post_markers=tuple(require(data, "quoted_post_markers", list, NAMES_LEXICON, lang=lang)),
        post_reach=require(data, "quoted_post_reach", int, NAMES_LEXICON, lang=lang),
        credited_quote=re.compile(
            require(data, "credited_quote_line", str, NAMES_LEXICON, lang=lang)
        ),
        people_suffixes=frozenset(require(data, "people_suffixes", list, NAMES_LEXICON, lang=lang)),
        short_word=require(data, "short_word", int, NAMES_LEXICON, lang=lang),
        weak_letters={
            ord(k): str(v)
            for k, v in require(
                data, "short_word_weak_letters", dict, NAMES_LEXICON, lang=lang
            ).items()
        },
    )


_LOWER_WORD = re.compile(r"(?<![\w'-])[^\W\d_A-Z][^\W\d_]*(?![\w'-])")
_WORD_CHAR = re.compile(r"[\w'-]")


class Texts:
    """The sources' texts, the words they write in lower case, correction notices and
    embedded posts (each found once, on demand)."""

    def __init__(self, texts: Mapping[str, str], lang: str) -> None:
        self.texts = texts
        self.lang = lang  # the story's language, whose ``variant_rules`` are read
        self._lower: frozenset[str] | None = None
        self._folded_lower: frozenset[str] | None = None
        self._corrections: dict[tuple[str, int], bool] = {}
        self._posts: dict[str, list[int]] = {}
        self._credited: dict[tuple[str, int], bool] = {}
        self._asked: dict[str, bool] = {}
        self._written: dict[tuple[str, tuple[str, ...]], bool] = {}

    def written(self, mention: NameMention) -> bool:
        """Whether a name's words, wherever written, can spell a name (see
        ``spelled_name``), found once per spelling."""
        key = (mention.text, mention.tokens)
        found = self._written.get(key)
        if found is None:
            found = self._written[key] = _written_as_name(mention, self)
        return found

    def correction(self, source: str, sentence: Sentence) -> bool:
        """Whether a sentence is a correction notice (``correction_markers``), found once."""
        key = (source, sentence.start)
        found = self._corrections.get(key)
        if found is None:
            text = sentence.text.casefold()
            found = any(marker in text for marker in variant_rules(self.lang).corrections)
            self._corrections[key] = found
        return found

    def in_post(self, source: str, offset: int) -> bool:
        """Whether an offset's line goes on to an embedded post's signature ("(@handle)")."""
        marks = self._posts.get(source)
        if marks is None:
            text = self.texts.get(source, "")
            markers = variant_rules(self.lang).post_markers
            marks = sorted(
                m.start() for marker in markers for m in re.finditer(re.escape(marker), text)
            )
            self._posts[source] = marks
        index = bisect_left(marks, offset)
        if index == len(marks):
            return False
        mark = marks[index]
        text = self.texts.get(source, "")
        return (
            mark - offset <= variant_rules(self.lang).post_reach
            and text.find("\n", offset, mark) < 0
        )

    def in_credited_quote(self, source: str, offset: int) -> bool:
        """Whether an offset's line is one quotation credited to its author in brackets, an
        outlet's headline quoted in a roundup (``credited_quote_line``)."""
        text = self.texts.get(source, "")
        start = text.rfind("\n", 0, offset) + 1
        found = self._credited.get((source, start))
        if found is None:  # once per line: a long line may hold many names
            end = text.find("\n", offset)
            line = text[start : len(text) if end < 0 else end]
            found = variant_rules(self.lang).credited_quote.match(line) is not None
            self._credited[(source, start)] = found
        return found

    def ordinary(self, folded: str) -> bool:
        """Whether a folded word is written in lower case somewhere in the sources."""
        if self._folded_lower is None:
            self._folded_lower = frozenset(fold_name(w) for w in self.lower_words())
        return folded in self._folded_lower

    def written_lower(self, word: str) -> bool:
        """Whether ``word`` is in ``lower_words()``, found by looking for it alone (a story
        asks this of a few words: cheaper than reading every word of every source)."""
        if self._lower is not None:
            return word in self._lower
        found = self._asked.get(word)
        if found is None:
            found = _LOWER_WORD.fullmatch(word) is not None and any(
                _alone_in(text, word) for text in self.texts.values()
            )
            self._asked[word] = found
        return found

    def lower_words(self) -> frozenset[str]:
        """Every word written all in lower case somewhere in the sources."""
        if self._lower is None:
            self._lower = frozenset(
                word for text in self.texts.values() for word in _LOWER_WORD.findall(text)
            )
        return self._lower


def _alone_in(text: str, word: str) -> bool:
    """Whether ``word`` stands in ``text`` with no word character, apostrophe or hyphen
    right before or after it (where ``_LOWER_WORD`` would read it as one word)."""
    index = text.find(word)
    while index >= 0:
        end = index + len(word)
        before = text[index - 1] if index else ""
        after = text[end : end + 1]
        if not _WORD_CHAR.match(before) and not _WORD_CHAR.match(after):
            return True
        index = text.find(word, index + 1)
    return False


def spelled_name(item: SourcedName, texts: Texts) -> bool:
    """Whether a mention's words can be a spelling of its name at all.

    Not when the text was decoded wrongly upstream ("ObamaÃ¢": mojibake markers in the
    name); when its sentence is a correction notice or its line an embedded post (a
    tweet's "(@handle)" signature) or one quotation credited in brackets (a headline of
    another outlet: '"Dzhokar Tsarnaev ..." (CNN)'); when it holds an ordinary word in
    capitals (a video player's "JUST WATCHED" / "MUST WATCH" labels run into a clip's
    title); when the writer marks it as a misspelling quoted as written ("Tennesse
    (sic)"); when a word is a compound cut short ("Mexican-U"); or when it is one word
    that opens its sentence, or a part of it after a colon or dash, and the sources also
    write it in lower case (an ordinary word capitalised there: "Good", not a name).
    """
    rules = variant_rules(texts.lang)
    mention = item.mention
    if not texts.written(mention):
        return False  # mojibake, an ordinary word in capitals, a compound cut short
    text = texts.texts.get(item.source, "")
    after = text[mention.end : mention.end + 12].lstrip().casefold()
    if after.startswith(rules.sic):
        return False
    if texts.correction(item.source, mention.sentence):
        return False  # "... to correct the spelling of his name from Scaramuicci"
    if texts.in_post(item.source, mention.end):
        return False  # inside an embedded post: "... McCauliffe ... — Name (@handle) April 15"
    if texts.in_credited_quote(item.source, mention.start):
        return False  # another outlet's headline quoted: '-- "Dzhokar Tsarnaev ..." (CNN)'
    if len(mention.tokens) == 1:
        offset = mention.start - mention.sentence.start
        opening = mention.sentence.text[: max(0, offset)].rstrip()
        if not opening or opening[-1] in rules.segment_marks:  # opens a sentence or a part
            return not texts.written_lower(mention.tokens[0].casefold())
    return True


def _written_as_name(mention: NameMention, texts: Texts) -> bool:
    """The checks of ``spelled_name`` that read the name's own words alone: no mojibake,
    no ordinary word in capitals, no compound cut short ("Mexican-U" of "Mexican-U.S.")."""
    if any(marker in mention.text for marker in variant_rules(texts.lang).mojibake):
        return False
    if any(_shouted_word(token, texts) for token in mention.tokens):
        return False
    return not any("-" in t and len(t.rsplit("-", 1)[1]) == 1 for t in mention.tokens)


def _shouted_word(token: str, texts: Texts) -> bool:
    """An ordinary word written in capitals ("WATCHED"), not an acronym ("UNICEF").

    It has at least ``shouted_min_letters`` letters, all capitals, and the sources also
    write it in lower case or it is a page label (``page_labels``); shorter capitals ("US",
    "WHO") are taken for acronyms.
    """
    rules = variant_rules(texts.lang)
    return (
        len(token) >= rules.shouted_min_letters
        and token.isalpha()
        and token.isupper()
        and (token.casefold() in rules.labels or texts.written_lower(token.casefold()))
    )
