"""Reading real-shaped article files: saved web pages, two-column PDFs, Word files."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from crosscheck.errors import InputError
from crosscheck.ingest import (
    detect_language,
    extracted_text_path,
    extracted_texts,
    language_problem,
    read_article,
)
from crosscheck.model import Source

DATA = Path(__file__).parent / "data" / "ingest"


# --- web pages ---------------------------------------------------------------------------


def test_news_page_keeps_the_article_and_drops_menus_ads_comments_and_scripts() -> None:
    page = read_article(DATA / "news-page.html")
    assert page.format == "html"
    assert page.title == "Flood death toll rises to 381 as rescuers reach cut-off villages"
    assert page.site == "The Riverside Courier"
    paragraphs = page.text.strip().split("\n\n")
    assert paragraphs[1].startswith("The death toll from last week's floods")
    assert "has risen to 381, the national disaster agency said on Tuesday" in page.text
    assert "about 2,400 homes were destroyed" in page.text
    assert "emergency fund of 30 million euros" in page.text
    for noise in (
        "Subscribe for 99 cents",  # menu
        "Save 40% on 2,000 holiday flights",  # banner ad
        "Win a trip for 4 people",  # inline ad
        "500 people died",  # comment section
        "Injected 9,999 readers",  # script output
        "gtag",  # script source
        "Storm leaves 7 dead",  # related links
        "All rights reserved",  # footer
    ):
        assert noise not in page.text


def test_news_page_date_comes_from_its_metadata() -> None:
    page = read_article(DATA / "news-page.html")
    assert page.published == date(2025, 3, 4)
    assert page.date_found == "page markup"
    assert page.language == "en"


def test_page_without_date_metadata_takes_the_dateline() -> None:
    page = read_article(DATA / "page-date-in-text.html")
    assert page.published == date(2024, 6, 17)
    assert page.date_found in ("page markup", "page text")
    assert "voted 9 to 4 on Monday evening" in page.text
    assert "Cafe closes" not in page.text


def test_russian_page_in_windows_1251_with_json_ld_date() -> None:
    page = read_article(DATA / "ru-page-cp1251.html")
    assert page.language == "ru"
    assert page.published == date(2020, 8, 10)  # datePublished, not dateModified
    assert page.site == "Городские новости"
    assert page.text.startswith("В Минске задержали более 2000 человек\n\n")  # noqa: RUF001
    assert "не менее 50 человек были доставлены в больницы" in page.text
    for noise in ("Подписка", "Реклама", "10 000 человек", "©"):
        assert noise not in page.text


def test_page_with_no_date_says_so(tmp_path: Path) -> None:
    path = tmp_path / "undated.html"
    path.write_text(
        "<html><body><article><p>"
        + "The committee met again and discussed the budget for the new library. " * 5
        + "</p></article></body></html>",
        encoding="utf-8",
    )
    page = read_article(path)
    assert page.published is None
    assert page.date_found is None


def test_date_in_the_future_is_not_taken(tmp_path: Path) -> None:
    path = tmp_path / "future.html"
    path.write_text(
        '<html><head><meta property="article:published_time" content="2031-01-01"></head>'
        "<body><article><p>" + "The museum reopened its doors to visitors. " * 6 + "</p>"
        "</article></body></html>",
        encoding="utf-8",
    )
    assert read_article(path, today=date(2026, 1, 1)).published != date(2031, 1, 1)


def test_reading_pages_never_opens_a_connection(tmp_path: Path, monkeypatch) -> None:
    # htmldate downloads a str that looks like a URL; the reader must hand it a tree instead.
    import socket

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("the reader tried to open a network connection")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    assert read_article(DATA / "news-page.html").published == date(2025, 3, 4)
    path = tmp_path / "url.html"
    path.write_text("http://127.0.0.1:9/never-fetched", encoding="utf-8")
    with pytest.raises(InputError, match=r"not a web page|no article text"):
        read_article(path)


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("empty.html", b"", "empty"),
        ("blank.html", b"   \n ", "empty"),
        ("binary.html", b"\x89PNG\r\n\x1a\n\x00\x00\x00", "not a web page"),
        (
            "script-only.html",
            b"<html><head><script>var n = 381;</script></head></html>",
            "no article",
        ),
        ("broken.pdf", b"%PDF-1.4\n1 0 obj garbage", "not a readable PDF"),
        ("fake.pdf", b"hello, not a pdf at all", "not a PDF"),
        ("fake.docx", b"PK\x03\x04 not really a zip", "not a Word"),
        ("text.docx", b"plain text pretending", "not a Word"),
    ],
)
def test_broken_files_give_one_line_errors_naming_the_file(
    tmp_path: Path, name: str, content: bytes, message: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(InputError, match=message) as caught:
        read_article(path)
    assert str(caught.value).startswith(str(path))
    assert "\n" not in str(caught.value)


def test_unknown_suffix_and_missing_file_are_input_errors(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="not a file type"):
        read_article(tmp_path / "notes.odt")
    with pytest.raises(InputError, match="cannot read"):
        read_article(tmp_path / "missing.html")


def test_oversized_file_is_refused_before_reading(tmp_path: Path, monkeypatch) -> None:
    import crosscheck.ingest as ingest

    monkeypatch.setattr(ingest, "MAX_FILE_BYTES", 100)
    path = tmp_path / "big.html"
    path.write_bytes(b"<p>" + b"x" * 200 + b"</p>")
    with pytest.raises(InputError, match="too large"):
        read_article(path)


def test_docx_zip_bomb_is_refused(tmp_path: Path, monkeypatch) -> None:
    import zipfile

    import crosscheck.ingest.docx as docx_reader

    monkeypatch.setattr(docx_reader, "MAX_UNPACKED_BYTES", 10_000)
    path = tmp_path / "bomb.docx"
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", "<w:document/>" + " " * 50_000)
    with pytest.raises(InputError, match="too large once unpacked"):
        read_article(path)


def test_extracted_text_path_sits_in_the_report_folder(tmp_path: Path) -> None:
    assert extracted_text_path(tmp_path, "reuters") == tmp_path / "texts" / "reuters.txt"
    with pytest.raises(ValueError):
        extracted_text_path(tmp_path, "../etc")


# --- language ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("At least 55 people were killed on Monday, officials said in a statement.", "en"),
        (
            "В понедельник 3 марта в Минске задержали более 2000 человек, сообщили правозащитники.",  # noqa: RUF001 (Russian)
            "ru",
        ),
        (
            "Am Montag wurden in Berlin mehr als 2000 Menschen festgenommen, teilten Helfer mit.",
            "de",
        ),
        ("Le gouvernement a annoncé mardi que 381 personnes avaient trouvé la mort.", "fr"),
        ("12,000 - 2,400 / 381", None),
        ("", None),
    ],
)
def test_detect_language(text: str, expected: str | None) -> None:
    assert detect_language(text) == expected


def test_extracted_texts_are_written_only_for_pages_pdfs_and_word_files(tmp_path: Path) -> None:
    sources = [
        Source(id="page", text="Page text.", path=tmp_path / "page.HTML"),
        Source(id="plain", text="Plain text.", path=tmp_path / "plain.txt"),
        Source(id="release", text="Release text.", path=tmp_path / "release.pdf"),
        Source(id="memory", text="No file."),
    ]
    assert extracted_texts(tmp_path / "out", sources) == {
        tmp_path / "out" / "texts" / "page.txt": "Page text.",
        tmp_path / "out" / "texts" / "release.txt": "Release text.",
    }


def test_language_problem_is_one_line_only_for_another_language() -> None:
    assert language_problem("a", "en", "en") is None
    assert language_problem("a", None, "en") is None
    line = language_problem("tass", "ru", "en")
    assert line is not None and line.startswith("tass: written in 'ru'") and "\n" not in line
