"""Expectations: expectations/<story>.toml -> named checks of a Report (known conflicts, must-nots).

Each ``[[conflict]]`` must be flagged: some discrepancy (of the given kind, if any) quotes the
first words on one side and the second on the other. Each ``[[consistent]]`` pair must NOT be
flagged, and both of its words must still be found among the story's claims (or quoted
mentions), so a must-not check can never pass merely because extraction lost a claim. Each
``[[ignored]]`` entry names words from page leftovers (menus, teasers, donation appeals) that
no claim and no discrepancy may quote, not even in its sentence. Any entry may carry
``xfail = "reason"``: a known miss (like pytest's xfail, strict) that passes while it still
fails, and fails once it passes, so the mark is removed when the miss is fixed.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from crosscheck.errors import ConfigError
from crosscheck.messages import message
from crosscheck.model import Discrepancy, DiscrepancyKind, Report
from crosscheck.readfile import load_toml

_TOP_KEYS = {"story", "conflict", "consistent", "ignored", "title"}
_IGNORED_KEYS = {"id", "words", "why", "xfail"}
_CONFLICT_KEYS = {"id", "kind", "claims", "sources", "severity", "why", "xfail"}
_CONSISTENT_KEYS = {"id", "kind", "claims", "sources", "why", "xfail"}
_SPACE = re.compile(r"\s+")


@dataclass(frozen=True, slots=True, kw_only=True)
class Expectation:
    """One named check: a conflict that must be flagged or a pair that must not be."""

    id: str
    must_flag: bool
    claims: tuple[str, ...]
    kind: DiscrepancyKind | None = None
    sources: tuple[str, ...] = ()
    severity: str | None = None
    why: str = ""
    xfail: str = ""  # the reason of a known miss; empty when the check must pass

    @property
    def leftover(self) -> bool:
        """True for an ``[[ignored]]`` entry: one set of words, page leftovers no claim quotes."""
        return len(self.claims) == 1


@dataclass(frozen=True, slots=True, kw_only=True)
class ExpectationFile:
    """An expectations file: the story it speaks of and its checks."""

    path: Path
    story: Path
    expectations: tuple[Expectation, ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class Outcome:
    """The result of one check, with a message that says what was (not) found."""

    expectation: Expectation
    passed: bool
    message: str
    known_miss: bool = False


def load_expectations(path: Path) -> ExpectationFile:
    """Parse and validate an expectations file; the error names the file and the problem.

    Raises:
        InputError: The file cannot read (missing, not a regular file, too large).
        ConfigError: It is not UTF-8, not valid TOML, or not of the expected shape.
    """
    data = load_toml(path)  # bounded: regular file, size, nesting and dotted-key limits
    _no_unknown(data, _TOP_KEYS, path, message("expectations.top_level"))
    story = data.get("story")
    if not isinstance(story, str) or not story:
        raise ConfigError(message("expectations.story_not_folder"), path=path)
    items: list[Expectation] = []
    for section, must_flag, keys in (
        ("conflict", True, _CONFLICT_KEYS),
        ("consistent", False, _CONSISTENT_KEYS),
    ):
        entries = data.get(section, [])
        if not isinstance(entries, list):
            raise ConfigError(message("expectations.section_not_array", section=section), path=path)
        for number, entry in enumerate(entries, 1):
            where = message("expectations.entry", section=section, number=number)
            if not isinstance(entry, dict):
                raise ConfigError(message("expectations.entry_not_table", where=where), path=path)
            _no_unknown(entry, keys, path, where)
            items.append(_expectation(entry, must_flag, path, where))
    items.extend(_ignored(data.get("ignored", []), path))
    ids = [e.id for e in items]
    duplicates = sorted({i for i in ids if ids.count(i) > 1})
    if duplicates:
        raise ConfigError(
            message("expectations.duplicate_ids", choices=", ".join(duplicates)), path=path
        )
    return ExpectationFile(path=path, story=_story_path(path, story), expectations=tuple(items))


def _story_path(path: Path, story: str) -> Path:
    """A story path is relative to the project root: the folder holding ``expectations/``."""
    candidate = Path(story)
    if candidate.is_absolute():
        return candidate
    root = path.resolve().parent.parent
    return root / candidate


def _no_unknown(data: dict[str, Any], allowed: set[str], path: Path, where: str) -> None:
    unknown = sorted(set(data) - allowed)
    if unknown:
        raise ConfigError(
            message(
                "expectations.unknown_key",
                where=where,
                unknown=unknown[0],
                choices=", ".join(sorted(allowed)),
            ),
            path=path,
        )


def _expectation(entry: dict[str, Any], must_flag: bool, path: Path, where: str) -> Expectation:
    ident = entry.get("id")
    if not isinstance(ident, str) or not ident:
        raise ConfigError(message("expectations.id_empty", where=where), path=path)
    claims = entry.get("claims")
    if (
        not isinstance(claims, list)
        or len(claims) != 2
        or not all(isinstance(c, str) and c.strip() for c in claims)
    ):
        raise ConfigError(
            message("expectations.claims_not_two", where=where, ident=ident), path=path
        )
    kind = entry.get("kind")
    parsed_kind: DiscrepancyKind | None = None
    if kind is not None:
        try:
            parsed_kind = DiscrepancyKind(kind)
        except ValueError:
            known = ", ".join(k.value for k in DiscrepancyKind)
            raise ConfigError(
                message(
                    "expectations.unknown_kind",
                    where=where,
                    ident=ident,
                    kind=kind,
                    known=known,
                ),
                path=path,
            ) from None
    sources = entry.get("sources", [])
    if not isinstance(sources, list) or not all(isinstance(s, str) for s in sources):
        raise ConfigError(
            message("expectations.sources_not_ids", where=where, ident=ident), path=path
        )
    severity = entry.get("severity")
    if severity is not None and severity not in ("high", "medium", "low"):
        raise ConfigError(
            message("expectations.unknown_severity", where=where, ident=ident), path=path
        )
    why = _why(entry, path, where, ident)
    return Expectation(
        id=ident,
        must_flag=must_flag,
        claims=(claims[0], claims[1]),
        kind=parsed_kind,
        sources=tuple(sources),
        severity=severity,
        why=why,
        xfail=_xfail(entry, path, f"{where} ({ident})"),
    )


def _why(entry: dict[str, Any], path: Path, where: str, ident: str) -> str:
    """An entry's ``why`` (a string, empty when it gives none)."""
    why = entry.get("why", "")
    if not isinstance(why, str):
        raise ConfigError(
            message("expectations.why_not_string", where=where, ident=ident), path=path
        )
    return why


def _xfail(entry: dict[str, Any], path: Path, where: str) -> str:
    reason = entry.get("xfail", "")
    if not isinstance(reason, str) or ("xfail" in entry and not reason.strip()):
        raise ConfigError(message("expectations.xfail_not_reason", where=where), path=path)
    return reason.strip()


def _ignored(entries: Any, path: Path) -> list[Expectation]:
    if not isinstance(entries, list):
        raise ConfigError(message("expectations.ignored_not_array"), path=path)
    items = []
    for number, entry in enumerate(entries, 1):
        where = message("expectations.entry", section="ignored", number=number)
        if not isinstance(entry, dict):
            raise ConfigError(message("expectations.entry_not_table", where=where), path=path)
        _no_unknown(entry, _IGNORED_KEYS, path, where)
        ident, words = entry.get("id"), entry.get("words")
        if not isinstance(ident, str) or not ident:
            raise ConfigError(message("expectations.id_empty", where=where), path=path)
        if not isinstance(words, str) or not words.strip():
            raise ConfigError(
                message("expectations.words_empty", where=where, ident=ident), path=path
            )
        why = _why(entry, path, where, ident)
        items.append(
            Expectation(
                id=ident,
                must_flag=False,
                claims=(words,),
                why=why,
                xfail=_xfail(entry, path, f"{where} ({ident})"),
            )
        )
    return items


def _norm(text: str) -> str:
    return _SPACE.sub(" ", text.replace("\u2019", "'")).strip().casefold()


def contains_words(words: str, text: str) -> bool:
    """Whether ``words`` stand in ``text`` as whole words, folded as ``_norm`` folds them.

    A letter or digit at either end of the words may not run on into the text around them:
    "Exxon" is not in "ExxonMobile" and "20" is not in "2020", while "$2 billion" is in
    "up to $2 billion," whatever stands before its dollar sign.
    """
    target, haystack = _norm(words), _norm(text)
    if not target:
        return False
    start = haystack.find(target)
    while start >= 0:
        end = start + len(target)
        open_left = start == 0 or not (target[0].isalnum() and haystack[start - 1].isalnum())
        open_right = end == len(haystack) or not (target[-1].isalnum() and haystack[end].isalnum())
        if open_left and open_right:
            return True
        start = haystack.find(target, start + 1)
    return False


def _side_matches(words: str, text: str, source: str, sources: Sequence[str]) -> bool:
    return contains_words(words, text) and (not sources or source in sources)


def _pair_matches(e: Expectation, d: Discrepancy) -> bool:
    if e.kind is not None and d.kind is not e.kind:
        return False
    first, second = e.claims
    forward = _side_matches(first, d.a.text, d.a.source, e.sources) and _side_matches(
        second, d.b.text, d.b.source, e.sources
    )
    backward = _side_matches(first, d.b.text, d.b.source, e.sources) and _side_matches(
        second, d.a.text, d.a.source, e.sources
    )
    return forward or backward


def _found_anywhere(words: str, report: Report) -> bool:
    target = _norm(words)
    return (
        any(
            target in _norm(c.text) or (c.time is not None and target in _norm(c.time.text))
            for c in report.claims
        )
        or any(target in _norm(m.text) for d in report.discrepancies for m in (d.a, d.b))
        or any(target in _norm(m.text) for m in report.names)
    )


def _evaluate_ignored(e: Expectation, report: Report) -> Outcome:
    target = _norm(e.claims[0])
    for c in report.claims:
        if target in _norm(c.sentence):
            return Outcome(
                expectation=e,
                passed=False,
                message=message(
                    "expectations.leftover_in_claim",
                    words=e.claims[0],
                    claim=c.text,
                    source=c.source,
                ),
            )
    for d in report.discrepancies:
        for m in (d.a, d.b):
            if target in _norm(m.sentence):
                return Outcome(
                    expectation=e,
                    passed=False,
                    message=message(
                        "expectations.leftover_in_discrepancy", words=e.claims[0], id=d.id
                    ),
                )
    return Outcome(expectation=e, passed=True, message=message("expectations.leftover_gone"))


def evaluate(e: Expectation, report: Report) -> Outcome:
    """Check one expectation against a report, honouring its ``xfail`` mark (strictly).

    A known miss that still fails passes (``known_miss``); one that now passes fails, so
    that its mark is removed.
    """
    outcome = check_expectation(e, report)
    if not e.xfail:
        return outcome
    if outcome.passed:
        return Outcome(
            expectation=e,
            passed=False,
            message=message("expectations.xfail_passes", xfail=e.xfail),
        )
    return Outcome(
        expectation=e,
        passed=True,
        message=message("expectations.known_miss", xfail=e.xfail, outcome=outcome.message),
        known_miss=True,
    )


def check_expectation(e: Expectation, report: Report) -> Outcome:
    """Check one expectation against a report, ignoring its ``xfail`` mark.

    A claim's words include its time scope: "since May 1, 2020" is found in the claim "at
    least 55 children" said of that period.
    """
    if e.leftover:
        return _evaluate_ignored(e, report)
    matches = [d for d in report.discrepancies if _pair_matches(e, d)]
    first, second = e.claims
    if e.must_flag:
        if not matches:
            return Outcome(
                expectation=e,
                passed=False,
                message=message("expectations.not_flagged", first=first, second=second)
                + (message("expectations.as_kind", kind=e.kind.value) if e.kind else ""),
            )
        if e.severity and all(d.severity.value != e.severity for d in matches):
            got = ", ".join(sorted({d.severity.value for d in matches}))
            return Outcome(
                expectation=e,
                passed=False,
                message=message("expectations.wrong_severity", got=got, severity=e.severity),
            )
        return Outcome(
            expectation=e, passed=True, message=message("expectations.flagged", id=matches[0].id)
        )
    if matches:
        return Outcome(
            expectation=e,
            passed=False,
            message=message(
                "expectations.wrongly_flagged",
                kind=matches[0].kind.value,
                id=matches[0].id,
                first=first,
                second=second,
            ),
        )
    lost = [w for w in e.claims if not _found_anywhere(w, report)]
    if lost:
        return Outcome(
            expectation=e,
            passed=False,
            message=message("expectations.extraction_lost", words=", ".join(repr(w) for w in lost)),
        )
    return Outcome(expectation=e, passed=True, message=message("expectations.both_found"))


def check_sources(spec: ExpectationFile, known: Sequence[str]) -> None:
    """Refuse an entry whose ``sources`` name a source the story does not have.

    Such an entry could never pass as a conflict and would always pass as a must-not (a
    source id mistyped), so it is named as the file's error rather than read as a result.

    Raises:
        ConfigError: Naming the entry, the source id and the story's source ids.
    """
    ids = frozenset(known)
    for e in spec.expectations:
        for source in e.sources:
            if source not in ids:
                raise ConfigError(
                    message(
                        "expectations.unknown_source",
                        ident=e.id,
                        source=source,
                        story=spec.story,
                        known=", ".join(sorted(ids)) or "-",
                    ),
                    path=spec.path,
                )


def evaluate_all(spec: ExpectationFile, report: Report) -> list[Outcome]:
    """Check every expectation of a file against the story's report."""
    return [evaluate(e, report) for e in spec.expectations]
