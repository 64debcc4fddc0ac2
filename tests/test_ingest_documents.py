"""PDF and Word fixtures made here: two columns, headers, footers, hyphenated line ends."""

from __future__ import annotations

from pathlib import Path

import pytest

from crosscheck.ingest import read_article

fpdf = pytest.importorskip("fpdf")
docx = pytest.importorskip("docx")

HEADER = "Ministry of Water Resources - Press release"
LEFT = [
    "The ministry said on Tuesday that",
    "381 people had died in the floods",
    "and that rescue teams had reached",
    "the villages of the Lorn district.",
    "",
    "Officials began the extrac-",
    "tion of residents by helicopter",
    "on 26 February.",
]
RIGHT = [
    "More than 12,000 people remain in",
    "emergency shelters, and about",
    "2,400 homes were destroyed in the",
    "northern provinces.",
]
PAGE_TWO = [
    "The government released 30 million",
    "euros for reconstruction and asked",
    "the European Union for help with",
    "well-known contractors.",
]


def _two_column_pdf(path: Path) -> None:
    class Release(fpdf.FPDF):  # type: ignore[misc, name-defined]
        def header(self) -> None:
            self.set_font("Helvetica", size=9)
            self.set_xy(20, 10)
            self.cell(0, 5, HEADER)

        def footer(self) -> None:
            self.set_font("Helvetica", size=9)
            self.set_xy(20, -15)
            self.cell(0, 5, f"Page {self.page_no()} of 2")

    pdf = Release(format="A4")
    pdf.set_title("Floods: ministry update")
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.set_font("Helvetica", style="B", size=14)
    pdf.set_xy(20, 30)
    pdf.cell(170, 8, "Flood update: death toll rises to 381")  # spans both columns
    pdf.set_font("Helvetica", size=10)
    for column_x, lines in ((20, LEFT), (110, RIGHT)):
        y = 50.0
        for line in lines:
            if line:
                pdf.set_xy(column_x, y)
                pdf.cell(80, 5, line)
            y += 5 if line else 8
    pdf.add_page()
    pdf.set_font("Helvetica", size=10)
    y = 50.0
    for line in PAGE_TWO:
        pdf.set_xy(20, y)
        pdf.cell(80, 5, line)
        y += 5
    pdf.output(str(path))


def test_two_column_pdf_reads_in_order_without_headers_and_footers(tmp_path: Path) -> None:
    path = tmp_path / "release.pdf"
    _two_column_pdf(path)
    release = read_article(path)
    paragraphs = release.text.strip().split("\n\n")
    assert paragraphs == [
        "Flood update: death toll rises to 381",
        "The ministry said on Tuesday that 381 people had died in the floods and that rescue "
        "teams had reached the villages of the Lorn district.",
        "Officials began the extraction of residents by helicopter on 26 February.",
        "More than 12,000 people remain in emergency shelters, and about 2,400 homes were "
        "destroyed in the northern provinces.",
        "The government released 30 million euros for reconstruction and asked the European "
        "Union for help with well-known contractors.",
    ]
    assert release.title == "Floods: ministry update"
    assert release.published is None
    assert release.language == "en"


def _word_file(path: Path) -> None:
    document = docx.Document()
    document.core_properties.title = "Statement on the floods"
    section = document.sections[0]
    section.header.paragraphs[0].text = "CONFIDENTIAL DRAFT - Regional Office"
    section.footer.paragraphs[0].text = "Page 1 - printed 2025-03-05"
    document.add_heading("Statement on the floods", level=1)
    document.add_paragraph("The regional office confirmed that 381 people died.")
    document.add_paragraph(
        "About 2,400 homes were destroyed and   more than 12,000 people\nwere evacuated."
    )
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "District"
    table.cell(0, 1).text = "Missing"
    table.cell(1, 0).text = "Lorn"
    table.cell(1, 1).text = "55"
    document.add_paragraph("The office will publish new figures on Friday.")
    document.save(str(path))


def test_word_file_reads_body_in_order_without_header_or_footer(tmp_path: Path) -> None:
    path = tmp_path / "statement.docx"
    _word_file(path)
    statement = read_article(path)
    assert statement.text.strip().split("\n\n") == [
        "Statement on the floods",
        "The regional office confirmed that 381 people died.",
        "About 2,400 homes were destroyed and more than 12,000 people were evacuated.",
        "District | Missing",
        "Lorn | 55",
        "The office will publish new figures on Friday.",
    ]
    assert "CONFIDENTIAL" not in statement.text
    assert "printed" not in statement.text
    assert statement.title == "Statement on the floods"


def _flowing_pdf(path: Path) -> None:
    """One paragraph running from the left column into the right one, then onto page two.

    A block that ends without a full stop is joined to the next only when that one begins in
    lower case: a heading ("Flood update") stays apart from the paragraph under it.
    """
    pdf = fpdf.FPDF(format="A4")
    pdf.set_auto_page_break(False)
    pdf.set_font("Helvetica", size=10)
    pdf.add_page()
    for column_x, lines in (
        (20, ["Rescue teams worked through the night", "and by morning they had reached"]),
        (110, ["the last of the villages that the", "river had cut off, officials said", "on"]),
    ):
        y = 40.0
        for line in lines:
            pdf.set_xy(column_x, y)
            pdf.cell(80, 5, line)
            y += 5
    pdf.set_xy(100, 280)
    pdf.cell(10, 5, "1")  # a bare page number in the footer band
    pdf.add_page()
    pdf.set_xy(20, 40)
    pdf.cell(80, 5, "the morning of 26 February.")
    pdf.set_xy(100, 280)
    pdf.cell(10, 5, "2")
    pdf.output(str(path))


def test_paragraph_cut_by_a_column_and_a_page_break_is_rejoined(tmp_path: Path) -> None:
    path = tmp_path / "flowing.pdf"
    _flowing_pdf(path)
    assert read_article(path).text == (
        "Rescue teams worked through the night and by morning they had reached the last of "
        "the villages that the river had cut off, officials said on the morning of 26 February.\n"
    )


def test_page_limit_is_reported_not_silent(tmp_path: Path, monkeypatch) -> None:
    import crosscheck.ingest.pdf as pdf_reader

    monkeypatch.setattr(pdf_reader, "MAX_PAGES", 1)
    path = tmp_path / "flowing.pdf"
    _flowing_pdf(path)
    read = read_article(path)
    assert read.warnings == ("only the first 1 pages were read",)
    assert "26 February" not in read.text
