"""Text -> atoms: digit chains, number words, fraction signs and what joins them."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from types import MappingProxyType
from typing import Final

from crosscheck.quantities.kinds import (
    _C,
    _CARDINALISH,
    _INVISIBLE,
    _K,
    _MAX_DIGITS,
    _SPACES,
    _Atom,
    _Scan,
    _word_after,
)
from crosscheck.quantities.lexicons import _magnitude_table, _NumberLexicon, _numbers, _Suffix
from crosscheck.quantities.patterns import _Patterns, _patterns
from crosscheck.slotted import fast_init


@fast_init
@dataclass(frozen=True, slots=True, kw_only=True)
class _Piece:
    """One figure read from a digit chain."""

    start: int
    end: int
    value: float
    integer: bool
    separated: bool
    ndigits: int


_GROUPS: Final = re.compile(r"[0-9]+")
_THOUSANDS_EN: Final = frozenset({",", *_SPACES})
_THOUSANDS_EU: Final = frozenset({".", *_SPACES})


def _well_grouped(groups: Sequence[str], sep: str) -> bool:
    """True for "1,234,567" (groups of three) and the Indian "12,34,567"."""
    if 1 <= len(groups[0]) <= 3 and all(len(g) == 3 for g in groups[1:]):
        return True
    return (
        sep == ","
        and len(groups) >= 3
        and 1 <= len(groups[0]) <= 2
        and all(len(g) == 2 for g in groups[1:-1])
        and len(groups[-1]) == 3
    )


def _decimal_comma(groups: Sequence[str], seps: Sequence[str]) -> bool:
    """Whether a chain can only be read with a decimal comma: "1.111,11" (points, then one
    comma) or "5,00", "1,3" (one comma and fewer than three digits after it)."""
    if not seps or seps[-1] != ",":
        return False
    if len(seps) == 1:
        return len(groups[-1]) < 3
    return all(s == "." for s in seps[:-1])


def _chain_value(groups: Sequence[str], seps: Sequence[str]) -> tuple[float, bool] | None:
    """The value of a digit chain read as one figure, or None when it is several figures."""
    systems = [(_THOUSANDS_EN, ".")]
    if _decimal_comma(groups, seps):
        systems.append((_THOUSANDS_EU, ","))
    for thousands, decimal in systems:
        ints, frac, head = list(groups), None, list(seps)
        if seps and seps[-1] == decimal:
            ints, frac, head = list(groups[:-1]), groups[-1], list(seps[:-1])
        if any(s not in thousands for s in head) or len(set(head)) > 1:
            continue
        if head and not _well_grouped(ints, head[0]):
            continue
        whole = "".join(ints)
        if len(whole) > _MAX_DIGITS:
            return None
        return float(whole + ("." + frac if frac is not None else "")), frac is None
    return None


def _chain_pieces(chain: str, base: int) -> list[_Piece]:
    """Read a digit chain ("1,200", "192.168.1.2", ".08") as one or several figures."""
    if any(ch in _INVISIBLE for ch in chain):
        return _pieces_through(chain, base)
    if chain.startswith("."):
        return [
            _Piece(
                start=base,
                end=base + len(chain),
                value=float("0" + chain),
                integer=False,
                separated=False,
                ndigits=0,
            )
        ]
    if chain.isdigit():  # one group of ASCII digits (the chain's pattern), no separator
        if len(chain) > _MAX_DIGITS:
            return []
        return [
            _Piece(
                start=base,
                end=base + len(chain),
                value=float(chain),
                integer=True,
                separated=False,
                ndigits=len(chain),
            )
        ]
    spans = [(m.start(), m.end()) for m in _GROUPS.finditer(chain)]
    groups = [chain[a:b] for a, b in spans]
    seps = [chain[spans[k][1] : spans[k + 1][0]] for k in range(len(spans) - 1)]
    read = _chain_value(groups, seps)
    if read is not None:
        value, integer = read
        ndigits = len(groups[0]) if not seps else 0
        return [
            _Piece(
                start=base,
                end=base + len(chain),
                value=value,
                integer=integer,
                separated=bool(seps),
                ndigits=ndigits,
            )
        ]
    return [
        _Piece(
            start=base + a,
            end=base + b,
            value=float(chain[a:b]),
            integer=True,
            separated=False,
            ndigits=b - a,
        )
        for a, b in spans
        if b - a <= _MAX_DIGITS
    ]


def _pieces_through(chain: str, base: int) -> list[_Piece]:
    """The pieces of a chain with format characters inside ("1,\u200b200"), read without
    them; each piece spans the chain's own characters (quotes and offsets stay exact)."""
    kept = [k for k, ch in enumerate(chain) if ch not in _INVISIBLE]
    bare = "".join(chain[k] for k in kept)
    return [
        _Piece(
            start=base + kept[p.start],
            end=base + kept[p.end - 1] + 1,
            value=p.value,
            integer=p.integer,
            separated=p.separated,
            ndigits=p.ndigits,
        )
        for p in _chain_pieces(bare, 0)
    ]


_WORD_NEXT = re.compile(r"[ \t]+[^\W\d_]")  # a word after the figure on its line


def _sign_at(text: str, start: int, end: int, lang: str) -> int | None:
    """Where the sign of the figure text[start:end] is, if it has one: a minus or a plus glued
    to it (numbers.toml, `bullet_marks`: where a hyphen is a sign and where it marks an item).
    A plus is read where a minus would be, so "+3%" keeps its sign as "-3%" does."""
    j = start - 1
    if j < 0 or text[j] not in "-+\u2212":
        return None
    k = j - 1
    if text[j] != "\u2212" and k >= 0 and not (text[k].isspace() or text[k] in "([<>=\u2264\u2265"):
        return None  # "COVID-19", "3-4%", "18+3"
    while k >= 0 and j - k <= 3 and text[k] in " \t":
        k -= 1
    if k >= 0 and (text[k].isdigit() or text[k] in "%)]_-+"):
        return None  # "1000 - 5000", "10 -20", "2 +3": a dash or a sum, not a sign
    signed_unit = _patterns(lang).signed_unit.match(text, end) is not None
    if k >= 0 and text[k].isalpha():
        w = k
        while w > 0 and text[w - 1].isalpha():
            w -= 1
        lower = text[w : k + 1].islower()
        return j if lower or signed_unit else None  # "fell to -3%", "GDP -0.4%"; "COVID -19"
    if text[j] == "\u2212" or not (
        k < 0 or text[k].isspace() or text[k] in _numbers(lang).bullet_marks
    ):
        return j  # "it's... -4", "(-2)"
    if signed_unit or not _WORD_NEXT.match(text, end):
        return j  # "-5 degrees", "-4/5" alone on its line
    return None  # "-1,500 died"


def _has_currency_before(text: str, start: int, pat: _Patterns) -> bool:
    """True when a currency sign or code stands right before ``start``."""
    return pat.currency_tail.search(text, max(0, start - 6), start) is not None


@cache
def _suffix_index(lang: str) -> tuple[Mapping[str, tuple[_Suffix, ...]], ...]:
    """Suffixes by lower-cased first letter: (glued, spaced)."""
    out: list[dict[str, list[_Suffix]]] = [{}, {}]
    for sfx in _numbers(lang).suffixes:
        for table, allowed in zip(out, (sfx.glued, sfx.spaced), strict=True):
            if allowed:
                table.setdefault(sfx.text[0].lower(), []).append(sfx)
    return tuple(MappingProxyType({k: tuple(v) for k, v in t.items()}) for t in out)


def _suffix_at(text: str, pos: int, currency: bool, lang: str) -> tuple[_Suffix, int] | None:
    """A multiplier suffix at ``pos`` ("k", " bn"), with the position after it."""
    glued, spaced = _suffix_index(lang)
    k = pos
    while k < len(text) and k - pos < 2 and text[k] in " \t":
        k += 1
    where = k if k > pos else pos
    candidates = (spaced if k > pos else glued).get(text[where : where + 1].lower(), ())
    for sfx in candidates:
        if sfx.after_currency and not currency:
            continue
        candidate = text[where : where + len(sfx.text)]
        same = candidate == sfx.text if sfx.case_sensitive else candidate.lower() == sfx.text
        after = where + len(sfx.text)
        if same and not (after < len(text) and (text[after].isalnum() or text[after] == "_")):
            return sfx, after
    return None


def _power(base: float, m: re.Match[str]) -> float | None:
    """The value of "1.1^23", "1e10", "1.3x10^6" given the base and the matched exponent."""
    try:
        if m.group("p") is not None:
            signs = m.group("p").rstrip("0123456789")
            exponent = int(m.group("p")[len(signs) :])
            return float(base ** (-exponent if signs.count("-") % 2 else exponent))
        exponent = int(m.group("e") if m.group("e") is not None else m.group("x"))
        return base * 10.0**exponent
    except (OverflowError, ZeroDivisionError):
        return None


def _digit_atoms(text: str, start: int, end: int, lang: str) -> tuple[list[_Atom], int]:
    """Atoms of the digit chain text[start:end] and what is glued to it; and where it ends."""
    pat = _patterns(lang)
    pieces = _chain_pieces(text[start:end], start)
    if not pieces:
        return [], end
    dotted = len(pieces) > 1 and "." in text[start:end]
    sign = _sign_at(text, start, end, lang)
    last = pieces[-1]
    value, integer, plain = last.value, last.integer, not last.separated
    ordinal, scale, stop = False, 1.0, end
    power = pat.power.match(text, end)
    if power is not None:
        powered = _power(value, power)
        if powered is None:
            return [], end
        value, integer, plain, stop = powered, float(powered).is_integer(), False, power.end()
    else:
        suffix = pat.ordinal_suffix.match(text, end)
        if suffix is not None and integer and plain:
            ordinal, stop = True, suffix.end()
        else:
            currency = _has_currency_before(text, start if sign is None else sign, pat)
            found = _suffix_at(text, end, currency, lang)
            if found is not None and text[start] == "." and not currency:
                return [], end  # ".1B": a figure that lost its first digits ("$7.1B")
            if found is not None:
                scale, stop = found[0].value, found[1]
                value, integer, plain = value * scale, float(value * scale).is_integer(), False
    if stop < len(text) and text[stop].isalpha():
        return [], end  # glued to letters: "29km", "5G", "1990s", "A320"
    atoms: list[_Atom] = []
    for index, piece in enumerate(pieces):
        is_last = index == len(pieces) - 1
        v = value if is_last else piece.value
        s = piece.start
        signed = index == 0 and sign is not None
        if signed and sign is not None:
            v, s = (v if text[sign] == "+" else -v), sign
        atoms.append(
            _Atom(
                start=s,
                end=stop if is_last else piece.end,
                kind=_K.DIGITS,
                value=v,
                integer=integer if is_last else piece.integer,
                plain=(plain if is_last else not piece.separated) and not signed,
                signed=signed,
                ndigits=piece.ndigits,
                ordinal=ordinal and is_last,
                dotted=dotted,
                scale=scale if is_last else 1.0,
            )
        )
    return atoms, stop


def _connector(gap: str, table: Mapping[str, _C]) -> _C:
    """What the text between two atoms is, as far as the number grammar cares."""
    if not gap:
        return _C.GLUE
    if len(gap) > 16:
        return _C.OTHER
    if gap.isspace():
        return _C.SP
    return table.get(" ".join(gap.lower().split()), _C.OTHER)


def _scan(text: str, lang: str) -> _Scan:
    """Cut a text into atoms with the lexicons of language ``lang``: one pass of the master
    pattern, then joints and slashes."""
    pat = _patterns(lang)
    lex = _numbers(lang)
    raw: list[_Atom] = []
    phrases: list[tuple[str, int, int]] = []
    lowered = text.lower()
    master = pat.master if len(lowered) == len(text) else pat.master_ci
    pos = 0
    for m in master.finditer(lowered if master is pat.master else text):
        if m.start() < pos:
            continue
        group = m.lastgroup
        if group == "num":
            end = m.end()
            if end - m.start() <= 3 and text[end : end + 1] == " ":
                spaced = pat.spaced_groups.match(text, m.start())
                end = spaced.end() if spaced is not None else end
            found, pos = _digit_atoms(text, m.start(), end, lang)
            raw.extend(found)
            continue
        pos = m.end()
        if group == "word":
            word = " ".join(m.group().lower().split())
            phrase = _phrase_kind(word, lang)
            if phrase is not None and not _multiplies(text, raw, m.start(), m.end(), word, lex):
                phrases.append((phrase, m.start(), m.end()))
                continue
            info = lex.words[word]
            raw.append(
                _Atom(
                    start=m.start(),
                    end=m.end(),
                    kind=info.kind,
                    value=info.value,
                    word=word,
                    plural=info.plural,
                )
            )
        elif group == "vulgar":
            raw.append(
                _Atom(start=m.start(), end=m.end(), kind=_K.VULGAR, value=lex.vulgar[m.group()])
            )
    left = [""] * len(raw)
    right = [""] * len(raw)
    for k in range(1, len(raw)):
        a, b = raw[k - 1], raw[k]
        gap = text[a.end : b.start]
        if gap in ("-", "/") and a.kind is b.kind is _K.DIGITS and not a.ordinal:
            right[k - 1] = left[k] = gap
    atoms: list[_Atom] = []
    lefts: list[str] = []
    rights: list[str] = []
    k = 0
    while k < len(raw):
        a = raw[k]
        if k + 1 < len(raw) and _slash_pair(a, raw[k + 1], left[k], right[k], right[k + 1]):
            b = raw[k + 1]
            atoms.append(_Atom(start=a.start, end=b.end, kind=_K.SLASH, value=a.value / b.value))
            lefts.append("")
            rights.append("")
            k += 2
            continue
        atoms.append(a)
        lefts.append(left[k])
        rights.append(right[k])
        k += 1
    conn = [_C.NONE] + [
        _connector(text[atoms[k - 1].end : atoms[k].start], lex.connectors)
        for k in range(1, len(atoms))
    ]
    nxt = [len(atoms)] * (len(atoms) + 1)
    for k in range(len(atoms) - 1, -1, -1):
        nxt[k] = k if atoms[k].kind in (_K.ORDINAL, _K.FRACWORD) else nxt[k + 1]
    return _Scan(
        text=text,
        lang=lang,
        atoms=tuple(atoms),
        conn=tuple(conn),
        left_joint=tuple(lefts),
        right_joint=tuple(rights),
        next_ordinal=tuple(nxt),
        phrases=tuple(phrases),
    )


def _multiplies(
    text: str, raw: Sequence[_Atom], start: int, end: int, word: str, lex: _NumberLexicon
) -> bool:
    """Whether a plural scale word that is also a vague magnitude ("dozens", "hundreds")
    multiplies the figure right before it ("three dozens" = 36) instead: not before "of"
    ("5 hundreds of people" keeps its vague "hundreds"), not after a long figure (a year)."""
    info = lex.words.get(word)
    if info is None or not raw or _word_after(text, end) in lex.partitive:
        return False
    prev = raw[-1]
    if prev.kind not in _CARDINALISH or prev.ordinal or not text[prev.end : start].isspace():
        return False
    return prev.kind is not _K.DIGITS or (prev.plain and prev.ndigits <= 3)


def _phrase_kind(words: str, lang: str) -> str | None:
    """ "vague" for a magnitude, "implicit" for a figure-less duration ("a decade"),
    "bounded" for one that is a figure only after a bound word ("more than a month"), else
    None."""
    if words in _magnitude_table(lang):
        return "vague"
    lex = _numbers(lang)
    if words in lex.implicit_durations:
        return "implicit"
    if words in lex.bounded_durations:
        return "bounded"
    return None


def _slash_pair(a: _Atom, b: _Atom, a_left: str, a_right: str, b_right: str) -> bool:
    """True when a and b are "3/4": two whole numbers joined by one slash, in no longer chain."""
    return (
        a_right == "/"
        and not a_left
        and not b_right
        and a.kind is b.kind is _K.DIGITS
        and a.integer
        and b.integer
        and not a.ordinal
        and not b.ordinal
        and b.plain
        and b.value != 0
        and a.scale == b.scale == 1.0
    )
