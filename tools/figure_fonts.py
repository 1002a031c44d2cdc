"""Raise every figure text a lesson's own code cells set below 9 pt to 9 pt.

Usage: python tools/figure_fonts.py notebooks/*.ipynb

The course's rule is no figure text below 9 pt (logreg_viz.MIN_FONT_PT; tests/
test_figures.py checks every figure a lesson shows). The plots in logreg_viz follow it;
this tool fixes the `fontsize=` / `labelsize=` numbers written in lesson cells, so that
lessons edited elsewhere can be brought in line mechanically. Running it twice changes
nothing. Run `make notebooks` afterwards.
"""

import re
import sys

import nbformat

SMALL = re.compile(r"\b(fontsize|labelsize)=([0-8](?:\.\d+)?)\b(?!\.)")


def fix(path):
    nb = nbformat.read(path, as_version=4)
    changed = 0
    for cell in nb.cells:
        if cell.cell_type == "code":
            new, n = SMALL.subn(r"\1=9", cell.source)
            if n:
                cell.source, changed = new, changed + n
    if changed:
        nbformat.write(nb, path)
    print(f"{path}: {changed} font size(s) raised to 9 pt")


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    for arg in sys.argv[1:]:
        fix(arg)
