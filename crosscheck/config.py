"""Config: crosscheck.toml or ``[tool.crosscheck]`` -> Settings applied to a checked Report.

Where it is found (the first that exists wins; files are not merged): ``crosscheck.toml``
in the story folder, ``crosscheck.toml`` in the working folder, ``[tool.crosscheck]`` in
the working folder's ``pyproject.toml``. Keys::

    off = ["name.variant"]                       # kinds not reported
    tolerance = 0.10                             # figures closer than 10% are not divergent
    spellings = [["Lukashenko", "Lukashenka"]]   # house spellings: one name, no variant row
    [severity]                                   # severity per kind
    "numeric.divergence" = "high"
    [stories.belarus]                            # per-story overrides (the folder's name)
    off = ["certainty"]
    severity = { "time.precision" = "medium" }

Applied to the Report after checking: severities replaced, kinds dropped, a
``numeric.divergence`` dropped when its two cited figures differ by no more than
``tolerance`` (a share of the larger; it can only raise the built-in tolerance of
``lexicon/compare.toml``, below which no divergence is ever made), and a name variant dropped
when the two names are the same once each house spelling (a whole word or words, any case) is
read as the first of its group. Ids do not change.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from crosscheck.errors import ConfigError
from crosscheck.language import DEFAULT_LANGUAGE
from crosscheck.messages import message
from crosscheck.model import Discrepancy, DiscrepancyKind, Report, Severity
from crosscheck.readfile import load_toml
from crosscheck.rules.base import compare_rules
from crosscheck.rules.numeric import relative_difference
from crosscheck.storyfile import CONFIG_FILE

_KEYS = ("off", "severity", "spellings", "stories", "tolerance")


@dataclass(frozen=True, slots=True, kw_only=True)
class Settings:
    """What a config file asks for one story (or for every story, before overrides)."""

    path: Path | None = None
    severity: Mapping[DiscrepancyKind, Severity] = field(default_factory=dict)
    off: frozenset[DiscrepancyKind] = frozenset()
    spellings: tuple[frozenset[str], ...] = ()
    tolerance: float | None = None
    stories: Mapping[str, Settings] = field(default_factory=dict)

    def for_story(self, name: str) -> Settings:
        """These settings with the ``[stories.<name>]`` overrides applied."""
        over = self.stories.get(name)
        if over is None:
            return self
        return Settings(
            path=self.path,
            severity={**self.severity, **over.severity},
            off=self.off | over.off,
            spellings=self.spellings + over.spellings,
            tolerance=self.tolerance if over.tolerance is None else over.tolerance,
        )


def find_config(story: Path | None, cwd: Path) -> Settings:
    """The settings of the first config found for ``story`` (empty settings if none).

    Raises:
        ConfigError: The config file cannot be read or is malformed (names the file).
    """
    candidates = ([story / CONFIG_FILE] if story is not None else []) + [cwd / CONFIG_FILE]
    for path in candidates:
        if path.is_file():
            return parse_settings(_read_toml(path), path, where="")
    pyproject = cwd / "pyproject.toml"
    if pyproject.is_file():
        tool = _read_toml(pyproject).get("tool", {})
        section = tool.get("crosscheck") if isinstance(tool, dict) else None
        if section is not None:
            if not isinstance(section, dict):
                raise ConfigError(message("config.tool_not_table"), path=pyproject)
            return parse_settings(section, pyproject, where="[tool.crosscheck] ")
    return Settings()


def _read_toml(path: Path) -> dict[str, Any]:
    """A config file through the bounded reader (regular file, size and nesting limits)."""
    return load_toml(path)


def parse_settings(data: Mapping[str, Any], path: Path, *, where: str) -> Settings:
    """Validate a config table; ConfigError names the file and the key."""
    for key in data:
        if key not in _KEYS:
            raise ConfigError(
                message("config.unknown_key", where=where, key=key, choices=", ".join(_KEYS)),
                path=path,
            )
    stories_raw = data.get("stories", {})
    if not isinstance(stories_raw, dict):
        raise ConfigError(message("config.stories_not_table", where=where), path=path)
    stories = {}
    for name, table in stories_raw.items():
        inner = f"{where}[stories.{name}] "
        if not isinstance(table, dict) or "stories" in table:
            raise ConfigError(message("config.story_not_table", inner=inner), path=path)
        stories[name] = parse_settings(table, path, where=inner)
    return Settings(
        path=path,
        severity=_severity(data.get("severity", {}), path, where),
        off=frozenset(_kind(k, path, where) for k in _strings(data, "off", path, where)),
        spellings=_spellings(data.get("spellings", []), path, where),
        tolerance=_tolerance(data.get("tolerance"), path, where),
        stories=stories,
    )


def _tolerance(value: Any, path: Path, where: str) -> float | None:
    if value is None:
        return None
    built_in = compare_rules(DEFAULT_LANGUAGE).relative_tolerance  # common/compare.toml's
    if isinstance(value, bool) or not isinstance(value, int | float) or not 0 <= value < 1:
        raise ConfigError(
            message("config.tolerance_not_share", where=where, value=value),
            path=path,
        )
    if value < built_in:
        raise ConfigError(
            message("config.tolerance_below_built_in", where=where, value=value, built_in=built_in),
            path=path,
        )
    return float(value)


def _strings(data: Mapping[str, Any], key: str, path: Path, where: str) -> list[str]:
    value = data.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(message("config.not_strings", where=where, key=key), path=path)
    return value


def _kind(text: str, path: Path, where: str) -> DiscrepancyKind:
    try:
        return DiscrepancyKind(text)
    except ValueError:
        known = ", ".join(k.value for k in DiscrepancyKind)
        raise ConfigError(
            message("config.unknown_kind", where=where, text=text, known=known), path=path
        ) from None


def _severity(table: Any, path: Path, where: str) -> dict[DiscrepancyKind, Severity]:
    if not isinstance(table, dict):
        raise ConfigError(message("config.severity_not_table", where=where), path=path)
    out = {}
    for kind, level in table.items():
        if level not in ("high", "medium", "low"):
            raise ConfigError(
                message("config.unknown_severity", where=where, kind=kind, level=level),
                path=path,
            )
        out[_kind(kind, path, where)] = Severity(level)
    return out


def _spellings(groups: Any, path: Path, where: str) -> tuple[frozenset[str], ...]:
    if not isinstance(groups, list) or not all(
        isinstance(g, list) and len(g) >= 2 and all(isinstance(s, str) and s for s in g)
        for g in groups
    ):
        raise ConfigError(message("config.spellings_not_lists", where=where), path=path)
    return tuple(frozenset(s.casefold() for s in group) for group in groups)


def apply_settings(report: Report, settings: Settings) -> Report:
    """The report with the settings' severities, kinds turned off and house spellings."""
    kept = []
    for d in report.discrepancies:
        if d.kind in settings.off:
            continue
        if settings.tolerance is not None and _within_tolerance(d, settings.tolerance):
            continue
        if d.kind is DiscrepancyKind.NAME_VARIANT and _same_house_name(
            d.value_a, d.value_b, settings
        ):
            continue
        severity = settings.severity.get(d.kind)
        kept.append(d if severity is None else replace(d, severity=severity))
    return replace(report, discrepancies=tuple(kept))


def _within_tolerance(d: Discrepancy, tolerance: float) -> bool:
    """Whether a divergence's two cited figures differ by no more than ``tolerance``."""
    if d.kind is not DiscrepancyKind.NUMERIC_DIVERGENCE or d.claim_a is None or d.claim_b is None:
        return False
    qa, qb = d.claim_a.value, d.claim_b.value
    # the days per unit are common/compare.toml's: no language's words
    share = None if qa is None or qb is None else relative_difference(qa, qb, DEFAULT_LANGUAGE)
    return share is not None and share <= tolerance


def _same_house_name(a: str, b: str, settings: Settings) -> bool:
    groups = settings.spellings
    return bool(groups) and _house(a, groups) == _house(b, groups)


def _house(name: str, groups: tuple[frozenset[str], ...]) -> str:
    """A name with each house spelling (as whole words) replaced by its group's first."""
    text = " ".join(name.casefold().split())
    for group in groups:
        canonical = sorted(group)[0]
        for spelling in sorted(group, key=len, reverse=True):
            text = re.sub(rf"(?<!\w){re.escape(spelling)}(?!\w)", canonical, text)
    return text
