"""Config: crosscheck.toml or ``[tool.crosscheck]`` -> Settings applied to a checked Report.

Where it is found (the first that exists wins; files are not merged): ``crosscheck.toml``
in the story folder, ``crosscheck.toml`` in the working folder, ``[tool.crosscheck]`` in
the working folder's ``pyproject.toml``. Keys::

    off = ["name.variant"]                       # kinds not reported
    spellings = [["Lukashenko", "Lukashenka"]]   # house spellings: one name, no variant row
    [severity]                                   # severity per kind
    "numeric.divergence" = "high"
    [stories.belarus]                            # per-story overrides (the folder's name)
    off = ["certainty"]
    severity = { "time.precision" = "medium" }

Applied to the Report after checking: severities replaced, kinds dropped, and a name
variant dropped when the two names are the same once each house spelling (a whole word or
words, any case) is read as the first of its group. Ids do not change.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from crosscheck.errors import ConfigError
from crosscheck.model import DiscrepancyKind, Report, Severity

CONFIG_FILE = "crosscheck.toml"
MAX_CONFIG_BYTES = 1_000_000
_KEYS = ("off", "severity", "spellings", "stories")


@dataclass(frozen=True, slots=True, kw_only=True)
class Settings:
    """What a config file asks for one story (or for every story, before overrides)."""

    path: Path | None = None
    severity: Mapping[DiscrepancyKind, Severity] = field(default_factory=dict)
    off: frozenset[DiscrepancyKind] = frozenset()
    spellings: tuple[frozenset[str], ...] = ()
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
                raise ConfigError("[tool.crosscheck] must be a table", path=pyproject)
            return parse_settings(section, pyproject, where="[tool.crosscheck] ")
    return Settings()


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_CONFIG_BYTES + 1)
    except OSError as exc:
        raise ConfigError(f"cannot read ({(exc.strerror or '').lower()})", path=path) from None
    if len(data) > MAX_CONFIG_BYTES:
        raise ConfigError(f"larger than {MAX_CONFIG_BYTES} bytes: not a config file", path=path)
    try:
        return tomllib.loads(data.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise ConfigError("not UTF-8 text", path=path) from None
    except (tomllib.TOMLDecodeError, RecursionError) as exc:
        raise ConfigError(f"invalid TOML: {exc}", path=path) from None


def parse_settings(data: Mapping[str, Any], path: Path, *, where: str) -> Settings:
    """Validate a config table; ConfigError names the file and the key."""
    for key in data:
        if key not in _KEYS:
            raise ConfigError(
                f"{where}unknown key {key!r} (expected {', '.join(_KEYS)})", path=path
            )
    stories_raw = data.get("stories", {})
    if not isinstance(stories_raw, dict):
        raise ConfigError(f"{where}'stories' must be a table of story names", path=path)
    stories = {}
    for name, table in stories_raw.items():
        inner = f"{where}[stories.{name}] "
        if not isinstance(table, dict) or "stories" in table:
            raise ConfigError(f"{inner}must be a table of off, severity, spellings", path=path)
        stories[name] = parse_settings(table, path, where=inner)
    return Settings(
        path=path,
        severity=_severity(data.get("severity", {}), path, where),
        off=frozenset(_kind(k, path, where) for k in _strings(data, "off", path, where)),
        spellings=_spellings(data.get("spellings", []), path, where),
        stories=stories,
    )


def _strings(data: Mapping[str, Any], key: str, path: Path, where: str) -> list[str]:
    value = data.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"{where}'{key}' must be a list of strings", path=path)
    return value


def _kind(text: str, path: Path, where: str) -> DiscrepancyKind:
    try:
        return DiscrepancyKind(text)
    except ValueError:
        known = ", ".join(k.value for k in DiscrepancyKind)
        raise ConfigError(f"{where}unknown kind {text!r} (expected {known})", path=path) from None


def _severity(table: Any, path: Path, where: str) -> dict[DiscrepancyKind, Severity]:
    if not isinstance(table, dict):
        raise ConfigError(f"{where}'severity' must be a table of kind = severity", path=path)
    out = {}
    for kind, level in table.items():
        if level not in ("high", "medium", "low"):
            raise ConfigError(
                f"{where}severity of {kind!r} must be high, medium or low, not {level!r}",
                path=path,
            )
        out[_kind(kind, path, where)] = Severity(level)
    return out


def _spellings(groups: Any, path: Path, where: str) -> tuple[frozenset[str], ...]:
    if not isinstance(groups, list) or not all(
        isinstance(g, list) and len(g) >= 2 and all(isinstance(s, str) and s for s in g)
        for g in groups
    ):
        raise ConfigError(
            f"{where}'spellings' must be a list of lists of two or more spellings", path=path
        )
    return tuple(frozenset(s.casefold() for s in group) for group in groups)


def apply_settings(report: Report, settings: Settings) -> Report:
    """The report with the settings' severities, kinds turned off and house spellings."""
    kept = []
    for d in report.discrepancies:
        if d.kind in settings.off:
            continue
        if d.kind is DiscrepancyKind.NAME_VARIANT and _same_house_name(
            d.value_a, d.value_b, settings
        ):
            continue
        severity = settings.severity.get(d.kind)
        kept.append(d if severity is None else replace(d, severity=severity))
    return replace(report, discrepancies=tuple(kept))


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
