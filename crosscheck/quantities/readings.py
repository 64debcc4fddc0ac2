"""Scanned atoms -> readings: every number expression of a text, left to right."""

from __future__ import annotations

from dataclasses import replace

from crosscheck.quantities.cardinals import (
    _as_cardinal_kind,
    _Card,
    _cardinal_run,
    _cardinal_tokens,
    _read_cardinal,
)
from crosscheck.quantities.fractions import _finish_vulgar, _read_fraction, _read_fracword
from crosscheck.quantities.kinds import (
    _C,
    _CARDINALISH,
    _K,
    _MULTIPLIERS,
    _R,
    _WINDOW,
    _article_before,
    _Reading,
    _Scan,
    _word_after,
    _word_before,
)
from crosscheck.quantities.lexicons import _NumberLexicon, _numbers
from crosscheck.quantities.patterns import _patterns
from crosscheck.quantities.scan import _has_currency_before


def _read_ordinal(sc: _Scan, i: int) -> _Reading | None:
    """An ordinal: "55th", "sixth", "twenty-first", "one hundred and fifth"."""
    lex = _numbers(sc.lang)
    atoms = sc.atoms
    a = atoms[i]
    if a.kind is _K.DIGITS and a.ordinal:
        return _Reading(start=a.start, end=a.end, value=a.value, kind=_R.ORDINAL, first=i, last=i)
    if a.kind is _K.ORDINAL:
        if a.plural:
            return None
        if a.word in lex.time_ordinals and _second_is_time(sc, i, lex):
            return None
        return _Reading(start=a.start, end=a.end, value=a.value, kind=_R.ORDINAL, first=i, last=i)
    found = _cardinal_run(sc, i)
    if found is None:
        return None
    run, j = found
    if not run or j >= len(atoms) or atoms[j].kind is not _K.ORDINAL:
        return None
    o = atoms[j]
    if o.plural or o.word in lex.standalone_ordinals:
        return None
    link = sc.conn[j]
    if link not in (_C.SP, _C.HYPHEN, _C.AND):
        return None
    value = _cardinal_tokens(sc, run, False, (_as_cardinal_kind(o.value), o.value, link))
    if value is None:
        return None
    return _Reading(start=a.start, end=o.end, value=value, kind=_R.ORDINAL, first=i, last=j)


def _second_is_time(sc: _Scan, i: int, lex: _NumberLexicon) -> bool:
    """True when "second" is the time unit ("per second", "30 second")."""
    if _word_before(sc.text, sc.atoms[i].start) in lex.second_not_after:
        return True
    return i > 0 and sc.conn[i] in (_C.SP, _C.HYPHEN) and sc.atoms[i - 1].kind in _CARDINALISH


def _point_digits(sc: _Scan, j: int) -> tuple[str, int]:
    """The digits spelled after "point" ("zero three" -> "03", "seventy-one" -> "71")."""
    atoms = sc.atoms
    digits = ""
    last = j - 1
    k = j
    while k < len(atoms) and atoms[k].kind in (_K.UNIT, _K.TEEN, _K.TENS):
        if k > j and sc.conn[k] not in (_C.SP, _C.HYPHEN):
            break
        value = atoms[k].value
        if (
            atoms[k].kind is _K.TENS
            and k + 1 < len(atoms)
            and atoms[k + 1].kind is _K.UNIT
            and atoms[k + 1].value > 0
            and sc.conn[k + 1] in (_C.SP, _C.HYPHEN)
        ):
            value += atoms[k + 1].value
            k += 1
        digits += str(int(value))
        last = k
        k += 1
    return digits, last


def _ratio_ok(sc: _Scan, num: _Card, den: _Card, conn: _C) -> bool:
    """Whether "N over/in/out of D" is a fraction here: "1 in 5" and "2 out of 3" when proper;
    "one over three" and "2000 over 3" (a figure right before "over" makes it no bound) where
    no currency, unit or duration follows ("$2000 over 3 years", "rose 5 over 10 days")."""
    if not (num.value.is_integer() and den.value.is_integer()) or den.value <= 0:
        return False
    if num.value < 0 or (conn is not _C.OVER and num.value >= den.value):
        return False
    if conn is _C.OVER:
        pat = _patterns(sc.lang)
        end = sc.atoms[den.last].end
        if _has_currency_before(sc.text, sc.atoms[num.first].start, pat):
            return False
        if pat.units.match(sc.text, end, end + _WINDOW) is not None:
            return False
    if den.first == den.last:
        d = sc.atoms[den.first]
        lex = _numbers(sc.lang)
        if d.kind is _K.DIGITS and d.plain and lex.year_min <= d.value <= lex.year_max:
            return False  # "10 in 2020"
    return True


def _read_number(sc: _Scan, i: int, article: int | None) -> _Reading | None:
    """A whole number at atom i, extended into a decimal ("point five") or a ratio ("1 in 5")."""
    atoms = sc.atoms
    use_article = article is not None and atoms[i].kind in _MULTIPLIERS
    card = _read_cardinal(sc, i, use_article)
    if card is None:
        return None
    start = article if use_article and article is not None else atoms[i].start
    last_atom = atoms[card.last]
    scale = card.tail_scale or (last_atom.scale if card.first == card.last else 1.0)
    plain = _Reading(
        start=start,
        end=last_atom.end,
        value=card.value,
        kind=_R.CARDINAL,
        first=i,
        last=card.last,
        scale=scale,
    )
    j = card.last + 1
    if j >= len(atoms):
        return plain
    conn = sc.conn[j]
    if conn is _C.POINT and card.value.is_integer() and atoms[i].kind is not _K.DIGITS:
        digits, last = _point_digits(sc, j)
        if digits:
            whole = f"{int(abs(card.value))}.{digits}"
            value = float(whole) if card.value >= 0 else -float(whole)
            return replace(plain, end=atoms[last].end, value=value, kind=_R.DECIMAL, last=last)
    nxt = atoms[j]
    if (
        card.first == card.last
        and atoms[i].kind is _K.DIGITS
        and atoms[i].integer
        and atoms[i].scale == 1.0
        and nxt.kind in (_K.SLASH, _K.VULGAR)
        and conn in (_C.SP, _C.GLUE)
        and 0 < nxt.value < 1
    ):
        value = card.value + nxt.value if card.value >= 0 else card.value - nxt.value
        return replace(plain, end=nxt.end, value=value, kind=_R.FRACTION, last=j, scale=1.0)
    if conn in (_C.OVER, _C.OUT_OF, _C.IN):
        den = _read_cardinal(sc, j, False)
        if den is not None and _ratio_ok(sc, card, den, conn):
            return replace(
                plain,
                end=atoms[den.last].end,
                value=card.value / den.value,
                kind=_R.FRACTION,
                last=den.last,
                scale=1.0,
            )
    return plain


def _margin_start(sc: _Scan, start: int) -> int | None:
    """Where "plus or" starts right before the negative word at ``start``, if it stands there
    (numbers.toml `margin_before`): "plus or minus three points" is a margin of 3, not -3."""
    begin = max(0, start - 24)
    head = sc.text[begin:start].rstrip().lower()
    for phrase in _numbers(sc.lang).margin_before:
        at = len(head) - len(phrase)
        if head.endswith(phrase) and (at == 0 or not head[at - 1].isalpha()):
            return begin + at
    return None


def _read_at(sc: _Scan, i: int) -> _Reading | None:
    """The number expression that starts at atom i, if one does."""
    atoms = sc.atoms
    a = atoms[i]
    if a.kind is _K.NEGATIVE:
        if i + 1 < len(atoms) and sc.conn[i + 1] is _C.SP:
            inner = _read_at(sc, i + 1)
            if inner is not None and inner.kind is not _R.ORDINAL and inner.first == i + 1:
                margin = _margin_start(sc, a.start)
                if margin is not None:
                    return replace(inner, start=margin, first=i)
                return replace(inner, start=a.start, value=-inner.value, first=i)
        return None
    article = _article_before(sc.text, a.start, _numbers(sc.lang).articles)
    if a.kind in (_K.ORDINAL, _K.FRACWORD) or a.kind in _CARDINALISH:
        found = _read_fraction(sc, i, article)
        if found is None and article is not None:
            found = _read_fraction(sc, i, None)
        if found is not None:
            return found
    if a.kind is _K.FRACWORD:
        return _read_fracword(sc, i)
    if a.kind is _K.VULGAR:
        return _finish_vulgar(sc, i)
    if a.kind is _K.SLASH:
        return _Reading(start=a.start, end=a.end, value=a.value, kind=_R.FRACTION, first=i, last=i)
    ordinal = _read_ordinal(sc, i)
    if ordinal is not None or a.kind is _K.ORDINAL:
        return ordinal
    return _read_number(sc, i, article)


def _is_pronoun_one(sc: _Scan, r: _Reading) -> bool:
    """True for "the one you mentioned", "which one", "one another": no count."""
    a = sc.atoms[r.first]
    lex = _numbers(sc.lang)
    if r.first != r.last or a.word not in lex.pronoun_one or r.kind is not _R.CARDINAL:
        return False
    return (
        _word_before(sc.text, r.start) in lex.pronoun_one_after
        or _word_after(sc.text, r.end) in lex.pronoun_one_before
    )


def _readings(sc: _Scan) -> list[_Reading]:
    """Every number expression of a scanned text, left to right, without overlaps."""
    out: list[_Reading] = []
    i = 0
    while i < len(sc.atoms):
        r = _read_at(sc, i)
        if r is None:
            i += 1
            continue
        if not _is_pronoun_one(sc, r):
            out.append(r)
        i = r.last + 1
    return out
