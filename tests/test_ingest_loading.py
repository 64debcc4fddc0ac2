"""Story folders of web pages, PDF and Word files: loaded once each, dated, language-checked."""

from __future__ import annotations

import shutil
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

import crosscheck.articles
import crosscheck.ingest
from crosscheck import check, load_story
from crosscheck.errors import InputError
from crosscheck.ingest.fetch import add_sources, toml_entry
from crosscheck.model import DiscrepancyKind
from crosscheck.sources import load_file

fpdf = pytest.importorskip("fpdf")
docx = pytest.importorskip("docx")

DATA = Path(__file__).parent / "data" / "ingest"
PAGE = DATA / "news-page.html"
PAGE_TITLE = "Flood death toll rises to 381 as rescuers reach cut-off villages"

AGENCY = (
    "The agency said on Tuesday that 3,100 homes were destroyed when the Varna river burst "
    "its banks on 26 February, and that the death toll had risen to 340.\n"
)
RUSSIAN = (
    "Число погибших при наводнении в северных провинциях выросло до 381 человека, сообщило "
    "во вторник национальное агентство по чрезвычайным ситуациям. Более 12 000 человек "
    "остаются во временных убежищах, около 2400 домов разрушены. Правительство выделило "
    "30 миллионов евро на восстановление и попросило помощи Евросоюза.\n"
)
GERMAN = (
    "Die Zahl der Todesopfer der Überschwemmungen in den nördlichen Provinzen ist auf 381 "
    "gestiegen, teilte die nationale Katastrophenschutzbehörde am Dienstag mit. Mehr als "
    "12.000 Menschen sind weiterhin in Notunterkünften, etwa 2.400 Häuser wurden zerstört.\n"
)
SHORT_RUSSIAN = "Погибли 381 человек, сообщило агентство.\n"
PDF_LINES = [
    "The ministry said on Tuesday that 381 people",
    "had died in the floods and that 2,400 homes",
    "were destroyed in the northern provinces.",
]


def _press_release(path: Path) -> None:
    pdf = fpdf.FPDF(format="A4")
    pdf.set_title("Floods: ministry update")
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.set_font("Helvetica", size=10)
    y = 40.0
    for line in PDF_LINES:
        pdf.set_xy(20, y)
        pdf.cell(170, 5, line)
        y += 5
    pdf.output(str(path))


def _statement(path: Path) -> None:
    document = docx.Document()
    section = document.sections[0]
    section.header.paragraphs[0].text = "CONFIDENTIAL DRAFT - Regional Office"
    section.footer.paragraphs[0].text = "Page 1 - printed 2025-03-05"
    document.add_paragraph("The regional office confirmed that 381 people died.")
    document.add_paragraph("At least 55 people are still missing in the district of Lorn.")
    document.save(str(path))


def _folder(tmp_path: Path, toml: str, texts: dict[str, str]) -> Path:
    folder = tmp_path / "floods"
    folder.mkdir()
    (folder / "story.toml").write_text(toml, encoding="utf-8")
    for name, text in texts.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


MIXED_TOML = """title = "Floods"
[[sources]]
file = "agency.txt"
outlet = "Disaster agency"
published = 2025-03-04
[[sources]]
file = "news-page.html"
[[sources]]
file = "release.pdf"
outlet = "Ministry of Water Resources"
published = "2025-03"
"""


@pytest.fixture
def mixed(tmp_path: Path) -> Path:
    """A .txt, a saved page (menus, ads, comments), a PDF and an unlisted Word file."""
    folder = _folder(tmp_path, MIXED_TOML, {"agency.txt": AGENCY})
    shutil.copyfile(PAGE, folder / "news-page.html")
    _press_release(folder / "release.pdf")
    _statement(folder / "statement.docx")
    return folder


def test_a_folder_of_four_formats_loads_four_sources(mixed: Path) -> None:
    story = load_story(mixed)
    assert story.problems == ()
    assert story.warnings == (
        f"{mixed / 'statement.docx'}: no entry in story.toml; loaded without outlet or date",
    )
    agency, page, release, statement = story.sources
    assert [s.id for s in story.sources] == ["agency", "news-page", "release", "statement"]
    assert [s.encoding for s in story.sources] == ["utf-8", "html", "pdf", "docx"]

    assert agency.text == AGENCY
    assert (agency.published, agency.published_found) == (date(2025, 3, 4), None)

    # The page: its article only, dated and named by its own markup (story.toml gives neither).
    assert page.text.startswith(PAGE_TITLE + "\n\n")
    assert "has risen to 381, the national disaster agency said on Tuesday" in page.text
    for noise in ("Subscribe for 99 cents", "Save 40%", "Win a trip", "500 people died", "gtag"):
        assert noise not in page.text
    assert "<" not in page.text
    assert (page.published, page.published_found) == (date(2025, 3, 4), "page markup")
    assert page.outlet == "The Riverside Courier"

    # story.toml's date wins over anything found in the file, granularity included.
    assert release.text == " ".join(PDF_LINES) + "\n"
    assert (release.published, release.published_found) == (date(2025, 3, 1), None)
    assert release.published_granularity.value == "month"
    assert release.outlet == "Ministry of Water Resources"

    assert statement.text == (
        "The regional office confirmed that 381 people died.\n\n"
        "At least 55 people are still missing in the district of Lorn.\n"
    )
    assert "CONFIDENTIAL" not in statement.text and "printed" not in statement.text
    assert (statement.published, statement.outlet) == (None, None)


def test_check_reads_the_extracted_texts_and_finds_the_conflict(mixed: Path) -> None:
    story = load_story(mixed)
    report = check(story.sources, problems=story.problems, warnings=story.warnings)
    texts = {s.id: s.text for s in story.sources}
    assert {c.source for c in report.claims} == set(texts)
    for claim in report.claims:  # every span indexes the extracted text
        assert texts[claim.source][claim.start : claim.end] == claim.text
    homes = [
        d
        for d in report.discrepancies
        if {d.claim_a.source, d.claim_b.source} == {"agency", "news-page"}
        and "homes" in d.claim_a.text
    ]
    assert [(d.kind, d.claim_a.text, d.claim_b.text) for d in homes] == [
        (DiscrepancyKind.NUMERIC_CONFLICT, "3,100 homes", "about 2,400 homes")
    ]


def _skipped(path: Path, language: str) -> str:
    return (
        f"{path}: written in '{language}', not in the story's language 'en'; its claims are "
        "not read (if it is in 'en', give its [[sources]] entry language = \"en\")"
    )


def test_articles_in_another_language_are_skipped_with_one_line(tmp_path: Path) -> None:
    folder = _folder(
        tmp_path,
        'title = "Floods"\n',
        {
            "agency.txt": AGENCY,
            "tass.txt": RUSSIAN,
            "spiegel.md": GERMAN,
            "brief.txt": SHORT_RUSSIAN,
        },
    )
    shutil.copyfile(DATA / "ru-page-cp1251.html", folder / "minsk.html")
    story = load_story(folder)
    assert story.problems == (
        _skipped(folder / "minsk.html", "ru"),
        _skipped(folder / "spiegel.md", "de"),
        _skipped(folder / "tass.txt", "ru"),
    )
    # Too short to judge: read, not skipped on a guess.
    assert [s.id for s in story.sources] == ["agency", "brief"]


def test_an_entry_that_gives_the_language_is_believed(tmp_path: Path) -> None:
    toml = (
        'title = "Floods"\n[[sources]]\nfile = "tass.txt"\nlanguage = "en"\n'
        '[[sources]]\nfile = "ria.txt"\noutlet = "RIA"\n'
    )
    folder = _folder(tmp_path, toml, {"tass.txt": RUSSIAN, "ria.txt": RUSSIAN})
    story = load_story(folder)
    assert [s.id for s in story.sources] == ["tass"]  # the reader said so: read as English
    assert story.problems == (_skipped(folder / "ria.txt", "ru"),)


def test_a_story_in_english_never_asks_the_detector_about_english_text(
    mixed: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(text: str) -> str:
        raise AssertionError(f"the detector was asked about {text[:40]!r}")

    monkeypatch.setattr(crosscheck.articles, "detect_language", refuse)
    monkeypatch.setattr(crosscheck.ingest, "detect_language", refuse)  # nor the extractors
    assert len(load_story(mixed).sources) == 4


def test_a_single_page_is_read_as_its_article(tmp_path: Path) -> None:
    page = load_file(PAGE)
    assert page.text.startswith(PAGE_TITLE)
    assert "<script>" not in page.text and "gtag" not in page.text
    assert (page.published, page.published_found) == (date(2025, 3, 4), "page markup")
    with pytest.raises(InputError) as caught:
        load_file(DATA / "ru-page-cp1251.html")
    assert str(caught.value) == _skipped(DATA / "ru-page-cp1251.html", "ru")


def test_a_damaged_document_is_one_problem_and_the_story_goes_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = _folder(tmp_path, 'title = "Floods"\n', {"agency.txt": AGENCY})
    (folder / "broken.pdf").write_bytes(b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\n")
    (folder / "notes.docx").write_bytes(b"not a zip archive")
    shutil.copyfile(PAGE, folder / "page.html")

    def crash(*args: object, **kwargs: object) -> None:
        raise ValueError("lxml gave up")

    monkeypatch.setattr(crosscheck.articles, "extract_bytes", crash)
    story = load_story(folder)
    assert [s.id for s in story.sources] == ["agency"]
    assert story.problems == (
        f"{folder / 'broken.pdf'}: cannot read this PDF (ValueError)",
        f"{folder / 'notes.docx'}: cannot read this Word file (ValueError)",
        f"{folder / 'page.html'}: cannot read this web page (ValueError)",
    )


def test_damaged_documents_give_the_readers_own_reason(tmp_path: Path) -> None:
    folder = _folder(tmp_path, 'title = "Floods"\n', {"agency.txt": AGENCY})
    (folder / "notes.docx").write_bytes(b"not a zip archive")
    (folder / "empty.html").write_text("<html><body><script>var a = 1;</script></body></html>")
    story = load_story(folder)
    assert story.problems == (
        f"{folder / 'empty.html'}: no article text found in this web page",
        f"{folder / 'notes.docx'}: not a Word .docx file (not a zip archive)",
    )


def test_added_file_is_read_once_with_its_entry(tmp_path: Path) -> None:
    folder = _folder(tmp_path, 'title = "Floods"\n', {"agency.txt": AGENCY})
    [added] = add_sources(folder, [str(PAGE)])
    assert added.ok, added.error
    assert (folder / "extracted" / "news-page.txt").is_file()  # add keeps the text it read
    story = load_story(folder)
    assert story.problems == ()
    assert story.warnings == (
        f"{folder / 'agency.txt'}: no entry in story.toml; loaded without outlet or date",
    )
    assert [s.id for s in story.sources] == ["news-page", "agency"]
    page = story.sources[0]
    assert page.path == folder / "news-page.html"
    assert (page.outlet, page.published) == ("The Riverside Courier", date(2025, 3, 4))
    assert page.published_found is None  # story.toml now gives the date
    assert page.text == (folder / "extracted" / "news-page.txt").read_text(encoding="utf-8")


def test_story_toml_takes_every_key_that_add_writes(tmp_path: Path) -> None:
    entry = toml_entry(
        file="news-page.html",
        outlet="The Riverside Courier",
        title=PAGE_TITLE,
        published=date(2025, 3, 4),
        url="https://courier.example/news/flood-toll-rises.html",
        fetched=datetime(2025, 3, 5, 8, 0, tzinfo=UTC),
        date_found="page markup",
    )
    folder = _folder(tmp_path, f'title = "Floods"\n\n{entry}', {})
    shutil.copyfile(PAGE, folder / "news-page.html")
    [page] = load_story(folder).sources
    assert page.url == "https://courier.example/news/flood-toll-rises.html"
    assert page.published == date(2025, 3, 4)


def test_published_found_must_be_text_or_none() -> None:
    from crosscheck.model import Source

    assert Source(id="a", text="x", published_found="page text").published_found == "page text"
    with pytest.raises(TypeError, match=r"Source\.published_found must be a string or None"):
        Source(id="a", text="x", published_found=date(2025, 3, 4))  # type: ignore[arg-type]


def test_an_unlisted_page_says_what_it_was_loaded_with(tmp_path: Path) -> None:
    folder = _folder(tmp_path, 'title = "Floods"\n', {})
    shutil.copyfile(PAGE, folder / "courier.html")
    story = load_story(folder)
    assert story.warnings == (
        f"{folder / 'courier.html'}: no entry in story.toml; loaded with the outlet "
        "'The Riverside Courier' and date 2025-03-04 found in the file",
    )
    [page] = story.sources
    assert (page.outlet, page.published, page.published_found) == (
        "The Riverside Courier",
        date(2025, 3, 4),
        "page markup",
    )
