"""A reading and the words around it -> its unit: currency, percent, age, duration, measure."""

from __future__ import annotations

from crosscheck.model import Unit
from crosscheck.quantities.kinds import _WINDOW, _Reading, _Scan
from crosscheck.quantities.lexicons import _currencies, _numbers
from crosscheck.quantities.patterns import _patterns


def _unit_of(sc: _Scan, r: _Reading) -> tuple[int, int, Unit, str | None, float]:
    """Currency sign or "aged" before, unit words after: (start, end, unit, dimension, value)."""
    text = sc.text
    pat = _patterns()
    cur = _currencies()
    lex = _numbers()
    start, end, value = r.start, r.end, r.value
    unit: Unit = Unit.COUNT
    dimension: str | None = None
    m = pat.currency_tail.search(text, max(0, r.start - 6), r.start)
    if m is not None:
        sign = m.group().strip()
        unit, dimension, start = Unit.MONEY, cur.symbols.get(sign, sign), m.start()
    else:
        age = pat.age_prefix.search(text, max(0, r.start - 12), r.start)
        if age is not None:
            unit, dimension, start = Unit.AGE, "year", age.start()
    u = pat.units.match(text, r.end, r.end + _WINDOW)
    if u is None or (unit is Unit.AGE and u.lastgroup != "dur"):
        return start, end, unit, dimension, value
    group = u.lastgroup
    if unit is Unit.MONEY and group not in ("cur", "code"):
        return start, end, unit, dimension, value
    if group in ("pct", "pp") and unit is Unit.COUNT:
        return start, u.end(), Unit.PERCENT, "point" if group == "pp" else None, value
    if group == "age" and unit is Unit.COUNT:
        return start, u.end(), Unit.AGE, u.group("age_u").lower(), value
    if group == "dur":
        name = " ".join(u.group("dur_u").lower().split())
        dim, factor = lex.durations.get(name, ("year", 1.0))
        if unit is Unit.AGE:
            return start, u.end(), Unit.AGE, dim, value * factor
        return start, u.end(), Unit.DURATION, dim, value * factor
    if group == "cur":
        code = cur.words.get(" ".join(u.group("cur_w").lower().split()), "")
        if unit is Unit.COUNT or dimension == code:
            return start, u.end(), Unit.MONEY, code, value
    if group == "code":
        code = u.group("code_c")
        if unit is Unit.COUNT or dimension == code:
            return start, u.end(), Unit.MONEY, code, value
    return start, end, unit, dimension, value
