"""Atoms -> fractions: "two thirds", "one and a half", "half a million", "½"."""

from __future__ import annotations

from collections.abc import Sequence

from crosscheck.quantities.cardinals import (
    _as_cardinal_kind,
    _Card,
    _Cardinal,
    _cardinal_run,
    _cardinal_tokens,
)
from crosscheck.quantities.kinds import (
    _C,
    _CARDINALISH,
    _K,
    _MULTIPLIERS,
    _R,
    _SPACES,
    _Reading,
    _Scan,
    _word_after,
    _word_before,
)
from crosscheck.quantities.lexicons import _NumberLexicon, _numbers


def _fraction_context(sc: _Scan, o: int) -> bool:
    """Whether a singular ordinal at atom o may be a denominator ("a fifth" yes, "a sixth term"
    no): only at the end, before punctuation, "of"/"and"/"or", or a scale word (hyphened
    too: "a half-dozen", "a quarter-million")."""
    text = sc.text
    e = sc.atoms[o].end
    k = e
    while k < len(text) and k - e < 4 and text[k] in _SPACES:
        k += 1
    if k >= len(text):
        return True
    if text[k] not in "-\u2010" and _bounded_article(sc, o):
        return True  # "About a third had already been sanctioned", "more than a third were"
    if o + 1 < len(sc.atoms):
        nxt = sc.atoms[o + 1]
        if nxt.kind in _MULTIPLIERS and sc.conn[o + 1] in (_C.SP, _C.A, _C.OF_A, _C.HYPHEN):
            return True
    if not text[k].isalnum():
        return text[k] not in "-\u2010"
    return _word_after(text, e) in _numbers(sc.lang).denominator_followers


def _bounded_article(sc: _Scan, o: int) -> bool:
    """Whether an article and a bound stand right before the ordinal at atom o ("[about a]
    third", "[more than a] third"): numbers.toml's ``fraction_bounds``. A share, whatever
    follows it; "a third woman", "rather than a third term" stay ranks."""
    lex = _numbers(sc.lang)
    start = sc.atoms[o].start
    article = _word_before(sc.text, start)
    if article not in lex.articles:
        return False
    before = _word_before(sc.text, start - len(article) - 1)
    if before in lex.fraction_bounds:
        return True
    cut = sc.text.lower().rfind(before, 0, start - len(article))
    pair = f"{_word_before(sc.text, cut)} {before}" if cut > 0 else ""
    return pair in lex.fraction_bounds


def _denominator(sc: _Scan, idxs: Sequence[int], o: int, link: _C) -> float | None:
    """The denominator made of atoms idxs and the ordinal o ("twenty-fifth" -> 25), or None."""
    lex = _numbers(sc.lang)
    a = sc.atoms[o]
    if _singular(a.word, lex) in lex.standalone_ordinals or a.word in lex.standalone_ordinals:
        return None
    if not idxs:
        singular = a.word if not a.plural else _singular(a.word, lex)
        if singular in lex.not_denominators:
            return None
        return a.value
    if a.kind is _K.FRACWORD:
        return None
    extra = (_as_cardinal_kind(a.value), a.value, link)
    return _cardinal_tokens(sc, idxs, False, extra)


def _singular(word: str, lex: _NumberLexicon) -> str:
    """The singular of a plural number word ("fifths" -> "fifth", "halves" -> "half")."""
    return lex.singulars.get(word) or word.removesuffix(lex.plural_suffix)


def _split_fraction(sc: _Scan, run: Sequence[int], article: bool, o: int, link: _C) -> float | None:
    """Read run + ordinal as numerator / denominator, giving the denominator as many words as
    it can take ("one one hundred fifth" = 1/105, "one hundred thirty fifths" = 100/35)."""
    atoms = sc.atoms
    ordinal = atoms[o]
    for s in range(0 if article else 1, len(run) + 1):
        if s < len(run):
            if s > 0:
                c = sc.conn[run[s]]
                if c is _C.AND:
                    continue
                if c is _C.HYPHEN and atoms[run[s - 1]].kind is _K.TENS:
                    continue  # "twenty-three" is one word
            if atoms[run[s]].kind in _MULTIPLIERS:
                continue
        elif link is _C.AND:
            continue  # a numerator never ends with "and"
        den = _denominator(sc, run[s:], o, link)
        if den is None or den == 0:
            continue
        num = 1.0 if s == 0 else _cardinal_tokens(sc, run[:s], article)
        if num is None or (not ordinal.plural and num != 1):
            continue
        return num / den
    return None


def _read_fraction(sc: _Scan, i: int, article: int | None) -> _Reading | None:
    """A fraction starting at atom i: "two thirds", "a twenty-first", "one and a half",
    "one hundred and three quarters", "five and a half million"."""
    found = _cardinal_run(sc, i)
    if found is None:
        return None
    run, j = found
    atoms = sc.atoms
    if j >= len(atoms) or atoms[j].kind not in (_K.ORDINAL, _K.FRACWORD):
        return None
    if not run and article is None:
        return None
    link = sc.conn[j] if run else _C.SP
    if link not in (_C.SP, _C.HYPHEN, _C.AND, _C.AND_A):
        return None
    o = atoms[j]
    has_article = article is not None
    if link is _C.AND_A:
        den = None if o.plural else _denominator(sc, [], j, link)
        whole = _read_whole(sc, run, has_article)
        if den is None or whole is None:
            return None
        return _finish_fraction(sc, i, j, article, whole, 1.0 / den)
    for p in range(len(run) - 1, 0, -1):
        if sc.conn[run[p]] is not _C.AND:
            continue
        part = _split_fraction(sc, run[p:], False, j, link)
        whole = _read_whole(sc, run[:p], has_article)
        if part is not None and part < 1 and whole is not None:
            return _finish_fraction(sc, i, j, article, whole, part)
    if not o.plural and not _fraction_context(sc, j):
        return None  # "a sixth term" is a rank
    value = _split_fraction(sc, run, has_article, j, link)
    if value is None:
        return None
    return _finish_fraction(sc, i, j, article, None, value)


def _read_whole(sc: _Scan, idxs: Sequence[int], article: bool) -> _Card | None:
    """Exactly these atoms as one whole number, or None."""
    if not idxs:
        return None
    b = _Cardinal(article=article)
    for n, i in enumerate(idxs):
        a = sc.atoms[i]
        if a.kind not in _CARDINALISH or a.ordinal:
            return None
        if not b.feed(a.kind, a.value, _C.NONE if n == 0 else sc.conn[i], a.plural, a.integer):
            return None
    return _Card(first=idxs[0], last=idxs[-1], value=b.value, tail_scale=b.tail_scale)


def _hyphened(sc: _Scan, k: int, whole: _Card | None) -> bool:
    """Whether a bare fraction is hyphened to the scale word k: "a half-dozen", "a
    quarter-million" (not "two-and-a-half-million", whose whole takes the scale spaced)."""
    return whole is None and sc.conn[k] is _C.HYPHEN


def _finish_fraction(
    sc: _Scan, i: int, o: int, article: int | None, whole: _Card | None, part: float
) -> _Reading:
    """A fraction reading ending at ordinal o, with a scale word after it applied."""
    lex = _numbers(sc.lang)
    atoms = sc.atoms
    value = part if whole is None else whole.value + part
    last = o
    k = o + 1
    follows_scale = (
        k < len(atoms)
        and atoms[k].kind in _MULTIPLIERS
        and not atoms[k].plural
        and (sc.conn[k] in (_C.SP, _C.A, _C.OF_A) or _hyphened(sc, k, whole))
        and (whole is not None or part < 1)
    )
    scale = 1.0
    if follows_scale:
        scale = atoms[k].value
        if whole is not None and whole.tail_scale is not None and whole.tail_scale > scale:
            value = whole.value + part * scale  # "one billion and a half million"
        else:
            value *= scale  # "two thirds of a million", "five and a half million"
        last = k
    elif whole is not None and (whole.tail_scale or 0.0) >= lex.fraction_of_scale_min:
        value = whole.value + part * (whole.tail_scale or 1.0)  # "three million and a half"
    start = article if article is not None else atoms[i].start
    return _Reading(
        start=start,
        end=atoms[last].end,
        value=value,
        kind=_R.FRACTION,
        first=i,
        last=last,
        scale=scale,
    )


def _read_fracword(sc: _Scan, i: int) -> _Reading | None:
    """A bare "half"/"quarter": "half million", "half a dozen", or "half" alone."""
    atoms = sc.atoms
    a = atoms[i]
    if a.plural:
        return None
    k = i + 1
    if (
        k < len(atoms)
        and atoms[k].kind in (_K.SCALE, _K.DOZEN)
        and not atoms[k].plural
        and sc.conn[k] in (_C.SP, _C.A, _C.OF_A)
    ):
        s = atoms[k].value
        return _Reading(
            start=a.start,
            end=atoms[k].end,
            value=s / a.value,
            kind=_R.FRACTION,
            first=i,
            last=k,
            scale=s,
        )
    if a.value == 2:
        return _Reading(
            start=a.start, end=a.end, value=0.5, kind=_R.FRACTION, first=i, last=i, bare_half=True
        )
    return None


def _finish_vulgar(sc: _Scan, i: int) -> _Reading:
    """A vulgar fraction sign, with a scale word after it applied ("½ million")."""
    atoms = sc.atoms
    a = atoms[i]
    k = i + 1
    if k < len(atoms) and atoms[k].kind is _K.SCALE and sc.conn[k] in (_C.SP, _C.OF_A):
        s = atoms[k].value
        return _Reading(
            start=a.start,
            end=atoms[k].end,
            value=a.value * s,
            kind=_R.FRACTION,
            first=i,
            last=k,
            scale=s,
        )
    return _Reading(start=a.start, end=a.end, value=a.value, kind=_R.FRACTION, first=i, last=i)
