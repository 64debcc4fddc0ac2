"""Atoms -> whole numbers: the cardinal grammar ("three hundred and two thousand")."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from crosscheck.quantities.kinds import _C, _CARDINALISH, _K, _MAX_RUN, _MULTIPLIERS, _Scan
from crosscheck.slotted import fast_init

# --- the cardinal grammar ----------------------------------------------------------------------


@dataclass(slots=True)
class _Cardinal:
    """Reads one whole number word by word ("three hundred and two thousand"); feed() says
    whether the next word still belongs to it."""

    article: bool = False
    total: float = 0.0
    hundreds: float | None = None
    small: float | None = None
    small_kind: str | None = None  # unit, teen, tens, tensunit, digits, dozen
    last_scale: float = math.inf
    tail_scale: float | None = None
    prev: _K | None = None
    prev_value: float = 0.0
    count: int = 0
    zero: bool = False
    small_start: int = 0

    @property
    def value(self) -> float:
        """The number read so far."""
        return self.total + (self.hundreds or 0.0) + (self.small or 0.0)

    def feed(self, kind: _K, value: float, conn: _C, plural: bool, integer: bool) -> bool:
        """Take the next atom if it continues the number; return False (unchanged) if not."""
        if self.zero or (conn is _C.AND and self.prev not in (_K.HUNDRED, _K.SCALE)):
            return False
        if conn is _C.HYPHEN and kind is _K.DIGITS:
            return False
        ok = self._take(kind, value, conn, plural, integer)
        if ok:
            self.tail_scale = value if kind is _K.SCALE else None
            self.prev, self.prev_value = kind, value
            self.count += 1
        return ok

    def _take(self, kind: _K, value: float, conn: _C, plural: bool, integer: bool) -> bool:
        """The state change of ``feed``."""
        first = self.count == 0
        if kind in (_K.UNIT, _K.TEEN, _K.TENS):
            return self._take_word(kind, value, first)
        if kind is _K.DIGITS:
            if first and not self.article:
                self.small, self.small_kind, self.small_start = value, "digits", 0
                return True
            limit = 100.0 if self.prev is _K.HUNDRED or self.hundreds else self.last_scale
            if self.small is None and self.prev in (_K.HUNDRED, _K.SCALE) and integer:
                taken = 0 < value < limit
                if taken:
                    self.small, self.small_kind, self.small_start = value, "digits", self.count
                return taken
            return False
        if conn is _C.AND:
            return False
        if kind is _K.HUNDRED:
            return self._take_hundred(plural, first)
        if kind is _K.SCALE:
            return self._take_scale(value, plural, first)
        if kind is _K.DOZEN:
            if self.small is None and first and self.article:
                self.small, self.small_kind = 12.0, "dozen"
                return True
            if self.small is None or self.small_kind == "dozen" or first:
                return False
            self.small, self.small_kind = self.small * 12.0, "dozen"
            return True
        return False

    def _take_word(self, kind: _K, value: float, first: bool) -> bool:
        """A unit, teen or tens word."""
        if self.article and first:
            return False
        if value == 0:
            if first:
                self.zero, self.small, self.small_kind = True, 0.0, "unit"
                return True
            return False
        if self.small_kind is None:
            if not first and self.prev not in (_K.HUNDRED, _K.SCALE):
                return False
            names = {_K.UNIT: "unit", _K.TEEN: "teen", _K.TENS: "tens"}
            self.small, self.small_kind, self.small_start = value, names[kind], self.count
            return True
        if self.small_kind == "tens" and kind is _K.UNIT and self.small is not None:
            self.small += value
            self.small_kind = "tensunit"
            return True
        return False

    def _take_hundred(self, plural: bool, first: bool) -> bool:
        """The word "hundred"."""
        if self.hundreds is not None:
            return False
        if self.small is None:
            if not first or plural:
                return False
            self.hundreds = 100.0
            return True
        self.hundreds = self.small * 100.0
        self.small, self.small_kind = None, None
        return True

    def _take_scale(self, value: float, plural: bool, first: bool) -> bool:
        """A scale word: thousand, million, lakh, crore..."""
        group = (self.hundreds or 0.0) + (self.small or 0.0)
        if first:
            if not self.article or plural:
                return False
            group = 1.0
        if group == 0.0:
            if self.prev is _K.SCALE and value > self.prev_value and self.total > 0:
                self.total *= value  # "three lakh crore"
                self.last_scale = value
                return True
            return False
        if value >= self.last_scale:
            return False
        self.total += group * value
        self.hundreds, self.small, self.small_kind = None, None, None
        self.last_scale = value
        return True


@fast_init
@dataclass(frozen=True, slots=True, kw_only=True)
class _Card:
    """A whole number read from atoms first..last."""

    first: int
    last: int
    value: float
    tail_scale: float | None


def _cardinal_tokens(
    sc: _Scan, idxs: Sequence[int], article: bool, extra: tuple[_K, float, _C] | None = None
) -> float | None:
    """The value of exactly these atoms (and an extra ordinal-as-cardinal token), or None."""
    b = _Cardinal(article=article)
    for n, i in enumerate(idxs):
        a = sc.atoms[i]
        if a.kind not in _CARDINALISH or a.ordinal:
            return None
        conn = _C.NONE if n == 0 else sc.conn[i]
        if n and conn not in (_C.SP, _C.HYPHEN, _C.AND):
            return None
        if not b.feed(a.kind, a.value, conn, a.plural, a.integer):
            return None
    if extra is not None:
        kind, value, conn = extra
        if not b.feed(kind, value, conn if idxs else _C.NONE, False, True):
            return None
    if b.count == 0 and not article:
        return None
    return b.value if b.count else 1.0


def _cardinal_run(sc: _Scan, i: int) -> tuple[list[int], int] | None:
    """The cardinal atoms from atom i that a fraction's or an ordinal's last word may end
    ("two [thirds]", "one hundred and [fifth]"): at most ``_MAX_RUN``, joined by spaces,
    hyphens or "and", up to an ordinal atom; with the atom after them. None when the next
    ordinal lies beyond ``_MAX_RUN`` atoms."""
    if sc.next_ordinal[i] - i > _MAX_RUN:
        return None
    atoms = sc.atoms
    run: list[int] = []
    j = i
    while j < len(atoms) and len(run) < _MAX_RUN and atoms[j].kind in _CARDINALISH:
        if atoms[j].ordinal or (run and sc.conn[j] not in (_C.SP, _C.HYPHEN, _C.AND)):
            break
        run.append(j)
        j += 1
    return run, j


def _read_cardinal(sc: _Scan, i: int, article: bool) -> _Card | None:
    """The longest whole number starting at atom i ("3 hundred and 2 hundred" -> "3 hundred")."""
    lone = _lone_digits(sc, i, article)
    if lone is not None:
        return lone
    b = _Cardinal(article=article)
    snapshots: list[tuple[float, float | None]] = []
    rejected: _K | None = None
    j = i
    while j < len(sc.atoms) and j - i < _MAX_RUN:
        a = sc.atoms[j]
        conn = _C.NONE if j == i else sc.conn[j]
        if a.kind not in _CARDINALISH or a.ordinal:
            break
        if j > i and conn not in (_C.SP, _C.HYPHEN, _C.AND):
            break
        if not b.feed(a.kind, a.value, conn, a.plural, a.integer):
            rejected = a.kind if conn in (_C.SP, _C.HYPHEN) else None
            break
        snapshots.append((b.value, b.tail_scale))
        j += 1
    if not snapshots:
        return None
    count = len(snapshots)
    if rejected in _MULTIPLIERS and b.small is not None and 0 < b.small_start < count:
        count = b.small_start  # the multiplier needs the figure before it: end before that
    value, tail = snapshots[count - 1]
    return _Card(first=i, last=i + count - 1, value=value, tail_scale=tail)


def _lone_digits(sc: _Scan, i: int, article: bool) -> _Card | None:
    """The number of a digit atom that no atom after it continues ("2020", "15 people"):
    what ``_read_cardinal`` reads there, without running the grammar. None for any other
    start (the grammar reads it)."""
    atoms = sc.atoms
    a = atoms[i]
    if a.kind is not _K.DIGITS or a.ordinal or article:
        return None
    j = i + 1
    if j < len(atoms):
        b = atoms[j]
        if b.kind in _CARDINALISH and not b.ordinal and sc.conn[j] in _JOINS:
            return None  # "5 million", "3 hundred": the grammar reads on
    return _Card(first=i, last=i, value=a.value or 0.0, tail_scale=None)  # 0.0, not -0.0


# What joins two atoms of one whole number ("three hundred", "twenty-one", "hundred and two").
_JOINS = frozenset({_C.SP, _C.HYPHEN, _C.AND})


def _as_cardinal_kind(value: float) -> _K:
    """The cardinal kind an ordinal composes as ("fifth" as a unit, "thirtieth" as tens)."""
    if value < 10:
        return _K.UNIT
    if value < 20:
        return _K.TEEN
    if value < 100:
        return _K.TENS
    return _K.HUNDRED if value == 100 else _K.SCALE
