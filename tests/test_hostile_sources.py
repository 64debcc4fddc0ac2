"""Issue 11 (items 2, 6, 10-13) and issue 10 (language): hostile story folders and API misuse.

Links out of the story folder, config files that would hang or exhaust the parser, names that
break the file system, a draft named like the draft's own id, records of the wrong shape, and
articles in a language crosscheck has no lexicon for. Each case fails on the code before
these changes; a case that would hang there runs in a subprocess with a time limit.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from datetime import date
from pathlib import Path

import pytest

from crosscheck import check, load_story
from crosscheck.cli import main
from crosscheck.draft import check_draft, draft_source
from crosscheck.errors import ConfigError, InputError, LexiconError
from crosscheck.expectations import load_expectations
from crosscheck.lexicon import available_languages, lexicon_language, load_lexicon
from crosscheck.model import Granularity, Source, Story
from crosscheck.readfile import (
    MAX_KEY_DOTS,
    MAX_KEY_PARTS,
    MAX_TOML_BYTES,
    MAX_TOML_CONTAINERS,
    MAX_TOML_NESTING,
    MAX_TOML_TABLES,
    read_regular_file,
    toml_shape_problem,
)
from crosscheck.sources import load_file, load_source, validate_sources
from tests.fakelang import ABSENT, shipped_languages

ROOT = Path(__file__).resolve().parents[1]
GOOD = "Over 1,200 political prisoners were held in Belarus at the end of 2024.\n"
OTHER = "Nearly 1,400 political prisoners were held in Belarus at the end of 2024.\n"
SECRET = "root:x:0:0:the secret line of 2024 with 5,000 figures:/root:/bin/bash\n"


def _story(folder: Path, files: dict[str, str], toml: str | None = None) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, content in files.items():
        (folder / name).write_text(content, encoding="utf-8")
    if toml is not None:
        (folder / "story.toml").write_text(toml, encoding="utf-8")
    return folder


def _run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, list[str]]:
    code = main(args)
    err = capsys.readouterr().err
    assert "Traceback" not in err
    return code, err.splitlines()


def _in_subprocess(code: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    """Run Python code in a fresh process with this checkout first on the path; a hang fails."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    return subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


# --- Item 2: links out of the story folder -----------------------------------------------


@pytest.fixture
def linked_story(tmp_path: Path) -> tuple[Path, Path]:
    """A story whose ``passwd.md`` links to a private file outside it."""
    private = tmp_path / "private" / "passwd"
    private.parent.mkdir()
    private.write_text(SECRET, encoding="utf-8")
    folder = _story(tmp_path / "s", {"good.txt": GOOD, "other.txt": OTHER})
    (folder / "passwd.md").symlink_to(private)
    return folder, private


def test_link_outside_the_story_folder_is_skipped_naming_link_and_target(linked_story):
    folder, private = linked_story
    story = load_story(folder)
    assert [s.id for s in story.sources] == ["good", "other"]
    assert story.problems == (
        f"{folder / 'passwd.md'}: a link to {private}, outside the story folder; not read",
    )
    assert all("secret" not in s.text for s in story.sources)


def test_link_outside_is_read_when_asked_and_its_target_recorded(linked_story):
    folder, private = linked_story
    story = load_story(folder, follow_links_outside=True)
    by_id = {s.id: s for s in story.sources}
    assert by_id["passwd"].text == SECRET
    assert by_id["passwd"].path == folder / "passwd.md"
    assert by_id["passwd"].resolved_path == private
    assert by_id["good"].resolved_path is None  # not a link: nothing to record
    assert story.problems == ()


def test_link_inside_the_story_folder_is_read(tmp_path):
    folder = _story(tmp_path / "s", {"good.txt": GOOD, "raw.data": OTHER})
    (folder / "alias.txt").symlink_to(folder / "raw.data")
    story = load_story(folder)
    assert {s.id: s.resolved_path for s in story.sources} == {
        "alias": (folder / "raw.data").resolve(),
        "good": None,
    }
    assert story.problems == ()


def test_listed_link_outside_is_skipped_and_the_run_goes_on(linked_story, tmp_path, capsys):
    folder, private = linked_story
    (folder / "story.toml").write_text(
        '[[sources]]\nfile = "passwd.md"\n[[sources]]\nfile = "good.txt"\n'
        '[[sources]]\nfile = "other.txt"\n',
        encoding="utf-8",
    )
    out = tmp_path / "out"
    code, lines = _run(["run", str(folder), "--out", str(out)], capsys)
    assert code == 3
    assert lines == [
        f"crosscheck: skipped: {folder / 'passwd.md'}: a link to {private}, outside the "
        "story folder; not read"
    ]
    for report in out.iterdir():
        assert "secret" not in report.read_text(encoding="utf-8")


def test_story_toml_linking_outside_the_folder_is_refused(tmp_path):
    elsewhere = tmp_path / "elsewhere.toml"
    elsewhere.write_text('title = "T"\n', encoding="utf-8")
    folder = _story(tmp_path / "s", {"good.txt": GOOD})
    (folder / "story.toml").symlink_to(elsewhere)
    with pytest.raises(InputError) as caught:
        load_story(folder)
    assert str(caught.value) == (
        f"{folder / 'story.toml'}: a link to {elsewhere}, outside the story folder; not read"
    )
    assert load_story(folder, follow_links_outside=True).title == "T"


def test_story_folder_reached_through_a_link_is_not_outside_itself(tmp_path):
    folder = _story(tmp_path / "real", {"good.txt": GOOD})
    (tmp_path / "alias").symlink_to(folder)
    story = load_story(tmp_path / "alias")
    assert [s.id for s in story.sources] == ["good"]
    assert story.name == "real"


# --- Item 6: story.toml and expectations files that would hang or exhaust the parser ------
# Each takes under half a second; 30 s is the limit past which it counts as a hang.


@pytest.mark.timeout(30)
def test_deeply_nested_story_toml_is_a_config_error(tmp_path):
    folder = _story(tmp_path / "s", {"a.txt": GOOD}, toml="x = " + "[" * 600 + "]" * 600 + "\n")
    with pytest.raises(ConfigError) as caught:
        load_story(folder)
    assert str(caught.value) == (
        f"{folder / 'story.toml'}: line 1: arrays or tables nested more than "
        f"{MAX_TOML_NESTING} deep; refused"
    )


@pytest.mark.timeout(30)
def test_dotted_key_of_thousands_of_parts_is_a_config_error(tmp_path):
    folder = _story(tmp_path / "s", {"a.txt": GOOD}, toml="a" + ".a" * 3000 + " = 1\n")
    with pytest.raises(ConfigError, match=rf"line 1: a dotted key of more than {MAX_KEY_PARTS}"):
        load_story(folder)


@pytest.mark.timeout(30)
def test_hundred_thousand_part_key_and_600_brackets_in_expectations(tmp_path):
    (tmp_path / "deep.toml").write_text("a" + ".a" * 100_000 + " = 1\n", encoding="utf-8")
    (tmp_path / "nested.toml").write_text("x = " + "[" * 600 + "]" * 600, encoding="utf-8")
    result = _in_subprocess(
        """
        from pathlib import Path
        from crosscheck.errors import ConfigError
        from crosscheck.expectations import load_expectations
        for name in ("deep.toml", "nested.toml"):
            try:
                load_expectations(Path(name))
            except ConfigError as exc:
                print(exc)
        """,
        tmp_path,
    )
    assert result.stderr == ""
    assert result.stdout.splitlines() == [
        f"deep.toml: line 1: a dotted key of more than {MAX_KEY_PARTS} parts; refused",
        f"nested.toml: line 1: arrays or tables nested more than {MAX_TOML_NESTING} deep; refused",
    ]


@pytest.mark.parametrize(
    "text",
    [
        'title = "[[[[[[[[[[[[[[[[[[[[[[[[ a.b.c.d.e.f.g.h.i.j.k"\n',
        "title = '''\n" + "{" * 40 + "\n'''\n",
        "# [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[ a.b.c.d.e.f.g.h.i.j.k.l\n",
        'x = [1.5, 2.5, 3.5, 4.5, 5.5, 6.5, 7.5, 8.5, 9.5, 10.5]\na."b.c.d.e.f.g.h.i.j" = 1\n',
    ],
    ids=["basic-string", "multi-line-string", "comment", "floats-and-quoted-key"],
)
def test_brackets_and_dots_in_strings_and_comments_do_not_count(text):
    assert toml_shape_problem(text) is None


@pytest.mark.timeout(30)
@pytest.mark.parametrize(
    ("text", "problem"),
    [
        (
            "".join(f"[t{i}]\n" for i in range(MAX_TOML_TABLES + 1)),
            f"more than {MAX_TOML_TABLES:,} differently named tables",
        ),
        (
            "".join(f"t{i}.k = 1\n" for i in range(MAX_KEY_DOTS + 1)),
            f"more than {MAX_KEY_DOTS:,} dotted-key parts in all",
        ),
        (
            "x = [" + "[], " * (MAX_TOML_CONTAINERS + 1) + "]\n",
            f"more than {MAX_TOML_CONTAINERS:,} arrays or inline tables",
        ),
    ],
    ids=["distinct-tables", "dotted-keys", "arrays"],
)
def test_toml_that_would_cost_tomllib_gigabytes_is_refused(text, problem):
    found = toml_shape_problem(text)
    assert found is not None
    assert found.endswith(f": {problem}; refused")


@pytest.mark.timeout(30)
def test_a_story_toml_of_ten_thousand_sources_is_within_every_limit():
    text = 'title = "T"\n' + "".join(
        f'[[sources]]\nfile = "a{i}.txt"\noutlet = "O. {i}"\npublished = 2025-01-01\n'
        f'url = "https://example.org/{i}.html?a.b.c.d.e.f.g.h.i"\n'
        for i in range(10_000)
    )
    assert len(text) < MAX_TOML_BYTES
    assert toml_shape_problem(text) is None


def test_story_toml_larger_than_the_limit_is_refused_unread(tmp_path):
    folder = _story(tmp_path / "s", {"a.txt": GOOD})
    line = "# a comment line that is valid TOML\n"
    (folder / "story.toml").write_text(line * (MAX_TOML_BYTES // len(line) + 1), encoding="utf-8")
    with pytest.raises(InputError, match=r"story\.toml: too large \(4\.0 MB; the limit is 4\.0 MB"):
        load_story(folder)


@pytest.mark.skipif(not Path("/dev/null").exists(), reason="needs /dev/null")
def test_expectations_file_linking_to_a_device_is_not_read(tmp_path):
    spec = tmp_path / "e.toml"
    spec.symlink_to("/dev/null")
    with pytest.raises(InputError, match=r"e\.toml: not a regular file"):
        load_expectations(spec)


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_story_toml_and_article_linking_to_dev_zero_are_not_read(tmp_path):
    folder = _story(tmp_path / "s", {"good.txt": GOOD})
    (folder / "zero.txt").symlink_to("/dev/zero")
    story = load_story(folder, follow_links_outside=True)
    assert story.problems == (f"{folder / 'zero.txt'}: not a regular file",)
    with pytest.raises(InputError, match="not a regular file"):
        read_regular_file(Path("/dev/zero"), max_bytes=10)


@pytest.mark.timeout(30)
@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_expectations_file_that_is_a_fifo_does_not_hang(tmp_path):
    os.mkfifo(tmp_path / "e.toml")
    result = _in_subprocess(
        """
        from pathlib import Path
        from crosscheck.errors import CrosscheckError
        from crosscheck.expectations import load_expectations
        try:
            load_expectations(Path("e.toml"))
        except CrosscheckError as exc:
            print(exc)
        """,
        tmp_path,
    )
    assert result.stdout.strip() == "e.toml: not a regular file"


def test_file_that_grows_past_the_limit_while_read_is_refused(tmp_path, monkeypatch):
    path = tmp_path / "a.txt"
    path.write_bytes(b"x" * 100)
    real_read = os.read

    def growing_read(fd: int, n: int) -> bytes:
        return b"y" * n if n > 0 else real_read(fd, n)  # the file never ends

    monkeypatch.setattr(os, "read", growing_read)
    with pytest.raises(InputError, match=r"a\.txt: too large \(more than 1,000 bytes\)"):
        read_regular_file(path, max_bytes=1000)


# --- Items 10-12: names that break the file system, the draft's own id ---------------------


def test_nul_in_a_file_name_is_a_config_error_naming_story_toml(tmp_path):
    folder = _story(tmp_path / "s", {"a.txt": GOOD}, toml='[[sources]]\nfile = "a\\u0000b.txt"\n')
    with pytest.raises(ConfigError) as caught:
        load_story(folder)
    assert str(caught.value) == (
        f"{folder / 'story.toml'}: [[sources]] entry 1: 'file' must not contain a NUL "
        "character ('a\\x00b.txt')"
    )


def test_three_hundred_character_file_name_is_a_read_error(tmp_path, capsys):
    long_name = "y" * 300 + ".txt"
    folder = _story(tmp_path / "s", {"a.txt": GOOD}, toml=f'[[sources]]\nfile = "{long_name}"\n')
    code, lines = _run(["run", str(folder), "--out", str(tmp_path / "out")], capsys)
    assert code == 3
    assert lines[0] == (
        f"crosscheck: skipped: {folder / long_name}: cannot read (file name too long)"
    )


@pytest.fixture
def untraversable(monkeypatch):
    """Make one folder behave as if it had no search permission, even for root."""
    blocked: list[str] = []
    denied = PermissionError(13, "Permission denied")

    def guard(real):  # type: ignore[no-untyped-def]
        def wrapper(path, *args, **kwargs):  # type: ignore[no-untyped-def]
            text = os.fsdecode(path) if isinstance(path, (str, bytes, os.PathLike)) else ""
            if any(text.startswith(folder + os.sep) for folder in blocked):
                raise denied
            return real(path, *args, **kwargs)

        return wrapper

    for name in ("stat", "lstat", "open"):
        monkeypatch.setattr(os, name, guard(getattr(os, name)))
    return blocked


def test_untraversable_story_folder_is_a_read_error(tmp_path, capsys, untraversable):
    folder = _story(tmp_path / "s", {"a.txt": GOOD}, toml='title = "T"\n')
    untraversable.append(str(folder))
    with pytest.raises(InputError) as caught:
        load_story(folder)
    assert str(caught.value) == f"{folder}: cannot read (permission denied)"
    code, lines = _run(["run", str(folder), "--out", str(tmp_path / "out")], capsys)
    assert code == 3
    assert lines == [f"crosscheck: error: {folder}: cannot read (permission denied)"]


@pytest.mark.skipif(
    not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root enters any folder"
)
def test_untraversable_story_folder_for_real(tmp_path):
    folder = _story(tmp_path / "s", {"a.txt": GOOD})
    folder.chmod(0o600)
    try:
        with pytest.raises(InputError, match="cannot read"):
            load_story(folder)
    finally:
        folder.chmod(0o700)


def test_a_source_named_like_the_draft_does_not_take_its_place(tmp_path):
    folder = _story(tmp_path / "s", {"draft:note.txt": OTHER, "b.txt": "It rained in Minsk.\n"})
    story = load_story(folder)
    draft = draft_source(Source(id="note", text=GOOD, published=date(2025, 1, 31)))
    assert draft.id not in {s.id for s in story.sources}
    result = check_draft(draft, story.sources)
    [verdict] = result.verdicts
    assert verdict.verdict == "disagrees"
    assert {(d.a.source, d.b.source) for d in verdict.discrepancies} <= {
        ("draft:note", draft.id),
        (draft.id, "draft:note"),
    }


# --- Item 13: the Python API checks its arguments -----------------------------------------


@pytest.mark.parametrize(
    ("sources", "error", "words"),
    [
        ("abc", TypeError, "not a single str"),
        ([1, 2], TypeError, "sources[0] must be a Source, not int"),
        (Source(id="a", text=GOOD), TypeError, "not a single Source"),
        (42, TypeError, "not int"),
        (
            [Source(id="a", text=GOOD), Source(id="a", text=OTHER)],
            ValueError,
            "sources[1] has the same id 'a' as sources[0]",
        ),
        ([Source(id="a", text=GOOD, language="ru")], ValueError, "no lexicon for language 'ru'"),
    ],
    ids=["string", "numbers", "one-source", "number", "duplicate-ids", "no-lexicon"],
)
def test_check_refuses_what_is_not_a_set_of_sources(sources, error, words):
    with pytest.raises(error) as caught:
        check(sources)
    assert words in str(caught.value)


def test_validate_sources_keeps_order_and_accepts_any_iterable():
    a, b = Source(id="a", text=GOOD), Source(id="b", text=OTHER)
    assert validate_sources(iter([b, a])) == (b, a)


@pytest.mark.parametrize(
    ("fields", "error", "words"),
    [
        ({"published": "2025-01-01"}, TypeError, "Source.published must be a datetime.date"),
        ({"text": None}, TypeError, "Source.text must be a string, not NoneType"),
        ({"id": ""}, ValueError, "Source.id must not be empty"),
        ({"id": 7}, TypeError, "Source.id must be a string"),
        ({"outlet": 3}, TypeError, "Source.outlet must be a string or None"),
        ({"path": "a.txt"}, TypeError, "Source.path must be a Path or None"),
        ({"published_granularity": "week"}, TypeError, "must be a Granularity"),
        ({"language": "english"}, ValueError, "Source.language must be a language tag"),
        ({"language": "EN"}, ValueError, "(normalised)"),
    ],
    ids=lambda v: str(v) if not isinstance(v, dict) else next(iter(v)),
)
def test_source_of_the_wrong_shape_fails_when_made(fields, error, words):
    values = {"id": "a", "text": GOOD, **fields}
    with pytest.raises(error) as caught:
        Source(**values)
    assert words in str(caught.value)


def test_source_accepts_a_datetime_date_but_not_a_datetime():
    from datetime import datetime

    assert Source(id="a", text=GOOD, published=date(2025, 1, 1)).published == date(2025, 1, 1)
    with pytest.raises(TypeError):
        Source(id="a", text=GOOD, published=datetime(2025, 1, 1, 10))


@pytest.mark.parametrize(
    ("path", "error"), [("", ValueError), ("   ", ValueError), (None, TypeError), (3, TypeError)]
)
def test_load_story_refuses_an_empty_or_non_path(path, error, tmp_path, monkeypatch):
    _story(tmp_path, {"a.txt": GOOD})
    monkeypatch.chdir(tmp_path)  # today "" loads the current folder
    with pytest.raises(error):
        load_story(path)


def test_load_story_refuses_a_bad_size_limit(tmp_path):
    folder = _story(tmp_path / "s", {"a.txt": GOOD})
    with pytest.raises(ValueError, match="max_bytes must be positive"):
        load_story(folder, max_bytes=0)


# --- Issue 10: language as a dimension ---------------------------------------------------


def test_story_and_source_language_from_story_toml(tmp_path):
    folder = _story(
        tmp_path / "s",
        {"a.txt": GOOD, "b.txt": OTHER, "c.txt": GOOD},
        toml='language = "EN-gb"\n[[sources]]\nfile = "a.txt"\nlanguage = "en-US"\n'
        '[[sources]]\nfile = "b.txt"\n',
    )
    story = load_story(folder)
    assert story.language == "en-GB"
    assert {s.id: s.language for s in story.sources} == {"a": "en-US", "b": "en-GB", "c": "en-GB"}


def test_default_language_is_english(tmp_path):
    story = load_story(_story(tmp_path / "s", {"a.txt": GOOD}))
    assert story.language == "en"
    assert [s.language for s in story.sources] == ["en"]


def test_source_in_a_language_without_lexicon_is_skipped_on_one_line(tmp_path, capsys):
    folder = _story(
        tmp_path / "s",
        {
            "ru.txt": "Правозащитники насчитали 1400 политзаключённых.\n",
            "a.txt": GOOD,
            "b.txt": OTHER,
        },
        toml='[[sources]]\nfile = "ru.txt"\nlanguage = "ru"\n'
        '[[sources]]\nfile = "a.txt"\n[[sources]]\nfile = "b.txt"\n',
    )
    story = load_story(folder)
    assert [s.id for s in story.sources] == ["a", "b"]
    assert story.problems == (f"{folder / 'ru.txt'}: no lexicon for language 'ru' yet",)
    code, lines = _run(["run", str(folder), "--out", str(tmp_path / "out")], capsys)
    assert code == 3
    assert lines == [f"crosscheck: skipped: {folder / 'ru.txt'}: no lexicon for language 'ru' yet"]


def test_story_in_a_language_without_lexicon_has_no_usable_article(tmp_path):
    folder = _story(tmp_path / "s", {"a.txt": GOOD}, toml='language = "be"\n')
    with pytest.raises(InputError, match="no lexicon for language 'be' yet"):
        load_story(folder)


def test_load_file_and_load_source_refuse_a_language_without_lexicon(tmp_path):
    folder = _story(
        tmp_path / "s", {"a.txt": GOOD}, toml='[[sources]]\nfile = "a.txt"\nlanguage = "uk"\n'
    )
    with pytest.raises(InputError, match="no lexicon for language 'uk' yet"):
        load_file(folder / "a.txt")
    with pytest.raises(InputError, match="no lexicon for language 'ru' yet"):
        load_source(folder / "a.txt", {"file": "a.txt", "language": "ru"})
    assert load_source(folder / "a.txt", {"file": "a.txt", "language": "en"}).language == "en"


@pytest.mark.parametrize(
    ("toml", "words"),
    [
        ('language = "english"\n', "'language' must be a language code like \"en\""),
        ("language = 1\n", "found integer"),
        ('[[sources]]\nfile = "a.txt"\nlanguage = "e"\n', "[[sources]] entry 1: 'language'"),
    ],
    ids=["a-word", "a-number", "one-letter-per-source"],
)
def test_bad_language_in_story_toml_is_a_config_error(tmp_path, toml, words):
    folder = _story(tmp_path / "s", {"a.txt": GOOD}, toml=toml)
    with pytest.raises(ConfigError) as caught:
        load_story(folder)
    assert str(caught.value).startswith(f"{folder / 'story.toml'}: ")
    assert words in str(caught.value)


def test_story_language_is_validated():
    with pytest.raises(ValueError, match=r"Story\.language"):
        Story(name="s", title=None, sources=(), language="not a tag")


def test_the_languages_with_lexicons_are_the_folders_and_english_is_one():
    assert available_languages() == shipped_languages()
    assert "en" in available_languages()
    assert lexicon_language("en-GB") == "en"
    assert lexicon_language(ABSENT) is None
    assert load_lexicon("numbers", "en") is load_lexicon("numbers", "en")


def test_no_english_lexicon_is_served_for_another_language():
    with pytest.raises(LexiconError, match="language 'ru'"):
        load_lexicon.__wrapped__("numbers", "ru")


def test_published_granularity_still_defaults_to_day():
    assert Source(id="a", text=GOOD).published_granularity is Granularity.DAY
