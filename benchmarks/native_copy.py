"""A scratch copy of the package with its stage modules compiled by mypyc, for measuring.

``git archive REV`` is unpacked into DEST (a new folder) and the modules of ``--packages``
are compiled there in place (``mypyc.build.mypycify``, ``build_ext --inplace``), less the
modules of ``INTERPRETED``, which build records through their slots or ``object.__new__``
(``slotted``, ``names.records``), which compiled classes refuse, or define a ``Generic``
class (``match.families``). Nothing is built in the working tree: a compiled module shadows
its ``.py``, so an edit would not run until built again. Run the benchmarks in DEST with
its own PYTHONPATH::

    python -m benchmarks.native_copy /tmp/native [--rev HEAD] [--packages names,claims]
    cd /tmp/native && PYTHONPATH=$PWD python -m benchmarks.bench_pipeline

Needs mypyc (with mypy) and a C compiler; a build of three packages takes minutes.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

DEFAULT_PACKAGES = ("names", "claims", "certainty")

# Modules that make records through their slots (``slotted.fast_init``) or with
# ``object.__new__``: compiled, their record classes refuse it; and ``match.families``, whose
# ``Generic`` class fails to import compiled.
INTERPRETED = frozenset(
    {
        "crosscheck/names/records.py",
        "crosscheck/claims/frames.py",
        "crosscheck/claims/frame_events.py",
        "crosscheck/claims/frame_owner.py",
        "crosscheck/claims/frame_reading.py",
        "crosscheck/certainty/reading.py",
        "crosscheck/match/families.py",
        "crosscheck/text/boilerplate.py",
        "crosscheck/quantities/bounds.py",
        "crosscheck/quantities/cardinals.py",
        "crosscheck/quantities/intervals.py",
        "crosscheck/quantities/kinds.py",
        "crosscheck/quantities/scan.py",
        "crosscheck/quantities/units.py",
    }
)

_SETUP = """\
from setuptools import setup
from mypyc.build import mypycify

modules = open("native_modules.txt").read().split()
native = mypycify(modules, opt_level="3")
setup(name="crosscheck-native", packages=[], py_modules=[], ext_modules=native)
"""


def compiled_modules(root: Path, packages: tuple[str, ...]) -> list[str]:
    """The modules of ``packages`` (paths relative to ``root``, sorted) that are compiled:
    every ``.py`` but ``__init__.py`` and those of ``INTERPRETED``."""
    found: list[str] = []
    for package in packages:
        for path in sorted((root / "crosscheck" / package).glob("*.py")):
            relative = path.relative_to(root).as_posix()
            if path.name != "__init__.py" and relative not in INTERPRETED:
                found.append(relative)
    return found


def main(argv: list[str] | None = None) -> int:
    """Unpack the copy, compile its modules, print how to run it."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("dest", type=Path)
    parser.add_argument("--rev", default="HEAD")
    parser.add_argument("--packages", default=",".join(DEFAULT_PACKAGES))
    args = parser.parse_args(argv)
    dest: Path = args.dest
    if dest.exists():
        print(f"{dest} exists", file=sys.stderr)
        return 2
    dest.mkdir(parents=True)
    archive = subprocess.run(["git", "archive", args.rev], check=True, capture_output=True)
    subprocess.run(["tar", "-x", "-C", str(dest)], input=archive.stdout, check=True)
    modules = compiled_modules(dest, tuple(p for p in args.packages.split(",") if p))
    (dest / "native_modules.txt").write_text("\n".join(modules) + "\n")
    (dest / "native_setup.py").write_text(_SETUP)
    build = [sys.executable, "native_setup.py", "build_ext", "--inplace"]
    subprocess.run(build, cwd=dest, check=True, stdout=subprocess.DEVNULL)
    print(f"{len(modules)} modules compiled; run: cd {dest} && PYTHONPATH=$PWD python -m ...")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
