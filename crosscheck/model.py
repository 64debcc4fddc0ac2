"""Records shared by every stage: text in -> frozen, slotted, keyword-only dataclasses out.

Every record that came from text carries its span (``start``, ``end``: character offsets in
the source text, end exclusive), so any output can quote the source exactly.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from pathlib import Path
from typing import Generic, TypeVar

from crosscheck.language import DEFAULT_LANGUAGE, language_tag
from crosscheck.lexicon import explain_words
from crosscheck.slotted import fast_init


class Granularity(StrEnum):
    """How precisely a date or period is given, finest first (MINUTE, HOUR: clock times)."""

    MINUTE = "minute"
    HOUR = "hour"
    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    SEASON = "season"
    QUARTER = "quarter"
    HALF = "half"
    YEAR = "year"
    DECADE = "decade"
    CENTURY = "century"


GRANULARITY_RANK: dict[Granularity, int] = {g: i for i, g in enumerate(Granularity)}


class Unit(StrEnum):
    """What kind of thing a quantity counts or measures."""

    COUNT = "count"
    MONEY = "money"
    PERCENT = "percent"
    AGE = "age"
    DURATION = "duration"
    ORDINAL = "ordinal"
    MEASURE = "measure"


class Severity(StrEnum):
    """How urgently a discrepancy needs a human look."""

    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"


SEVERITY_RANK: dict[Severity, int] = {Severity.HIGH: 0, Severity.MEDIUM: 1, Severity.LOW: 2}


class DiscrepancyKind(StrEnum):
    """The kinds of discrepancy of DESIGN.md."""

    NUMERIC_CONFLICT = "numeric.conflict"
    NUMERIC_DIVERGENCE = "numeric.divergence"
    NUMERIC_PRECISION = "numeric.precision"
    TIME_CONFLICT = "time.conflict"
    TIME_PRECISION = "time.precision"
    NAME_VARIANT = "name.variant"
    CERTAINTY = "certainty"


# The modifier of a figure given as two ("between 20 and 30", "7- or 8-to-1").
RANGE_MODIFIER = "range"


@fast_init
@dataclass(frozen=True, slots=True, kw_only=True)
class Quantity:
    """A number as written, read as an interval.

    ``low``/``high`` are ``None`` for an open side ("over 1,200" has ``high=None``).
    ``point`` is the figure the text cites (1200 for "over 1,200", 1400 for "nearly 1,400").
    For money ``dimension`` is the ISO currency code; for durations and ages the time unit
    ("year", "month", "week", "day", "hour"); for a physical measure (``unit`` MEASURE) the
    dimension ("length", "area", "mass", ...); otherwise ``None``.
    For a measure, ``measure`` is the canonical unit as written ("mile", "kilometre") and
    ``factor`` converts it to the dimension's base unit (mile -> 1609.344 metres): ``low``,
    ``high`` and ``point`` stay in the unit written.
    """

    start: int
    end: int
    text: str
    low: float | None
    high: float | None
    low_inclusive: bool = True
    high_inclusive: bool = True
    approximate: bool = False
    unit: Unit = Unit.COUNT
    point: float | None = None
    modifier: str | None = None
    vague: bool = False
    dimension: str | None = None
    measure: str | None = None
    factor: float = 1.0

    @property
    def is_range(self) -> bool:
        """True when the text gives two figures ("between 20 and 30")."""
        return self.modifier == RANGE_MODIFIER


@fast_init
@dataclass(frozen=True, slots=True, kw_only=True)
class TimeRef:
    """A date or period as written, resolved to calendar days where possible.

    ``begin`` and ``end_date`` are the first and last day of the period the words name
    ("May 2020" -> 2020-05-01 .. 2020-05-31, granularity month). ``modifier`` is the scope
    word in front of it ("since", "until", "by", "as of", "before", "after", "in",
    "between", "from", "on") or ``None``. ``begin``/``end_date`` are ``None`` when the
    expression cannot be placed on the calendar (a weekday with no publication date).
    ``note`` says how an unusual reading was made (e.g. "as" read as "since").
    A clock time ("at 7:15am") has granularity MINUTE or HOUR and ``minute_start`` /
    ``minute_end``, its first and last minute of the day (0..1439; "8 p.m." is 1200..1200);
    ``begin``/``end_date`` are its day when the text gives one, else ``None``; ``zone`` is
    the time zone it names ("ET", "GMT", "local time"), else ``None``.
    """

    start: int
    end: int
    text: str
    begin: date | None
    end_date: date | None
    granularity: Granularity
    modifier: str | None = None
    relative: bool = False
    note: str | None = None
    minute_start: int | None = None
    minute_end: int | None = None
    zone: str | None = None

    @property
    def value(self) -> str:
        """The period in TIMEX3-like notation: "2020", "2020-05", "2020-05-01", "2020s".

        A clock time: "2020-03-03T07:15", or "T07:15" when its day is not known.
        """
        minutes = None
        if self.minute_start is not None:
            minutes = (self.minute_start, self.minute_end)
        return format_period(self.begin, self.end_date, self.granularity, minutes=minutes)


def format_period(
    begin: date | None,
    end: date | None,
    granularity: Granularity,
    *,
    minutes: tuple[int, int | None] | None = None,
) -> str:
    """Render a period at its granularity ("2020-05", "2023..2024", "?", "2020-03-03T07:15").

    A period of decades or centuries that does not run from the first year of one to the
    last of another ("the past decade", 2008-06-16..2018-06-15) is rendered as years
    ("2008..2018"), not as the calendar decades it touches ("2000s..2010s").
    """
    if minutes is not None:
        return _format_clock(begin, end, minutes)
    if begin is None:
        return "?"
    if granularity in _SPAN_YEARS and not _whole_spans(begin, end, _SPAN_YEARS[granularity]):
        granularity = Granularity.YEAR
    first = _format_point(begin, granularity)
    if end is None:
        return first
    last = _format_point(end, granularity)
    return first if first == last else f"{first}..{last}"


# Years in a decade and a century: the spans a period at that granularity should fill.
_SPAN_YEARS = {Granularity.DECADE: 10, Granularity.CENTURY: 100}


def _whole_spans(begin: date, end: date | None, years: int) -> bool:
    """Whether a period runs from the first day of a span of ``years`` to the last of one."""
    last = end or begin
    starts = begin.year % years == 0 and (begin.month, begin.day) == (1, 1)
    return starts and last.year % years == years - 1 and (last.month, last.day) == (12, 31)


def _format_clock(begin: date | None, end: date | None, minutes: tuple[int, int | None]) -> str:
    first_day = begin.isoformat() if begin else ""
    last_day = (end or begin).isoformat() if begin else ""
    first = f"{first_day}T{minutes[0] // 60:02d}:{minutes[0] % 60:02d}"
    last_minute = minutes[0] if minutes[1] is None else minutes[1]
    last = f"{last_day}T{last_minute // 60:02d}:{last_minute % 60:02d}"
    return first if first == last else f"{first}..{last}"


def _format_point(day: date, granularity: Granularity) -> str:
    if granularity in (Granularity.DAY, Granularity.HOUR, Granularity.MINUTE, Granularity.WEEK):
        return day.isoformat()  # a week or weekend by its days: "2020-05-30..2020-05-31"
    if granularity is Granularity.MONTH:
        return f"{day.year:04d}-{day.month:02d}"
    if granularity is Granularity.DECADE:
        return f"{day.year // 10 * 10:04d}s"
    if granularity is Granularity.CENTURY:
        return f"{day.year // 100 * 100:04d}s"
    if granularity in (Granularity.SEASON, Granularity.QUARTER, Granularity.HALF):
        return f"{day.year:04d}-{day.month:02d}"
    return f"{day.year:04d}"


class CertaintyLevel(StrEnum):
    """Whether the article states a thing as fact or hedges it."""

    ASSERTED = "asserted"
    HEDGED = "hedged"


@dataclass(frozen=True, slots=True, kw_only=True)
class Certainty:
    """How certain a statement is, with the hedge words that make it so."""

    level: CertaintyLevel = CertaintyLevel.ASSERTED
    hedges: tuple[str, ...] = ()

    def __str__(self) -> str:
        words = explain_words("hedges")
        if self.level is CertaintyLevel.ASSERTED:
            return words["asserted"]
        if not self.hedges:
            return words["hedged"]
        return words["hedged_with"].format(hedges=", ".join(self.hedges))


ASSERTED = Certainty()


@dataclass(frozen=True, slots=True, kw_only=True)
class Source:
    """One article: its id (the file's stem), its full text and what we know of it.

    ``path`` is the article file as found in the story folder; ``resolved_path`` the file it
    really is when that differs (the path is a symbolic link, or goes through one), else None.
    ``language`` is a language tag ("en", "pt-BR"). ``published_found`` says how
    ``published`` was found when story.toml gave none: "page markup" (the page's metadata)
    or "page text" (a date in its visible text); None when story.toml gave the date or no
    date is known. A record of the wrong shape raises
    ``TypeError`` or ``ValueError`` when it is made, not deep inside a later stage.
    """

    id: str
    text: str
    outlet: str | None = None
    published: date | None = None
    published_granularity: Granularity = Granularity.DAY
    published_found: str | None = None
    url: str | None = None
    path: Path | None = None
    encoding: str = "utf-8"
    language: str = DEFAULT_LANGUAGE
    resolved_path: Path | None = None

    def __post_init__(self) -> None:
        _require(self.id, str, "Source.id", "a string")
        if not self.id:
            raise ValueError("Source.id must not be empty")
        _require(self.text, str, "Source.text", "a string")
        for name in ("outlet", "url", "published_found"):
            _require(getattr(self, name), (str, type(None)), f"Source.{name}", "a string or None")
        if isinstance(self.published, datetime) or not isinstance(
            self.published, (date, type(None))
        ):
            raise TypeError(
                "Source.published must be a datetime.date or None (e.g. date(2025, 1, 31)), "
                f"not {type(self.published).__name__} {self.published!r}"
            )
        _require(self.published_granularity, Granularity, "Source.published_granularity",
                 "a Granularity")  # fmt: skip
        for name in ("path", "resolved_path"):
            _require(getattr(self, name), (Path, type(None)), f"Source.{name}", "a Path or None")
        _require(self.encoding, str, "Source.encoding", "a string")
        _require_language(self.language, "Source.language")


def _require(value: object, kind: type | tuple[type, ...], name: str, expected: str) -> None:
    if not isinstance(value, kind):
        raise TypeError(f"{name} must be {expected}, not {type(value).__name__} {value!r:.60}")


def _require_language(value: object, name: str) -> None:
    if not isinstance(value, str):
        raise TypeError(f"{name} must be a language tag string, not {type(value).__name__}")
    if language_tag(value) != value:
        raise ValueError(
            f'{name} must be a language tag like "en" or "pt-BR" (normalised), not {value!r}'
        )


@dataclass(frozen=True, slots=True, kw_only=True)
class Story:
    """A story folder: its title, its sources and what went wrong while loading it.

    ``problems`` are files that were skipped; ``warnings`` are files loaded with a caveat.
    """

    name: str
    title: str | None
    sources: tuple[Source, ...]
    path: Path | None = None
    problems: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()
    language: str = DEFAULT_LANGUAGE

    def __post_init__(self) -> None:
        _require_language(self.language, "Story.language")


@fast_init
@dataclass(frozen=True, slots=True, kw_only=True)
class Sentence:
    """One sentence of a source, as a span of the original text."""

    start: int
    end: int
    text: str


@fast_init
@dataclass(frozen=True, slots=True, kw_only=True)
class Claim:
    """One checkable statement: a figure or a date said of a subject, in one sentence.

    ``start``/``end`` index ``Source.text`` and give exactly ``text``. For a date claim
    (``kind == "date"``) ``value`` is ``None`` and ``time`` is the claimed date or period.
    ``sentence`` is a window of at most 300 characters of the claim's sentence around the
    claim (the whole sentence when it is shorter; the claim's own words when they are
    longer), at ``sentence_start``..``sentence_end`` of ``Source.text``: what one claim
    carries is bounded, so claims.csv grows linearly with the input.

    The frame: ``what`` is counted or measured (a normalised noun phrase, "" when unknown),
    ``event`` the event class it belongs to ("killed", "detained", "spent"; "" when none),
    ``place`` where it holds ("lyon", "nationwide"; "" when not said), ``role`` whether it
    is a total, a part ("41 of the passengers"), the base of a part ("of the 1,200"), an
    increment ("another 64"), a plan or prediction, or an estimate; the period is ``time``.
    ``actor`` is who did it ("construction firms" added jobs), when the text says;
    ``incident`` the incident it is said of ("attack: chemical"), when one is named near.
    ``subject`` and ``metric`` are ``what`` and ``event`` where known.
    A date claim also carries its event's key: ``event_stems``, the stems of the verbs and
    event nouns next to the date ("fire" of "was fired"), and ``event_words``, the names and
    nouns of its clause ("comey", "show"); two dates from different sources that share both
    date one event.
    """

    source: str
    start: int
    end: int
    text: str
    sentence: str
    sentence_start: int
    subject: str
    metric: str
    kind: str
    value: Quantity | None
    time: TimeRef | None
    certainty: Certainty = ASSERTED
    attribution: str | None = None
    notes: tuple[str, ...] = ()
    sentence_end: int = 0
    what: str = ""
    event: str = ""
    place: str = ""
    role: str = "total"
    actor: str = ""
    incident: str = ""
    event_stems: tuple[str, ...] = ()
    event_words: tuple[str, ...] = ()

    @property
    def key(self) -> tuple[str, int, int]:
        """Where the claim stands: source id and span."""
        return (self.source, self.start, self.end)


@dataclass(frozen=True, slots=True, kw_only=True)
class ClaimPair:
    """Two claims from different sources that speak of the same subject and metric.

    ``a`` and ``b`` stand for groups of claims that say the same thing (same subject, value
    and time): ``also_a`` and ``also_b`` are the other claims of each group, from any source.
    """

    a: Claim
    b: Claim
    score: float
    also_a: tuple[Claim, ...] = ()
    also_b: tuple[Claim, ...] = ()

    def compared(self) -> Iterator[tuple[Claim, Claim]]:
        """Every two claims the pair compares: one of each group."""
        for a in (self.a, *self.also_a):
            for b in (self.b, *self.also_b):
                yield a, b


class ClaimFamily(StrEnum):
    """What a claim states, and so how it is matched across sources and which rules read it."""

    FIGURE = "figure"  # a figure with its frame ("at least 55 people killed")
    DATE = "date"  # a date or period of an event ("struck on March 3")
    NAME = "name"  # a person, body or place as written ("Lukashenka")
    STATEMENT = "statement"  # a statement and its certainty ("may amount to ...")


P = TypeVar("P", covariant=True)


@dataclass(frozen=True, slots=True, kw_only=True)
class FamilyClaim(Generic[P]):
    """One claim of any family: what every claim has, and its family's own record.

    ``source``, ``start``/``end`` (indexing ``Source.text``), ``text`` (the claim's own
    words as the extractor read them) and ``sentence`` at ``sentence_start`` are the fields
    every family shares; ``payload`` is the family's record (``Claim`` for figures and
    dates, ``names.NameMention`` for names, a ``certainty`` assertion, hedged statement or
    concept mention for statements). One generic envelope, not a union of four records:
    model.py sits below the stages, so it cannot name their records, and the matcher and
    the registry then see one type with the shared fields while each rule still reads its
    family's fields typed (``FamilyClaim[NameMention]``). See ``crosscheck.match.families``.
    """

    family: ClaimFamily
    source: str
    start: int
    end: int
    text: str
    sentence: str
    sentence_start: int
    payload: P

    @property
    def key(self) -> tuple[str, int, int]:
        """Where the claim stands: source id and span."""
        return (self.source, self.start, self.end)


def family_claim(claim: Claim) -> FamilyClaim[Claim]:
    """A figure or date claim (or a certainty row's side, a statement) as a claim of its
    family."""
    if claim.value is not None:
        family = ClaimFamily.FIGURE
    else:
        family = ClaimFamily.DATE if claim.time is not None else ClaimFamily.STATEMENT
    return FamilyClaim(
        family=family,
        source=claim.source,
        start=claim.start,
        end=claim.end,
        text=claim.text,
        sentence=claim.sentence,
        sentence_start=claim.sentence_start,
        payload=claim,
    )


@fast_init
@dataclass(frozen=True, slots=True, kw_only=True)
class Mention:
    """A quoted stretch of one source that a discrepancy is about (a name, a hedged phrase)."""

    source: str
    start: int
    end: int
    text: str
    sentence: str


@dataclass(frozen=True, slots=True, kw_only=True)
class Discrepancy:
    """Two places in the sources that disagree, with a plain-English explanation."""

    id: str
    kind: DiscrepancyKind
    severity: Severity
    subject: str
    metric: str
    a: Mention
    b: Mention
    value_a: str
    value_b: str
    published_a: date | None
    published_b: date | None
    explanation: str
    claim_a: Claim | None = None
    claim_b: Claim | None = None
    status: str = ""
    note: str = ""
    details: tuple[str, ...] = field(default_factory=tuple)


@dataclass(frozen=True, slots=True, kw_only=True)
class Report:
    """Everything one check found: the sources, their claims and the discrepancies.

    ``problems`` are files that were skipped; ``warnings`` files loaded with a caveat;
    ``names`` the people and bodies mentioned.
    """

    sources: tuple[Source, ...]
    claims: tuple[Claim, ...]
    discrepancies: tuple[Discrepancy, ...]
    problems: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()
    names: tuple[Mention, ...] = ()


def interval_text(q: Quantity) -> str:
    """A readable normalised value: "> 1200", "[1300, 1400)", "= 55", ">= 55"."""
    lo, hi = q.low, q.high
    if lo is not None and hi is not None and lo == hi:
        return f"= {_num(lo)}"
    if hi is None and lo is not None:
        return f"{'>=' if q.low_inclusive else '>'} {_num(lo)}"
    if lo is None and hi is not None:
        return f"{'<=' if q.high_inclusive else '<'} {_num(hi)}"
    if lo is None or hi is None:
        return "?"
    left = "[" if q.low_inclusive else "("
    right = "]" if q.high_inclusive else ")"
    return f"{left}{_num(lo)}, {_num(hi)}{right}"


def _num(x: float) -> str:
    if math.isinf(x):
        return "inf"
    if float(x).is_integer():
        return f"{int(x)}"
    return f"{x:g}"
