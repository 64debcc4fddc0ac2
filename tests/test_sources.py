"""Tests of crosscheck.sources: story folders, story.toml, article files and encodings."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from crosscheck.errors import ConfigError, InputError
from crosscheck.model import Granularity
from crosscheck.sources import (
    DEFAULT_MAX_BYTES,
    decode_bytes,
    load_file,
    load_source,
    load_story,
    parse_partial_date,
    read_text_article,
    toml_error_message,
)

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "sources" / "belarus"

RUSSIAN = (
    "Правозащитники сообщают, что в Беларуси сейчас почти 1400 политических заключённых. "
    "Лукашенко правит страной почти тридцать лет."
)
BELARUSIAN = (
    "Праваабаронцы паведамляюць, што ў Беларусі цяпер амаль 1400 палітычных вязняў. "
    "Лукашэнка застаецца ва ўладзе з 1994 года."
)
SUFFIXES = ".txt, .md, .html, .htm, .pdf or .docx"  # the article file types, as messages list them
ENGLISH = "Over 1,200 political prisoners remain detained, the experts said."
ENCODING_NAMES = {"utf-8", "utf-8-sig", "utf-16", "utf-32", "utf-16-le", "utf-16-be"} | {
    "cp1251",
    "koi8-r",
    "cp1252",
}


def _story(folder: Path, toml: str | None, files: dict[str, bytes | str]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    if toml is not None:
        (folder / "story.toml").write_text(toml, encoding="utf-8")
    for name, content in files.items():
        data = content.encode("utf-8") if isinstance(content, str) else content
        (folder / name).write_bytes(data)
    return folder


def _entries(*names: str) -> str:
    return 'title = "T"\n' + "".join(f'[[sources]]\nfile = "{n}"\n' for n in names)


# --- The sample story --------------------------------------------------------------------


def test_sample_story():
    story = load_story(SAMPLE)
    assert story.name == "belarus"
    assert story.title == "Human rights in Belarus after the 2020 and 2025 elections"
    assert story.problems == ()
    assert story.warnings == ()
    assert [s.id for s in story.sources] == [
        "un-experts-2025",
        "un-news-2025-02-14",
        "tsikhanouskaya-office-2024-03-20",
        "advocacy-justice-belarus",
        "moscow-times-2020-11",
    ]
    published = {s.id: (s.published, s.published_granularity) for s in story.sources}
    assert published["un-experts-2025"] == (date(2025, 1, 1), Granularity.MONTH)
    assert published["un-news-2025-02-14"] == (date(2025, 2, 14), Granularity.DAY)
    assert published["tsikhanouskaya-office-2024-03-20"] == (date(2024, 3, 20), Granularity.DAY)
    assert published["advocacy-justice-belarus"][0] is None
    assert published["moscow-times-2020-11"] == (date(2020, 11, 1), Granularity.MONTH)
    outlets = {s.id: s.outlet for s in story.sources}
    assert outlets["un-news-2025-02-14"] == "UN News"
    assert outlets["advocacy-justice-belarus"] == (
        'Advocacy news site, "Advocating for Justice in Belarus"'
    )
    for source in story.sources:
        assert source.encoding == "utf-8"
        assert source.path == SAMPLE / f"{source.id}.txt"
        assert source.text == (SAMPLE / f"{source.id}.txt").read_text(encoding="utf-8")
        assert source.url is None


def test_load_story_accepts_a_string_path():
    assert len(load_story(str(SAMPLE)).sources) == 5


# --- Encodings ---------------------------------------------------------------------------


ENCODED = [
    ("utf-8-russian", RUSSIAN.encode("utf-8"), RUSSIAN, "utf-8"),
    ("utf-8-bom", b"\xef\xbb\xbf" + BELARUSIAN.encode("utf-8"), BELARUSIAN, "utf-8-sig"),
    ("utf-16-le-bom", b"\xff\xfe" + RUSSIAN.encode("utf-16-le"), RUSSIAN, "utf-16"),
    ("utf-16-be-bom", b"\xfe\xff" + BELARUSIAN.encode("utf-16-be"), BELARUSIAN, "utf-16"),
    ("utf-16-le-no-bom", ENGLISH.encode("utf-16-le"), ENGLISH, "utf-16-le"),
    ("utf-16-be-no-bom", ENGLISH.encode("utf-16-be"), ENGLISH, "utf-16-be"),
    ("cp1251-russian", RUSSIAN.encode("cp1251"), RUSSIAN, "cp1251"),
    ("cp1251-belarusian", BELARUSIAN.encode("cp1251"), BELARUSIAN, "cp1251"),
    ("cp1251-capitals", RUSSIAN.upper().encode("cp1251"), RUSSIAN.upper(), "cp1251"),
    ("koi8-r-russian", RUSSIAN.encode("koi8-r"), RUSSIAN, "koi8-r"),
    ("koi8-r-capitals", RUSSIAN.upper().encode("koi8-r"), RUSSIAN.upper(), "koi8-r"),
    ("koi8-r-short", "Минск, 9 августа.".encode("koi8-r"), "Минск, 9 августа.", "koi8-r"),
    ("cp1251-short", "Минск, 9 августа.".encode("cp1251"), "Минск, 9 августа.", "cp1251"),
    (
        "cp1252-french",
        "Le café « Minsk » a fermé.".encode("cp1252"),
        "Le café « Minsk » a fermé.",
        "cp1252",
    ),
    (
        "cp1252-quotes",
        "\u201cOver 1,200\u201d \u2013 UN".encode("cp1252"),
        "\u201cOver 1,200\u201d \u2013 UN",
        "cp1252",
    ),
    ("latin-1-german", "Größe und Maße".encode("latin-1"), "Größe und Maße", "cp1252"),
    ("ascii", ENGLISH.encode("ascii"), ENGLISH, "utf-8"),
    (
        "cp1251-undefined-byte",
        "Привет, ".encode("cp1251") + b"\x98 " + "мир".encode("cp1251"),
        "Привет, \ufffd мир",
        "cp1251 (with replacements)",
    ),
]


@pytest.mark.parametrize(
    ("data", "text", "encoding"), [p[1:] for p in ENCODED], ids=[p[0] for p in ENCODED]
)
def test_encoding_detection(tmp_path, data, text, encoding):
    path = tmp_path / "article.txt"
    path.write_bytes(data)
    decoded, name = read_text_article(path)
    assert name == encoding
    assert decoded == text


def test_utf8_with_a_bad_byte_is_replaced_and_reported(tmp_path):
    data = "Лукашенко: 1400 заключённых.\n".encode() + b"\xff tail\n"
    folder = _story(tmp_path / "s", _entries("a.txt"), {"a.txt": data})
    story = load_story(folder)
    (source,) = story.sources
    assert source.encoding == "utf-8 (with replacements)"
    assert source.text == "Лукашенко: 1400 заключённых.\n\ufffd tail\n"
    assert story.problems == ()
    assert story.warnings == (
        f"{folder / 'a.txt'}: some bytes are not valid utf-8; they were replaced by U+FFFD",
    )


def test_crlf_is_kept(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes(b"Headline\r\n\r\nBody text.\r\n")
    assert read_text_article(path) == ("Headline\r\n\r\nBody text.\r\n", "utf-8")


@given(st.binary(max_size=600))
def test_decode_bytes_never_raises(data):
    text, encoding = decode_bytes(data)
    assert isinstance(text, str)
    assert encoding.removesuffix(" (with replacements)") in ENCODING_NAMES


@given(
    st.one_of(
        st.binary(max_size=400),
        st.binary(max_size=400).map(lambda b: b"\xff\xfe" + b),
        st.binary(max_size=400).map(lambda b: b"\xef\xbb\xbf" + b),
        st.text(max_size=200).map(lambda t: t.encode("utf-16-le")),
    )
)
@settings(
    suppress_health_check=[HealthCheck.function_scoped_fixture], max_examples=150, deadline=None
)
def test_read_article_only_raises_input_error(tmp_path, data):
    path = tmp_path / "a.txt"
    path.write_bytes(data)
    try:
        text, encoding = read_text_article(path)
    except InputError as exc:
        assert str(exc).startswith(f"{path}: ")
    else:
        assert text.strip()
        assert encoding.removesuffix(" (with replacements)") in ENCODING_NAMES


# --- Bad article files never abort the story ---------------------------------------------


BAD_FILES = [
    ("empty", b"", "empty file"),
    ("white-space-only", b" \n\r\n\t ", "empty file"),
    ("bom-only", b"\xef\xbb\xbf", "empty file"),
    ("nul-bytes", b"PK\x03\x04\x00\x00\x08\x00" + bytes(range(256)), "binary file, not text"),
    ("control-characters", b"\x01\x02\x03\x04\x05abc\x06\x07" * 50, "binary file, not text"),
]


@pytest.mark.parametrize(
    ("data", "problem"), [b[1:] for b in BAD_FILES], ids=[b[0] for b in BAD_FILES]
)
def test_bad_article_is_skipped_with_a_problem(tmp_path, data, problem):
    folder = _story(
        tmp_path / "s", _entries("good.txt", "bad.txt"), {"good.txt": ENGLISH, "bad.txt": data}
    )
    story = load_story(folder)
    assert [s.id for s in story.sources] == ["good"]
    assert story.problems == (f"{folder / 'bad.txt'}: {problem}",)
    assert story.warnings == ()


def test_missing_listed_file(tmp_path):
    folder = _story(tmp_path / "s", _entries("gone.txt", "good.txt"), {"good.txt": ENGLISH})
    story = load_story(folder)
    assert [s.id for s in story.sources] == ["good"]
    assert story.problems == (f"{folder / 'gone.txt'}: listed in story.toml but not found",)


def test_directory_where_a_file_was_expected(tmp_path):
    folder = _story(tmp_path / "s", _entries("foo.txt", "good.txt"), {"good.txt": ENGLISH})
    (folder / "foo.txt").mkdir()
    story = load_story(folder)
    assert [s.id for s in story.sources] == ["good"]
    assert story.problems == (f"{folder / 'foo.txt'}: is a directory, not a file",)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_named_pipe_is_not_read(tmp_path):
    folder = _story(tmp_path / "s", _entries("pipe.txt", "good.txt"), {"good.txt": ENGLISH})
    os.mkfifo(folder / "pipe.txt")
    story = load_story(folder)
    assert [s.id for s in story.sources] == ["good"]
    assert story.problems == (f"{folder / 'pipe.txt'}: not a regular file",)


def test_unlisted_directory_with_article_suffix(tmp_path):
    folder = _story(tmp_path / "s", _entries("good.txt"), {"good.txt": ENGLISH})
    (folder / "notes.md").mkdir()
    story = load_story(folder)
    assert story.problems == (f"{folder / 'notes.md'}: is a directory, not a file",)


def test_too_large_file_with_default_limit(tmp_path):
    folder = _story(tmp_path / "s", _entries("big.txt", "good.txt"), {"good.txt": ENGLISH})
    with (folder / "big.txt").open("wb") as handle:  # sparse: takes no disk space
        handle.truncate(50 * 1024 * 1024)
    story = load_story(folder)
    assert DEFAULT_MAX_BYTES == 20 * 1024 * 1024
    assert [s.id for s in story.sources] == ["good"]
    assert story.problems == (f"{folder / 'big.txt'}: too large (50.0 MB; the limit is 20.0 MB)",)


def test_size_limit_is_a_parameter(tmp_path):
    folder = _story(
        tmp_path / "s", _entries("a.txt", "b.txt"), {"a.txt": "x" * 2000, "b.txt": "ok"}
    )
    story = load_story(folder, max_bytes=1000)
    assert [s.id for s in story.sources] == ["b"]
    assert story.problems == (
        f"{folder / 'a.txt'}: too large (2,000 bytes; the limit is 1,000 bytes)",
    )


def test_unreadable_file(tmp_path, monkeypatch):
    folder = _story(
        tmp_path / "s", _entries("locked.txt", "good.txt"), {"locked.txt": "x", "good.txt": ENGLISH}
    )
    real_open = os.open

    def locked_open(path: str | Path, flags: int, *args: object, **kwargs: object) -> int:
        if os.fspath(path).endswith("locked.txt"):
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, flags, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "open", locked_open)
    story = load_story(folder)
    assert [s.id for s in story.sources] == ["good"]
    assert story.problems == (f"{folder / 'locked.txt'}: cannot read (permission denied)",)


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root reads anything")
def test_unreadable_file_for_real(tmp_path):
    folder = _story(
        tmp_path / "s", _entries("locked.txt", "good.txt"), {"locked.txt": "x", "good.txt": ENGLISH}
    )
    (folder / "locked.txt").chmod(0)
    story = load_story(folder)
    assert story.problems == (f"{folder / 'locked.txt'}: cannot read (permission denied)",)


def test_unknown_files_are_warned_once_hidden_files_and_folders_ignored(tmp_path):
    folder = _story(
        tmp_path / "s",
        _entries("good.txt"),
        {"good.txt": ENGLISH, "scan.odt": b"PK", ".DS_Store": b"\x00", "photo.png": b"\x89PNG"},
    )
    (folder / "images").mkdir()
    (folder / "images" / "x.txt").write_text("nested articles are not read")
    story = load_story(folder)
    assert [s.id for s in story.sources] == ["good"]
    assert story.warnings == (
        f"{folder / 'photo.png'}: ignored (not a {SUFFIXES} article)",
        f"{folder / 'scan.odt'}: ignored (not a {SUFFIXES} article)",
    )


def test_unlisted_articles_load_after_listed_ones_by_name(tmp_path):
    folder = _story(
        tmp_path / "s",
        _entries("zeta.txt", "alpha.md"),
        {"zeta.txt": "Z.", "alpha.md": "A.", "beta.txt": "B.", "Gamma.txt": "G.", "delta.md": "D."},
    )
    story = load_story(folder)
    assert [s.id for s in story.sources] == ["zeta", "alpha", "Gamma", "beta", "delta"]
    assert story.warnings == tuple(
        f"{folder / name}: no entry in story.toml; loaded without outlet or date"
        for name in ("Gamma.txt", "beta.txt", "delta.md")
    )
    unlisted = story.sources[2]
    assert (unlisted.outlet, unlisted.published, unlisted.url) == (None, None, None)


def test_two_files_with_the_same_id(tmp_path):
    folder = _story(tmp_path / "s", _entries("a.txt"), {"a.txt": "From txt.", "a.md": "From md."})
    story = load_story(folder)
    assert [(s.id, s.text) for s in story.sources] == [("a", "From txt.")]
    assert story.problems == (
        f"{folder / 'a.md'}: source id 'a' is already used by {folder / 'a.txt'}",
    )


def test_folder_without_story_toml(tmp_path):
    folder = _story(tmp_path / "s", None, {"b.txt": "B.", "a.md": "A."})
    story = load_story(folder)
    assert story.title is None
    assert [s.id for s in story.sources] == ["a", "b"]
    assert story.warnings == (
        f"{folder / 'story.toml'}: not found; articles are loaded without outlet or date",
    )


# --- Whole-story errors ------------------------------------------------------------------


def test_missing_folder(tmp_path):
    with pytest.raises(InputError) as caught:
        load_story(tmp_path / "nope")
    assert str(caught.value) == f"{tmp_path / 'nope'}: story folder not found"
    assert caught.value.exit_code == 3


def test_file_instead_of_folder(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(ENGLISH)
    with pytest.raises(InputError, match="not a folder"):
        load_story(path)


def test_folder_without_articles(tmp_path):
    folder = _story(tmp_path / "s", _entries(), {})
    with pytest.raises(InputError) as caught:
        load_story(folder)
    assert str(caught.value) == f"{folder}: no articles ({SUFFIXES} files) in this folder"


def test_empty_folder_without_story_toml(tmp_path):
    (tmp_path / "s").mkdir()
    (tmp_path / "s" / "notes.odt").write_bytes(b"x")
    with pytest.raises(InputError) as caught:
        load_story(tmp_path / "s")
    folder = tmp_path / "s"
    assert str(caught.value) == f"{folder}: no articles ({SUFFIXES} files) in this folder"


def test_folder_with_only_bad_articles(tmp_path):
    folder = _story(tmp_path / "s", _entries("a.txt"), {"a.txt": b""})
    with pytest.raises(InputError) as caught:
        load_story(folder)
    assert str(caught.value) == (
        f"{folder}: no usable articles ({SUFFIXES}); 1 problem(s), first: "
        f"{folder / 'a.txt'}: empty file"
    )


# --- story.toml validation ---------------------------------------------------------------


CONFIG_ERRORS = [
    (
        "impossible-toml-date",
        'title = "x"\n[[sources]]\nfile = "a.txt"\npublished = 2025-02-30\n',
        "line 4, column 13: invalid TOML (invalid date or datetime)",
    ),
    (
        "unterminated-string",
        'title = "x\n',
        "line 1, column 11: invalid TOML (illegal character '\\n')",
    ),
    (
        "unknown-entry-key",
        '[[sources]]\nfile = "a.txt"\n[[sources]]\nfile = "b.txt"\npublised = 2025-01-01\n',
        "[[sources]] entry 2: unknown key 'publised' "
        "(expected file, outlet, published, url, language, title, fetched)",
    ),
    ("unknown-top-key", 'titel = "x"\n', "unknown key 'titel' (expected title, sources, language)"),
    ("title-type", "title = 3\n", "'title' must be a string, found integer"),
    (
        "sources-not-tables",
        'sources = ["a.txt"]\n',
        "'sources' must be an array of tables ([[sources]]), found array",
    ),
    (
        "missing-file",
        '[[sources]]\noutlet = "UN"\n',
        "[[sources]] entry 1: missing required key 'file'",
    ),
    (
        "file-type",
        "[[sources]]\nfile = 1\n",
        "[[sources]] entry 1: 'file' must be a string, found integer",
    ),
    ("empty-file", '[[sources]]\nfile = " "\n', "[[sources]] entry 1: 'file' must not be empty"),
    (
        "file-with-parent",
        '[[sources]]\nfile = "../other/a.txt"\n',
        "[[sources]] entry 1: 'file' must be a file name in the story folder, not a path "
        "('../other/a.txt')",
    ),
    (
        "file-with-backslash",
        '[[sources]]\nfile = "sub\\\\a.txt"\n',
        "[[sources]] entry 1: 'file' must be a file name in the story folder, not a path "
        "('sub\\\\a.txt')",
    ),
    (
        "file-dot-dot",
        '[[sources]]\nfile = ".."\n',
        "[[sources]] entry 1: 'file' must be a file name in the story folder, not a path ('..')",
    ),
    (
        "file-not-article",
        '[[sources]]\nfile = "scan.odt"\n',
        f"[[sources]] entry 1: 'file' must name a {SUFFIXES} article ('scan.odt')",
    ),
    (
        "outlet-type",
        '[[sources]]\nfile = "a.txt"\noutlet = ["UN"]\n',
        "[[sources]] entry 1: 'outlet' must be a string, found array",
    ),
    (
        "url-type",
        '[[sources]]\nfile = "a.txt"\nurl = 5\n',
        "[[sources]] entry 1: 'url' must be a string, found integer",
    ),
    (
        "published-integer",
        '[[sources]]\nfile = "a.txt"\npublished = 2025\n',
        "[[sources]] entry 1: 'published' must be a date (2025-01-31) or a string "
        '"YYYY-MM" or "YYYY", found integer',
    ),
    (
        "published-time",
        '[[sources]]\nfile = "a.txt"\npublished = 10:30:00\n',
        "[[sources]] entry 1: 'published' must be a date (2025-01-31) or a string "
        '"YYYY-MM" or "YYYY", found time',
    ),
    (
        "published-impossible-string",
        '[[sources]]\nfile = "a.txt"\npublished = "2025-02-30"\n',
        "[[sources]] entry 1: impossible date '2025-02-30' for 'published'",
    ),
    (
        "published-month-13",
        '[[sources]]\nfile = "a.txt"\npublished = "2025-13"\n',
        "[[sources]] entry 1: impossible date '2025-13' for 'published'",
    ),
    (
        "published-words",
        '[[sources]]\nfile = "a.txt"\npublished = "January 2025"\n',
        '[[sources]] entry 1: \'published\' must look like 2025-01-31, "2025-01" or "2025", '
        "found 'January 2025'",
    ),
    (
        "duplicate-entry",
        '[[sources]]\nfile = "a.txt"\n[[sources]]\nfile = "b.txt"\n[[sources]]\nfile = "a.txt"\n',
        "[[sources]] entry 3: duplicate entry for 'a.txt' (also entry 1)",
    ),
    (
        "duplicate-id",
        '[[sources]]\nfile = "a.txt"\n[[sources]]\nfile = "a.md"\n',
        "[[sources]] entry 2: 'a.md' has the same source id 'a' as entry 1 ('a.txt')",
    ),
]


@pytest.mark.parametrize(
    ("toml", "message"), [c[1:] for c in CONFIG_ERRORS], ids=[c[0] for c in CONFIG_ERRORS]
)
def test_story_toml_errors(tmp_path, toml, message):
    folder = _story(tmp_path / "s", toml, {"a.txt": ENGLISH, "b.txt": ENGLISH})
    with pytest.raises(ConfigError) as caught:
        load_story(folder)
    assert str(caught.value) == f"{folder / 'story.toml'}: {message}"
    assert "\n" not in str(caught.value)


def test_story_toml_not_utf8(tmp_path):
    folder = _story(tmp_path / "s", None, {"a.txt": ENGLISH})
    (folder / "story.toml").write_bytes('title = "Минск"\n'.encode("cp1251"))
    with pytest.raises(ConfigError, match=r"story\.toml: not UTF-8 text"):
        load_story(folder)


def test_story_toml_is_a_folder(tmp_path):
    folder = _story(tmp_path / "s", None, {"a.txt": ENGLISH})
    (folder / "story.toml").mkdir()
    with pytest.raises(ConfigError, match=r"story\.toml: is not a file"):
        load_story(folder)


PUBLISHED = [
    ("toml-date", "2025-01-31", date(2025, 1, 31), Granularity.DAY),
    ("toml-datetime", "2025-01-31T10:00:00", date(2025, 1, 31), Granularity.DAY),
    ("month-string", '"2020-11"', date(2020, 11, 1), Granularity.MONTH),
    ("year-string", '"2024"', date(2024, 1, 1), Granularity.YEAR),
    ("day-string", '"2024-03-20"', date(2024, 3, 20), Granularity.DAY),
    ("leap-day", '"2024-02-29"', date(2024, 2, 29), Granularity.DAY),
]


@pytest.mark.parametrize(
    ("value", "day", "granularity"), [p[1:] for p in PUBLISHED], ids=[p[0] for p in PUBLISHED]
)
def test_published_forms(tmp_path, value, day, granularity):
    toml = f'[[sources]]\nfile = "a.txt"\noutlet = "UN"\nurl = "https://x"\npublished = {value}\n'
    folder = _story(tmp_path / "s", toml, {"a.txt": ENGLISH})
    (source,) = load_story(folder).sources
    assert (source.published, source.published_granularity) == (day, granularity)
    assert (source.outlet, source.url) == ("UN", "https://x")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2025", (date(2025, 1, 1), Granularity.YEAR)),
        ("2025-01", (date(2025, 1, 1), Granularity.MONTH)),
        (" 2025-01-31 ", (date(2025, 1, 31), Granularity.DAY)),
        ("2025-02-30", None),
        ("2023-02-29", None),
        ("0000", None),
        ("2025-00", None),
        ("25-01", None),
        ("2025/01", None),
        ("", None),
    ],
)
def test_parse_partial_date(text, expected):
    assert parse_partial_date(text) == expected


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("Invalid value (at line 4, column 12)", "line 4, column 12: invalid TOML (invalid value)"),
        (
            "Unterminated string (at end of document)",
            "end of file: invalid TOML (unterminated string)",
        ),
        ("Something odd", "invalid TOML (something odd)"),
    ],
)
def test_toml_error_message(message, expected):
    assert toml_error_message(message) == expected


# --- One article -------------------------------------------------------------------------


def test_load_source_with_entry(tmp_path):
    path = tmp_path / "un-news.md"
    path.write_text("# Title\n\nBody.\n")
    source = load_source(path, {"file": "un-news.md", "outlet": "UN News", "published": "2025-02"})
    assert source.id == "un-news"
    assert source.text == "# Title\n\nBody.\n"
    assert (source.outlet, source.published) == ("UN News", date(2025, 2, 1))
    assert source.published_granularity is Granularity.MONTH
    assert source.path == path


def test_load_source_without_entry(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(ENGLISH)
    source = load_source(path, None)
    assert (source.id, source.outlet, source.published, source.encoding) == (
        "a",
        None,
        None,
        "utf-8",
    )


def test_load_source_bad_entry(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(ENGLISH)
    with pytest.raises(ConfigError, match="story entry: unknown key 'date'"):
        load_source(path, {"file": "a.txt", "date": "2025"})


def test_read_article_missing(tmp_path):
    with pytest.raises(InputError) as caught:
        read_text_article(tmp_path / "none.txt")
    assert str(caught.value) == f"{tmp_path / 'none.txt'}: not found"


def test_load_file_uses_its_story_entry():
    source = load_file(SAMPLE / "un-news-2025-02-14.txt")
    assert (source.id, source.outlet, source.published) == (
        "un-news-2025-02-14",
        "UN News",
        date(2025, 2, 14),
    )


def test_load_file_without_story_toml(tmp_path):
    path = tmp_path / "draft.md"
    path.write_text("Over 1,200 political prisoners.\n")
    source = load_file(str(path))
    assert (source.id, source.outlet, source.published) == ("draft", None, None)
    assert source.text == "Over 1,200 political prisoners.\n"
