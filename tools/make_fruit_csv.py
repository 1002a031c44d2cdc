"""Write data/fruit.csv, lesson 12's worked example of a CSV file: apples and pears.

Usage: python tools/make_fruit_csv.py

The text comes from logreg_data.fruit_csv_text() (a fixed seed, so the file is the same
on every run; the tests check that the committed file matches). An installed course
without the repository writes the same text to a temporary folder instead.
"""

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from logreg_data import fruit_csv_text  # noqa: E402

OUT = ROOT / "data" / "fruit.csv"

if __name__ == "__main__":
    OUT.parent.mkdir(exist_ok=True)
    OUT.write_text(fruit_csv_text(), encoding="utf-8")
    print(f"wrote {OUT} ({len(fruit_csv_text().splitlines()) - 1} rows)", file=sys.stderr)
