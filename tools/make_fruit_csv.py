"""Write data/fruit.csv, lesson 12's worked example of a CSV file: apples and pears.

Usage: python tools/make_fruit_csv.py

Made-up measurements of 240 fruits, drawn from a numpy Generator with a fixed seed, so
the file is the same on every run (the tests check that the committed file matches).
Columns: weight_g, height_mm, width_mm, and the label is_pear (1: pear, 0: apple). The
features have very different scales on purpose (grams vs millimetres), and the two
kinds overlap, so no rule gets every fruit right.
"""

import sys
from pathlib import Path

import numpy as np

SEED = 12
OUT = Path(__file__).resolve().parents[1] / "data" / "fruit.csv"
# kind: (count, mean and spread of weight_g, height_mm, width_mm)
KINDS = {0: (140, (150, 25), (68, 6), (74, 6)),      # apples: round
         1: (100, (170, 30), (88, 9), (66, 6))}      # pears: taller and narrower


def fruit_rows(seed=SEED):
    """[(weight_g, height_mm, width_mm, is_pear)] in a shuffled order."""
    rng = np.random.default_rng(seed)
    rows = []
    for kind, (count, *features) in KINDS.items():
        columns = [rng.normal(mean, spread, count) for mean, spread in features]
        rows += [(*values, kind) for values in zip(*columns)]
    return [rows[i] for i in rng.permutation(len(rows))]


def csv_text(seed=SEED):
    lines = ["weight_g,height_mm,width_mm,is_pear"]
    lines += [f"{w:.0f},{h:.1f},{d:.1f},{k}" for w, h, d, k in fruit_rows(seed)]
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    OUT.parent.mkdir(exist_ok=True)
    OUT.write_text(csv_text(), encoding="utf-8")
    print(f"wrote {OUT} ({len(csv_text().splitlines()) - 1} rows)", file=sys.stderr)
