"""Story folder -> Story of Sources (each article file read by ``crosscheck.articles``).

A story folder holds article files and an optional ``story.toml`` (see
``crosscheck.storyfile``). Text files (``.txt``, ``.md``) are read as they are; from saved
web pages (``.html``, ``.htm``), PDF and Word (``.docx``) files the article text is
extracted, and ``Source.text`` is then that text (every span indexes it). A page's own date
is used when story.toml gives none (``Source.published_found`` says where it was found) and
its site name when story.toml gives no outlet. Sub-folders are never read: the
``extracted/`` folder that ``crosscheck add`` writes beside a page holds a copy of its text,
so each article is read once, from the file its entry names.

A malformed ``story.toml`` raises ``ConfigError``. A bad article file never aborts the
story: it is skipped and a one-line ``"path: problem"`` is added to ``Story.problems``.
Files loaded with a caveat (no story.toml entry, bytes replaced) and ignored non-article
files go to ``Story.warnings``; the folder's own ``story.toml`` and ``crosscheck.toml`` (its
config) are neither read as articles nor warned about. A folder with no usable article
raises ``NoArticlesError`` (an ``InputError`` that keeps every file's problem); a path that
is not a folder, or a folder that cannot be read or entered, raises ``InputError``. A file
or folder whose name is not valid text (bytes that are not UTF-8 on a UTF-8 system) cannot
be written to the reports, so it is refused with a one-line reason too.

A symbolic link whose target is outside the story folder is skipped ("a link to TARGET,
outside the story folder") unless ``follow_links_outside=True``: a link to a private file
must not put its text in the reports. ``Source.resolved_path`` records where a link leads.
An article in a language with no lexicon yet is skipped rather than misread, and so is an
article surely written in another language than the one it is read in (the story's, or its
entry's; see ``crosscheck.articles.other_language``) unless its entry gives a language.

Every file is read through ``crosscheck.readfile`` (regular files only, size-limited).
Article text is kept exactly as decoded (line endings included), so every later span
indexes ``Source.text``; ``Source.encoding`` records how it was decoded (see
``crosscheck.decoding``).
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable
from pathlib import Path

from crosscheck.articles import (
    DEFAULT_MAX_BYTES,
    is_text_name,
    load_file,
    load_source,
    read_text_article,
    source_from,
    wrong_language,
)
from crosscheck.decoding import decode_bytes, looks_binary, replaced_suffix
from crosscheck.errors import ConfigError, InputError
from crosscheck.language import DEFAULT_LANGUAGE
from crosscheck.lexicon import lexicon_language, reading_language
from crosscheck.messages import message
from crosscheck.model import Source, Story
from crosscheck.readfile import os_reason, toml_error_message
from crosscheck.storyfile import (
    ARTICLE_SUFFIXES,
    CONFIG_FILE,
    STORY_FILE,
    SourceEntry,
    StorySettings,
    is_article_name,
    parse_entry,
    parse_partial_date,
    read_story_file,
    read_story_settings,
    suffix_list,
)

__all__ = [
    "ARTICLE_SUFFIXES",
    "DEFAULT_MAX_BYTES",
    "STORY_FILE",
    "NoArticlesError",
    "SourceEntry",
    "decode_bytes",
    "is_article_name",
    "is_text_name",
    "load_file",
    "load_source",
    "load_story",
    "looks_binary",
    "parse_entry",
    "parse_partial_date",
    "read_story_file",
    "read_text_article",
    "replaced_suffix",
    "toml_error_message",
    "validate_sources",
]


class NoArticlesError(InputError):
    """No article of a story folder can be used; ``problems`` holds each file's reason."""

    def __init__(self, message: str, *, path: Path | str, problems: tuple[str, ...] = ()) -> None:
        super().__init__(message, path=path)
        self.problems = problems


# ---------------------------------------------------------------------------------------
# Story folder


def load_story(
    path: Path | str,
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    follow_links_outside: bool = False,
) -> Story:
    """Load a story folder: story.toml order first, then the other articles by name.

    Args:
        path: The story folder (not empty: ``""`` is refused rather than read as ".").
        max_bytes: Articles larger than this many bytes are skipped as too large.
        follow_links_outside: Read articles that are links to files outside the folder
            (by default they are skipped with a one-line problem naming link and target).

    Returns:
        The story; files that could not be used are listed in ``Story.problems``, and
        files loaded with a caveat (no story.toml entry, replaced bytes) in ``Story.warnings``.

    Raises:
        TypeError: ``path`` is not a string or path, or ``max_bytes`` not an integer.
        ValueError: ``path`` is empty, or ``max_bytes`` is not positive.
        InputError: The path is not a folder, cannot be read or entered, or its name is not
            valid text; story.toml cannot be read.
        NoArticlesError: No article in it can be used (``problems`` says why for each).
        ConfigError: story.toml is malformed.
    """
    folder, root = _story_folder(path)
    _check_max_bytes(max_bytes)
    problems: list[str] = []
    warnings: list[str] = []
    settings = _read_settings(folder / STORY_FILE, root, follow_links_outside, warnings)
    entries = () if settings is None else settings.entries
    language = DEFAULT_LANGUAGE if settings is None else settings.language
    candidates = _list_articles(folder, warnings)
    listed = {entry.file for entry in entries}
    listed_files = {_real(folder / entry.file) for entry in entries}
    sources: list[Source] = []
    loader = _Loader(
        root=None if follow_links_outside else root,
        language=language,
        max_bytes=max_bytes,
        sources=sources,
        problems=problems,
        warnings=warnings,
    )
    for entry in entries:
        loader.load(folder / entry.file, entry)
    for article in candidates:
        if article.name in listed or _real(article) in listed_files:
            continue  # the same file, named with other letter case on a case-blind disk
        loaded = loader.load(article, None)
        if loaded is not None and settings is not None:
            warnings.append(
                message(
                    "loading.no_entry",
                    file=article,
                    story_file=STORY_FILE,
                    facts=_unlisted_facts(loaded),
                )
            )
    if not sources:
        raise NoArticlesError(
            _no_articles_message(problems, tried=bool(entries or candidates)),
            path=folder,
            problems=tuple(problems),
        )
    return Story(
        name=root.name,
        title=None if settings is None else settings.title,
        sources=tuple(sources),
        path=folder,
        problems=tuple(problems),
        warnings=tuple(warnings),
        language=language,
    )


def _story_folder(path: Path | str) -> tuple[Path, Path]:
    """The folder as given and as resolved, after checking it is a folder we can enter."""
    if not isinstance(path, (str, os.PathLike)) or isinstance(os.fspath(path), bytes):
        raise TypeError(
            f"load_story() needs a folder path (str or Path), not {type(path).__name__}"
        )
    if isinstance(path, str) and not path.strip():
        raise ValueError("load_story() needs a story folder path, not an empty string")
    folder = Path(path)
    try:
        status = folder.stat()
    except (FileNotFoundError, NotADirectoryError):
        raise InputError(message("loading.story_folder_not_found"), path=folder) from None
    except (OSError, ValueError) as exc:  # ValueError: a NUL character in the path
        raise InputError(message("files.cannot_read", reason=_reason(exc)), path=folder) from None
    if not stat.S_ISDIR(status.st_mode):
        raise InputError(message("loading.not_a_folder"), path=folder)
    if not is_text_name(str(folder)):
        raise InputError(message("articles.folder_name_not_text"), path=folder)
    try:
        # Fails when the folder cannot be entered. Path would drop the "/." that makes it so.
        os.stat(os.path.join(folder, os.curdir))  # noqa: PTH116, PTH118
        root = folder.resolve(strict=True)
    except (OSError, RuntimeError) as exc:
        raise InputError(message("files.cannot_read", reason=_reason(exc)), path=folder) from None
    if not is_text_name(root.name):
        raise InputError(message("articles.folder_name_not_text"), path=folder)
    return folder, root


def _check_max_bytes(max_bytes: int) -> None:
    if isinstance(max_bytes, bool) or not isinstance(max_bytes, int):
        raise TypeError(f"max_bytes must be an integer, not {type(max_bytes).__name__}")
    if max_bytes <= 0:
        raise ValueError(f"max_bytes must be positive, not {max_bytes}")


def _reason(exc: Exception) -> str:
    if isinstance(exc, OSError):
        return os_reason(exc)
    if isinstance(exc, RuntimeError):
        return message("loading.link_loop")
    return message("loading.nul_in_path")


def _real(path: Path) -> Path:
    try:
        return path.resolve(strict=True)
    except (OSError, RuntimeError, ValueError):  # RuntimeError: a link loop, before 3.13
        return path


def _outside(path: Path, root: Path) -> Path | None:
    """Where ``path`` really leads, when that is outside the folder ``root``; else None."""
    try:
        real = Path(os.path.realpath(path))
    except (OSError, ValueError):
        return None
    return None if real.is_relative_to(root) else real


def _outside_message(target: Path) -> str:
    return message("loading.outside", target=target)


def _no_articles_message(problems: list[str], *, tried: bool) -> str:
    if not tried:
        return message("loading.no_articles", suffixes=suffix_list())
    return message(
        "loading.no_usable_articles", suffixes=suffix_list(), count=len(problems), first=problems[0]
    )


def _unlisted_facts(source: Source) -> str:
    """What an article with no story.toml entry was loaded with, for its warning."""
    if source.outlet is None and source.published is None:
        return message("loading.loaded_bare")
    outlet = (
        message("loading.no_outlet")
        if source.outlet is None
        else message("loading.outlet", outlet=source.outlet)
    )
    when = (
        message("loading.no_date")
        if source.published is None
        else message("loading.date", date=source.published.isoformat())
    )
    return message("loading.loaded_with", outlet=outlet, date=when)


def _read_settings(
    settings: Path, root: Path, follow_links_outside: bool, warnings: list[str]
) -> StorySettings | None:
    try:
        status = settings.stat()
    except FileNotFoundError:
        warnings.append(message("loading.no_settings", file=settings))
        return None
    except OSError as exc:
        raise InputError(
            message("files.cannot_read", reason=os_reason(exc)), path=settings
        ) from None
    target = None if follow_links_outside else _outside(settings, root)
    if target is not None:
        raise InputError(_outside_message(target), path=settings)
    if not stat.S_ISREG(status.st_mode):
        raise ConfigError(message("loading.not_a_file"), path=settings)
    return read_story_settings(settings)


def _list_articles(folder: Path, warnings: list[str]) -> list[Path]:
    try:
        children = sorted(folder.iterdir(), key=lambda child: child.name)
    except OSError as exc:
        raise InputError(message("files.cannot_read", reason=os_reason(exc)), path=folder) from None
    articles: list[Path] = []
    for child in children:
        if child.name.startswith(".") or child.name in (STORY_FILE, CONFIG_FILE):
            continue  # the story's own files, read by storyfile and config
        if is_article_name(child.name):
            articles.append(child)
        elif not _is_dir(child):
            warnings.append(message("loading.ignored", file=child, suffixes=suffix_list()))
    return articles


def _is_dir(path: Path) -> bool:
    try:
        return stat.S_ISDIR(path.stat().st_mode)
    except OSError:
        return False


class _Loader:
    """Loads the articles of one story, keeping its sources, problems and warnings."""

    def __init__(
        self,
        *,
        root: Path | None,
        language: str,
        max_bytes: int,
        sources: list[Source],
        problems: list[str],
        warnings: list[str],
    ) -> None:
        self.root = root  # None: links outside the folder are followed
        self.language = language
        self.max_bytes = max_bytes
        self.sources = sources
        self.problems = problems
        self.warnings = warnings
        self.loaded_ids: dict[str, Source] = {}

    def load(self, path: Path, entry: SourceEntry | None) -> Source | None:
        """Load one article into ``sources``, or add a one-line problem; the Source if loaded."""
        problem = self._refusal(path, entry)
        if problem is not None:
            self.problems.append(f"{path}: {problem}")
            return None
        notes: list[str] = []
        try:
            source = source_from(
                path, entry, self.max_bytes, story_language=self.language, notes=notes
            )
        except InputError as exc:
            self.problems.append(f"{path}: {exc.message}")
            return None
        language = wrong_language(source, entry)
        if language is not None:
            self.problems.append(language)
            return None
        if source.encoding.endswith(replaced_suffix()):
            codec = source.encoding.removesuffix(replaced_suffix())
            notes.append(message("loading.replaced_bytes", codec=codec))
        self.warnings.extend(f"{path}: {note}" for note in notes)
        self.sources.append(source)
        self.loaded_ids[source.id] = source
        return source

    def _refusal(self, path: Path, entry: SourceEntry | None) -> str | None:
        """Why an article is skipped before it is read, or None."""
        try:
            os.lstat(path)
        except FileNotFoundError:
            return message("loading.listed_not_found", story_file=STORY_FILE)
        except OSError as exc:
            return message("files.cannot_read", reason=os_reason(exc))
        same_id = self.loaded_ids.get(path.stem)
        if same_id is not None:
            return message("loading.same_id", id=path.stem, other=same_id.path)
        target = None if self.root is None else _outside(path, self.root)
        if target is not None:
            return _outside_message(target)
        language = (entry.language if entry else None) or self.language
        if lexicon_language(language) is None:
            return message("loading.no_lexicon", language=language)
        return None


# ---------------------------------------------------------------------------------------
# Sources handed to check() by a program


def validate_sources(sources: Iterable[Source]) -> tuple[Source, ...]:
    """The sources as a tuple, after checking they can be checked together.

    Raises:
        TypeError: ``sources`` is not an iterable of ``Source`` records (a string, a single
            Source, a list of other things).
        ValueError: Two sources have the same id, or a source's language has no lexicon.
    """
    if isinstance(sources, (str, bytes, Source)):
        raise TypeError(
            f"expected an iterable of Source records, not a single {type(sources).__name__}"
        )
    try:
        ordered = tuple(sources)
    except TypeError:
        raise TypeError(
            f"expected an iterable of Source records, not {type(sources).__name__}"
        ) from None
    seen: dict[str, int] = {}
    for index, source in enumerate(ordered):
        if not isinstance(source, Source):
            raise TypeError(
                f"sources[{index}] must be a Source, not {type(source).__name__} {source!r:.60}"
            )
        if source.id in seen:
            raise ValueError(
                f"sources[{index}] has the same id {source.id!r} as sources[{seen[source.id]}]; "
                "each source needs its own id"
            )
        reading_language(source.id, source.language)
        seen[source.id] = index
    return ordered
