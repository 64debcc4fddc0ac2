"""The scratch copy's module selection (``benchmarks.native_copy``); no build is run."""

from __future__ import annotations

from pathlib import Path

from benchmarks.native_copy import INTERPRETED, compiled_modules


def _tree(root: Path, files: list[str]) -> None:
    for name in files:
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("")


def test_modules_of_the_packages_less_inits_and_record_makers(tmp_path: Path) -> None:
    _tree(
        tmp_path,
        [
            "crosscheck/names/__init__.py",
            "crosscheck/names/finder.py",
            "crosscheck/names/records.py",
            "crosscheck/names/data.toml",
            "crosscheck/claims/dates.py",
            "crosscheck/timex/scan.py",
        ],
    )
    found = compiled_modules(tmp_path, ("names", "claims"))
    assert found == ["crosscheck/names/finder.py", "crosscheck/claims/dates.py"]


def test_a_package_not_asked_is_left_interpreted(tmp_path: Path) -> None:
    _tree(tmp_path, ["crosscheck/timex/scan.py", "crosscheck/names/finder.py"])
    assert compiled_modules(tmp_path, ("names",)) == ["crosscheck/names/finder.py"]


def test_every_interpreted_module_exists() -> None:
    root = Path(__file__).resolve().parent.parent
    assert all((root / module).is_file() for module in INTERPRETED)
