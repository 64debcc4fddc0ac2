"""Synthetic story generator: (number of articles, seed) -> a story folder for benchmarks.

The articles are rewrites of the sample story (``sources/belarus/*.txt`` of this project)
plus unrelated news from the TempEval-3 texts (``../shared/conformance/tempeval3-platinum``,
skipped when absent). Figures, dates, names, hedges and attributions are varied as in real
coverage of one story (some articles keep the original words, some say the same thing
differently, some give diverging or conflicting figures); the rewrite rules are data, in
``benchmarks/variants.toml``. Output is deterministic for a given seed, and the first ``k``
articles of a story of ``n > k`` articles are those of a story of ``k`` articles.

Usage::

    python -m benchmarks.corpus --articles 1000 --out benchmarks/out/story-1000 [--seed 0]
"""

from __future__ import annotations

import argparse
import html
import random
import re
import sys
import tomllib
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from pathlib import Path
from typing import Any, Final

PROJECT_ROOT: Final = Path(__file__).resolve().parents[1]
SAMPLE_STORY: Final = PROJECT_ROOT / "sources" / "belarus"
TEMPEVAL_DIR: Final = PROJECT_ROOT.parent / "shared" / "conformance" / "tempeval3-platinum"
VARIANTS_FILE: Final = Path(__file__).resolve().parent / "variants.toml"

CATEGORIES: Final = ("keep", "agree", "diverge", "conflict")
ARTICLE_NAME: Final = re.compile(r"\d{5}-[a-z0-9_-]+\.txt")
_TAG: Final = re.compile(r"<[^<>]*>")
_DCT_VALUE: Final = re.compile(r'value="(\d{4})-(\d{2})-(\d{2})"')
_SLUG_JUNK: Final = re.compile(r"[^a-z0-9]+")
_MONTHS: Final = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip


class CorpusDataError(ValueError):
    """The variants file or a sample story file has the wrong shape."""


@dataclass(frozen=True, slots=True)
class Rule:
    """One rewrite rule: the strings it finds and its replacements by category."""

    kind: str
    find: tuple[str, ...]
    options: Mapping[str, tuple[str, ...]]
    weights: Mapping[str, float]
    number_range: tuple[int, int, int] | None
    grouping: bool
    group: str


@dataclass(frozen=True, slots=True)
class Decision:
    """What an article says for a group of rules: a category, an option and a number."""

    category: str
    option: int
    number: int | None


@dataclass(frozen=True, slots=True)
class Variants:
    """The parsed ``variants.toml``: rules, article shape, outlets and datelines."""

    rules: tuple[Rule, ...]
    by_find: Mapping[str, int]
    pattern: re.Pattern[str]
    unrelated_share: float
    unrelated_paragraphs: tuple[int, int]
    paragraph_drop: float
    date_spread: tuple[int, int]
    undated_base: date
    outlets: tuple[str, ...]
    datelines: Mapping[str, str]


@dataclass(frozen=True, slots=True)
class BaseArticle:
    """A text the generator starts from: a sample article or an unrelated TempEval text."""

    stem: str
    text: str
    published: date
    related: bool


@dataclass(frozen=True, slots=True)
class Article:
    """One generated article, ready to be written to a story folder."""

    file: str
    text: str
    outlet: str
    published: date
    base: str


# --- loading the data ------------------------------------------------------------------


def _fail(message: str) -> CorpusDataError:
    return CorpusDataError(f"{VARIANTS_FILE.name}: {message}")


def _strings(value: Any, where: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(s, str) and s for s in value):
        raise _fail(f"{where} must be a list of non-empty strings")
    return tuple(value)


def _number(table: Mapping[str, Any], key: str) -> float:
    value = table.get(key)
    if not isinstance(value, int | float) or isinstance(value, bool) or value < 0:
        raise _fail(f"[articles].{key} must be a non-negative number")
    return float(value)


def _int_pair(table: Mapping[str, Any], key: str) -> tuple[int, int]:
    value = table.get(key)
    if (
        not isinstance(value, list)
        or len(value) != 2
        or not all(isinstance(v, int) and not isinstance(v, bool) for v in value)
        or value[0] > value[1]
    ):
        raise _fail(f"[articles].{key} must be [low, high] integers with low <= high")
    return (value[0], value[1])


def _range(value: Any, where: str) -> tuple[int, int, int] | None:
    if value is None:
        return None
    if (
        not isinstance(value, list)
        or len(value) != 3
        or not all(isinstance(v, int) and not isinstance(v, bool) for v in value)
        or value[2] <= 0
        or value[0] > value[1]
    ):
        raise _fail(f"{where}.range must be [low, high, step] integers, step > 0")
    return (value[0], value[1], value[2])


def _weights(value: Any, default: Mapping[str, float], where: str) -> dict[str, float]:
    table = default if value is None else value
    if not isinstance(table, Mapping) or not set(table) <= set(CATEGORIES):
        raise _fail(f"{where}.weights must be a table of {', '.join(CATEGORIES)}")
    weights: dict[str, float] = {}
    for name, weight in table.items():
        if not isinstance(weight, int | float) or isinstance(weight, bool) or weight < 0:
            raise _fail(f"{where}.weights.{name} must be a non-negative number")
        weights[name] = float(weight)
    return weights


def _rule(entry: Any, index: int, shares: Mapping[str, float]) -> Rule:
    where = f"rule #{index + 1}"
    if not isinstance(entry, Mapping):
        raise _fail(f"{where} must be a table")
    unknown = set(entry) - {"kind", "find", "range", "grouping", "weights", "group"}
    unknown -= set(CATEGORIES[1:])
    if unknown:
        raise _fail(f"{where} has unknown keys: {', '.join(sorted(unknown))}")
    kind = entry.get("kind")
    if not isinstance(kind, str) or not kind:
        raise _fail(f"{where}.kind must be a non-empty string")
    options = {c: _strings(entry[c], f"{where}.{c}") for c in CATEGORIES[1:] if c in entry}
    options["keep"] = ()
    number_range = _range(entry.get("range"), where)
    if number_range is None and any("{n}" in s for v in options.values() for s in v):
        raise _fail(f"{where} uses {{n}} but has no range")
    weights = _weights(entry.get("weights"), shares, where)
    usable = {c: w for c, w in weights.items() if w > 0 and (c == "keep" or options.get(c))}
    if not usable:
        raise _fail(f"{where} has no category with both a weight and replacements")
    grouping = entry.get("grouping", True)
    if not isinstance(grouping, bool):
        raise _fail(f"{where}.grouping must be true or false")
    group = entry.get("group", f"#{index}")
    if not isinstance(group, str) or not group:
        raise _fail(f"{where}.group must be a non-empty string")
    return Rule(
        kind=kind,
        find=_strings(entry.get("find"), f"{where}.find"),
        options=options,
        weights=usable,
        number_range=number_range,
        grouping=grouping,
        group=group,
    )


def _shape(rule: Rule) -> tuple[object, ...]:
    """What rules of one group must share so that one decision fits them all."""
    lengths = tuple(sorted((c, len(v)) for c, v in rule.options.items()))
    return (tuple(sorted(rule.weights.items())), lengths, rule.number_range)


def _check_groups(rules: Sequence[Rule]) -> None:
    first: dict[str, Rule] = {}
    for rule in rules:
        other = first.setdefault(rule.group, rule)
        if _shape(other) != _shape(rule):
            raise _fail(
                f"rules of group {rule.group!r} need the same weights, range and number "
                "of replacements per category"
            )


def _find_pattern(finds: Sequence[str]) -> re.Pattern[str]:
    """One alternation of literal strings, longest first, on word boundaries.

    A find is not matched inside a longer figure ("over 1,200" in "over 1,200,000"). The
    pattern has no nested quantifier: at most one attempt per alternative per position.
    """
    ordered = sorted(set(finds), key=lambda s: (-len(s), s))
    alternatives = "|".join(map(re.escape, ordered))
    return re.compile(r"(?<!\w)(?<!\d[,.])(?:" + alternatives + r")(?![\w]|[,.]\d)")


def parse_variants(data: Mapping[str, Any]) -> Variants:
    """Validate the parsed ``variants.toml`` and build its rules and find pattern.

    Raises:
        CorpusDataError: a table, key or value has the wrong shape.
    """
    shares = _weights(data.get("shares"), {}, "shares")
    raw_rules = data.get("rule")
    if not isinstance(raw_rules, list) or not raw_rules:
        raise _fail("needs at least one [[rule]]")
    rules = tuple(_rule(entry, i, shares) for i, entry in enumerate(raw_rules))
    _check_groups(rules)
    by_find: dict[str, int] = {}
    for index, rule in enumerate(rules):
        for text in rule.find:
            if text in by_find:
                raise _fail(f"{text!r} is found by two rules")
            by_find[text] = index
    articles = data.get("articles")
    if not isinstance(articles, Mapping):
        raise _fail("needs an [articles] table")
    undated = articles.get("undated_base")
    if not isinstance(undated, date):
        raise _fail("[articles].undated_base must be a TOML date")
    datelines = data.get("datelines", {})
    styles = {"month-day-year", "day-month-year"}
    if not isinstance(datelines, Mapping) or not all(
        isinstance(v, str) and v in styles for v in datelines.values()
    ):
        raise _fail("[datelines] values must be 'month-day-year' or 'day-month-year'")
    return Variants(
        rules=rules,
        by_find=by_find,
        pattern=_find_pattern(list(by_find)),
        unrelated_share=min(_number(articles, "unrelated_share"), 1.0),
        unrelated_paragraphs=_int_pair(articles, "unrelated_paragraphs"),
        paragraph_drop=min(_number(articles, "paragraph_drop"), 1.0),
        date_spread=_int_pair(articles, "date_spread_days"),
        undated_base=undated,
        outlets=_strings(articles.get("outlets"), "[articles].outlets"),
        datelines=dict(datelines),
    )


@cache
def load_variants() -> Variants:
    """The rewrite rules of ``benchmarks/variants.toml``, parsed and validated once."""
    with VARIANTS_FILE.open("rb") as handle:
        return parse_variants(tomllib.load(handle))


def _story_dates(folder: Path, fallback: date) -> dict[str, date]:
    """Publication dates of ``story.toml`` (partial "YYYY-MM" dates read as the 1st)."""
    path = folder / "story.toml"
    if not path.is_file():
        return {}
    with path.open("rb") as handle:
        entries = tomllib.load(handle).get("sources", [])
    dates: dict[str, date] = {}
    for entry in entries:
        published = entry.get("published")
        stem = Path(str(entry.get("file", ""))).stem
        if isinstance(published, date):
            dates[stem] = published
        elif isinstance(published, str):
            dates[stem] = _partial_date(published, fallback)
    return dates


def _partial_date(text: str, fallback: date) -> date:
    parts = text.split("-")
    try:
        numbers = [int(p) for p in parts[:3]] + [1, 1][: 3 - len(parts)]
        return date(numbers[0], numbers[1], numbers[2])
    except (ValueError, IndexError):
        return fallback


@cache
def sample_articles() -> tuple[BaseArticle, ...]:
    """The articles of the project's sample story, with their publication dates."""
    fallback = load_variants().undated_base
    dates = _story_dates(SAMPLE_STORY, fallback)
    files = sorted(SAMPLE_STORY.glob("*.txt"))
    if not files:
        raise CorpusDataError(f"no sample articles in {SAMPLE_STORY}")
    return tuple(
        BaseArticle(
            stem=f.stem,
            text=f.read_text(encoding="utf-8"),
            published=dates.get(f.stem, fallback),
            related=True,
        )
        for f in files
    )


def tempeval_text(markup: str) -> str:
    """The body of a TimeML document: the ``<TEXT>`` element with tags and entities removed."""
    start = markup.find("<TEXT>")
    end = markup.find("</TEXT>", start + 1)
    if start < 0 or end < 0:
        return ""
    return html.unescape(_TAG.sub("", markup[start + len("<TEXT>") : end])).strip()


def _tempeval_date(markup: str, fallback: date) -> date:
    head = markup[: markup.find("</DCT>") + 1] if "</DCT>" in markup else ""
    found = _DCT_VALUE.search(head)
    if found is None:
        return fallback
    year, month, day = (int(g) for g in found.groups())
    return date(year, month, day)


@cache
def unrelated_articles() -> tuple[BaseArticle, ...]:
    """TempEval-3 news texts (no tags), or none when the conformance folder is absent."""
    if not TEMPEVAL_DIR.is_dir():
        return ()
    fallback = load_variants().undated_base
    found: list[BaseArticle] = []
    for path in sorted(TEMPEVAL_DIR.glob("*.tml")):
        markup = path.read_text(encoding="utf-8", errors="replace")
        text = tempeval_text(markup)
        if text:
            stem = _SLUG_JUNK.sub("-", path.stem.lower()).strip("-")
            found.append(BaseArticle(stem, text, _tempeval_date(markup, fallback), False))
    return tuple(found)


@cache
def unrelated_paragraphs() -> tuple[str, ...]:
    """Paragraphs of the unrelated texts, to be dropped into related articles."""
    return tuple(p for a in unrelated_articles() for p in _paragraphs(a.text) if len(p) > 80)


# --- rewriting one article -------------------------------------------------------------


def _paragraphs(text: str) -> list[str]:
    return [p for p in text.split("\n") if p.strip()]


def decide(rule: Rule, rng: random.Random) -> Decision:
    """Draw what an article says for ``rule`` (and every rule of its group)."""
    names = list(rule.weights)
    category = rng.choices(names, weights=[rule.weights[n] for n in names])[0]
    option = rng.randrange(len(rule.options[category])) if category != "keep" else 0
    number = None
    if rule.number_range is not None:
        low, high, step = rule.number_range
        number = rng.randrange(low, high + 1, step)
    return Decision(category, option, number)


def replacement(rule: Rule, decision: Decision) -> str | None:
    """The words ``rule`` puts in place of what it found (``None``: keep them)."""
    if decision.category == "keep":
        return None
    template = rule.options[decision.category][decision.option]
    if decision.number is None or "{n}" not in template:
        return template
    n = decision.number
    return template.replace("{n}", f"{n:,}" if rule.grouping else str(n))


def _match_case(found: str, replacement: str) -> str:
    if found[:1].isupper() and replacement[:1].islower():
        return replacement[:1].upper() + replacement[1:]
    return replacement


def rewrite(text: str, variants: Variants, rng: random.Random) -> str:
    """Apply the rules to ``text``, deciding each group once, in order of first occurrence."""
    decided: dict[str, Decision] = {}

    def replace(match: re.Match[str]) -> str:
        found = match.group()
        rule = variants.rules[variants.by_find[found]]
        if rule.group not in decided:
            decided[rule.group] = decide(rule, rng)
        chosen = replacement(rule, decided[rule.group])
        return found if chosen is None else _match_case(found, chosen)

    return variants.pattern.sub(replace, text)


def format_dateline(day: date, style: str) -> str:
    """A date as a dateline: "March 20, 2024" or "14 February 2025"."""
    month = _MONTHS[day.month - 1]
    if style == "day-month-year":
        return f"{day.day} {month} {day.year}"
    return f"{month} {day.day}, {day.year}"


def _with_datelines(text: str, published: date, datelines: Mapping[str, str]) -> str:
    for found, style in datelines.items():
        text = text.replace(found, format_dateline(published, style))
    return text


def _reshape(text: str, variants: Variants, rng: random.Random) -> str:
    """Drop a few paragraphs and insert a few unrelated ones, keeping the line layout.

    Paragraphs are lines (the samples mix blank-line and single-newline layouts); blank
    lines are kept, so an article keeps its own layout. An unrelated paragraph goes after a
    blank line when the article has any, and is then followed by one.
    """
    lines = text.split("\n")
    kept = [
        line
        for i, line in enumerate(lines)
        if i < 2 or not line.strip() or rng.random() >= variants.paragraph_drop
    ]
    pool = unrelated_paragraphs()
    low, high = variants.unrelated_paragraphs
    for _ in range(rng.randint(low, high) if pool else 0):
        blanks = [i + 1 for i, line in enumerate(kept) if not line.strip() and i >= 2]
        insert = rng.randint(2, len(kept)) if not blanks else rng.choice(blanks)
        kept[insert:insert] = [rng.choice(pool), ""] if blanks else [rng.choice(pool)]
    return "\n".join(kept)


def _published(base: BaseArticle, variants: Variants, rng: random.Random) -> date:
    low, high = variants.date_spread
    return base.published + timedelta(days=rng.randint(low, high))


def make_article(index: int, seed: int) -> Article:
    """Article number ``index`` of the story generated with ``seed`` (independent of others)."""
    variants = load_variants()
    rng = random.Random(f"crosscheck-bench:{seed}:{index}")
    unrelated = unrelated_articles()
    if unrelated and rng.random() < variants.unrelated_share:
        base = rng.choice(unrelated)
        text, published = base.text + "\n", base.published
    else:
        base = rng.choice(sample_articles())
        published = _published(base, variants, rng)
        text = _with_datelines(base.text, published, variants.datelines)
        text = _reshape(rewrite(text, variants, rng), variants, rng)
    return Article(
        file=f"{index:05d}-{base.stem}.txt",
        text=text,
        outlet=rng.choice(variants.outlets),
        published=published,
        base=base.stem,
    )


def generate_articles(n_articles: int, seed: int = 0) -> Iterator[Article]:
    """The ``n_articles`` articles of the story generated with ``seed``, in order."""
    for index in range(n_articles):
        yield make_article(index, seed)


def articles_of_size(min_bytes: int, seed: int = 0) -> list[Article]:
    """Generated articles, in order, until their UTF-8 size reaches ``min_bytes``."""
    found: list[Article] = []
    size = 0
    while size < min_bytes:
        article = make_article(len(found), seed)
        found.append(article)
        size += len(article.text.encode("utf-8"))
    return found


# --- writing a story folder ------------------------------------------------------------


def _toml_string(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace('"', '\\"')
    return f'"{escaped}"'


def story_toml(articles: Sequence[Article], seed: int) -> str:
    """The ``story.toml`` of a generated story: a title and one entry per article."""
    title = f"Synthetic Belarus story ({len(articles)} articles, seed {seed})"
    lines = [
        f"title = {_toml_string(title)}",
        f"# generated by: python -m benchmarks.corpus --articles {len(articles)} --seed {seed}",
    ]
    for article in articles:
        lines += [
            "",
            "[[sources]]",
            f"file = {_toml_string(article.file)}",
            f"outlet = {_toml_string(article.outlet)}",
            f"published = {article.published.isoformat()}",
        ]
    return "\n".join(lines) + "\n"


def _clear(out_dir: Path) -> None:
    """Remove what an earlier run wrote here (generated articles and story.toml only)."""
    for path in out_dir.iterdir():
        if path.is_file() and (ARTICLE_NAME.fullmatch(path.name) or path.name == "story.toml"):
            path.unlink()


def build_story(n_articles: int, out_dir: Path | str, seed: int = 0) -> Path:
    """Write a story folder of ``n_articles`` generated articles and its ``story.toml``.

    Returns:
        The story folder (``out_dir``), created if needed; files of an earlier run there are
        replaced.
    """
    if n_articles < 1:
        raise ValueError("a story needs at least one article")
    folder = Path(out_dir)
    folder.mkdir(parents=True, exist_ok=True)
    _clear(folder)
    articles = list(generate_articles(n_articles, seed))
    for article in articles:
        (folder / article.file).write_text(article.text, encoding="utf-8")
    (folder / "story.toml").write_text(story_toml(articles, seed), encoding="utf-8")
    return folder


def cached_story(n_articles: int, cache_dir: Path, seed: int = 0) -> Path:
    """The story folder for (``n_articles``, ``seed``) under ``cache_dir``, built if missing."""
    folder = cache_dir / f"story-{n_articles}-seed{seed}"
    if (folder / "story.toml").is_file():
        return folder
    return build_story(n_articles, folder, seed)


def main(argv: Sequence[str] | None = None) -> int:
    """Command line: write one generated story folder."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks.corpus", description=__doc__)
    parser.add_argument("--articles", type=int, required=True, help="number of articles")
    parser.add_argument("--out", type=Path, required=True, help="story folder to write")
    parser.add_argument("--seed", type=int, default=0, help="random seed (default 0)")
    args = parser.parse_args(argv)
    folder = build_story(args.articles, args.out, args.seed)
    size = sum(p.stat().st_size for p in folder.glob("*.txt"))
    print(f"{folder}: {args.articles} articles, {size / 1e6:.2f} MB", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
