"""PDF bytes -> Extracted: the text in reading order, paragraphs kept, page furniture dropped.

pdfminer.six places every line on the page; this module then
- drops page headers and footers: lines in the top or bottom band of the page that repeat
  (digits aside) on at least half of the pages, and bare page numbers there;
- orders text blocks for reading: full-width blocks split the page into bands, and within a
  band the left column is read before the right one;
- joins a word hyphenated at a line end ("extrac-" + "tion") and a paragraph that a column
  or page break cut in two.
"""

from __future__ import annotations

import io
import math
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from pdfminer.high_level import extract_pages
from pdfminer.layout import LAParams, LTPage, LTTextBox, LTTextLine
from pdfminer.pdfdocument import PDFDocument
from pdfminer.pdfparser import PDFParser
from pdfminer.utils import decode_text

from crosscheck.errors import InputError
from crosscheck.ingest.record import Extracted, check_text
from crosscheck.messages import message

#: Pages read at most: a press release or a report, not a book.
MAX_PAGES = 400
#: Share of the page height, at the top and at the bottom, where headers and footers stand.
FURNITURE_BAND = 0.12
#: A line is furniture when it repeats on at least this share of the pages (and on two).
FURNITURE_SHARE = 0.5
_DIGITS = re.compile(r"\d+")
_SPACE = re.compile(r"\s+")
_PAGE_NUMBER = re.compile(r"^[\W_]*\d{1,4}[\W_]*$")
_SENTENCE_END = tuple(".!?:;\"'\u201d\u2019\u00bb)\u2026")


@dataclass(frozen=True, slots=True)
class _Line:
    text: str
    x0: float
    x1: float
    top: float
    bottom: float


@dataclass(frozen=True, slots=True)
class _Block:
    lines: tuple[_Line, ...]
    x0: float
    x1: float
    top: float
    bottom: float


@dataclass(frozen=True, slots=True)
class _Page:
    width: float
    height: float
    blocks: tuple[_Block, ...]


def extract_pdf(data: bytes, *, path: Path) -> Extracted:
    """Article text of a PDF, in reading order, without page headers and footers."""
    if b"%PDF-" not in data[:1024]:
        raise InputError(message("ingest.pdf_no_header"), path=path)
    try:
        pages = list(_read_pages(data))
        title = _title(data)
    except InputError:
        raise
    except Exception as exc:  # pdfminer raises many types on damaged or encrypted files
        raise InputError(message("ingest.unreadable_pdf", reason=_reason(exc)), path=path) from None
    furniture = furniture_keys(pages)
    blocks = [
        text
        for page in pages
        for block in reading_order(page)
        if (text := block_text(block, furniture, page.height))
    ]
    text = check_text(join_blocks(blocks), path, message("ingest.pdf_scan"))
    warnings = (message("ingest.pdf_pages", pages=MAX_PAGES),) if len(pages) >= MAX_PAGES else ()
    return Extracted(path=path, format="pdf", text=text + "\n", title=title, warnings=warnings)


def _reason(exc: Exception) -> str:
    name = type(exc).__name__
    detail = str(exc).splitlines()[0][:120] if str(exc) else ""
    return f"{name}: {detail}" if detail else name


def _read_pages(data: bytes) -> Iterator[_Page]:
    params = LAParams(line_margin=0.5, char_margin=2.0, boxes_flow=None)
    pages = extract_pages(io.BytesIO(data), laparams=params, maxpages=MAX_PAGES)
    for page in pages:
        yield _page(page)


def _page(page: LTPage) -> _Page:
    blocks = []
    for item in page:
        if not isinstance(item, LTTextBox):
            continue
        lines = tuple(
            _Line(
                text=_SPACE.sub(" ", line.get_text()).strip(),
                x0=line.x0,
                x1=line.x1,
                top=page.height - line.y1,
                bottom=page.height - line.y0,
            )
            for line in item
            if isinstance(line, LTTextLine) and line.get_text().strip()
        )
        if lines:
            blocks.append(
                _Block(
                    lines=lines,
                    x0=item.x0,
                    x1=item.x1,
                    top=page.height - item.y1,
                    bottom=page.height - item.y0,
                )
            )
    return _Page(width=page.width, height=page.height, blocks=tuple(blocks))


def _title(data: bytes) -> str | None:
    document = PDFDocument(PDFParser(io.BytesIO(data)))
    for info in document.info:
        raw = info.get("Title")
        if isinstance(raw, bytes):
            title = " ".join(decode_text(raw).split())
            if title:
                return title
    return None


def _furniture_key(text: str) -> str:
    return _SPACE.sub(" ", _DIGITS.sub("#", text)).strip().casefold()


def _in_band(line: _Line, height: float) -> bool:
    band = height * FURNITURE_BAND
    return line.bottom <= band or line.top >= height - band


def furniture_keys(pages: Iterable[_Page]) -> frozenset[str]:
    """Keys of the lines that repeat in the header or footer band of most pages."""
    pages = list(pages)
    counts: Counter[str] = Counter()
    for page in pages:
        counts.update(
            {
                _furniture_key(line.text)
                for block in page.blocks
                for line in block.lines
                if _in_band(line, page.height)
            }
        )
    needed = max(2, math.ceil(len(pages) * FURNITURE_SHARE))
    return frozenset(key for key, n in counts.items() if n >= needed)


def reading_order(page: _Page) -> list[_Block]:
    """Blocks in reading order: full-width blocks split bands; left column before right."""
    middle = page.width / 2
    slack = page.width * 0.02
    full = sorted(
        (b for b in page.blocks if b.x0 < middle - slack and b.x1 > middle + slack),
        key=lambda b: b.top,
    )
    ordered: list[_Block] = []
    bands: list[list[_Block]] = [[] for _ in range(len(full) + 1)]
    for block in page.blocks:
        if block in full:
            continue
        centre = (block.top + block.bottom) / 2
        bands[sum(1 for f in full if (f.top + f.bottom) / 2 < centre)].append(block)
    for index, band in enumerate(bands):
        left = sorted((b for b in band if b.x1 <= middle + slack), key=lambda b: b.top)
        right = sorted((b for b in band if b.x1 > middle + slack), key=lambda b: b.top)
        ordered.extend(left + right)
        if index < len(full):
            ordered.append(full[index])
    return ordered


def block_text(block: _Block, furniture: frozenset[str], height: float) -> str:
    """The block's lines joined into one paragraph, furniture lines left out."""
    kept = [
        line.text
        for line in block.lines
        if not (
            _in_band(line, height)
            and (_furniture_key(line.text) in furniture or _PAGE_NUMBER.match(line.text))
        )
    ]
    return join_lines(kept)


def join_lines(lines: Iterable[str]) -> str:
    """Lines of one paragraph as running text: a word hyphenated at a line end is joined."""
    text = ""
    for line in lines:
        if not text:
            text = line
        elif text.endswith("\u00ad") or _hyphenated(text, line):
            text = text[:-1] + line
        else:
            text = f"{text} {line}"
    return text


def _hyphenated(before: str, after: str) -> bool:
    return (
        before.endswith("-")
        and len(before) >= 2
        and before[-2].isalpha()
        and after[:1].isalpha()
        and after[:1].islower()
    )


def join_blocks(blocks: list[str]) -> str:
    """Paragraphs separated by a blank line; one cut by a column or page break is rejoined."""
    paragraphs: list[str] = []
    for block in blocks:
        if paragraphs and _continues(paragraphs[-1], block):
            paragraphs[-1] = join_lines([paragraphs[-1], block])
        else:
            paragraphs.append(block)
    return "\n\n".join(paragraphs)


def _continues(before: str, after: str) -> bool:
    return not before.endswith(_SENTENCE_END) and after[:1].islower()
